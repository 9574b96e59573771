#include "vietnamese_syllable.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace lexgraph {
namespace {

enum Mark : std::uint8_t { kNoMark = 0, kTone = 1, kShape = 2 };

bool IsTone(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool IsVowel(UChar32 base) {
  switch (base | 0x20) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return false;
  }
}

// A shape mark allowed on `base`: circumflex on a e o, breve on a, horn on
// o u.
bool ShapeFits(UChar32 mark, UChar32 base) {
  UChar32 b = base | 0x20;
  if (mark == 0x0302) return b == 'a' || b == 'e' || b == 'o';
  if (mark == 0x0306) return b == 'a';
  if (mark == 0x031B) return b == 'o' || b == 'u';
  return false;
}

// One letter of a word, its diacritics taken apart.
struct Letter {
  UChar32 base = 0;
  bool vowel = false;
  bool shape = false;
  bool tone = false;
};

// Reads the decomposition of one letter; false when it is no Vietnamese
// letter (a symbol, a foreign mark, two tones).
bool ReadLetter(const icu::UnicodeString& nfd, Letter& letter) {
  if (nfd.isEmpty()) return false;
  UChar32 base = nfd.char32At(0);
  if (base == 0x0111 || base == 0x0110) {  // đ Đ
    letter.base = 'd';
    return nfd.countChar32() == 1;
  }
  if (base >= 0x80 || !u_isalpha(base)) return false;
  letter.base = base;
  letter.vowel = IsVowel(base);
  for (int32_t i = U16_LENGTH(base); i < nfd.length();) {
    UChar32 mark = nfd.char32At(i);
    i += U16_LENGTH(mark);
    if (IsTone(mark) && letter.vowel && !letter.tone) {
      letter.tone = true;
    } else if (ShapeFits(mark, base) && !letter.shape) {
      letter.shape = true;
    } else {
      return false;
    }
  }
  return true;
}

// A combining mark after a letter belongs to it (text not yet in NFC).
bool IsCombining(UChar32 c) { return u_getCombiningClass(c) != 0; }

bool IsWordChar(UChar32 c) { return c >= 0x80 ? !u_isUWhiteSpace(c) && !u_ispunct(c) : u_isalnum(c); }

bool WellFormed(const std::vector<Letter>& letters) {
  if (letters.size() > 8) return false;
  std::size_t tones = 0, first_vowel = letters.size(), last_vowel = 0;
  bool shaped = false, tone_on_shape = false;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const Letter& l = letters[i];
    if (!l.vowel) continue;
    first_vowel = std::min(first_vowel, i);
    last_vowel = i;
    tones += l.tone;
    shaped |= l.shape;
    tone_on_shape |= l.tone && l.shape;
  }
  if (first_vowel == letters.size() || tones > 1) return false;
  for (std::size_t i = first_vowel; i <= last_vowel; ++i)
    if (!letters[i].vowel) return false;  // vowels stand together
  return !(shaped && tones == 1 && !tone_on_shape);
}

}  // namespace

SyllableCount CountSyllables(std::string_view text) {
  SyllableCount count;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return count;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !IsWordChar(c)) continue;
    // One word: letters, digits, marks and whatever else is not a space.
    icu::UnicodeString word;
    bool non_ascii = false, digits = false;
    for (;;) {
      word.append(c);
      non_ascii |= c >= 0x80;
      digits |= c < 0x80 && u_isdigit(c);
      if (i >= length) break;
      int32_t next = i;
      UChar32 d;
      U8_NEXT(s, next, length, d);
      if (d < 0 || !(IsWordChar(d) || IsCombining(d))) break;
      c = d;
      i = next;
    }
    if (!non_ascii || digits) continue;
    icu::UnicodeString decomposed = nfd->normalize(word, status);
    if (U_FAILURE(status)) return count;
    std::vector<Letter> letters;
    bool ok = true;
    for (int32_t k = 0; k < decomposed.length() && ok;) {
      UChar32 base = decomposed.char32At(k);
      int32_t end = k + U16_LENGTH(base);
      while (end < decomposed.length() && IsCombining(decomposed.char32At(end)))
        end += U16_LENGTH(decomposed.char32At(end));
      Letter letter;
      ok = ReadLetter(icu::UnicodeString(decomposed, k, end - k), letter);
      letters.push_back(letter);
      k = end;
    }
    bool has_vowel = std::any_of(letters.begin(), letters.end(), [](const Letter& l) { return l.vowel; });
    if (ok && !has_vowel) continue;  // "NĐ", "QĐ": abbreviations, no syllables
    if (ok && WellFormed(letters))
      ++count.well_formed;
    else
      ++count.ill_formed;
  }
  return count;
}

}  // namespace lexgraph
