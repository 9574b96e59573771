#include "mention_context.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "folded_text.h"

namespace lexgraph {
namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::size_t kNpos = std::string_view::npos;

// Line flags.
constexpr std::uint8_t kSkip = 1;         // blank, separator or page-break line: no content
constexpr std::uint8_t kBreakBefore = 2;  // no sentence runs into this line from the one before

// Limits of the heading rules, in bytes of the line without its marks.
constexpr std::size_t kMaxNumberedHeading = 150;
constexpr std::size_t kMaxUpperHeading = 120;
constexpr std::size_t kMaxShortLine = 80;  // a line this short ended its paragraph
constexpr std::size_t kMaxHeadingBlock = 600;
constexpr int kMaxHeadingLines = 4;
// How far a word-boundary cut may move from the character-boundary cut.
constexpr std::size_t kWordSnap = 16;

enum class Kind : std::uint8_t { kContent, kBlank, kSeparator, kPageBreak };
enum class Marker : std::uint8_t { kNone, kBullet, kTable, kNumbered, kLettered, kRoman, kArticle };
enum class Case : std::uint8_t { kNone, kUpper, kLower };
// What lies between two content lines; a later value wins over an earlier.
enum class Gap : std::uint8_t { kNone, kBlank, kPageBreak, kSeparator };

// What the constructor learns of one line; kept only while it runs.
struct LineInfo {
  std::string_view raw;   // the line without indentation and trailing spaces
  std::string_view body;  // without "#" marks, bullet, emphasis and spaces at both ends
  Marker marker = Marker::kNone;
  bool markdown_heading = false;
  bool bold = false;           // wholly in ** or __
  bool ends_terminal = false;  // ends a sentence (". ? ! ; …", not after an abbreviation)
  bool ends_punct = false;     // ends with . ? ! ; … or , (closing quotes and brackets aside)
  bool ends_colon = false;
  bool all_upper = false;    // short, at least two letters, none lower case
  Case first = Case::kNone;  // case of the first letter, after opening quotes
};

bool IsAsciiAlpha(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }
unsigned char At(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}
bool HasAt(std::string_view s, std::size_t i, std::string_view what) {
  return i <= s.size() && s.substr(i).starts_with(what);
}

std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

UChar32 CodePointAt(std::string_view s, std::size_t i, std::size_t* length) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + i);
  int32_t n = static_cast<int32_t>(std::min<std::size_t>(s.size() - i, 4));
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(bytes, k, n, c);
  *length = static_cast<std::size_t>(k);
  return c;
}

// Bytes of the white-space character at s[i] (NBSP and the Unicode spaces
// included), 0 when there is none.
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

// Zero-width characters and the soft hyphen: dropped from the output.
std::size_t InvisibleLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == 0xC2 && At(s, i + 1) == 0xAD) return 2;
  if (c == 0xE2 && At(s, i + 1) == 0x80 && At(s, i + 2) >= 0x8B && At(s, i + 2) <= 0x8D) return 3;
  if (c == 0xEF && At(s, i + 1) == 0xBB && At(s, i + 2) == 0xBF) return 3;
  return 0;
}

// Closing quotes and brackets (and emphasis) that may follow a full stop.
std::size_t CloserLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') return 1;
  if (HasAt(s, i, "”") || HasAt(s, i, "’")) return 3;
  if (HasAt(s, i, "»")) return 2;
  return 0;
}

// Opening quotes and brackets (and emphasis) that may precede a sentence.
std::size_t OpenerLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' || c == '_') return 1;
  if (HasAt(s, i, "“") || HasAt(s, i, "‘")) return 3;
  if (HasAt(s, i, "«")) return 2;
  return 0;
}

// Bytes of ". ? ! ;" or "…" at s[i], 0 for anything else.
std::size_t TerminalLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == '.' || c == '?' || c == '!' || c == ';') return 1;
  return HasAt(s, i, kEllipsis) ? kEllipsis.size() : 0;
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

// Case of the character at s[i] after any opening quotes, before `end`.
Case FirstLetterCase(std::string_view s, std::size_t i, std::size_t end) {
  while (i < end) {
    std::size_t n = OpenerLength(s, i);
    if (n == 0) break;
    i += n;
  }
  return i < end ? CaseAt(s, i) : Case::kNone;
}

