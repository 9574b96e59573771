#include "lexgraph/extraction.h"

#include <array>
#include <utility>

namespace lexgraph {
namespace {
constexpr std::array<std::pair<Relation, std::string_view>, 7> kRelationNames = {{
    {Relation::kCites, "cites"},
    {Relation::kBasis, "basis"},
    {Relation::kImplements, "implements"},
    {Relation::kAmends, "amends"},
    {Relation::kReplaces, "replaces"},
    {Relation::kRepeals, "repeals"},
    {Relation::kGuides, "guides"},
}};
}  // namespace

std::string_view RelationName(Relation relation) {
  for (const auto& [r, name] : kRelationNames)
    if (r == relation) return name;
  return "cites";
}

std::optional<Relation> RelationFromName(std::string_view name) {
  for (const auto& [r, n] : kRelationNames)
    if (n == name) return r;
  return std::nullopt;
}

}  // namespace lexgraph
