// corpus_walker.h: the files of a corpus folder, as the builder sees them.
//
// Walks the folder tree without following links to folders (so a link loop
// cannot trap it), skipping hidden entries (".git") and the index folder
// itself when it lies inside the corpus. Reports are the .md, .markdown,
// .txt, .text, .docx, .pdf, .html, .htm and .xhtml files, and links to such
// files (document_decoder.h reads them); every other file is
// listed as skipped with its reason, so the summary accounts for all of
// them. Paths are kept as the bytes the file system gives, relative to
// the corpus folder with '/' between parts, whatever their encoding.
//
// Pure function of the file system; thread-safe.
#ifndef LEXGRAPH_INDEXER_CORPUS_WALKER_H_
#define LEXGRAPH_INDEXER_CORPUS_WALKER_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "lexgraph/text_decoder.h"

namespace lexgraph {

struct CorpusFile {
  std::string path;  // relative: "quang-tri/skhcn-174-bc-2020.md"
  std::filesystem::path full;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string skip_reason;  // set: not a report (the builder records why)
};

struct CorpusListing {
  std::vector<CorpusFile> files;    // sorted by path
  std::vector<std::string> errors;  // folders that could not be read, with why
};

// Lists `root`, leaving out `exclude` (the index folder) if it is inside.
CorpusListing ListCorpus(const std::filesystem::path& root, const std::filesystem::path& exclude);

// True for the names of files read as reports (the extensions above), in
// any case.
bool IsReportName(const std::filesystem::path& path);

// True for the names of files that may hold scans (PDF, TIFF, PNG, JPEG),
// in any case: large files, read by OCR.
bool MayBeScanName(const std::filesystem::path& path);

// IsValidUtf8 (names in legacy encodings are not): lexgraph/text_decoder.h.

// `text` on one line, as `lexindex dump` and the build summary print file
// names and fields: new lines, tabs and backslashes escaped (\n, \t, \\),
// other control characters and bytes that are not UTF-8 (a legacy file
// name) written as \xNN. A file may be named "a\nb.md": printed as it is,
// it would break the one-entry-a-line text that readers of both parse.
std::string EscapeLine(std::string_view text);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_CORPUS_WALKER_H_
