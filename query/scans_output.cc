// scans_output.cc: see scans_output.h.
#include "scans_output.h"

#include <ostream>
#include <string>

#include "output_text.h"

namespace lexgraph {
namespace {

std::string Confidence(const ReportRecord& r) {
  return r.ocr_confidence ? std::to_string(*r.ocr_confidence) + "%" : "?";
}

}  // namespace

void WriteScansTable(std::ostream& out, const std::vector<ReportRecord>& scans) {
  for (const ReportRecord& r : scans) {
    std::string confidence = Confidence(r);
    out << std::string(confidence.size() < 4 ? 4 - confidence.size() : 0, ' ') << "  " << confidence
        << "  " << r.ocr_pages << " trang  "
        << JoinNonEmpty({JoinNonEmpty({r.type.value_or(""), r.symbol.value_or("(không số)")}, " "),
                         VietnameseDate(r.date), r.issuer.value_or("")},
                        " · ")
        << "  [" << r.path << "]\n";
  }
  out << scans.size() << " bản quét\n";
}

void WriteScansJson(std::ostream& out, int below, const std::vector<ReportRecord>& scans) {
  nlohmann::ordered_json reports = nlohmann::ordered_json::array();
  for (const ReportRecord& r : scans) {
    nlohmann::ordered_json j = ReportSummaryJson(r);
    j["ocr"] = OcrJson(r);
    reports.push_back(std::move(j));
  }
  nlohmann::ordered_json answer;
  answer["below"] = below;
  answer["count"] = scans.size();
  answer["reports"] = std::move(reports);
  WriteJson(out, answer);
}

void WriteScansCsv(std::ostream& out, const std::vector<ReportRecord>& scans) {
  out << kCsvByteOrderMark
      << CsvRow({"path", "symbol", "type", "date", "issuer", "ocr_pages", "ocr_confidence"});
  for (const ReportRecord& r : scans)
    out << CsvRow({r.path, r.symbol.value_or(""), r.type.value_or(""), r.date.value_or(""),
                   r.issuer.value_or(""), std::to_string(r.ocr_pages),
                   r.ocr_confidence ? std::to_string(*r.ocr_confidence) : ""});
}

}  // namespace lexgraph
