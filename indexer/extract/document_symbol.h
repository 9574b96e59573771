// document_symbol.h: the number and sign (số, ký hiệu) of a Vietnamese
// administrative document, as Nghị định 30/2020/NĐ-CP defines them.
//
// Three forms exist: normative "41/2019/QĐ-UBND" (number/year/type-issuer,
// laws "29/2013/QH13"), ordinary "14/KH-SKHCHN" or, for letters, "1225/UBND-NC"
// (number/type-issuer or number/issuer-unit), and the Party's "05-CT/TW"
// (number-type/issuer). Pure functions; thread-safe.
#ifndef LEXGRAPH_INDEXER_DOCUMENT_SYMBOL_H_
#define LEXGRAPH_INDEXER_DOCUMENT_SYMBOL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

struct DocumentSymbol {
  enum class Form { kNormative, kOrdinary, kParty };
  Form form = Form::kOrdinary;
  // "41/2019/QĐ-UBND", "1847/QĐ-TTg", "08-QĐi/TW": NFC, no spaces, each code
  // in its official form (knowledge_tables.cc), capitals where the tables
  // do not know it, however the mention printed it ("QUYẾT ĐỊNH SỐ
  // 1847/QĐ-TTG", a query "1847/qđ-ttg").
  std::string canonical;
  std::string number;  // "41" as printed (leading zeros kept)
  std::optional<int> year;
  // Folded keys ("qd", "ubnd") of the parts after the number (and year).
  std::vector<std::string> codes;

  // The key by which two mentions of one symbol compare equal: folded, no
  // leading zeros ("5-ct/tw" for "05-CT/TW").
  std::string Key() const;
  // The canonical document type its type code names, if any.
  std::optional<std::string> TypeFromCode() const;
  // The body its issuer codes name ("Chính phủ" for NĐ-CP), if known.
  std::optional<std::string> IssuerFromCode() const;
};

// Parses the printed symbol (spaces, line breaks and dash variants allowed:
// "174 /BC-SKHCHN", "05 – CT/TW"). std::nullopt when it is not one.
std::optional<DocumentSymbol> ParseDocumentSymbol(std::string_view printed);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_DOCUMENT_SYMBOL_H_