// Abbreviations that a "." follows without ending a sentence, folded.
constexpr std::string_view kAbbreviations[] = {
    "tp",  "tx",  "tt",  "ts", "ths", "th", "pgs", "gs", "bs",  "ks", "cn",
    "ncs", "d/c", "v/v", "kt", "tm",  "tl", "tuq", "tr", "nxb", "dt", "vd",
};

// True when the "." at s[k] closes an abbreviation ("TP.", "ThS.", "Đ/c.")
// or a capital initial ("Q.", "P."; not the Roman numerals I, V, X).
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

// A sentence end in the middle of a line: the terminal at s[k], closing
// quotes, white space, opening quotes, an upper-case letter. Sets `end` past
// the closing quotes and `next` to where the next sentence starts.
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

bool IsCandidateTerminal(unsigned char c) {
  return c == '.' || c == '?' || c == '!' || c == ';' || c == 0xE2;
}

// The letters of Fold(text), without spaces and marks: "cong hoa xa hoi".
std::string FoldedLetters(std::string_view text) {
  std::string folded = Fold(text);
  std::string out;
  for (char c : folded)
    if (c >= 'a' && c <= 'z') out += c;
  return out;
}

// The national motto lines, and the Party's, which head every document.
bool IsMotto(std::string_view body) {
  std::string letters = FoldedLetters(body);
  return letters.find("conghoaxahoichunghiavietnam") != std::string::npos ||
         letters.find("doclaptudohanhphuc") != std::string::npos ||
         letters.find("dangcongsanvietnam") != std::string::npos;
}

// A line that opens an enumeration ("1. Sửa đổi khoản 2 Điều 5 như sau:").
bool EndsLikeIntro(const LineInfo& line) {
  if (!line.ends_colon) return false;
  std::string_view body = line.body;
  std::size_t from = body.size() > 24 ? body.size() - 24 : 0;
  while (from < body.size() && IsContinuationByte(At(body, from))) ++from;
  std::string letters = FoldedLetters(body.substr(from));
  return letters.ends_with("nhusau") || letters.ends_with("sauday");
}

// The title of a document ("BÁO CÁO", "QUYẾT ĐỊNH"), whose subject follows it.
bool IsTitle(const LineInfo& line) {
  static constexpr std::string_view kTitles[] = {
      "baocao",  "quyetdinh", "kehoach", "thongbao",    "huongdan", "totrinh", "nghiquyet",
      "chithi",  "congvan",   "dean",    "chuongtrinh", "quydinh",  "quyche",  "ketluan",
      "thongtu", "nghidinh",  "bienban", "phuongan",    "dieule",   "giaymoi", "luat",
  };
  if (!line.all_upper || line.ends_colon || line.body.size() > 40) return false;
  std::string letters = FoldedLetters(line.body);
  return std::find(std::begin(kTitles), std::end(kTitles), letters) != std::end(kTitles);
}

// Bytes of the HTML tag at s[i] ("<p>", "</p>", "<br/>", "<span class=x>"),
// 0 when there is none. Sets `block` for a tag that breaks the line and
// `paragraph` for one that also ends a paragraph (all of them but <br>).
std::size_t TagLength(std::string_view s, std::size_t i, bool* block = nullptr,
                      bool* paragraph = nullptr) {
  if (At(s, i) != '<') return 0;
  std::size_t j = i + 1;
  if (At(s, j) == '/') ++j;
  std::size_t name_begin = j;
  while (IsAsciiAlpha(At(s, j)) || IsAsciiDigit(At(s, j))) ++j;
  if (j == name_begin || !IsAsciiAlpha(At(s, name_begin))) return 0;
  if (At(s, j) != '>' && At(s, j) != ' ' && At(s, j) != '/') return 0;
  std::size_t close = s.substr(j, 256).find('>');
  if (close == kNpos || s.substr(i + 1, j + close - i - 1).find('<') != kNpos) return 0;
  close += j;
  std::string name(s.substr(name_begin, j - name_begin));
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  static constexpr std::string_view kBlocks[] = {"p",  "br",    "div", "li", "tr", "td",
                                                 "th", "h1",    "h2",  "h3", "h4", "h5",
                                                 "h6", "table", "ul",  "ol"};
  bool is_block = std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
  if (block != nullptr) *block = is_block;
  if (paragraph != nullptr) *paragraph = is_block && name != "br";
  return close + 1 - i;
}

bool IsPageBreakMarker(std::string_view line) {
  std::size_t b = line.find_first_not_of("-=*_ \t");
  std::size_t e = line.find_last_not_of("-=*_ \t");
  if (b == kNpos || e - b + 1 != 10) return false;
  static constexpr std::string_view kMarker = "page break";
  for (std::size_t i = 0; i < kMarker.size(); ++i) {
    char c = line[b + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kMarker[i]) return false;
  }
  return true;
}

