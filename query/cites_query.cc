#include "cites_query.h"

#include <algorithm>
#include <map>

#include "lexgraph/index_error.h"
#include "lexgraph/index_terms.h"
#include "lexgraph/search_key.h"
#include "report_filter.h"

namespace lexgraph {
namespace {

struct RelationWords {
  Relation relation;
  std::string_view label;  // as a Vietnamese reader says it
};
constexpr RelationWords kRelationWords[] = {
    {Relation::kCites, "trích dẫn"},      {Relation::kBasis, "căn cứ"},
    {Relation::kImplements, "thực hiện"}, {Relation::kAmends, "sửa đổi, bổ sung"},
    {Relation::kReplaces, "thay thế"},    {Relation::kRepeals, "bãi bỏ"},
    {Relation::kGuides, "hướng dẫn"},
};

}  // namespace

std::optional<Relation> ParseRelation(std::string_view text) {
  if (std::optional<Relation> relation = RelationFromName(text)) return relation;
  std::string key = SearchKey(text);
  for (const RelationWords& words : kRelationWords)
    if (SearchKey(words.label) == key) return words.relation;
  if (key == "sua doi" || key == "bo sung") return Relation::kAmends;
  return std::nullopt;
}

std::string_view RelationLabel(Relation relation) {
  for (const RelationWords& words : kRelationWords)
    if (words.relation == relation) return words.label;
  return "";
}

CitedAuthority CitedAuthorityOf(const AuthorityRecord& record) {
  CitedAuthority a;
  a.identity = record.identity;
  a.type = record.type;
  a.symbol = record.symbol;
  a.name = record.name;
  a.issuer = record.issuer;
  a.date = record.date;
  a.year = record.year;
  a.scope = record.scope;
  a.corpus_path = record.corpus_path;
  return a;
}

CitingMention CitingMentionOf(const MentionRecord& record) {
  return CitingMention{record.relation, record.pinpoint, record.sentence, record.mention_begin,
                       record.mention_end};
}

void AppendCiting(const ReportSummary& report, const MentionRecord& mention,
                  std::vector<CitingReport>& reports) {
  if (reports.empty() || reports.back().path != report.path)
    static_cast<ReportSummary&>(reports.emplace_back()) = report;
  reports.back().mentions.push_back(CitingMentionOf(mention));
}

namespace {

// Keeps the reports that pass the filter and, with a relation, the
// mentions of that relation.
void ApplyFilter(const CitesFilter& filter, std::vector<CitingReport>& reports) {
  std::vector<CitingReport> kept;
  for (CitingReport& r : reports) {
    if (!Passes(filter, r)) continue;
    if (filter.relation) {
      std::erase_if(r.mentions,
                    [&](const CitingMention& m) { return m.relation != *filter.relation; });
      if (r.mentions.empty()) continue;
    }
    kept.push_back(std::move(r));
  }
  reports = std::move(kept);
}

// Every citing report of every authority of the key, from the graph.
std::vector<CitedAuthority> AllCiting(IndexReader& reader, const Reference& reference,
                                      const CitesFilter& filter, std::size_t limit) {
  std::vector<CitedAuthority> authorities;
  reader.graph().ForEachMentionOfKey(
      reference.key, [&](const AuthorityRecord& authority, const ReportSummary& report,
                         const MentionRecord& mention) {
        if (authorities.empty() || authorities.back().identity != authority.identity)
          authorities.push_back(CitedAuthorityOf(authority));
        AppendCiting(report, mention, authorities.back().reports);
      });
  for (CitedAuthority& a : authorities) {
    ApplyFilter(filter, a.reports);
    a.reports_total = a.reports.size();
    if (limit != 0 && a.reports.size() > limit) a.reports.resize(limit);
  }
  return authorities;
}

// The documents the key names, after same_as, without their reports.
std::vector<CitedAuthority> AuthoritiesOf(IndexReader& reader, const Reference& reference) {
  std::vector<CitedAuthority> authorities;
  for (const AuthorityRecord& record : reader.graph().AuthoritiesOfKey(reference.key))
    authorities.push_back(CitedAuthorityOf(record));
  return authorities;
}

// The one document the key names: the reports citing the key in Xapian
// (kCites), newest first, `limit` of them read from SQLite.
void NewestCiting(IndexReader& reader, const Reference& reference, const CitesFilter& filter,
                  std::size_t limit, CitedAuthority& authority) {
  std::vector<Xapian::docid> newest;
  try {
    reader.ReadXapian([&](Xapian::Database& db) {
      Xapian::Enquire enquire(db);
      enquire.set_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                      ReportFilterQuery(db, filter, reference), 0));
      enquire.set_sort_by_value(terms::kDateSlot, /*reverse=*/true);
      Xapian::MSet mset =
          enquire.get_mset(0, limit, db.get_doccount(), nullptr, reader.LiveDecider());
      authority.reports_total = mset.get_matches_estimated();
      newest.clear();
      for (auto it = mset.begin(); it != mset.end(); ++it) newest.push_back(*it);
      return 0;
    });
  } catch (const Xapian::Error& e) {
    throw IndexError(IndexError::Kind::kStorage, "cannot read the index: " + e.get_description());
  }
  GraphReader& graph = reader.graph();
  for (Xapian::docid id : newest) {
    std::optional<ReportSummary> report = graph.ReportOfXapianDocument(id);
    if (!report) continue;  // not possible: the decider keeps the snapshot's
    for (const MentionRecord& mention : graph.MentionsOfKeyIn(report->id, reference.key))
      AppendCiting(*report, mention, authority.reports);
  }
  ApplyFilter(filter, authority.reports);  // the relation's mentions only
}

}  // namespace

