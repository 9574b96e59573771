// report_filter.h: the conditions on reports that `cites` and `search`
// share, as a boolean Xapian query over index_terms.h's terms.
#ifndef LEXGRAPH_QUERY_REPORT_FILTER_H_
#define LEXGRAPH_QUERY_REPORT_FILTER_H_

#include <xapian.h>

#include <optional>

#include "cites_query.h"
#include "lexgraph/reference_parser.h"

namespace lexgraph {

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
