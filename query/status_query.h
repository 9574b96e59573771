// status_query.h: whether a document is still in force, as far as the index
// knows (`lexquery status REF`, and the "Hiệu lực" part of `show`).
//
// Derived, never curated: the state comes from the evidence the index holds
// (GraphReader::ValidityEvidence): documents of the corpus that amend,
// replace or repeal REF themselves, and reports that state such a change
// between documents they cite. Every piece of evidence is kept with the
// sentence and the report that give it, so that a reader can check it.
//
// Conflicting evidence is said to conflict, never settled by a rule: two
// different documents said to replace or repeal REF, or an amendment dated
// after REF is said to have ended. A change whose date the evidence does
// not give is kept undated ("since" empty), not dated by a guess.
//
// Reads the IndexReader's snapshot; never writes.
#ifndef LEXGRAPH_QUERY_STATUS_QUERY_H_
#define LEXGRAPH_QUERY_STATUS_QUERY_H_

#include <optional>
#include <string>
#include <vector>

#include "cites_query.h"
#include "document_query.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"

namespace lexgraph {

enum class ValidityState {
  kInForce,      // no evidence of any change
  kAmended,      // amended (or a part replaced or repealed), and nothing says it ended
  kReplaced,     // replaced (and perhaps amended before)
  kRepealed,     // repealed, or said to be no longer in force
  kConflicting,  // the evidence disagrees (see above)
};

// "in_force", "amended", "replaced", "repealed", "conflicting".
std::string_view ValidityStateName(ValidityState state);
// "còn hiệu lực", "đã được sửa đổi, bổ sung", ...
std::string_view ValidityStateLabel(ValidityState state);

// One piece of evidence, as the outputs show it.
struct ValidityChange {
  Relation relation = Relation::kAmends;  // kAmends, kReplaces or kRepeals
  // Only a part is replaced or repealed ("Thay thế Phụ lục I kèm theo
  // Quyết định 41", "Bãi bỏ Điều 8 của Quy định ban hành kèm theo ..."):
  // the document is amended, not ended. `pinpoint` names the part when the
  // mention does.
  bool partial = false;
  std::optional<std::string> pinpoint;
  // The document acting: "Quyết định 41/2019/QĐ-UBND" (its symbol, else
  // its name); empty when the statement names none ("đã hết hiệu lực").
  std::string by;
  std::optional<std::string> by_identity;  // its authority identity, when known
  std::optional<std::string> by_path;      // when it is a report of the corpus
  // From when: the date the statement gives ("effective"), else the date
  // the acting document was signed ("signed"); empty when neither is known.
  std::optional<std::string> since;
  std::string since_kind;  // "effective", "signed" or ""
  // Who says so: the acting document itself ("own": `report` is `by`) or
  // a report that states it ("stated").
  bool stated = false;
  CitingReport report;       // path, symbol, type, date, issuer, title; no mentions
  std::string sentence;      // the first that says so in `report`
  std::size_t mentions = 1;  // sentences of `report` saying this change
};

struct DocumentStatus {
  CitedAuthority document;  // without reports
  ValidityState state = ValidityState::kInForce;
  std::vector<ValidityChange> changes;  // by the date of the report that says so
  // Why the state is kConflicting, in Vietnamese; else empty.
  std::string conflict;
};

// The status of each document the reference names (several when provinces
// or years share a symbol), in identity order; empty when the index cites
// none.
std::vector<DocumentStatus> FindStatus(IndexReader& reader, const Reference& reference);

// The status of a report of the corpus, as a document others may change.
DocumentStatus StatusOfReport(IndexReader& reader, const IndexedDocument& document);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_STATUS_QUERY_H_