bool IsPageNumber(std::string_view line) {
  return line.size() < 12 && line.find_first_not_of("0123456789 -") == kNpos &&
         line.find_first_of("0123456789") != kNpos;
}

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

// Reads the line [begin, raw_end): where its content starts and ends, and
// what kind of line it is.
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
    std::size_t tag = TagLength(text, b);
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
    } else if (lt != kNpos && TagLength(text, b + lt) == z - b - lt) {
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

// `text` cut to at most `max_bytes` bytes at its end, "…" marking the cut.
std::string CutEnd(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  if (max_bytes < kEllipsis.size()) return "";
  std::size_t y = max_bytes - kEllipsis.size();
  while (y > 0 && IsContinuationByte(At(text, y))) --y;
  if (At(text, y) != ' ') {
    std::size_t space = text.rfind(' ', y);
    if (space != std::string::npos && space > 0 && y - space <= kWordSnap) y = space;
  }
  while (y > 0 && text[y - 1] == ' ') --y;
  text.resize(y);
  text += kEllipsis;
  return text;
}

}  // namespace

struct MentionContext::Cleaned {
  std::string text;
  std::size_t mark_begin = 0;  // where the marked span starts and ends in `text`
  std::size_t mark_end = 0;
};

MentionContext::MentionContext(std::string_view text, Reading reading) : text_(text) {
  std::vector<LineInfo> info;
  std::vector<Kind> kinds;
  int page_number_window = 0;  // lines after a page-break marker that may hold the page number
  for (std::size_t pos = 0;;) {
    // The line ends at a new line or at an HTML block tag ("<p>", "<br>").
    std::size_t newline = text.find('\n', pos);
    std::size_t raw_end = newline == kNpos ? text.size() : newline;
    std::size_t next = newline == kNpos ? kNpos : newline + 1;
    bool paragraph = false;
    std::string_view upto = text.substr(0, raw_end);
    for (std::size_t q = pos; (q = upto.find('<', q)) != kNpos;) {
      bool block = false;
      std::size_t tag = TagLength(text, q, &block, &paragraph);
      if (block) {
        raw_end = q;
        next = q + tag;
        break;
      }
      q += std::max<std::size_t>(tag, 1);
    }
    Line line;
    line.begin = pos;
    LineInfo li;
    Kind kind = AnalyzeLine(text, pos, raw_end, &line.start, &line.marker_end, &line.end, &li);
    if (kind == Kind::kPageBreak) {
      page_number_window = 3;
    } else if (page_number_window > 0) {
      if (kind == Kind::kBlank) {
        --page_number_window;
      } else {
        if (IsPageNumber(li.raw)) kind = Kind::kPageBreak;
        page_number_window = 0;
      }
    }
    if (kind != Kind::kContent) line.flags |= kSkip;
    lines_.push_back(line);
    info.push_back(li);
    kinds.push_back(kind);
    if (paragraph) {  // a paragraph tag reads as a blank line
      Line blank;
      blank.begin = blank.start = blank.marker_end = blank.end = raw_end;
      blank.flags = kSkip;
      lines_.push_back(blank);
      info.emplace_back();
      kinds.push_back(Kind::kBlank);
    }
    if (next == kNpos) break;
    pos = next;
  }

  // The content lines, and what lies between each and the one before.
  std::vector<std::size_t> content;
  std::vector<Gap> gaps;
  Gap gap = Gap::kNone;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    Gap here = kinds[i] == Kind::kBlank       ? Gap::kBlank
               : kinds[i] == Kind::kPageBreak ? Gap::kPageBreak
               : kinds[i] == Kind::kSeparator ? Gap::kSeparator
                                              : Gap::kNone;
    if (kinds[i] != Kind::kContent) {
      gap = std::max(gap, here);
      continue;
    }
    content.push_back(i);
    gaps.push_back(gap);
    gap = Gap::kNone;
  }
  auto at = [&](std::size_t j) -> const LineInfo& { return info[content[j]]; };
  auto joined = [&](std::size_t j) { return Joined(at(j - 1), at(j), gaps[j]); };
  auto stands_alone = [&](std::size_t j) {
    if (j + 1 == content.size() || !joined(j + 1)) return true;
    return gaps[j + 1] == Gap::kNone && at(j + 1).first == Case::kUpper &&
           at(j).body.size() <= kMaxShortLine;
  };
  auto is_heading_start = [&](std::size_t j) {
    const LineInfo& a = at(j);
    if (a.marker == Marker::kBullet || a.marker == Marker::kTable) return false;
    std::size_t n = a.body.size();
    bool heading = a.markdown_heading || a.marker == Marker::kArticle;
    if (!heading && a.marker == Marker::kRoman)
      heading = !(n > kMaxNumberedHeading && (a.ends_punct || a.ends_colon));
    if (!heading && (a.marker == Marker::kNumbered || a.marker == Marker::kLettered))
      heading = n <= kMaxNumberedHeading && !a.ends_punct && !EndsLikeIntro(a) && stands_alone(j);
    // A line in capitals, unless it is one of the lines of a paragraph: a
    // paragraph goes on from it in lower case, or a long line that ends no
    // sentence runs into it ("... và Thông tư số\n105/2020/TT-BTC.").
    if (!heading && a.all_upper) {
      bool goes_on = j + 1 < content.size() && gaps[j + 1] == Gap::kNone && joined(j + 1) &&
                     at(j + 1).first == Case::kLower;
      bool runs_in = j > 0 && gaps[j] == Gap::kNone && joined(j) && !at(j - 1).ends_terminal &&
                     !at(j - 1).ends_colon && !at(j - 1).all_upper &&
                     at(j - 1).body.size() > kMaxShortLine;
      heading = !goes_on && !runs_in;
    }
    if (!heading && a.bold) heading = n <= kMaxUpperHeading && !a.ends_punct && stands_alone(j);
    return heading && !IsMotto(a.body);
  };

  // Heading blocks: a heading line, with the lines it wraps onto.
  std::vector<int> block(content.size(), -1);
  int blocks = 0;
  for (std::size_t j = 0; j < content.size(); ++j) {
    if (block[j] >= 0 || !is_heading_start(j)) continue;
    int id = blocks++;
    block[j] = id;
    std::size_t last = j;
    std::size_t bytes = at(j).body.size();
    bool title = IsTitle(at(j));
    bool upper = at(j).all_upper;
    for (int count = 1;
         count < kMaxHeadingLines && last + 1 < content.size() && gaps[last + 1] == Gap::kNone;
         ++count) {
      const LineInfo& b = at(last + 1);
      if (b.marker != Marker::kNone || b.markdown_heading ||
          bytes + b.body.size() > kMaxHeadingBlock)
        break;
      bool merge = (upper && b.all_upper) || (title && !b.ends_terminal && !b.ends_colon);
      if (!merge || IsMotto(b.body)) break;
      block[++last] = id;
      bytes += b.body.size();
    }
    if (reading == Reading::kSentences) continue;
    std::string heading =
        Clean(lines_[content[j]].start, lines_[content[last]].end, kNpos, kNpos).text;
    headings_.push_back({lines_[content[j]].begin, CutEnd(std::move(heading), kMaxHeadingBytes)});
  }

  for (std::size_t j = 0; j < content.size(); ++j) {
    Line& line = lines_[content[j]];
    if (j == 0) {
      line.flags |= kBreakBefore;
      continue;
    }
    if (block[j] >= 0 && block[j] == block[j - 1]) continue;
    if (!joined(j) || at(j - 1).ends_terminal || block[j - 1] >= 0 || block[j] >= 0)
      line.flags |= kBreakBefore;
  }
}