std::vector<CitingReportOf> ListCitingReports(IndexReader& reader, const Reference& reference,
                                              const CitesFilter& asked) {
  CitesFilter filter = ResolveInForce(reader, asked);
  std::vector<CitingReportOf> reports;
  reader.graph().ForEachCitingPairOfKey(reference.key, filter.relation, [&](CitingPair& pair) {
    CitingReportOf r{std::move(pair.authority), {}};
    static_cast<ReportSummary&>(r.report) = std::move(pair.report);
    if (Passes(filter, r.report)) reports.push_back(std::move(r));
  });
  return reports;
}

std::vector<ChainedReport> FindChained(IndexReader& reader, const Reference& reference,
                                       const CitesFilter& asked, int depth) {
  CitesFilter filter = ResolveInForce(reader, asked);
  std::vector<ChainedReport> chained;
  if (depth < 2) return chained;
  GraphReader& graph = reader.graph();
  std::vector<ImplementationChain> chains = graph.ImplementationChainsOfKey(reference.key, depth);
  if (chains.empty()) return chained;
  std::map<std::string, std::string> labels;
  for (const AuthorityRecord& a : graph.AuthoritiesOfKey(reference.key))
    labels[a.identity] = a.symbol ? *a.symbol : a.name.value_or(a.identity);
  for (ImplementationChain& chain : chains) {
    ChainedReport c;
    static_cast<ReportSummary&>(c.report) = std::move(chain.report);
    if (!Passes(filter, c.report)) continue;
    for (ReportSummary& link : chain.via)
      c.via.push_back({std::move(link.path), std::move(link.symbol)});
    c.authority = std::move(chain.authority);
    auto label = labels.find(c.authority);
    c.authority_label = label != labels.end() ? label->second : c.authority;
    chained.push_back(std::move(c));
  }
  std::stable_sort(chained.begin(), chained.end(), [](const auto& a, const auto& b) {
    if (a.report.date.has_value() != b.report.date.has_value()) return a.report.date.has_value();
    return a.report.date < b.report.date;
  });
  return chained;
}

std::string ChainText(const ChainedReport& chained) {
  std::string text = chained.report.symbol.value_or(chained.report.path);
  for (const ChainLink& link : chained.via) text += " → " + link.symbol.value_or(link.path);
  return text + " → " + chained.authority_label;
}

std::vector<CitedAuthority> FindCiting(IndexReader& reader, const Reference& reference,
                                       const CitesFilter& asked, std::size_t limit) {
  CitesFilter filter = ResolveInForce(reader, asked);
  std::vector<CitedAuthority> authorities;
  if (limit != 0) {
    authorities = AuthoritiesOf(reader, reference);
    if (authorities.size() == 1)
      NewestCiting(reader, reference, filter, limit, authorities[0]);
    else
      authorities = AllCiting(reader, reference, filter, limit);
  } else {
    authorities = AllCiting(reader, reference, filter, limit);
  }
  std::erase_if(authorities, [](const CitedAuthority& a) { return a.reports.empty(); });
  return authorities;
}

}  // namespace lexgraph
