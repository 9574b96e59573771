#include "symbol_scanner.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "knowledge.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

// Over folded text (lower case ASCII). A separator may be followed by a line
// break ("89/QĐ-\nBTC") but a dash may not start a line: "- Sở Nội vụ" in a
// list is not the rest of the symbol above it.
// OCR doubles a dash now and then ("05——CT/TW"; an em dash folds to '-').
#define LEXGRAPH_SLASH R"([ \t]*/\s*)"
#define LEXGRAPH_DASH R"([ \t]*--?\s*)"
#define LEXGRAPH_CODE R"([a-z][a-z0-9&]{0,11})"
// A number as OCR prints it: digits, of which some may be read as the
// letters that look like them ("O5", "l23", "1O2", "3§": '§' folds to '^');
// at least one real digit. FindSymbols checks and maps the letters.
#define LEXGRAPH_NUMBER R"([oli^]{0,2}\d[0-9oli^]{0,4})"
// The most digits LEXGRAPH_NUMBER matches with no look-alike in them.
constexpr int kMaxNumberDigits = 5;
constexpr char kSymbolPattern[] =
    // normative: 41/2019/QĐ-UBND, 29/2013/QH13, 02/2015/TTLT-BTC-BKHCN
    "(" LEXGRAPH_NUMBER R"([a-z]?)[ \t]*/\s*(?:[1l]9|2[0o])[0-9oli]{2}[ \t]*/\s*)" LEXGRAPH_CODE
    "(?:" LEXGRAPH_DASH LEXGRAPH_CODE
    "){0,3}"
    "|"
    // party: 05-CT/TW, 08-QĐi/TW, 12-TB/TU; the line may break after the
    // dash ("Nghị quyết số 39-\nNQ/TW")
    "(" LEXGRAPH_NUMBER R"()[ \t]*--?[ \t]*\n?[ \t]*[a-z]{1,5})" LEXGRAPH_SLASH LEXGRAPH_CODE
    "(?:" LEXGRAPH_DASH LEXGRAPH_CODE
    "){0,2}"
    "|"
    // OCR put a space after the first letter of a code: "393/T B-BTC"
    "(" LEXGRAPH_NUMBER R"()[ \t]*/[ \t]*[a-z] [a-z]{1,4})" LEXGRAPH_DASH LEXGRAPH_CODE
    "(?:" LEXGRAPH_DASH LEXGRAPH_CODE
    "){0,2}"
    "|"
    // ordinary: 14/KH-SKHCHN, 1225/UBND-NC, 1847/QĐ-TTg
    "(" LEXGRAPH_NUMBER R"([a-z]?))" LEXGRAPH_SLASH LEXGRAPH_CODE "(?:" LEXGRAPH_DASH LEXGRAPH_CODE
    "){0,3}";
#undef LEXGRAPH_NUMBER
#undef LEXGRAPH_SLASH
#undef LEXGRAPH_DASH
#undef LEXGRAPH_CODE

const RE2& SymbolRe() {
  static const RE2 re(kSymbolPattern);
  return re;
}

// Letters of a code as printed: mostly capitals ("TTg", "QĐi" pass).
bool LooksLikeCode(std::string_view original) {
  int upper = 0, lower = 0;
  std::string s(original);
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (std::isupper(c)) ++upper;
      if (std::islower(c)) ++lower;
      ++i;
      continue;
    }
    std::size_t len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
    std::string_view cp(s.data() + i, std::min(len, s.size() - i));
    (IsAllUpper(cp) ? upper : lower) += 1;
    i += len;
  }
  return upper >= 1 && upper >= lower;
}

// A folded byte of a printed number: a digit or a letter OCR reads for one.
bool IsNumberChar(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) || c == 'o' || c == 'l' || c == 'i' ||
         c == '^';
}

