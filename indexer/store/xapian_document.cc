#include "xapian_document.h"

#include <nlohmann/json.hpp>

#include "content_hash.h"
#include "lexgraph/index_terms.h"
#include "lexgraph/reference_parser.h"
#include "lexgraph/text_terms.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kLongestTerm = 240;  // Xapian's limit is 245 bytes

void AddBooleanTerm(Xapian::Document& doc, std::string_view prefix, std::string_view value) {
  if (value.empty() || prefix.size() + value.size() > kLongestTerm) return;
  std::string term(prefix);
  term += value;
  doc.add_boolean_term(term);
}

std::string DocumentData(std::string_view path, const DocumentInfo& info) {
  nlohmann::ordered_json data;
  data["path"] = path;
  auto put = [&](const char* key, const std::optional<std::string>& value) {
    if (value) data[key] = *value;
  };
  put("title", info.title);
  put("symbol", info.symbol);
  put("type", info.type);
  put("date", info.date);
  put("issuer", info.issuer);
  // A path that is not UTF-8 (a legacy file name) is kept with U+FFFD.
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string DateValue(std::string_view iso) {
  std::string value;
  for (char c : iso)
    if (c != '-') value += c;
  return value;
}

std::string PathTerm(std::string_view path) {
  std::string term(terms::kPath);
  if (path.size() <= terms::kLongestPathTerm) return term + std::string(path);
  return term + "#" + ContentHash(path);
}

std::string VersionValue(std::string_view path, std::string_view content_hash) {
  std::string value(path);
  value += '\n';
  value += content_hash;
  return value;
}

Xapian::Document MakeXapianDocument(std::string_view path, std::string_view content_hash,
                                    std::string_view text, const Extraction& extraction,
                                    const AuthorityIdentity& identity,
                                    const std::vector<AuthorityIdentity>& cited,
                                    const std::string& province, const SpellingSink& spellings) {
  Xapian::Document doc;
  Xapian::termpos position = 0;
  std::string term;
  std::string folded(terms::kFolded);
  ForEachWord(text, [&](const WordTerms& word) {
    term.assign(word.exact.empty() ? word.folded : word.exact);
    doc.add_posting(term, ++position);
    folded.resize(terms::kFolded.size());
    folded += word.folded;
    doc.add_term(folded);
    if (!word.exact.empty()) spellings(word.folded, word.exact);
  });

  for (std::size_t i = 0; i < extraction.citations.size(); ++i) {
    const std::string& key = cited[i].citation_key;
    if (key.empty()) continue;
    AddBooleanTerm(doc, terms::kCites, key);
    std::string as(RelationName(extraction.citations[i].relation));
    AddBooleanTerm(doc, terms::kCitesAs, as + ":" + key);
  }

  const DocumentInfo& info = extraction.document;
  AddBooleanTerm(doc, terms::kOwnKey, identity.citation_key);
  AddBooleanTerm(doc, terms::kIdentity, identity.key);
  if (info.type) AddBooleanTerm(doc, terms::kType, SearchKey(*info.type));
  if (info.issuer) AddBooleanTerm(doc, terms::kIssuer, SearchKey(*info.issuer));
  AddBooleanTerm(doc, terms::kProvince, province);
  if (identity.year)
    AddBooleanTerm(doc, terms::kYear, std::to_string(*identity.year));
  else if (info.date)
    AddBooleanTerm(doc, terms::kYear, info.date->substr(0, 4));
  doc.add_boolean_term(PathTerm(path));
  if (info.date) doc.add_value(terms::kDateSlot, DateValue(*info.date));
  doc.add_value(terms::kVersionSlot, VersionValue(path, content_hash));
  doc.set_data(DocumentData(path, info));
  return doc;
}

}  // namespace lexgraph
