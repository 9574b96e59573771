// lexindex: reads reports, prints what the extractor finds in them, and
// builds the index that lexquery reads.
//
//   lexindex extract FILE|DIR...          one JSON line per file
//   lexindex extract --cites REF DIR...   the files that cite REF
//   lexindex build CORPUS [--index DIR]   index a folder of reports
//   lexindex dump [--index DIR]           both stores of an index as text
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "build_report.h"
#include "corpus_walker.h"
#include "file_bytes.h"
#include "lexgraph/citation_extractor.h"
#include "lexgraph/document_decoder.h"
#include "lexgraph/extraction_json.h"
#include "lexgraph/index_builder.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/ocr_engine.h"
#include "lexgraph/reference_parser.h"
#include "lexgraph/text_decoder.h"
#include "xapian_shards.h"

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 1ull << 30;  // 1 GiB

// Files named on the command line are read whatever their name; folders
// are walked for text and Markdown files, in a stable (sorted) order.
std::vector<fs::path> ExpandPaths(const std::vector<std::string>& args, int& failures) {
  std::vector<fs::path> files;
  for (const std::string& arg : args) {
    std::error_code ec;
    fs::path path(arg);
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    auto options = fs::directory_options::skip_permission_denied;
    for (auto it = fs::recursive_directory_iterator(path, options, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_regular_file(type_ec) && lexgraph::IsReportName(it->path()))
        found.push_back(it->path());
    }
    if (ec) {
      std::cerr << "lexindex: " << arg << ": cannot list the folder completely: " << ec.message()
                << "\n";
      ++failures;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Reads a whole file; on failure returns false with a reason.
bool ReadFile(const fs::path& path, std::string& bytes, std::string& error) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "is a folder";
    return false;
  }
  std::uintmax_t size = fs::file_size(path, ec);
  if (ec) {
    error = ec.message();
    return false;
  }
  if (size > kMaxFileBytes) {
    error = "larger than 1 GiB (" + std::to_string(size) + " bytes), not read";
    return false;
  }
  std::optional<std::string> read = lexgraph::ReadFileBytes(path, size, error);
  if (!read) return false;
  bytes = std::move(*read);
  return true;
}

// While OCR works for `extract`, a line on a terminal says how far it is.
class OcrProgressPrinter {
 public:
  explicit OcrProgressPrinter(const lexgraph::OcrEngine* ocr) {
    if (!ocr || !::isatty(STDERR_FILENO)) return;
    thread_ = std::thread([this, ocr] {
      std::unique_lock lock(mutex_);
      bool shown = false;
      while (!stop_.wait_for(lock, std::chrono::milliseconds(500), [&] { return stopping_; })) {
        lexgraph::OcrProgress p = ocr->Progress();
        if (p.pages_waiting == 0) continue;
        std::cerr << "\r  "
                  << lexgraph::OcrProgressLine(p.pages_done, p.pages_waiting, p.seconds_per_page)
                  << "\x1b[K" << std::flush;
        shown = true;
      }
      if (shown) std::cerr << "\r\x1b[K" << std::flush;
    });
  }
  ~OcrProgressPrinter() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    stop_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable stop_;
  bool stopping_ = false;
  std::thread thread_;
};

int RunExtract(const std::vector<std::string>& paths, const std::string& cites,
               const lexgraph::DecodeOptions& decode_options, lexgraph::OcrEngine* ocr) {
  std::optional<lexgraph::Reference> wanted;
  if (!cites.empty()) {
    lexgraph::ParsedReference parsed = lexgraph::ParseReference(cites);
    if (!parsed.ok()) {
      std::cerr << "lexindex: " << parsed.error << "\n";
      return 2;
    }
    wanted = parsed.reference;
  }
  int failures = 0;
  std::vector<fs::path> files = ExpandPaths(paths, failures);
  lexgraph::CitationExtractor extractor;
  OcrProgressPrinter progress(ocr);
  int matching_files = 0;
  for (const fs::path& path : files) {
    std::string bytes, error;
    if (!ReadFile(path, bytes, error)) {
      std::cerr << "lexindex: " << path.string() << ": skipped: " << error << "\n";
      ++failures;
      continue;
    }
    lexgraph::DecodedText decoded =
        lexgraph::DecodeDocument(bytes, path.string(), decode_options, ocr);
    if (!decoded.ok()) {
      std::cerr << "lexindex: " << path.string() << ": skipped: " << decoded.error << "\n";
      ++failures;
      continue;
    }
    if (decoded.invalid_sequences > 0)
      std::cerr << "lexindex: " << path.string() << ": warning: " << decoded.invalid_sequences
                << " invalid UTF-8 sequence(s) replaced by U+FFFD\n";
    for (const std::string& warning : decoded.warnings)
      std::cerr << "lexindex: " << path.string() << ": warning: " << warning << "\n";
    if (decoded.ocr_pages > 0)
      std::cerr << "lexindex: " << path.string() << ": read by OCR: " << decoded.ocr_pages
                << (decoded.ocr_pages == 1 ? " page" : " pages") << ", confidence "
                << decoded.ocr_confidence << "%\n";
    lexgraph::Extraction extraction = extractor.Extract(decoded.text);
    if (!wanted) {
      std::cout << lexgraph::ExtractionToJsonLine(path.string(), extraction) << "\n";
      continue;
    }
    bool header_printed = false;
    for (const lexgraph::Citation& c : extraction.citations) {
      if (lexgraph::CitationKey(c) != wanted->key) continue;
      if (!header_printed) {
        const lexgraph::DocumentInfo& d = extraction.document;
        std::cout << path.string() << "\n    " << d.type.value_or("?") << " "
                  << d.symbol.value_or("(không số)") << " — " << d.issuer.value_or("?")
                  << (d.date ? ", " + *d.date : "") << "\n";
        header_printed = true;
        ++matching_files;
      }
      std::string mention = c.text;
      std::replace(mention.begin(), mention.end(), '\n', ' ');
      std::cout << "    [" << lexgraph::RelationName(c.relation) << "] " << mention << "\n";
    }
  }
  std::cout.flush();
  if (wanted)
    std::cerr << "lexindex: " << matching_files << " of " << files.size() << " file(s) cite "
              << wanted->symbol.value_or(wanted->name.value_or(cites)) << "\n";
  return failures == 0 ? 0 : 1;
}

// Exit status of a command that could not use the index at all.
int ReportIndexError(const lexgraph::IndexError& e) {
  std::cerr << "lexindex: " << e.what() << "\n";
  return e.kind() == lexgraph::IndexError::Kind::kUsage ? 2 : 3;
}

int RunBuild(lexgraph::BuildOptions options, bool verbose, bool quiet) {
  bool show_progress = !quiet && ::isatty(STDERR_FILENO);
  if (show_progress) {
    options.on_progress = [](const lexgraph::BuildProgress& progress) {
      std::cerr << "\r" << lexgraph::ProgressLine(progress) << "\x1b[K" << std::flush;
    };
  }
  // A disk that fills up can make Xapian end the process in
  // std::terminate; this makes that a storage error (xapian_shards.h).
  lexgraph::XapianTerminateHandler storage_failures_end_cleanly;
  try {
    lexgraph::BuildSummary summary = lexgraph::BuildIndex(options);
    if (show_progress) std::cerr << "\r\x1b[K" << std::flush;
    if (!quiet) lexgraph::PrintSummary(std::cout, summary, options.index.string(), verbose);
    bool unreadable =
        !summary.errors.empty() ||
        std::any_of(summary.skipped.begin(), summary.skipped.end(), lexgraph::IsReadFailure);
    return unreadable ? 1 : 0;
  } catch (const lexgraph::IndexError& e) {
    if (show_progress) std::cerr << "\n";
    return ReportIndexError(e);
  }
}

int RunDump(const std::string& index) {
  try {
    int reads = lexgraph::DumpIndex(index, std::cout);
    // For the reliability tests, which count the retries a user never sees.
    if (std::getenv("LEXGRAPH_TRACE_READS"))
      std::cerr << "lexindex: read the index " << reads << " time(s)\n";
    std::cout.flush();
    return 0;
  } catch (const lexgraph::IndexError& e) {
    return ReportIndexError(e);
  } catch (const Xapian::DatabaseModifiedError&) {
    std::cerr << "lexindex: the index changed while it was being dumped; run the dump again\n";
    return 3;
  } catch (const Xapian::Error& e) {
    std::cerr << "lexindex: " << index << ": " << e.get_description() << "\n";
    return 3;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "lexindex: reads Vietnamese administrative reports and finds the documents they cite."};
  app.set_version_flag("--version", "lexindex 0.1.0");
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 when every file was read, 1 when some file could not be read\n"
      "(each is named), 2 on a usage error, 3 when the index could not be written or\n"
      "read (locked by another build, another version, storage failure).");

  std::vector<std::string> paths;
  std::string cites;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Print, for each file, one JSON line with the document's own identity and every\n"
      "document it cites (the contract: shared/spec/extraction.md). Reads plain text\n"
      "(.txt, .md) in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI, Word .docx and .doc,\n"
      "PDF, HTML pages, and scans (image-only PDFs, .tif, .png, .jpg) by OCR with\n"
      "Tesseract; folders are walked for such files.");
  extract->add_option("paths", paths, "Files or folders to read")->required();
  extract->add_option("--cites", cites,
                      "Instead of JSON, list the files that cite this document, e.g.\n"
                      "\"Chỉ thị 05-CT/TW\", \"chi thi 5-ct/tw\", \"Bộ luật Lao động\"");
  std::string encoding_name;
  auto add_encoding_option = [&](CLI::App* command) {
    command
        ->add_option("--encoding", encoding_name,
                     "Read every plain-text file in this encoding instead of telling each\n"
                     "file's own: " +
                         std::string(lexgraph::TextEncodingNames()))
        ->check([](const std::string& name) {
          return lexgraph::ParseTextEncoding(name)
                     ? std::string()
                     : "unknown encoding \"" + name +
                           "\"; known: " + std::string(lexgraph::TextEncodingNames());
        });
  };
  add_encoding_option(extract);
  bool no_ocr = false;
  lexgraph::OcrOptions ocr_options;
  std::string ocr_cache;
  auto add_ocr_options = [&](CLI::App* command, const std::string& cache_default) {
    command->add_flag("--no-ocr", no_ocr,
                      "Do not read scans by OCR: image-only PDFs and images are skipped,\n"
                      "and a PDF's pages without text are left out");
    command
        ->add_option("--ocr-lang", ocr_options.language,
                     "Tesseract model(s) for scans, e.g. vie or vie+eng (Debian package\n"
                     "tesseract-ocr-LANG)")
        ->default_val(ocr_options.language);
    command->add_option("--ocr-cache", ocr_cache,
                        "Folder of OCR results kept by file content, so that no scan is read\n"
                        "twice (" +
                            cache_default + ")");
    command
        ->add_option("--ocr-page-seconds", ocr_options.page_seconds,
                     "Skip a page that OCR has not read in this many seconds")
        ->default_val(ocr_options.page_seconds)
        ->check(CLI::PositiveNumber);
    command->add_option("--ocr-threads", ocr_options.threads,
                        "Pages read by OCR at once (default: one per core)");
    command
        ->add_option("--ocr-dpi", ocr_options.dpi, "Resolution PDF pages are rendered at for OCR")
        ->default_val(ocr_options.dpi)
        ->check(CLI::Range(72, 1200));
  };
  add_ocr_options(extract, "default: none");
  extract->footer(
      "Examples:\n"
      "  lexindex extract corpus/quang-tri/skhcn-174-bc-2020.md\n"
      "  lexindex extract corpus/ > citations.jsonl\n"
      "  lexindex extract --cites \"Chỉ thị 05-CT/TW\" corpus/\n"
      "  lexindex extract --encoding tcvn3 old-reports/1998/\n"
      "  lexindex extract scans/bc-235-snv.pdf --ocr-cache ~/.cache/lexgraph-ocr");

  lexgraph::BuildOptions build_options;
  std::string corpus;
  std::string index = lexgraph::DefaultIndexPath().string();
  bool verbose = false, quiet = false;
  double max_file_mb = 32;
  CLI::App* build = app.add_subcommand(
      "build",
      "Index a folder of reports (.txt, .md, .docx, .doc, .pdf, .html; scans as .pdf,\n"
      ".tif, .png, .jpg, read by OCR) into a Xapian full-text\n"
      "index and an SQLite citation graph. Run it again after the folder changes: it\n"
      "reads only new and changed files and removes the reports of deleted ones. Safe\n"
      "to interrupt: the next run completes the index.");
  build->add_option("corpus", corpus, "Folder of reports to index")->required();
  build->add_option(
      "--index", index,
      "Index folder, created if needed (default: $LEXGRAPH_INDEX or ./lexgraph-index)");
  build->add_option("--jobs,-j", build_options.jobs,
                    "Threads that read and extract (default: one per core)");
  build
      ->add_option("--max-file-size", max_file_mb,
                   "Skip files larger than this many MiB (PDFs and images, often scans:\n"
                   "8 times as large)")
      ->default_val(32)
      ->check(CLI::PositiveNumber);
  build
      ->add_option("--batch", build_options.batch_documents,
                   "Reports per commit (bounds memory and the work a crash can lose)")
      ->default_val(build_options.batch_documents)
      ->check(CLI::PositiveNumber);
  add_encoding_option(build);
  add_ocr_options(build, "default: INDEX/ocr-cache");
  build->add_flag("--verbose,-v", verbose, "Name every skipped file and every warning");
  build->add_flag("--quiet,-q", quiet, "Print nothing but errors");
  build->footer(
      "The summary counts files indexed, unchanged, removed and skipped (with each\n"
      "reason). A progress line is shown while it works when stderr is a terminal.\n"
      "Examples:\n"
      "  lexindex build corpus/ --index lexgraph-index\n"
      "  lexindex build /archive/bao-cao --index /data/archive-index --verbose");

  CLI::App* dump = app.add_subcommand(
      "dump",
      "Print both stores of an index as canonical text (documents by path with their\n"
      "terms and values, authorities, citations, skipped files; no internal ids or\n"
      "times), so that two indexes compare with diff.");
  dump->add_option("--index", index, "Index folder (default: $LEXGRAPH_INDEX or ./lexgraph-index)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here too, with status 0.
    return app.exit(e) == 0 ? 0 : 2;
  }
  lexgraph::DecodeOptions decode_options;
  if (!encoding_name.empty()) decode_options.encoding = *lexgraph::ParseTextEncoding(encoding_name);
  ocr_options.cache_folder = ocr_cache;
  if (extract->parsed()) {
    std::unique_ptr<lexgraph::OcrEngine> ocr;
    if (!no_ocr) ocr = std::make_unique<lexgraph::OcrEngine>(ocr_options);
    return RunExtract(paths, cites, decode_options, ocr.get());
  }
  if (build->parsed()) {
    build_options.ocr = !no_ocr;
    build_options.ocr_options = ocr_options;
    build_options.encoding = decode_options.encoding;
    build_options.corpus = corpus;
    build_options.index = index;
    build_options.max_file_bytes = static_cast<std::int64_t>(max_file_mb * (1 << 20));
    return RunBuild(build_options, verbose, quiet);
  }
  if (dump->parsed()) return RunDump(index);
  return 2;
}
