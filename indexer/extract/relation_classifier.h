// relation_classifier.h: what the citing document does with each document it
// mentions (Căn cứ -> basis, Thực hiện -> implements, ...), read from the
// words that govern each mention within its sentence.
//
// The governing word must be the citing document's own: in "Nghị định
// 107/2021/NĐ-CP sửa đổi, bổ sung Nghị định 61/2018/NĐ-CP" the amending is
// done by the first decree, so the second mention only `cites`; a mention
// inside another's title or description belongs to that mention. A title
// that is a predicate ("Quyết định số 08/2023/QĐ-UBND ... của UBND thành
// phố Sửa đổi, bổ sung ... và bãi bỏ một phần Quyết định số 24/2019") runs
// to the end of its sentence and holds every verb coordinated in it; a
// title "về <a noun>" holds none. A mention
// that continues a list ("Chỉ thị ...; Kết luận ...", list items under a
// lead-in line) shares the relation of the item before it, or, after a
// title, of the title's owner. The path from the word to the mention
// decides whether the mention is the word's object ("Thực hiện nghiêm Chỉ
// thị", "triển khai các nhiệm vụ được giao tại Quyết định") or an adjunct
// of an activity ("thực hiện ký số theo Quyết định"), which only cites.
//
// Pure function; thread-safe.
#ifndef LEXGRAPH_INDEXER_RELATION_CLASSIFIER_H_
#define LEXGRAPH_INDEXER_RELATION_CLASSIFIER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "folded_text.h"
#include "lexgraph/extraction.h"

namespace lexgraph {

struct FoldedSpan {
  std::size_t begin = 0, end = 0;
  std::string_view kind;  // the mention's document type, to pair list items
  // Who issued it, when known ("Ủy ban nhân dân tỉnh"): a provincial plan
  // is never in the title of a central resolution.
  std::string_view issuer;
};

// For `mentions` sorted and not overlapping: the index of the first that
// ends after `pos` (a binary search, so a long document stays linear), and
// whether one overlaps [begin, end).
std::size_t FirstEndingAfter(const std::vector<FoldedSpan>& mentions, std::size_t pos);
bool Overlaps(const std::vector<FoldedSpan>& mentions, std::size_t begin, std::size_t end);

// `mentions` are the folded spans of all mentions, sorted by begin and not
// overlapping. `own_issuer` is the citing document's issuer from its header
// ("" when unknown): "Thực hiện X, <another body> đã ban hành ..." recounts
// that body's implementing, and X is only cited. Returns one relation per
// mention.
std::vector<Relation> ClassifyRelations(const FoldedText& text,
                                        const std::vector<FoldedSpan>& mentions,
                                        std::string_view own_issuer = {});

// True when the folded text between two mentions only joins items of a list
// (", ", "; ", " và ", " hoặc các ").
bool IsListGap(std::string_view folded_gap);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_RELATION_CLASSIFIER_H_
