// lexindex: reads reports and prints what the extractor finds in them.
//
//   lexindex extract FILE|DIR...          one JSON line per file
//   lexindex extract --cites REF DIR...   the files that cite REF
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "lexgraph/citation_extractor.h"
#include "lexgraph/extraction_json.h"
#include "lexgraph/reference_parser.h"
#include "lexgraph/text_decoder.h"

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 1ull << 30;  // 1 GiB

bool IsReportFile(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".md" || ext == ".txt" || ext == ".markdown" || ext == ".text";
}

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
      if (it->is_regular_file(type_ec) && IsReportFile(it->path())) found.push_back(it->path());
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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open for reading";
    return false;
  }
  bytes.assign(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    error = "read error";
    return false;
  }
  return true;
}

int RunExtract(const std::vector<std::string>& paths, const std::string& cites) {
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
  int matching_files = 0;
  for (const fs::path& path : files) {
    std::string bytes, error;
    if (!ReadFile(path, bytes, error)) {
      std::cerr << "lexindex: " << path.string() << ": skipped: " << error << "\n";
      ++failures;
      continue;
    }
    lexgraph::DecodedText decoded = lexgraph::DecodeText(bytes);
    if (!decoded.ok()) {
      std::cerr << "lexindex: " << path.string() << ": skipped: " << decoded.error << "\n";
      ++failures;
      continue;
    }
    if (decoded.invalid_sequences > 0)
      std::cerr << "lexindex: " << path.string() << ": warning: " << decoded.invalid_sequences
                << " invalid UTF-8 sequence(s) replaced by U+FFFD\n";
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

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "lexindex: reads Vietnamese administrative reports and finds the documents they cite."};
  app.set_version_flag("--version", "lexindex 0.1.0");
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 when every file was read, 1 when some file could not be read\n"
      "(each is named on stderr), 2 on a usage error.");

  std::vector<std::string> paths;
  std::string cites;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Print, for each file, one JSON line with the document's own identity and every\n"
      "document it cites (the contract: shared/spec/extraction.md). Folders are walked\n"
      "for .md and .txt files.");
  extract->add_option("paths", paths, "Files or folders to read")->required();
  extract->add_option("--cites", cites,
                      "Instead of JSON, list the files that cite this document, e.g.\n"
                      "\"Chỉ thị 05-CT/TW\", \"chi thi 5-ct/tw\", \"Bộ luật Lao động\"");
  extract->footer(
      "Examples:\n"
      "  lexindex extract corpus/quang-tri/skhcn-174-bc-2020.md\n"
      "  lexindex extract corpus/ > citations.jsonl\n"
      "  lexindex extract --cites \"Chỉ thị 05-CT/TW\" corpus/");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here too, with status 0.
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (extract->parsed()) return RunExtract(paths, cites);
  return 2;
}
