// authority_identity.h: when two mentions name the same document.
//
// A symbol alone is not an identity: every province's People's Committee
// issues its own "41/2019/QĐ-UBND", and "14/KH-SKHCHN" restarts every year.
// An authority (a cited document, or a report of the corpus seen as one) is
// identified by three parts, written into one key "CITATION_KEY|YEAR|SCOPE":
//
//   CITATION_KEY  what the reference parser gives: "sym:41/2019/qd-ubnd",
//                 "sym:5-ct/tw", "name:bo luat lao dong"
//   YEAR          the year in the symbol; else the year of the date written
//                 with the mention; else the year of another mention of the
//                 same symbol in the same report that has a date; else "?"
//                 (numberless names carry no year: a law is known by name)
//   SCOPE         for bodies of a province or below (Ủy ban nhân dân, Sở,
//                 Tỉnh ủy...: LocalBodyMarkers()), the province, folded:
//                 the one the issuer names, else the citing report's own
//                 province; "?" when neither is known. Empty for national
//                 bodies (Chính phủ, Bộ..., Ban Chấp hành Trung ương).
//
//   "Quyết định 41/2019/QĐ-UBND" cited by a Quảng Trị report
//        -> "sym:41/2019/qd-ubnd|2019|quang tri"
//   "Chỉ thị số 05-CT/TW ngày 15/5/2016" -> "sym:5-ct/tw|2016|"
//   "Bộ luật Lao động"                    -> "name:bo luat lao dong||"
//
// What this does not tell apart: two district bodies of one province that
// issue the same symbol in one year, and an undated mention of a yearless
// symbol ("Kế hoạch 14/KH-SKHCHN" with no date anywhere in the report),
// which keeps year "?" rather than being guessed into a year. For national
// documents, whose numbers restart only with a Party term or not at all,
// the graph then takes the one dated authority of that symbol, when the
// index holds exactly one, as the same document (authorities.same_as); a
// local plan's number restarts every year, so there it guesses nothing.
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_INDEXER_AUTHORITY_IDENTITY_H_
#define LEXGRAPH_INDEXER_AUTHORITY_IDENTITY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexgraph/extraction.h"
#include "lexgraph/iso_date.h"

namespace lexgraph {

struct AuthorityIdentity {
  std::string key;           // "sym:41/2019/qd-ubnd|2019|quang tri"; empty: no identity
  std::string citation_key;  // "sym:41/2019/qd-ubnd"
  std::optional<int> year;
  std::string scope;                  // folded province, "?" or "" (national)
  std::optional<std::string> number;  // "41" as printed
};

// YearOfDate: lexgraph/iso_date.h.

// True when `issuer` is a body of a province or below (Ủy ban nhân dân,
// Sở, Tỉnh ủy...: LocalBodyMarkers()).
bool IsLocalIssuer(std::string_view issuer);

// The province a document belongs to, folded ("quang tri"), from its
// issuer or its place name; "" when neither names one.
std::string ProvinceOfDocument(const DocumentInfo& document);

// Identities of every citation of one report, in order. Needs the whole
// list: an undated mention borrows the year of a dated one of the same
// symbol in the same report.
std::vector<AuthorityIdentity> IdentifyCitations(const std::vector<Citation>& citations,
                                                 const std::string& citing_province);

// The identity of a report itself; empty key when it has no symbol.
AuthorityIdentity IdentifyDocument(const DocumentInfo& document);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_AUTHORITY_IDENTITY_H_
