#include "top_query.h"

#include <functional>
#include <ostream>

#include "cites_output.h"
#include "lexgraph/search_key.h"
#include "output_text.h"

namespace lexgraph {

std::vector<AuthorityCount> MostCited(IndexReader& reader, const TopFilter& filter) {
  std::string type_key = SearchKey(filter.type);
  std::function<bool(const AuthorityRecord&)> of_type;
  if (!type_key.empty())
    of_type = [&](const AuthorityRecord& a) { return a.type && SearchKey(*a.type) == type_key; };
  std::vector<AuthorityCount> top;
  for (const AuthorityCitedCount& count :
       reader.graph().MostCited(filter.from, filter.to, filter.limit, of_type))
    top.push_back(AuthorityCount{CitedAuthorityOf(count.authority), count.reports, count.mentions});
  return top;
}

void WriteTopTable(std::ostream& out, const std::vector<AuthorityCount>& top) {
  std::size_t rank = 0;
  for (const AuthorityCount& c : top) {
    out << ++rank << ". " << AuthorityTitle(c.authority) << "\n   cited by " << c.reports
        << " report(s), " << c.mentions << " time(s)";
    if (c.authority.corpus_path) out << "  [" << *c.authority.corpus_path << "]";
    out << "\n";
  }
}

nlohmann::ordered_json TopJson(const std::vector<AuthorityCount>& top) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const AuthorityCount& c : top) {
    nlohmann::ordered_json j = AuthorityJson(c.authority);
    j["reports"] = c.reports;
    j["mentions"] = c.mentions;
    list.push_back(std::move(j));
  }
  nlohmann::ordered_json root;
  root["authorities"] = std::move(list);
  return root;
}

void WriteTopJson(std::ostream& out, const std::vector<AuthorityCount>& top) {
  WriteJson(out, TopJson(top));
}

void WriteTopCsv(std::ostream& out, const std::vector<AuthorityCount>& top) {
  out << kCsvByteOrderMark
      << CsvRow({"rank", "authority", "type", "symbol", "name", "issuer", "date", "corpus_path",
                 "reports", "mentions"});
  std::size_t rank = 0;
  for (const AuthorityCount& c : top) {
    const CitedAuthority& a = c.authority;
    out << CsvRow({std::to_string(++rank), a.identity, a.type.value_or(""), a.symbol.value_or(""),
                   a.name.value_or(""), a.issuer.value_or(""), a.date.value_or(""),
                   a.corpus_path.value_or(""), std::to_string(c.reports),
                   std::to_string(c.mentions)});
  }
}

}  // namespace lexgraph
