// build_report.h: what `lexindex build` shows a person: a progress line on
// a terminal while it works, and a closing summary.
#ifndef LEXGRAPH_INDEXER_BUILD_REPORT_H_
#define LEXGRAPH_INDEXER_BUILD_REPORT_H_

#include <iosfwd>
#include <string>

#include "lexgraph/index_builder.h"

namespace lexgraph {

// "  1234/20000 files   9.8/158.3 MB   523 files/s   ETA 0:35  [#####-----]"
// (no new line: the caller redraws it in place with '\r').
// With scans: "  3/40 files  ...  OCR 12 pages read, 4 in hand  ETA 2:03".
std::string ProgressLine(const BuildProgress& progress, std::size_t width = 80);

// "OCR 12 pages read, 30 left (4.1 s/page, ETA 2:03)"; the pages left are
// those of the files opened so far.
std::string OcrProgressLine(std::size_t done, std::size_t waiting, double seconds_per_page);

// The closing summary: counts, skipped files grouped by reason (each one
// named when `verbose`), warnings, elapsed time and rates.
void PrintSummary(std::ostream& out, const BuildSummary& summary, const std::string& index,
                  bool verbose);

// True when a skip means the file could not be read (permissions, I/O),
// rather than that it is not a report (binary, empty, other format).
bool IsReadFailure(const FileNote& note);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_BUILD_REPORT_H_
