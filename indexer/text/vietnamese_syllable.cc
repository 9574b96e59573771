#include "vietnamese_syllable.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
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
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
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

// A combining mark after a letter belongs to it (text not yet in NFC).
bool IsCombining(UChar32 c) {
  if (c < 0x0300) return false;
  return c <= 0x036F || u_getCombiningClass(c) != 0;
}

bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(UChar32 c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return IsAsciiLetter(c) || IsAsciiDigit(c);
  return !u_isUWhiteSpace(c) && !u_ispunct(c);
}

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

// Takes one word apart, letter by letter, in decomposed text.
class WordReader {
 public:
  void Start() {
    letters_.clear();
    ok_ = true;
    non_ascii_ = digits_ = false;
  }

  void Add(UChar32 c) {
    non_ascii_ |= c >= 0x80;
    if (IsCombining(c)) {
      if (letters_.empty()) {
        ok_ = false;
      } else {
        AddMark(letters_.back(), c);
      }
      return;
    }
    digits_ |= IsAsciiDigit(c);
    Letter letter;
    if (c == 0x0111 || c == 0x0110) {  // đ Đ
      letter.base = 'd';
    } else if (IsAsciiLetter(c)) {
      letter.base = c;
      letter.vowel = IsVowel(c);
    } else if (!IsAsciiDigit(c)) {
      ok_ = false;  // a symbol, or a letter Vietnamese does not write
    }
    letters_.push_back(letter);
  }

  void Finish(SyllableCount& count) const {
    if (!non_ascii_ || digits_) return;
    bool has_vowel =
        std::any_of(letters_.begin(), letters_.end(), [](const Letter& l) { return l.vowel; });
    if (ok_ && !has_vowel) return;  // "NĐ", "QĐ": abbreviations, no syllables
    if (ok_ && WellFormed(letters_))
      ++count.well_formed;
    else
      ++count.ill_formed;
  }

 private:
  void AddMark(Letter& letter, UChar32 mark) {
    if (IsTone(mark) && letter.vowel && !letter.tone) {
      letter.tone = true;
    } else if (letter.base != 'd' && ShapeFits(mark, letter.base) && !letter.shape) {
      letter.shape = true;
    } else {
      ok_ = false;
    }
  }

  std::vector<Letter> letters_;
  bool ok_ = true, non_ascii_ = false, digits_ = false;
};

}  // namespace

SyllableCount CountSyllables(std::string_view text) {
  SyllableCount count;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return count;
  // Decomposed once, the letters and their marks are read off one by one.
  std::string decomposed;
  icu::StringByteSink<std::string> sink(&decomposed, static_cast<int32_t>(text.size() * 3 / 2));
  nfd->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                     nullptr, status);
  if (U_FAILURE(status)) return count;
  const auto* s = reinterpret_cast<const uint8_t*>(decomposed.data());
  const auto length = static_cast<int32_t>(decomposed.size());
  WordReader word;
  bool in_word = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    bool part = c >= 0 && (IsWordChar(c) || (in_word && IsCombining(c)));
    if (part && !in_word) word.Start();
    if (part) word.Add(c);
    if (!part && in_word) word.Finish(count);
    in_word = part;
  }
  if (in_word) word.Finish(count);
  return count;
}

}  // namespace lexgraph
