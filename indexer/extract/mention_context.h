// mention_context.h: what a reader of search results sees around a citation:
// the sentence that contains the mention and the heading of the section it
// sits under ("II. KẾT QUẢ THỰC HIỆN" / "Thực hiện Chỉ thị số 05-CT/TW ...").
//
// Built once per document, then asked once per mention. Construction reads
// the text line by line once (line starts, blank and page-break lines, list
// items, heading lines); each question afterwards looks only at the few
// lines around its offset, so asking for every citation of a report is cheap.
//
// Sentences. A sentence ends where sentence_stops.h says, inside a line;
// where a list item ("- ", "+ ", "a) ", "1. ", "2.1. ", a table row "| ")
// or a heading starts; and where the paragraph ends (line_layout.h: at a
// blank line, unless the next line goes on in lower case; not at a
// page-break marker after a line that ends no sentence). A table row
// is one sentence, whatever stops its cells hold. A line break inside a
// paragraph (text wrapped at a fixed width, as OCR output and many reports
// have it) ends nothing unless the line before it ends a sentence.
//
// Headings. The heading blocks of section_headings.h; a block is one
// heading, and the document title with its subject is the heading of the
// text before section I.
//
// HTML kept in text exported from web pages ("<p>BÁO CÁO</p><p>1. ..."):
// a block tag breaks the line, and all but <br> also end the paragraph, as a
// blank line does; tags are left out of both answers.
//
// Both answers are cleaned alike: Markdown emphasis ("*", "_"), backslash
// escapes, leading "#" marks, a leading bullet ("- ", "+ "), HTML tags and
// page-break lines removed; white space runs (new lines, NBSP) collapsed to
// one space; trimmed. Numbered markers ("1. ", "a) ") are kept. Both are
// cut to their budget as context_cut.h says.
//
// A MentionContext does not own the text; the text must outlive it.
// Immutable after construction; its const methods may be called from any
// number of threads at once. No call fails: offsets past the end of the text
// are clamped to it.
#ifndef LEXGRAPH_INDEXER_MENTION_CONTEXT_H_
#define LEXGRAPH_INDEXER_MENTION_CONTEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

class MentionContext {
 public:
  static constexpr std::size_t kMaxHeadingBytes = 200;

  // What to read besides the sentences. kSentences skips cleaning the
  // headings' text (about half the cost of construction) for readers that
  // ask only for sentences; HeadingAt then always answers "".
  enum class Reading { kSentencesAndHeadings, kSentences };

  // `text`: the document as the extractor reads it (NFC UTF-8).
  explicit MentionContext(std::string_view text, Reading reading = Reading::kSentencesAndHeadings);

  // The sentence that contains the byte span [begin, end) of the text,
  // cleaned, at most `max_bytes` bytes. When it is longer, context is cut on
  // one or both sides at UTF-8 character boundaries (at a word boundary when
  // one is near), keeping the whole mention and as much context on each side
  // as fits, and "…" (3 bytes, counted) marks each cut. A mention longer than
  // `max_bytes` itself is cut after its start. A span that crosses sentence
  // boundaries gets the sentences it touches, joined.
  std::string SentenceAround(std::size_t begin, std::size_t end, std::size_t max_bytes = 300) const;

  // The same sentence, with where the (cleaned) mention sits in it, so that
  // a reader can mark it.
  struct Sentence {
    std::string text;
    std::size_t mention_begin = 0;  // byte offsets in `text`
    std::size_t mention_end = 0;
  };
  Sentence SentenceWithMention(std::size_t begin, std::size_t end,
                               std::size_t max_bytes = 300) const;

  // The raw bounds of the same sentence, as byte offsets [begin, end) into
  // the text (not cleaned, not cut, at most `limit` bytes on either side of
  // the span): for readers that analyse the sentence rather than show it.
  struct Bounds {
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  Bounds SentenceBounds(std::size_t begin, std::size_t end, std::size_t limit = 2048) const;

  // The heading of the section that byte `offset` sits under: the nearest
  // heading at or before it, cleaned, at most kMaxHeadingBytes bytes ("…"
  // marking a cut). Empty when no heading comes before the offset.
  std::string HeadingAt(std::size_t offset) const;

 private:
  struct Line {
    std::size_t begin = 0;  // first byte of the line
    std::size_t start = 0;  // first byte of its content: after indentation, "#" marks, a bullet
    // Past a "1." / "II." / "a)" / "Điều 1." marker, whose dot ends no sentence;
    // `end` for a table row, which is read whole; else `start`.
    std::size_t marker_end = 0;
    std::size_t end = 0;  // past its last non-space byte; `begin` for an empty line
    std::uint8_t flags = 0;
  };
  struct Heading {
    std::size_t begin = 0;  // first byte of its first line
    std::string text;       // cleaned and cut
  };
  struct Cleaned;

  std::size_t LineOf(std::size_t offset) const;
  std::size_t SentenceStart(std::size_t begin, std::size_t limit, bool& cut) const;
  std::size_t SentenceEnd(std::size_t begin, std::size_t end, std::size_t limit, bool& cut) const;
  Cleaned Clean(std::size_t begin, std::size_t end, std::size_t mark_begin,
                std::size_t mark_end) const;

  std::string_view text_;
  std::vector<Line> lines_;
  std::vector<Heading> headings_;  // in text order
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_MENTION_CONTEXT_H_
