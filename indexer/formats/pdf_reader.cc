// pdf_reader.cc: see pdf_reader.h.
#include "pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {
namespace {

// PDF readers accept the header anywhere in the first 1024 bytes and the
// end-of-file marker anywhere in the last 1024 (junk may pad either side).
constexpr std::size_t kMarkerWindow = 1024;

PdfPages PdfFailure(std::string error) {
  PdfPages result;
  result.error = std::move(error);
  return result;
}

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// Every poppler call runs under this lock: see "Thread-safety" in the header.
std::mutex& PopplerMutex() {
  static std::mutex mutex;
  return mutex;
}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(&IgnorePopplerMessage, nullptr); });
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// A page's text as lines ending in '\n': form feeds dropped, trailing
// spaces of each line and blank lines at either end removed. "" when the
// page has no text.
std::string CleanPageText(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  std::size_t pending_newlines = 0;  // blank lines held back until more text
  std::string line;
  auto flush_line = [&] {
    while (!line.empty() && IsSpace(line.back())) line.pop_back();
    if (line.empty()) {
      if (!out.empty()) ++pending_newlines;
      return;
    }
    out.append(pending_newlines, '\n');
    pending_newlines = 0;
    out += line;
    out += '\n';
    line.clear();
  };
  for (char c : raw) {
    if (c == '\n') {
      flush_line();
    } else if (c != '\f') {
      line += c;
    }
  }
  flush_line();
  return out;
}

std::string PageText(const poppler::page& page) {
  poppler::byte_array utf8 = page.text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
  return CleanPageText(std::string_view(utf8.data(), utf8.size()));
}

// The least text a page with a text layer has: a scanned page may carry a
// page number or a stamp as text, which is not its text.
constexpr std::size_t kMinPageLetters = 16;

std::size_t Letters(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += !IsSpace(c);
  return n;
}

PdfPages ReadWithPoppler(std::string_view bytes) {
  PdfPages result;
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return PdfFailure("damaged PDF: poppler cannot read its structure");
  if (document->is_locked()) return PdfFailure("PDF is password-protected");
  const int pages = document->pages();
  if (pages <= 0) return PdfFailure("PDF has no pages");
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    std::string text = page ? PageText(*page) : std::string();
    if (Letters(text) < kMinPageLetters) result.without_text.push_back(i + 1);
    result.texts.push_back(std::move(text));
  }
  return result;
}

// A scan wrapped in a PDF often claims a page far larger than the paper
// (img2pdf and many scanners write 72 or 96 dpi for a 300 dpi image: a
// 26-inch page). Rendered at `dpi` it would be upscaled three times over,
// nine times the pixels for Tesseract to read and no more detail: the
// long side is held to what an A4 page has at 350 dpi.
constexpr double kMaxRenderedPixels = 4096;

int CappedDpi(const poppler::page& page, int dpi) {
  poppler::rectf box = page.page_rect();
  double long_side_inches = std::max(box.width(), box.height()) / 72.0;
  if (long_side_inches <= 0) return dpi;
  return std::max(1, std::min(dpi, static_cast<int>(kMaxRenderedPixels / long_side_inches)));
}

// Checks what poppler would not: a PDF's markers, its size.
std::string CheckPdfBytes(std::string_view bytes) {
  if (bytes.substr(0, kMarkerWindow).find("%PDF-") == std::string_view::npos)
    return "not a PDF: no %PDF- header in its first 1024 bytes";
  if (bytes.size() > static_cast<std::size_t>(INT_MAX))
    return "damaged PDF: larger than 2 GiB, poppler cannot read it from memory";
  const std::string_view tail =
      bytes.substr(bytes.size() > kMarkerWindow ? bytes.size() - kMarkerWindow : 0);
  if (tail.find("%%EOF") == std::string_view::npos)
    return "damaged PDF: truncated (no %%EOF marker at its end)";
  return {};
}

}  // namespace

PdfPages ReadPdfPages(std::string_view bytes) {
  if (std::string error = CheckPdfBytes(bytes); !error.empty()) return PdfFailure(error);
  SilencePoppler();
  try {
    std::lock_guard<std::mutex> lock(PopplerMutex());
    return ReadWithPoppler(bytes);
  } catch (const std::exception& e) {
    return PdfFailure(std::string("damaged PDF: ") + e.what());
  } catch (...) {
    return PdfFailure("damaged PDF: poppler failed on it");
  }
}

std::string JoinPdfPages(const std::vector<std::string>& texts) {
  std::string text;
  for (const std::string& page : texts) text += page;  // each ends in '\n': the page break
  return text;
}

FormatText ReadPdfText(std::string_view bytes) { return PdfText(ReadPdfPages(bytes)); }

FormatText PdfText(PdfPages pages) {
  FormatText result;
  if (!pages.error.empty()) {
    result.error = std::move(pages.error);
    return result;
  }
  result.text = JoinPdfPages(pages.texts);
  if (result.text.empty()) {
    const std::size_t n = pages.without_text.size();
    result.error = "no text: needs OCR (" + std::to_string(n) +
                   (n == 1 ? " scanned page)" : " scanned pages)");
  }
  return result;
}

GrayImage RenderPdfPage(std::string_view bytes, int page_number, int& dpi) {
  GrayImage image;
  if (std::string error = CheckPdfBytes(bytes); !error.empty()) {
    image.error = error;
    return image;
  }
  SilencePoppler();
  try {
    std::lock_guard<std::mutex> lock(PopplerMutex());
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document || document->is_locked()) {
      image.error = "damaged PDF: poppler cannot read its structure";
      return image;
    }
    std::unique_ptr<poppler::page> page(document->create_page(page_number - 1));
    if (!page) {
      image.error = "PDF has no page " + std::to_string(page_number);
      return image;
    }
    dpi = CappedDpi(*page, dpi);
    poppler::page_renderer renderer;
    renderer.set_render_hints(poppler::page_renderer::antialiasing |
                              poppler::page_renderer::text_antialiasing);
    renderer.set_image_format(poppler::image::format_gray8);
    poppler::image rendered = renderer.render_page(page.get(), dpi, dpi);
    if (!rendered.is_valid() || rendered.format() != poppler::image::format_gray8) {
      image.error = "poppler could not render page " + std::to_string(page_number);
      return image;
    }
    image.width = rendered.width();
    image.height = rendered.height();
    image.bytes_per_line = rendered.bytes_per_row();
    const char* data = rendered.const_data();
    image.pixels.assign(data, data + static_cast<std::size_t>(image.bytes_per_line) * image.height);
  } catch (const std::exception& e) {
    image = GrayImage();
    image.error = std::string("poppler failed rendering page ") + std::to_string(page_number) +
                  ": " + e.what();
  }
  return image;
}

}  // namespace lexgraph
