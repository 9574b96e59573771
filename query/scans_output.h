// scans_output.h: `lexquery scans`, the reports read by OCR, least
// confident first, for an archivist to check against the paper.
//
// Table: one line a report, "  62%  3 trang  Báo cáo 235/BC-SNV · 05/3/2020 ·
// Sở Nội vụ  [path]". JSON: {"below": N, "count": N, "reports": [summary
// + "ocr": {"pages", "confidence"}]}. CSV: path, symbol, type, date,
// issuer, pages, confidence.
#ifndef LEXGRAPH_QUERY_SCANS_OUTPUT_H_
#define LEXGRAPH_QUERY_SCANS_OUTPUT_H_

#include <iosfwd>
#include <vector>

#include "lexgraph/graph_reader.h"

namespace lexgraph {

void WriteScansTable(std::ostream& out, const std::vector<ReportRecord>& scans);
void WriteScansJson(std::ostream& out, int below, const std::vector<ReportRecord>& scans);
void WriteScansCsv(std::ostream& out, const std::vector<ReportRecord>& scans);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_SCANS_OUTPUT_H_
