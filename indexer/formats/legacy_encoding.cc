#include "legacy_encoding.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <memory>
#include <vector>

#include "legacy_encoding_tables.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

void AppendUtf8(std::string& out, char32_t c) {
  char buffer[4];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
  out.append(buffer, static_cast<std::size_t>(length));
}

// What a byte the encoding leaves unassigned shows as.
char32_t AsWindows1252(unsigned char byte) {
  if (byte < 0x80) return byte;
  char32_t c = tables::Windows1252High()[byte - 0x80];
  return c != 0 ? c : 0xFFFD;
}

std::string DecodeTcvn3(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  const auto& table = tables::Tcvn3High();
  for (char ch : bytes) {
    auto byte = static_cast<unsigned char>(ch);
    if (byte < 0x80) {
      out += ch;
      continue;
    }
    char32_t c = table[byte - 0x80];
    AppendUtf8(out, c != 0 ? c : AsWindows1252(byte));
  }
  return out;
}

// How RestoreTcvn3Capitals reads the case of a word (legacy_encoding.h).
// TCVN3 has no capitals with diacritics: typists set them in the ".VnTimeH"
// fonts, whose lower-case codes show as capitals, so the bytes of
// "CỘNG HOÀ" read "CộNG HOà". A word is restored to capitals when it has a
// small letter with a diacritic but two or more capitals and no small ASCII
// letter ("CộNG"); a whole line is, when it has no small ASCII letter and
// two words with capitals and such a small letter ("Xã" in "CộNG HOà Xã
// HộI"), or one and two words in capitals ("Uỷ BAN NHÂN DÂN").
// "Số: 15/2021/NQ-HĐND" has one of each and stays as it is. A
// capital set alone in the capital font (the "Ủ" of "Ủy ban" at the start
// of a sentence) cannot be told from a small letter; a sentence's first
// letter is restored to a capital.
struct WordCase {
  std::size_t capitals = 0, smalls = 0;  // capitals of any script; small ASCII
  bool small_marked = false;             // a small letter beyond ASCII ("ộ")
  bool Shouted(std::size_t min_capitals) const {
    return small_marked && smalls == 0 && capitals >= min_capitals;
  }
};

WordCase CaseOf(std::string_view word) {
  WordCase result;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    if (c < 0x80) {
      result.capitals += c >= 'A' && c <= 'Z';
      result.smalls += c >= 'a' && c <= 'z';
    } else if (u_isupper(c)) {
      ++result.capitals;
    } else if (u_islower(c)) {
      result.small_marked = true;
    }
  }
  return result;
}

// The words of `line` and the separators after them, in order.
std::vector<std::string_view> SplitKeepingSpaces(std::string_view line) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t stop = line.find_first_of(" \t", start);
    if (stop == std::string_view::npos) stop = line.size();
    parts.push_back(line.substr(start, stop - start));
    if (stop < line.size()) parts.push_back(line.substr(stop, 1));
    start = stop + 1;
  }
  return parts;
}

// "ủy" -> "Ủy" when its first letter is small and beyond ASCII; markup
// before it ("**", "- ") is kept.
std::string CapitalizeMarkedStart(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (c < 0x80 || !u_islower(c)) break;
    return std::string(word.substr(0, static_cast<std::size_t>(start))) +
           ToUpper(
               word.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start))) +
           std::string(word.substr(static_cast<std::size_t>(i)));
  }
  return std::string(word);
}

bool EndsSentence(std::string_view word) {
  while (!word.empty() && (word.back() == '*' || word.back() == '_')) word.remove_suffix(1);
  if (word.ends_with("..")) return false;  // an ellipsis: the sentence goes on
  return !word.empty() &&
         (word.back() == '.' || word.back() == '!' || word.back() == '?' || word.back() == ':');
}

bool IsSpace(std::string_view part) { return part == " " || part == "\t"; }

// Restores the capitals of one line; `sentence_start` says whether a
// sentence starts with it, and is left saying whether one starts after it.
std::string RestoreLineCapitals(std::string_view line, bool& sentence_start) {
  std::vector<std::string_view> parts = SplitKeepingSpaces(line);
  std::size_t shouted = 0, capital_words = 0, smalls = 0;
  for (std::string_view part : parts) {
    WordCase c = CaseOf(part);
    shouted += c.Shouted(1);
    capital_words += !c.small_marked && c.smalls == 0 && c.capitals >= 2;
    smalls += c.smalls;
  }
  if (parts.empty()) {
    sentence_start = true;
    return {};
  }
  if (smalls == 0 && (shouted >= 2 || (shouted == 1 && capital_words >= 2))) {
    sentence_start = true;  // a heading
    return ToUpper(line);
  }
  std::string out;
  out.reserve(line.size());
  for (std::string_view part : parts) {
    if (IsSpace(part)) {
      out += part;
      continue;
    }
    if (CaseOf(part).Shouted(2))
      out += ToUpper(part);
    else
      out += sentence_start ? CapitalizeMarkedStart(part) : std::string(part);
    bool markup_only = part.find_first_not_of("*-+#>|") == std::string_view::npos;
    sentence_start = EndsSentence(part) || (sentence_start && markup_only);
  }
  return out;
}

