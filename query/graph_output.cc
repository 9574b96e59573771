#include "graph_output.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "cites_output.h"
#include "output_text.h"

namespace lexgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string NodeId(std::size_t index) { return "n" + std::to_string(index); }

// "thực hiện; trích dẫn", or with `names` "implements;cites".
std::string Relations(const GraphEdge& edge, bool names) {
  std::string joined;
  for (Relation r : edge.relations) {
    // "; " between Vietnamese labels: "sửa đổi, bổ sung" holds a comma.
    if (!joined.empty()) joined += names ? ";" : "; ";
    joined += names ? RelationName(r) : RelationLabel(r);
  }
  return joined;
}

std::string NodeIdentity(const GraphNode& node) {
  return node.authority ? node.authority->identity : node.identity.value_or("");
}

// The table's tree, printing each node's citers under it.
class TreeWriter {
 public:
  TreeWriter(std::ostream& out, const CitationGraph& graph)
      : out_(out), graph_(graph), shown_(graph.nodes.size(), false) {}

  void Root(std::size_t root) {
    const GraphNode& node = graph_.nodes[root];
    out_ << GraphNodeLabel(node);
    if (!node.path.empty()) out_ << " [" << node.path << "]";
    out_ << "\n";
    shown_[root] = true;
    Citers(root, "");
  }

 private:
  void Citers(std::size_t cited, const std::string& indent) {
    std::vector<const GraphEdge*> into;
    for (const GraphEdge& e : graph_.edges)
      if (e.to == cited) into.push_back(&e);
    for (std::size_t i = 0; i < into.size(); ++i) {
      bool last = i + 1 == into.size();
      std::size_t citer = into[i]->from;
      const GraphNode& node = graph_.nodes[citer];
      out_ << indent << (last ? "└─ " : "├─ ") << Relations(*into[i], false) << " · "
           << GraphNodeLabel(node) << " [" << node.path << "]";
      // A report goes under the node one depth shallower it cites first;
      // elsewhere it is named only.
      if (shown_[citer] || node.depth != graph_.nodes[cited].depth + 1) {
        out_ << (shown_[citer] ? " (see above)" : " (see below)") << "\n";
        continue;
      }
      out_ << "\n";
      shown_[citer] = true;
      Citers(citer, indent + (last ? "   " : "│  "));
    }
  }

  std::ostream& out_;
  const CitationGraph& graph_;
  std::vector<bool> shown_;
};

Json NodeJson(const GraphNode& node, std::size_t index) {
  Json j;
  j["id"] = NodeId(index);
  j["kind"] = node.authority ? "authority" : "report";
  j["depth"] = node.depth;
  j["label"] = GraphNodeLabel(node);
  j["path"] = node.path.empty() ? Json(nullptr) : Json(node.path);
  if (node.authority) {
    Json fields = AuthorityJson(*node.authority);
    fields.erase("corpus_path");  // it is "path"
    j.update(fields);
    return j;
  }
  j["identity"] = OptionalJson(node.identity);
  j["symbol"] = OptionalJson(node.symbol);
  j["type"] = OptionalJson(node.type);
  j["date"] = OptionalJson(node.date);
  j["issuer"] = OptionalJson(node.issuer);
  j["title"] = OptionalJson(node.title);
  return j;
}

// A DOT label of several lines, each escaped.
std::string DotLines(const std::vector<std::string>& lines) {
  std::string label;
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    std::string quoted = DotString(line);
    label += (label.empty() ? "" : "\\n") + quoted.substr(1, quoted.size() - 2);
  }
  return "\"" + label + "\"";
}

std::string DotNode(const GraphNode& node) {
  if (node.authority)
    return "label=" + DotLines({GraphNodeLabel(node), node.path}) + ", style=bold";
  std::string attributes =
      "label=" +
      DotLines({JoinNonEmpty({node.symbol.value_or("(không số)"), node.type.value_or("")}, " · "),
                JoinNonEmpty({VietnameseDate(node.date), node.issuer.value_or("")}, " · "),
                node.path});
  if (node.title) attributes += ", tooltip=" + DotString(*node.title);
  return attributes;
}

}  // namespace

