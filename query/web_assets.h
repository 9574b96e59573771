// web_assets.h: the files of the page `lexquery serve` gives (query/web/:
// index.html, style.css and app.js, which esbuild builds from the ES modules
// of query/web/js/ at development time), compiled in by
// cmake/embed_web_assets.cmake, so that the server needs no file, the
// browser nothing from the internet, and the user no Node.
//
// The script puts every text the API returns into the page with
// textContent or as text nodes, never as HTML: a report may contain
// anything, "<script>" included, and must show as the text it is. The
// server's Content Security Policy allows scripts from this server only,
// so that even a mistake there could not run a script a report carried.
//
// The data is constant and static: thread-safe, owned by the program.
#ifndef LEXGRAPH_QUERY_WEB_ASSETS_H_
#define LEXGRAPH_QUERY_WEB_ASSETS_H_

#include <span>
#include <string_view>

namespace lexgraph {

struct WebAsset {
  std::string_view path;          // as requested: "/index.html", "/app.js"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view body;
};

// Every file of the page, in the order query/CMakeLists.txt lists them.
std::span<const WebAsset> WebAssets();

// The asset served at `path` ("/" is "/index.html"); nullptr for none.
inline const WebAsset* FindWebAsset(std::string_view path) {
  if (path == "/") path = "/index.html";
  for (const WebAsset& asset : WebAssets())
    if (asset.path == path) return &asset;
  return nullptr;
}

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_WEB_ASSETS_H_
