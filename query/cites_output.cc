#include "cites_output.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "lexgraph/body_names.h"
#include "output_text.h"

namespace lexgraph {

using Json = nlohmann::ordered_json;

std::string AuthorityTitle(const CitedAuthority& a) {
  std::string title = a.type.value_or("");
  std::string id = a.symbol ? *a.symbol : a.name.value_or(a.identity);
  if (a.name && !a.symbol)
    title = id;  // "Bộ luật Lao động" names its own type
  else
    title += (title.empty() ? "" : " ") + id;
  if (a.issuer) title += " của " + *a.issuer;
  if (a.date)
    title += ", ngày " + VietnameseDate(a.date);
  else if (a.year)
    title += ", năm " + std::to_string(*a.year);
  if (!a.scope.empty() && a.scope != "?") title += " (" + ProvinceName(a.scope) + ")";
  return title;
}

nlohmann::ordered_json AuthorityJson(const CitedAuthority& a) {
  Json authority;
  authority["identity"] = a.identity;
  authority["type"] = OptionalJson(a.type);
  authority["symbol"] = OptionalJson(a.symbol);
  authority["name"] = OptionalJson(a.name);
  authority["issuer"] = OptionalJson(a.issuer);
  authority["date"] = OptionalJson(a.date);
  authority["year"] = a.year ? Json(*a.year) : Json(nullptr);
  authority["scope"] = a.scope;
  authority["corpus_path"] = OptionalJson(a.corpus_path);
  // As a reader says it, the province named (the page shows this).
  authority["title"] = AuthorityTitle(a);
  return authority;
}

nlohmann::ordered_json CitingReportsJson(const std::vector<CitingReport>& reports) {
  Json list = Json::array();
  for (const CitingReport& r : reports) {
    Json report = ReportSummaryJson(r);
    report["mentions"] = Json::array();
    for (const CitingMention& m : r.mentions) {
      Json mention;
      mention["relation"] = RelationName(m.relation);
      mention["pinpoint"] = OptionalJson(m.pinpoint);
      mention["sentence"] = m.sentence;
      mention["mention_begin"] = m.mention_begin;
      mention["mention_end"] = m.mention_end;
      report["mentions"].push_back(std::move(mention));
    }
    list.push_back(std::move(report));
  }
  return list;
}

nlohmann::ordered_json ChainedReportsJson(const std::vector<ChainedReport>& chained) {
  Json list = Json::array();
  for (const ChainedReport& c : chained) {
    Json report = ReportSummaryJson(c.report);
    report["via"] = Json::array();
    for (const ChainLink& link : c.via)
      report["via"].push_back(Json{{"path", link.path}, {"symbol", OptionalJson(link.symbol)}});
    report["authority"] = c.authority;
    report["chain"] = ChainText(c);
    list.push_back(std::move(report));
  }
  return list;
}

void WriteCitesTable(std::ostream& out, const std::string& typed,
                     const std::vector<CitedAuthority>& authorities, bool terminal) {
  if (authorities.size() > 1)
    out << "\"" << typed << "\" names " << authorities.size()
        << " different documents (other years or issuing bodies); the reports that cite each:\n\n";
  for (const CitedAuthority& a : authorities) {
    out << AuthorityTitle(a) << " — cited by " << a.reports_total << " report(s)";
    if (a.reports.size() < a.reports_total)
      out << "; the " << a.reports.size() << " newest below (--limit 0 lists all)";
    out << "\n";
    if (a.corpus_path) out << "  (this document is in the corpus: " << *a.corpus_path << ")\n";
    std::size_t n = 0;
    for (const CitingReport& r : a.reports) {
      out << "\n  " << ++n << ". "
          << JoinNonEmpty({r.symbol.value_or("(không số)"), r.type.value_or(""),
                           VietnameseDate(r.date), r.issuer.value_or("")},
                          " · ")
          << "\n";
      if (r.title) out << "     " << *r.title << "\n";
      out << "     " << r.path << "\n";
      for (const CitingMention& m : r.mentions) {
        out << "     " << RelationLabel(m.relation);
        if (m.pinpoint) out << " (" << *m.pinpoint << ")";
        out << ": " << MarkedSentence(m.sentence, m.mention_begin, m.mention_end, terminal) << "\n";
      }
    }
    out << "\n";
  }
}

nlohmann::ordered_json CitesJson(const std::string& typed, const Reference& reference,
                                 const std::vector<CitedAuthority>& authorities) {
  Json root;
  root["query"] = typed;
  root["key"] = reference.key;
  root["authorities"] = Json::array();
  for (const CitedAuthority& a : authorities) {
    Json authority = AuthorityJson(a);
    authority["reports_total"] = a.reports_total;
    authority["reports"] = CitingReportsJson(a.reports);
    root["authorities"].push_back(std::move(authority));
  }
  return root;
}

void WriteCitesJson(std::ostream& out, const std::string& typed, const Reference& reference,
                    const std::vector<CitedAuthority>& authorities) {
  WriteJson(out, CitesJson(typed, reference, authorities));
}

namespace {

std::vector<std::string> CsvHeader() {
  return {"authority",   "authority_symbol", "authority_name", "report_path",  "report_symbol",
          "report_type", "report_date",      "report_issuer",  "report_title", "relation",
          "pinpoint",    "sentence",         "mention"};
}

// The rows of the mentions, each with `extra` fields after its own.
void WriteMentionRows(std::ostream& out, const std::vector<CitedAuthority>& authorities,
                      const std::vector<std::string>& extra) {
  for (const CitedAuthority& a : authorities)
    for (const CitingReport& r : a.reports)
      for (const CitingMention& m : r.mentions) {
        std::vector<std::string> row = {a.identity,
                                        a.symbol.value_or(""),
                                        a.name.value_or(""),
                                        r.path,
                                        r.symbol.value_or(""),
                                        r.type.value_or(""),
                                        r.date.value_or(""),
                                        r.issuer.value_or(""),
                                        r.title.value_or(""),
                                        std::string(RelationName(m.relation)),
                                        m.pinpoint.value_or(""),
                                        m.sentence,
                                        MentionOf(m.sentence, m.mention_begin, m.mention_end)};
        row.insert(row.end(), extra.begin(), extra.end());
        out << CsvRow(row);
      }
}

}  // namespace

void WriteCitesCsv(std::ostream& out, const std::vector<CitedAuthority>& authorities) {
  out << kCsvByteOrderMark << CsvRow(CsvHeader());
  WriteMentionRows(out, authorities, {});
}

void WriteImplementingTable(std::ostream& out, const std::string& typed,
                            const ImplementingAnswer& answer, bool terminal) {
  if (answer.authorities.empty())
    out << "No report implements \"" << typed << "\" directly.\n\n";
  else
    WriteCitesTable(out, typed, answer.authorities, terminal);
  if (answer.chain_depth < 2) return;
  out << "Implementing it only through a chain of plans of the corpus (up to " << answer.chain_depth
      << " links): " << answer.chained.size() << " report(s)\n";
  std::size_t n = 0;
  for (const ChainedReport& c : answer.chained) {
    const CitingReport& r = c.report;
    out << "\n  " << ++n << ". "
        << JoinNonEmpty({r.symbol.value_or("(không số)"), r.type.value_or(""),
                         VietnameseDate(r.date), r.issuer.value_or("")},
                        " · ")
        << "\n";
    if (r.title) out << "     " << *r.title << "\n";
    out << "     " << r.path << "\n";
    out << "     chuỗi thực hiện: " << ChainText(c) << "\n";
  }
}

void WriteImplementingJson(std::ostream& out, const std::string& typed, const Reference& reference,
                           const ImplementingAnswer& answer) {
  Json root = CitesJson(typed, reference, answer.authorities);
  root["chain_depth"] = answer.chain_depth;
  root["chained"] = ChainedReportsJson(answer.chained);
  WriteJson(out, root);
}

void WriteImplementingCsv(std::ostream& out, const ImplementingAnswer& answer) {
  std::vector<std::string> header = CsvHeader();
  header.push_back("chain");
  out << kCsvByteOrderMark << CsvRow(header);
  WriteMentionRows(out, answer.authorities, {""});
  for (const ChainedReport& c : answer.chained) {
    const CitingReport& r = c.report;
    out << CsvRow({c.authority, c.authority_label, "", r.path, r.symbol.value_or(""),
                   r.type.value_or(""), r.date.value_or(""), r.issuer.value_or(""),
                   r.title.value_or(""), "implements", "", "", "", ChainText(c)});
  }
}

}  // namespace lexgraph
