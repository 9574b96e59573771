// symbol_scanner.h: finds the printed symbols (số, ký hiệu) of documents in a
// folded text: "41/2019/QĐ-UBND", "14/KH-SKHCHN", "1225/UBND-NC",
// "05-CT/TW", including their broken forms ("174 /BC-SKHCHN",
// "89/QD-\nBTC", "05 – CT/TW").
//
// Thread-safe: the patterns are compiled once and only read.
#ifndef LEXGRAPH_INDEXER_SYMBOL_SCANNER_H_
#define LEXGRAPH_INDEXER_SYMBOL_SCANNER_H_

#include <cstddef>
#include <vector>

#include "document_symbol.h"
#include "folded_text.h"

namespace lexgraph {

struct SymbolMatch {
  std::size_t begin = 0;  // folded offsets of the printed symbol
  std::size_t end = 0;
  DocumentSymbol symbol;
};

enum class LetterCase {
  kAsPrinted,  // running text: code letters must be mostly capitals, which
               // tells "05-CT/TW" from "4-6 hội nghị/năm"
  kAny,        // what a person types: "05-ct/tw"
};

// Every symbol in `text`, in text order, from `begin` to `end` (folded offsets).
std::vector<SymbolMatch> FindSymbols(const FoldedText& text, LetterCase letter_case,
                                     std::size_t begin = 0, std::size_t end = SIZE_MAX);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_SYMBOL_SCANNER_H_
