#include "vietnamese_text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

#include "folded_text.h"

namespace lexgraph {
namespace {

icu::UnicodeString FromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

const icu::Locale& Vietnamese() {
  static const icu::Locale locale("vi");
  return locale;
}

// Old placement (mark on the second vowel of oa/oe/uy) -> new (first vowel).
struct ToneMove {
  const char* old_form;
  const char* new_form;
};
constexpr ToneMove kToneMoves[] = {
    {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"}, {"oè", "òe"},
    {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"}, {"uỳ", "ùy"}, {"uý", "úy"},
    {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}, {"Oà", "Òa"}, {"Oá", "Óa"}, {"Oả", "Ỏa"},
    {"Oã", "Õa"}, {"Oạ", "Ọa"}, {"Uỳ", "Ùy"}, {"Uý", "Úy"}, {"Uỷ", "Ủy"}, {"Uỹ", "Ũy"},
    {"Uỵ", "Ụy"}, {"OÀ", "ÒA"}, {"OÁ", "ÓA"}, {"OẢ", "ỎA"}, {"OÃ", "ÕA"}, {"OẠ", "ỌA"},
    {"UỲ", "ÙY"}, {"UÝ", "ÚY"}, {"UỶ", "ỦY"}, {"UỸ", "ŨY"}, {"UỴ", "ỤY"},
};

bool IsLetterAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return std::isalpha(c) != 0;
  return true;  // a multi-byte code point in Vietnamese text is a letter
}

}  // namespace

std::string ToNewTonePlacement(std::string_view text) {
  // Only "o"/"u" before a marked vowel can move: skip the rest quickly.
  if (text.find_first_of("oOuU") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c != 'o' && c != 'O' && c != 'u' && c != 'U') {
      out += c;
      ++i;
      continue;
    }
    bool moved = false;
    for (const ToneMove& move : kToneMoves) {
      std::string_view old_form(move.old_form);
      if (text.compare(i, old_form.size(), old_form) == 0 &&
          !IsLetterAt(text, i + old_form.size()) &&
          // "quý" keeps its mark on y: after q, u is part of the consonant.
          !(old_form[0] == 'u' || old_form[0] == 'U'
                ? (i > 0 && (text[i - 1] == 'q' || text[i - 1] == 'Q'))
                : false)) {
        out += move.new_form;
        i += old_form.size();
        moved = true;
        break;
      }
    }
    if (!moved) out += text[i++];
  }
  return out;
}

std::string ToUpper(std::string_view text) {
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {  // most symbols: no need for ICU
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  }
  return ToUtf8(FromUtf8(text).toUpper(Vietnamese()));
}
std::string ToLower(std::string_view text) { return ToUtf8(FromUtf8(text).toLower(Vietnamese())); }

std::string TitleCaseWords(std::string_view text) {
  icu::UnicodeString s = FromUtf8(text).toLower(Vietnamese());
  bool word_start = true;
  icu::UnicodeString out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalpha(c)) {
      out.append(word_start ? u_toupper(c) : c);
      word_start = false;
    } else {
      out.append(c);
      word_start = u_isspace(c) || c == '-' || c == '(';
    }
  }
  return ToUtf8(out);
}

std::string CapitalizeFirst(std::string_view text) {
  icu::UnicodeString s = FromUtf8(text);
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    if (u_isalpha(c)) {
      s.replace(i, U16_LENGTH(c), icu::UnicodeString(u_toupper(c)));
      break;
    }
    i += U16_LENGTH(c);
  }
  return ToUtf8(s);
}

// Both walk UTF-8 directly: they run on every word a phrase reader looks
// at, and building an icu::UnicodeString for each costs more than the test.
bool StartsUpper(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(std::min<std::size_t>(text.size(), 16));
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isalpha(c)) return u_isupper(c);
  }
  return false;
}

bool IsAllUpper(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  bool any = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (u_islower(c)) return false;
    any = true;
  }
  return any;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space = true;  // NBSP
      len = 2;
    }
    if (space) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::size_t s = 0;
  while (s < text.size()) {
    std::size_t e = text.find(' ', s);
    if (e == std::string_view::npos) e = text.size();
    if (e > s) words.emplace_back(text.substr(s, e - s));
    s = e + 1;
  }
  return words;
}

std::string SearchKey(std::string_view text) {
  std::string folded = Fold(text);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    if (c == 'y') c = 'i';
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace lexgraph
