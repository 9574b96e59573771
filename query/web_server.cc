#include "web_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <thread>

#include "web_assets.h"

namespace lexgraph {
namespace {

// The page may run its own script (/app.js) and fetch from this server
// only; nothing inline, nothing from elsewhere, never inside a frame.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void SetSafetyHeaders(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  // Answers change when the index is rebuilt.
  res.set_header("Cache-Control", "no-store");
}

void Send(httplib::Response& res, const ApiResponse& answer) {
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type.c_str());
  if (!answer.attachment.empty())
    res.set_header("Content-Disposition", "attachment; filename=\"" + answer.attachment + "\"");
  res.set_header("X-LexGraph-Reads", std::to_string(answer.reads));
  SetSafetyHeaders(res);
}

void SendAsset(httplib::Response& res, std::string_view body, const char* type) {
  res.set_content(std::string(body), type);
  SetSafetyHeaders(res);
}

// The host of a Host header: "127.0.0.1:8080" -> "127.0.0.1",
// "[::1]:8080" -> "::1", "localhost" -> "localhost".
std::string_view HostName(std::string_view host) {
  if (!host.empty() && host.front() == '[') {
    std::size_t close = host.find(']');
    return close == std::string_view::npos ? std::string_view() : host.substr(1, close - 1);
  }
  return host.substr(0, host.find(':'));
}

constexpr const char* kSessionCookie = "lexgraph_session";

// The value of cookie `name` in a request's Cookie header, or "".
std::string CookieValue(const httplib::Request& req, std::string_view name) {
  std::string header = req.get_header_value("Cookie");
  std::string_view rest = header;
  while (!rest.empty()) {
    std::size_t end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    std::size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name)
      return std::string(pair.substr(equals + 1));
  }
  return "";
}

// The sign-in form, in the page's style; `message` is one of ours (never
// what a request carried).
std::string LoginPage(std::string_view message) {
  std::string page =
      "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>LexGraph — đăng nhập</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n"
      "</head>\n<body>\n<header>\n<h1>LexGraph</h1>\n"
      "<p>Kho báo cáo này chỉ dành cho người dùng đã đăng ký.</p>\n</header>\n<main>\n";
  if (!message.empty())
    page += "<p class=\"status\" role=\"alert\">" + std::string(message) + "</p>\n";
  page +=
      "<form method=\"post\" action=\"/login\" id=\"login-form\">\n"
      "<label>Tên người dùng <input name=\"user\" autocomplete=\"username\" required "
      "autofocus></label>\n"
      "<label>Mật khẩu <input name=\"password\" type=\"password\" "
      "autocomplete=\"current-password\" required></label>\n"
      "<button type=\"submit\">Đăng nhập</button>\n</form>\n</main>\n</body>\n</html>\n";
  return page;
}

void SendLoginPage(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(LoginPage(message), "text/html; charset=utf-8");
  SetSafetyHeaders(res);
}

void Redirect(httplib::Response& res, const char* to) {
  res.status = 303;
  res.set_header("Location", to);
  SetSafetyHeaders(res);
}

// Sign-ins go to the server's log (stderr), never a password.
void LogSignIn(std::string_view user, const std::string& address, std::string_view outcome) {
  std::string name = UserFile::IsValidName(user) ? std::string(user) : "(not a user name)";
  std::fprintf(stderr, "lexquery: sign-in of %s from %s: %s\n", name.c_str(), address.c_str(),
               std::string(outcome).c_str());
}

}  // namespace

bool IsLoopbackHost(std::string_view host) {
  if (host == "localhost" || host == "::1") return true;
  if (host.substr(0, 4) != "127.") return false;
  int dots = 0;
  for (char c : host) {
    if (c == '.')
      ++dots;
    else if (c < '0' || c > '9')
      return false;
  }
  return dots == 3;
}

