#include "sentence_stops.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "folded_text.h"

namespace lexgraph::layout {
namespace {

// Bytes of ". ? ! ;" or "…" at s[i], 0 for anything else.
std::size_t TerminalLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == '.' || c == '?' || c == '!' || c == ';') return 1;
  return HasAt(s, i, kEllipsis) ? kEllipsis.size() : 0;
}

// Abbreviations that a "." follows without ending a sentence, folded.
constexpr std::string_view kAbbreviations[] = {
    "tp",  "tx",  "tt",  "ts", "ths", "th", "pgs", "gs", "bs",  "ks", "cn",
    "ncs", "d/c", "v/v", "kt", "tm",  "tl", "tuq", "tr", "nxb", "dt", "vd",
};

}  // namespace

UChar32 CodePointAt(std::string_view s, std::size_t i, std::size_t* length) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + i);
  int32_t n = static_cast<int32_t>(std::min<std::size_t>(s.size() - i, 4));
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(bytes, k, n, c);
  *length = static_cast<std::size_t>(k);
  return c;
}

std::size_t SpaceLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && At(s, i + 1) == 0xA0) return 2;
  if (c == 0xE2 && At(s, i + 1) == 0x80) {
    unsigned char c2 = At(s, i + 2);
    if ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) return 3;
  }
  if (c == 0xE2 && At(s, i + 1) == 0x81 && At(s, i + 2) == 0x9F) return 3;
  if (c == 0xE3 && At(s, i + 1) == 0x80 && At(s, i + 2) == 0x80) return 3;
  return 0;
}

std::size_t CloserLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') return 1;
  if (HasAt(s, i, "”") || HasAt(s, i, "’")) return 3;
  if (HasAt(s, i, "»")) return 2;
  return 0;
}

std::size_t OpenerLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' || c == '_') return 1;
  if (HasAt(s, i, "“") || HasAt(s, i, "‘")) return 3;
  if (HasAt(s, i, "«")) return 2;
  return 0;
}

Case CaseAt(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return Case::kUpper;
    if (c >= 'a' && c <= 'z') return Case::kLower;
    return Case::kNone;
  }
  std::size_t length;
  UChar32 cp = CodePointAt(s, i, &length);
  if (cp < 0) return Case::kNone;
  if (u_isupper(cp) || u_istitle(cp)) return Case::kUpper;
  if (u_islower(cp)) return Case::kLower;
  return Case::kNone;
}

Case FirstLetterCase(std::string_view s, std::size_t i, std::size_t end) {
  while (i < end) {
    std::size_t n = OpenerLength(s, i);
    if (n == 0) break;
    i += n;
  }
  return i < end ? CaseAt(s, i) : Case::kNone;
}

bool IsAbbreviationBefore(std::string_view s, std::size_t k) {
  std::size_t b = k;
  while (b > 0 && k - b < 12) {
    unsigned char c = At(s, b - 1);
    if (!IsAsciiAlpha(c) && c != '/' && c < 0x80) break;
    --b;
  }
  if (b == k || (b > 0 && (IsAsciiAlpha(At(s, b - 1)) || At(s, b - 1) >= 0x80))) return false;
  std::string_view token = s.substr(b, k - b);
  std::size_t length;
  UChar32 cp = CodePointAt(s, b, &length);
  if (length == token.size()) return cp != 'I' && cp != 'V' && cp != 'X' && u_isupper(cp);
  std::string folded = Fold(token);
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), folded) !=
         std::end(kAbbreviations);
}

bool MidLineStop(std::string_view s, std::size_t k, std::size_t line_end, std::size_t* end,
                 std::size_t* next) {
  std::size_t n = TerminalLength(s, k);
  if (n == 0 || (s[k] == '.' && IsAbbreviationBefore(s, k))) return false;
  std::size_t p = k + n;
  while (p < line_end) {
    std::size_t c = CloserLength(s, p);
    if (c == 0) break;
    p += c;
  }
  std::size_t q = p;
  while (q < line_end) {
    std::size_t w = SpaceLength(s, q);
    if (w == 0) break;
    q += w;
  }
  if (q == p || q >= line_end || FirstLetterCase(s, q, line_end) != Case::kUpper) return false;
  *end = p;
  *next = q;
  return true;
}

}  // namespace lexgraph::layout
