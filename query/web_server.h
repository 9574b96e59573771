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
#include <string>
#include <string_view>

#include "api_service.h"
#include "web_api.h"

namespace httplib {
class Server;
}

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
    std::size_t cache_bytes = 64u << 20;  // answers kept (api_service.h); 0: none
  };

  explicit WebServer(Options options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds the listening socket; false with `error` set ("cannot listen on
  // 127.0.0.1:8080 (in use?)") when it cannot.
  bool Bind(std::string& error);
  // The port bound (the one chosen when Options::port is 0); 0 before Bind.
  int port() const { return port_; }
  // Answers requests until Stop(); false if it stopped for another reason.
  bool Serve();
  // Stops listening; Serve() returns once the requests in progress end.
  void Stop();

 private:
  void Route();

  Options options_;
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
