// named_mentions.h: mentions of documents known by name rather than number:
// "Bộ luật Lao động", "Luật Khoa học và Công nghệ", "Hiến pháp năm 2013",
// "Nghị quyết Trung ương 4 khóa XII". Generic phrases that name no one
// document ("Nghị quyết Đại hội đảng các cấp", "theo quy định của luật") are
// refused.
//
// Thread-safe: the patterns are compiled once and only read.
#ifndef LEXGRAPH_INDEXER_NAMED_MENTIONS_H_
#define LEXGRAPH_INDEXER_NAMED_MENTIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "folded_text.h"
#include "symbol_scanner.h"

namespace lexgraph {

struct NamedMention {
  std::size_t begin = 0;  // folded offsets of the name as printed
  std::size_t end = 0;
  std::string type;  // "Bộ luật", "Luật", "Hiến pháp", "Pháp lệnh", "Nghị quyết"
  std::string name;  // canonical: "Bộ luật Lao động"
};

// Every named mention in `text`, in text order. With LetterCase::kAsPrinted
// a law's name must be written with a capital (as names are in running
// text); with kAny, as a person types a query, case does not matter.
std::vector<NamedMention> FindNamedMentions(const FoldedText& text, LetterCase letter_case);

// True for a word (SearchKey form) that continues a sentence rather than a
// name: "về", "của", "ngày", "đã", "được", "thực" ... A name of a law or a
// body ends before one.
bool IsNameStopWord(std::string_view key);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_NAMED_MENTIONS_H_
