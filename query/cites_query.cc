#include "cites_query.h"

#include <charconv>

#include "lexgraph/index_error.h"
#include "lexgraph/index_terms.h"
#include "report_filter.h"
#include "sqlite_db.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

struct RelationWords {
  Relation relation;
  std::string_view label;  // as a Vietnamese reader says it
};
constexpr RelationWords kRelationWords[] = {
    {Relation::kCites, "trích dẫn"},     {Relation::kBasis, "căn cứ"},
    {Relation::kImplements, "thực hiện"}, {Relation::kAmends, "sửa đổi, bổ sung"},
    {Relation::kReplaces, "thay thế"},   {Relation::kRepeals, "bãi bỏ"},
    {Relation::kGuides, "hướng dẫn"},
};

std::optional<int> Number(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string Pad2(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool Passes(const CitesFilter& filter, const CitingReport& report) {
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

}  // namespace

std::optional<DateRange> ParseDateBound(std::string_view text) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : text) {
    if (c == '-' || c == '/' || c == '.') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  std::vector<int> n;
  for (const std::string& p : parts) {
    std::optional<int> v = Number(p);
    if (!v) return std::nullopt;
    n.push_back(*v);
  }
  int year = 0, month = 0, day = 0;
  if (n.size() == 1) {
    year = n[0];
  } else if (n.size() == 2 && parts[0].size() == 4) {
    year = n[0], month = n[1];
  } else if (n.size() == 3 && parts[0].size() == 4) {
    year = n[0], month = n[1], day = n[2];
  } else if (n.size() == 3 && parts[2].size() == 4) {  // 15/5/2016, as Vietnamese write it
    day = n[0], month = n[1], year = n[2];
  } else {
    return std::nullopt;
  }
  if (year < 1900 || year > 2999 || month < 0 || month > 12) return std::nullopt;
  if (day != 0 && (month == 0 || day > DaysIn(year, month))) return std::nullopt;
  std::string y = std::to_string(year);
  if (month == 0) return DateRange{y + "-01-01", y + "-12-31"};
  if (day == 0) return DateRange{y + "-" + Pad2(month) + "-01",
                                 y + "-" + Pad2(month) + "-" + Pad2(DaysIn(year, month))};
  std::string date = y + "-" + Pad2(month) + "-" + Pad2(day);
  return DateRange{date, date};
}

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

AuthorityIds::AuthorityIds(IndexReader& reader)
    : of_document_(std::make_unique<sqlite::Statement>(
          reader.graph(), "SELECT id FROM authorities WHERE document_id = ?1")) {
  sqlite::Statement joined(reader.graph(),
                           "SELECT same_as, id FROM authorities WHERE same_as IS NOT NULL");
  while (joined.Step()) joined_[joined.Int(0)].push_back(joined.Int(1));
}

AuthorityIds::~AuthorityIds() = default;

std::string AuthorityIds::Of(std::int64_t authority_id) const { return Json({authority_id}); }

std::string AuthorityIds::OfDocument(std::int64_t document_id) {
  std::vector<std::int64_t> ids;
  of_document_->Bind(1, document_id);
  while (of_document_->Step()) ids.push_back(of_document_->Int(0));
  return Json(ids);
}

std::string AuthorityIds::Json(const std::vector<std::int64_t>& ids) const {
  std::string json = "[";
  for (std::int64_t id : ids) {
    json += (json.size() > 1 ? "," : "") + std::to_string(id);
    if (auto it = joined_.find(id); it != joined_.end())
      for (std::int64_t joined : it->second) json += "," + std::to_string(joined);
  }
  return json + "]";
}

CitedAuthority ReadAuthorityRow(sqlite::Statement& row) {
  CitedAuthority a;
  a.identity = row.Text(0);
  a.type = row.OptionalText(1);
  a.symbol = row.OptionalText(2);
  a.name = row.OptionalText(3);
  a.issuer = row.OptionalText(4);
  a.date = row.OptionalText(5);
  if (!row.IsNull(6)) a.year = static_cast<int>(row.Int(6));
  a.scope = row.Text(7);
  a.corpus_path = row.OptionalText(8);
  return a;
}

void AppendCitingRow(sqlite::Statement& row, int first, std::vector<CitingReport>& reports) {
  if (reports.empty() || reports.back().path != row.Text(first)) {
    CitingReport& r = reports.emplace_back();
    r.path = row.Text(first);
    r.symbol = row.OptionalText(first + 1);
    r.type = row.OptionalText(first + 2);
    r.date = row.OptionalText(first + 3);
    r.issuer = row.OptionalText(first + 4);
    r.title = row.OptionalText(first + 5);
  }
  CitingMention& m = reports.back().mentions.emplace_back();
  m.relation = RelationFromName(row.Text(first + 6)).value_or(Relation::kCites);
  m.pinpoint = row.OptionalText(first + 7);
  m.sentence = row.Text(first + 8);
  m.mention_begin = static_cast<std::size_t>(row.Int(first + 9));
  m.mention_end = static_cast<std::size_t>(row.Int(first + 10));
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

// Every citing report of every authority of the key, from SQLite.
std::vector<CitedAuthority> AllCiting(IndexReader& reader, const Reference& reference,
                                      const CitesFilter& filter, std::size_t limit) {
  const std::string sql =
      std::string("SELECT a.identity, a.type, a.symbol, a.name, a.issuer, a.date, a.year, a.scope,"
                  " ad.path,") +
      kCitingRowColumns +
      " FROM citations c JOIN authorities raw ON raw.id = c.authority_id"
      " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
      " JOIN documents d ON d.id = c.document_id"
      " LEFT JOIN documents ad ON ad.id = a.document_id"
      " WHERE raw.citation_key = ?1"
      " ORDER BY a.identity, d.date IS NULL, d.date DESC, d.path, c.ordinal";
  sqlite::Statement rows(reader.graph(), sql.c_str());
  rows.Bind(1, reference.key);
  std::vector<CitedAuthority> authorities;
  while (rows.Step()) {
    if (authorities.empty() || authorities.back().identity != rows.Text(0))
      authorities.push_back(ReadAuthorityRow(rows));
    AppendCitingRow(rows, 9, authorities.back().reports);
  }
  for (CitedAuthority& a : authorities) {
    ApplyFilter(filter, a.reports);
    a.reports_total = a.reports.size();
    if (limit != 0 && a.reports.size() > limit) a.reports.resize(limit);
  }
  return authorities;
}

// The documents the key names, after same_as, without their reports.
std::vector<CitedAuthority> AuthoritiesOf(IndexReader& reader, const Reference& reference) {
  sqlite::Statement rows(
      reader.graph(),
      "SELECT DISTINCT a.identity, a.type, a.symbol, a.name, a.issuer, a.date, a.year, a.scope,"
      " ad.path FROM authorities raw JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
      " LEFT JOIN documents ad ON ad.id = a.document_id"
      " WHERE raw.citation_key = ?1 ORDER BY a.identity");
  rows.Bind(1, reference.key);
  std::vector<CitedAuthority> authorities;
  while (rows.Step()) authorities.push_back(ReadAuthorityRow(rows));
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
  const std::string sql = std::string("SELECT") + kCitingRowColumns +
                          " FROM documents d JOIN citations c ON c.document_id = d.id"
                          " JOIN authorities raw ON raw.id = c.authority_id"
                          " WHERE d.xapian_docid = ?1 AND raw.citation_key = ?2"
                          " ORDER BY c.ordinal";
  sqlite::Statement rows(reader.graph(), sql.c_str());
  for (Xapian::docid id : newest) {
    rows.Bind(1, static_cast<std::int64_t>(id)).Bind(2, reference.key);
    while (rows.Step()) AppendCitingRow(rows, 0, authority.reports);
    rows.Reset();
  }
  ApplyFilter(filter, authority.reports);  // the relation's mentions only
}

}  // namespace

std::vector<CitingReportOf> ListCitingReports(IndexReader& reader, const Reference& reference,
                                              const CitesFilter& filter) {
  // A row per mention: the pairs are told apart by their ids, and a pair's
  // text is read once (SQLite's DISTINCT and ORDER BY on the text took
  // most of the time).
  std::string sql =
      "SELECT a.id, d.id, a.identity, d.path, d.type, d.date, d.issuer"
      " FROM citations c JOIN authorities raw ON raw.id = c.authority_id"
      " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
      " JOIN documents d ON d.id = c.document_id"
      " WHERE raw.citation_key = ?1";
  if (filter.relation) sql += " AND c.relation = ?2";
  sqlite::Statement rows(reader.graph(), sql.c_str());
  rows.Bind(1, reference.key);
  if (filter.relation) rows.Bind(2, RelationName(*filter.relation));
  std::set<std::pair<std::int64_t, std::int64_t>> seen;
  std::vector<CitingReportOf> reports;
  while (rows.Step()) {
    if (!seen.emplace(rows.Int(0), rows.Int(1)).second) continue;
    CitingReportOf r{rows.Text(2), {}};
    r.report.path = rows.Text(3);
    r.report.type = rows.OptionalText(4);
    r.report.date = rows.OptionalText(5);
    r.report.issuer = rows.OptionalText(6);
    if (Passes(filter, r.report)) reports.push_back(std::move(r));
  }
  return reports;
}

std::vector<CitedAuthority> FindCiting(IndexReader& reader, const Reference& reference,
                                       const CitesFilter& filter, std::size_t limit) {
  std::vector<CitedAuthority> authorities;
  if (limit != 0) {
    authorities = AuthoritiesOf(reader, reference);
    if (authorities.size() == 1) NewestCiting(reader, reference, filter, limit, authorities[0]);
    else authorities = AllCiting(reader, reference, filter, limit);
  } else {
    authorities = AllCiting(reader, reference, filter, limit);
  }
  std::erase_if(authorities, [](const CitedAuthority& a) { return a.reports.empty(); });
  return authorities;
}

}  // namespace lexgraph
