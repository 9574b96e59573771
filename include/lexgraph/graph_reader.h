// lexgraph/graph_reader.h: the read side of an index's citation graph.
//
// GraphStore (the builder's) owns every write to the graph; GraphReader
// owns every read: each question the query tools ask of the graph is one
// method here, returning typed rows, so that the schema
// (graph_schema.sql.h) and its SQL stay inside the store. Callers never see
// a database handle, a column number or SQL text.
//
// Words used below:
// - a report is a document of the corpus, indexed (ReportSummary);
// - an authority is a document that reports cite, whatever the number of
//   its citing reports (AuthorityRecord). A citation key ("sym:5-ct/tw",
//   reference_parser.h) may name several: two provinces' 41/2019/QĐ-UBND.
//   An undated mention of a national document is joined to the one dated
//   authority of its symbol ("same as"); every method answers with the
//   authority after that join;
// - a mention is one citation in a report's text (MentionRecord).
//
// A GraphReader belongs to an IndexReader (IndexReader::graph()) and reads
// its snapshot. Not thread-safe: one thread at a time, like its
// IndexReader. Throws IndexError (kStorage) when the graph cannot be read,
// or when the reader's deadline passes (IndexReader::SetDeadline).
#ifndef LEXGRAPH_GRAPH_READER_H_
#define LEXGRAPH_GRAPH_READER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexgraph/extraction.h"  // Relation

namespace lexgraph {

namespace sqlite {
class Database;
class Statement;
}  // namespace sqlite

// A report as lists show it.
struct ReportSummary {
  std::int64_t id = 0;                  // the graph's; names the report within one snapshot only
  std::string path;                     // relative to the corpus folder, '/' separated
  std::optional<std::string> identity;  // its own authority identity, if it has a symbol
  std::optional<std::string> symbol, type, date, issuer, title;
};

// A report with every field its header gave.
struct ReportRecord : ReportSummary {
  std::optional<std::string> place, signer;
  std::vector<std::string> recipients;
  std::string content_hash;           // of the bytes indexed (content_hash.h)
  int ocr_pages = 0;                  // a scan: the pages read by OCR; 0 for typed text
  std::optional<int> ocr_confidence;  // their mean confidence, 0-100
};

// A cited document.
struct AuthorityRecord {
  std::int64_t id = 0;                      // the graph's, within one snapshot
  std::optional<std::int64_t> document_id;  // the report that is this authority
  std::string identity;                     // "sym:5-ct/tw|2016|"
  std::optional<std::string> type, symbol, name, issuer, date;
  std::optional<int> year;
  std::string scope;                       // province, "?" or ""
  std::optional<std::string> corpus_path;  // the path of document_id
};

// One citation in a report's text.
struct MentionRecord {
  std::int64_t ordinal = 0;  // in text order within the report
  Relation relation = Relation::kCites;
  std::optional<std::string> pinpoint;
  std::optional<std::string> heading;  // of the section it stands in
  std::string sentence;
  std::size_t mention_begin = 0, mention_end = 0;  // the mention, bytes of `sentence`
  std::size_t span_begin = 0, span_end = 0;        // the mention, bytes of the report's text
};

// A report citing an authority of a key, without its mentions.
struct CitingPair {
  std::string authority;  // identity
  ReportSummary report;   // path, type, date and issuer
};

// A report citing a node of the graph, with one relation of its mentions.
struct CiterRow {
  ReportSummary report;
  Relation relation = Relation::kCites;
  std::size_t mentions = 0;  // of that relation
};

// A report that implements a document through reports of the corpus that
// implement it: `report` has an `implements` mention of via[0], via[0] one
// of via[1], ..., and via.back() one of the document `authority`.
struct ImplementationChain {
  ReportSummary report;
  std::vector<ReportSummary> via;  // at least one; the nearest to `report` first
  std::string authority;           // identity of the document at the end
};

// One piece of evidence that a document was amended, replaced or repealed.
// Two kinds:
// - the report does it itself ("Quyết định này thay thế Quyết định số
//   32/2015/QĐ-UBND"): `stated` false, and `report` is the document acting.
//   Reports that propose or recount (Tờ trình, Báo cáo) change nothing by
//   their own words and give none of this kind;
// - the report states it of documents it cites ("Nghị định 138/2020/NĐ-CP
//   thay thế Nghị định 24/2010/NĐ-CP"; StatedRelation): `stated` true, and
//   `by` is the document acting when the statement names one.
struct ValidityEvidence {
  Relation relation = Relation::kAmends;  // kAmends, kReplaces or kRepeals
  bool stated = false;
  ReportSummary report;                  // whose text says so
  std::optional<AuthorityRecord> by;     // stated: the document acting, if named
  std::optional<std::string> effective;  // stated: from when it applies, if said
  std::string sentence;                  // the sentence or statement that says so
  // The document changed, as the report mentions it: its pinpoint
  // ("Phụ lục I": only that part changes), and the mention in its own
  // sentence (as MentionRecord has it: for the report's own act, that is
  // `sentence`), which tells "bãi bỏ một phần Quyết định ..." from "bãi bỏ
  // Quyết định ...".
  std::optional<std::string> pinpoint;
  std::string mention_sentence;
  std::size_t mention_begin = 0, mention_end = 0;  // bytes of mention_sentence
};

struct AuthorityCitedCount {
  AuthorityRecord authority;
  std::size_t reports = 0;   // citing it
  std::size_t mentions = 0;  // of it, in all
};

class GraphReader {
 public:
  // Reads `db`, which the caller (IndexReader) owns and keeps in its
  // snapshot's read transaction.
  explicit GraphReader(sqlite::Database& db);
  ~GraphReader();
  GraphReader(const GraphReader&) = delete;
  GraphReader& operator=(const GraphReader&) = delete;

