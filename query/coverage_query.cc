#include "coverage_query.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "lexgraph/body_names.h"
#include "lexgraph/indexed_file.h"
#include "lexgraph/iso_date.h"
#include "lexgraph/search_key.h"

namespace lexgraph {
namespace {

std::string GroupKey(const CoverageGroup& g, CoverageBy by) {
  if (by == CoverageBy::kYear) return g.year ? std::to_string(*g.year) : "";
  return NameKey(g.issuer) + "|" + g.province;
}

bool GroupBefore(const CoverageGroup& a, const CoverageGroup& b) {
  // Undated, province-less and issuer-less rows last.
  if (a.year.has_value() != b.year.has_value()) return a.year.has_value();
  if (a.year != b.year) return a.year < b.year;
  if (a.province.empty() != b.province.empty()) return !a.province.empty();
  if (a.province != b.province) return a.province < b.province;
  if (a.issuer.empty() != b.issuer.empty()) return !a.issuer.empty();
  return NameKey(a.issuer) < NameKey(b.issuer);
}

// A citing report merged over the authorities REF names.
struct Citer {
  std::optional<std::string> date;
  bool implements = false;
};

std::map<std::string, Citer> CitersOf(const std::vector<CitedAuthority>& authorities) {
  std::map<std::string, Citer> citers;
  for (const CitedAuthority& a : authorities)
    for (const CitingReport& r : a.reports) {
      Citer& c = citers[r.path];
      c.date = r.date;
      for (const CitingMention& m : r.mentions) c.implements |= m.relation == Relation::kImplements;
    }
  return citers;
}

}  // namespace

Coverage FindCoverage(IndexReader& reader, const Reference& reference, const CoverageFilter& filter,
                      CoverageBy by) {
  Coverage coverage;
  coverage.by = by;
  const CitesFilter& cites = filter;
  coverage.authorities = FindCiting(reader, reference, cites);

  // Every report of the index (within the dates) into its group.
  std::unordered_map<std::string, std::size_t> group_of_key, group_of_path;
  for (ReportRecord& report : reader.graph().ReportsDated(filter.from, filter.to)) {
    CoverageGroup group;
    if (by == CoverageBy::kYear) {
      group.year = YearOfDate(report.date);
    } else {
      group.issuer = report.issuer.value_or("");
      group.province = ProvinceOfReport(report.issuer, report.place);
    }
    auto [it, added] = group_of_key.emplace(GroupKey(group, by), coverage.groups.size());
    if (added) coverage.groups.push_back(std::move(group));
    ++coverage.groups[it->second].reports;
    ++coverage.reports;
    group_of_path[std::move(report.path)] = it->second;
  }

  // The citing reports, by date then path, into theirs.
  std::map<std::string, Citer> citers = CitersOf(coverage.authorities);
  std::vector<std::pair<const std::string*, const Citer*>> by_date;
  for (const auto& [path, citer] : citers) by_date.emplace_back(&path, &citer);
  std::stable_sort(by_date.begin(), by_date.end(), [](const auto& a, const auto& b) {
    if (a.second->date.has_value() != b.second->date.has_value()) return a.second->date.has_value();
    return a.second->date < b.second->date;
  });
  for (const auto& [path, citer] : by_date) {
    auto it = group_of_path.find(*path);
    if (it == group_of_path.end()) continue;  // not possible: one snapshot, same dates
    CoverageGroup& group = coverage.groups[it->second];
    group.citing.push_back(*path);
    group.implementing += citer->implements;
    ++coverage.citing;
    coverage.implementing += citer->implements;
  }

  // The reports implementing it through a chain, by date then path.
  if (!filter.relation || *filter.relation == Relation::kImplements)
    coverage.chain_depth = std::max(filter.chain_depth, 1);
  for (ChainedReport& chained : FindChained(reader, reference, cites, coverage.chain_depth)) {
    auto it = group_of_path.find(chained.report.path);
    if (it == group_of_path.end()) continue;  // not possible: one snapshot, same dates
    coverage.groups[it->second].chained.push_back(std::move(chained));
    ++coverage.chained;
  }
  std::stable_sort(coverage.groups.begin(), coverage.groups.end(), GroupBefore);
  return coverage;
}

ExpectedBody ParseExpectedBody(std::string_view line) {
  ExpectedBody body;
  body.line = CollapseSpaces(line);
  BodyAndProvince split = SplitProvince(body.line);
  body.body = split.body;
  body.province = split.province;
  return body;
}

ExpectedList ReadExpectedBodies(const std::filesystem::path& file) {
  ExpectedList list;
  DecodedText text = ReadTextFile(file);
  if (!text.ok()) {
    list.error = text.error;
    if (text.error.ends_with(": is a folder"))
      list.error += "; --expect wants a file, one body per line";
    return list;
  }
  std::istringstream lines(text.text);
  std::size_t number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    line = CollapseSpaces(line);  // and a CR of CRLF with it
    if (line.empty() || line.starts_with("#")) continue;
    ExpectedBody body = ParseExpectedBody(line);
    if (body.body.empty()) {
      list.error = file.string() + ":" + std::to_string(number) + ": \"" + line +
                   "\" names no body (write \"Sở Tài chính, " + line + "\")";
      list.bodies.clear();
      return list;
    }
    list.bodies.push_back(std::move(body));
  }
  if (list.bodies.empty())
    list.error = file.string() + ": lists no body (write one per line: \"Sở Tài chính Quảng Trị\")";
  return list;
}

bool IsExpectedBody(const ExpectedBody& body, const CoverageGroup& group) {
  BodyAndProvince named = SplitProvince(group.issuer);
  if (named.body != body.body) return false;
  if (body.province.empty()) return true;
  return body.province == (named.province.empty() ? NameKey(group.province) : named.province);
}

std::vector<ExpectedCoverage> MatchExpected(const Coverage& coverage,
                                            const std::vector<ExpectedBody>& bodies) {
  std::vector<ExpectedCoverage> matched;
  for (const ExpectedBody& body : bodies) {
    ExpectedCoverage& m = matched.emplace_back();
    m.body = body;
    for (std::size_t i = 0; i < coverage.groups.size(); ++i) {
      const CoverageGroup& g = coverage.groups[i];
      if (coverage.by != CoverageBy::kIssuer || !IsExpectedBody(body, g)) continue;
      m.groups.push_back(i);
      m.reports += g.reports;
      m.citing += g.citing.size();
      m.implementing += g.implementing;
      m.chained += g.chained.size();
    }
  }
  return matched;
}

}  // namespace lexgraph
