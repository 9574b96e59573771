// status_output.h: `lexquery status REF` in table, JSON and CSV, and the
// validity part that `show` and the web API's document view add
// (conventions as in cites_output.h).
#ifndef LEXGRAPH_QUERY_STATUS_OUTPUT_H_
#define LEXGRAPH_QUERY_STATUS_OUTPUT_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "status_query.h"

namespace lexgraph {

// {"state", "label", "conflict", "changes": [{"relation", "by",
// "by_identity", "by_path", "since", "since_kind", "source" ("own" or
// "stated"), "report": {path, symbol, type, date, issuer, title},
// "sentence"}]}: one document's status without the document.
nlohmann::ordered_json ValidityJson(const DocumentStatus& status);

// "Hiệu lực: đã bị thay thế (theo những gì chỉ mục biết)" and one block per
// change, each line indented by `indent`.
void WriteValidityLines(std::ostream& out, const DocumentStatus& status, const std::string& indent);

// The JSON answer of `status` (README): {"query", "key", "documents": [
// AuthorityJson + "validity": ValidityJson]}.
nlohmann::ordered_json StatusJson(const std::string& typed, const Reference& reference,
                                  const std::vector<DocumentStatus>& statuses);

void WriteStatusTable(std::ostream& out, const std::vector<DocumentStatus>& statuses);
void WriteStatusJson(std::ostream& out, const std::string& typed, const Reference& reference,
                     const std::vector<DocumentStatus>& statuses);
// One row per change (a document without any: one row, state "in_force").
void WriteStatusCsv(std::ostream& out, const std::vector<DocumentStatus>& statuses);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_STATUS_OUTPUT_H_
