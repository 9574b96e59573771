// lexgraph/index_builder.h: builds and updates an index of a corpus folder.
//
// An index is a folder holding a Xapian database (xapian/: full text and
// citation terms, index_terms.h) and an SQLite citation graph
// (graph.sqlite). BuildIndex brings it in step with the corpus: it reads
// new and changed files only (a file whose size and modification time are
// unchanged is not read; one whose bytes hash the same is not re-indexed),
// removes the reports of deleted files, and records skipped files with
// their reason.
//
// Crash safety: work is committed in batches. Each batch is committed to
// Xapian first, then to SQLite, and SQLite is the record of what is in
// the index: a Xapian document that SQLite does not list (a batch cut off
// between the two commits, or the old version of a changed report) is
// invisible to IndexReader and deleted by the next build. Killing the
// process at any moment leaves an index that opens and answers for every
// batch committed; the next BuildIndex completes it.
//
// One writer at a time (a second one gets IndexError kLocked); readers
// may read while it runs. BuildIndex uses `jobs` threads to read and
// extract and the calling thread to write; it is not itself re-entrant
// for one index.
#ifndef LEXGRAPH_INDEX_BUILDER_H_
#define LEXGRAPH_INDEX_BUILDER_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "lexgraph/ocr_engine.h"
#include "lexgraph/text_decoder.h"

namespace lexgraph {

struct BuildProgress {
  std::size_t files_done = 0;   // examined so far, of files_total
  std::size_t files_total = 0;  // files to read in this run (new or changed)
  std::int64_t bytes_done = 0;
  std::int64_t bytes_total = 0;
  double elapsed_seconds = 0;
  // Scans: pages read by OCR (or found in its cache) and pages waiting,
  // of the files opened so far (a file's pages are known once it is open).
  std::size_t ocr_pages_done = 0;
  std::size_t ocr_pages_waiting = 0;
  double ocr_seconds_per_page = 0;  // all threads together; 0 before the first
};

struct BuildOptions {
  std::filesystem::path corpus;
  std::filesystem::path index;
  unsigned jobs = 0;  // reader/extractor threads; 0: one per core
  // Reports per commit. Bounds memory (Xapian keeps a batch's postings in
  // memory until the commit) and the work a crash can cost.
  std::size_t batch_documents = 2000;
  std::int64_t batch_bytes = 48ll << 20;     // ... or this much text, whichever first
  std::int64_t max_file_bytes = 32ll << 20;  // larger files are skipped...
  // ...but PDFs and images, which are often scans (a page is about 1 MB at
  // 300 dpi), may be kScanSizeFactor times larger.
  static constexpr std::int64_t kScanSizeFactor = 8;
  // The encoding of plain-text files; kDetect tells it file by file
  // (text_decoder.h). DOCX, PDF and HTML files carry their own.
  TextEncoding encoding = TextEncoding::kDetect;
  // Scanned pages (image-only PDFs, PDF pages without text, TIFF, PNG and
  // JPEG files) are read by OCR unless `ocr` is false (ocr_engine.h). An
  // empty `ocr_options.cache_folder` means INDEX/ocr-cache: a rebuild of
  // this index reads no scan twice. OCR runs on its own threads, one per
  // core unless ocr_options.threads says otherwise, beside the `jobs`.
  bool ocr = true;
  OcrOptions ocr_options;
  // Called from the calling thread, at most about ten times a second.
  std::function<void(const BuildProgress&)> on_progress;
};

struct FileNote {
  std::string path;    // relative to the corpus folder
  std::string reason;  // "binary file (NUL bytes)", "empty file", ...
};

struct BuildSummary {
  std::size_t indexed = 0;          // new or changed reports (re)indexed
  std::size_t unchanged = 0;        // already in the index as they are
  std::size_t removed = 0;          // reports of files no longer in the corpus
  std::vector<FileNote> skipped;    // not indexed, with why
  std::vector<FileNote> warnings;   // indexed, but with something to know
  std::vector<std::string> errors;  // folders that could not be read
  std::size_t citations = 0;        // found in the reports indexed in this run
  std::size_t reports_in_index = 0;
  std::int64_t bytes_read = 0;
  // The reports indexed in this run by file format ("text", "docx", "pdf",
  // "html") and by the encoding their text was read from ("UTF-8", "TCVN3").
  std::map<std::string, std::size_t> formats;
  std::map<std::string, std::size_t> encodings;
  // Scans indexed in this run: reports and pages read by OCR, and the pages
  // of those that came from the OCR cache.
  std::size_t ocr_reports = 0;
  std::size_t ocr_pages = 0;
  std::size_t ocr_pages_from_cache = 0;
  double elapsed_seconds = 0;
  // Why every report was read again in this run, "" when none was: the
  // extractor changed since they were indexed, or the full text lacked the
  // terms this version writes.
  std::string read_again;
};

// Throws IndexError (index_error.h) when the index cannot be written at
// all: locked, another schema version, another corpus, storage failure.
BuildSummary BuildIndex(const BuildOptions& options);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEX_BUILDER_H_
