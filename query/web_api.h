// web_api.h: the JSON API of `lexquery serve`, as functions from a
// request's parameters to a response. No sockets here (web_server.h holds
// them), so that every answer and every refusal can be tested in-process.
//
//   /api/query     q: a reference ("Chỉ thị 05-CT/TW") answers who cites it
//                  (kind "cites"), other text is a full-text search (kind
//                  "search"); with facets (type, issuer, year) of the reports
//                  and the filters type, issuer, from, to, in_force (1:
//                  hide reports known replaced or repealed); limit, offset;
//                  authority: of the documents a reference names, the one
//                  with this identity ("sym:41/2019/qd-ubnd|2019|quang tri")
//   /api/cites     ref: `lexquery cites REF --format json`; authority as above
//   /api/search    q: `lexquery search Q --format json`
//   /api/document  id: a report by the path this API gave out (`path` of a
//                  report or hit): `show --format json`, its text, and each
//                  citation's span in that text; "validity" as status gives it
//   /api/coverage  ref: `coverage REF --format json`; format=csv for CSV
//   /api/graph     ref, depth: `graph REF --format json`
//   /api/top       `top --format json`
//   /api/status    ref: `status REF --format json`; authority as above
//
// Each endpoint calls the function the command line calls and builds its
// JSON with the same *_output builder, so both answer alike. Refusals are
// values: a 4xx response with {"error": "..."} for a bad or missing
// parameter, 404 for an unknown document or endpoint; an index that cannot
// be read is a 500 with its message. Nothing here throws.
//
// Safety: parameters are bounded (ApiLimits), must be UTF-8, and name
// documents only through the index: no parameter is ever used as a file
// path (a document's text is read from the index's corpus folder joined to
// the path SQLite holds for it). Read-only.
//
// The functions keep no state. Those taking an IndexReader use it from the
// calling thread only (IndexReader is one thread at a time); HandleApi opens
// a reader per call and may be called from many threads at once.
// api_service.h keeps readers and answers between requests.
#ifndef LEXGRAPH_QUERY_WEB_API_H_
#define LEXGRAPH_QUERY_WEB_API_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexgraph/index_reader.h"

namespace lexgraph {

// The query string, decoded: httplib::Params is this type. When a name is
// given twice the first value counts.
using ApiParams = std::multimap<std::string, std::string>;

inline constexpr const char kJsonType[] = "application/json; charset=utf-8";

struct ApiResponse {
  int status = 200;
  std::string content_type = kJsonType;
  std::string body;
  // Set for a download: the file name of Content-Disposition: attachment
  // (ASCII, chosen here, never from the request).
  std::string attachment;
  // Snapshots of the index read to answer: more than 1 when a build moved
  // the index on under the first (index_reader.h ReadIndex). Sent as the
  // header X-LexGraph-Reads, for the tests that count such retries.
  int reads = 1;
};

// What one request may ask for. Every bound is checked before the index is
// read, and a request beyond one is refused (400), not trimmed, so that a
// client learns the limit instead of getting less than it asked for.
struct ApiLimits {
  std::size_t max_parameter_bytes = 500;  // each parameter's value
  std::size_t default_limit = 20;         // reports or hits per page
  std::size_t max_limit = 100;
  std::size_t max_offset = 10000;
  std::size_t max_cites_limit = 1000;             // /api/cites: reports per document
  std::size_t facet_hits = 1000;                  // search hits counted into facets
  std::uintmax_t max_document_bytes = 16u << 20;  // files larger are not read
  // A question still reading the graph after this long is given up: 503.
  std::chrono::milliseconds max_request_time{10000};
};

// {"error": message} with `status`.
ApiResponse ErrorResponse(int status, std::string_view message);

// Runs `answer`, turning whatever it throws into a 500 with its message: an
// index that cannot be read (IndexError, Xapian) is the server's trouble,
// not the request's. SnapshotMoved passes through: the caller reads again.
ApiResponse Guarded(const std::function<ApiResponse()>& answer);

ApiResponse QueryApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});
ApiResponse CitesApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});
ApiResponse SearchApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});
ApiResponse DocumentApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});
ApiResponse CoverageApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});
ApiResponse GraphApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});
ApiResponse TopApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});
ApiResponse StatusApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits = {});

// True for the paths HandleApi answers ("/api/query", ...).
bool IsApiPath(std::string_view path);

// Every path HandleApi answers.
std::vector<std::string_view> ApiPaths();

// Answers `path` over `reader`, whose reads of the graph it bounds to
// limits.max_request_time from now (IndexReader::SetDeadline): 503 for a
// question that reads longer; 404 for a path that is no endpoint.
ApiResponse AnswerApi(IndexReader& reader, std::string_view path, const ApiParams& params,
                      const ApiLimits& limits = {});

// AnswerApi over a reader of `index` opened for this call (so each call
// sees the index as last committed); 500 when it cannot be opened.
// Thread-safe. (ApiService answers alike, keeping readers and answers.)
ApiResponse HandleApi(const std::filesystem::path& index, std::string_view path,
                      const ApiParams& params, const ApiLimits& limits = {});

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_WEB_API_H_
