// vietnamese_syllable.h: how much a text reads as Vietnamese, word by word.
// The encoding detector (text_decoder.cc) decodes unknown 8-bit bytes under
// each legacy encoding and keeps the reading whose words are well-formed
// Vietnamese syllables; a wrong table yields words no Vietnamese writes
// ("Viờũt", "hoµ", "nghÜa").
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_INDEXER_VIETNAMESE_SYLLABLE_H_
#define LEXGRAPH_INDEXER_VIETNAMESE_SYLLABLE_H_

#include <cstddef>
#include <string_view>

namespace lexgraph {

struct SyllableCount {
  std::size_t well_formed = 0;  // words with diacritics that are syllables
  std::size_t ill_formed = 0;   // words with non-ASCII that are not
  // Positive when the text reads as Vietnamese; each ill-formed word costs
  // two well-formed ones, so a few lucky words do not carry a wrong table.
  long Score() const { return static_cast<long>(well_formed) - 2 * static_cast<long>(ill_formed); }
};

// Counts the words of `text` (UTF-8, NFC or not) that hold a non-ASCII
// character. A word is well formed when every letter is a Latin letter or
// đ, its marks are Vietnamese (a tone on a vowel, at most one; circumflex
// on a e o, breve on a, horn on o u), its vowels stand together between
// consonants, and a tone next to a vowel with a shape mark sits on it. Words
// of plain ASCII count neither way.
SyllableCount CountSyllables(std::string_view text);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_VIETNAMESE_SYLLABLE_H_
