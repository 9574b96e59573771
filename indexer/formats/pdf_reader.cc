// pdf_reader.cc: see pdf_reader.h.
#include "pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace lexgraph {
namespace {

// PDF readers accept the header anywhere in the first 1024 bytes and the
// end-of-file marker anywhere in the last 1024 (junk may pad either side).
constexpr std::size_t kMarkerWindow = 1024;

FormatText Failure(std::string error) {
  FormatText result;
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

FormatText ReadWithPoppler(std::string_view bytes) {
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return Failure("damaged PDF: poppler cannot read its structure");
  if (document->is_locked()) return Failure("PDF is password-protected");
  const int pages = document->pages();
  if (pages <= 0) return Failure("PDF has no pages");

  FormatText result;
  int pages_without_text = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    std::string text = page ? PageText(*page) : std::string();
    if (text.empty()) {
      ++pages_without_text;
      continue;
    }
    result.text += text;  // ends in '\n': the page break
  }
  if (result.text.empty()) {
    return Failure("no text: needs OCR (" + std::to_string(pages_without_text) +
                   (pages_without_text == 1 ? " scanned page)" : " scanned pages)"));
  }
  return result;
}

}  // namespace

FormatText ReadPdfText(std::string_view bytes) {
  if (bytes.substr(0, kMarkerWindow).find("%PDF-") == std::string_view::npos) {
    return Failure("not a PDF: no %PDF- header in its first 1024 bytes");
  }
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Failure("damaged PDF: larger than 2 GiB, poppler cannot read it from memory");
  }
  const std::string_view tail =
      bytes.substr(bytes.size() > kMarkerWindow ? bytes.size() - kMarkerWindow : 0);
  if (tail.find("%%EOF") == std::string_view::npos) {
    return Failure("damaged PDF: truncated (no %%EOF marker at its end)");
  }
  SilencePoppler();
  try {
    std::lock_guard<std::mutex> lock(PopplerMutex());
    return ReadWithPoppler(bytes);
  } catch (const std::exception& e) {
    return Failure(std::string("damaged PDF: ") + e.what());
  } catch (...) {
    return Failure("damaged PDF: poppler failed on it");
  }
}

}  // namespace lexgraph
