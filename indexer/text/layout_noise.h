// layout_noise.h: what the layout of a report puts into its text that is
// not the report's words, recognised in this one place: page-break markers
// and the page number under one, HTML tags left in text exported from web
// pages, and the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc
// lập - Tự do - Hạnh phúc") with the Party's name ("ĐẢNG CỘNG SẢN VIỆT NAM")
// that head documents.
//
// Its readers: the folded text (folded_text.h) blanks page breaks and tags;
// the line reader of mention context (extract/line_layout.h) skips them;
// the heading rules (extract/section_headings.h) and the header reader
// (extract/document_header.cc) leave the motto out. Each function says what
// text it reads: original text, folded text (folded_text.h: lower case
// ASCII), or a SearchKey.
//
// Pure functions of their input; thread-safe.
#ifndef LEXGRAPH_INDEXER_LAYOUT_NOISE_H_
#define LEXGRAPH_INDEXER_LAYOUT_NOISE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lexgraph {

// ---- Page breaks ----

// The words of a page-break marker, as folded text has them.
constexpr std::string_view kPageBreakWords = "page break";

// A line that is only a page-break marker: "PAGE BREAK" in any case, framed
// by "-", "=", "*", "_", spaces and tabs ("--- PAGE BREAK ---"). Reads
// original or folded text.
bool IsPageBreakMarker(std::string_view line);

// A page number standing alone on its line ("12", "- 3 -"): under 12
// bytes of digits, spaces and "-", at least one digit. A reader asks this of
// the few lines after a page-break marker only.
bool IsPageNumber(std::string_view line);

// ---- HTML tags ----

struct MarkupTag {
  std::size_t length = 0;       // bytes of the tag, 0 when there is none
  std::string_view name;        // as written ("p", "BR", "span")
  bool breaks_line = false;     // a block tag: <p>, <br>, <div>, <li>, <tr>, <td>, <h1>...
  bool ends_paragraph = false;  // a block tag but <br>: reads as a blank line
};

// The tag at s[i] ("<p>", "</p>", "<br/>", "<span class=x>"): "<", maybe
// "/", a name of ASCII letters and digits starting with a letter, then ">",
// a space or "/", and a ">" within 256 bytes of the name with no "<"
// before it. Reads original or folded text.
MarkupTag MarkupTagAt(std::string_view s, std::size_t i);

// ---- The national motto and the Party's name ----

// True when the letters of `text` (any case and spelling, marks and spaces
// aside) hold a whole line of the motto or the Party's name: such a line is
// never a heading. Reads original text.
bool HoldsMottoLine(std::string_view text);

// A word of the motto or of the Party's name, as a SearchKey word ("cong",
// "hanh", "dang").
bool IsMottoWord(std::string_view key);

// A piece of the motto left on a line of its own when a page broke it
// ("CỘNG", "HỘI CHỦ NGHĨA", "VIỆT NAM"): a SearchKey whose every word is a
// motto word.
bool IsMottoDebris(const std::string& key);

// True when the folded `text` names a part of the motto or the Party
// ("cong hoa", "doc lap", "hanh phuc", "dang cong san", "xa hoi chu
// nghia"): a cell of a header table that holds the motto.
bool NamesMotto(std::string_view folded);

// True when the folded header line ends the motto ("hanh phuc") or is the
// Party's name ("dang cong san viet nam").
bool EndsMotto(std::string_view folded_line);

// Where the motto or the Party's name starts in folded `text` at or after
// `from`, or text.size(). Any of its word pairs may be what OCR spared
// ("CQNG HOA XA HOI"); "Độc lập - Tự do" is also known by its two dashes
// ("EQc I$p - Tq do -").
std::size_t FindMottoStart(std::string_view folded, std::size_t from);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_LAYOUT_NOISE_H_
