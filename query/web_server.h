// web_server.h: `lexquery serve`: the JSON API of web_api.h and a search
// page, over HTTP (cpp-httplib), read-only.
//
//   GET /                 the page (web_assets.h): Vietnamese, no resource from
//                         elsewhere; /style.css and /app.js are its parts
//   GET /api/...          web_api.h's endpoints
//   anything else         404 {"error": "not found"}
//
// Safety: binds 127.0.0.1 unless told otherwise. While bound to a loopback
// address it answers only requests whose Host is a loopback name
// (127.0.0.1, localhost, [::1]), so that a web site the user visits cannot
// read the index through DNS rebinding (403 otherwise). Reads and writes of
// a connection time out (Options), a request body is refused, and every
// answer is bounded by ApiLimits. Responses carry nosniff and a Content
// Security Policy that lets the page run its own script only.
//
// Who may use it (sign_in.h): with a users file (Options::users), every
// path but GET/POST /login and /style.css needs a session, the cookie
// "lexgraph_session" (HttpOnly, SameSite=Strict, Secure under TLS) that a
// sign-in at /login gives: without one the page redirects to /login (303)
// and the API answers 401. GET /session says who is signed in ({"user"},
// null without users), POST /logout ends it. Without a users file,
// Bind refuses an address beyond loopback unless Options::allow_anyone
// (`--no-auth`): an archive is not opened to a network by a default.
// With tls_cert and tls_key the server speaks HTTPS only.
//
// Ownership: a WebServer owns its httplib::Server, its worker threads and
// the ApiService that answers the API: each request takes an IndexReader
// of its own, so requests run in parallel and each sees the index as last
// committed.
//
// Thread-safety: Bind() then Serve() from one thread; Serve() blocks until
// Stop(), which any thread may call (e.g. a signal-waiting thread; not a
// signal handler). port() is safe once Bind() has returned.
#ifndef LEXGRAPH_QUERY_WEB_SERVER_H_
#define LEXGRAPH_QUERY_WEB_SERVER_H_

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "api_service.h"
#include "sign_in.h"
#include "web_api.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace lexgraph {

class WebServer {
 public:
  struct Options {
    std::filesystem::path index;
    std::string bind = "127.0.0.1";  // an address, not a name
    int port = 8080;                 // 0: any free port (see port())
    int read_timeout_seconds = 5;    // a client that sends nothing for this long is dropped
    int write_timeout_seconds = 10;  // one that reads nothing for this long too
    ApiLimits limits;
    std::size_t cache_bytes = 64u << 20;         // answers kept (api_service.h); 0: none
    std::optional<std::filesystem::path> users;  // the users file (user_file.h)
    bool allow_anyone = false;                   // beyond loopback without users: only when asked
    std::filesystem::path tls_cert, tls_key;     // PEM files; both or neither
  };

  explicit WebServer(Options options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Reads the users file and binds the listening socket; false with
  // `error` set when it cannot ("cannot listen on 127.0.0.1:8080 (in
  // use?)", a users file that does not read, a TLS key that does not
  // load), or when it would open the index to the network without users.
  bool Bind(std::string& error);
  // The port bound (the one chosen when Options::port is 0); 0 before Bind.
  int port() const { return port_; }
  // Answers requests until Stop(); false if it stopped for another reason.
  bool Serve();
  // Stops listening; Serve() returns once the requests in progress end.
  void Stop();

 private:
  void Route();
  // False, with a 403 in `res`, for a request naming another host while
  // bound to loopback (DNS rebinding).
  bool HostAllowed(const httplib::Request& req, httplib::Response& res) const;
  // The signed-in user of a request, or nothing (then `res` is set: a
  // redirect to /login for the page, 401 for the API). Everyone when there
  // is no users file.
  bool SignedIn(const httplib::Request& req, httplib::Response& res);
  void SignInRoutes();

  Options options_;
  std::unique_ptr<SignIn> sign_in_;  // set by Bind when there is a users file
  ApiService api_;
  std::unique_ptr<httplib::Server> server_;
  int port_ = 0;
  std::atomic<bool> stop_requested_{false};
  std::atomic<bool> serving_{false};  // within Serve()
};

// True for an address of the machine itself: 127.0.0.0/8, ::1, localhost.
bool IsLoopbackHost(std::string_view host);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_WEB_SERVER_H_
