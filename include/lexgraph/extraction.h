// lexgraph/extraction.h: what the extractor finds in one document.
//
// Start here. An Extraction is the document's own identity (DocumentInfo) and
// every mention of another document (Citation), in text order. It is the
// in-memory form of one line of `lexindex extract` (../shared/spec/extraction.md):
// every field that the text does not state is std::nullopt.
//
// These are plain values: copyable, movable, no hidden sharing; safe to use
// from several threads as long as no thread mutates one that another reads.
#ifndef LEXGRAPH_EXTRACTION_H_
#define LEXGRAPH_EXTRACTION_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

// What the citing document does with the cited one, read from the words that
// govern the mention ("Căn cứ", "Thực hiện", "sửa đổi, bổ sung"...).
enum class Relation {
  kCites,       // mentioned without a governing verb of the citing document
  kBasis,       // Căn cứ ...
  kImplements,  // Thực hiện, Triển khai, Thi hành, cụ thể hóa ...
  kAmends,      // sửa đổi, bổ sung ...
  kReplaces,    // thay thế ...
  kRepeals,     // bãi bỏ, hủy bỏ ...
  kGuides,      // hướng dẫn ...
};

// "cites", "basis", "implements", ... as in the contract.
std::string_view RelationName(Relation relation);
// The inverse of RelationName; std::nullopt for an unknown name.
std::optional<Relation> RelationFromName(std::string_view name);

// One mention of another document.
struct Citation {
  std::string type;                   // canonical type name: "Chỉ thị"
  std::optional<std::string> symbol;  // canonical symbol: "05-CT/TW"
  std::optional<std::string> name;    // for numberless mentions: "Bộ luật Lao động"
  std::optional<std::string> date;    // ISO date of signing: "2016-05-15"
  std::optional<std::string> issuer;  // "Bộ Chính trị"
  Relation relation = Relation::kCites;
  std::optional<std::string> pinpoint;  // "Khoản 3 Điều 63"
  std::size_t begin = 0;                // UTF-8 byte offsets into the NFC text
  std::size_t end = 0;                  // [begin, end)
  std::string text;                     // exactly the bytes of the span
};

// The document's own identity, from its header and signature block.
struct DocumentInfo {
  std::optional<std::string> symbol;    // "174/BC-SKHCHN"
  std::optional<std::string> type;      // "Báo cáo"
  std::optional<std::string> date;      // "2020-12-17"
  std::optional<std::string> place;     // "Quảng Trị"
  std::optional<std::string> issuer;    // "Sở Khoa học và Công nghệ"
  std::optional<std::string> title;     // trích yếu
  std::optional<std::string> signer;    // "Nguyễn Hữu Thắng"
  std::vector<std::string> recipients;  // Nơi nhận, without "Lưu: ..."
};

// A change of validity that the text reports between documents it cites,
// as a fact about them, not as something the citing document itself does:
// "Nghị định số 138/2020/NĐ-CP thay thế Nghị định số 24/2010/NĐ-CP",
// "Quyết định số 5/2014/QĐ-UBND đã hết hiệu lực". What the citing document
// does itself ("Quyết định này thay thế Quyết định số 27/2014/QĐ-UBND") is
// Citation::relation and never a StatedRelation. The rules are in
// docs/stated_relations.md.
struct StatedRelation {
  // The document that amends, replaces or repeals: an index into
  // Extraction::citations. std::nullopt when the text names none
  // ("Quyết định số 5/2014/QĐ-UBND đã hết hiệu lực", "... bị bãi bỏ").
  std::optional<std::size_t> subject;
  Relation relation = Relation::kAmends;  // kAmends, kReplaces or kRepeals only
  std::size_t object = 0;                 // the document changed: an index into citations
  std::optional<std::string> effective;   // ISO date from which it applies, when stated
                                          // ("kể từ ngày 01/01/2021")
  std::size_t begin = 0;                  // the statement: UTF-8 byte offsets into the
  std::size_t end = 0;                    // NFC text, [begin, end), both mentions inside
  std::string text;                       // exactly the bytes of the span
};

struct Extraction {
  DocumentInfo document;
  std::vector<Citation> citations;               // in text order
  std::vector<StatedRelation> stated_relations;  // in text order of their spans
};

}  // namespace lexgraph

#endif  // LEXGRAPH_EXTRACTION_H_
