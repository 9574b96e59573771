// mention_phrases.h: readers for the phrases that surround a document
// mention: its date ("ngày 22/10/2019", "ngày 22 tháng 10 năm 2019"), the
// body that issued it ("của UBND tỉnh Quảng Trị"), and the pinpoint before
// it ("Khoản 3 Điều 63 của").
//
// Each reader looks at a FoldedText at a given folded offset and returns what
// it read with the folded offset where it ends, or std::nullopt. Pure
// functions over immutable input; thread-safe.
#ifndef LEXGRAPH_INDEXER_MENTION_PHRASES_H_
#define LEXGRAPH_INDEXER_MENTION_PHRASES_H_

#include <cstddef>
#include <optional>
#include <string>

#include "folded_text.h"

namespace lexgraph {

struct PhraseMatch {
  std::string value;      // ISO date, canonical issuer, normalised pinpoint
  std::size_t begin = 0;  // folded offsets of the phrase
  std::size_t end = 0;
};

// A date introduced by "ngày" at `pos` (leading spaces and commas allowed):
// "ngày 15/5/2016", ", ngày 22 tháng 10 năm 2019". Invalid dates are refused.
std::optional<PhraseMatch> ReadDateAfter(const FoldedText& text, std::size_t pos);

// Any date at `pos`, with or without "ngày": "17 tháng 12 năm 2020".
std::optional<PhraseMatch> ReadDateAt(const FoldedText& text, std::size_t pos);

// The name of an issuing body starting at `pos` ("UBND tỉnh Quảng Trị",
// "Bộ chính trị"), expanded and capitalised as in official names: "Ủy ban nhân
// dân tỉnh Quảng Trị", "Bộ Chính trị".
std::optional<PhraseMatch> ReadIssuerAt(const FoldedText& text, std::size_t pos);

// "của <issuer>" at `pos`, leading spaces and commas allowed.
std::optional<PhraseMatch> ReadIssuerAfter(const FoldedText& text, std::size_t pos);

// An issuer that ends just before `pos` and governs the verb "ban hành"
// there: "Bộ Chính trị đã ban hành Chỉ thị ..." read back from "Chỉ thị".
std::optional<PhraseMatch> ReadIssuerBefore(const FoldedText& text, std::size_t pos);

// "Ngày 13/6/2019, " ending just before `pos` (before an issuer that
// "đã ban hành" the mention): the date of the document mentioned next.
std::optional<PhraseMatch> ReadDateBefore(const FoldedText& text, std::size_t pos);

// A pinpoint ending just before `pos`: "Khoản 3 Điều 63 của ", "điểm a
// khoản 2 Điều 5 ", "Phụ lục I kèm theo " -> "Khoản 3 Điều 63".
std::optional<PhraseMatch> ReadPinpointBefore(const FoldedText& text, std::size_t pos);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_MENTION_PHRASES_H_
