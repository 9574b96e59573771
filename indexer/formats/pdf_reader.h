// pdf_reader.h: the text layer of a PDF, through poppler-cpp.
//
// Contract: ReadPdfText(bytes) returns the text of every page, in page
// order, as UTF-8 lines ending in '\n' (NFC not applied). A page break is a
// plain line break: the last line of one page and the first line of the
// next are separated by exactly one '\n' and nothing else, so a citation
// that runs over a page end ("Căn cứ Nghị định số" / "30/2020/NĐ-CP") is
// read as it would be inside a page. Trailing spaces of lines and blank
// lines at a page's start and end are dropped; pages without text
// (an image page in an otherwise typed report) are skipped.
//
// Layout: poppler's raw_order_layout, the text in the order the PDF's
// content stream draws it. For the one-column reports that Word and
// LibreOffice write, that is reading order with lines intact. The default
// (physical_layout) lays text out on a character grid: it pads centred
// lines with spaces and merges side-by-side blocks into one line (the
// two-column "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI..." heading became
// "ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI..." and "Số: 123/BC-UBND" shared a
// line with the place and date). non_raw_non_physical_layout cut table rows
// apart into columns. raw order keeps a table row's cells on one line
// separated by spaces ("2 Quyết định số 41/2019/QĐ-UBND UBND tỉnh"). A PDF
// whose generator draws text out of reading order (rare for reports) reads
// out of order.
//
// Errors (FormatText::error; never throws, never exits):
//   "not a PDF: ..."                      no "%PDF-" in the first 1024 bytes
//   "damaged PDF: truncated ..."          no "%%EOF" in the last 1024 bytes
//                                         (a cut-off download would
//                                         otherwise index part of a report)
//   "damaged PDF: ..."                    poppler cannot open it
//   "PDF is password-protected"           needs a password to open (a PDF
//                                         that is merely copy-restricted,
//                                         with an owner password only, reads)
//   "PDF has no pages"
//   "no text: needs OCR (N scanned pages)" no page has a text layer. A PDF
//                                         with text on some pages only is
//                                         read: the text there is returned.
//                                         (DecodeDocument, given an OCR
//                                         engine, reads the others by OCR:
//                                         ReadPdfPages, RenderPdfPage.)
// FormatText::encoding is left empty (PDF text comes out as Unicode).
//
// Poppler's own messages to stderr are silenced (once, with
// std::call_once, through poppler::set_debug_error_function).
//
// Thread-safety: ReadPdfText may be called from several threads at once,
// but poppler 22.12 is not safe for concurrent use even with one
// poppler::document per thread: GfxState's constructor lazily creates
// process-wide colour profiles (GfxState::sRGBProfile, ::XYZProfile) behind
// an unguarded `if (!ptr)`. Tested without a lock, four threads reading one
// PDF at once (50 reads each, and 200 runs of 10 each): the outputs always
// matched and nothing crashed, but valgrind's helgrind reported races inside
// libpoppler (GfxState::GfxState, with profiles freed by cmsCloseProfile in
// another thread; XRef/Object::copy; iconv in poppler-cpp's ustring) and
// -fsanitize=thread reported races in lcms2's cmsCloseProfile and
// cmsFreeToneCurve called from poppler. A data race is undefined behaviour,
// so every poppler call here runs under one process-wide mutex: PDFs are
// read one at a time while the rest of the indexer's work stays parallel.
// With the mutex, helgrind and ThreadSanitizer report nothing.
// pdf_reader_test keeps the four-thread test.
#ifndef LEXGRAPH_INDEXER_PDF_READER_H_
#define LEXGRAPH_INDEXER_PDF_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "format_text.h"

namespace lexgraph {

FormatText ReadPdfText(std::string_view bytes);

// Each page's text layer, for a reader that OCRs the pages without one.
// `texts[i]` is page i+1's text as ReadPdfText would give it ("" for none);
// `without_text` lists (1-based, ascending) the pages whose text layer has
// fewer than 16 letters: a scanned page, or one whose only text is a page
// number or a stamp. `error` as ReadPdfText's, but for "no text".
struct PdfPages {
  std::vector<std::string> texts;
  std::vector<int> without_text;
  std::string error;
};
PdfPages ReadPdfPages(std::string_view bytes);

// The pages' texts as ReadPdfText joins them.
std::string JoinPdfPages(const std::vector<std::string>& texts);

// What ReadPdfText gives, from pages already read: ReadPdfText(bytes) is
// PdfText(ReadPdfPages(bytes)).
FormatText PdfText(PdfPages pages);

// A page (1-based) rendered at `dpi` as 8-bit grey, rows top to bottom,
// for OCR: at most 4096 pixels on its long side (`dpi` is lowered for a
// page whose long side would pass that, 13.6 inches at 300 dpi; the dpi used is returned in
// `dpi`). Under the same lock as every poppler call. An A4 page at 300 dpi
// is 2480 x 3508 pixels, 8.7 MB.
struct GrayImage {
  int width = 0, height = 0, bytes_per_line = 0;
  std::vector<unsigned char> pixels;
  std::string error;
};
GrayImage RenderPdfPage(std::string_view bytes, int page_number, int& dpi);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_PDF_READER_H_
