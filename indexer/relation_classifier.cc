#include "relation_classifier.h"

#include <re2/re2.h>

#include <cctype>
#include <optional>
#include <string>

#include "knowledge.h"

namespace lexgraph {
namespace {

constexpr std::size_t kMaxSentence = 700;
// amends, replaces, repeals and guides act on their object directly
// ("sửa đổi, bổ sung một số điều của Nghị định ..."): few words between.
constexpr int kMaxWordsAfterDirectVerb = 6;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Start of the sentence or list item that contains folded offset `pos`.
std::size_t SentenceStart(std::string_view f, std::size_t pos) {
  std::size_t floor = pos > kMaxSentence ? pos - kMaxSentence : 0;
  for (std::size_t i = pos; i > floor; --i) {
    char c = f[i - 1];
    char next = i < f.size() ? f[i] : ' ';
    if ((c == '.' || c == '!' || c == '?') && IsSpace(next)) return i;
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
      return Keyword{i, *end, word.relation};
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

Relation Classify(std::string_view f, const std::vector<FoldedSpan>& mentions, std::size_t index,
                  const std::vector<Relation>& done) {
  const FoldedSpan& m = mentions[index];
  std::size_t start = SentenceStart(f, m.begin);
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
  bool direct = keyword->relation != Relation::kBasis && keyword->relation != Relation::kImplements;
  if (direct && WordCount(between) > kMaxWordsAfterDirectVerb) return Relation::kCites;
  // Whose word is it? A mention right before it, with no clause break
  // between, is the one acting: "Nghị định 107/2021/NĐ-CP sửa đổi ...".
  for (std::size_t j = index; j-- > 0;) {
    if (mentions[j].end > keyword->begin) continue;
    if (mentions[j].end <= start) break;
    std::string_view gap = f.substr(mentions[j].end, keyword->begin - mentions[j].end);
    if (gap.find_first_of(";:,.") == std::string_view::npos) return Relation::kCites;
    break;
  }
  // "dự thảo Nghị định sửa đổi ...": a draft is the actor.
  std::string_view lead = f.substr(start, keyword->begin - start);
  static const RE2 draft(R"(du\s+thao\s+[a-z ]{0,25}$)");
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
    relations.push_back(Classify(text.folded(), mentions, i, relations));
  return relations;
}

}  // namespace lexgraph