// The printed number with OCR's look-alikes read as the digits they stand
// for: "O5" -> "05", "l23" -> "123", "3§" -> "38". Empty when a letter is
// not one of them ("lo", a lower-case "o" between words). A final letter
// of a number ("30c", and so "3O") is its own and is kept; a year
// (`final_letter` false) has none: "2O2l" is 2021.
std::string ReadOcrDigits(std::string_view printed, bool final_letter = true) {
  std::string out;
  for (std::size_t i = 0; i < printed.size();) {
    unsigned char c = static_cast<unsigned char>(printed[i]);
    if (std::isdigit(c)) {
      out += printed[i++];
    } else if (final_letter && i + 1 == printed.size() && std::isalpha(c)) {
      // A last letter is the number's own, whatever its case ("30c", "3O"),
      // so that the symbol reads the same once written in capitals.
      out += printed[i++];
    } else if (c == 'O' || c == 'o') {
      out += '0', ++i;
    } else if (c == 'l' || c == 'I') {
      out += '1', ++i;
    } else if (printed.substr(i).starts_with("§")) {
      out += '8', i += 2;
    } else {
      return "";
    }
  }
  return out;
}

// Function words that web pages and OCR glue to the end of a symbol:
// "35/2025/QĐ-TTgcủa Thủ tướng" (a space lost).
constexpr std::string_view kGluedWords[] = {"cua", "ngay", "ve", "va", "tai"};

// The folded ranges of the code parts after the number (and year), in order.
struct Part {
  std::size_t begin, end;
};
std::string UpperAscii(std::string_view text) {
  std::string upper(text);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

// "QĐ-TTgcủa", "QH13ngày": a code with a function word glued to it is the
// code, when the rest ends in a digit ("QH13") or is a code the tables know
// ("TTg", "QH" of "QHvề") and the word starts in lower case ("UBNDVA" is
// whole). One rule for the extractor and the reference parser, so that a
// person typing the mention gets the extractor's key.
void CutGluedWord(const FoldedText& text, Part& last) {
  std::string_view folded = text.folded();
  std::string_view part = folded.substr(last.begin, last.end - last.begin);
  for (std::string_view word : kGluedWords) {
    if (part.size() <= word.size() || !part.ends_with(word)) continue;
    std::size_t cut = last.end - word.size();
    std::string_view rest = folded.substr(last.begin, cut - last.begin);
    bool code = std::isdigit(static_cast<unsigned char>(rest.back())) ||
                Knowledge::Get().CodeDisplay(UpperAscii(rest)) != nullptr;
    if (code && !StartsUpper(text.OriginalSlice(cut, cut + 1))) {
      last.end = cut;
      return;
    }
  }
}

// A table read by OCR as loose lines breaks a cell's symbol over the row's
// lines, other cells' words between: "Quyết định số 2015/QĐ- Tiếp tục sử\n
// Tài chính 123.45 UBND ngày 18/9/2012". After a symbol that ends in a
// dash and words, the rest is the code the tables know, printed in
// capitals on the next line just before its date ("UBND ngày"). Returns its
// folded range, or nothing.
std::optional<Part> TableCellTail(const FoldedText& text, std::size_t pos) {
  std::string_view f = text.folded();
  while (pos < f.size() && (f[pos] == ' ' || f[pos] == '\t')) ++pos;
  if (pos + 1 >= f.size() || f[pos] != '-' || (f[pos + 1] != ' ' && f[pos + 1] != '\t'))
    return std::nullopt;
  std::size_t line_end = f.find('\n', pos);
  if (line_end == std::string_view::npos || f.find_first_not_of(" \t", pos + 1) >= line_end)
    return std::nullopt;
  std::size_t next_end = std::min(f.find('\n', line_end + 1), f.size());
  for (std::size_t i = line_end + 1; i < next_end;) {
    if (!std::isalpha(static_cast<unsigned char>(f[i]))) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < next_end && std::isalnum(static_cast<unsigned char>(f[i]))) ++i;
    std::size_t after = i;
    while (after < next_end && (f[after] == ' ' || f[after] == '\t')) ++after;
    std::string_view printed = text.OriginalSlice(start, i);
    // A word of its own, not the end of another symbol ("120/2020/NĐ-CP
    // ngày" on the next line of a list is that decree's).
    bool alone = start == line_end + 1 || f[start - 1] == ' ' || f[start - 1] == '\t';
    if (alone && i - start >= 2 && f.substr(after).starts_with("ngay") && IsAllUpper(printed) &&
        Knowledge::Get().CodeDisplay(UpperAscii(f.substr(start, i - start))) != nullptr)
      return Part{start, i};
  }
  return std::nullopt;
}

