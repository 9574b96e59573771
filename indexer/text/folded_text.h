// folded_text.h: a searchable shadow of a document's text.
//
// Patterns for Vietnamese citations are easiest to write, and fastest to run,
// over ASCII: FoldedText maps every code point of an NFC text to at most one
// ASCII byte (lower case, diacritics dropped, "đ" -> "d", every dash variant
// -> '-', every space variant -> ' ', form feed -> '\n'), and remembers where
// each folded byte came from, so a match in the folded text gives back a span
// of the original. Folding makes the tone-placement conventions ("Uỷ"/"Ủy")
// and missing diacritics ("Chi thi") match alike for free, and RE2's ASCII
// \b and \w work on it.
//
// Layout noise that would break a mention in two is blanked to spaces in the
// folded text only: page-break marker lines and a page number under one,
// Markdown emphasis (* _ #), HTML tags (a block tag such as <p> becomes a
// line break; layout_noise.h recognises the markers, numbers and tags), and
// a blank line inside a paragraph, which OCR puts where a justified line has
// wide gaps (the text goes on in small letters after a line no punctuation
// closed).
//
// A FoldedText does not own the original; the original must outlive it.
// Immutable after construction; safe to share between threads.
#ifndef LEXGRAPH_INDEXER_FOLDED_TEXT_H_
#define LEXGRAPH_INDEXER_FOLDED_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

class FoldedText {
 public:
  // `original` must be valid NFC UTF-8 (as TextDecoder produces).
  explicit FoldedText(std::string_view original);

  std::string_view original() const { return original_; }
  std::string_view folded() const { return folded_; }
  std::size_t size() const { return folded_.size(); }

  // Byte offset in the original of folded byte `i` (i may equal size()).
  std::size_t ToOriginal(std::size_t i) const { return offsets_.empty() ? i : offsets_[i]; }
  // The original bytes behind folded range [begin, end).
  std::string_view OriginalSlice(std::size_t begin, std::size_t end) const {
    std::size_t b = ToOriginal(begin);
    return original_.substr(b, ToOriginal(end) - b);
  }

 private:
  void BlankLayoutNoise();
  void BlankMarkupTags();
  void BlankPageNumberAfter(std::size_t line_end);
  void JoinParagraphsResumedInSmallLetters();

  std::string_view original_;
  std::string folded_;
  std::vector<std::uint32_t> offsets_;  // empty when the original is ASCII
};

// White space as folded text has it: every space variant is ' ', form
// feeds and line separators are '\n'; tabs stay.
inline bool IsFoldedSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Folds a short string the same way (no offsets kept): "Chỉ thị" -> "chi thi".
std::string Fold(std::string_view text);

// The letters of Fold(text), without spaces, digits and marks: "CỘNG HÒA
// XÃ HỘI" -> "conghoaxahoi", what OCR's splits and joins leave alike.
std::string FoldedLetters(std::string_view text);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_FOLDED_TEXT_H_
