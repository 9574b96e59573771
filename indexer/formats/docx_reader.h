// docx_reader.h: the text of a Word .docx file (Office Open XML,
// WordprocessingML), for the citation indexer.
//
// What it reads, in this order, one line per paragraph ('\n' after each):
//   1. headers (every word/header*.xml, in number order),
//   2. the body (word/document.xml) in reading order: runs' text, w:tab as
//      '\t', w:br/w:cr as '\n', w:noBreakHyphen as '-'; inserted text,
//      field results, hyperlinks, smart tags, content controls; every table
//      cell's paragraphs (row by row, cell by cell, nested tables too);
//      text boxes once (of mc:AlternateContent only the first mc:Choice, or
//      the mc:Fallback when there is no Choice, since Word writes the same
//      box in both),
//   3. footnotes, then endnotes (not the separator notes),
//   4. footers (every word/footer*.xml, in number order).
// Runs set in a legacy Vietnamese font (.VnTime, VNI-Times: see
// legacy_encoding.h) are converted to Unicode (their soft hyphens too: in
// TCVN3 that byte is "ư"); the run's font is its own
// w:rFonts (w:ascii, else w:hAnsi), else its character style's, else its
// paragraph style's (following w:basedOn in word/styles.xml), else the
// document default. Theme fonts are not resolved (no legacy font is one).
//
// What it leaves out: deleted and moved-away text (w:del, w:moveFrom),
// field instructions (w:instrText), w:softHyphen and w:sym, comments,
// DrawingML text outside text boxes (charts, SmartArt), the glossary.
// Nothing else is decoded: the text is UTF-8 as stored, NFC not applied.
//
// Errors (FormatText::error; never throws):
//   "not a Word document (.docx): not a zip archive"
//   "not a Word document (.docx): word/document.xml missing" (.odt, .xlsx)
//   "password-protected or old Word (.doc) file: save it as .docx"
//   "damaged Word document: <what> in <part>" (malformed XML, bad zip data)
//   "Word document too large: its XML unpacks to more than 256 MiB"
//   "no text in the Word document"
// The 256 MiB bound on the XML read altogether guards against zip bombs.
//
// Pure function of the bytes; thread-safe.
#ifndef LEXGRAPH_INDEXER_DOCX_READER_H_
#define LEXGRAPH_INDEXER_DOCX_READER_H_

#include <string_view>

#include "format_text.h"

namespace lexgraph {

// The text of the .docx whose whole file is `bytes`; encoding "UTF-8".
FormatText ReadDocxText(std::string_view bytes);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_DOCX_READER_H_