WebServer::WebServer(Options options)
    : options_(std::move(options)),
      api_(ApiService::Options{options_.index, options_.limits, options_.cache_bytes}),
      server_(options_.tls_cert.empty()
                  ? std::make_unique<httplib::Server>()
                  : std::make_unique<httplib::SSLServer>(options_.tls_cert.c_str(),
                                                         options_.tls_key.c_str())) {
  server_->set_read_timeout(options_.read_timeout_seconds, 0);
  server_->set_write_timeout(options_.write_timeout_seconds, 0);
  // An idle kept-alive connection holds a worker thread: let it go soon.
  // A busy one may go on (httplib closes after 5 requests by default,
  // and the browser, or any client, must connect again).
  server_->set_keep_alive_timeout(2);
  server_->set_keep_alive_max_count(1000);
  // Answers are small and written in parts (headers, body): without
  // TCP_NODELAY, Nagle's algorithm and the client's delayed ACK hold a
  // part back for up to 40 ms.
  server_->set_tcp_nodelay(true);
  // Every endpoint is a GET but the sign-in form's, whose body is a name
  // and a password.
  server_->set_payload_max_length(4096);
  // httplib's default sets SO_REUSEPORT, with which a second server on the
  // port shares it silently (taking some of the connections); SO_REUSEADDR
  // alone lets a restart reuse the port and refuses one in use.
  server_->set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  Route();
}

WebServer::~WebServer() = default;

void WebServer::Route() {
  // Bound to loopback, the server is for this machine's user: a request
  // naming another host is a page elsewhere reaching in (DNS rebinding).
  auto allowed = [this](const httplib::Request& req, httplib::Response& res) {
    return HostAllowed(req, res);
  };
  if (options_.users) SignInRoutes();
  // Who is signed in, for the page's header: {"user": null} without users.
  server_->Get("/session", [this, allowed](const httplib::Request& req, httplib::Response& res) {
    if (!allowed(req, res)) return;
    nlohmann::json body = {{"user", nullptr}};
    if (sign_in_) {
      std::optional<std::string> user = sign_in_->UserOf(CookieValue(req, kSessionCookie));
      if (!user) return Send(res, ErrorResponse(401, "sign in first: /login"));
      body["user"] = *user;
    }
    res.set_content(body.dump(), "application/json; charset=utf-8");
    SetSafetyHeaders(res);
  });
  server_->Get("/api/[a-z]+", [this, allowed](const httplib::Request& req, httplib::Response& res) {
    if (!allowed(req, res) || !SignedIn(req, res)) return;
    // An unknown /api/ path is a 404 from the service itself.
    Send(res, api_.Answer(req.path, req.params));
  });
  // The page: its files are compiled in (web_assets.h); any other path
  // is a 404.
  server_->Get("/[a-z_/]*(\\.[a-z]+)?",
               [this, allowed](const httplib::Request& req, httplib::Response& res) {
                 // The sign-in form is styled too.
                 if (!allowed(req, res) || (req.path != "/style.css" && !SignedIn(req, res)))
                   return;
                 if (const WebAsset* asset = FindWebAsset(req.path))
                   SendAsset(res, asset->body, std::string(asset->content_type).c_str());
                 else
                   Send(res, ErrorResponse(404, "not found"));
               });
  // Whatever httplib refuses itself (no route: 404; a body too large: 413;
  // a bad request line: 400) answers in JSON too; our own errors keep
  // their body.
  server_->set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 404
                              ? "not found"
                              : "request refused (HTTP " + std::to_string(res.status) + ")";
    Send(res, ErrorResponse(res.status, message));
  });
}

bool WebServer::HostAllowed(const httplib::Request& req, httplib::Response& res) const {
  if (!IsLoopbackHost(options_.bind)) return true;
  if (IsLoopbackHost(HostName(req.get_header_value("Host")))) return true;
  Send(res, ErrorResponse(403, "this server answers requests for 127.0.0.1 or localhost only"));
  return false;
}

bool WebServer::SignedIn(const httplib::Request& req, httplib::Response& res) {
  if (!options_.users) return true;
  if (sign_in_ && sign_in_->UserOf(CookieValue(req, kSessionCookie))) return true;
  if (req.path.rfind("/api/", 0) == 0)
    Send(res, ErrorResponse(401, "sign in first: /login"));
  else
    Redirect(res, "/login");
  return false;
}

