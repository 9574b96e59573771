#include "coverage_output.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cites_output.h"
#include "lexgraph/body_names.h"
#include "lexgraph/search_key.h"
#include "output_text.h"

namespace lexgraph {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kNoIssuer = "(không rõ cơ quan ban hành)";
constexpr const char* kNoYear = "(không rõ năm)";
constexpr const char* kGap = "chưa có báo cáo";
constexpr const char* kChained = "Qua chuỗi";  // implementing through a chain

// "Sở Khoa học và Công nghệ (Quảng Trị)": a group as one phrase.
std::string GroupName(const CoverageGroup& g) {
  if (g.year) return std::to_string(*g.year);
  std::string name = g.issuer.empty() ? kNoIssuer : g.issuer;
  if (!g.province.empty() && !SearchKey(g.issuer).ends_with(g.province))  // "... tỉnh Hà Tĩnh"
    name += " (" + ProvinceName(g.province) + ")";
  return name;
}

// Columns on a terminal: code points, which NFC Vietnamese letters are one each.
std::size_t Width(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

struct Column {
  std::string heading;
  bool numeric = false;  // right-aligned
};

// Rows aligned under their headings, two spaces apart; a row may carry one
// field more than there are columns, written as is after the last.
void WriteAligned(std::ostream& out, const std::vector<Column>& columns,
                  const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const Column& c : columns) widths.push_back(Width(c.heading));
  for (const auto& row : rows)
    for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i)
      widths[i] = std::max(widths[i], Width(row[i]));
  auto line = [&](const std::vector<std::string>& fields) {
    std::string text;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) text += "  ";
      if (i >= columns.size()) {
        text += fields[i];
        continue;
      }
      std::string pad(widths[i] - Width(fields[i]), ' ');
      text += columns[i].numeric ? pad + fields[i] : fields[i] + pad;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  };
  std::vector<std::string> headings;
  for (const Column& c : columns) headings.push_back(c.heading);
  line(headings);
  for (const auto& row : rows) line(row);
}

std::string Count(std::size_t n) { return std::to_string(n); }

void WriteHeading(std::ostream& out, const CoverageQuestion& asked, const Coverage& coverage) {
  const std::vector<CitedAuthority>& authorities = coverage.authorities;
  if (authorities.size() == 1) {
    out << AuthorityTitle(authorities.front()) << "\n";
  } else if (authorities.size() > 1) {
    out << "\"" << asked.typed << "\" names " << authorities.size()
        << " documents (other years or issuing bodies), counted together:\n";
    for (const CitedAuthority& a : authorities) out << "  - " << AuthorityTitle(a) << "\n";
  } else {
    out << "\"" << asked.typed << "\"\n";
  }
  const CoverageFilter& f = asked.filter;
  out << "Cited by " << coverage.citing << " of " << coverage.reports << " report(s)";
  if (!f.from.empty() || !f.to.empty())
    out << " dated " << (f.from.empty() ? "…" : VietnameseDate(f.from)) << " – "
        << (f.to.empty() ? "…" : VietnameseDate(f.to));
  else
    out << " in the index";
  out << ", " << coverage.implementing << " of them implementing it";
  if (coverage.chain_depth > 1) out << " directly";
  if (f.relation) out << " (mentions as " << RelationLabel(*f.relation) << " only)";
  out << ".\n";
  if (coverage.chain_depth > 1)
    out << coverage.chained << " more implement it only through a chain of plans of the corpus "
        << "(up to " << coverage.chain_depth << " links; column " << kChained << ").\n";
  out << "\n";
}

// A table is read by a person: at most this many chains are listed (a
// directive of a whole archive has thousands); JSON and CSV list them all.
constexpr std::size_t kChainsListed = 20;

// The reports counted through a chain, each with its chain.
void WriteChains(std::ostream& out, const Coverage& coverage) {
  if (coverage.chained == 0) return;
  out << "\nImplementing it through a chain (" << kChained << "), not directly:\n";
  std::size_t listed = 0;
  for (const CoverageGroup& g : coverage.groups)
    for (const ChainedReport& c : g.chained)
      if (listed++ < kChainsListed)
        out << "  " << c.report.path << "\n    " << ChainText(c) << "\n";
  if (listed > kChainsListed)
    out << "  … and " << listed - kChainsListed << " more (--format json or csv lists them all)\n";
}

