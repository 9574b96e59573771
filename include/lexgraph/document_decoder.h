// lexgraph/document_decoder.h: turns the bytes of any report file the
// indexer reads into the text the extractor reads (NFC UTF-8), whatever its
// format: plain text in any encoding text_decoder.h reads, Word .docx,
// Word 97-2003 .doc, PDF, an HTML page, or a scanned page image (TIFF, PNG,
// JPEG). One input-format
// reader per format (indexer/formats/*_reader.h) sits behind it.
//
// Scans: given an OcrEngine, the pages of a PDF that have no text layer and
// every page of an image are read by OCR (ocr_engine.h), and DecodedText
// says how many pages were and with what confidence; a page OCR could not
// read is a warning, the rest of the file is kept. Without one, an
// image-only PDF is refused ("no text: needs OCR (3 scanned pages)"), a
// PDF's typed pages are read alone, and an image is refused.
//
// The format is told by the content (the "%PDF-" and zip signatures, an
// OLE compound file with a WordDocument stream, an HTML document's
// opening), the file name's extension deciding only between HTML and text.
// A file in a format that cannot be read says why ("no text: needs OCR",
// "password-protected Word document (.doc)"; an OLE file that is not a
// .doc, such as an encrypted .docx: "password-protected or old Word (.doc)
// file: save it as .docx").
//
// Pure function of its arguments (and of the OCR engine's settings);
// thread-safe.
#ifndef LEXGRAPH_DOCUMENT_DECODER_H_
#define LEXGRAPH_DOCUMENT_DECODER_H_

#include <string_view>

#include "lexgraph/text_decoder.h"

namespace lexgraph {

class OcrEngine;

// The file formats read, by the name the build summary uses.
enum class DocumentFormat { kText, kDocx, kPdf, kHtml, kDoc, kImage };
// "text", "docx", "pdf", "html", "doc", "image"
std::string_view DocumentFormatName(DocumentFormat format);

// The format of `bytes`, named `file_name` (only its extension is read).
DocumentFormat DetectDocumentFormat(std::string_view bytes, std::string_view file_name);

// DecodedText::format and ::encoding say what the file was read as
// ("docx" and "UTF-8"; "html" and "windows-1258"; "text" and "TCVN3").
// `options.encoding` applies to plain-text files; the other formats carry
// their own (an HTML page's declared charset is followed).
DecodedText DecodeDocument(std::string_view bytes, std::string_view file_name,
                           const DecodeOptions& options = {}, OcrEngine* ocr = nullptr);

}  // namespace lexgraph

#endif  // LEXGRAPH_DOCUMENT_DECODER_H_
