// output_text.h: small pieces every lexquery output shares.
#ifndef LEXGRAPH_QUERY_OUTPUT_TEXT_H_
#define LEXGRAPH_QUERY_OUTPUT_TEXT_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "lexgraph/graph_reader.h"  // ReportSummary

namespace lexgraph {

// "2020-12-17" -> "17/12/2020", as Vietnamese write dates; other text as is.
std::string VietnameseDate(const std::optional<std::string>& iso);

// `sentence` with [begin, end) marked: bold on a terminal, «so» otherwise.
std::string MarkedSentence(const std::string& sentence, std::size_t begin, std::size_t end,
                           bool terminal);
// The marked bytes themselves, clamped to the sentence.
std::string MentionOf(const std::string& sentence, std::size_t begin, std::size_t end);

// The non-empty parts joined by `separator`.
std::string JoinNonEmpty(const std::vector<std::string>& parts, const std::string& separator);

// A CSV field (RFC 4180: quoted when it holds a comma, quote or new line)
// and a whole row, ended by CRLF.
std::string CsvField(const std::string& value);
std::string CsvRow(const std::vector<std::string>& fields);
// Spreadsheet programs need it to read UTF-8 as UTF-8.
inline constexpr const char* kCsvByteOrderMark = "\xEF\xBB\xBF";

// null for nullopt.
nlohmann::ordered_json OptionalJson(const std::optional<std::string>& value);

// {"path", "symbol", "type", "date", "issuer", "title"}: a report as every
// list of reports writes it (cites, search hits, chains, status).
nlohmann::ordered_json ReportSummaryJson(const ReportSummary& report);

// A scan's {"pages", "confidence"}; null for a report of typed text.
nlohmann::ordered_json OcrJson(const ReportRecord& report);

// `--format json`: `answer` indented by two, then a new line; text that is
// not UTF-8 is written with U+FFFD rather than failing the answer.
void WriteJson(std::ostream& out, const nlohmann::ordered_json& answer);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_OUTPUT_TEXT_H_
