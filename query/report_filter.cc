#include "report_filter.h"

#include "lexgraph/index_terms.h"
#include "lexgraph/search_key.h"

namespace lexgraph {
namespace {

using Query = Xapian::Query;

std::string Term(std::string_view prefix, std::string_view value) {
  return std::string(prefix) + std::string(value);
}

// The issuers of the index whose name holds the words of `issuer`.
Query IssuerFilter(const Xapian::Database& db, const std::string& issuer) {
  std::string wanted = " " + SearchKey(issuer) + " ";
  std::string prefix(terms::kIssuer);
  std::vector<Query> issuers;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    std::string name = (*it).substr(prefix.size());
    if ((" " + name + " ").find(wanted) != std::string::npos) issuers.emplace_back(*it);
  }
  if (issuers.empty()) return Query::MatchNothing;
  return Query(Query::OP_OR, issuers.begin(), issuers.end());
}

}  // namespace

CitesFilter ResolveInForce(IndexReader& reader, CitesFilter filter) {
  if (!filter.in_force || filter.ended) return filter;
  auto ended = std::make_shared<EndedReports>();
  for (const ReportSummary& r : reader.graph().EndedReports()) {
    if (r.identity) ended->identities.push_back(*r.identity);
    ended->paths.insert(r.path);
  }
  filter.ended = std::move(ended);
  return filter;
}

bool Passes(const CitesFilter& filter, const ReportSummary& report) {
  if (filter.ended && filter.ended->paths.count(report.path)) return false;
  if (!filter.from.empty() && (!report.date || *report.date < filter.from)) return false;
  if (!filter.to.empty() && (!report.date || *report.date > filter.to)) return false;
  if (!filter.issuer.empty() &&
      (!report.issuer ||
       (" " + SearchKey(*report.issuer) + " ").find(" " + SearchKey(filter.issuer) + " ") ==
           std::string::npos))
    return false;
  if (!filter.type.empty() && (!report.type || SearchKey(*report.type) != SearchKey(filter.type)))
    return false;
  return true;
}

Query ReportFilterQuery(const Xapian::Database& db, const CitesFilter& f,
                        const std::optional<Reference>& cites) {
  std::vector<Query> filters;
  if (!f.from.empty() && !f.to.empty())
    filters.emplace_back(Query::OP_VALUE_RANGE, terms::kDateSlot, DateValue(f.from),
                         DateValue(f.to));
  else if (!f.from.empty())
    filters.emplace_back(Query::OP_VALUE_GE, terms::kDateSlot, DateValue(f.from));
  else if (!f.to.empty())
    filters.emplace_back(Query::OP_VALUE_LE, terms::kDateSlot, DateValue(f.to));
  if (!f.type.empty()) filters.emplace_back(Term(terms::kType, SearchKey(f.type)));
  if (!f.issuer.empty()) filters.push_back(IssuerFilter(db, f.issuer));
  if (cites) {
    const std::string& key = cites->key;
    filters.emplace_back(
        f.relation ? Term(terms::kCitesAs, std::string(RelationName(*f.relation)) + ":" + key)
                   : Term(terms::kCites, key));
  }
  Query ended;
  if (f.ended && !f.ended->identities.empty()) {
    std::vector<Query> identities;
    for (const std::string& identity : f.ended->identities)
      identities.emplace_back(Term(terms::kIdentity, identity));
    ended = Query(Query::OP_OR, identities.begin(), identities.end());
  }
  if (filters.empty() && ended.empty()) return Query();
  // Every document matches MatchAll: the filter of in_force alone.
  Query kept =
      filters.empty() ? Query::MatchAll : Query(Query::OP_AND, filters.begin(), filters.end());
  return ended.empty() ? kept : Query(Query::OP_AND_NOT, kept, ended);
}

}  // namespace lexgraph
