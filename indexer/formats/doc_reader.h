// doc_reader.h: the text of a Word 97-2003 .doc file (the binary format of
// Microsoft's [MS-DOC] specification), for the citation indexer.
//
// Library: libgsf (Debian libgsf-1-dev, GNOME's structured-file library,
// also used by Gnumeric and AbiWord) opens the OLE compound file and gives
// its WordDocument, 0Table/1Table and Data streams; the Word structures in
// them are read here, following [MS-DOC]. Debian's other choices were
// weighed: wv (libwv-dev) reads the same structures, itself on libgsf,
// but its last release (1.2.9) is from 2012 and it reports problems on the
// standard streams; antiword and catdoc are programs, and a reader is a
// pure function of the bytes (no subprocess). Only the plain-text part of
// [MS-DOC] is needed, small enough to read here with every offset checked.
//
// What it reads, in the order Word stores it, one line per paragraph:
// the body, footnotes, headers and footers (together, as Word keeps them),
// endnotes, text boxes; comments are left out. Text comes through the
// piece table (the Clx), so fast-saved files read too. Table cells follow
// docx_reader's convention: each cell paragraph is a line of its own, cell
// after cell in row order, and the end-of-row mark adds nothing (a .doc and
// the .docx of the same document read the same). Field instructions are
// dropped and field results kept (0x13 instruction 0x14 result 0x15);
// pictures and objects (0x01, 0x08), footnote marks and other control
// characters are dropped; 0x0B line breaks and 0x0C/0x0E page and column
// breaks end a line; 0x1E (non-breaking hyphen) is '-', 0x1F (optional
// hyphen) is dropped; a tab is '\t'.
//
// Legacy Vietnamese fonts (legacy_encoding.h): text set in a TCVN3 or VNI
// font is converted to Unicode, like docx_reader does. A run's font is its
// own (its CHPX's), else its character style's, else its paragraph
// style's (following the styles' bases), else the style sheet's default,
// looked up in the font table. When no text is in such a font and the
// whole text is Windows-1252 characters, it is judged as plain text is
// (text_decoder.h: the reading whose words are Vietnamese syllables) and
// converted from TCVN3 or VNI when that wins.
//
// Errors (FormatText::error; never throws, never aborts):
//   "not a Word document (.doc): not an OLE compound file"
//   "not a Word document (.doc): no WordDocument stream"
//   "password-protected Word document (.doc)"
//   "Word 6.0/95 document: not read; save it as .doc (Word 97-2003) or .docx"
//   "damaged Word document (.doc): <what>"  (truncated, offsets outside the
//                                            streams, a broken piece table)
//   "no text in the Word document"
// FormatText::encoding is "UTF-16" (Word 97's storage), or "TCVN3"/"VNI"
// when legacy text was converted.
//
// libgsf's own messages about damaged files (g_warning, g_critical in the
// "libgsf" domains and GLib's default one) are silenced, once, for the
// whole process: the error returned says what is wrong.
//
// Pure function of the bytes; thread-safe (libgsf objects are per call).
#ifndef LEXGRAPH_INDEXER_DOC_READER_H_
#define LEXGRAPH_INDEXER_DOC_READER_H_

#include <string_view>

#include "format_text.h"

namespace lexgraph {

// Whether `bytes` are an OLE compound file holding a "WordDocument" stream
// (a .doc; an encrypted .docx is an OLE file without one).
bool IsWordBinaryDocument(std::string_view bytes);

// The text of the .doc whose whole file is `bytes`.
FormatText ReadDocText(std::string_view bytes);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_DOC_READER_H_
