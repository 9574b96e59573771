// stated_relations.h: the changes of validity that a text reports between
// documents it cites, as facts about them ("Nghị định số 138/2020/NĐ-CP thay
// thế Nghị định số 24/2010/NĐ-CP", "Thông tư 80/2021/TT-BTC (đã được sửa
// đổi, bổ sung bởi Thông tư 13/2023/TT-BTC)", "Quyết định số 5/2014/QĐ-UBND
// đã hết hiệu lực"). The rules are in docs/stated_relations.md.
//
// Read as syntax within one sentence (mention_context.h draws the
// sentences), around a verb of amending, replacing or repealing:
//  - active ("X thay thế Y", "X sửa đổi, bổ sung một số điều của Y"): the
//    subject is the mention that heads the clause before the verb (with its
//    title: "X về ... thay thế Y"), the objects the mention after it and the
//    items of its list;
//  - passive ("Y đã được thay thế bằng X", "Y bị bãi bỏ bởi X"): the objects
//    are the mention before the verb and its list, the subject the agent
//    after "bởi", "bằng", "tại" or "theo", or none;
//  - intransitive ("Y đã hết hiệu lực", "Y không còn hiệu lực", "Y ngưng
//    hiệu lực toàn bộ"): repeals, no subject; so is each item of a list
//    under a lead-in "Các văn bản sau đây đã hết hiệu lực:".
// A verb after "và" in a title that is a predicate ("Quyết định 08 ... Sửa
// đổi ... Quyết định 55 quy định về ... và bãi bỏ một phần Quyết định 24")
// is the titled document's: 08 amends 55, 08 repeals 24.
// What the citing document does itself is no statement: an active verb with
// no document before it ("Bãi bỏ Quyết định số 12"), a clause that names
// the document itself ("Quyết định này", "được thay thế bằng Quyết định
// này"), an article of the document ("Điều 3. Quyết định số 5 hết hiệu
// lực"). Nor is what is not a fact: a negation ("chưa được sửa đổi"), a plan,
// a proposal or a draft ("sẽ thay thế", "đề nghị bãi bỏ", "dự thảo ..."), a
// question.
//
// Pure function of its input; thread-safe.
#ifndef LEXGRAPH_INDEXER_STATED_RELATIONS_H_
#define LEXGRAPH_INDEXER_STATED_RELATIONS_H_

#include <vector>

#include "folded_text.h"
#include "lexgraph/extraction.h"
#include "relation_classifier.h"

namespace lexgraph {

// `mentions`: the folded spans of the citations, in the order of
// Extraction::citations (sorted by begin, not overlapping). Returns the
// statements in text order, their indexes pointing into that order and
// their spans and text in the original (NFC) text.
std::vector<StatedRelation> FindStatedRelations(const FoldedText& text,
                                                const std::vector<FoldedSpan>& mentions);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_STATED_RELATIONS_H_
