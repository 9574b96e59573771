#include "lexgraph/extraction_json.h"

#include <nlohmann/json.hpp>

namespace lexgraph {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace

std::string ExtractionToJsonLine(std::string_view path, const Extraction& extraction) {
  const DocumentInfo& d = extraction.document;
  Json document = {
      {"symbol", OrNull(d.symbol)}, {"type", OrNull(d.type)},     {"date", OrNull(d.date)},
      {"place", OrNull(d.place)},   {"issuer", OrNull(d.issuer)}, {"title", OrNull(d.title)},
      {"signer", OrNull(d.signer)}, {"recipients", d.recipients},
  };
  Json citations = Json::array();
  for (const Citation& c : extraction.citations) {
    citations.push_back({
        {"type", c.type},
        {"symbol", OrNull(c.symbol)},
        {"name", OrNull(c.name)},
        {"date", OrNull(c.date)},
        {"issuer", OrNull(c.issuer)},
        {"relation", std::string(RelationName(c.relation))},
        {"pinpoint", OrNull(c.pinpoint)},
        {"span", {c.begin, c.end}},
        {"text", c.text},
    });
  }
  Json stated = Json::array();
  for (const StatedRelation& r : extraction.stated_relations) {
    stated.push_back({
        {"subject", r.subject ? Json(*r.subject) : Json(nullptr)},
        {"relation", std::string(RelationName(r.relation))},
        {"object", r.object},
        {"effective", OrNull(r.effective)},
        {"span", {r.begin, r.end}},
        {"text", r.text},
    });
  }
  Json line = {{"path", std::string(path)},
               {"document", document},
               {"citations", citations},
               {"stated_relations", stated}};
  // A path in an odd encoding must not abort the output: replace bad bytes.
  return line.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace lexgraph
