// graph_output.h: the answer of `lexquery graph` in four formats.
//
//   table  for people: a tree per root, each report under the node it was
//          reached from ("└─ thực hiện · 174/BC-SKHCHN · Báo cáo ·
//          17/12/2020 · Sở Khoa học và Công nghệ [quang-tri/...md]"); a
//          report met again (a diamond, a cycle) is named with "(see
//          above)" or "(see below)" and not expanded twice;
//   json   {"ref", "key", "depth", "relation", "nodes", "edges"}, documented
//          in the README; node ids "n0", "n1"... index `nodes`;
//   csv    one row per edge, with the UTF-8 byte-order mark (cites_output.h);
//   dot    a Graphviz digraph: the same node ids, edges from the citing
//          report to what it cites, labelled with the relations in
//          Vietnamese; every string quoted and escaped, UTF-8.
// Output only: writes to `out`, reads nothing else.
#ifndef LEXGRAPH_QUERY_GRAPH_OUTPUT_H_
#define LEXGRAPH_QUERY_GRAPH_OUTPUT_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "graph_query.h"

namespace lexgraph {

// A node on one line: a root as AuthorityTitle says it; a report as
// "174/BC-SKHCHN · Báo cáo · 17/12/2020 · Sở Khoa học và Công nghệ".
std::string GraphNodeLabel(const GraphNode& node);

// `text` as a DOT quoted string: "..." with \ and " escaped, a new line as
// \n, carriage returns dropped.
std::string DotString(std::string_view text);

// The JSON answer of `graph` (README); WriteGraphJson writes it.
nlohmann::ordered_json GraphJson(const std::string& typed, const Reference& reference,
                                 const GraphOptions& options, const CitationGraph& graph);

void WriteGraphTable(std::ostream& out, const std::string& typed, const CitationGraph& graph);
void WriteGraphJson(std::ostream& out, const std::string& typed, const Reference& reference,
                    const GraphOptions& options, const CitationGraph& graph);
void WriteGraphCsv(std::ostream& out, const CitationGraph& graph);
void WriteGraphDot(std::ostream& out, const std::string& typed, const CitationGraph& graph);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_GRAPH_OUTPUT_H_
