// cites_query.h: which reports cite a document, read from an index.
//
// The headline question of lexquery: given what a person typed (parsed by
// ParseReference), every authority of the index with that citation key --
// several when a symbol names documents of different years or provinces --
// and, for each, the reports that cite it, with each mention's relation,
// pinpoint and sentence. Reads the IndexReader's snapshot; never writes.
#ifndef LEXGRAPH_QUERY_CITES_QUERY_H_
#define LEXGRAPH_QUERY_CITES_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lexgraph/extraction.h"
#include "lexgraph/graph_reader.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"
#include "report_filter.h"

namespace lexgraph {

struct CitingMention {
  Relation relation = Relation::kCites;
  std::optional<std::string> pinpoint;
  std::string sentence;
  std::size_t mention_begin = 0;  // the mention, in `sentence`
  std::size_t mention_end = 0;
};

// A citing report: its fields as lists show them (ReportSummary), and its
// mentions of the document asked about.
struct CitingReport : ReportSummary {
  std::vector<CitingMention> mentions;  // in text order
};

struct CitedAuthority {
  std::string identity;  // "sym:5-ct/tw|2016|"
  std::optional<std::string> type, symbol, name, issuer, date;
  std::optional<int> year;
  std::string scope;                       // province, "?" or ""
  std::optional<std::string> corpus_path;  // when the authority is a report of the corpus
  std::vector<CitingReport> reports;       // newest first; at most the limit asked
  std::size_t reports_total = 0;           // reports citing it, however many are listed
};

// The query's forms of the graph's rows (lexgraph/graph_reader.h).
CitedAuthority CitedAuthorityOf(const AuthorityRecord& record);
CitingMention CitingMentionOf(const MentionRecord& record);
// Appends a mention of `report`; mentions of one report must come one
// after the other.
void AppendCiting(const ReportSummary& report, const MentionRecord& mention,
                  std::vector<CitingReport>& reports);

// Authorities in identity order; those left with no report after the
// filter are dropped. Each lists its `limit` newest citing reports (all
// with 0) and counts them all in reports_total.
//
// When the key names one document (a national one, or a local symbol of
// one province), the count and the newest reports come from Xapian's
// kCites postlist sorted by date, and SQLite is read for the listed
// reports only: at 20,000 reports, listing 50 of the 6,600 reports citing
// a directive takes about a millisecond against a few hundred for all of
// them with their sentences (bench/RESULTS.md).
std::vector<CitedAuthority> FindCiting(IndexReader& reader, const Reference& reference,
                                       const CitesFilter& filter, std::size_t limit = 0);

// A report citing a document of the key, without its mentions.
struct CitingReportOf {
  std::string identity;  // of the authority cited (after same_as)
  CitingReport report;   // path, type, issuer and date; no mentions
};

// Every report citing a document of the key that passes `filter` (with a
// relation, through a mention of it), once per authority, in no set order:
// what counts and facets need, without the sentences that make FindCiting
// with no limit slow.
std::vector<CitingReportOf> ListCitingReports(IndexReader& reader, const Reference& reference,
                                              const CitesFilter& filter);

// A report of the corpus a chain of implementation goes through.
struct ChainLink {
  std::string path;
  std::optional<std::string> symbol;
};

// A report that implements a document of the key only through a chain of
// reports of the corpus implementing one another (GraphReader::
// ImplementationChainsOfKey): it has no `implements` mention of the key
// itself. Its chain: report -> via[0] -> ... -> via.back() -> the document.
struct ChainedReport {
  CitingReport report;          // path, symbol, type, date, issuer, title; no mentions
  std::vector<ChainLink> via;   // at least one, the nearest to the report first
  std::string authority;        // identity of the document of the key at the end
  std::string authority_label;  // its symbol ("05-CT/TW"), else its name, else identity
};

// The reports implementing a document of the key through a chain at most
// `depth` `implements` links long (depth < 2: none), that pass `filter`'s
// dates, issuer and type (its relation is not looked at), by date (undated
// last) then path. Reads the graph only when depth >= 2.
std::vector<ChainedReport> FindChained(IndexReader& reader, const Reference& reference,
                                       const CitesFilter& filter, int depth);

// "52/BC-SNV → 312/KH-UBND → 45-KH/TU → 05-CT/TW": the chain as a line
// (a report without a symbol by its path).
std::string ChainText(const ChainedReport& chained);

// A relation from its contract name ("implements") or its Vietnamese
// words ("thực hiện", "thuc hien", "căn cứ").
std::optional<Relation> ParseRelation(std::string_view text);
// "thực hiện", "căn cứ", ...: the relation as a Vietnamese reader says it.
std::string_view RelationLabel(Relation relation);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_CITES_QUERY_H_
