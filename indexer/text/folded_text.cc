#include "folded_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>

#include "layout_noise.h"

namespace lexgraph {
namespace {

// Folded form of code points below kTableSize; beyond it letters fold to
// 'x' and the rest to '#'. 0 means "drop" (combining marks, zero-width).
constexpr UChar32 kTableSize = 0x3100;
constexpr char kDrop = 0;

char FoldCodePoint(UChar32 c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
    if (c == '\n' || c == '\f' || c == '\v') return '\n';
    if (c < 0x20 || c == 0x7f) return ' ';
    return static_cast<char>(c);
  }
  // Đ đ have no decomposition; Ð ð (eth) stand in for them in text
  // converted from old Vietnamese fonts.
  if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0) return 'd';
  if (c == 0x00AD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF) return kDrop;
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK)
    return kDrop;
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return '\n';
  if (u_isUWhiteSpace(c)) return ' ';
  if (type == U_DASH_PUNCTUATION || c == 0x2212) return '-';
  if (type == U_INITIAL_PUNCTUATION || type == U_FINAL_PUNCTUATION || c == 0x201E) return '"';
  if (c == 0x2026) return '.';
  if (c == 0x2044 || c == 0x2215 || c == 0xFF0F) return '/';
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString decomposed;
    nfd->normalize(icu::UnicodeString(c), decomposed, status);
    if (U_SUCCESS(status) && decomposed.length() > 0) {
      UChar32 base = decomposed.char32At(0);
      if (base < 0x80 && ((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z') ||
                          (base >= '0' && base <= '9')))
        return FoldCodePoint(base);
    }
  }
  if (u_isalpha(c)) return 'x';
  if (u_isdigit(c)) return static_cast<char>('0' + u_charDigitValue(c));
  return '^';  // other symbols (§, ©, emoji): not blanked like Markdown's '#'
}

const std::array<char, kTableSize>& FoldTable() {
  static const std::array<char, kTableSize> table = [] {
    std::array<char, kTableSize> t{};
    for (UChar32 c = 0; c < kTableSize; ++c) t[c] = FoldCodePoint(c);
    return t;
  }();
  return table;
}

char FoldAny(UChar32 c) {
  if (c >= 0 && c < kTableSize) return FoldTable()[c];
  if (c < 0) return '^';  // invalid sequence: cannot happen on decoded text
  return FoldCodePoint(c);
}

bool IsAscii(std::string_view s) {
  for (unsigned char ch : s)
    if (ch >= 0x80) return false;
  return true;
}

}  // namespace

FoldedText::FoldedText(std::string_view original) : original_(original) {
  const auto& table = FoldTable();
  if (IsAscii(original)) {
    folded_.resize(original.size());
    for (std::size_t i = 0; i < original.size(); ++i)
      folded_[i] = table[static_cast<unsigned char>(original[i])];
  } else {
    // Sized for the worst case (all ASCII) and trimmed after: the loop then
    // writes through indices, with no capacity checks.
    folded_.resize(original.size());
    offsets_.resize(original.size() + 1);
    const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
    int32_t length = static_cast<int32_t>(original.size());
    int32_t i = 0;
    std::size_t n = 0;
    while (i < length) {
      if (bytes[i] < 0x80) {
        folded_[n] = table[bytes[i]];
        offsets_[n++] = static_cast<uint32_t>(i++);
        continue;
      }
      int32_t start = i;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      char f = (c >= 0 && c < kTableSize) ? table[c] : FoldAny(c);
      if (f == kDrop) continue;
      folded_[n] = f;
      offsets_[n++] = static_cast<uint32_t>(start);
    }
    folded_.resize(n);
    offsets_.resize(n + 1);
    offsets_[n] = static_cast<uint32_t>(original.size());
  }
  BlankLayoutNoise();
}

void FoldedText::BlankLayoutNoise() {
  for (char& ch : folded_)
    if (ch == '*' || ch == '_' || ch == '#' || ch == '\\') ch = ' ';
  BlankMarkupTags();
  // Page-break markers ("--- PAGE BREAK ---") and a lone page number after
  // one would otherwise cut a mention that runs across pages.
  std::size_t pos = 0;
  while ((pos = folded_.find(kPageBreakWords, pos)) != std::string::npos) {
    std::size_t line_start = folded_.rfind('\n', pos);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    std::size_t line_end = folded_.find('\n', pos);
    if (line_end == std::string::npos) line_end = folded_.size();
    if (IsPageBreakMarker(std::string_view(folded_).substr(line_start, line_end - line_start))) {
      for (std::size_t k = line_start; k < line_end; ++k) folded_[k] = ' ';
      BlankPageNumberAfter(line_end);
    }
    pos = line_end;
  }
  JoinParagraphsResumedInSmallLetters();
}

