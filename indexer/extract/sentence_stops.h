// sentence_stops.h: where a sentence of a report ends inside a line, and
// the characters that decide it.
//
// A sentence ends at ".", "?", "!", ";" or "…" followed by closing quotes,
// white space, opening quotes and an upper-case letter (Vietnamese capitals
// included: "Đ", "Ủ"); ":" ends none. A "." after an abbreviation ("TP.",
// "Tp.", "ThS.", "TS.", "PGS.", "Đ/c.", "KT.") or a capital initial ("Q.";
// not the Roman numerals I, V, X) ends none, nor do the dots of "15.5.2016"
// and "1.2". Where lines and paragraphs end sentences is line_layout.h's and
// mention_context.h's part.
//
// The helpers read UTF-8 at a byte offset and answer in bytes; an offset at
// or past the end reads as no character. Pure functions of their input;
// thread-safe.
#ifndef LEXGRAPH_INDEXER_SENTENCE_STOPS_H_
#define LEXGRAPH_INDEXER_SENTENCE_STOPS_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lexgraph::layout {

constexpr std::string_view kEllipsis = "…";

// The byte at s[i], 0 past the end.
inline unsigned char At(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}
inline bool HasAt(std::string_view s, std::size_t i, std::string_view what) {
  return i <= s.size() && s.substr(i).starts_with(what);
}
inline bool IsAsciiAlpha(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
inline bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// The code point at s[i] (negative when invalid); `*length` its bytes.
UChar32 CodePointAt(std::string_view s, std::size_t i, std::size_t* length);

enum class Case : std::uint8_t { kNone, kUpper, kLower };
Case CaseAt(std::string_view s, std::size_t i);
// Case of the character at s[i] after any opening quotes, before `end`.
Case FirstLetterCase(std::string_view s, std::size_t i, std::size_t end);

// Bytes of the white-space character at s[i] (NBSP and the Unicode spaces
// included), 0 when there is none.
std::size_t SpaceLength(std::string_view s, std::size_t i);
// Closing quotes and brackets (and emphasis) that may follow a full stop.
std::size_t CloserLength(std::string_view s, std::size_t i);
// Opening quotes and brackets (and emphasis) that may precede a sentence.
std::size_t OpenerLength(std::string_view s, std::size_t i);

// True when the "." at s[k] closes an abbreviation ("TP.", "ThS.", "Đ/c.")
// or a capital initial ("Q.", "P."; not the Roman numerals I, V, X).
bool IsAbbreviationBefore(std::string_view s, std::size_t k);

// A cheap first test of s[k] before MidLineStop: the first byte of a
// terminal ("…" starts with 0xE2).
inline bool IsCandidateTerminal(unsigned char c) {
  return c == '.' || c == '?' || c == '!' || c == ';' || c == 0xE2;
}

// A sentence end in the middle of a line: the terminal at s[k], closing
// quotes, white space, opening quotes, an upper-case letter, all before
// `line_end`. Sets `end` past the closing quotes and `next` to where the
// next sentence starts.
bool MidLineStop(std::string_view s, std::size_t k, std::size_t line_end, std::size_t* end,
                 std::size_t* next);

}  // namespace lexgraph::layout

#endif  // LEXGRAPH_INDEXER_SENTENCE_STOPS_H_
