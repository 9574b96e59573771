#include "lexgraph/document_decoder.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "doc_reader.h"
#include "docx_reader.h"
#include "format_text.h"
#include "html_reader.h"
#include "image_reader.h"
#include "lexgraph/ocr_engine.h"
#include "pdf_reader.h"

namespace lexgraph {
namespace {

std::string LowerExtension(std::string_view file_name) {
  std::size_t slash = file_name.rfind('/');
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(file_name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool IsTextExtension(std::string_view ext) {
  for (std::string_view text : {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
    if (ext == text) return true;
  return false;
}

// A PDF's header may follow a little junk (mail gateways, some scanners):
// readers look for it in the first kilobyte.
bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool LooksLikeZip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

// Word 97-2003 files and encrypted .docx are OLE compound files; a .doc
// has a WordDocument stream.
bool LooksLikeOle(std::string_view bytes) {
  return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

// "<!DOCTYPE html" or "<html" first, after a byte-order mark, white space
// and comments; case does not matter.
bool LooksLikeHtml(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  for (;;) {
    std::size_t start = bytes.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return false;
    bytes.remove_prefix(start);
    if (!bytes.starts_with("<!--")) break;
    std::size_t end = bytes.find("-->");
    if (end == std::string_view::npos) return false;
    bytes.remove_prefix(end + 3);
  }
  std::string head(bytes.substr(0, 14));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

// Sets `result`'s text (NFC, ill-formed UTF-8 replaced), encoding and
// error from what a format reader gave; its format and OCR fields stay.
void TakeFormatText(FormatText read, DecodedText& result) {
  if (!read.ok()) {
    result.error = std::move(read.error);
    return;
  }
  result.encoding = read.encoding.empty() ? "UTF-8" : std::move(read.encoding);
  result.text = std::move(read.text);
  result.invalid_sequences = ReplaceInvalidUtf8(result.text);
  if (!NormalizeToNfc(result.text, result.error)) result.text.clear();
}

DecodedText FromFormatText(FormatText read, DocumentFormat format) {
  DecodedText result;
  result.format = std::string(DocumentFormatName(format));
  TakeFormatText(std::move(read), result);
  return result;
}

std::string PageWord(std::size_t n) { return n == 1 ? " page" : " pages"; }

// Joins what OCR read into `pages` (1-based, as `texts`), and tells `result`
// how it went: the pages read, their confidence, and a warning for each
// page that could not be read.
void MergeOcrPages(const OcrResult& ocr, std::vector<std::string>& texts, DecodedText& result) {
  std::size_t letters = 0;
  double weighted = 0;
  for (const OcrPage& page : ocr.pages) {
    if (!page.error.empty()) {
      result.warnings.push_back("page " + std::to_string(page.number) + ": " + page.error);
      continue;
    }
    texts[page.number - 1] = page.text;
    if (page.text.find_first_not_of(" \n") == std::string::npos) continue;  // a blank page
    ++result.ocr_pages;
    letters += page.text.size();
    weighted += static_cast<double>(page.confidence) * page.text.size();
  }
  if (result.ocr_pages > 0)
    result.ocr_confidence = letters ? static_cast<int>(weighted / letters + 0.5) : 0;
  if (!ocr.warning.empty()) result.warnings.push_back(ocr.warning);
}

// Why a scan gave no text: its pages' own errors, when all failed alike.
std::string NoOcrText(const OcrResult& ocr) {
  std::string reason;
  for (const OcrPage& page : ocr.pages) {
    if (page.error.empty()) continue;
    if (reason.empty())
      reason = page.error;
    else if (reason != page.error)
      return "OCR read no text on " + std::to_string(ocr.pages.size()) +
             PageWord(ocr.pages.size()) + " (see the warnings)";
  }
  if (!reason.empty()) return "OCR read no text: " + reason;
  return "no text: OCR found none on " + std::to_string(ocr.pages.size()) +
         PageWord(ocr.pages.size()) + " (a picture, or a blank scan?)";
}

// `result` with the text of the pages, typed and read by OCR; an error
// when there is none.
DecodedText FromPages(const std::vector<std::string>& texts, const OcrResult& ocr,
                      DecodedText result) {
  FormatText read;
  read.text = JoinPdfPages(texts);
  if (read.text.empty()) read.error = NoOcrText(ocr);
  TakeFormatText(std::move(read), result);
  return result;
}

// A PDF: its text layer, and OCR for the pages without one. The PDF is
// parsed once, whatever is read of it.
DecodedText DecodePdf(std::string_view bytes, OcrEngine* ocr) {
  PdfPages pdf = ReadPdfPages(bytes);
  if (!ocr || !pdf.error.empty() || pdf.without_text.empty()) {
    std::vector<int> left_out = ocr ? std::vector<int>() : pdf.without_text;
    DecodedText result = FromFormatText(PdfText(std::move(pdf)), DocumentFormat::kPdf);
    // Scanned pages in a PDF that has text too: the text is indexed, and the
    // report says which pages it lacks (a PDF of scans alone is an error).
    if (result.ok() && !left_out.empty()) {
      std::string pages;
      for (std::size_t i = 0; i < left_out.size(); ++i)
        pages += (i > 0 ? ", " : "") + std::to_string(left_out[i]);
      result.warnings.push_back((left_out.size() == 1 ? "page " : "pages ") + pages +
                                " left out: scanned, and OCR is off (--no-ocr)");
    }
    return result;
  }
  DecodedText result;
  result.format = "pdf";
  OcrResult read = ocr->Read(bytes, OcrSource::kPdf, pdf.without_text);
  MergeOcrPages(read, pdf.texts, result);
  return FromPages(pdf.texts, read, std::move(result));
}

// A TIFF, PNG or JPEG: every page by OCR.
DecodedText DecodeImage(std::string_view bytes, OcrEngine* ocr) {
  DecodedText result;
  result.format = "image";
  if (!ocr) {
    result.error = "image: needs OCR, which is off (--no-ocr)";
    return result;
  }
  ImagePageCount count = CountImagePages(bytes);
  if (!count.error.empty()) {
    result.error = std::move(count.error);
    return result;
  }
  std::vector<int> numbers;
  for (int i = 1; i <= count.pages; ++i) numbers.push_back(i);
  std::vector<std::string> texts(count.pages);
  OcrResult read = ocr->Read(bytes, OcrSource::kImage, numbers);
  MergeOcrPages(read, texts, result);
  return FromPages(texts, read, std::move(result));
}

}  // namespace

std::string_view DocumentFormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kText:
      return "text";
    case DocumentFormat::kDocx:
      return "docx";
    case DocumentFormat::kPdf:
      return "pdf";
    case DocumentFormat::kHtml:
      return "html";
    case DocumentFormat::kImage:
      return "image";
    case DocumentFormat::kDoc:
      return "doc";
  }
  return "text";
}

DocumentFormat DetectDocumentFormat(std::string_view bytes, std::string_view file_name) {
  if (LooksLikePdf(bytes)) return DocumentFormat::kPdf;
  if (LooksLikeOle(bytes) && IsWordBinaryDocument(bytes)) return DocumentFormat::kDoc;
  std::string ext = LowerExtension(file_name);
  // A file named as text that starts like a picture is a binary file
  // misnamed, not a scan: the text decoder says so.
  if (LooksLikeImage(bytes) && !IsTextExtension(ext)) return DocumentFormat::kImage;
  if (LooksLikeZip(bytes) || LooksLikeOle(bytes)) return DocumentFormat::kDocx;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || LooksLikeHtml(bytes))
    return DocumentFormat::kHtml;
  return DocumentFormat::kText;
}

DecodedText DecodeDocument(std::string_view bytes, std::string_view file_name,
                           const DecodeOptions& options, OcrEngine* ocr) {
  DocumentFormat format = DetectDocumentFormat(bytes, file_name);
  switch (format) {
    case DocumentFormat::kText:
      return DecodeText(bytes, options);
    case DocumentFormat::kDocx:
      return FromFormatText(ReadDocxText(bytes), format);
    case DocumentFormat::kPdf:
      return DecodePdf(bytes, ocr);
    case DocumentFormat::kHtml:
      return FromFormatText(ReadHtmlText(bytes), format);
    case DocumentFormat::kImage:
      return DecodeImage(bytes, ocr);
    case DocumentFormat::kDoc:
      return FromFormatText(ReadDocText(bytes), format);
  }
  return DecodeText(bytes, options);
}

}  // namespace lexgraph
