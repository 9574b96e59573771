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
