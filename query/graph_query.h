// graph_query.h: the chain of reports that cite a document, and those citing
// them, to a depth (`lexquery graph REF`). Reads the IndexReader's snapshot;
// never writes.
//
// The roots are the authorities `cites` answers for REF (FindCiting: same
// key, undated mentions joined to their dated document by same_as). Depth 1
// is the reports citing a root; depth k+1 the reports citing a report of
// depth k, a report being cited through every authority of the graph that
// *is* it (authorities.document_id). Each report is one node, reached first
// at its depth and expanded once, so cycles and diamonds end; a root that is
// itself a report of the corpus is that report's node. The edges are every
// citation between two nodes of the answer -- also those into the reports of
// the last depth and back to shallower ones -- one edge per citing and cited
// node, carrying the distinct relations of its mentions.
#ifndef LEXGRAPH_QUERY_GRAPH_QUERY_H_
#define LEXGRAPH_QUERY_GRAPH_QUERY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cites_query.h"
#include "lexgraph/extraction.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"

namespace lexgraph {

// Deeper than this is refused: each depth is one query per report reached,
// and a chain of reports this long no longer answers "who follows REF".
inline constexpr int kMaxGraphDepth = 10;

struct GraphOptions {
  int depth = 2;                     // 1 to kMaxGraphDepth
  std::optional<Relation> relation;  // follow only the mentions of this relation
};

// A report's own fields (ReportSummary); a root's come from `authority`,
// and its `path` is its corpus file or "".
struct GraphNode : ReportSummary {
  // Set for a root (its fields, without reports); a report otherwise.
  std::optional<CitedAuthority> authority;
  int depth = 0;  // 0 for a root
};

struct GraphEdge {
  std::size_t from = 0;             // the citing report, an index in CitationGraph::nodes
  std::size_t to = 0;               // the node it cites
  std::vector<Relation> relations;  // distinct, in the order of their first mention
  std::size_t mentions = 0;
};

struct CitationGraph {
  // Roots first (by identity), then the reports by depth, each depth in the
  // order reached (citers of one node by date, then path): stable for an
  // unchanged index, so node i may be named "n<i>".
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;  // by cited node in that order, then as the citers
  bool empty() const { return edges.empty(); }
};

// Empty when no report cites REF (with that relation). Roots that no
// report cites are left out, as `cites` leaves them out. `options.depth`
// is clamped to 1..kMaxGraphDepth.
CitationGraph FindCitingGraph(IndexReader& reader, const Reference& reference,
                              const GraphOptions& options);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_GRAPH_QUERY_H_