std::size_t MentionContext::LineOf(std::size_t offset) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                             [](std::size_t o, const Line& line) { return o < line.begin; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

std::size_t MentionContext::SentenceStart(std::size_t begin, std::size_t limit, bool& cut) const {
  std::size_t floor = begin > limit ? begin - limit : 0;
  std::size_t li = LineOf(begin);
  if (lines_[li].flags & kSkip) return begin;
  std::size_t hi = begin;
  while (true) {
    const Line& line = lines_[li];
    if (!(line.flags & kSkip)) {
      std::size_t lo = std::max(line.marker_end, floor);
      for (std::size_t k = std::min(hi, line.end); k > lo; --k) {
        std::size_t end, next;
        if (IsCandidateTerminal(At(text_, k - 1)) &&
            MidLineStop(text_, k - 1, line.end, &end, &next))
          return std::min(next, begin);
      }
      if (floor > line.start) {
        cut = true;
        while (floor < begin && IsContinuationByte(At(text_, floor))) ++floor;
        return std::min(floor, begin);
      }
      if (line.flags & kBreakBefore) return std::min(line.start, begin);
    }
    if (li == 0) return std::min(line.start, begin);
    --li;
    hi = lines_[li].end;
  }
}

std::size_t MentionContext::SentenceEnd(std::size_t begin, std::size_t end, std::size_t limit,
                                        bool& cut) const {
  std::size_t ceiling = text_.size() - end > limit ? end + limit : text_.size();
  std::size_t li = LineOf(end > begin ? end - 1 : end);  // the line of the mention's last byte
  if (lines_[li].flags & kSkip) return end;
  std::size_t lo = end;
  while (true) {
    const Line& line = lines_[li];
    std::size_t hi = std::min(line.end, ceiling);
    for (std::size_t k = std::max(lo, line.marker_end); k < hi; ++k) {
      std::size_t stop, next;
      if (IsCandidateTerminal(At(text_, k)) && MidLineStop(text_, k, line.end, &stop, &next))
        return std::max(stop, end);
    }
    if (ceiling < line.end) {
      cut = true;
      while (ceiling > end && IsContinuationByte(At(text_, ceiling))) --ceiling;
      return ceiling;
    }
    std::size_t n = li + 1;
    while (n < lines_.size() && (lines_[n].flags & kSkip)) ++n;
    if (n == lines_.size() || (lines_[n].flags & kBreakBefore)) return std::max(line.end, end);
    li = n;
    lo = lines_[n].start;
  }
}

MentionContext::Cleaned MentionContext::Clean(std::size_t begin, std::size_t end,
                                              std::size_t mark_begin, std::size_t mark_end) const {
  Cleaned out;
  std::string& s = out.text;
  std::size_t mb = kNpos, me = kNpos;
  bool pending_space = false;
  for (std::size_t li = LineOf(begin); li < lines_.size() && lines_[li].begin < end; ++li) {
    const Line& line = lines_[li];
    if (line.flags & kSkip) continue;
    std::size_t seg_end = std::min(end, line.end);
    for (std::size_t i = std::max(begin, line.start); i < seg_end;) {
      unsigned char c = At(text_, i);
      if (c == '*' || c == '_') {
        ++i;
        continue;
      }
      if (std::size_t tag = TagLength(text_, i)) {
        i = std::min(i + tag, seg_end);
        continue;
      }
      if (c == '\\' &&
          (i + 1 == seg_end || (At(text_, i + 1) < 0x80 && std::ispunct(At(text_, i + 1))))) {
        ++i;
        continue;
      }
      if (std::size_t w = SpaceLength(text_, i)) {
        pending_space = true;
        i += w;
        continue;
      }
      if (std::size_t z = InvisibleLength(text_, i)) {
        i += z;
        continue;
      }
      if (me == kNpos && i >= mark_end) me = s.size();
      if (pending_space && !s.empty()) s += ' ';
      pending_space = false;
      if (mb == kNpos && i >= mark_begin) mb = s.size();
      std::size_t n = std::min(Utf8Length(c), seg_end - i);
      s.append(text_.substr(i, n));
      i += n;
    }
    pending_space = true;  // the line break
  }
  out.mark_begin = mb == kNpos ? s.size() : mb;
  out.mark_end = std::max(me == kNpos ? s.size() : me, out.mark_begin);
  return out;
}

namespace {

// Cuts `t` to `max_bytes` around its mark [ma, mz), "…" marking each cut;
// `force_left` / `force_right` ask for a mark where the scan stopped early.
MentionContext::Sentence FitAround(const std::string& t, std::size_t ma, std::size_t mz,
                                   std::size_t max_bytes, bool force_left, bool force_right) {
  if (!force_left && !force_right && t.size() <= max_bytes) return {t, ma, mz};
  const std::size_t mark = kEllipsis.size();
  std::size_t m = mz - ma, left = ma, right = t.size() - mz;
  bool cut_left = force_left, cut_right = force_right;
  std::size_t keep_left = 0, keep_right = 0;
  bool fits = false;
  for (int round = 0; round < 3; ++round) {
    std::size_t reserve = mark * (cut_left + cut_right);
    if (m + reserve > max_bytes) break;
    std::size_t budget = max_bytes - m - reserve;
    keep_left = std::min(left, budget - budget / 2);
    keep_right = std::min(right, budget - keep_left);
    keep_left = std::min(left, budget - keep_right);
    bool new_left = force_left || keep_left < left;
    bool new_right = force_right || keep_right < right;
    if (new_left == cut_left && new_right == cut_right) {
      fits = true;
      break;
    }
    cut_left = new_left;
    cut_right = new_right;
  }
  std::string out;
  if (!fits) {  // the mention and both marks do not fit: the mention first
    if (m <= max_bytes) {
      bool lead = ma > 0 && m + mark <= max_bytes;
      bool tail = mz < t.size() && m + mark * (lead ? 2 : 1) <= max_bytes;
      if (lead) out += kEllipsis;
      std::size_t at = out.size();
      out.append(t, ma, m);
      if (tail) out += kEllipsis;
      return {out, at, at + m};
    }
    // The mention itself is cut after its start.
    bool lead = ma > 0 && max_bytes > 2 * mark;
    bool tail = max_bytes > mark * (lead ? 2 : 1);
    if (lead) out += kEllipsis;
    std::size_t at = out.size();
    std::size_t y = ma + max_bytes - out.size() - (tail ? mark : 0);
    while (y > ma && IsContinuationByte(At(t, y))) --y;
    out.append(t, ma, y - ma);
    std::size_t mention_end = out.size();
    if (tail) out += kEllipsis;
    return {out, at, mention_end};
  }
  if (cut_left) {
    std::size_t x = ma - keep_left;
    while (x < ma && IsContinuationByte(At(t, x))) ++x;
    if (x > 0 && t[x - 1] != ' ') {  // mid-word: start at the next word if it is near
      std::size_t space = t.find(' ', x);
      if (space < ma && space - x < kWordSnap) x = space + 1;
    }
    while (x < ma && t[x] == ' ') ++x;
    out += kEllipsis;
    out.append(t, x, ma - x);
  } else {
    out.append(t, 0, ma);
  }
  std::size_t at = out.size();
  out.append(t, ma, m);
  if (cut_right) {
    std::size_t y = mz + keep_right;
    while (y > mz && y < t.size() && IsContinuationByte(At(t, y))) --y;
    if (y < t.size() && t[y] != ' ') {  // mid-word: end at the previous word if it is near
      std::size_t space = t.rfind(' ', y);
      if (space != std::string::npos && space > mz && y - space < kWordSnap) y = space;
    }
    while (y > mz && t[y - 1] == ' ') --y;
    out.append(t, mz, y - mz);
    out += kEllipsis;
  } else {
    out.append(t, mz, std::string::npos);
  }
  return {out, at, at + m};
}

}  // namespace

std::string MentionContext::SentenceAround(std::size_t begin, std::size_t end,
                                           std::size_t max_bytes) const {
  return SentenceWithMention(begin, end, max_bytes).text;
}

MentionContext::Sentence MentionContext::SentenceWithMention(std::size_t begin, std::size_t end,
                                                             std::size_t max_bytes) const {
  if (text_.empty() || max_bytes == 0) return {};
  end = std::min(end, text_.size());
  begin = std::min(begin, end);
  // How far to look for the ends of the sentence: enough for any sentence
  // that can be shown whole, bounded so that a page without a full stop
  // costs no more than that.
  std::size_t limit = max_bytes > std::numeric_limits<std::size_t>::max() / 8
                          ? std::numeric_limits<std::size_t>::max() / 2
                          : std::max<std::size_t>(2048, 4 * max_bytes);
  bool cut_left = false, cut_right = false;
  std::size_t s = SentenceStart(begin, limit, cut_left);
  std::size_t e = SentenceEnd(begin, end, limit, cut_right);
  Cleaned cleaned = Clean(s, e, begin, end);
  return FitAround(cleaned.text, cleaned.mark_begin, cleaned.mark_end, max_bytes, cut_left,
                   cut_right);
}

MentionContext::Bounds MentionContext::SentenceBounds(std::size_t begin, std::size_t end,
                                                      std::size_t limit) const {
  if (text_.empty()) return {};
  end = std::min(end, text_.size());
  begin = std::min(begin, end);
  bool cut_left = false, cut_right = false;
  return {SentenceStart(begin, limit, cut_left), SentenceEnd(begin, end, limit, cut_right)};
}

std::string MentionContext::HeadingAt(std::size_t offset) const {
  auto it = std::upper_bound(headings_.begin(), headings_.end(), offset,
                             [](std::size_t o, const Heading& h) { return o < h.begin; });
  return it == headings_.begin() ? std::string() : std::prev(it)->text;
}

}  // namespace lexgraph
