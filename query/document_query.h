// document_query.h: one report of the index, what it cites and who cites it
// (`lexquery refs DOC`, `lexquery show DOC`). Reads the IndexReader's
// snapshot; never writes.
#ifndef LEXGRAPH_QUERY_DOCUMENT_QUERY_H_
#define LEXGRAPH_QUERY_DOCUMENT_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cites_query.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/indexed_file.h"

namespace lexgraph {

// A report of the index with every field its header gave (ReportRecord).
struct IndexedDocument : ReportRecord {
  // Other files of the corpus with the same content: one report kept in
  // several folders is one document, shown at its first path.
  std::vector<std::string> copies;
};

// The reports DOC names: the one at that path (relative to the corpus, or
// its last parts: "skhcn-174-bc-2020.md"), else those whose own symbol is
// DOC as the reference parser reads it ("174/BC-SKHCHN"); several when
// provinces or years share a symbol. Ordered by path. Files of the same
// content are one document (the first path, the others in `copies`).
std::vector<IndexedDocument> FindDocuments(IndexReader& reader, std::string_view doc);

// One citation made by a report, in text order.
struct OutgoingCitation {
  std::int64_t ordinal = 0;
  Relation relation = Relation::kCites;
  std::optional<std::string> pinpoint, heading;
  std::string sentence;
  std::size_t mention_begin = 0, mention_end = 0;
  // The mention in the report's NFC text (DocumentText), as indexed.
  std::size_t span_begin = 0, span_end = 0;
  std::string identity;  // of the authority cited
  std::optional<std::string> type, symbol, name, issuer, date;
  std::optional<std::string> corpus_path;  // the cited document, when it is in the corpus
};
std::vector<OutgoingCitation> CitationsOf(IndexReader& reader, const IndexedDocument& document);

// The reports that cite this one (as an authority of the graph), by date.
std::vector<CitingReport> CitingReportsOf(IndexReader& reader, const IndexedDocument& document);

// A report's text, read again from the indexed folder and decoded as the
// index read it, so that OutgoingCitation spans index it -- unless the
// file has changed since (`state` "changed"); `state` "missing" when it
// cannot be read (gone, unreadable, undecodable: `text` empty) and "too
// large" when it is over `max_bytes` (not read). The path read is the
// corpus folder of the index joined to the document's path as SQLite
// stores it, never a path from elsewhere.
struct DocumentText {
  std::string text;
  std::string state;  // "" as indexed, "changed", "missing", "too large"
};
DocumentText TextOf(IndexReader& reader, const IndexedDocument& document, std::uintmax_t max_bytes);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_DOCUMENT_QUERY_H_
