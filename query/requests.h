// requests.h: one typed request per question lexquery answers, with one
// check each and one set of error sentences.
//
// A client maps its own syntax onto a question's *Asked form, the text as
// typed (the CLI its options, the web API its URL parameters), and calls
// Check*: it gives the typed request the queries take, or the first
// mistake as a RequestError naming the field. The client says the field in
// its own syntax ("--relation" on the command line, "relation" in the
// API), so the same mistake reads the same everywhere.
//
// What only one client has stays with it: paging bounds (`--limit`,
// `limit`, `offset`: each client has its own), output formats, and the
// coverage --expect file, which the CLI reads.
//
// Pure functions of their input; thread-safe.
#ifndef LEXGRAPH_QUERY_REQUESTS_H_
#define LEXGRAPH_QUERY_REQUESTS_H_

#include <functional>
#include <optional>
#include <string>
#include <variant>

#include "cites_query.h"
#include "coverage_output.h"
#include "coverage_query.h"
#include "graph_query.h"
#include "lexgraph/reference_parser.h"
#include "search_query.h"
#include "top_query.h"

namespace lexgraph {

// A mistake in a request: the field as the requests below name it
// ("ref", "relation", "from", "chain_depth", ...) and what is wrong, which
// may name other fields as "{cites}".
struct RequestError {
  std::string field;
  std::string message;
  // The sentence a client shows: the field as `name` gives it (nothing for
  // an empty name: the document or query typed), `separator`, then the
  // message with each "{field}" named alike. The CLI: "--relation
  // implements: ..." ("--" names, " "); the API: "relation: ..." (": ").
  std::string Sentence(const std::function<std::string(const std::string&)>& name,
                       const std::string& separator) const;
};

// The typed request, or the mistake.
template <typename T>
using Checked = std::variant<T, RequestError>;

// Unset (empty, false) fields are off; numbers have their defaults.
struct CitesAsked {
  std::string ref, relation, from, to, issuer, type;
  bool in_force = false;
  bool implementing = false;  // implements mentions, and the reports through a chain
  int chain_depth = 3;        // 1 to kMaxChainDepth
};
struct CitesRequest {
  std::string typed;  // REF as typed
  Reference reference;
  CitesFilter filter;  // with implementing: relation implements
  bool implementing = false;
  int chain_depth = 3;
};
inline constexpr int kMaxChainDepth = 10;
Checked<CitesRequest> CheckCites(const CitesAsked& asked);

struct SearchAsked {
  std::string query;  // as typed, any normalisation
  std::string cites, relation, from, to, issuer, type;
  bool in_force = false;
};
// `request.limit` and `offset` are left to the client.
struct CheckedSearch {
  std::string typed;  // the query in NFC
  SearchRequest request;
};
Checked<CheckedSearch> CheckSearch(const SearchAsked& asked);

struct CoverageAsked {
  std::string ref, by = "issuer", relation, from, to;
  bool expect = false;  // an expected list is given (the CLI's --expect)
  int chain_depth = 3;
};
struct CoverageRequest {
  CoverageQuestion question;  // typed, reference, filter (expect_file left to the client)
  CoverageBy by = CoverageBy::kIssuer;
};
Checked<CoverageRequest> CheckCoverage(const CoverageAsked& asked);

struct GraphAsked {
  std::string ref, relation;
  int depth = 2;
};
struct GraphRequest {
  std::string typed;
  Reference reference;
  GraphOptions options;
};
Checked<GraphRequest> CheckGraph(const GraphAsked& asked);

struct TopAsked {
  std::string type, from, to;
};
// filter.limit is left to the client.
Checked<TopFilter> CheckTop(const TopAsked& asked);

struct StatusAsked {
  std::string ref;
};
struct StatusRequest {
  std::string typed;
  Reference reference;
};
Checked<StatusRequest> CheckStatus(const StatusAsked& asked);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_REQUESTS_H_
