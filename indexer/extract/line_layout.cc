#include "line_layout.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "layout_noise.h"

namespace lexgraph::layout {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

bool HasLetterOrDigit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = At(s, i);
    if (c < 0x80) {
      if (IsAsciiAlpha(c) || IsAsciiDigit(c)) return true;
      ++i;
      continue;
    }
    std::size_t length;
    UChar32 cp = CodePointAt(s, i, &length);
    if (cp >= 0 && u_isalnum(cp)) return true;
    i += std::max<std::size_t>(length, 1);
  }
  return false;
}

// At least two letters, none of them lower case.
bool IsAllUpper(std::string_view s) {
  int letters = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = At(s, i);
    std::size_t length = 1;
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') ++letters;
    } else {
      UChar32 cp = CodePointAt(s, i, &length);
      length = std::max<std::size_t>(length, 1);
      if (cp >= 0 && u_isalpha(cp)) {
        if (u_islower(cp)) return false;
        ++letters;
      }
    }
    i += length;
  }
  return letters >= 2;
}

// Bytes of a bullet ("- ", "+ ", "* ", "• ", "– ") at s[i], without the space.
std::size_t BulletLength(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t n = 0;
  unsigned char c = At(s, i);
  if (c == '-' || c == '+' || c == '*') {
    n = 1;
  } else {
    for (std::string_view b : {"•", "–", "—", "·"})
      if (HasAt(s, i, b)) n = b.size();
  }
  return n > 0 && i + n < end && (s[i + n] == ' ' || s[i + n] == '\t') ? n : 0;
}

// The marker parsers return the bytes of the marker ("2.1." of "2.1. Về
// ..."), without the space after it, or 0.

// "I. ", "II) ", "IV - ": a Roman-numeral section.
std::size_t RomanMarker(std::string_view s) {
  std::size_t j = 0;
  while (j < s.size() && j < 6 && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X')) ++j;
  if (j == 0 || j == s.size()) return 0;
  char c = s[j];
  if (c == '.' || c == ')' || c == ':' || c == '/')
    return j + 1 == s.size() || s[j + 1] == ' ' || s[j + 1] == '\t' ? j + 1 : 0;
  if (c != ' ') return 0;
  for (std::string_view dash : {"- ", "– "})
    if (HasAt(s, j + 1, dash)) return j + dash.size();
  return 0;
}

// "1. ", "2.1. ", "2.1 ", "3) ", "4/ ": a numbered item or section.
std::size_t NumberedMarker(std::string_view s) {
  std::size_t j = 0;
  bool inner_dot = false;
  while (true) {
    std::size_t d = j;
    while (j < s.size() && IsAsciiDigit(At(s, j))) ++j;
    if (j == d || j - d > 2) return 0;
    if (At(s, j) == '.' && IsAsciiDigit(At(s, j + 1))) {
      ++j;
      inner_dot = true;
      continue;
    }
    break;
  }
  unsigned char c = At(s, j);
  if (c == '.' || c == ')' || c == '/') {
    ++j;
  } else if (!inner_dot) {
    return 0;
  }
  return At(s, j) == ' ' || At(s, j) == '\t' ? j : 0;
}

// "a) ", "đ) ", "b. ", "A. ": a lettered item or section.
std::size_t LetteredMarker(std::string_view s) {
  std::size_t n = 0;
  if (IsAsciiAlpha(At(s, 0))) {
    n = 1;
  } else if (s.starts_with("đ") || s.starts_with("Đ")) {
    n = 2;
  } else {
    return 0;
  }
  return (At(s, n) == ')' || At(s, n) == '.') && (At(s, n + 1) == ' ' || At(s, n + 1) == '\t')
             ? n + 1
             : 0;
}

// "Điều 1.", "Phần thứ nhất", "PHẦN II", "Chương I", "Mục 2".
std::size_t ArticleMarker(std::string_view s) {
  struct Lead {
    std::string_view word;
    int kind;  // 0: a number follows; 1: "thứ" or a number follows; 2: a number or numeral
  };
  static constexpr Lead kLeads[] = {{"Điều", 0},   {"ĐIỀU", 0},   {"Phần", 1}, {"PHẦN", 1},
                                    {"Chương", 2}, {"CHƯƠNG", 2}, {"Mục", 2},  {"MỤC", 2}};
  for (const Lead& lead : kLeads) {
    if (!s.starts_with(lead.word) || At(s, lead.word.size()) != ' ') continue;
    std::size_t from = lead.word.size() + 1;
    std::string_view rest = s.substr(from);
    if (lead.kind == 1) {
      for (std::string_view th : {"thứ ", "Thứ ", "THỨ "})
        if (rest.starts_with(th)) return from + th.size() - 1;
    }
    std::size_t k = 0;
    while (k < rest.size() &&
           (IsAsciiDigit(At(rest, k)) ||
            (lead.kind != 0 && std::string_view("IVXLC").find(rest[k]) != kNpos)))
      ++k;
    if (k == 0) return 0;
    // "Điều 5." but not "Điều 30 đến Điều 41" at the start of a wrapped line;
    // "PHẦN I" alone, "Chương II." or "Mục 1 - ...".
    if (At(rest, k) == '.' || At(rest, k) == ':') return from + k + 1;
    if (lead.kind == 0) return 0;
    if (k == rest.size()) return from + k;
    for (std::string_view dash : {" - ", " – "})
      if (HasAt(rest, k, dash)) return from + k;
    return 0;
  }
  return 0;
}

}  // namespace

