#include "output_text.h"

#include <algorithm>
#include <ostream>

namespace lexgraph {

std::string VietnameseDate(const std::optional<std::string>& iso) {
  if (!iso || iso->size() != 10) return iso.value_or("");
  return iso->substr(8, 2) + "/" + iso->substr(5, 2) + "/" + iso->substr(0, 4);
}

std::string MentionOf(const std::string& sentence, std::size_t begin, std::size_t end) {
  std::size_t b = std::min(begin, sentence.size());
  std::size_t e = std::clamp(end, b, sentence.size());
  return sentence.substr(b, e - b);
}

std::string MarkedSentence(const std::string& sentence, std::size_t begin, std::size_t end,
                           bool terminal) {
  std::size_t b = std::min(begin, sentence.size());
  std::size_t e = std::clamp(end, b, sentence.size());
  std::string open = terminal ? "\x1b[1m" : "«", close = terminal ? "\x1b[0m" : "»";
  return sentence.substr(0, b) + open + sentence.substr(b, e - b) + close + sentence.substr(e);
}

std::string JoinNonEmpty(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvRow(const std::vector<std::string>& fields) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) row += (i ? "," : "") + CsvField(fields[i]);
  return row + "\r\n";
}

nlohmann::ordered_json OptionalJson(const std::optional<std::string>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json ReportSummaryJson(const ReportSummary& r) {
  nlohmann::ordered_json report;
  report["path"] = r.path;
  report["symbol"] = OptionalJson(r.symbol);
  report["type"] = OptionalJson(r.type);
  report["date"] = OptionalJson(r.date);
  report["issuer"] = OptionalJson(r.issuer);
  report["title"] = OptionalJson(r.title);
  return report;
}

nlohmann::ordered_json OcrJson(const ReportRecord& report) {
  if (report.ocr_pages == 0) return nullptr;
  nlohmann::ordered_json ocr;
  ocr["pages"] = report.ocr_pages;
  ocr["confidence"] = report.ocr_confidence ? nlohmann::ordered_json(*report.ocr_confidence)
                                            : nlohmann::ordered_json();
  return ocr;
}

void WriteJson(std::ostream& out, const nlohmann::ordered_json& answer) {
  out << answer.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace lexgraph
