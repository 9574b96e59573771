#include "lexgraph/reference_parser.h"

#include "document_symbol.h"
#include "folded_text.h"
#include "knowledge.h"
#include "lexgraph/text_decoder.h"
#include "mention_phrases.h"
#include "named_mentions.h"
#include "symbol_scanner.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kMaxReferenceBytes = 1000;

std::string Unreadable(std::string_view input) {
  return "cannot read a document reference in \"" + std::string(input) +
         "\": give a number and sign such as 05-CT/TW or 41/2019/QĐ-UBND (with or without "
         "its type: \"Chỉ thị 05-CT/TW\"), or the name of a law such as \"Bộ luật Lao động\"";
}

// Whether the words typed before a name found at `name_begin` start with
// another document's type ("Đề án ... về dân cư, Hiến pháp ..."): then the
// text names that document, and the law inside it is not the one meant.
bool NamesAnotherType(const FoldedText& folded, std::size_t name_begin, std::string_view type) {
  std::string head = SearchKey(folded.OriginalSlice(0, name_begin));
  for (const auto& spelling : Knowledge::Get().type_spellings())
    if (head.starts_with(spelling.key)) return spelling.canonical != type;
  return false;
}

}  // namespace

ParsedReference ParseReference(std::string_view input) {
  ParsedReference result;
  if (input.size() > kMaxReferenceBytes) {
    result.error = "reference too long (over 1000 bytes)";
    return result;
  }
  DecodedText decoded = DecodeText(input);
  if (!decoded.ok()) {
    result.error = "cannot read the reference: " + decoded.error;
    return result;
  }
  std::string text = CollapseSpaces(decoded.text);
  // Bytes of a legacy encoding decode to longer UTF-8: the bound holds for
  // the text read too, so that what it gives can be typed again.
  if (text.size() > kMaxReferenceBytes) {
    result.error = "reference too long (over 1000 bytes)";
    return result;
  }
  if (text.empty()) {
    result.error = "empty reference: give a document such as \"Chỉ thị 05-CT/TW\"";
    return result;
  }
  FoldedText folded(text);
  std::vector<SymbolMatch> symbols = FindSymbols(folded, LetterCase::kAny);
  Reference ref;
  if (!symbols.empty()) {
    const SymbolMatch& match = symbols.front();
    ref.key = "sym:" + match.symbol.Key();
    ref.symbol = match.symbol.canonical;
    ref.type = match.symbol.TypeFromCode();
    // A type word typed before the symbol wins over the code's.
    std::string head = SearchKey(folded.OriginalSlice(0, match.begin));
    for (const auto& spelling : Knowledge::Get().type_spellings())
      if (head.starts_with(spelling.key)) {
        ref.type = spelling.canonical;
        break;
      }
    if (auto date = ReadDateAfter(folded, match.end)) ref.date = date->value;
    result.reference = std::move(ref);
    return result;
  }
  std::vector<NamedMention> named = FindNamedMentions(folded, LetterCase::kAny);
  if (!named.empty() && !NamesAnotherType(folded, named.front().begin, named.front().type)) {
    ref.name = named.front().name;
    ref.type = named.front().type;
    ref.key = "name:" + SearchKey(*ref.name);
    result.reference = std::move(ref);
    return result;
  }
  result.error = Unreadable(text);
  return result;
}

std::string CitationKey(const Citation& citation) {
  if (citation.symbol) {
    if (auto symbol = ParseDocumentSymbol(*citation.symbol)) return "sym:" + symbol->Key();
  }
  if (citation.name) return "name:" + SearchKey(*citation.name);
  return "";
}

}  // namespace lexgraph
