// report_filter.h: the conditions on reports that `cites`, `search` and
// `coverage` share (CitesFilter), in one place: its one matcher (Passes,
// for reports read from the graph) and its translation into a boolean
// Xapian query over index_terms.h's terms (ReportFilterQuery), which must
// agree.
#ifndef LEXGRAPH_QUERY_REPORT_FILTER_H_
#define LEXGRAPH_QUERY_REPORT_FILTER_H_

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "lexgraph/extraction.h"  // Relation
#include "lexgraph/graph_reader.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"

namespace lexgraph {

// The reports of the index that some evidence says were replaced or
// repealed (status_query.h), read once per question.
struct EndedReports {
  std::unordered_set<std::string> paths;
  std::vector<std::string> identities;  // their own authority identities
};

// Conditions on the citing reports and their mentions; empty ones are off.
struct CitesFilter {
  std::optional<Relation> relation;
  std::string from;    // ISO date, inclusive: the citing report's date
  std::string to;      // ISO date, inclusive
  std::string issuer;  // words the citing report's issuer contains (any spelling)
  std::string type;    // the citing report's type ("Báo cáo", "bao cao")
  // Only reports that no evidence of the index says were replaced or
  // repealed (`--in-force`). The functions taking a filter read which
  // those are (ResolveInForce) before they use it.
  bool in_force = false;
  std::shared_ptr<const EndedReports> ended;  // set by ResolveInForce
};

// `filter` with `ended` read from the index when in_force asks for it.
CitesFilter ResolveInForce(IndexReader& reader, CitesFilter filter);

// Whether `report` passes `filter`'s dates, issuer, type and, once
// resolved, in_force (the relation is the mentions', not the report's).
bool Passes(const CitesFilter& filter, const ReportSummary& report);

// The reports whose date is in [filter.from, filter.to] (reports without a
// date fail any bound), whose type is filter.type and whose issuer holds
// the words of filter.issuer (any spelling, as SearchKey folds them), and,
// with `cites`, that cite it -- with filter.relation, in that relation --
// and, with filter.ended (ResolveInForce), whose identity is not ended.
// An empty Xapian::Query when nothing is asked. filter.relation is ignored
// without `cites`.
Xapian::Query ReportFilterQuery(const Xapian::Database& db, const CitesFilter& filter,
                                const std::optional<Reference>& cites);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_REPORT_FILTER_H_
