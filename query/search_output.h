// search_output.h: the answer of `lexquery search` in the three formats.
//
//   table  for people: rank, the report's symbol, type, date (17/12/2020),
//          issuer and relevance, its title and path, and the snippet with
//          the matched words marked (bold on a terminal, «so» otherwise);
//   json   one object, documented in the README; marks are byte offsets
//          into the snippet;
//   csv    one row per report, RFC 4180, with a UTF-8 byte-order mark; the
//          snippet with «marks».
#ifndef LEXGRAPH_QUERY_SEARCH_OUTPUT_H_
#define LEXGRAPH_QUERY_SEARCH_OUTPUT_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

#include "search_query.h"

namespace lexgraph {

// The JSON answer of `search` (README); WriteSearchJson writes it.
nlohmann::ordered_json SearchJson(const std::string& typed, const SearchRequest& request,
                                  const SearchResult& result);

void WriteSearchTable(std::ostream& out, const std::string& typed, const SearchRequest& request,
                      const SearchResult& result, bool terminal);
void WriteSearchJson(std::ostream& out, const std::string& typed, const SearchRequest& request,
                     const SearchResult& result);
void WriteSearchCsv(std::ostream& out, const SearchRequest& request, const SearchResult& result);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_SEARCH_OUTPUT_H_
