// lexgraph/ocr_engine.h: reads the pages of scanned reports with Tesseract.
//
// An OcrEngine owns a pool of threads, each with its own Tesseract instance
// of the chosen language model, and an optional cache folder. Callers hand
// it the bytes of one file and the pages of it that need reading (the
// pages of an image-only PDF, the pages of a PDF that have no text layer,
// every page of a TIFF, PNG or JPEG); Read blocks until they are read and
// returns their text. Several callers may Read at once: their pages share
// the pool, so that one long scanned PDF, or many short ones, keep every
// core busy. Page images are rendered (PDF, through poppler at `dpi`) or
// decoded (images, through Leptonica) by the pool thread that reads them,
// just before it reads them: at most `threads` page images exist at once,
// whatever the number of pages waiting, so memory stays bounded.
//
// The cache: a file's OCR result is kept under `cache_folder`, keyed by the
// XXH3-128 hash of the file's bytes and by the settings that change the
// result (language, dpi, Tesseract's version, this reader's own version).
// A file read before, by any build of any index pointed at the same
// folder, is not read again: a rebuild, a schema change or a copy of the
// cache on another machine costs no OCR. An entry is written whole, when
// every page of its file is done (written to a temporary name, then
// renamed): a crash loses at most the pages of the files being read.
// Pages that failed or ran past the time limit are cached as failed too,
// with their reason, so a rebuild is as fast as the first one was not;
// delete the cache folder (or the entry) to read them again.
//
// Errors: a page that cannot be rendered, that Tesseract fails on, or that
// runs past `page_seconds` is returned with `error` set and no text; the
// other pages of the file are kept. A language model that is not installed
// makes every page fail with a message saying what to install. A cache
// folder that cannot be written is reported once through the page's
// `warning` and reading goes on without it. Nothing here throws.
//
// A page set in two columns is read column by column (page_columns.h).
//
// Tesseract's own OpenMP threads are turned off: the pool runs one page per
// core, which reads more pages a second than each page spread over the
// cores (Tesseract's documentation says the same for parallel runs).
//
// Thread-safety: Read and Progress may be called from any thread.
#ifndef LEXGRAPH_OCR_ENGINE_H_
#define LEXGRAPH_OCR_ENGINE_H_

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

struct OcrOptions {
  std::string language = "vie";        // Tesseract model(s), "vie" or "vie+eng"
  int dpi = 300;                       // what a PDF page is rendered at
  double page_seconds = 180;           // a page that takes longer is skipped
  unsigned threads = 0;                // pages read at once; 0: one per core
  std::filesystem::path cache_folder;  // empty: no cache
};

// What a page is rendered from.
enum class OcrSource { kPdf, kImage };

struct OcrPage {
  int number = 0;       // 1-based, in the file
  std::string text;     // UTF-8 lines, as Tesseract read them; empty on error
  int confidence = -1;  // Tesseract's mean word confidence, 0-100; -1 on error
  std::string error;    // why the page has no text ("ran past 180 s")
  bool from_cache = false;
};

struct OcrResult {
  std::vector<OcrPage> pages;  // in the order asked
  std::string warning;         // the cache could not be written: why
};

struct OcrProgress {
  std::size_t pages_done = 0;        // read by Tesseract or found in the cache
  std::size_t pages_waiting = 0;     // asked for and not done yet
  std::size_t pages_from_cache = 0;  // of pages_done
  double seconds_per_page = 0;       // wall time per page read by Tesseract,
                                     // all threads together; 0 before the first
};

class OcrEngine {
 public:
  explicit OcrEngine(OcrOptions options);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Reads `pages` (1-based numbers) of the file `bytes`. For an image file
  // a page is a frame of a multi-page TIFF, or the one image.
  OcrResult Read(std::string_view bytes, OcrSource source, const std::vector<int>& pages);

  OcrProgress Progress() const;
  const OcrOptions& options() const;

  // Empty when `language`'s model is installed; otherwise what to install.
  static std::string CheckLanguage(const std::string& language);
  // "tesseract 5.3.0"
  static std::string Version();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_OCR_ENGINE_H_
