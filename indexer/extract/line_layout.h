// line_layout.h: what one line of a report is, as the layout shows it, and
// whether a line goes on the paragraph of the line before.
//
// A line is blank, a separator (no letter or digit: "---", "| --- |"), a
// page-break marker ("--- PAGE BREAK ---"), or content. Of content it tells
// where the text starts (after indentation, "#" marks and a bullet), the
// marker that opens it ("- ", "| ", "1. ", "2.1. ", "a) ", "II. ", "Điều
// 1.", "Phần thứ nhất", "Chương II", "Mục 1"), whether it is a Markdown
// heading or wholly bold ("**Về công tác dân vận**"), how it ends (a
// sentence, other punctuation, a colon) and the case of its letters.
//
// Paragraphs. A line goes on the paragraph of the one before unless it
// opens with a marker or is a Markdown heading; across a blank line only
// when the line before ends no sentence and no colon and the line goes on
// in lower case ("sự đoàn kết,\n\nthống nhất"); across a page break only
// when the line before ends no sentence and no colon and the line is not
// wholly in capitals; never across a separator.
//
// Page-break markers, and HTML tags at the ends of a line ("<b>...</b>"),
// are recognised as layout_noise.h says.
//
// Pure functions of their input; thread-safe. A LineInfo holds views into
// the text it was read from, which must outlive it.
#ifndef LEXGRAPH_INDEXER_LINE_LAYOUT_H_
#define LEXGRAPH_INDEXER_LINE_LAYOUT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sentence_stops.h"

namespace lexgraph::layout {

// The longest line, in bytes without its marks, that all_upper holds for.
constexpr std::size_t kMaxUpperHeading = 120;

enum class Kind : std::uint8_t { kContent, kBlank, kSeparator, kPageBreak };
enum class Marker : std::uint8_t { kNone, kBullet, kTable, kNumbered, kLettered, kRoman, kArticle };
// What lies between two content lines; a later value wins over an earlier.
enum class Gap : std::uint8_t { kNone, kBlank, kPageBreak, kSeparator };

// What is learnt of one line.
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

// Reads the line [begin, raw_end) of `text`: where its content starts
// (`start`), where a marker whose dot ends no sentence ends (`marker_end`:
// past "1." / "II." / "a)" / "Điều 1.", the line's end for a table row,
// which is read whole, else `start`), where the content ends (`end`), and
// what kind of line it is. For a line that is not content, the three are
// `begin`; `info` is filled for content lines (and `raw` for all but blank
// ones).
Kind AnalyzeLine(std::string_view text, std::size_t begin, std::size_t raw_end, std::size_t* start,
                 std::size_t* marker_end, std::size_t* end, LineInfo* info);

// True when `b` goes on with the paragraph of `a` across `gap`.
bool Joined(const LineInfo& a, const LineInfo& b, Gap gap);

}  // namespace lexgraph::layout

#endif  // LEXGRAPH_INDEXER_LINE_LAYOUT_H_