  // The corpus folder the index was built from (absolute), if recorded.
  std::optional<std::string> CorpusRoot();

  // ---- reports
  // The reports at `path` (relative to the corpus) or whose path ends with
  // "/" + `path`, by path.
  std::vector<ReportRecord> ReportsAtPath(std::string_view path);
  // The reports whose own identity has the citation key `key`, by path.
  std::vector<ReportRecord> ReportsWithKey(std::string_view key);
  // Every report dated within [from, to] (ISO; "" leaves a side open; a
  // bound excludes undated reports), by path: path, date, issuer and place
  // only (the other fields left empty).
  std::vector<ReportRecord> ReportsDated(const std::string& from, const std::string& to);
  // The reports read by OCR whose confidence is below `below` (0-101;
  // 101: every scan), least confident first, then by path.
  std::vector<ReportRecord> ScannedReports(int below);
  // The report whose Xapian document (in the combined database) is `docid`.
  std::optional<ReportSummary> ReportOfXapianDocument(std::int64_t docid);

  // ---- authorities
  // The authorities the key names, by identity.
  std::vector<AuthorityRecord> AuthoritiesOfKey(std::string_view key);
  // Those of them that some mention of `relation` (any, when unset) cites.
  std::vector<AuthorityRecord> CitedAuthoritiesOfKey(std::string_view key,
                                                     std::optional<Relation> relation);
  // The authorities cited in reports dated within [from, to], with their
  // counts, most cited first (by reports, then mentions, then identity).
  // `keep` chooses which count (nullptr: all); at most `limit` are kept.
  std::vector<AuthorityCitedCount> MostCited(
      const std::string& from, const std::string& to, std::size_t limit,
      const std::function<bool(const AuthorityRecord&)>& keep);

