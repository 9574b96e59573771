// index_reader_internals.h: what the store's own code, and its tests, may
// reach inside an IndexReader. Not for query tools: they ask
// IndexReader::graph() (lexgraph/graph_reader.h).
#ifndef LEXGRAPH_INDEXER_INDEX_READER_INTERNALS_H_
#define LEXGRAPH_INDEXER_INDEX_READER_INTERNALS_H_

#include "lexgraph/index_reader.h"
#include "sqlite_db.h"

namespace lexgraph {

struct IndexReaderInternals {
  // The graph's database, inside the snapshot's read transaction.
  static sqlite::Database& Graph(IndexReader& reader) { return *reader.graph_; }
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_INDEX_READER_INTERNALS_H_
