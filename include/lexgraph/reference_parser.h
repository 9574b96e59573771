// lexgraph/reference_parser.h: turns what a person types into the key of the
// document they mean, the same key the extractor gives every citation of it.
//
//   "Chỉ thị 05-CT/TW", "chỉ thị số 5-CT/TW", "chi thi 05-ct/tw", "05-CT/TW"
//        -> key "sym:5-ct/tw"
//   "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015" -> key "sym:4/2015/nd-cp"
//   "Bộ luật Lao động", "bo luat lao dong" -> key "name:bo luat lao dong"
//
// Keys ignore case, diacritics, tone placement, i/y spelling, spaces around
// separators, dash variants and leading zeros of the number. They do not
// carry the issuing body or year of a symbol that has none: "14/KH-SKHCHN"
// names every such plan of every year; the index tells those apart.
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_REFERENCE_PARSER_H_
#define LEXGRAPH_REFERENCE_PARSER_H_

#include <optional>
#include <string>
#include <string_view>

#include "lexgraph/extraction.h"

namespace lexgraph {

struct Reference {
  std::string key;                    // "sym:5-ct/tw" or "name:bo luat lao dong"
  std::optional<std::string> type;    // "Chỉ thị" (from the words or the symbol)
  std::optional<std::string> symbol;  // canonical: "05-CT/TW"
  std::optional<std::string> name;    // canonical: "Bộ luật Lao động"
  std::optional<std::string> date;    // ISO, when typed: "2015-01-09"
};

struct ParsedReference {
  std::optional<Reference> reference;  // set on success
  std::string error;                   // a sentence for the user otherwise
  bool ok() const { return reference.has_value(); }
};

ParsedReference ParseReference(std::string_view input);

// The key of an extracted citation, comparable with Reference::key.
std::string CitationKey(const Citation& citation);

}  // namespace lexgraph

#endif  // LEXGRAPH_REFERENCE_PARSER_H_
