// lexgraph/text_terms.h: the words of a text as full-text index terms.
//
// Each word has an exact term (lower case, diacritics kept, spellings a
// reader treats as one made one) and a folded term (the same without
// diacritics, "đ" -> "d", ASCII). The index stores the exact term with
// its position and maps folded forms to exact ones in its synonym table
// (index_terms.h), so that a query typed without diacritics finds text
// with them and one typed with diacritics is exact. The query tool runs
// the same function over the query, so both sides always agree.
//
// What a word is:
//   - A maximal run of Latin letters (every Vietnamese letter, with any
//     diacritic, and the other letters of U+0000-U+036F and U+1E00-U+1EFF)
//     and the digits 0-9. Everything else separates words: spaces,
//     punctuation, '/', '-', '_', Markdown marks, U+FFFD, invalid UTF-8, and
//     letters of other scripts (Greek, Cyrillic, CJK...), which the index
//     does not serve. "05-CT/TW" gives "05", "ct", "tw"; "<p>" gives "p".
//   - Combining marks (U+0300-U+036F) and the soft hyphen are skipped without
//     ending a word. The input must be NFC (as DecodeText makes it): in NFD
//     text the folded terms are still right, but the exact terms lose the
//     diacritics.
//   - A word whose exact term is longer than kMaxWordBytes is skipped
//     (junk such as base64; Xapian refuses terms over 245 bytes).
//
// How a word is spelled in its terms, so that spellings a reader treats as
// one word give one term:
//   - lower case: "ỦY" -> "ủy", "Đ" -> "đ"; "Ð"/"ð" (eth, which text
//     converted from old Vietnamese fonts has for "Đ") -> "đ";
//   - the new tone placement for open syllables: "hoà" -> "hòa",
//     "uỷ" -> "ủy", "thuỷ" -> "thủy", "khoẻ" -> "khỏe" ("quý" keeps its mark
//     on y), as ToNewTonePlacement does;
//   - the i/y rule: a final y (any tone) becomes i (same tone) after a
//     consonant letter (b c d đ g h k l m n p r s t v x), after "qu", or
//     standing alone: "kỹ" -> "kĩ", "lý" -> "lí", "quy" -> "qui",
//     "quý" -> "quí", "y" -> "i", "ý" -> "í". It stays after any other
//     vowel: "tay", "tuy", "thủy", "ấy"; a y that is not final never changes
//     ("khuya", "nguyễn"). (SearchKey, which turns every y into i, is a
//     different, coarser key.)
//   - folded: the exact term without diacritics, "đ" -> "d"; the few Latin
//     letters with no ASCII base fold to one or two ASCII letters
//     ("ø" -> "o", "ß" -> "ss", "æ" -> "ae"), and the rare ones with no
//     ASCII spelling at all ("ǝ", "ʃ") separate words.
//
// Pure functions; thread-safe (a lookup table is built once, on first use).
#ifndef LEXGRAPH_TEXT_TERMS_H_
#define LEXGRAPH_TEXT_TERMS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexgraph {

// Longest exact term kept, in bytes.
inline constexpr std::size_t kMaxWordBytes = 64;

// One word and its two terms. The views point into a buffer that the next
// word overwrites: copy them to keep them.
struct WordTerms {
  std::string_view folded;  // "hoa", "ki", "dong": ASCII, never empty
  std::string_view exact;   // "hòa", "kĩ", "đồng"; empty when equal to folded
  std::size_t begin = 0;    // byte span [begin, end) of the word in the input
  std::size_t end = 0;
};

// Calls `sink` for each word of the NFC UTF-8 `text`, in text order. Cheap
// enough to run over every byte indexed: no allocation and, after the first
// call has built its table, no ICU call.
void ForEachWord(std::string_view text, const std::function<void(const WordTerms&)>& sink);

// (folded, exact) of each word of `text`, exact empty as in WordTerms. For
// queries and tests; the indexer should use ForEachWord.
std::vector<std::pair<std::string, std::string>> WordTermsOf(std::string_view text);

}  // namespace lexgraph

#endif  // LEXGRAPH_TEXT_TERMS_H_
