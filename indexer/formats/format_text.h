// format_text.h: what one input-format reader (DOCX, PDF, HTML) makes of a
// file's bytes, before the decoding layer normalises it (document_decoder).
//
// Each reader is a pure function of the bytes and thread-safe; it never
// throws. A reader that cannot get text returns an error a person can act
// on ("no text: needs OCR", "not a Word document: word/document.xml
// missing"), never an empty success.
#ifndef LEXGRAPH_INDEXER_FORMAT_TEXT_H_
#define LEXGRAPH_INDEXER_FORMAT_TEXT_H_

#include <string>

namespace lexgraph {

struct FormatText {
  std::string text;      // UTF-8, lines separated by '\n'; NFC not yet applied
                         // (document_decoder replaces any ill-formed sequence
                         // a library let through by U+FFFD)
  std::string error;     // why there is no text; empty when ok()
  std::string encoding;  // the character encoding the text was read from,
                         // when the format has one ("UTF-8", "windows-1258")
  bool ok() const { return error.empty(); }
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_FORMAT_TEXT_H_
