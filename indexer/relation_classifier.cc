#include "relation_classifier.h"

#include <re2/re2.h>

#include <cctype>
#include <optional>
#include <string>

#include "knowledge.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kMaxSentence = 700;
// amends, replaces, repeals and guides act on their object directly
// ("sửa đổi, bổ sung một số điều của Nghị định ..."): few words between.
constexpr int kMaxWordsAfterDirectVerb = 6;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Start of the sentence or list item that contains folded offset `pos`.
std::size_t SentenceStart(const FoldedText& text, std::size_t pos) {
  std::string_view f = text.folded();
  std::size_t floor = pos > kMaxSentence ? pos - kMaxSentence : 0;
  for (std::size_t i = pos; i > floor; --i) {
    char c = f[i - 1];
    char next = i < f.size() ? f[i] : ' ';
    if ((c == '.' || c == '!' || c == '?') && IsSpace(next)) {
      // A sentence starts with a capital; "triển. khai" is OCR noise.
      std::size_t j = i;
      while (j < pos && f[j] == ' ') ++j;
      if (j < pos && std::islower(static_cast<unsigned char>(f[j])) &&
          !StartsUpper(text.OriginalSlice(j, j + 1)))
        continue;
      return i;
    }
    if (c != '\n') continue;
    // A blank line, a new list item, a new "Căn cứ" line, or a line after
    // one that ended with ";" starts a new clause.
    std::size_t j = i;
    while (j < pos && (f[j] == ' ' || f[j] == '\t')) ++j;
    std::string_view rest = f.substr(j, pos - j);
    if (rest.empty() || rest[0] == '\n' || rest[0] == '-' || rest[0] == '+' || rest[0] == '|' ||
        rest.starts_with("can cu"))
      return i;
    if (rest.size() > 2 && (std::isalnum(static_cast<unsigned char>(rest[0]))) &&
        (rest[1] == ')' || (std::isdigit(static_cast<unsigned char>(rest[0])) && rest[1] == '.')))
      return i;
    std::size_t k = i - 1;
    while (k > floor && (f[k - 1] == ' ' || f[k - 1] == '\t')) --k;
    if (k > floor && (f[k - 1] == ';' || f[k - 1] == ':')) return i;
    // A preceding blank line.
    std::size_t m = i - 1;
    while (m > floor && (f[m - 1] == ' ' || f[m - 1] == '\t')) --m;
    if (m > floor && f[m - 1] == '\n') return i;
  }
  return floor;
}

struct Keyword {
  std::size_t begin, end;
  Relation relation;
};

bool IsWordStart(std::string_view f, std::size_t i) {
  return i == 0 || !std::isalnum(static_cast<unsigned char>(f[i - 1]));
}

// Compares `key` (y -> i, single spaces) with the folded text at `pos`.
std::optional<std::size_t> MatchKeyAt(std::string_view f, std::size_t pos, std::size_t limit,
                                      std::string_view key) {
  std::size_t i = pos;
  for (std::size_t k = 0; k < key.size(); ++k) {
    if (key[k] == ' ') {
      if (i >= limit || !IsSpace(f[i])) return std::nullopt;
      while (i < limit && IsSpace(f[i])) ++i;
      continue;
    }
    if (i >= limit) return std::nullopt;
    char c = f[i] == 'y' ? 'i' : f[i];
    if (c != key[k]) return std::nullopt;
    ++i;
  }
  if (i < limit && std::isalnum(static_cast<unsigned char>(f[i]))) return std::nullopt;
  return i;
}

bool Overlaps(const std::vector<FoldedSpan>& mentions, std::size_t begin, std::size_t end) {
  for (const FoldedSpan& m : mentions)
    if (m.begin < end && begin < m.end) return true;
  return false;
}

// The last word before `pos` (folded, y -> i).
std::string WordBefore(std::string_view f, std::size_t pos, std::size_t floor) {
  std::size_t end = pos;
  while (end > floor && IsSpace(f[end - 1])) --end;
  std::size_t begin = end;
  while (begin > floor && std::isalnum(static_cast<unsigned char>(f[begin - 1]))) --begin;
  std::string w(f.substr(begin, end - begin));
  for (char& c : w)
    if (c == 'y') c = 'i';
  return w;
}

// The start of a governing word that ends just before `pos`, across ", ".
template <typename Words>
std::optional<std::size_t> KeywordEndingAt(std::string_view f, std::size_t floor, std::size_t pos,
                                           const Words& words) {
  std::size_t end = pos;
  while (end > floor && (IsSpace(f[end - 1]) || f[end - 1] == ',')) --end;
  if (end == pos && pos > floor) return std::nullopt;
  for (std::size_t i = end; i-- > floor && end - i < 30;) {
    if (!IsWordStart(f, i)) continue;
    for (const auto& word : words) {
      auto e = MatchKeyAt(f, i, end, word.key);
      if (e && *e == end) return i;
    }
  }
  return std::nullopt;
}

