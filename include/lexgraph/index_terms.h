// lexgraph/index_terms.h: what the Xapian half of an index holds, so that
// any reader (lexquery, a remote or sharded search) can query it alone.
//
// One Xapian document per report:
//   - every word as a folded term ("hoa", "chi", "thi": no diacritics, lower
//     case, đ -> d, i/y merged) with its position, for plain and phrase
//     search typed with or without diacritics; and, when it differs, as an
//     exact term kExact + "hòa" (no position), so that a query typed with
//     diacritics can require them (text_terms.h makes both);
//   - boolean terms, below, for what it cites and what it is;
//   - value kDateSlot: its date as "YYYYMMDD", for range queries;
//   - data: a JSON object {"path", "title", "symbol", "type", "date", "issuer"}.
#ifndef LEXGRAPH_INDEX_TERMS_H_
#define LEXGRAPH_INDEX_TERMS_H_

#include <string_view>

namespace lexgraph::terms {

inline constexpr std::string_view kExact = "XE";     // "XEhòa"
inline constexpr std::string_view kCites = "XC";     // "XCsym:5-ct/tw": cites this (reference_parser.h key)
inline constexpr std::string_view kCitesAs = "XR";   // "XRimplements:sym:5-ct/tw": cites it so
inline constexpr std::string_view kCitesIdentity = "XD";  // "XDsym:5-ct/tw|2016|": the exact authority
inline constexpr std::string_view kOwnKey = "XK";    // "XKsym:174/bc-skhchn": its own symbol's key
inline constexpr std::string_view kIdentity = "XA";  // "XAsym:174/bc-skhchn|2020|quang tri"
inline constexpr std::string_view kType = "XT";      // "XTbao cao"
inline constexpr std::string_view kIssuer = "XI";    // "XIso khoa hoc va cong nghe"
inline constexpr std::string_view kProvince = "XG";  // "XGquang tri"
inline constexpr std::string_view kYear = "XY";      // "XY2020"
inline constexpr std::string_view kPath = "XP";      // "XPquang-tri/skhcn-174-bc-2020.md"; unique

// Paths longer than this are stored as kPath + "#" + a hash of the path
// (Xapian terms are limited to 245 bytes).
inline constexpr std::size_t kLongestPathTerm = 200;

inline constexpr unsigned kDateSlot = 0;

}  // namespace lexgraph::terms

#endif  // LEXGRAPH_INDEX_TERMS_H_
