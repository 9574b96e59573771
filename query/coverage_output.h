// coverage_output.h: the answer of `lexquery coverage` in the three formats.
//
//   table  for auditors: what REF names, then one aligned row per body (or
//          year) with its citing, implementing and total reports, a total
//          row, and with --expect the expected bodies, each with no citing
//          report marked "chưa có báo cáo"; Vietnamese headings and dates;
//   json   one object, documented in the README;
//   csv    with a UTF-8 byte-order mark: one row per group, or with
//          --expect one row per expected body.
#ifndef LEXGRAPH_QUERY_COVERAGE_OUTPUT_H_
#define LEXGRAPH_QUERY_COVERAGE_OUTPUT_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coverage_query.h"

namespace lexgraph {

// What was asked, for the headings and the JSON.
struct CoverageQuestion {
  std::string typed;    // REF as typed
  Reference reference;  // as parsed
  CoverageFilter filter;
  std::string expect_file;  // "" without --expect
};

// `expected` is nullptr without --expect. CoverageJson is the JSON answer
// (README) that WriteCoverageJson writes.
nlohmann::ordered_json CoverageJson(const CoverageQuestion& asked, const Coverage& coverage,
                                    const std::vector<ExpectedCoverage>* expected);
void WriteCoverageTable(std::ostream& out, const CoverageQuestion& asked, const Coverage& coverage,
                        const std::vector<ExpectedCoverage>* expected);
void WriteCoverageJson(std::ostream& out, const CoverageQuestion& asked, const Coverage& coverage,
                       const std::vector<ExpectedCoverage>* expected);
void WriteCoverageCsv(std::ostream& out, const Coverage& coverage,
                      const std::vector<ExpectedCoverage>* expected);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_COVERAGE_OUTPUT_H_
