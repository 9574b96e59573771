// coverage_query.h: the auditors' table (`lexquery coverage REF`): for each
// issuing body, or each year, how many of its reports cite or implement a
// document, out of how many it has in the index; and, against a list of the
// bodies expected to report, which have none (the compliance gap).
//
// The citing reports are exactly those `cites` finds (FindCiting: same
// reference key, same `same_as` merging, same filters); when REF names
// several documents (two provinces' 41/2019/QĐ-UBND) a report citing any
// of them counts once. The reports implementing REF only through a chain
// of plans of the corpus (FindChained, CoverageFilter::chain_depth) are
// counted apart, never as `implementing`. Reads the IndexReader's
// snapshot; never writes.
// Pure otherwise; the functions keep no state.
#ifndef LEXGRAPH_QUERY_COVERAGE_QUERY_H_
#define LEXGRAPH_QUERY_COVERAGE_QUERY_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cites_query.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"

namespace lexgraph {

enum class CoverageBy { kIssuer, kYear };

// Empty bounds are off. The dates bound both the citing reports and the
// reports counted in each group (so "3 of 5" speaks of one period); the
// relation bounds the citing reports only.
// The citing reports' filter (its relation, dates; the issuer and type
// are the table's rows, so unset), and how far to follow chains.
struct CoverageFilter : CitesFilter {
  // Also count the reports implementing REF through a chain of reports of
  // the corpus at most this many `implements` links long (FindChained); 1:
  // direct mentions only. No chain is followed with a relation other than
  // implements.
  int chain_depth = 3;
};

// One row: an issuing body of one province, or one year.
struct CoverageGroup {
  // By issuer: the body as its reports write it ("" when they name none)
  // and its province, folded ("quang tri"; "" when neither the issuer nor
  // the place names one), as ProvinceOfDocument reads it.
  std::string issuer, province;
  std::optional<int> year;          // by year; nullopt for undated reports
  std::size_t reports = 0;          // its reports in the index, within the dates
  std::size_t implementing = 0;     // citing reports with an `implements` mention
  std::vector<std::string> citing;  // paths of its reports citing REF, by date then path
  // Its reports implementing REF only through a chain (none with an
  // `implements` mention of REF; some may cite it otherwise, and are in
  // `citing` too), by date then path.
  std::vector<ChainedReport> chained;
};

struct Coverage {
  CoverageBy by = CoverageBy::kIssuer;
  std::vector<CitedAuthority> authorities;  // what REF names, as FindCiting gives them
  // Every group with a report in the index (within the dates), citing or
  // not: by issuer, by province then issuer (no province last); by year,
  // ascending (undated last).
  std::vector<CoverageGroup> groups;
  std::size_t reports = 0, citing = 0, implementing = 0;  // over all groups
  std::size_t chained = 0;                                // over all groups
  int chain_depth = 1;                                    // as followed (1: none)
};

Coverage FindCoverage(IndexReader& reader, const Reference& reference, const CoverageFilter& filter,
                      CoverageBy by);

// A body the auditors expect to report, one line of an --expect file:
// "Sở Tài chính" (every province's), "Sở Tài chính Quảng Trị", "Sở Tài
// chính, tỉnh Quảng Trị", "UBND tỉnh Quảng Trị". A province named at the
// end (after a comma or not, "tỉnh"/"thành phố" allowed) restricts the
// body to that province.
struct ExpectedBody {
  std::string line;      // as written, spaces collapsed
  std::string body;      // comparison key of the body ("so tai chinh")
  std::string province;  // comparison key of the province; "" for any
};
ExpectedBody ParseExpectedBody(std::string_view line);

// The bodies listed in `file`: UTF-8 (with or without a byte-order mark)
// or UTF-16 with one, any line ends; blank lines and lines starting with #
// are skipped. `error` says why the file cannot be used (unreadable, no
// body in it, a line naming only a province); then `bodies` is empty.
struct ExpectedList {
  std::vector<ExpectedBody> bodies;
  std::string error;
  bool ok() const { return error.empty(); }
};
ExpectedList ReadExpectedBodies(const std::filesystem::path& file);

// True when `group` (by issuer) is `body`: the same name once
// diacritics, tone placement, i/y, case, punctuation and abbreviations
// (UBND, KH&CN) are set aside, and, when `body` names a province, the same
// province.
bool IsExpectedBody(const ExpectedBody& body, const CoverageGroup& group);

// An expected body with what the groups it matches add up to.
struct ExpectedCoverage {
  ExpectedBody body;
  std::vector<std::size_t> groups;  // indexes into Coverage::groups
  std::size_t reports = 0, citing = 0, implementing = 0, chained = 0;
  // No report of it cites REF or implements it through a chain.
  bool gap() const { return citing == 0 && chained == 0; }
};
// In the order of `bodies`. Needs a coverage by issuer.
std::vector<ExpectedCoverage> MatchExpected(const Coverage& coverage,
                                            const std::vector<ExpectedBody>& bodies);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_COVERAGE_QUERY_H_
