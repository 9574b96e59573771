#include "lexgraph/graph_reader.h"

#include <algorithm>
#include <set>
#include <utility>

#include "sqlite_db.h"

namespace lexgraph {
namespace {

// Each row kind is read from a run of columns (the LEXGRAPH_*_COLUMNS
// below) by one function; a query selects the runs it needs, in order, and
// reads each from the column where its run starts.

// LEXGRAPH_REPORT_COLUMNS, of documents d.
constexpr int kReportWidth = 8;
ReportSummary ReadReport(sqlite::Statement& row, int first) {
  ReportSummary r;
  r.id = row.Int(first);
  r.path = row.Text(first + 1);
  r.identity = row.OptionalText(first + 2);
  r.symbol = row.OptionalText(first + 3);
  r.type = row.OptionalText(first + 4);
  r.date = row.OptionalText(first + 5);
  r.issuer = row.OptionalText(first + 6);
  r.title = row.OptionalText(first + 7);
  return r;
}

// LEXGRAPH_REPORT_COLUMNS, then LEXGRAPH_RECORD_COLUMNS.
ReportRecord ReadRecord(sqlite::Statement& row, int first) {
  ReportRecord r;
  static_cast<ReportSummary&>(r) = ReadReport(row, first);
  first += kReportWidth;
  r.place = row.OptionalText(first);
  r.signer = row.OptionalText(first + 1);
  std::string recipients = row.Text(first + 2);  // one per line
  for (std::size_t start = 0; !recipients.empty() && start <= recipients.size();) {
    std::size_t end = std::min(recipients.find('\n', start), recipients.size());
    r.recipients.push_back(recipients.substr(start, end - start));
    start = end + 1;
  }
  r.content_hash = row.Text(first + 3);
  r.ocr_pages = static_cast<int>(row.Int(first + 4));
  if (!row.IsNull(first + 5)) r.ocr_confidence = static_cast<int>(row.Int(first + 5));
  return r;
}

// LEXGRAPH_AUTHORITY_COLUMNS, of authorities a (after same_as) and their
// documents ad.
constexpr int kAuthorityWidth = 11;
AuthorityRecord ReadAuthority(sqlite::Statement& row, int first) {
  AuthorityRecord a;
  a.id = row.Int(first);
  if (!row.IsNull(first + 1)) a.document_id = row.Int(first + 1);
  a.identity = row.Text(first + 2);
  a.type = row.OptionalText(first + 3);
  a.symbol = row.OptionalText(first + 4);
  a.name = row.OptionalText(first + 5);
  a.issuer = row.OptionalText(first + 6);
  a.date = row.OptionalText(first + 7);
  if (!row.IsNull(first + 8)) a.year = static_cast<int>(row.Int(first + 8));
  a.scope = row.Text(first + 9);
  a.corpus_path = row.OptionalText(first + 10);
  return a;
}

// LEXGRAPH_MENTION_COLUMNS, of citations c. The heading needs "LEFT JOIN
// sections s ON s.document_id = c.document_id AND s.ordinal = c.section",
// which lists of citing reports do without (NULL in its place).
constexpr int kMentionWidth = 9;
MentionRecord ReadMention(sqlite::Statement& row, int first) {
  MentionRecord m;
  m.ordinal = row.Int(first);
  m.relation = RelationFromName(row.Text(first + 1)).value_or(Relation::kCites);
  m.pinpoint = row.OptionalText(first + 2);
  m.heading = row.OptionalText(first + 3);
  m.sentence = row.Text(first + 4);
  m.mention_begin = static_cast<std::size_t>(row.Int(first + 5));
  m.mention_end = static_cast<std::size_t>(row.Int(first + 6));
  m.span_begin = static_cast<std::size_t>(row.Int(first + 7));
  m.span_end = static_cast<std::size_t>(row.Int(first + 8));
  return m;
}

std::string RelationOrAny(std::optional<Relation> relation) {
  return relation ? std::string(RelationName(*relation)) : "";
}

// The joins from a citation to the authority it cites after same_as.
#define LEXGRAPH_CITED_AUTHORITY                                \
  " JOIN authorities raw ON raw.id = c.authority_id"            \
  " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)" \
  " LEFT JOIN documents ad ON ad.id = a.document_id"

#define LEXGRAPH_REPORT_COLUMNS \
  " d.id, d.path, d.identity, d.symbol, d.type, d.date, d.issuer, d.title"
#define LEXGRAPH_AUTHORITY_COLUMNS                                                        \
  " a.id, a.document_id, a.identity, a.type, a.symbol, a.name, a.issuer, a.date, a.year," \
  " a.scope, ad.path"
#define LEXGRAPH_MENTION_COLUMNS(heading)        \
  " c.ordinal, c.relation, c.pinpoint, " heading \
  ", c.sentence, c.mention_begin,"               \
  " c.mention_end, c.span_begin, c.span_end"

// What a ReportRecord adds to a ReportSummary (ReadRecord).
#define LEXGRAPH_RECORD_COLUMNS \
  ", d.place, d.signer, d.recipients, d.content_hash, d.ocr_pages, d.ocr_confidence"

// Statements are prepared once per reader, keyed by their text's address:
// each SQL text below is one constant.
constexpr const char kCorpusRoot[] = "SELECT value FROM meta WHERE key = 'corpus_root'";

constexpr const char kReportsAtPath[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS LEXGRAPH_RECORD_COLUMNS
    " FROM documents d WHERE d.path = ?1 OR (length(d.path) > length(?1) AND"
    " substr(d.path, length(d.path) - length(?1)) = '/' || ?1) ORDER BY d.path";

constexpr const char kReportsWithKey[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS LEXGRAPH_RECORD_COLUMNS
    " FROM documents d WHERE d.identity >= ?1 || '|' AND d.identity < ?1 || '}' ORDER BY d.path";

constexpr const char kScannedReports[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS LEXGRAPH_RECORD_COLUMNS
    " FROM documents d WHERE d.ocr_pages > 0 AND coalesce(d.ocr_confidence, -1) < ?1"
    " ORDER BY coalesce(d.ocr_confidence, -1), d.path";

// Only what the contract promises: every report of the index is read.
constexpr const char kReportsDated[] =
    "SELECT d.path, d.date, d.issuer, d.place"
    " FROM documents d WHERE (?1 = '' OR d.date >= ?1) AND (?2 = '' OR d.date <= ?2)"
    " ORDER BY d.path";

constexpr const char kReportOfXapianDocument[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS " FROM documents d WHERE d.xapian_docid = ?1";

constexpr const char kAuthoritiesOfKey[] =
    "SELECT DISTINCT" LEXGRAPH_AUTHORITY_COLUMNS
    " FROM authorities raw JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
    " LEFT JOIN documents ad ON ad.id = a.document_id"
    " WHERE raw.citation_key = ?1 ORDER BY a.identity";

constexpr const char kCitedAuthoritiesOfKey[] =
    "SELECT DISTINCT" LEXGRAPH_AUTHORITY_COLUMNS " FROM citations c" LEXGRAPH_CITED_AUTHORITY
    " WHERE raw.citation_key = ?1 AND (?2 = '' OR c.relation = ?2) ORDER BY a.identity";

constexpr const char kMostCited[] =
    "SELECT" LEXGRAPH_AUTHORITY_COLUMNS
    ", count(DISTINCT c.document_id) AS reports, count(*) AS mentions"
    " FROM citations c" LEXGRAPH_CITED_AUTHORITY
    " JOIN documents d ON d.id = c.document_id"
    " WHERE (?1 = '' OR d.date >= ?1) AND (?2 = '' OR d.date <= ?2)"
    " GROUP BY a.id ORDER BY reports DESC, mentions DESC, a.identity";

constexpr const char kMentionsOfKey[] =
    "SELECT" LEXGRAPH_AUTHORITY_COLUMNS "," LEXGRAPH_REPORT_COLUMNS "," LEXGRAPH_MENTION_COLUMNS(
        "NULL") " FROM citations c" LEXGRAPH_CITED_AUTHORITY
                " JOIN documents d ON d.id = c.document_id WHERE raw.citation_key = ?1"
                " ORDER BY a.identity, d.date IS NULL, d.date DESC, d.path, c.ordinal";

constexpr const char kMentionsOfKeyIn[] =
    "SELECT" LEXGRAPH_MENTION_COLUMNS("NULL")
    " FROM citations c JOIN authorities raw ON raw.id = c.authority_id"
    " WHERE c.document_id = ?1 AND raw.citation_key = ?2 ORDER BY c.ordinal";

// A row per mention: the pairs are told apart by their ids, and a pair's
// text is read once (SQLite's DISTINCT and ORDER BY on the text took most
// of the time). Without a relation the citations are read from their
// index alone (covering): a condition "(?2 = '' OR c.relation = ?2)" made
// SQLite read every citation row, sentence and all (9 ms -> 25 ms for a
// directive cited 8,000 times).
#define LEXGRAPH_CITING_PAIRS                                         \
  "SELECT a.id, a.identity, d.id, d.path, d.type, d.date, d.issuer"   \
  " FROM citations c JOIN authorities raw ON raw.id = c.authority_id" \
  " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"       \
  " JOIN documents d ON d.id = c.document_id WHERE raw.citation_key = ?1"
constexpr const char kCitingPairsOfKey[] = LEXGRAPH_CITING_PAIRS;
constexpr const char kCitingPairsOfKeyAs[] = LEXGRAPH_CITING_PAIRS " AND c.relation = ?2";
#undef LEXGRAPH_CITING_PAIRS

constexpr const char kCitationsOf[] = "SELECT" LEXGRAPH_MENTION_COLUMNS(
    "s.heading") "," LEXGRAPH_AUTHORITY_COLUMNS " FROM citations c" LEXGRAPH_CITED_AUTHORITY
                 " LEFT JOIN sections s ON s.document_id = c.document_id AND s.ordinal = c.section"
                 " WHERE c.document_id = ?1 ORDER BY c.ordinal";

constexpr const char kMentionsOfAuthorityIds[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS "," LEXGRAPH_MENTION_COLUMNS("NULL")
    " FROM citations c JOIN documents d ON d.id = c.document_id"
    " WHERE c.authority_id IN (SELECT value FROM json_each(?1))"
    " ORDER BY d.date IS NULL, d.date, d.path, c.ordinal";

constexpr const char kCitersOfAuthorityIds[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS
    ", c.relation, count(*)"
    " FROM citations c JOIN documents d ON d.id = c.document_id"
    " WHERE c.authority_id IN (SELECT value FROM json_each(?1))"
    " AND (?2 = '' OR c.relation = ?2)"
    " GROUP BY d.id, c.relation ORDER BY d.date IS NULL, d.date, d.path, min(c.ordinal)";

// The reports with an `implements` mention of the key (a chain's last link).
constexpr const char kImplementersOfKey[] =
    "SELECT a.identity," LEXGRAPH_REPORT_COLUMNS
    " FROM citations c JOIN authorities raw ON raw.id = c.authority_id"
    " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
    " JOIN documents d ON d.id = c.document_id"
    " WHERE raw.citation_key = ?1 AND c.relation = 'implements'";
// The authorities that are the reports of a JSON array of report ids.
constexpr const char kAuthoritiesOfReports[] =
    "SELECT id, document_id FROM authorities"
    " WHERE document_id IN (SELECT value FROM json_each(?1))";
// The reports with an `implements` mention of a JSON array of authority ids.
constexpr const char kImplementersOfAuthorityIds[] =
    "SELECT c.authority_id," LEXGRAPH_REPORT_COLUMNS
    " FROM citations c JOIN documents d ON d.id = c.document_id"
    " WHERE c.authority_id IN (SELECT value FROM json_each(?1)) AND c.relation = 'implements'";

// Reports that propose or recount change no validity by their own words
// (GraphReader::ValidityEvidence).
#define LEXGRAPH_ACTING_REPORT " coalesce(d.type, '') NOT IN ('Tờ trình', 'Báo cáo')"
// A mention whose change the report states as a fact of other documents
// ("Quyết định số 5/2014/QĐ-UBND đã hết hiệu lực") is that statement's
// evidence, not the report's own act.
#define LEXGRAPH_NOT_STATED                                                           \
  " NOT EXISTS (SELECT 1 FROM stated_relations s WHERE s.document_id = c.document_id" \
  " AND s.object = c.ordinal)"

constexpr const char kOwnActsOnAuthorityIds[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS
    ", c.relation, c.sentence, c.pinpoint, c.mention_begin, c.mention_end"
    " FROM citations c INDEXED BY citations_changing JOIN documents d ON d.id = c.document_id"
    " WHERE c.authority_id IN (SELECT value FROM json_each(?1))"
    " AND c.relation IN ('amends', 'replaces', 'repeals') AND" LEXGRAPH_ACTING_REPORT
    " AND" LEXGRAPH_NOT_STATED " ORDER BY d.date IS NULL, d.date, d.path, c.ordinal";

// The subject is the report's own citation of the document acting.
constexpr const char kStatedOnAuthorityIds[] =
    "SELECT" LEXGRAPH_REPORT_COLUMNS
    ", s.relation, s.effective, s.statement, c.pinpoint, c.sentence, c.mention_begin,"
    " c.mention_end," LEXGRAPH_AUTHORITY_COLUMNS
    " FROM stated_relations s JOIN citations c"
    " ON c.document_id = s.document_id AND c.ordinal = s.object"
    " JOIN documents d ON d.id = s.document_id"
    " LEFT JOIN citations sc ON sc.document_id = s.document_id AND sc.ordinal = s.subject"
    " LEFT JOIN authorities raw ON raw.id = sc.authority_id"
    " LEFT JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
    " LEFT JOIN documents ad ON ad.id = a.document_id"
    " WHERE s.object_authority IN (SELECT value FROM json_each(?1))"
    " ORDER BY d.date IS NULL, d.date, d.path, s.ordinal";

constexpr const char kEndedReports[] =
    "SELECT d.id, d.path, d.identity FROM documents d WHERE d.identity IN ("
    "SELECT a.identity FROM citations c INDEXED BY citations_changing"
    " JOIN documents d ON d.id = c.document_id"
    " JOIN authorities raw ON raw.id = c.authority_id"
    " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
    " WHERE c.relation IN ('amends', 'replaces', 'repeals') AND c.relation <> 'amends' "
    "AND" LEXGRAPH_ACTING_REPORT " AND" LEXGRAPH_NOT_STATED
    " UNION"
    " SELECT a.identity FROM stated_relations s"
    " JOIN authorities raw ON raw.id = s.object_authority"
    " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
    " WHERE s.relation IN ('replaces', 'repeals')) ORDER BY d.path";
#undef LEXGRAPH_ACTING_REPORT
#undef LEXGRAPH_NOT_STATED

constexpr const char kAuthoritiesOfReport[] = "SELECT id FROM authorities WHERE document_id = ?1";
constexpr const char kJoinedAuthorities[] =
    "SELECT same_as, id FROM authorities WHERE same_as IS NOT NULL";

#undef LEXGRAPH_CITED_AUTHORITY
#undef LEXGRAPH_REPORT_COLUMNS
#undef LEXGRAPH_AUTHORITY_COLUMNS
#undef LEXGRAPH_MENTION_COLUMNS

}  // namespace

GraphReader::GraphReader(sqlite::Database& db) : db_(db) {}

GraphReader::~GraphReader() = default;

sqlite::Statement& GraphReader::Prepared(const char* sql) {
  std::unique_ptr<sqlite::Statement>& statement = prepared_[sql];
  if (!statement) statement = std::make_unique<sqlite::Statement>(db_, sql);
  statement->Reset();  // a loop left early leaves it mid-way
  return *statement;
}

std::optional<std::string> GraphReader::CorpusRoot() {
  sqlite::Statement& get = Prepared(kCorpusRoot);
  std::optional<std::string> root;
  if (get.Step()) root = get.Text(0);
  get.Reset();
  return root;
}

namespace {

std::vector<ReportRecord> ReadRecords(sqlite::Statement& rows) {
  std::vector<ReportRecord> records;
  while (rows.Step()) records.push_back(ReadRecord(rows, 0));
  return records;
}

}  // namespace

std::vector<ReportRecord> GraphReader::ReportsAtPath(std::string_view path) {
  return ReadRecords(Prepared(kReportsAtPath).Bind(1, path));
}

std::vector<ReportRecord> GraphReader::ReportsWithKey(std::string_view key) {
  return ReadRecords(Prepared(kReportsWithKey).Bind(1, key));
}

std::vector<ReportRecord> GraphReader::ScannedReports(int below) {
  return ReadRecords(Prepared(kScannedReports).Bind(1, static_cast<std::int64_t>(below)));
}

std::vector<ReportRecord> GraphReader::ReportsDated(const std::string& from,
                                                    const std::string& to) {
  sqlite::Statement& rows = Prepared(kReportsDated).Bind(1, from).Bind(2, to);
  std::vector<ReportRecord> reports;
  while (rows.Step()) {
    ReportRecord& r = reports.emplace_back();
    r.path = rows.Text(0);
    r.date = rows.OptionalText(1);
    r.issuer = rows.OptionalText(2);
    r.place = rows.OptionalText(3);
  }
  return reports;
}

std::optional<ReportSummary> GraphReader::ReportOfXapianDocument(std::int64_t docid) {
  sqlite::Statement& row = Prepared(kReportOfXapianDocument).Bind(1, docid);
  std::optional<ReportSummary> report;
  if (row.Step()) report = ReadReport(row, 0);
  row.Reset();
  return report;
}

std::vector<AuthorityRecord> GraphReader::AuthoritiesOfKey(std::string_view key) {
  sqlite::Statement& rows = Prepared(kAuthoritiesOfKey).Bind(1, key);
  std::vector<AuthorityRecord> authorities;
  while (rows.Step()) authorities.push_back(ReadAuthority(rows, 0));
  return authorities;
}

std::vector<AuthorityRecord> GraphReader::CitedAuthoritiesOfKey(std::string_view key,
                                                                std::optional<Relation> relation) {
  sqlite::Statement& rows =
      Prepared(kCitedAuthoritiesOfKey).Bind(1, key).Bind(2, RelationOrAny(relation));
  std::vector<AuthorityRecord> authorities;
  while (rows.Step()) authorities.push_back(ReadAuthority(rows, 0));
  return authorities;
}

std::vector<AuthorityCitedCount> GraphReader::MostCited(
    const std::string& from, const std::string& to, std::size_t limit,
    const std::function<bool(const AuthorityRecord&)>& keep) {
  sqlite::Statement& rows = Prepared(kMostCited).Bind(1, from).Bind(2, to);
  std::vector<AuthorityCitedCount> top;
  while (top.size() < limit && rows.Step()) {
    AuthorityCitedCount count;
    count.authority = ReadAuthority(rows, 0);
    if (keep && !keep(count.authority)) continue;
    count.reports = static_cast<std::size_t>(rows.Int(kAuthorityWidth));
    count.mentions = static_cast<std::size_t>(rows.Int(kAuthorityWidth + 1));
    top.push_back(std::move(count));
  }
  rows.Reset();
  return top;
}

void GraphReader::ForEachMentionOfKey(
    std::string_view key,
    const std::function<void(const AuthorityRecord&, const ReportSummary&, const MentionRecord&)>&
        visit) {
  sqlite::Statement& rows = Prepared(kMentionsOfKey).Bind(1, key);
  // Rows come by authority, and a directive has thousands: its record is
  // read once, and so is a report's for its consecutive mentions.
  AuthorityRecord authority;
  ReportSummary report;
  while (rows.Step()) {
    if (authority.id == 0 || rows.Int(0) != authority.id) authority = ReadAuthority(rows, 0);
    if (report.id == 0 || rows.Int(kAuthorityWidth) != report.id)
      report = ReadReport(rows, kAuthorityWidth);
    visit(authority, report, ReadMention(rows, kAuthorityWidth + kReportWidth));
  }
}

std::vector<MentionRecord> GraphReader::MentionsOfKeyIn(std::int64_t report_id,
                                                        std::string_view key) {
  sqlite::Statement& rows = Prepared(kMentionsOfKeyIn).Bind(1, report_id).Bind(2, key);
  std::vector<MentionRecord> mentions;
  while (rows.Step()) mentions.push_back(ReadMention(rows, 0));
  return mentions;
}

void GraphReader::ForEachCitingPairOfKey(std::string_view key, std::optional<Relation> relation,
                                         const std::function<void(CitingPair&)>& visit) {
  sqlite::Statement& rows =
      relation ? Prepared(kCitingPairsOfKeyAs).Bind(1, key).Bind(2, RelationName(*relation))
               : Prepared(kCitingPairsOfKey).Bind(1, key);
  std::set<std::pair<std::int64_t, std::int64_t>> seen;
  CitingPair pair;
  while (rows.Step()) {
    if (!seen.emplace(rows.Int(0), rows.Int(2)).second) continue;
    pair.authority = rows.Text(1);
    pair.report.id = rows.Int(2);
    pair.report.path = rows.Text(3);
    pair.report.type = rows.OptionalText(4);
    pair.report.date = rows.OptionalText(5);
    pair.report.issuer = rows.OptionalText(6);
    visit(pair);
  }
}

std::vector<ImplementationChain> GraphReader::ImplementationChainsOfKey(std::string_view key,
                                                                        int depth) {
  // Breadth first from the key: level 1 implements it directly, level n
  // implements a report of level n - 1 (its `parent`).
  struct Reached {
    ReportSummary report;
    int level = 0;
    std::int64_t parent = 0;  // 0 at level 1
    std::string authority;    // at level 1
  };
  std::map<std::int64_t, Reached> reached;
  std::vector<ImplementationChain> chains;
  if (depth < 2) return chains;
  std::vector<std::int64_t> frontier;
  sqlite::Statement& direct = Prepared(kImplementersOfKey).Bind(1, key);
  while (direct.Step()) {
    std::int64_t id = direct.Int(1);
    auto [it, added] = reached.try_emplace(id);
    if (added) {
      it->second = Reached{ReadReport(direct, 1), 1, 0, direct.Text(0)};
      frontier.push_back(id);
    } else if (direct.Text(0) < it->second.authority) {
      it->second.authority = direct.Text(0);  // the same whatever the row order
    }
  }
  auto path_of = [&](std::int64_t id) -> const std::string& { return reached.at(id).report.path; };
  for (int level = 2; level <= depth && !frontier.empty(); ++level) {
    // The authorities that stand for the frontier's reports.
    std::string reports = "[";
    for (std::int64_t id : frontier)
      reports += (reports.size() > 1 ? "," : "") + std::to_string(id);
    sqlite::Statement& own = Prepared(kAuthoritiesOfReports).Bind(1, reports + "]");
    std::map<std::int64_t, std::int64_t> report_of_authority;
    std::vector<std::pair<std::int64_t, std::int64_t>> found;
    while (own.Step()) found.emplace_back(own.Int(0), own.Int(1));
    std::string authorities = "[";
    for (const auto& [authority, report] : found) {
      std::string ids = IdsOfAuthority(authority);  // with the undated ones joined to it
      authorities += (authorities.size() > 1 ? "," : "") + ids.substr(1, ids.size() - 2);
      std::size_t start = 1;
      while (start < ids.size()) {
        std::size_t end = ids.find_first_of(",]", start);
        report_of_authority[std::stoll(ids.substr(start, end - start))] = report;
        start = end + 1;
      }
    }
    frontier.clear();
    if (found.empty()) break;
    sqlite::Statement& rows = Prepared(kImplementersOfAuthorityIds).Bind(1, authorities + "]");
    while (rows.Step()) {
      std::int64_t parent = report_of_authority.at(rows.Int(0));
      std::int64_t id = rows.Int(1);
      auto [it, added] = reached.try_emplace(id);
      if (added) {
        it->second = Reached{ReadReport(rows, 1), level, parent, ""};
        frontier.push_back(id);
      } else if (it->second.level == level && path_of(parent) < path_of(it->second.parent)) {
        it->second.parent = parent;
      }
    }
  }
  for (const auto& [id, r] : reached) {
    if (r.level < 2) continue;
    ImplementationChain& chain = chains.emplace_back();
    chain.report = r.report;
    for (std::int64_t next = r.parent; next != 0; next = reached.at(next).parent) {
      const Reached& link = reached.at(next);
      chain.via.push_back(link.report);
      if (link.parent == 0) chain.authority = link.authority;
    }
  }
  std::sort(chains.begin(), chains.end(),
            [](const auto& a, const auto& b) { return a.report.path < b.report.path; });
  return chains;
}

std::vector<std::pair<MentionRecord, AuthorityRecord>> GraphReader::CitationsOf(
    std::int64_t report_id) {
  sqlite::Statement& rows = Prepared(kCitationsOf).Bind(1, report_id);
  std::vector<std::pair<MentionRecord, AuthorityRecord>> citations;
  while (rows.Step())
    citations.emplace_back(ReadMention(rows, 0), ReadAuthority(rows, kMentionWidth));
  return citations;
}

void GraphReader::ForEachMentionOfReport(
    std::int64_t report_id,
    const std::function<void(const ReportSummary&, const MentionRecord&)>& visit) {
  sqlite::Statement& rows = Prepared(kMentionsOfAuthorityIds).Bind(1, IdsOfReport(report_id));
  while (rows.Step()) visit(ReadReport(rows, 0), ReadMention(rows, kReportWidth));
}

std::vector<CiterRow> GraphReader::CitersOfAuthority(std::int64_t authority_id,
                                                     std::optional<Relation> relation) {
  return Citers(IdsOfAuthority(authority_id), relation);
}

std::vector<CiterRow> GraphReader::CitersOfReport(std::int64_t report_id,
                                                  std::optional<Relation> relation) {
  return Citers(IdsOfReport(report_id), relation);
}

std::vector<CiterRow> GraphReader::Citers(const std::string& ids,
                                          std::optional<Relation> relation) {
  sqlite::Statement& rows =
      Prepared(kCitersOfAuthorityIds).Bind(1, ids).Bind(2, RelationOrAny(relation));
  std::vector<CiterRow> citers;
  while (rows.Step()) {
    CiterRow& row = citers.emplace_back();
    row.report = ReadReport(rows, 0);
    row.relation = RelationFromName(rows.Text(kReportWidth)).value_or(Relation::kCites);
    row.mentions = static_cast<std::size_t>(rows.Int(kReportWidth + 1));
  }
  return citers;
}

std::vector<ValidityEvidence> GraphReader::ValidityOfAuthority(std::int64_t authority_id) {
  return Validity(IdsOfAuthority(authority_id));
}

std::vector<ValidityEvidence> GraphReader::ValidityOfReport(std::int64_t report_id) {
  return Validity(IdsOfReport(report_id));
}

std::vector<ValidityEvidence> GraphReader::Validity(const std::string& ids) {
  std::vector<ValidityEvidence> evidence;
  sqlite::Statement& own = Prepared(kOwnActsOnAuthorityIds).Bind(1, ids);
  while (own.Step()) {
    ValidityEvidence& e = evidence.emplace_back();
    e.report = ReadReport(own, 0);
    e.relation = RelationFromName(own.Text(kReportWidth)).value_or(Relation::kAmends);
    e.sentence = own.Text(kReportWidth + 1);
    e.pinpoint = own.OptionalText(kReportWidth + 2);
    e.mention_sentence = e.sentence;
    e.mention_begin = static_cast<std::size_t>(own.Int(kReportWidth + 3));
    e.mention_end = static_cast<std::size_t>(own.Int(kReportWidth + 4));
  }
  sqlite::Statement& stated = Prepared(kStatedOnAuthorityIds).Bind(1, ids);
  while (stated.Step()) {
    ValidityEvidence& e = evidence.emplace_back();
    e.stated = true;
    e.report = ReadReport(stated, 0);
    e.relation = RelationFromName(stated.Text(kReportWidth)).value_or(Relation::kAmends);
    e.effective = stated.OptionalText(kReportWidth + 1);
    e.sentence = stated.Text(kReportWidth + 2);
    e.pinpoint = stated.OptionalText(kReportWidth + 3);
    e.mention_sentence = stated.Text(kReportWidth + 4);
    e.mention_begin = static_cast<std::size_t>(stated.Int(kReportWidth + 5));
    e.mention_end = static_cast<std::size_t>(stated.Int(kReportWidth + 6));
    if (!stated.IsNull(kReportWidth + 7)) e.by = ReadAuthority(stated, kReportWidth + 7);
  }
  // One order for both kinds: the report's date, then its path.
  std::stable_sort(evidence.begin(), evidence.end(), [](const auto& a, const auto& b) {
    const ReportSummary &x = a.report, &y = b.report;
    if (x.date.has_value() != y.date.has_value()) return x.date.has_value();
    if (x.date != y.date) return x.date < y.date;
    return x.path < y.path;
  });
  return evidence;
}

const std::vector<ReportSummary>& GraphReader::EndedReports() {
  if (ended_) return *ended_;
  sqlite::Statement& rows = Prepared(kEndedReports);
  std::vector<ReportSummary> reports;  // kept only when whole: a deadline may end the read
  while (rows.Step()) {
    ReportSummary& r = reports.emplace_back();
    r.id = rows.Int(0);
    r.path = rows.Text(1);
    r.identity = rows.OptionalText(2);
  }
  return ended_.emplace(std::move(reports));
}

std::string GraphReader::IdsOfAuthority(std::int64_t authority_id) {
  if (!joined_) {
    joined_.emplace();
    sqlite::Statement& joined = Prepared(kJoinedAuthorities);
    while (joined.Step()) (*joined_)[joined.Int(0)].push_back(joined.Int(1));
  }
  std::string json = "[" + std::to_string(authority_id);
  if (auto it = joined_->find(authority_id); it != joined_->end())
    for (std::int64_t id : it->second) json += "," + std::to_string(id);
  return json + "]";
}

std::string GraphReader::IdsOfReport(std::int64_t report_id) {
  sqlite::Statement& own = Prepared(kAuthoritiesOfReport).Bind(1, report_id);
  std::vector<std::int64_t> ids;
  while (own.Step()) ids.push_back(own.Int(0));
  std::string json = "[";
  for (std::int64_t id : ids) {
    std::string one = IdsOfAuthority(id);
    json += (json.size() > 1 ? "," : "") + one.substr(1, one.size() - 2);
  }
  return json + "]";
}

}  // namespace lexgraph