// The nearest governing word before `pos`, skipping those that are not the
// citing document's ("theo hướng dẫn tại", "được hướng dẫn").
std::optional<Keyword> NearestKeyword(std::string_view f, std::size_t floor, std::size_t pos,
                                      const std::vector<FoldedSpan>& mentions) {
  const auto& words = Knowledge::Get().relation_words();
  for (std::size_t i = pos; i-- > floor;) {
    if (!std::isalpha(static_cast<unsigned char>(f[i])) || !IsWordStart(f, i)) continue;
    for (const auto& word : words) {
      auto end = MatchKeyAt(f, i, pos, word.key);
      if (!end) continue;
      if (Overlaps(mentions, i, *end)) break;
      std::string before = WordBefore(f, i, floor);
      if (before == "theo" || before == "duoc" || before == "cac" || before == "nhung") break;
      Keyword found{i, *end, word.relation};
      // "sửa đổi, bổ sung": adjacent governing words are one.
      while (auto earlier = KeywordEndingAt(f, floor, found.begin, words))
        found.begin = *earlier;
      return found;
    }
  }
  return std::nullopt;
}

int WordCount(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (char c : s) {
    bool w = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (w && !in_word) ++n;
    in_word = w;
  }
  return n;
}

// A break between clauses: ";", ":", or a comma before a new subject
// written with a capital ("..., Sở Nội vụ triển khai"). Commas inside a
// title ("nhiệm vụ, giải pháp") do not count.
bool HasClauseBreak(const FoldedText& text, std::size_t begin, std::size_t end) {
  std::string_view f = text.folded();
  for (std::size_t i = begin; i < end; ++i) {
    if (f[i] == ';' || f[i] == ':') return true;
    if (f[i] != ',') continue;
    std::size_t j = i + 1;
    while (j < end && IsSpace(f[j])) ++j;
    if (j < end && std::isalpha(static_cast<unsigned char>(f[j])) &&
        StartsUpper(text.OriginalSlice(j, j + 1)))
      return true;
  }
  return false;
}

Relation Classify(const FoldedText& text, const std::vector<FoldedSpan>& mentions, std::size_t index,
                  const std::vector<Relation>& done) {
  std::string_view f = text.folded();
  const FoldedSpan& m = mentions[index];
  std::size_t start = SentenceStart(text, m.begin);
  const FoldedSpan* prev = nullptr;
  if (index > 0 && mentions[index - 1].end > start && mentions[index - 1].end <= m.begin)
    prev = &mentions[index - 1];
  if (prev && IsListGap(f.substr(prev->end, m.begin - prev->end))) return done[index - 1];
  auto keyword = NearestKeyword(f, start, m.begin, mentions);
  if (!keyword) return Relation::kCites;
  // A mention between the governing word and this one took the word for
  // itself; this one only continues that mention's title.
  for (std::size_t j = 0; j < index; ++j)
    if (mentions[j].begin >= keyword->end && mentions[j].end <= m.begin) return Relation::kCites;
  std::string_view between = f.substr(keyword->end, m.begin - keyword->end);
  // "Sở đã ban hành Kế hoạch ...": issuing a document is not implementing it.
  if (between.find("ban hanh") != std::string_view::npos) return Relation::kCites;
  // "Căn cứ" makes a legal basis when it opens the clause ("Căn cứ Luật
  // ..."); "phải căn cứ vào ..." in the middle of one is an instruction.
  if (keyword->relation == Relation::kBasis) {
    std::string_view lead = f.substr(start, keyword->begin - start);
    if (lead.find_first_not_of(" \t\n-+|(") != std::string_view::npos) return Relation::kCites;
  }
  bool direct = keyword->relation != Relation::kBasis && keyword->relation != Relation::kImplements;
  if (direct && WordCount(between) > kMaxWordsAfterDirectVerb) return Relation::kCites;
  // Whose word is it? A mention right before it, with no clause break
  // between, is the one acting: "Nghị định 107/2021/NĐ-CP sửa đổi ...".
  for (std::size_t j = index; j-- > 0;) {
    if (mentions[j].end > keyword->begin) continue;
    if (mentions[j].end <= start) break;
    if (!HasClauseBreak(text, mentions[j].end, keyword->begin)) return Relation::kCites;
    break;
  }
  // "dự thảo Nghị định sửa đổi ...": a draft is the actor.
  std::string_view lead = f.substr(start, keyword->begin - start);
  static const RE2 draft(R"(du\s+thao\s+[a-z \n]{0,25}$)");
  if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), draft)) return Relation::kCites;
  return keyword->relation;
}

}  // namespace

bool IsListGap(std::string_view gap) {
  static const RE2 list(R"(^[ \t\n]*(?:[,;(]|[;,]?[ \t\n]*(?:va|hoac|cung nhu)\b)?[ \t\n]*(?:cac[ \t\n]+)?$)");
  static const RE2 ends_with_separator(R"([;,][ \t\n]*(?:va[ \t\n]+|cac[ \t\n]+)*$)");
  if (gap.size() > 400) return false;
  re2::StringPiece g(gap.data(), gap.size());
  if (RE2::FullMatch(g, list)) return true;
  // An item with its own title: "Chỉ thị ... về “...”; Kết luận ...".
  return gap.find('.') == std::string_view::npos && RE2::PartialMatch(g, ends_with_separator) &&
         gap.find_first_of(";") != std::string_view::npos;
}

std::vector<Relation> ClassifyRelations(const FoldedText& text, const std::vector<FoldedSpan>& mentions) {
  std::vector<Relation> relations;
  relations.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i)
    relations.push_back(Classify(text, mentions, i, relations));
  return relations;
}

}  // namespace lexgraph