void WebServer::SignInRoutes() {
  server_->Get("/login", [this](const httplib::Request& req, httplib::Response& res) {
    if (!HostAllowed(req, res)) return;
    if (sign_in_ && sign_in_->UserOf(CookieValue(req, kSessionCookie))) return Redirect(res, "/");
    SendLoginPage(res, 200, "");
  });
  server_->Post("/login", [this](const httplib::Request& req, httplib::Response& res) {
    if (!HostAllowed(req, res)) return;
    std::string user = req.get_param_value("user");
    std::string password = req.get_param_value("password");
    SignIn::Attempt attempt = sign_in_->TrySignIn(user, password, req.remote_addr);
    switch (attempt.outcome) {
      case SignIn::Attempt::Outcome::kSignedIn: {
        LogSignIn(user, req.remote_addr, "signed in");
        std::string cookie = std::string(kSessionCookie) + "=" + attempt.token +
                             "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                             std::to_string(std::chrono::seconds(SignIn::kSessionLifetime).count());
        if (!options_.tls_cert.empty()) cookie += "; Secure";
        res.set_header("Set-Cookie", cookie);
        return Redirect(res, "/");
      }
      case SignIn::Attempt::Outcome::kWrongPassword:
        LogSignIn(user, req.remote_addr, "wrong name or password");
        return SendLoginPage(res, 401, "Tên người dùng hoặc mật khẩu không đúng.");
      case SignIn::Attempt::Outcome::kTooManyAttempts: {
        LogSignIn(user, req.remote_addr, "refused: too many failures");
        long minutes = (attempt.retry_after.count() + 59) / 60;
        res.set_header("Retry-After", std::to_string(attempt.retry_after.count()));
        return SendLoginPage(
            res, 429,
            "Đăng nhập sai quá nhiều lần. Hãy thử lại sau " + std::to_string(minutes) + " phút.");
      }
    }
  });
  server_->Post("/logout", [this](const httplib::Request& req, httplib::Response& res) {
    if (!HostAllowed(req, res)) return;
    if (sign_in_) sign_in_->End(CookieValue(req, kSessionCookie));
    res.set_header("Set-Cookie", std::string(kSessionCookie) +
                                     "=; Path=/; HttpOnly; "
                                     "SameSite=Strict; Max-Age=0");
    Redirect(res, "/login");
  });
}

bool WebServer::Bind(std::string& error) {
  if (!server_->is_valid()) {
    error = "cannot use the TLS certificate " + options_.tls_cert.string() + " with the key " +
            options_.tls_key.string() + " (PEM files that belong together?)";
    return false;
  }
  if (options_.users) {
    try {
      sign_in_ = std::make_unique<SignIn>(UserFile::Read(*options_.users));
    } catch (const UserFileError& e) {
      error = e.what();
      return false;
    }
  } else if (!IsLoopbackHost(options_.bind) && !options_.allow_anyone) {
    error = "listening on " + options_.bind +
            " opens the index to anyone on the network: give --users FILE (made with "
            "lexquery passwd FILE NAME), or --no-auth if that is what you want";
    return false;
  }
  bool bound = false;
  if (options_.port == 0) {
    int port = server_->bind_to_any_port(options_.bind);
    bound = port > 0;
    if (bound) port_ = port;
  } else {
    bound = server_->bind_to_port(options_.bind, options_.port);
    if (bound) port_ = options_.port;
  }
  if (!bound)
    error = "cannot listen on " + options_.bind + ":" + std::to_string(options_.port) +
            " (in use, or not an address of this machine?)";
  return bound;
}

bool WebServer::Serve() {
  serving_ = true;
  bool ok = stop_requested_ || server_->listen_after_bind();
  serving_ = false;
  return ok || stop_requested_;
}

void WebServer::Stop() {
  stop_requested_ = true;
  // httplib's stop() does nothing before listening has begun: when Serve()
  // is on its way there, wait for it (it checks stop_requested_ first, so
  // it either returns at once or reaches is_running()).
  while (serving_ && !server_->is_running())
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  server_->stop();
}

}  // namespace lexgraph
