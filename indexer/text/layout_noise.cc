#include "layout_noise.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <vector>

#include "folded_text.h"
#include "lexgraph/search_key.h"

namespace lexgraph {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

bool IsAsciiAlpha(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
unsigned char At(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

}  // namespace

bool IsPageBreakMarker(std::string_view line) {
  std::size_t b = line.find_first_not_of("-=*_ \t");
  std::size_t e = line.find_last_not_of("-=*_ \t");
  if (b == kNpos || e - b + 1 != kPageBreakWords.size()) return false;
  for (std::size_t i = 0; i < kPageBreakWords.size(); ++i) {
    char c = line[b + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kPageBreakWords[i]) return false;
  }
  return true;
}

bool IsPageNumber(std::string_view line) {
  return line.size() < 12 && line.find_first_not_of("0123456789 -") == kNpos &&
         line.find_first_of("0123456789") != kNpos;
}

MarkupTag MarkupTagAt(std::string_view s, std::size_t i) {
  if (At(s, i) != '<') return {};
  std::size_t j = i + 1;
  if (At(s, j) == '/') ++j;
  std::size_t name_begin = j;
  while (IsAsciiAlpha(At(s, j)) || IsAsciiDigit(At(s, j))) ++j;
  if (j == name_begin || !IsAsciiAlpha(At(s, name_begin))) return {};
  if (At(s, j) != '>' && At(s, j) != ' ' && At(s, j) != '/') return {};
  std::size_t close = s.substr(j, 256).find('>');
  if (close == kNpos || s.substr(i + 1, j + close - i - 1).find('<') != kNpos) return {};
  close += j;
  MarkupTag tag;
  tag.length = close + 1 - i;
  tag.name = s.substr(name_begin, j - name_begin);
  std::string name(tag.name);
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  static constexpr std::string_view kBlocks[] = {"p",  "br",    "div", "li", "tr", "td",
                                                 "th", "h1",    "h2",  "h3", "h4", "h5",
                                                 "h6", "table", "ul",  "ol"};
  tag.breaks_line = std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
  tag.ends_paragraph = tag.breaks_line && name != "br";
  return tag;
}

bool HoldsMottoLine(std::string_view text) {
  std::string letters = FoldedLetters(text);
  return letters.find("conghoaxahoichunghiavietnam") != std::string::npos ||
         letters.find("doclaptudohanhphuc") != std::string::npos ||
         letters.find("dangcongsanvietnam") != std::string::npos;
}

bool IsMottoWord(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords = {
      "cong", "hoa", "xa", "hoi", "chu",  "nghia", "viet", "nam",
      "doc",  "lap", "tu", "do",  "hanh", "phuc",  "dang", "san"};
  return kWords.count(key) != 0;
}

bool IsMottoDebris(const std::string& key) {
  std::vector<std::string> words = SplitWords(key);
  if (words.empty()) return false;
  for (const std::string& w : words)
    if (!IsMottoWord(w)) return false;
  return true;
}

bool NamesMotto(std::string_view folded) {
  for (std::string_view mark :
       {"cong hoa", "doc lap", "hanh phuc", "dang cong san", "xa hoi chu nghia"})
    if (folded.find(mark) != std::string_view::npos) return true;
  return false;
}

bool EndsMotto(std::string_view folded_line) {
  return folded_line.find("hanh phuc") != std::string_view::npos ||
         folded_line.find("dang cong san viet nam") != std::string_view::npos;
}

std::size_t FindMottoStart(std::string_view f, std::size_t from) {
  static constexpr std::string_view kMarks[] = {
      "cong hoa", "hoa xa hoi", "xa hoi chu",    "chu nghia viet",
      "doc lap",  "hanh phuc",  "dang cong san",
  };
  std::size_t cut = f.size();
  for (std::string_view mark : kMarks) {
    std::size_t at = f.find(mark, from);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  static const RE2 dashes(R"((\S+\s+\S+)\s*(?:-|–|—)\s*\S{1,3}\s+do\s*(?:-|–|—))");
  re2::StringPiece rest(f.data() + from, f.size() - from);
  re2::StringPiece words;
  if (f.find(" do", from) != std::string_view::npos && RE2::PartialMatch(rest, dashes, &words)) {
    std::size_t at = static_cast<std::size_t>(words.data() - f.data());
    if (at < cut) cut = at;
  }
  return cut;
}

}  // namespace lexgraph
