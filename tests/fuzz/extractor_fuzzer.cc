// extractor_fuzzer.cc: any bytes -> DecodeText -> CitationExtractor::Extract
// -> ExtractionToJsonLine, checking what extraction.h, extraction_json.h and
// ../shared/spec/extraction.md promise for every input:
//   - the decoded text is UTF-8;
//   - every citation's [begin, end) is a non-empty span inside the text, on
//     character boundaries, and `text` is exactly those bytes;
//   - citations come in text order (begin never decreases);
//   - a citation has a type, and a symbol or a name, not both;
//   - a date is ISO YYYY-MM-DD and a day of the calendar; the relation's
//     name reads back;
//   - a citation has a key, and ParseReference of its text, when it reads
//     it, gives that key (reference_parser.h);
//   - every stated relation (docs/stated_relations.md) points at citations
//     that exist, its subject is not its object, its relation is amends,
//     replaces or repeals, its effective date is ISO, its span lies inside
//     the text on character boundaries, holds both mentions and is exactly
//     its `text`, and the statements come in text order;
//   - the JSON line is one line of valid JSON holding the same citations
//     and stated relations.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "lexgraph/citation_extractor.h"
#include "lexgraph/extraction.h"
#include "lexgraph/extraction_json.h"
#include "lexgraph/reference_parser.h"
#include "lexgraph/text_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lexgraph::CitationExtractor extractor;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const lexgraph::DecodedText decoded = lexgraph::DecodeText(bytes);
  if (!decoded.ok()) {
    FUZZ_CHECK(decoded.text.empty());
    return 0;
  }
  const std::string& text = decoded.text;
  FUZZ_CHECK(lexgraph::fuzz::IsValidUtf8(text));

  const lexgraph::Extraction extraction = extractor.Extract(text);
  std::size_t previous_begin = 0;
  for (const lexgraph::Citation& c : extraction.citations) {
    FUZZ_CHECK(c.begin < c.end);
    FUZZ_CHECK(c.end <= text.size());
    FUZZ_CHECK(lexgraph::fuzz::IsCharBoundary(text, c.begin));
    FUZZ_CHECK(lexgraph::fuzz::IsCharBoundary(text, c.end));
    FUZZ_CHECK(std::string_view(text).substr(c.begin, c.end - c.begin) == c.text);
    FUZZ_CHECK(c.begin >= previous_begin);
    previous_begin = c.begin;
    FUZZ_CHECK(!c.type.empty());
    FUZZ_CHECK(c.symbol.has_value() != c.name.has_value());
    FUZZ_CHECK(!c.date || lexgraph::fuzz::IsIsoDate(*c.date));
    FUZZ_CHECK(lexgraph::RelationFromName(lexgraph::RelationName(c.relation)) == c.relation);
    // reference_parser.h: a person typing what the text says gets the key
    // the extractor gives the citation.
    const std::string key = lexgraph::CitationKey(c);
    FUZZ_CHECK(!key.empty());
    const lexgraph::ParsedReference typed = lexgraph::ParseReference(c.text);
    FUZZ_CHECK(!typed.ok() || typed.reference->key == key);
  }
  std::size_t previous_stated = 0;
  for (const lexgraph::StatedRelation& r : extraction.stated_relations) {
    FUZZ_CHECK(r.object < extraction.citations.size());
    FUZZ_CHECK(!r.subject || (*r.subject < extraction.citations.size() && *r.subject != r.object));
    FUZZ_CHECK(r.relation == lexgraph::Relation::kAmends ||
               r.relation == lexgraph::Relation::kReplaces ||
               r.relation == lexgraph::Relation::kRepeals);
    FUZZ_CHECK(!r.effective || lexgraph::fuzz::IsIsoDate(*r.effective));
    FUZZ_CHECK(r.begin < r.end && r.end <= text.size());
    FUZZ_CHECK(lexgraph::fuzz::IsCharBoundary(text, r.begin));
    FUZZ_CHECK(lexgraph::fuzz::IsCharBoundary(text, r.end));
    FUZZ_CHECK(std::string_view(text).substr(r.begin, r.end - r.begin) == r.text);
    FUZZ_CHECK(r.begin >= previous_stated);
    previous_stated = r.begin;
    if (r.object < extraction.citations.size()) {
      const lexgraph::Citation& o = extraction.citations[r.object];
      FUZZ_CHECK(r.begin <= o.begin && o.end <= r.end);
    }
    if (r.subject && *r.subject < extraction.citations.size()) {
      const lexgraph::Citation& s = extraction.citations[*r.subject];
      FUZZ_CHECK(r.begin <= s.begin && s.end <= r.end);
    }
  }
  const lexgraph::DocumentInfo& d = extraction.document;
  FUZZ_CHECK(!d.date || lexgraph::fuzz::IsIsoDate(*d.date));

  const std::string line = lexgraph::ExtractionToJsonLine("fuzz.txt", extraction);
  FUZZ_CHECK(line.find('\n') == std::string::npos);
  const nlohmann::json json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!json.is_discarded());
  FUZZ_CHECK(json.is_object() && json.contains("citations") && json["citations"].is_array());
  const nlohmann::json& citations = json["citations"];
  FUZZ_CHECK(citations.size() == extraction.citations.size());
  for (std::size_t i = 0; i < citations.size(); ++i) {
    const lexgraph::Citation& c = extraction.citations[i];
    const nlohmann::json& j = citations[i];
    FUZZ_CHECK(j["span"][0].get<std::size_t>() == c.begin);
    FUZZ_CHECK(j["span"][1].get<std::size_t>() == c.end);
    FUZZ_CHECK(j["text"].get<std::string>() == c.text);
    FUZZ_CHECK(j["type"].get<std::string>() == c.type);
  }
  FUZZ_CHECK(json.contains("stated_relations") && json["stated_relations"].is_array());
  const nlohmann::json& stated = json["stated_relations"];
  FUZZ_CHECK(stated.size() == extraction.stated_relations.size());
  for (std::size_t i = 0; i < stated.size(); ++i) {
    const lexgraph::StatedRelation& r = extraction.stated_relations[i];
    FUZZ_CHECK(stated[i]["object"].get<std::size_t>() == r.object);
    FUZZ_CHECK(stated[i]["subject"].is_null() == !r.subject);
    FUZZ_CHECK(stated[i]["span"][0].get<std::size_t>() == r.begin);
    FUZZ_CHECK(stated[i]["text"].get<std::string>() == r.text);
  }
  return 0;
}
