// vietnamese_text.h: small, pure helpers for writing Vietnamese text in the
// canonical form the contract asks for. All functions take and return NFC
// UTF-8 and are safe to call from any thread.
#ifndef LEXGRAPH_INDEXER_VIETNAMESE_TEXT_H_
#define LEXGRAPH_INDEXER_VIETNAMESE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexgraph/search_key.h"

namespace lexgraph {

// Moves tone marks of open syllables to the new placement: "hoà" -> "hòa",
// "Uỷ" -> "Ủy", "thuỷ" -> "thủy", "khoá" -> "khóa". Closed syllables
// ("hoàn", "uyển") are the same in both conventions and are left alone.
std::string ToNewTonePlacement(std::string_view text);

// Upper / lower case of a whole string (ICU, Vietnamese aware: "đ" -> "Đ").
std::string ToUpper(std::string_view text);
std::string ToLower(std::string_view text);

// "QUẢNG TRỊ" -> "Quảng Trị": each word's first letter upper, the rest lower.
std::string TitleCaseWords(std::string_view text);
// Upper-cases the first letter only: "lao động" -> "Lao động".
std::string CapitalizeFirst(std::string_view text);

// True when the first letter of `text` is upper case.
bool StartsUpper(std::string_view text);
// True when every letter of `text` is upper case (and it has at least one).
bool IsAllUpper(std::string_view text);

// SearchKey, CollapseSpaces and SplitWords: lexgraph/search_key.h.

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_VIETNAMESE_TEXT_H_
