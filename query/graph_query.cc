#include "graph_query.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "sqlite_db.h"

namespace lexgraph {
namespace {

// The citers of one node, a row per citing report and relation; columns
// 0-7 the report, 8 the relation, 9 its mentions. ?1 is the node's
// AuthorityIds, ?2 a relation or ''.
constexpr const char* kCitersOf =
    "SELECT d.id, d.path, d.symbol, d.type, d.date, d.issuer, d.title, d.identity,"
    " c.relation, count(*)"
    " FROM citations c JOIN documents d ON d.id = c.document_id"
    " WHERE c.authority_id IN (SELECT value FROM json_each(?1))"
    " AND (?2 = '' OR c.relation = ?2)"
    " GROUP BY d.id, c.relation ORDER BY d.date IS NULL, d.date, d.path, min(c.ordinal)";

class GraphWalk {
 public:
  GraphWalk(IndexReader& reader, const GraphOptions& options)
      : options_(options),
        relation_(options.relation ? std::string(RelationName(*options.relation)) : ""),
        citers_(reader.graph(), kCitersOf),
        authority_ids_(reader) {}

  void AddRoots(IndexReader& reader, const Reference& reference);
  // Expands every node in order, reports of the last depth only towards
  // nodes already there.
  CitationGraph Walk();

 private:
  struct Key {
    std::int64_t authority_id = 0;  // of a root, else 0
    std::int64_t document_id = 0;   // of a report, or a root's corpus file, else 0
  };
  void Expand(std::size_t cited);
  // The node of the citing report in `row`, made at `depth` if new and
  // allowed; std::nullopt when it is beyond the depth.
  std::optional<std::size_t> Citer(sqlite::Statement& row, int depth);

  const GraphOptions& options_;
  std::string relation_;
  sqlite::Statement citers_;
  AuthorityIds authority_ids_;
  CitationGraph graph_;
  std::vector<Key> keys_;  // parallel to graph_.nodes
  std::unordered_map<std::int64_t, std::size_t> by_document_;
};

void GraphWalk::AddRoots(IndexReader& reader, const Reference& reference) {
  sqlite::Statement rows(
      reader.graph(),
      "SELECT DISTINCT a.identity, a.type, a.symbol, a.name, a.issuer, a.date, a.year, a.scope,"
      " ad.path, a.id, a.document_id"
      " FROM citations c JOIN authorities raw ON raw.id = c.authority_id"
      " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
      " LEFT JOIN documents ad ON ad.id = a.document_id"
      " WHERE raw.citation_key = ?1 AND (?2 = '' OR c.relation = ?2)"
      " ORDER BY a.identity");
  rows.Bind(1, reference.key).Bind(2, relation_);
  while (rows.Step()) {
    GraphNode& root = graph_.nodes.emplace_back();
    root.authority = ReadAuthorityRow(rows);
    root.path = root.authority->corpus_path.value_or("");
    Key key{rows.Int(9), rows.IsNull(10) ? 0 : rows.Int(10)};
    keys_.push_back(key);
    if (key.document_id != 0) by_document_.emplace(key.document_id, graph_.nodes.size() - 1);
  }
}

std::optional<std::size_t> GraphWalk::Citer(sqlite::Statement& row, int depth) {
  std::int64_t id = row.Int(0);
  if (auto known = by_document_.find(id); known != by_document_.end()) return known->second;
  if (depth > options_.depth) return std::nullopt;
  GraphNode& node = graph_.nodes.emplace_back();
  node.depth = depth;
  node.path = row.Text(1);
  node.symbol = row.OptionalText(2);
  node.type = row.OptionalText(3);
  node.date = row.OptionalText(4);
  node.issuer = row.OptionalText(5);
  node.title = row.OptionalText(6);
  node.identity = row.OptionalText(7);
  keys_.push_back(Key{0, id});
  by_document_.emplace(id, graph_.nodes.size() - 1);
  return graph_.nodes.size() - 1;
}

void GraphWalk::Expand(std::size_t cited) {
  const Key key = keys_[cited];
  sqlite::Statement& rows = citers_;
  rows.Bind(1, key.authority_id != 0 ? authority_ids_.Of(key.authority_id)
                                     : authority_ids_.OfDocument(key.document_id))
      .Bind(2, relation_);
  int depth = graph_.nodes[cited].depth + 1;
  std::int64_t last_document = 0;
  GraphEdge* edge = nullptr;
  while (rows.Step()) {
    if (rows.Int(0) != last_document) {
      last_document = rows.Int(0);
      std::optional<std::size_t> citer = Citer(rows, depth);
      edge = citer ? &graph_.edges.emplace_back(GraphEdge{*citer, cited, {}, 0}) : nullptr;
    }
    if (!edge) continue;
    Relation relation = RelationFromName(rows.Text(8)).value_or(Relation::kCites);
    if (std::find(edge->relations.begin(), edge->relations.end(), relation) ==
        edge->relations.end())
      edge->relations.push_back(relation);
    edge->mentions += static_cast<std::size_t>(rows.Int(9));
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
  GraphWalk walk(reader, clamped);
  walk.AddRoots(reader, reference);
  return walk.Walk();
}

}  // namespace lexgraph
