#include "corpus_walker.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <system_error>

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

std::string LowerExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// The extensions read as reports, by the reader document_decoder picks:
// those of typed text, and those that may hold scans, read by OCR.
constexpr std::string_view kTypedExtensions[] = {".md",  ".markdown", ".txt", ".text", ".docx",
                                                 ".doc", ".html",     ".htm", ".xhtml"};
constexpr std::string_view kScanExtensions[] = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"};

template <std::size_t N>
bool HasExtensionIn(const fs::path& path, const std::string_view (&extensions)[N]) {
  std::string ext = LowerExtension(path);
  return std::find(std::begin(extensions), std::end(extensions), ext) != std::end(extensions);
}

std::string NotAReport(const fs::path& path) {
  std::string ext = LowerExtension(path);
  if (ext.empty())
    return "not a report: no extension (.txt, .md, .docx, .doc, .pdf, .html and scans are "
           "read)";
  // Formats an archive holds that a user can convert, with how.
  if (ext == ".rtf" || ext == ".odt")
    return "not read: " + ext + " files are not read; save it as .docx";
  return "not a report: " + ext + " files are not read";
}

// Fills size, time and, for what is not a readable report, the reason.
void Examine(const fs::path& full, CorpusFile& file) {
  struct stat link_info, info;
  if (::lstat(full.c_str(), &link_info) != 0) {
    file.skip_reason = std::string("cannot examine: ") + std::strerror(errno);
    return;
  }
  if (::stat(full.c_str(), &info) != 0) {
    int error = errno;
    info = link_info;
    file.skip_reason = error == ELOOP    ? "symbolic link loop"
                       : error == ENOENT ? "broken symbolic link"
                                         : std::string("cannot examine: ") + std::strerror(error);
  } else if (S_ISDIR(info.st_mode)) {
    file.skip_reason = "symbolic link to a folder, not followed";
  } else if (!S_ISREG(info.st_mode)) {
    file.skip_reason = "not a regular file";
  } else if (!IsReportName(full)) {
    file.skip_reason = NotAReport(full);
  }
  file.size = static_cast<std::int64_t>(info.st_size);
  file.mtime_ns =
      static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

bool IsReportName(const fs::path& path) {
  return HasExtensionIn(path, kTypedExtensions) || HasExtensionIn(path, kScanExtensions);
}

bool MayBeScanName(const fs::path& path) { return HasExtensionIn(path, kScanExtensions); }

std::string EscapeLine(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\t' || c == '\\') {
      out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\\\";
      ++i;
      continue;
    }
    std::size_t n = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    // Other control characters (a carriage return, an escape sequence in a
    // file name) would move or colour a terminal's line: as bytes too.
    bool control = c < 0x20 || c == 0x7f;
    if (!control && n > 0 && i + n <= text.size() && IsValidUtf8(text.substr(i, n))) {
      out.append(text.substr(i, n));
      i += n;
      continue;
    }
    char hex[5];
    std::snprintf(hex, sizeof(hex), "\\x%02x", c);
    out += hex;
    ++i;
  }
  return out;
}

CorpusListing ListCorpus(const fs::path& root, const fs::path& exclude) {
  CorpusListing listing;
  std::error_code ec;
  fs::path excluded = fs::weakly_canonical(exclude, ec);
  std::vector<fs::path> folders{fs::path()};  // relative to root
  while (!folders.empty()) {
    fs::path relative = folders.back();
    folders.pop_back();
    fs::path folder = root / relative;
    fs::directory_iterator it(folder, ec), end;
    if (ec) {
      listing.errors.push_back((relative.empty() ? root : folder).string() +
                               ": cannot list: " + ec.message());
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) break;
      const fs::path& full = it->path();
      if (IsHidden(full)) continue;
      std::error_code type_ec;
      if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
        if (!excluded.empty() && fs::weakly_canonical(full, type_ec) == excluded) continue;
        folders.push_back(relative / full.filename());
        continue;
      }
      CorpusFile file;
      file.path = (relative / full.filename()).generic_string();
      file.full = full;
      Examine(full, file);
      listing.files.push_back(std::move(file));
    }
    if (ec) listing.errors.push_back(folder.string() + ": cannot list completely: " + ec.message());
  }
  std::sort(listing.files.begin(), listing.files.end(),
            [](const CorpusFile& a, const CorpusFile& b) { return a.path < b.path; });
  return listing;
}

}  // namespace lexgraph
