// lexgraph/body_names.h: the names of issuing bodies, compared as a reader
// compares them, and the provinces they belong to.
//
// The same body is written many ways: "UBND tỉnh Quảng Trị", "Ủy ban nhân
// dân tỉnh Quảng Trị", "uy ban nhan dan tinh quang tri"; "Sở KH&CN" and
// "Sở Khoa học và Công nghệ"; "Sở Lao động, Thương binh" and "Sở Lao động -
// Thương binh". And a body's name alone does not say whose it is: every
// province has a "Sở Nội vụ". These functions give names one key, split a
// name into its body and its province, and name provinces. They read the
// data tables of the library (abbreviations, provinces, administrative
// levels); thread-safe.
#ifndef LEXGRAPH_BODY_NAMES_H_
#define LEXGRAPH_BODY_NAMES_H_

#include <optional>
#include <string>
#include <string_view>

namespace lexgraph {

// The words of a name as compared, joined by spaces: SearchKey (no
// diacritics, one tone placement, i/y merged, lower case), abbreviations
// expanded ("ubnd" -> "uy ban nhan dan", "kh&cn" -> "khoa hoc va cong
// nghe"), punctuation dropped.
std::string NameKey(std::string_view name);

// A name split into its body and the province named at its end, both as
// NameKey gives them: "Ủy ban nhân dân tỉnh Quảng Trị" -> {"uy ban nhan
// dan", "quang tri"}; a name that names no province keeps it empty.
struct BodyAndProvince {
  std::string body, province;
};
BodyAndProvince SplitProvince(std::string_view name);

// The province a report belongs to, folded ("quang tri"), from its issuer
// or else its place name ("Quảng Trị, ngày ..."); "" when neither names one.
std::string ProvinceOfReport(const std::optional<std::string>& issuer,
                             const std::optional<std::string>& place);

// The official spelling of a folded province ("quang tri" -> "Quảng Trị");
// the key itself when it is no province known, "" for "".
std::string ProvinceName(std::string_view key);

}  // namespace lexgraph

#endif  // LEXGRAPH_BODY_NAMES_H_
