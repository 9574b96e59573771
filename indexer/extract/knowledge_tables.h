// knowledge_tables.h: what the extractor knows about Vietnamese administrative
// documents, as data in one place (knowledge_tables.cc).
//
// Every table is a constant array with static storage: immutable, safe to read
// from any thread. Spellings are given in NFC with diacritics in the new tone
// placement ("Ủy ban", "hòa"); code that matches text folds both sides
// (lower case, no diacritics, đ -> d), so a table lists one spelling of a
// word and the folding finds "Uỷ ban", "UY BAN" and "uy ban" alike.
#ifndef LEXGRAPH_INDEXER_KNOWLEDGE_TABLES_H_
#define LEXGRAPH_INDEXER_KNOWLEDGE_TABLES_H_

#include <span>
#include <string_view>

namespace lexgraph::tables {

// A document type: its canonical name as the contract spells it, and other
// words that mean that type in running text ("văn bản" is a Công văn).
struct DocumentType {
  std::string_view canonical;  // "Nghị định"
  std::string_view spelling;   // a way it is written: "Nghị định", "Văn bản"
};
std::span<const DocumentType> DocumentTypes();

// The type part of a symbol ("NĐ" in "04/2015/NĐ-CP", "CT" in "05-CT/TW")
// and the type it denotes. Matched case-insensitively after folding.
struct TypeCode {
  std::string_view code;       // "NĐ", "QĐ", "CT", "TTLT", "QĐi", "QH" ...
  std::string_view canonical;  // "Nghị định"
};
std::span<const TypeCode> TypeCodes();

// Issuer codes in the issuer part of a symbol ("CP" in "NĐ-CP", "TW" in
// "CT/TW", "BTC" in "TT-BTC") and the body they name. Sở and Bộ codes that are
// "S"/"B" + a sector code are derived from Sectors() and need not be listed.
struct IssuerCode {
  std::string_view code;    // "CP"
  std::string_view issuer;  // "Chính phủ"
};
std::span<const IssuerCode> IssuerCodes();

// Sectors of state management: the code used in symbols and the name used
// after "Bộ"/"Sở" ("KHCN" -> "Khoa học và Công nghệ").
struct Sector {
  std::string_view code;  // "KHCN"
  std::string_view name;  // "Khoa học và Công nghệ"
};
std::span<const Sector> Sectors();

// Abbreviations written in running text and what they stand for, as used to
// expand issuers: "UBND" -> "Ủy ban nhân dân", "KH&CN" -> "Khoa học và
// Công nghệ".
struct Abbreviation {
  std::string_view abbreviation;
  std::string_view expansion;
};
std::span<const Abbreviation> Abbreviations();

// Bodies that issue documents, with their official capitalisation
// ("Bộ Chính trị", "Ủy ban Thường vụ Quốc hội", "Tổng cục Thuế"). Ministries
// and departments ("Bộ Tài chính", "Sở Nội vụ") are derived from Sectors().
std::span<const std::string_view> NamedBodies();

// Words that head the name of a body ("Bộ", "Sở", "Ủy ban nhân dân", "Cục",
// "Tổng cục", "Ban", "Văn phòng", "Tỉnh ủy", ...): a capitalised run that
// starts with one of these after "của" names the issuer.
std::span<const std::string_view> BodyHeads();

// Provinces and centrally-run cities, as written after "tỉnh"/"thành phố".
std::span<const std::string_view> Provinces();

// Words that mark a body of a province or below ("Ủy ban nhân dân",
// "Sở", "Tỉnh ủy"): its document numbers repeat from province to province,
// so a citation of one is only an identity together with the province.
// Matched as folded word sequences anywhere in the issuer's name ("Ban
// Tuyên giáo Tỉnh ủy"), except "Sở", which must head it.
std::span<const std::string_view> LocalBodyMarkers();

// Administrative levels written before a place's name, in lower case as in
// running text: "tỉnh" Quảng Trị, "thành phố" Đông Hà, "huyện" Gio Linh.
std::span<const std::string_view> AdministrativeLevels();

// Laws, codes and ordinances known by name ("Luật Quản lý thuế",
// "Bộ luật Lao động"), so that a numberless mention is cut at the right word.
std::span<const std::string_view> KnownLaws();

// Words by which the citing document says what it does with a document it
// mentions: "Căn cứ" -> "basis", "Thực hiện" -> "implements",
// "sửa đổi" -> "amends". The relation is named as in the contract.
struct RelationWord {
  std::string_view phrase;    // "thực hiện"
  std::string_view relation;  // "implements"
};
std::span<const RelationWord> RelationWords();

// The syntax of a governing word's reach (relation_classifier.cc): adverbs
// and determiners between the word and its object; nouns naming a cited
// document's content ("nhiệm vụ", "kết luận"); words of the part of a
// document that is amended, replaced or repealed ("khoản", "Phụ lục").
std::span<const std::string_view> ObjectModifiers();
std::span<const std::string_view> ContentNouns();
// Activities that take a following mention as their own object
// ("tuyên truyền", "rà soát").
std::span<const std::string_view> ActivityVerbs();
std::span<const std::string_view> PartWords();

// Names that official writing capitalises wherever they stand, besides the
// bodies, provinces and laws above: the country's and the Party's names,
// and how documents name President Hồ Chí Minh ("Bác Hồ"). Used to give a
// title read from capitals its proper nouns back.
std::span<const std::string_view> ProperNames();

// Bodies whose names are also common nouns ("bảo hiểm xã hội" is the
// insurance as well as the agency): in a title read from capitals such a
// name is the body's only before its place ("Bảo hiểm xã hội tỉnh Quảng
// Trị", "... Việt Nam").
std::span<const std::string_view> CommonNounBodies();

// Vietnamese family names, to tell a signer's name from a job title.
std::span<const std::string_view> Surnames();

}  // namespace lexgraph::tables

#endif  // LEXGRAPH_INDEXER_KNOWLEDGE_TABLES_H_