std::vector<Part> CodeParts(std::string_view folded, std::size_t begin, std::size_t end) {
  std::vector<Part> parts;
  std::size_t i = begin;
  while (i < end && IsNumberChar(folded[i])) ++i;  // number, OCR letters included
  if (i < end && std::isalpha(static_cast<unsigned char>(folded[i])) && i + 1 < end &&
      folded[i + 1] != '-')
    ++i;  // "30c/NQ-CP": a letter may follow the number
  while (i < end) {
    while (i < end && !std::isalnum(static_cast<unsigned char>(folded[i])) && folded[i] != '&') ++i;
    std::size_t start = i;
    while (i < end && (std::isalnum(static_cast<unsigned char>(folded[i])) || folded[i] == '&'))
      ++i;
    if (i > start) parts.push_back({start, i});
  }
  // A year is not a code.
  if (!parts.empty() && parts[0].end - parts[0].begin == 4 &&
      std::isdigit(static_cast<unsigned char>(folded[parts[0].begin])))
    parts.erase(parts.begin());
  return parts;
}

}  // namespace

std::vector<SymbolMatch> FindSymbols(const FoldedText& text, LetterCase letter_case,
                                     std::size_t begin, std::size_t end) {
  std::vector<SymbolMatch> matches;
  std::string_view folded = text.folded();
  end = std::min(end, folded.size());
  re2::StringPiece input(folded.data(), end);
  re2::StringPiece match;
  std::size_t pos = begin;
  while (pos < end && SymbolRe().Match(input, pos, end, RE2::UNANCHORED, &match, 1)) {
    std::size_t m_begin = static_cast<std::size_t>(match.data() - folded.data());
    std::size_t m_end = m_begin + match.size();
    pos = m_end;
    // No lookbehind in RE2: the number must not continue a number, a word
    // or a fraction ("1.250/ha", "DN/89").
    if (m_begin > 0) {
      char before = folded[m_begin - 1];
      if (std::isalnum(static_cast<unsigned char>(before)) || before == '/' || before == '.' ||
          before == ',' || before == '-' || before == '&')
        continue;
    }
    if (m_end < folded.size() && std::isalnum(static_cast<unsigned char>(folded[m_end]))) continue;
    // "số 8 0/2021/TT-BTC": OCR split the number after "số" with a space.
    const std::size_t number_begin = m_begin;
    if (m_begin >= 2 && folded[m_begin - 1] == ' ' &&
        std::isdigit(static_cast<unsigned char>(folded[m_begin - 2])) &&
        std::isdigit(static_cast<unsigned char>(folded[m_begin]))) {
      std::size_t d = m_begin - 1;
      while (d > 0 && std::isdigit(static_cast<unsigned char>(folded[d - 1]))) --d;
      static const RE2 number_sign(R"((?:^|[^a-z0-9])s[o0e6][ \t]*[:.]?[ \t]*$)");
      std::size_t from = d > 8 ? d - 8 : 0;
      // Typed, the mention may start at the number: the extractor's span of
      // "số 8 0/2021/TT-BTC" does ("8 0/2021/TT-BTC"), and must read back.
      std::size_t after = m_begin;
      while (after < folded.size() && std::isdigit(static_cast<unsigned char>(folded[after])))
        ++after;
      const bool fits = (m_begin - 1 - d) + (after - m_begin) <= kMaxNumberDigits;
      if (m_begin - 1 - d <= 2 && fits &&
          ((letter_case == LetterCase::kAny && d == 0) ||
           RE2::PartialMatch(re2::StringPiece(folded.data() + from, d - from), number_sign)))
        m_begin = d;
    }
    std::vector<Part> parts = CodeParts(folded, number_begin, m_end);
    if (!parts.empty()) {
      CutGluedWord(text, parts.back());
      m_end = parts.back().end;
    }
    if (letter_case == LetterCase::kAsPrinted) {
      // Drop trailing parts that are words, not codes ("05-CT/TW - Nghị").
      while (!parts.empty() &&
             !LooksLikeCode(text.OriginalSlice(parts.back().begin, parts.back().end)))
        parts.pop_back();
      if (parts.empty()) continue;
      // The first code (after the number) must be a code as well.
      bool all_codes = true;
      for (const Part& p : parts)
        if (!LooksLikeCode(text.OriginalSlice(p.begin, p.end))) all_codes = false;
      if (!all_codes) continue;
      m_end = parts.back().end;
      // What was dropped may be what let the pattern join a code split by a
      // space ("03/C CBT-Tngày": "C CBT" is one code only before a dash):
      // the symbol is what the pattern reads in the text kept, as a person
      // typing that text gets it.
      re2::StringPiece kept;
      if (!SymbolRe().Match(input, number_begin, m_end, RE2::ANCHOR_BOTH, &kept, 1)) {
        if (!SymbolRe().Match(input, number_begin, m_end, RE2::ANCHOR_START, &kept, 1)) continue;
        m_end = number_begin + kept.size();
        parts = CodeParts(folded, number_begin, m_end);
        if (parts.empty()) continue;
      }
    }
    // Only what the folded text kept: page-break markers and Markdown
    // inside the symbol are blank there.
    // A doubled dash ("05——CT/TW") is one.
    std::string printed;
    for (std::size_t i = m_begin; i < m_end; ++i)
      if (folded[i] != ' ' && folded[i] != '\n' && folded[i] != '\t' &&
          !(folded[i] == '-' && i > m_begin && folded[i - 1] == '-'))
        printed += text.OriginalSlice(i, i + 1);
    std::optional<Part> cell_tail;
    if (letter_case == LetterCase::kAsPrinted && parts.size() == 1 &&
        (cell_tail = TableCellTail(text, m_end)))
      printed += "-" + std::string(text.OriginalSlice(cell_tail->begin, cell_tail->end));
    // The number as OCR printed it: look-alike letters read as digits.
    std::size_t number_end = 0;
    while (number_end < printed.size()) {
      if (std::isalnum(static_cast<unsigned char>(printed[number_end]))) {
        ++number_end;
      } else if (std::string_view(printed).substr(number_end).starts_with("§")) {
        number_end += 2;
      } else {
        break;
      }
    }
    std::string_view number = std::string_view(printed).substr(0, number_end);
    if (!std::all_of(number.begin(), number.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      std::string digits = ReadOcrDigits(number);
      // No longer than a number printed in digits may be ("ll60000" is
      // seven): the symbol written out must read back as itself.
      if (digits.empty() || std::count_if(digits.begin(), digits.end(), [](char c) {
                              return std::isdigit(static_cast<unsigned char>(c));
                            }) > kMaxNumberDigits)
        continue;
      printed = digits + printed.substr(number.size());
    }
    // The year too: "41/2O19/QĐ-UBND".
    if (std::size_t slash = printed.find('/'); slash != std::string::npos) {
      std::size_t next = printed.find('/', slash + 1);
      if (next == slash + 5) {
        std::string year =
            ReadOcrDigits(std::string_view(printed).substr(slash + 1, 4), /*final_letter=*/false);
        if (year.size() == 4 && std::isdigit(static_cast<unsigned char>(year.back())))
          printed.replace(slash + 1, 4, year);
      }
    }
    auto symbol = ParseDocumentSymbol(printed);
    if (!symbol) continue;
    // A normative symbol needs its type code ("41/2019/QĐ-UBND"); a lone
    // code after a year is a date-like fragment ("5/2019/ND").
    matches.push_back({m_begin, cell_tail ? cell_tail->end : m_end, std::move(*symbol)});
  }
  return matches;
}

}  // namespace lexgraph
