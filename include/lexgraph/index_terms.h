// lexgraph/index_terms.h: what the Xapian half of an index holds, so that
// any reader (lexquery, a remote or sharded search) can query it alone.
//
// One Xapian document per report:
//   - every word once, as its exact term with its position: lower case,
//     diacritics kept, one tone placement, i/y merged ("hòa", "chỉ", "thị",
//     "quyết", "định"; text_terms.h), so that a query typed with diacritics
//     is exact, phrases included;
//   - every word once more as its folded term, kFolded + folded form
//     ("XFhoa" for hòa, hoá, họa and hoa), with its count but no position:
//     what a query word typed without diacritics asks for;
//   - boolean terms, below, for what it cites and what it is;
//   - value kDateSlot: its date as "YYYYMMDD", for range queries;
//   - value kVersionSlot: "PATH\nCONTENT_HASH", which version of which file
//     it is (IndexReader tells the snapshot's documents by it);
//   - data: a JSON object {"path", "title", "symbol", "type", "date", "issuer"}.
//
// A word typed without diacritics is asked as its kFolded term, whose
// statistics (how many reports hold it, how often) Xapian knows exactly.
// It was asked as the OP_SYNONYM of its spellings before, but Xapian 1.4
// estimates a synonym's frequency in each shard from the spellings that
// shard holds, so a report's weight depended on which build thread had
// indexed it: two builds of the same files ranked differently.
// The synonym table still maps each folded form ("hoa") to the exact
// spellings of it seen in the corpus ("hòa", "hóa", "họa"...): Xapian 1.4
// runs phrases over positional terms only, so a phrase typed without
// diacritics is asked as the phrase of the OR of the spellings that exist,
// and snippets mark them. One positional term per word keeps the index
// about as small as the text; a second, folded positional term per word
// would double the position data. Where the words of a query stand
// together in a report is read from the exact terms' positions, for the
// first reports of an answer only (search_query.h). An index built before kFolded has none
// of those terms: the query falls back to the synonyms there, and the next
// lexindex build reads every report of it again (xapian_shards.h), rather
// than mix the two.
#ifndef LEXGRAPH_INDEX_TERMS_H_
#define LEXGRAPH_INDEX_TERMS_H_

#include <string>
#include <string_view>

namespace lexgraph::terms {

inline constexpr std::string_view kCites =
    "XC";  // "XCsym:5-ct/tw": cites this (reference_parser.h key)
inline constexpr std::string_view kCitesAs = "XR";  // "XRimplements:sym:5-ct/tw": cites it so
// Which of the documents sharing a symbol a citation means (its authority
// identity, authority_identity.h) is in the SQLite graph only: a term per
// citation for it made the Xapian half 4% bigger and slower to build, and
// kCites with kProvince tells the provinces' decisions apart.
inline constexpr std::string_view kOwnKey = "XK";    // "XKsym:174/bc-skhchn": its own symbol's key
inline constexpr std::string_view kIdentity = "XA";  // "XAsym:174/bc-skhchn|2020|quang tri"
inline constexpr std::string_view kType = "XT";      // "XTbao cao"
inline constexpr std::string_view kIssuer = "XI";    // "XIso khoa hoc va cong nghe"
inline constexpr std::string_view kProvince = "XG";  // "XGquang tri"
inline constexpr std::string_view kYear = "XY";      // "XY2020"
inline constexpr std::string_view kPath = "XP";      // "XPquang-tri/skhcn-174-bc-2020.md"; unique
inline constexpr std::string_view kFolded = "XF";    // "XFhoa": a word, folded, not positional

// Paths longer than this are stored as kPath + "#" + a hash of the path
// (Xapian terms are limited to 245 bytes).
inline constexpr std::size_t kLongestPathTerm = 200;

inline constexpr unsigned kDateSlot = 0;
inline constexpr unsigned kVersionSlot = 1;

}  // namespace lexgraph::terms

namespace lexgraph {

// The value kDateSlot holds for an ISO date: "2020-12-17" -> "20201217"
// (what a date range query must compare with).
std::string DateValue(std::string_view iso);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEX_TERMS_H_