Kind AnalyzeLine(std::string_view text, std::size_t begin, std::size_t raw_end, std::size_t* start,
                 std::size_t* marker_end, std::size_t* end, LineInfo* info) {
  std::size_t e = raw_end;
  while (e > begin) {
    unsigned char c = At(text, e - 1);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      --e;
    } else if (c == 0xA0 && e - 1 > begin && At(text, e - 2) == 0xC2) {
      e -= 2;
    } else {
      break;
    }
  }
  std::size_t i = begin;
  while (i < e) {
    std::size_t w = SpaceLength(text, i);
    if (w == 0) break;
    i += w;
  }
  *start = *marker_end = *end = begin;
  if (i >= e) return Kind::kBlank;
  info->raw = text.substr(i, e - i);
  if (IsPageBreakMarker(info->raw)) return Kind::kPageBreak;
  auto skip_spaces = [&](std::size_t k) {
    while (k < e && (text[k] == ' ' || text[k] == '\t')) ++k;
    return k;
  };
  std::size_t h = i;
  while (h < e && text[h] == '#' && h - i < 6) ++h;
  if (h > i && h < e && (text[h] == ' ' || text[h] == '\t')) {
    info->markdown_heading = true;
    i = skip_spaces(h);
  }
  if (std::size_t bullet = BulletLength(text, i, e)) {
    info->marker = Marker::kBullet;
    i = skip_spaces(i + bullet);
  } else if (text[i] == '|') {
    info->marker = Marker::kTable;
  }
  *start = *marker_end = i;
  *end = e;
  auto is_mark = [](char c) { return c == '*' || c == '_' || c == '\\' || c == ' ' || c == '\t'; };
  std::size_t b = i, z = e;
  while (b < z) {  // marks and inline tags ("<b>", "</strong>") at both ends
    std::size_t tag = MarkupTagAt(text, b).length;
    if (is_mark(text[b])) {
      ++b;
    } else if (tag > 0 && b + tag <= z) {
      b += tag;
    } else {
      break;
    }
  }
  while (z > b) {
    std::size_t lt = text[z - 1] == '>' ? text.substr(b, z - b).rfind('<') : kNpos;
    if (is_mark(text[z - 1])) {
      --z;
    } else if (lt != kNpos && MarkupTagAt(text, b + lt).length == z - b - lt) {
      z = b + lt;
    } else {
      break;
    }
  }
  std::string_view body = text.substr(b, z - b);
  info->body = body;
  if (!HasLetterOrDigit(body)) return Kind::kSeparator;
  std::string_view wrapped = text.substr(i, e - i);
  info->bold = (wrapped.starts_with("**") || wrapped.starts_with("__")) &&
               (wrapped.ends_with("**") || wrapped.ends_with("__")) &&
               wrapped.size() >= body.size() + 4 && body.find("**") == kNpos &&
               body.find("__") == kNpos;
  // The marker, also after an opening quote ("\"2. Thời gian ..."): its
  // dot ends no sentence.
  std::size_t quote = 0;
  while (std::size_t n = OpenerLength(body, quote)) quote += n;
  std::string_view rest = body.substr(quote);
  Marker kind = Marker::kRoman;
  std::size_t marker = RomanMarker(rest);
  if (marker == 0 && (marker = NumberedMarker(rest))) kind = Marker::kNumbered;
  if (marker == 0 && (marker = LetteredMarker(rest))) kind = Marker::kLettered;
  if (marker == 0 && (marker = ArticleMarker(rest))) kind = Marker::kArticle;
  *marker_end = marker == 0 ? i : static_cast<std::size_t>(rest.data() - text.data()) + marker;
  if (marker > 0 && quote == 0 && info->marker == Marker::kNone) info->marker = kind;
  if (info->marker == Marker::kTable) *marker_end = e;  // a table row is read whole
  std::size_t last = body.size();
  while (last > 0) {
    std::size_t n = 0;
    for (std::string_view closer : {")", "\"", "'", "]", "”", "’", "»"})
      if (body.substr(0, last).ends_with(closer)) n = closer.size();
    if (n == 0) break;
    last -= n;
  }
  if (last > 0) {
    char c = body[last - 1];
    if (c == ':') {
      info->ends_colon = true;
    } else if (c == ',') {
      info->ends_punct = true;
    } else if (c == '.' || c == '?' || c == '!' || c == ';' ||
               body.substr(0, last).ends_with(kEllipsis)) {
      info->ends_punct = true;
      info->ends_terminal = !(c == '.' && IsAbbreviationBefore(body, last - 1));
    }
  }
  info->first = FirstLetterCase(body, 0, body.size());
  info->all_upper = body.size() <= kMaxUpperHeading && IsAllUpper(body);
  return Kind::kContent;
}

// True when `b` goes on with the paragraph of `a` across `gap`.
bool Joined(const LineInfo& a, const LineInfo& b, Gap gap) {
  if (b.marker != Marker::kNone || b.markdown_heading) return false;
  switch (gap) {
    case Gap::kNone:
      return true;
    case Gap::kBlank:  // "sự đoàn kết,\n\nthống nhất": a paragraph never starts in lower case
      return !a.ends_terminal && !a.ends_colon && b.first == Case::kLower;
    case Gap::kPageBreak:
      return !a.ends_terminal && !a.ends_colon && !b.all_upper;
    case Gap::kSeparator:
      break;
  }
  return false;
}

}  // namespace lexgraph::layout