// "... Luật Ban hành văn bản quy phạm pháp\n\nluật ngày 19 tháng 02 năm
// 2025": OCR split a paragraph where a justified line had wide gaps. A
// paragraph does not begin in small letters, so a blank line between a line
// that ends in a letter or digit and one that begins with a small letter is
// blanked to one line break.
void FoldedText::JoinParagraphsResumedInSmallLetters() {
  for (std::size_t pos = folded_.find('\n'); pos != std::string::npos;
       pos = folded_.find('\n', pos + 1)) {
    std::size_t next = pos + 1;
    while (next < folded_.size() && (folded_[next] == ' ' || folded_[next] == '\t')) ++next;
    if (next >= folded_.size() || folded_[next] != '\n') continue;  // no blank line
    std::size_t before = pos;
    while (before > 0 && (folded_[before - 1] == ' ' || folded_[before - 1] == '\t')) --before;
    if (before == 0 || !std::isalnum(static_cast<unsigned char>(folded_[before - 1]))) continue;
    std::size_t after = next;
    while (after < folded_.size() && IsFoldedSpace(folded_[after])) ++after;
    if (after >= folded_.size() || !std::isalpha(static_cast<unsigned char>(folded_[after])))
      continue;
    std::string_view letter = OriginalSlice(after, after + 1);
    UChar32 c = U_SENTINEL;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(letter.data()), i, static_cast<int32_t>(letter.size()),
            c);
    if (c < 0 || !u_islower(c)) continue;
    for (std::size_t k = pos + 1; k < after; ++k)
      if (folded_[k] == '\n') folded_[k] = ' ';
    pos = after - 1;
  }
}

// A page number standing alone within the three lines after a page-break
// marker's line, which ends at `line_end`. A short rule of dashes there
// ("--") goes with the marker too, as the folded text has always read it
// (extract/line_layout.h keeps such a rule as a separator).
void FoldedText::BlankPageNumberAfter(std::size_t line_end) {
  std::size_t k = line_end;
  int lines = 0;
  while (k < folded_.size() && lines < 3) {
    std::size_t next_end = folded_.find('\n', k + 1);
    if (next_end == std::string::npos) next_end = folded_.size();
    std::string_view line(folded_.data() + k + 1, next_end > k + 1 ? next_end - k - 1 : 0);
    bool blank = line.find_first_not_of(' ') == std::string_view::npos;
    bool rule = line.size() < 12 && line.find_first_not_of(" -") == std::string_view::npos &&
                line.find('-') != std::string_view::npos;
    if (IsPageNumber(line) || rule) {
      for (std::size_t m = k + 1; m < next_end; ++m) folded_[m] = ' ';
      break;
    }
    if (!blank) break;
    k = next_end;
    ++lines;
  }
}

// HTML tags kept in text exported from web pages and databases ("<p>BÁO
// CÁO</p><p>1. ...") are blanked; a block tag becomes a line break, so that
// lines read as the page shows them.
void FoldedText::BlankMarkupTags() {
  std::size_t pos = 0;
  while ((pos = folded_.find('<', pos)) != std::string::npos) {
    MarkupTag tag = MarkupTagAt(folded_, pos);
    // Two ways in which the folded text has always read tags differently
    // from extract/line_layout.h are kept: a tag of more than 256 bytes is
    // text, and <h5>, <h6> do not break the line.
    if (tag.length == 0 || tag.length > 256) {
      ++pos;
      continue;
    }
    bool block = tag.breaks_line && tag.name != "h5" && tag.name != "h6";
    for (std::size_t k = pos; k < pos + tag.length; ++k) folded_[k] = ' ';
    if (block) folded_[pos] = '\n';
    pos += tag.length;
  }
}

std::string Fold(std::string_view text) {
  // The same folding as FoldedText, without offsets or layout blanking
  // (which only matter for whole documents) except Markdown marks.
  const auto& table = FoldTable();
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    if (bytes[i] < 0x80) {
      c = bytes[i++];
    } else {
      U8_NEXT(bytes, i, length, c);
    }
    char f = (c >= 0 && c < kTableSize) ? table[c] : FoldAny(c);
    if (f == kDrop) continue;
    if (f == '*' || f == '_' || f == '#' || f == '\\') f = ' ';
    out += f;
  }
  return out;
}

std::string FoldedLetters(std::string_view text) {
  std::string folded = Fold(text);
  std::string out;
  for (char c : folded)
    if (c >= 'a' && c <= 'z') out += c;
  return out;
}

}  // namespace lexgraph
