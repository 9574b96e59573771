#include "document_symbol.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdint>

#include "knowledge.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

// Removes white space and stray combining marks, maps dash and slash
// variants to ASCII.
std::string Compact(std::string_view printed) {
  std::string out;
  std::size_t i = 0;
  while (i < printed.size()) {
    unsigned char c = static_cast<unsigned char>(printed[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '*' ||
        c == '_') {
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < printed.size() &&
        (static_cast<unsigned char>(printed[i + 1]) == 0xA0 ||
         static_cast<unsigned char>(printed[i + 1]) == 0xAD)) {
      i += 2;  // NBSP, soft hyphen
      continue;
    }
    if (c == 0xE2 && i + 2 < printed.size() && static_cast<unsigned char>(printed[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(printed[i + 2]);
      if (d >= 0x90 && d <= 0x95) {  // ‐ ‑ ‒ – — ―
        out += '-';
        i += 3;
        continue;
      }
      if (d == 0xAF || (d >= 0x80 && d <= 0x8F)) {  // narrow/other/zero-width spaces
        i += 3;
        continue;
      }
    }
    if (c == 0xC3 && i + 1 < printed.size() &&
        (static_cast<unsigned char>(printed[i + 1]) == 0x90 ||
         static_cast<unsigned char>(printed[i + 1]) == 0xB0)) {
      out += static_cast<unsigned char>(printed[i + 1]) == 0x90 ? "Đ" : "đ";  // eth look-alikes
      i += 2;
      continue;
    }
    if ((c == 0xCC || c == 0xCD) && i + 1 < printed.size()) {
      unsigned char d = static_cast<unsigned char>(printed[i + 1]);
      if (d >= 0x80 && (c == 0xCC ? d <= 0xBF : d <= 0xAF)) {
        // A combining mark (U+0300-U+036F): in NFC text none is left on a
        // Vietnamese letter, so it is a stray one ("5/\u03032015/DU" from a
        // tone byte of Windows-1258), which matching ignores too.
        i += 2;
        continue;
      }
    }
    if (c >= 0x80) {
      // Any dash the folded text reads as '-' (folded_text.cc: every
      // dash punctuation, and the minus sign), so that the canonical symbol
      // reads back as the key it gave ("U0֊12", an Armenian hyphen, from
      // the reference fuzzer).
      const auto* s = reinterpret_cast<const std::uint8_t*>(printed.data());
      std::int32_t next = static_cast<std::int32_t>(i);
      UChar32 cp;
      U8_NEXT(s, next, static_cast<std::int32_t>(printed.size()), cp);
      if (cp >= 0 && (u_charType(cp) == U_DASH_PUNCTUATION || cp == 0x2212)) {
        out += '-';
        i = static_cast<std::size_t>(next);
        continue;
      }
    }
    out += printed[i++];
  }
  return out;
}

// Upper case letter by letter (ICU's simple case mapping): "ß" stays one
// letter, as the scanner counted it on the folded text; full case mapping
// makes it "SS", another symbol or none. Vietnamese letters map the same
// either way.
std::string UpperLetterByLetter(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    c = c < 0 ? 0xFFFD : u_toupper(c);
    char buffer[U8_MAX_LENGTH];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, c);
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    parts.push_back(
        s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return parts;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// OCR and keyboards without Vietnamese lose the stroke of Đ; in the type and
// issuer codes of a symbol "QD", "ND" and "HDND" can only mean QĐ, NĐ, HĐND.
// OCR also reads the T of the party's "TW" as I ("120-KL/IW"), a code no
// body has.
std::string RestoreStroke(const std::string& code) {
  static const std::pair<std::string_view, std::string_view> kFixes[] = {
      {"QD", "QĐ"}, {"ND", "NĐ"},   {"QDI", "QĐI"}, {"HDND", "HĐND"},
      {"DU", "ĐU"}, {"DUK", "ĐUK"}, {"IW", "TW"}};
  for (const auto& [from, to] : kFixes)
    if (code == from) return std::string(to);
  return code;
}

// OCR reads 1 as I (or l) and 0 as O next to the digits of a code:
// "UBTVQHI5" is UBTVQH15. A letter with no digit beside it is a letter
// ("QĐI", and "NCI", which may have been NC1, stays as printed).
std::string DigitsBesideDigits(std::string code) {
  auto digit = [&](std::size_t i) {
    return i < code.size() && std::isdigit(static_cast<unsigned char>(code[i]));
  };
  // Until nothing changes, so that the code written out reads back as
  // itself ("III1" is I111, not II11).
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 1; i < code.size(); ++i) {  // a code starts with a letter
      char c = code[i];
      if ((c != 'I' && c != 'L' && c != 'O') || !(digit(i + 1) || digit(i - 1))) continue;
      code[i] = c == 'O' ? '0' : '1';
      changed = true;
    }
  }
  return code;
}

// A code as the canonical symbol shows it: in its official form when the
// tables know it ("TTg", "QĐi", "BTC", however it was printed or typed);
// else in capitals, unless it was printed in mixed case, which only its
// issuer's own usage explains ("BSGBTr"): capitals or small letters
// throughout say nothing about it (a heading, a user's query).
std::string ShownCode(const std::string& upper, std::string_view printed) {
  if (const std::string* known = Knowledge::Get().CodeDisplay(upper)) return *known;
  if (upper == printed || printed.size() != upper.size()) return upper;
  bool has_lower = false, has_upper = false;
  const auto* s = reinterpret_cast<const std::uint8_t*>(printed.data());
  const auto length = static_cast<std::int32_t>(printed.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    has_lower |= c >= 0 && u_islower(c);
    has_upper |= c >= 0 && u_isupper(c);
  }
  return has_lower && has_upper ? std::string(printed) : upper;
}

std::string StripLeadingZeros(std::string_view number) {
  std::size_t i = 0;
  while (i + 1 < number.size() && number[i] == '0') ++i;
  return std::string(number.substr(i));
}

}  // namespace

std::optional<DocumentSymbol> ParseDocumentSymbol(std::string_view printed) {
  std::string compact = Compact(printed);
  while (!compact.empty() &&
         std::string_view(".,;:)").find(compact.back()) != std::string_view::npos)
    compact.pop_back();
  std::vector<std::string_view> slash = Split(compact, '/');
  if (slash.size() < 2) return std::nullopt;
  DocumentSymbol symbol;
  std::vector<std::string_view> code_parts;  // as printed, in order
  std::size_t first_dash = slash[0].find('-');
  if (first_dash != std::string_view::npos) {
    // Party form: 05-CT/TW
    symbol.form = DocumentSymbol::Form::kParty;
    symbol.number = UpperLetterByLetter(slash[0].substr(0, first_dash));
    code_parts.push_back(slash[0].substr(first_dash + 1));
    for (std::size_t i = 1; i < slash.size(); ++i)
      for (std::string_view p : Split(slash[i], '-')) code_parts.push_back(p);
  } else {
    symbol.number = UpperLetterByLetter(slash[0]);
    std::size_t next = 1;
    if (slash.size() >= 3 && slash[1].size() == 4 && AllDigits(slash[1])) {
      symbol.form = DocumentSymbol::Form::kNormative;
      symbol.year = std::stoi(std::string(slash[1]));
      next = 2;
    }
    for (std::size_t i = next; i < slash.size(); ++i)
      for (std::string_view p : Split(slash[i], '-')) code_parts.push_back(p);
  }
  // "30c/NQ-CP", "30a/2008/NQ-CP": a number may carry one letter.
  std::string_view digits = symbol.number;
  if (digits.size() > 1 && std::isalpha(static_cast<unsigned char>(digits.back())) &&
      symbol.form != DocumentSymbol::Form::kParty)
    digits.remove_suffix(1);
  if (!AllDigits(digits) || code_parts.empty()) return std::nullopt;
  std::vector<std::string> shown;  // each code as the canonical text shows it
  for (std::string_view printed_part : code_parts) {
    // Every code starts with a letter: "12/3" and "1847/2019" are not symbols.
    if (printed_part.empty() || std::isdigit(static_cast<unsigned char>(printed_part[0])))
      return std::nullopt;
    std::string upper = UpperLetterByLetter(printed_part);
    std::string digits = DigitsBesideDigits(upper);
    std::string part = RestoreStroke(digits);
    // "TƯ" (Trung ương, with the horn) is "TW", not "TU" (Tỉnh ủy).
    symbol.codes.push_back(part == "TƯ" ? "tw" : SearchKey(part));
    shown.push_back(ShownCode(part, digits == upper ? printed_part : std::string_view(digits)));
  }
  // Rebuild the canonical text from the parts so separators are uniform.
  std::string canonical = symbol.number;
  if (symbol.form == DocumentSymbol::Form::kParty) {
    canonical += "-" + shown[0] + "/";
    for (std::size_t i = 1; i < shown.size(); ++i) canonical += (i > 1 ? "-" : "") + shown[i];
  } else {
    canonical += "/";
    if (symbol.year) canonical += std::to_string(*symbol.year) + "/";
    for (std::size_t i = 0; i < shown.size(); ++i) canonical += (i > 0 ? "-" : "") + shown[i];
  }
  symbol.canonical = std::move(canonical);
  return symbol;
}

std::string DocumentSymbol::Key() const {
  std::string key = ToLower(StripLeadingZeros(number));
  if (form == Form::kParty) {
    key += "-" + codes[0] + "/";
    for (std::size_t i = 1; i < codes.size(); ++i) key += (i > 1 ? "-" : "") + codes[i];
  } else {
    key += "/";
    if (year) key += std::to_string(*year) + "/";
    for (std::size_t i = 0; i < codes.size(); ++i) key += (i > 0 ? "-" : "") + codes[i];
  }
  return key;
}

namespace {
// "qh13" -> "qh": legislature numbers do not change who issues.
std::string WithoutTrailingDigits(const std::string& code) {
  std::size_t end = code.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(code[end - 1]))) --end;
  return code.substr(0, end);
}
}  // namespace

