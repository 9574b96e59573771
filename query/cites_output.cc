#include "cites_output.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace lexgraph {
namespace {

using Json = nlohmann::ordered_json;

// "2020-12-17" -> "17/12/2020".
std::string VietnameseDate(const std::optional<std::string>& iso) {
  if (!iso || iso->size() != 10) return iso.value_or("");
  return iso->substr(8, 2) + "/" + iso->substr(5, 2) + "/" + iso->substr(0, 4);
}

std::string Marked(const CitingMention& m, bool terminal) {
  std::size_t b = std::min(m.mention_begin, m.sentence.size());
  std::size_t e = std::clamp(m.mention_end, b, m.sentence.size());
  std::string open = terminal ? "\x1b[1m" : "«", close = terminal ? "\x1b[0m" : "»";
  return m.sentence.substr(0, b) + open + m.sentence.substr(b, e - b) + close +
         m.sentence.substr(e);
}

std::string AuthorityTitle(const CitedAuthority& a) {
  std::string title = a.type.value_or("");
  std::string id = a.symbol ? *a.symbol : a.name.value_or(a.identity);
  if (a.name && !a.symbol) title = id;  // "Bộ luật Lao động" names its own type
  else title += (title.empty() ? "" : " ") + id;
  if (a.issuer) title += " của " + *a.issuer;
  if (a.date) title += ", ngày " + VietnameseDate(a.date);
  else if (a.year) title += ", năm " + std::to_string(*a.year);
  if (!a.scope.empty() && a.scope != "?") title += " (" + a.scope + ")";
  return title;
}

std::string JoinNonEmpty(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

Json Optional(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void WriteCitesTable(std::ostream& out, const std::string& typed,
                     const std::vector<CitedAuthority>& authorities, bool terminal) {
  if (authorities.size() > 1)
    out << "\"" << typed << "\" names " << authorities.size()
        << " different documents (other years or issuing bodies); the reports that cite each:\n\n";
  for (const CitedAuthority& a : authorities) {
    out << AuthorityTitle(a) << " — cited by " << a.reports.size() << " report(s)\n";
    if (a.corpus_path) out << "  (this document is in the corpus: " << *a.corpus_path << ")\n";
    std::size_t n = 0;
    for (const CitingReport& r : a.reports) {
      out << "\n  " << ++n << ". "
          << JoinNonEmpty({r.symbol.value_or("(không số)"), r.type.value_or(""),
                           VietnameseDate(r.date), r.issuer.value_or("")},
                          " · ")
          << "\n";
      if (r.title) out << "     " << *r.title << "\n";
      out << "     " << r.path << "\n";
      for (const CitingMention& m : r.mentions) {
        out << "     " << RelationLabel(m.relation);
        if (m.pinpoint) out << " (" << *m.pinpoint << ")";
        out << ": " << Marked(m, terminal) << "\n";
      }
    }
    out << "\n";
  }
}

void WriteCitesJson(std::ostream& out, const std::string& typed, const Reference& reference,
                    const std::vector<CitedAuthority>& authorities) {
  Json root;
  root["query"] = typed;
  root["key"] = reference.key;
  root["authorities"] = Json::array();
  for (const CitedAuthority& a : authorities) {
    Json authority;
    authority["identity"] = a.identity;
    authority["type"] = Optional(a.type);
    authority["symbol"] = Optional(a.symbol);
    authority["name"] = Optional(a.name);
    authority["issuer"] = Optional(a.issuer);
    authority["date"] = Optional(a.date);
    authority["year"] = a.year ? Json(*a.year) : Json(nullptr);
    authority["scope"] = a.scope;
    authority["corpus_path"] = Optional(a.corpus_path);
    authority["reports"] = Json::array();
    for (const CitingReport& r : a.reports) {
      Json report;
      report["path"] = r.path;
      report["symbol"] = Optional(r.symbol);
      report["type"] = Optional(r.type);
      report["date"] = Optional(r.date);
      report["issuer"] = Optional(r.issuer);
      report["title"] = Optional(r.title);
      report["mentions"] = Json::array();
      for (const CitingMention& m : r.mentions) {
        Json mention;
        mention["relation"] = RelationName(m.relation);
        mention["pinpoint"] = Optional(m.pinpoint);
        mention["sentence"] = m.sentence;
        mention["mention_begin"] = m.mention_begin;
        mention["mention_end"] = m.mention_end;
        report["mentions"].push_back(std::move(mention));
      }
      authority["reports"].push_back(std::move(report));
    }
    root["authorities"].push_back(std::move(authority));
  }
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

void WriteCitesCsv(std::ostream& out, const std::vector<CitedAuthority>& authorities) {
  out << "\xEF\xBB\xBF";  // UTF-8 byte-order mark, for spreadsheet programs
  out << "authority,authority_symbol,authority_name,report_path,report_symbol,report_type,"
         "report_date,report_issuer,report_title,relation,pinpoint,sentence,mention\r\n";
  for (const CitedAuthority& a : authorities)
    for (const CitingReport& r : a.reports)
      for (const CitingMention& m : r.mentions) {
        std::size_t b = std::min(m.mention_begin, m.sentence.size());
        std::size_t e = std::clamp(m.mention_end, b, m.sentence.size());
        std::vector<std::string> fields = {
            a.identity,          a.symbol.value_or(""), a.name.value_or(""),
            r.path,              r.symbol.value_or(""), r.type.value_or(""),
            r.date.value_or(""), r.issuer.value_or(""), r.title.value_or(""),
            std::string(RelationName(m.relation)), m.pinpoint.value_or(""),
            m.sentence,          m.sentence.substr(b, e - b)};
        for (std::size_t i = 0; i < fields.size(); ++i)
          out << (i ? "," : "") << CsvField(fields[i]);
        out << "\r\n";
      }
}

}  // namespace lexgraph