void WriteGroups(std::ostream& out, const Coverage& coverage) {
  std::vector<Column> columns;
  if (coverage.by == CoverageBy::kIssuer)
    columns = {{"Cơ quan ban hành"}, {"Tỉnh, thành phố"}};
  else
    columns = {{"Năm"}};
  bool chains = coverage.chain_depth > 1;
  for (const char* h : {"Trích dẫn", "Thực hiện"}) columns.push_back({h, true});
  if (chains) columns.push_back({kChained, true});
  columns.push_back({"Số báo cáo", true});
  auto counts = [&](std::vector<std::string>& row, std::size_t citing, std::size_t implementing,
                    std::size_t chained, std::size_t reports) {
    row.push_back(Count(citing));
    row.push_back(Count(implementing));
    if (chains) row.push_back(Count(chained));
    row.push_back(Count(reports));
  };
  std::vector<std::vector<std::string>> rows;
  for (const CoverageGroup& g : coverage.groups) {
    std::vector<std::string> row;
    if (coverage.by == CoverageBy::kIssuer) {
      row = {g.issuer.empty() ? kNoIssuer : g.issuer, ProvinceName(g.province)};
    } else {
      row = {g.year ? std::to_string(*g.year) : kNoYear};
    }
    counts(row, g.citing.size(), g.implementing, g.chained.size(), g.reports);
    rows.push_back(std::move(row));
  }
  std::vector<std::string> total = {"Cộng"};
  if (coverage.by == CoverageBy::kIssuer) total.push_back("");
  counts(total, coverage.citing, coverage.implementing, coverage.chained, coverage.reports);
  rows.push_back(std::move(total));
  WriteAligned(out, columns, rows);
}

void WriteExpected(std::ostream& out, const CoverageQuestion& asked, const Coverage& coverage,
                   const std::vector<ExpectedCoverage>& expected) {
  std::size_t gaps = static_cast<std::size_t>(
      std::count_if(expected.begin(), expected.end(), [](const auto& e) { return e.gap(); }));
  bool chains = coverage.chain_depth > 1;
  out << "\nExpected bodies (" << asked.expect_file << "): " << expected.size() << ", " << gaps
      << " with no report citing it" << (chains ? " or implementing it through a chain" : "")
      << " (" << kGap << "):\n";
  std::vector<std::vector<std::string>> rows;
  for (const ExpectedCoverage& e : expected) {
    std::vector<std::string> row = {e.body.line, Count(e.citing), Count(e.implementing)};
    if (chains) row.push_back(Count(e.chained));
    row.push_back(Count(e.reports));
    if (e.gap())
      row.push_back(std::string(kGap) +
                    (e.groups.empty() ? " (no report of it in the index)" : ""));
    rows.push_back(std::move(row));
  }
  std::vector<Column> columns = {
      {"Cơ quan (theo danh sách)"}, {"Trích dẫn", true}, {"Thực hiện", true}};
  if (chains) columns.push_back({kChained, true});
  columns.push_back({"Số báo cáo", true});
  WriteAligned(out, columns, rows);
  // Lines that stand for bodies of several provinces, in detail.
  for (const ExpectedCoverage& e : expected) {
    if (e.groups.size() < 2) continue;
    out << "  " << e.body.line << " =";
    for (std::size_t i : e.groups) {
      const CoverageGroup& g = coverage.groups[i];
      out << (i == e.groups.front() ? " " : "; ") << GroupName(g) << " " << g.citing.size() << "/"
          << g.reports;
    }
    out << "\n";
  }
}

Json GroupJson(const CoverageGroup& g, CoverageBy by) {
  Json group;
  if (by == CoverageBy::kIssuer) {
    group["issuer"] = g.issuer.empty() ? Json(nullptr) : Json(g.issuer);
    group["province"] = g.province.empty() ? Json(nullptr) : Json(ProvinceName(g.province));
  } else {
    group["year"] = g.year ? Json(*g.year) : Json(nullptr);
  }
  group["citing"] = g.citing.size();
  group["implementing"] = g.implementing;
  group["reports"] = g.reports;
  group["chained"] = g.chained.size();
  group["citing_reports"] = g.citing;
  group["chained_reports"] = ChainedReportsJson(g.chained);
  return group;
}

