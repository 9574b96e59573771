// document_header.h: a document's own identity, read from its header
// (issuing body, "Số: ...", place and date, type heading, title) and its end
// (signer, "Nơi nhận:").
//
// Pure function over immutable input; thread-safe.
#ifndef LEXGRAPH_INDEXER_DOCUMENT_HEADER_H_
#define LEXGRAPH_INDEXER_DOCUMENT_HEADER_H_

#include <cstddef>
#include <optional>
#include <string>

#include "folded_text.h"
#include "lexgraph/extraction.h"

namespace lexgraph {

struct DocumentHeader {
  DocumentInfo info;
  // Folded span of the own symbol after "Số:", so that it is not taken for
  // a citation; and its key, so that the document mentioning itself
  // ("kèm theo Công văn số ... này") is not either.
  std::optional<std::size_t> symbol_begin, symbol_end;
  std::string symbol_key;
};

DocumentHeader ReadDocumentHeader(const FoldedText& text);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_DOCUMENT_HEADER_H_
