// lexgraph/document_decoder.h: turns the bytes of any report file the
// indexer reads into the text the extractor reads (NFC UTF-8), whatever its
// format: plain text in any encoding text_decoder.h reads, Word .docx,
// Word 97-2003 .doc, PDF with a text layer, or an HTML page. One
// input-format reader per format (indexer/formats/*_reader.h) sits behind it.
//
// The format is told by the content (the "%PDF-" and zip signatures, an
// OLE compound file with a WordDocument stream, an HTML document's
// opening), the file name's extension deciding only between HTML and text.
// A file in a format that cannot be read says why ("no text: needs OCR",
// "password-protected Word document (.doc)"; an OLE file that is not a
// .doc, such as an encrypted .docx: "password-protected or old Word (.doc)
// file: save it as .docx").
//
// Pure function of its arguments; thread-safe.
#ifndef LEXGRAPH_DOCUMENT_DECODER_H_
#define LEXGRAPH_DOCUMENT_DECODER_H_

#include <string_view>

#include "lexgraph/text_decoder.h"

namespace lexgraph {

// The file formats read, by the name the build summary uses.
enum class DocumentFormat { kText, kDocx, kPdf, kHtml, kDoc };
// "text", "docx", "pdf", "html", "doc"
std::string_view DocumentFormatName(DocumentFormat format);

// The format of `bytes`, named `file_name` (only its extension is read).
DocumentFormat DetectDocumentFormat(std::string_view bytes, std::string_view file_name);

// DecodedText::format and ::encoding say what the file was read as
// ("docx" and "UTF-8"; "html" and "windows-1258"; "text" and "TCVN3").
// `options.encoding` applies to plain-text files; the other formats carry
// their own (an HTML page's declared charset is followed).
DecodedText DecodeDocument(std::string_view bytes, std::string_view file_name,
                           const DecodeOptions& options = {});

}  // namespace lexgraph

#endif  // LEXGRAPH_DOCUMENT_DECODER_H_
