// official_case.h: text read from a line in capitals, written in the case
// official writing gives it (Nghị định 30/2020/NĐ-CP, Phụ lục II, "Viết
// hoa"): the names of bodies and provinces for an issuer's name, and the
// proper nouns of a title (trích yếu). The names come from the knowledge
// tables (knowledge_tables.cc); symbols from document_symbol.h.
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_INDEXER_OFFICIAL_CASE_H_
#define LEXGRAPH_INDEXER_OFFICIAL_CASE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

// True for a Roman number of up to five letters ("XII", "iv").
bool IsRomanNumeral(std::string_view word);

// Sets the words from `i` that name a known body ("Bộ Chính trị", "Sở Nội
// vụ") or a province ("Quảng Trị") in their official case, keeping the
// punctuation around each word; `keys` are the words' search keys, one per
// word. Returns how many words it set (0: none, `words` unchanged).
std::size_t SetKnownName(std::vector<std::string>& words, const std::vector<std::string>& keys,
                         std::size_t i);

// A title printed in capitals, in sentence case with its proper nouns
// capitalised: symbols in their official case ("1847/QĐ-TTg"); a type of
// document before its number ("Chỉ thị số 05-CT/TW") and laws by name
// ("Luật Khoa học và Công nghệ"); bodies ("Bộ Chính trị", "Ủy ban nhân
// dân", "Sở Nội vụ"); provinces and the place after a level ("tỉnh Quảng
// Trị", "huyện Gio Linh"); persons after "đồng chí", "ông", "bà" or an
// office known as a body ("Phó Thủ tướng Chính phủ Hồ Quốc Dũng"); the
// names of tables::ProperNames() ("Việt Nam", "Trung ương");
// abbreviations, which no Vietnamese syllable spells ("UBND", "CNTT"); Roman
// numbers after "khóa", "quý", "lần thứ". A title not all in capitals is
// returned as it is.
std::string TitleFromCapitals(const std::string& printed);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_OFFICIAL_CASE_H_
