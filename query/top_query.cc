#include "top_query.h"

#include <ostream>

#include "cites_output.h"
#include "output_text.h"
#include "sqlite_db.h"
#include "vietnamese_text.h"

namespace lexgraph {

std::vector<AuthorityCount> MostCited(IndexReader& reader, const TopFilter& filter) {
  sqlite::Statement rows(
      reader.graph(),
      "SELECT a.identity, a.type, a.symbol, a.name, a.issuer, a.date, a.year, a.scope, ad.path,"
      " count(DISTINCT c.document_id) AS reports, count(*) AS mentions"
      " FROM citations c JOIN authorities raw ON raw.id = c.authority_id"
      " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
      " JOIN documents d ON d.id = c.document_id"
      " LEFT JOIN documents ad ON ad.id = a.document_id"
      " WHERE (?1 = '' OR d.date >= ?1) AND (?2 = '' OR d.date <= ?2)"
      " GROUP BY a.id ORDER BY reports DESC, mentions DESC, a.identity");
  rows.Bind(1, filter.from).Bind(2, filter.to);
  std::string type_key = SearchKey(filter.type);
  std::vector<AuthorityCount> top;
  while (rows.Step() && top.size() < filter.limit) {
    if (!type_key.empty() && (rows.IsNull(1) || SearchKey(rows.Text(1)) != type_key)) continue;
    AuthorityCount& count = top.emplace_back();
    count.authority = ReadAuthorityRow(rows);
    count.reports = static_cast<std::size_t>(rows.Int(9));
    count.mentions = static_cast<std::size_t>(rows.Int(10));
  }
  rows.Reset();
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
    out << CsvRow({std::to_string(++rank), a.identity, a.type.value_or(""),
                   a.symbol.value_or(""), a.name.value_or(""), a.issuer.value_or(""),
                   a.date.value_or(""), a.corpus_path.value_or(""), std::to_string(c.reports),
                   std::to_string(c.mentions)});
  }
}

}  // namespace lexgraph
