#include "lexgraph/document_decoder.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "doc_reader.h"
#include "docx_reader.h"
#include "format_text.h"
#include "html_reader.h"
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

DecodedText FromFormatText(FormatText read, DocumentFormat format) {
  DecodedText result;
  result.format = std::string(DocumentFormatName(format));
  if (!read.ok()) {
    result.error = std::move(read.error);
    return result;
  }
  result.encoding = read.encoding.empty() ? "UTF-8" : std::move(read.encoding);
  result.text = std::move(read.text);
  result.invalid_sequences = ReplaceInvalidUtf8(result.text);
  if (!NormalizeToNfc(result.text, result.error)) result.text.clear();
  return result;
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
    case DocumentFormat::kDoc:
      return "doc";
  }
  return "text";
}

DocumentFormat DetectDocumentFormat(std::string_view bytes, std::string_view file_name) {
  if (LooksLikePdf(bytes)) return DocumentFormat::kPdf;
  if (LooksLikeOle(bytes) && IsWordBinaryDocument(bytes)) return DocumentFormat::kDoc;
  if (LooksLikeZip(bytes) || LooksLikeOle(bytes)) return DocumentFormat::kDocx;
  std::string ext = LowerExtension(file_name);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || LooksLikeHtml(bytes))
    return DocumentFormat::kHtml;
  return DocumentFormat::kText;
}

DecodedText DecodeDocument(std::string_view bytes, std::string_view file_name,
                           const DecodeOptions& options) {
  DocumentFormat format = DetectDocumentFormat(bytes, file_name);
  switch (format) {
    case DocumentFormat::kText:
      return DecodeText(bytes, options);
    case DocumentFormat::kDocx:
      return FromFormatText(ReadDocxText(bytes), format);
    case DocumentFormat::kPdf:
      return FromFormatText(ReadPdfText(bytes), format);
    case DocumentFormat::kHtml:
      return FromFormatText(ReadHtmlText(bytes), format);
    case DocumentFormat::kDoc:
      return FromFormatText(ReadDocText(bytes), format);
  }
  return DecodeText(bytes, options);
}

}  // namespace lexgraph
