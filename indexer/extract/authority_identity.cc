#include "authority_identity.h"

#include <map>
#include <string_view>

#include "document_symbol.h"
#include "knowledge.h"
#include "knowledge_tables.h"
#include "lexgraph/reference_parser.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kLongestProvinceWords = 5;  // "ba ria - vung tau"

// The first province named in `text`, folded; "" when none is.
std::string ProvinceNamedIn(std::string_view text) {
  const Knowledge& knowledge = Knowledge::Get();
  std::vector<std::string> words = SplitWords(SearchKey(text));
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (std::size_t n = std::min(kLongestProvinceWords, words.size() - i); n > 0; --n) {
      std::string key = words[i];
      for (std::size_t k = 1; k < n; ++k) key += " " + words[i + k];
      if (knowledge.Province(key)) return key;
    }
  }
  return "";
}

bool IsLocalBody(std::string_view issuer) {
  std::string key = " " + SearchKey(issuer) + " ";
  for (std::string_view marker : tables::LocalBodyMarkers()) {
    std::string marker_key = SearchKey(marker);
    if (marker_key == "so") {
      if (key.starts_with(" so ")) return true;
    } else if (key.find(" " + marker_key + " ") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Scope of a document issued by `issuer` (stated, or read off the symbol's
// codes), mentioned or issued in `home_province`.
std::string ScopeOf(const std::optional<std::string>& stated_issuer,
                    const std::optional<DocumentSymbol>& symbol, const std::string& home_province) {
  std::optional<std::string> issuer = stated_issuer;
  if (!issuer && symbol) issuer = symbol->IssuerFromCode();
  if (!issuer) return "";
  if (!IsLocalBody(*issuer)) return "";
  std::string named = ProvinceNamedIn(*issuer);
  if (!named.empty()) return named;
  return home_province.empty() ? "?" : home_province;
}

std::string JoinKey(const AuthorityIdentity& id) {
  // A law is known by its name alone (see the header): no year part.
  std::string year = id.citation_key.starts_with("name:") ? ""
                     : id.year                            ? std::to_string(*id.year)
                                                          : "?";
  return id.citation_key + "|" + year + "|" + id.scope;
}

// Identity of a mention before yearless symbols borrow a year.
AuthorityIdentity Identify(const std::optional<std::string>& symbol_text,
                           const std::optional<std::string>& name,
                           const std::optional<std::string>& date,
                           const std::optional<std::string>& issuer,
                           const std::string& home_province) {
  AuthorityIdentity id;
  Citation as_citation;
  as_citation.symbol = symbol_text;
  as_citation.name = name;
  id.citation_key = CitationKey(as_citation);
  if (id.citation_key.empty()) return id;
  std::optional<DocumentSymbol> symbol;
  if (symbol_text) symbol = ParseDocumentSymbol(*symbol_text);
  if (symbol) {
    id.number = symbol->number;
    id.year = symbol->year ? symbol->year : YearOfDate(date);
    id.scope = ScopeOf(issuer, symbol, home_province);
  }
  return id;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsCalendarDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

std::optional<int> YearOfDate(const std::optional<std::string>& iso_date) {
  if (!iso_date || iso_date->size() < 4) return std::nullopt;
  int year = 0;
  for (int i = 0; i < 4; ++i) {
    char c = (*iso_date)[i];
    if (c < '0' || c > '9') return std::nullopt;
    year = year * 10 + (c - '0');
  }
  return year;
}

std::string ProvinceOfDocument(const DocumentInfo& document) {
  if (document.issuer) {
    std::string named = ProvinceNamedIn(*document.issuer);
    if (!named.empty()) return named;
  }
  if (document.place) return ProvinceNamedIn(*document.place);
  return "";
}

std::vector<AuthorityIdentity> IdentifyCitations(const std::vector<Citation>& citations,
                                                 const std::string& citing_province) {
  std::vector<AuthorityIdentity> ids;
  ids.reserve(citations.size());
  for (const Citation& c : citations)
    ids.push_back(Identify(c.symbol, c.name, c.date, c.issuer, citing_province));

  // Years written with some mentions of a yearless symbol, by key and scope.
  std::map<std::string, std::optional<int>> dated;  // nullopt: two years seen
  for (const AuthorityIdentity& id : ids) {
    if (!id.year || id.citation_key.starts_with("name:")) continue;
    auto [it, inserted] = dated.emplace(id.citation_key + "|" + id.scope, id.year);
    if (!inserted && it->second != id.year) it->second = std::nullopt;
  }
  for (AuthorityIdentity& id : ids) {
    if (id.citation_key.empty()) continue;
    if (!id.year && id.citation_key.starts_with("sym:")) {
      auto it = dated.find(id.citation_key + "|" + id.scope);
      if (it != dated.end() && it->second) id.year = it->second;
    }
    id.key = JoinKey(id);
  }
  return ids;
}

AuthorityIdentity IdentifyDocument(const DocumentInfo& document) {
  AuthorityIdentity id;
  if (!document.symbol) return id;
  id = Identify(document.symbol, std::nullopt, document.date, document.issuer,
                ProvinceOfDocument(document));
  if (!id.citation_key.empty()) id.key = JoinKey(id);
  return id;
}

bool IsLocalIssuer(std::string_view issuer) {
  // IsLocalBody, with the markers' keys made once: the extractor asks this
  // of every mention.
  static const std::vector<std::string> kMarkers = [] {
    std::vector<std::string> keys;
    for (std::string_view marker : tables::LocalBodyMarkers()) keys.push_back(SearchKey(marker));
    return keys;
  }();
  std::string key = " " + SearchKey(issuer) + " ";
  for (const std::string& marker : kMarkers) {
    if (marker == "so") {
      if (key.starts_with(" so ")) return true;
    } else if (std::string_view(key).find(" " + marker + " ") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace lexgraph
