#include "coverage_query.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "authority_identity.h"
#include "file_bytes.h"
#include "knowledge.h"
#include "knowledge_tables.h"
#include "lexgraph/text_decoder.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kLongestProvinceWords = 5;  // "ba ria vung tau", and a spare

std::string Join(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) out += (i > begin ? " " : "") + words[i];
  return out;
}

// The words of a name as compared: SearchKey (no diacritics, one tone
// placement, i/y merged, lower case), abbreviations expanded ("ubnd" ->
// "uy ban nhan dan", "kh&cn" -> "khoa hoc va cong nghe"), punctuation
// dropped ("Sở Lao động, Thương binh" = "Sở Lao động - Thương binh").
std::vector<std::string> NameWords(std::string_view name) {
  const Knowledge& knowledge = Knowledge::Get();
  std::string expanded;
  for (const std::string& word : SplitWords(SearchKey(name))) {
    std::optional<std::string> full = knowledge.Expand(word);
    expanded += (full ? SearchKey(*full) : word) + " ";
  }
  for (char& c : expanded)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&')) c = ' ';
  return SplitWords(CollapseSpaces(expanded));
}

std::string NameKey(std::string_view name) {
  std::vector<std::string> words = NameWords(name);
  return Join(words, 0, words.size());
}

// Provinces by their NameKey.
bool IsProvinceKey(const std::string& key) {
  static const auto* provinces = [] {
    auto* keys = new std::unordered_set<std::string>;
    for (std::string_view p : tables::Provinces()) keys->insert(NameKey(p));
    return keys;
  }();
  return provinces->count(key) > 0;
}

// A name split into its body and the province named at its end:
// "uy ban nhan dan tinh quang tri" -> {"uy ban nhan dan", "quang tri"}.
struct BodyAndProvince {
  std::string body, province;
};
BodyAndProvince SplitProvince(std::string_view name) {
  std::vector<std::string> words = NameWords(name);
  for (std::size_t n = std::min(kLongestProvinceWords, words.size()); n > 0; --n) {
    std::string province = Join(words, words.size() - n, words.size());
    if (!IsProvinceKey(province)) continue;
    std::size_t end = words.size() - n;
    for (const Knowledge::Level& level : Knowledge::Get().levels()) {  // longest first
      if (level.words > end || Join(words, end - level.words, end) != level.key) continue;
      end -= level.words;
      break;
    }
    return {Join(words, 0, end), province};
  }
  return {Join(words, 0, words.size()), ""};
}

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
  CitesFilter cites;
  cites.relation = filter.relation;
  cites.from = filter.from;
  cites.to = filter.to;
  coverage.authorities = FindCiting(reader, reference, cites);

  // Every report of the index (within the dates) into its group.
  std::unordered_map<std::string, std::size_t> group_of_key, group_of_path;
  for (ReportRecord& report : reader.graph().ReportsDated(filter.from, filter.to)) {
    DocumentInfo document;
    document.issuer = std::move(report.issuer);
    document.place = std::move(report.place);
    document.date = std::move(report.date);
    CoverageGroup group;
    if (by == CoverageBy::kYear) {
      group.year = YearOfDate(document.date);
    } else {
      group.issuer = document.issuer.value_or("");
      group.province = ProvinceOfDocument(document);
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
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) {
    list.error = file.string() + ": is a folder; --expect wants a file, one body per line";
    return list;
  }
  std::uintmax_t size = std::filesystem::file_size(file, error);
  std::string why = error.message();
  std::optional<std::string> bytes;
  if (!error) bytes = ReadFileBytes(file, size, why);
  if (!bytes) {
    list.error = file.string() + ": cannot read it (" + why + ")";
    return list;
  }
  DecodedText text = DecodeText(*bytes);
  if (!text.ok()) {
    list.error = file.string() + ": " + text.error;
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
    }
  }
  return matched;
}

}  // namespace lexgraph
