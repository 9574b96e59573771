#include "graph_query.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace lexgraph {
namespace {

class GraphWalk {
 public:
  GraphWalk(GraphReader& graph, const GraphOptions& options)
      : options_(options), graph_reader_(graph) {}

  void AddRoots(const Reference& reference);
  // Expands every node in order, reports of the last depth only towards
  // nodes already there.
  CitationGraph Walk();

 private:
  struct Key {
    std::int64_t authority_id = 0;  // of a root, else 0
    std::int64_t document_id = 0;   // of a report, or a root's corpus file, else 0
  };
  void Expand(std::size_t cited);
  // The node of the citing `report`, made at `depth` if new and allowed;
  // std::nullopt when it is beyond the depth.
  std::optional<std::size_t> Citer(const ReportSummary& report, int depth);

  const GraphOptions& options_;
  GraphReader& graph_reader_;
  CitationGraph graph_;
  std::vector<Key> keys_;  // parallel to graph_.nodes
  std::unordered_map<std::int64_t, std::size_t> by_document_;
};

void GraphWalk::AddRoots(const Reference& reference) {
  for (const AuthorityRecord& record :
       graph_reader_.CitedAuthoritiesOfKey(reference.key, options_.relation)) {
    GraphNode& root = graph_.nodes.emplace_back();
    root.authority = CitedAuthorityOf(record);
    root.path = root.authority->corpus_path.value_or("");
    Key key{record.id, record.document_id.value_or(0)};
    keys_.push_back(key);
    if (key.document_id != 0) by_document_.emplace(key.document_id, graph_.nodes.size() - 1);
  }
}

std::optional<std::size_t> GraphWalk::Citer(const ReportSummary& report, int depth) {
  if (auto known = by_document_.find(report.id); known != by_document_.end()) return known->second;
  if (depth > options_.depth) return std::nullopt;
  GraphNode& node = graph_.nodes.emplace_back();
  static_cast<ReportSummary&>(node) = report;
  node.depth = depth;
  keys_.push_back(Key{0, report.id});
  by_document_.emplace(report.id, graph_.nodes.size() - 1);
  return graph_.nodes.size() - 1;
}

void GraphWalk::Expand(std::size_t cited) {
  const Key key = keys_[cited];
  std::vector<CiterRow> citers =
      key.authority_id != 0 ? graph_reader_.CitersOfAuthority(key.authority_id, options_.relation)
                            : graph_reader_.CitersOfReport(key.document_id, options_.relation);
  int depth = graph_.nodes[cited].depth + 1;
  std::int64_t last_document = 0;
  GraphEdge* edge = nullptr;
  for (const CiterRow& row : citers) {
    if (row.report.id != last_document) {
      last_document = row.report.id;
      std::optional<std::size_t> citer = Citer(row.report, depth);
      edge = citer ? &graph_.edges.emplace_back(GraphEdge{*citer, cited, {}, 0}) : nullptr;
    }
    if (!edge) continue;
    if (std::find(edge->relations.begin(), edge->relations.end(), row.relation) ==
        edge->relations.end())
      edge->relations.push_back(row.relation);
    edge->mentions += row.mentions;
  }
}

CitationGraph GraphWalk::Walk() {
  // graph_.nodes grows while it is walked: index, not iterators.
  for (std::size_t i = 0; i < graph_.nodes.size(); ++i) Expand(i);
  return std::move(graph_);
}

}  // namespace

CitationGraph FindCitingGraph(IndexReader& reader, const Reference& reference,
                              const GraphOptions& options) {
  GraphOptions clamped = options;
  clamped.depth = std::clamp(options.depth, 1, kMaxGraphDepth);
  GraphWalk walk(reader.graph(), clamped);
  walk.AddRoots(reference);
  return walk.Walk();
}

}  // namespace lexgraph