Json ExpectedJson(const ExpectedCoverage& e, const Coverage& coverage) {
  Json body;
  body["body"] = e.body.line;
  body["citing"] = e.citing;
  body["implementing"] = e.implementing;
  body["chained"] = e.chained;
  body["reports"] = e.reports;
  body["gap"] = e.gap();
  body["groups"] = Json::array();
  for (std::size_t i : e.groups) {
    Json group = GroupJson(coverage.groups[i], CoverageBy::kIssuer);
    group.erase("citing_reports");
    group.erase("chained_reports");
    body["groups"].push_back(std::move(group));
  }
  return body;
}

}  // namespace

void WriteCoverageTable(std::ostream& out, const CoverageQuestion& asked, const Coverage& coverage,
                        const std::vector<ExpectedCoverage>* expected) {
  WriteHeading(out, asked, coverage);
  WriteGroups(out, coverage);
  WriteChains(out, coverage);
  if (expected) WriteExpected(out, asked, coverage, *expected);
}

nlohmann::ordered_json CoverageJson(const CoverageQuestion& asked, const Coverage& coverage,
                                    const std::vector<ExpectedCoverage>* expected) {
  Json root;
  root["query"] = asked.typed;
  root["key"] = asked.reference.key;
  root["by"] = coverage.by == CoverageBy::kIssuer ? "issuer" : "year";
  const CoverageFilter& f = asked.filter;
  root["relation"] = f.relation ? Json(RelationName(*f.relation)) : Json(nullptr);
  root["from"] = f.from.empty() ? Json(nullptr) : Json(f.from);
  root["to"] = f.to.empty() ? Json(nullptr) : Json(f.to);
  root["chain_depth"] = coverage.chain_depth;
  root["authorities"] = Json::array();
  for (const CitedAuthority& a : coverage.authorities)
    root["authorities"].push_back(AuthorityJson(a));
  root["citing"] = coverage.citing;
  root["implementing"] = coverage.implementing;
  root["chained"] = coverage.chained;
  root["reports"] = coverage.reports;
  root["groups"] = Json::array();
  for (const CoverageGroup& g : coverage.groups)
    root["groups"].push_back(GroupJson(g, coverage.by));
  root["expected"] = nullptr;
  root["gap"] = nullptr;
  if (expected) {
    root["expected"] = Json::array();
    root["gap"] = Json::array();
    for (const ExpectedCoverage& e : *expected) {
      root["expected"].push_back(ExpectedJson(e, coverage));
      if (e.gap()) root["gap"].push_back(e.body.line);
    }
  }
  return root;
}

void WriteCoverageJson(std::ostream& out, const CoverageQuestion& asked, const Coverage& coverage,
                       const std::vector<ExpectedCoverage>* expected) {
  WriteJson(out, CoverageJson(asked, coverage, expected));
}

void WriteCoverageCsv(std::ostream& out, const Coverage& coverage,
                      const std::vector<ExpectedCoverage>* expected) {
  out << kCsvByteOrderMark;
  if (expected) {
    out << CsvRow({"expected", "matched", "citing", "implementing", "reports", "gap", "chained"});
    for (const ExpectedCoverage& e : *expected) {
      std::vector<std::string> matched;
      for (std::size_t i : e.groups) matched.push_back(GroupName(coverage.groups[i]));
      out << CsvRow({e.body.line, JoinNonEmpty(matched, "; "), Count(e.citing),
                     Count(e.implementing), Count(e.reports), e.gap() ? "true" : "false",
                     Count(e.chained)});
    }
    return;
  }
  if (coverage.by == CoverageBy::kIssuer)
    out << CsvRow({"issuer", "province", "citing", "implementing", "reports", "chained", "chains"});
  else
    out << CsvRow({"year", "citing", "implementing", "reports", "chained", "chains"});
  for (const CoverageGroup& g : coverage.groups) {
    std::vector<std::string> row;
    if (coverage.by == CoverageBy::kIssuer)
      row = {g.issuer, ProvinceName(g.province)};
    else
      row = {g.year ? std::to_string(*g.year) : ""};
    for (std::size_t n : {g.citing.size(), g.implementing, g.reports, g.chained.size()})
      row.push_back(Count(n));
    std::vector<std::string> chains;
    for (const ChainedReport& c : g.chained) chains.push_back(c.report.path + ": " + ChainText(c));
    row.push_back(JoinNonEmpty(chains, "; "));
    out << CsvRow(row);
  }
}

}  // namespace lexgraph
