#include "build_report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>
#include <utility>
#include <vector>

#include "corpus_walker.h"

namespace lexgraph {
namespace {

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char out[32];
  if (s >= 3600)
    std::snprintf(out, sizeof(out), "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(out, sizeof(out), "%ld:%02ld", s / 60, s % 60);
  return out;
}

std::string Format(const char* format, double value) {
  char out[64];
  std::snprintf(out, sizeof(out), format, value);
  return out;
}

void PrintNotes(std::ostream& out, const char* title, const std::vector<FileNote>& notes,
                bool verbose) {
  if (notes.empty()) return;
  std::map<std::string, std::size_t> by_reason;
  for (const FileNote& note : notes) ++by_reason[note.reason];
  out << "  " << title << " " << notes.size() << ":\n";
  for (const auto& [reason, count] : by_reason) out << "    " << count << " × " << reason << "\n";
  if (!verbose) return;
  // One line a file, whatever its name holds (a new line in it would make
  // two, the second looking like another file's).
  for (const FileNote& note : notes)
    out << "    " << EscapeLine(note.path) << ": " << note.reason << "\n";
}

}  // namespace

std::string Pages(std::size_t n) { return std::to_string(n) + (n == 1 ? " page" : " pages"); }

std::string OcrProgressLine(std::size_t done, std::size_t waiting, double seconds_per_page) {
  std::string line = "OCR " + Pages(done) + " read, " + std::to_string(waiting) + " left";
  if (seconds_per_page > 0) {
    line += Format(" (%.1f s/page", seconds_per_page);
    if (waiting > 0) line += ", ETA " + Duration(waiting * seconds_per_page);
    line += ")";
  }
  return line;
}

std::string ProgressLine(const BuildProgress& p, std::size_t width) {
  double rate = p.elapsed_seconds > 0 ? p.files_done / p.elapsed_seconds : 0;
  double byte_rate = p.elapsed_seconds > 0 ? p.bytes_done / p.elapsed_seconds : 0;
  std::string line = "  " + std::to_string(p.files_done) + "/" + std::to_string(p.files_total) +
                     " files  " + Format("%.1f", p.bytes_done / 1e6) + "/" +
                     Format("%.1f MB", p.bytes_total / 1e6) + "  " + Format("%.0f files/s", rate);
  // Scans: the pages read so far, and those of the files open now. The
  // estimate stays the one from bytes, whose rate holds the OCR time too:
  // the pages of the files not yet opened are not known.
  if (p.ocr_pages_done + p.ocr_pages_waiting > 0)
    line += "  OCR " + Pages(p.ocr_pages_done) + " read, " + std::to_string(p.ocr_pages_waiting) +
            " in hand";
  if (byte_rate > 0 && p.bytes_done < p.bytes_total)
    line += "  ETA " + Duration((p.bytes_total - p.bytes_done) / byte_rate);
  double fraction = p.bytes_total > 0 ? static_cast<double>(p.bytes_done) / p.bytes_total : 1;
  constexpr std::size_t bar = 20;  // fixed, so the line does not jump as numbers grow
  if (width >= line.size() + bar + 4) {
    std::size_t filled = static_cast<std::size_t>(fraction * bar);
    line += "  [" + std::string(filled, '#') + std::string(bar - filled, '-') + "]";
  }
  return line;
}

bool IsReadFailure(const FileNote& note) {
  return note.reason.starts_with("cannot ") || note.reason.starts_with("read error") ||
         note.reason.starts_with("could not be indexed");
}

namespace {

// "12 text, 3 docx" (largest count first, then by name).
std::string CountList(const std::map<std::string, std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string list;
  for (const auto& [name, count] : sorted)
    list += (list.empty() ? "" : ", ") + std::to_string(count) + " " + name;
  return list;
}

}  // namespace

void PrintSummary(std::ostream& out, const BuildSummary& s, const std::string& index,
                  bool verbose) {
  out << "lexindex: index " << index << " holds " << s.reports_in_index << " report(s)\n";
  out << "  indexed (new or changed)  " << s.indexed << "\n";
  if (!s.read_again.empty()) out << "    every report read again: " << s.read_again << "\n";
  out << "  unchanged                 " << s.unchanged << "\n";
  out << "  removed (files gone)      " << s.removed << "\n";
  out << "  skipped                   " << s.skipped.size() << "\n";
  if (s.indexed > 0) {
    out << "    by format               " << CountList(s.formats) << "\n";
    out << "    by encoding             " << CountList(s.encodings) << "\n";
  }
  if (s.ocr_reports > 0) {
    out << "    read by OCR             " << s.ocr_reports << " report(s), " << s.ocr_pages
        << " page(s)";
    if (s.ocr_pages_from_cache > 0) out << ", " << s.ocr_pages_from_cache << " from the OCR cache";
    out << "\n";
  }
  out << "  citations found           " << s.citations << "\n";
  double rate = s.elapsed_seconds > 0 ? s.indexed / s.elapsed_seconds : 0;
  out << "  elapsed                   " << Format("%.1f s", s.elapsed_seconds);
  if (s.indexed > 0)
    out << " (" << Format("%.0f reports/s", rate) << ", "
        << Format("%.1f MB/s", s.bytes_read / 1e6 / s.elapsed_seconds) << ")";
  out << "\n";
  PrintNotes(out, "skipped", s.skipped, verbose);
  PrintNotes(out, "indexed with a warning", s.warnings, verbose);
  for (const std::string& error : s.errors) out << "  error: " << EscapeLine(error) << "\n";
  if (!s.errors.empty())
    out << "  (no report was removed in this run: a folder that cannot be read is not a "
           "deleted one)\n";
  if (!verbose && (!s.skipped.empty() || !s.warnings.empty()))
    out << "  (--verbose names each file)\n";
}

}  // namespace lexgraph
