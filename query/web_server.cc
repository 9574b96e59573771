#include "web_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
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
      server_(std::make_unique<httplib::Server>()) {
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
  // Every endpoint is a GET: no request needs a body.
  server_->set_payload_max_length(1024);
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
    if (!IsLoopbackHost(options_.bind)) return true;
    if (IsLoopbackHost(HostName(req.get_header_value("Host")))) return true;
    Send(res, ErrorResponse(403, "this server answers requests for 127.0.0.1 or localhost only"));
    return false;
  };
  server_->Get("/api/[a-z]+", [this, allowed](const httplib::Request& req, httplib::Response& res) {
    if (!allowed(req, res)) return;
    // An unknown /api/ path is a 404 from the service itself.
    Send(res, api_.Answer(req.path, req.params));
  });
  // The page: its files are compiled in (web_assets.h); any other path
  // is a 404.
  server_->Get("/[a-z_/]*(\\.[a-z]+)?",
               [allowed](const httplib::Request& req, httplib::Response& res) {
                 if (!allowed(req, res)) return;
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

bool WebServer::Bind(std::string& error) {
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