bool IsVniBase(char32_t c) {
  switch (c | 0x20) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return c == U'ơ' || c == U'Ơ' || c == U'ư' || c == U'Ư';
  }
}

// Tones follow any vowel; a circumflex follows a, e or o; a breve, a.
bool MarkFits(const tables::VniByte& entry, char32_t previous) {
  if (!IsVniBase(previous)) return false;
  char32_t base = previous < 0x80 ? (previous | 0x20) : previous;
  if (entry.marks[0] == 0x0306) return base == 'a';
  if (entry.marks[0] == 0x0302) return base == 'a' || base == 'e' || base == 'o';
  return true;
}

std::string DecodeVni(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  const auto& table = tables::VniHigh();
  char32_t previous = 0;  // the last letter written, 0 after a mark
  for (char ch : bytes) {
    auto byte = static_cast<unsigned char>(ch);
    if (byte < 0x80) {
      out += ch;
      previous = byte;
      continue;
    }
    const tables::VniByte& entry = table[byte - 0x80];
    if (entry.marks[0] != 0 && MarkFits(entry, previous)) {
      for (char32_t mark : entry.marks)
        if (mark != 0) AppendUtf8(out, mark);
      previous = 0;
      continue;
    }
    char32_t c = entry.letter != 0 ? entry.letter : AsWindows1252(byte);
    AppendUtf8(out, c);
    previous = c;
  }
  return out;
}

std::string DecodeWindows1258(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-1258", &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) return {};
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                          status);
  std::string out;
  if (U_SUCCESS(status)) text.toUTF8String(out);
  return out;
}

// ".VnTimeH" -> true: the ABC capital fonts end in "H".
bool IsCapitalFont(std::string_view family) { return !family.empty() && family.back() == 'H'; }

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

// The bytes a word processor's Windows-1252 characters stand for.
std::string BytesShown(std::string_view shown) {
  std::string bytes;
  bytes.reserve(shown.size());
  const auto* s = reinterpret_cast<const uint8_t*>(shown.data());
  const auto length = static_cast<int32_t>(shown.size());
  const auto& high = tables::Windows1252High();
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && c < 0x100 && (c < 0x80 || c >= 0xA0)) {
      bytes += static_cast<char>(c);
      continue;
    }
    std::size_t k = 0;
    while (k < high.size() && high[k] != static_cast<char32_t>(c)) ++k;
    bytes += k < high.size() ? static_cast<char>(0x80 + k) : '?';
  }
  return bytes;
}

}  // namespace

std::string_view LegacyEncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kWindows1258:
      return "windows-1258";
    case LegacyEncoding::kTcvn3:
      return "TCVN3";
    case LegacyEncoding::kVni:
      return "VNI";
  }
  return "";
}

std::string DecodeLegacy(std::string_view bytes, LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kWindows1258:
      return DecodeWindows1258(bytes);
    case LegacyEncoding::kTcvn3:
      return DecodeTcvn3(bytes);
    case LegacyEncoding::kVni:
      return DecodeVni(bytes);
  }
  return {};
}

std::string RestoreTcvn3Capitals(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool sentence_start = true;
  for (;;) {
    std::size_t end = text.find('\n');
    out += RestoreLineCapitals(text.substr(0, end), sentence_start);
    if (end == std::string_view::npos) return out;
    out += '\n';
    text.remove_prefix(end + 1);
  }
}

std::optional<LegacyFont> LegacyFontOf(std::string_view family) {
  if (StartsWithIgnoringCase(family, ".Vn"))
    return LegacyFont{LegacyEncoding::kTcvn3, IsCapitalFont(family)};
  if (StartsWithIgnoringCase(family, "VNI-") || StartsWithIgnoringCase(family, "VNI "))
    return LegacyFont{LegacyEncoding::kVni, false};
  return std::nullopt;
}

std::string TextInLegacyFont(std::string_view shown, const LegacyFont& font) {
  std::string text = DecodeLegacy(BytesShown(shown), font.encoding);
  return font.capitals ? ToUpper(text) : text;
}

}  // namespace lexgraph
