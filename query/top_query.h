// top_query.h: the most cited documents of the index (`lexquery top`).
#ifndef LEXGRAPH_QUERY_TOP_QUERY_H_
#define LEXGRAPH_QUERY_TOP_QUERY_H_

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cites_query.h"

namespace lexgraph {

struct TopFilter {
  std::string type;  // the cited document's type, any spelling ("Chỉ thị", "chi thi")
  std::string from;  // ISO, inclusive: the citing reports' dates
  std::string to;
  std::size_t limit = 20;
};

struct AuthorityCount {
  CitedAuthority authority;  // without its reports
  std::size_t reports = 0;   // distinct reports citing it
  std::size_t mentions = 0;
};

// By number of citing reports, then of mentions, then identity.
std::vector<AuthorityCount> MostCited(IndexReader& reader, const TopFilter& filter);

void WriteTopTable(std::ostream& out, const std::vector<AuthorityCount>& top);
// The JSON answer of `top` (README); WriteTopJson writes it.
nlohmann::ordered_json TopJson(const std::vector<AuthorityCount>& top);
void WriteTopJson(std::ostream& out, const std::vector<AuthorityCount>& top);
void WriteTopCsv(std::ostream& out, const std::vector<AuthorityCount>& top);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_TOP_QUERY_H_
