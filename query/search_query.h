// search_query.h: ranked full-text search over an index (`lexquery search`).
//
// The query language is search_expression.h's. Each typed word becomes
// index terms (text_terms.h) as the index expects (index_terms.h):
//   - typed with diacritics ("hóa", "hoá"): its exact term only, so the
//     search is exact, tone placement and i/y aside;
//   - typed without ("hoa"): its folded term (index_terms.h kFolded), which
//     every spelling of it (hoa, hòa, hóa, họa...) gave at index time, so
//     that its weight is from exact statistics, whatever the shards;
//   - a phrase: each word as the OR of its spellings that exist, next to
//     each other (Xapian 1.4 runs phrases over OR, not over OP_SYNONYM).
// Words typed one after the other (AND implied, not typed): reports holding
// every one of them come first, by BM25, then those holding only some, by
// BM25 (a report holding more of the words, or rarer ones, weighs more).
// Quoted phrases, parenthesised groups, the words joined by a typed AND
// and the words under NOT keep their exact meaning: they must occur (or
// not). Among the first 50 reports of such an answer, a report gains
// weight where two words typed one after the other stand together in it
// (word_proximity.h): "cải cách hành chính" together outranks the four
// words scattered, and "thanh tra thue" prefers the text that reads "tra
// thuế". Past the first 50, the order is BM25's. (Checking positions in
// the match itself, OP_AND_MAYBE of the phrase, tripled the time of common
// words at 20,000 reports; indexing every pair of adjacent words as a
// term made the index 1.65 times larger: bench/RESULTS.md.)
// Ranked by BM25. Filters are boolean and do not change the ranking.
// Snippets come from the report's file in the indexed folder, read again;
// a file since moved or changed is said so.
//
// Reads the IndexReader's snapshot; never writes. Not thread-safe (the
// reader is not).
#ifndef LEXGRAPH_QUERY_SEARCH_QUERY_H_
#define LEXGRAPH_QUERY_SEARCH_QUERY_H_

#include <optional>
#include <string>
#include <vector>

#include "cites_query.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"
#include "search_expression.h"
#include "snippet.h"

namespace lexgraph {

struct SearchRequest {
  SearchExpression expression;
  // filter.relation needs `cites`: the reports that cite it so.
  CitesFilter filter;
  std::optional<Reference> cites;  // only reports citing this (any year or body)
  std::size_t offset = 0;          // hits to skip, for paging
  std::size_t limit = 10;
  bool snippets = true;
  // Words typed one after the other also find reports holding only some of
  // them, after those holding all. False: every word must occur, as an
  // AND typed between them asks (for comparisons: bench/query_benchmark).
  bool partial_matches = true;
};

// A report found: its fields as lists show them (ReportSummary: id and
// identity are not read for hits), its relevance and snippet.
struct SearchHit : ReportSummary {
  double weight = 0;  // BM25, plus word_proximity.h's among the first 50
  // Relevance, 1-100: its weight over the best of the answer (below 100
  // for a report lacking some word typed).
  int percent = 0;
  Snippet snippet;  // empty when the file could not be read
  // "" when the snippet is from the file as indexed; else why it is not:
  // "missing" (the file is gone) or "changed" (it has changed since).
  std::string file_state;
};

struct SearchResult {
  // Matching reports: exact when matches_exact, else Xapian's estimate.
  std::size_t matches = 0;
  bool matches_exact = false;
  // How many of them hold every word typed (all of them unless words were
  // typed one after the other): exact when matches_exact, else Xapian's
  // estimate. Where the reports holding every word fill the page, the
  // total of those holding some is Xapian's estimate from the words'
  // frequencies (not counted: that would read them all).
  std::size_t matches_every_word = 0;
  std::vector<SearchHit> hits;  // best first
};

// Throws IndexError (kStorage) when Xapian cannot be read.
SearchResult Search(IndexReader& reader, const SearchRequest& request);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_SEARCH_QUERY_H_
