// document_output.h: `lexquery refs` and `lexquery show` in table, JSON and
// CSV (conventions as in cites_output.h).
#ifndef LEXGRAPH_QUERY_DOCUMENT_OUTPUT_H_
#define LEXGRAPH_QUERY_DOCUMENT_OUTPUT_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <vector>

#include "document_query.h"
#include "status_query.h"

namespace lexgraph {

void WriteRefsTable(std::ostream& out, const IndexedDocument& document,
                    const std::vector<OutgoingCitation>& citations, bool terminal);
void WriteRefsJson(std::ostream& out, const IndexedDocument& document,
                   const std::vector<OutgoingCitation>& citations);
void WriteRefsCsv(std::ostream& out, const IndexedDocument& document,
                  const std::vector<OutgoingCitation>& citations);

// The JSON answer of `show` (README); WriteShowJson writes it.
// "validity": its status as a document others may change (status_output.h).
nlohmann::ordered_json ShowJson(const IndexedDocument& document,
                                const std::vector<OutgoingCitation>& cites,
                                const std::vector<CitingReport>& cited_by,
                                const DocumentStatus& status);

void WriteShowTable(std::ostream& out, const IndexedDocument& document,
                    const std::vector<OutgoingCitation>& cites,
                    const std::vector<CitingReport>& cited_by, const DocumentStatus& status,
                    bool terminal);
void WriteShowJson(std::ostream& out, const IndexedDocument& document,
                   const std::vector<OutgoingCitation>& cites,
                   const std::vector<CitingReport>& cited_by, const DocumentStatus& status);
// One row per citation, out of the report ("cites") or into it ("cited_by").
void WriteShowCsv(std::ostream& out, const IndexedDocument& document,
                  const std::vector<OutgoingCitation>& cites,
                  const std::vector<CitingReport>& cited_by);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_DOCUMENT_OUTPUT_H_
