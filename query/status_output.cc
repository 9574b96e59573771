#include "status_output.h"

#include <ostream>

#include "cites_output.h"
#include "output_text.h"

namespace lexgraph {

using Json = nlohmann::ordered_json;

namespace {

// "bị thay thế", "bị bãi bỏ một phần (Phụ lục I)", ...: how the change
// reads after the document it changes.
std::string ChangeVerb(const ValidityChange& c) {
  std::string verb = c.relation == Relation::kReplaces ? "bị thay thế"
                     : c.relation == Relation::kAmends ? "được sửa đổi, bổ sung"
                     : c.by.empty()                    ? "hết hiệu lực"
                                                       : "bị bãi bỏ";
  if (c.partial) verb += " một phần";
  if (c.pinpoint) verb += " (" + *c.pinpoint + ")";
  return verb;
}

// "từ 01/07/2021 (ngày có hiệu lực nêu trong văn bản)", or why no date.
std::string SinceText(const ValidityChange& c) {
  if (!c.since) return "không rõ từ ngày nào";
  std::string date = "từ " + VietnameseDate(c.since);
  if (c.since_kind == "effective") return date + " (ngày nêu trong văn bản)";
  return date + " (ngày ký của văn bản " + (c.stated ? "đó" : "này") + ")";
}

std::string ReportLine(const CitingReport& r) {
  return JoinNonEmpty({JoinNonEmpty({r.type.value_or(""), r.symbol.value_or("")}, " "),
                       VietnameseDate(r.date), r.issuer.value_or("")},
                      " · ") +
         "  [" + r.path + "]";
}

}  // namespace

nlohmann::ordered_json ValidityJson(const DocumentStatus& status) {
  Json validity;
  validity["state"] = ValidityStateName(status.state);
  validity["label"] = ValidityStateLabel(status.state);
  validity["conflict"] = status.conflict.empty() ? Json(nullptr) : Json(status.conflict);
  validity["changes"] = Json::array();
  for (const ValidityChange& c : status.changes) {
    Json change;
    change["relation"] = RelationName(c.relation);
    change["partial"] = c.partial;
    change["pinpoint"] = OptionalJson(c.pinpoint);
    change["by"] = c.by.empty() ? Json(nullptr) : Json(c.by);
    change["by_identity"] = OptionalJson(c.by_identity);
    change["by_path"] = OptionalJson(c.by_path);
    change["since"] = OptionalJson(c.since);
    change["since_kind"] = c.since_kind.empty() ? Json(nullptr) : Json(c.since_kind);
    change["source"] = c.stated ? "stated" : "own";
    change["report"] = ReportSummaryJson(c.report);
    change["sentence"] = c.sentence;
    change["mentions"] = c.mentions;
    validity["changes"].push_back(std::move(change));
  }
  return validity;
}

void WriteValidityLines(std::ostream& out, const DocumentStatus& status,
                        const std::string& indent) {
  out << indent << "Hiệu lực: " << ValidityStateLabel(status.state);
  if (status.state == ValidityState::kInForce)
    out << " (theo những gì chỉ mục biết: không văn bản nào nêu việc sửa đổi, thay thế hay bãi bỏ)";
  out << "\n";
  if (!status.conflict.empty()) out << indent << "  " << status.conflict << "\n";
  for (const ValidityChange& c : status.changes) {
    out << indent << "  • " << ChangeVerb(c);
    if (!c.by.empty()) out << (c.relation == Relation::kAmends ? " tại " : " bởi ") << c.by;
    out << ", " << SinceText(c) << "\n";
    out << indent << "    “" << c.sentence << "”";
    if (c.mentions > 1) out << " (và " << c.mentions - 1 << " câu khác cùng nói vậy)";
    out << "\n";
    out << indent << "    " << (c.stated ? "nêu tại: " : "chính văn bản đó: ")
        << ReportLine(c.report) << "\n";
  }
}

nlohmann::ordered_json StatusJson(const std::string& typed, const Reference& reference,
                                  const std::vector<DocumentStatus>& statuses) {
  Json root;
  root["query"] = typed;
  root["key"] = reference.key;
  root["documents"] = Json::array();
  for (const DocumentStatus& s : statuses) {
    Json document = AuthorityJson(s.document);
    document["validity"] = ValidityJson(s);
    root["documents"].push_back(std::move(document));
  }
  return root;
}

void WriteStatusTable(std::ostream& out, const std::vector<DocumentStatus>& statuses) {
  bool first = true;
  for (const DocumentStatus& s : statuses) {
    if (!first) out << "\n";
    first = false;
    out << AuthorityTitle(s.document) << "\n";
    WriteValidityLines(out, s, "  ");
  }
}

void WriteStatusJson(std::ostream& out, const std::string& typed, const Reference& reference,
                     const std::vector<DocumentStatus>& statuses) {
  WriteJson(out, StatusJson(typed, reference, statuses));
}

void WriteStatusCsv(std::ostream& out, const std::vector<DocumentStatus>& statuses) {
  out << kCsvByteOrderMark
      << CsvRow({"identity", "symbol", "state", "relation", "by", "since", "since_kind", "source",
                 "partial", "report_path", "report_symbol", "sentence"});
  for (const DocumentStatus& s : statuses) {
    std::string state(ValidityStateName(s.state));
    if (s.changes.empty())
      out << CsvRow({s.document.identity, s.document.symbol.value_or(""), state, "", "", "", "", "",
                     "", "", "", ""});
    for (const ValidityChange& c : s.changes)
      out << CsvRow({s.document.identity, s.document.symbol.value_or(""), state,
                     std::string(RelationName(c.relation)), c.by, c.since.value_or(""),
                     c.since_kind, c.stated ? "stated" : "own", c.partial ? "1" : "0",
                     c.report.path, c.report.symbol.value_or(""), c.sentence});
  }
}

}  // namespace lexgraph
