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
#include <vector>

#include "folded_text.h"
#include "lexgraph/extraction.h"
#include "symbol_scanner.h"

namespace lexgraph {

struct DocumentHeader {
  DocumentInfo info;
  // Folded span of the own symbol after "Số:", so that it is not taken for
  // a citation; and its key, so that the document mentioning itself
  // ("kèm theo Công văn số ... này") is not either.
  std::optional<std::size_t> symbol_begin, symbol_end;
  std::string symbol_key;
};

// `symbols` are the symbols FindSymbols() found in `text` (in text order);
// the own one is taken from among them, so the text is scanned once.
DocumentHeader ReadDocumentHeader(const FoldedText& text, const std::vector<SymbolMatch>& symbols);

// The same, finding the symbols itself.
DocumentHeader ReadDocumentHeader(const FoldedText& text);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_DOCUMENT_HEADER_H_