  // ---- citations
  // Every mention of the key: the authority it cites, the report and the
  // mention, by authority identity, then report date (newest first,
  // undated last), path and text order.
  void ForEachMentionOfKey(std::string_view key,
                           const std::function<void(const AuthorityRecord&, const ReportSummary&,
                                                    const MentionRecord&)>& visit);
  // The mentions of the key in the report `report_id`, in text order.
  std::vector<MentionRecord> MentionsOfKeyIn(std::int64_t report_id, std::string_view key);
  // Each report citing an authority of the key (through a mention of
  // `relation` when set), once per authority, in no set order. `visit` may
  // move from what it is given.
  void ForEachCitingPairOfKey(std::string_view key, std::optional<Relation> relation,
                              const std::function<void(CitingPair&)>& visit);
  // The reports that implement an authority of the key only through a
  // chain of reports of the corpus (ImplementationChain), at most `depth`
  // `implements` links long in all (depth 2: through one report; depth < 2:
  // none). A link is a mention of relation `implements` of an authority
  // whose document_id is the next report (or of an undated mention joined
  // to it); the last link is a mention of an authority of the key. A
  // report with an `implements` mention of the key itself implements it
  // directly and is never listed. Each report comes once, with a shortest
  // chain (of those, the one whose next report's path comes first); a
  // report already reached is not followed again, so cycles end. By path.
  // One query per link of depth, each through the citations' index.
  std::vector<ImplementationChain> ImplementationChainsOfKey(std::string_view key, int depth);
  // What report `report_id` cites: each mention with the authority cited,
  // in text order.
  std::vector<std::pair<MentionRecord, AuthorityRecord>> CitationsOf(std::int64_t report_id);
  // The mentions citing the report `report_id` (as an authority), with
  // their reports, by report date (undated last), path and text order.
  void ForEachMentionOfReport(
      std::int64_t report_id,
      const std::function<void(const ReportSummary&, const MentionRecord&)>& visit);
  // The reports citing the authority `authority_id` (or, with
  // `of_report`, the report of that id as an authority), one row per
  // report and relation (`relation` only when set), by report date
  // (undated last), path and first mention.
  std::vector<CiterRow> CitersOfAuthority(std::int64_t authority_id,
                                          std::optional<Relation> relation);
  std::vector<CiterRow> CitersOfReport(std::int64_t report_id, std::optional<Relation> relation);

  // ---- validity
  // What the index says changed the validity of the authority
  // `authority_id` (or, with `OfReport`, of the report of that id as an
  // authority): both kinds of ValidityEvidence, by the date of the report
  // that says so (undated last), path and text order. Through indexes of
  // the citations and statements that change validity: the cost follows
  // the evidence, not the number of reports citing the document.
  std::vector<ValidityEvidence> ValidityOfAuthority(std::int64_t authority_id);
  std::vector<ValidityEvidence> ValidityOfReport(std::int64_t report_id);
  // The reports that some evidence says were replaced or repealed (as
  // authorities, after same_as), by path: id, path and identity only.
  // Through a partial index of the citations that say so. Read once per
  // reader (its snapshot does not change): a server asks it of every
  // question with --in-force.
  const std::vector<ReportSummary>& EndedReports();

 private:
  // The authority ids that stand for one cited document: its own and those
  // of undated mentions joined to it, as a JSON array for
  // "c.authority_id IN (SELECT value FROM json_each(?))": so written, a
  // query finds the citations through their index (a join on
  // coalesce(same_as, id) scans every authority: at 20,000 reports `show`
  // took 1.8 s and `graph` over ten minutes).
  std::string IdsOfAuthority(std::int64_t authority_id);
  std::string IdsOfReport(std::int64_t report_id);
  std::vector<CiterRow> Citers(const std::string& ids, std::optional<Relation> relation);
  std::vector<ValidityEvidence> Validity(const std::string& ids);
  // A statement prepared once per reader, by its SQL.
  sqlite::Statement& Prepared(const char* sql);

  sqlite::Database& db_;
  std::map<const char*, std::unique_ptr<sqlite::Statement>> prepared_;
  // same_as -> the ids joined to it, read on first use.
  std::optional<std::map<std::int64_t, std::vector<std::int64_t>>> joined_;
  std::optional<std::vector<ReportSummary>> ended_;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_GRAPH_READER_H_