std::optional<std::string> DocumentSymbol::TypeFromCode() const {
  const Knowledge& k = Knowledge::Get();
  if (codes.empty()) return std::nullopt;
  // "CT" is both the Chỉ thị code ("04/CT-BTC") and the Cục Thuế issuer code
  // ("3325/CT-QLN"): after a Chỉ thị's code comes its issuer; after a Cục
  // Thuế's, the drafting unit.
  if (form == Form::kOrdinary && codes[0] == "ct" && codes.size() >= 2 &&
      !k.IssuerForCode(codes[1]) && !k.IssuerForCode(WithoutTrailingDigits(codes[1])))
    return std::nullopt;
  if (auto type = k.TypeForCode(WithoutTrailingDigits(codes[0]))) return type;
  return std::nullopt;
}

std::optional<std::string> DocumentSymbol::IssuerFromCode() const {
  const Knowledge& k = Knowledge::Get();
  if (codes.empty()) return std::nullopt;
  // The issuer is the part after the type code; in a letter without a type
  // code ("1225/UBND-NC") it is the first part.
  std::size_t first = TypeFromCode() && codes.size() > 1 ? 1 : 0;
  if (form == Form::kNormative && codes.size() == 1) first = 0;  // 29/2013/QH13
  std::vector<std::string> issuers;
  std::size_t last = codes.size();
  // Joint documents ("TTLT-BTC-BKHCN") name every issuer; others name one
  // issuer followed by the drafting unit, which is not an issuer.
  bool joint = !codes.empty() && (codes[0] == "ttlt" || codes[0] == "nqlt");
  if (!joint) last = std::min(last, first + 1);
  for (std::size_t i = first; i < last; ++i) {
    auto issuer = k.IssuerForCode(codes[i]);
    if (!issuer) issuer = k.IssuerForCode(WithoutTrailingDigits(codes[i]));
    if (issuer) issuers.push_back(*issuer);
  }
  if (issuers.empty()) return std::nullopt;
  std::string joined = issuers[0];
  for (std::size_t i = 1; i < issuers.size(); ++i) joined += ", " + issuers[i];
  return joined;
}

}  // namespace lexgraph