std::string GraphNodeLabel(const GraphNode& node) {
  if (node.authority) return AuthorityTitle(*node.authority);
  return JoinNonEmpty({node.symbol.value_or("(không số)"), node.type.value_or(""),
                       VietnameseDate(node.date), node.issuer.value_or("")},
                      " · ");
}

std::string DotString(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '\\' || c == '"') quoted += '\\';
    if (c == '\n')
      quoted += "\\n";
    else if (c != '\r')
      quoted += c;
  }
  return quoted + "\"";
}

void WriteGraphTable(std::ostream& out, const std::string& typed, const CitationGraph& graph) {
  std::size_t roots = 0, reports = 0;
  int deepest = 0;
  for (const GraphNode& node : graph.nodes) {
    (node.authority ? roots : reports) += 1;
    deepest = std::max(deepest, node.depth);
  }
  if (roots > 1)
    out << "\"" << typed << "\" names " << roots
        << " different documents (other years or issuing bodies); the chain citing each:\n\n";
  for (std::size_t i = 0; i < graph.nodes.size() && graph.nodes[i].authority; ++i) {
    TreeWriter(out, graph).Root(i);
    out << "\n";
  }
  out << reports << " report(s), " << graph.edges.size()
      << " citation link(s); the farthest at depth " << deepest << ".\n";
}

nlohmann::ordered_json GraphJson(const std::string& typed, const Reference& reference,
                                 const GraphOptions& options, const CitationGraph& graph) {
  Json root;
  root["ref"] = typed;
  root["key"] = reference.key;
  root["depth"] = options.depth;
  root["relation"] = options.relation ? Json(RelationName(*options.relation)) : Json(nullptr);
  root["nodes"] = Json::array();
  for (std::size_t i = 0; i < graph.nodes.size(); ++i)
    root["nodes"].push_back(NodeJson(graph.nodes[i], i));
  root["edges"] = Json::array();
  for (const GraphEdge& e : graph.edges) {
    Json edge;
    edge["from"] = NodeId(e.from);
    edge["to"] = NodeId(e.to);
    edge["relations"] = Json::array();
    for (Relation r : e.relations) edge["relations"].push_back(RelationName(r));
    edge["mentions"] = e.mentions;
    root["edges"].push_back(std::move(edge));
  }
  return root;
}

void WriteGraphJson(std::ostream& out, const std::string& typed, const Reference& reference,
                    const GraphOptions& options, const CitationGraph& graph) {
  WriteJson(out, GraphJson(typed, reference, options, graph));
}

void WriteGraphCsv(std::ostream& out, const CitationGraph& graph) {
  out << kCsvByteOrderMark
      << CsvRow({"citing_node", "citing_depth", "citing_path", "citing_symbol", "citing_type",
                 "citing_date", "citing_issuer", "relations", "mentions", "cited_node",
                 "cited_depth", "cited_path", "cited_identity", "cited_label"});
  for (const GraphEdge& e : graph.edges) {
    const GraphNode& from = graph.nodes[e.from];
    const GraphNode& to = graph.nodes[e.to];
    out << CsvRow({NodeId(e.from), std::to_string(from.depth), from.path, from.symbol.value_or(""),
                   from.type.value_or(""), from.date.value_or(""), from.issuer.value_or(""),
                   Relations(e, true), std::to_string(e.mentions), NodeId(e.to),
                   std::to_string(to.depth), to.path, NodeIdentity(to), GraphNodeLabel(to)});
  }
}

void WriteGraphDot(std::ostream& out, const std::string& typed, const CitationGraph& graph) {
  out << "digraph " << DotString("lexquery graph " + typed) << " {\n"
      << "  // From each citing report to the document it cites.\n"
      << "  graph [rankdir=BT, charset=\"UTF-8\"];\n"
      << "  node [shape=box];\n";
  for (std::size_t i = 0; i < graph.nodes.size(); ++i)
    out << "  " << NodeId(i) << " [" << DotNode(graph.nodes[i]) << "];\n";
  for (const GraphEdge& e : graph.edges)
    out << "  " << NodeId(e.from) << " -> " << NodeId(e.to)
        << " [label=" << DotString(Relations(e, false)) << "];\n";
  out << "}\n";
}

}  // namespace lexgraph
