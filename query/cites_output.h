// cites_output.h: the answer of `lexquery cites` in the three formats.
//
//   table  for people: grouped per authority, dates as Vietnamese write them
//          (17/12/2020), relations in Vietnamese, the mention marked in its
//          sentence (bold on a terminal, «between guillemets» otherwise);
//   json   one object, documented in the README; offsets are bytes;
//   csv    one row per mention, RFC 4180, starting with a UTF-8 byte-order
//          mark so that spreadsheet programs show Vietnamese correctly.
#ifndef LEXGRAPH_QUERY_CITES_OUTPUT_H_
#define LEXGRAPH_QUERY_CITES_OUTPUT_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cites_query.h"

namespace lexgraph {

enum class OutputFormat { kTable, kJson, kCsv };

// "Chỉ thị 05-CT/TW của Bộ Chính trị, ngày 15/05/2016": an authority as a
// heading; and its fields in JSON (without its reports).
std::string AuthorityTitle(const CitedAuthority& authority);
nlohmann::ordered_json AuthorityJson(const CitedAuthority& authority);

// The reports citing a document, as `cites` and `show` write them in JSON.
nlohmann::ordered_json CitingReportsJson(const std::vector<CitingReport>& reports);

// Reports implementing through a chain: each report's fields (no
// mentions), "via" [{path, symbol}], "authority" (identity), "chain" (the
// line ChainText writes).
nlohmann::ordered_json ChainedReportsJson(const std::vector<ChainedReport>& chained);

// The JSON answer of `cites` (README); WriteCitesJson writes it.
nlohmann::ordered_json CitesJson(const std::string& typed, const Reference& reference,
                                 const std::vector<CitedAuthority>& authorities);

void WriteCitesTable(std::ostream& out, const std::string& typed,
                     const std::vector<CitedAuthority>& authorities, bool terminal);
void WriteCitesJson(std::ostream& out, const std::string& typed, const Reference& reference,
                    const std::vector<CitedAuthority>& authorities);
void WriteCitesCsv(std::ostream& out, const std::vector<CitedAuthority>& authorities);

// `cites --implementing`: the direct answer (`authorities`, implements
// mentions only), then apart the reports implementing REF only through a
// chain of at most `chain_depth` links. The table adds a section, the JSON
// "chain_depth" and "chained" (ChainedReportsJson), the CSV a last column
// "chain" ("" on direct rows) and one row per chained report, without a
// mention.
struct ImplementingAnswer {
  std::vector<CitedAuthority> authorities;
  std::vector<ChainedReport> chained;
  int chain_depth = 1;
  bool empty() const { return authorities.empty() && chained.empty(); }
};
void WriteImplementingTable(std::ostream& out, const std::string& typed,
                            const ImplementingAnswer& answer, bool terminal);
void WriteImplementingJson(std::ostream& out, const std::string& typed, const Reference& reference,
                           const ImplementingAnswer& answer);
void WriteImplementingCsv(std::ostream& out, const ImplementingAnswer& answer);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_CITES_OUTPUT_H_
