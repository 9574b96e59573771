#include "relation_classifier.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "knowledge.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kMaxSentence = 700;
// The governing word of a mention stands near it; list items further away
// inherit from the item before them instead of searching back.
constexpr std::size_t kMaxKeywordDistance = 400;
// amends, replaces, repeals and guides act on their object directly
// ("sửa đổi, bổ sung một số điều của Nghị định ..."): few words between.
constexpr int kMaxWordsAfterDirectVerb = 6;

// "- ", "+ ", "| ", "a) ", "1. ": a line that opens an item of a list or table.
bool IsListItemStart(std::string_view rest) {
  std::size_t j = rest.find_first_not_of(" \t");
  if (j == std::string_view::npos) return false;
  rest.remove_prefix(j);
  if (rest.empty()) return false;
  if (rest[0] == '-' || rest[0] == '+' || rest[0] == '|') return true;
  return rest.size() > 2 && std::isalnum(static_cast<unsigned char>(rest[0])) &&
         (rest[1] == ')' || (std::isdigit(static_cast<unsigned char>(rest[0])) && rest[1] == '.'));
}

std::optional<std::size_t> MatchKeyAt(std::string_view f, std::size_t pos, std::size_t limit,
                                      std::string_view key);

// A line that opens with a governing word in capitals ("Thực hiện Chỉ
// thị...", "Căn cứ Luật...") opens a clause, even where the line before has
// no full stop: a title above it, or text whose blank lines a PDF or a
// scan lost. Within a sentence these words are small; in a heading, all
// capitals.
bool OpensWithGoverningWord(const FoldedText& text, std::size_t begin, std::size_t limit) {
  std::string_view f = text.folded();
  if (begin >= limit || !StartsUpper(text.OriginalSlice(begin, begin + 1))) return false;
  // A line in capitals goes on with the heading above it: "HƯỚNG DẪN /
  // THỰC HIỆN KẾT LUẬN..." is one title, which guides.
  std::size_t word_end = begin;
  while (word_end < limit && std::isalnum(static_cast<unsigned char>(f[word_end]))) ++word_end;
  if (word_end - begin > 1 && IsAllUpper(text.OriginalSlice(begin, word_end))) return false;
  for (const auto& word : Knowledge::Get().relation_words())
    if (MatchKeyAt(f, begin, limit, word.key)) return true;
  return false;
}

// Start of the sentence or list item that contains folded offset `pos`.
std::size_t SentenceStart(const FoldedText& text, std::size_t pos) {
  std::string_view f = text.folded();
  std::size_t floor = pos > kMaxSentence ? pos - kMaxSentence : 0;
  for (std::size_t i = pos; i > floor; --i) {
    char c = f[i - 1];
    char next = i < f.size() ? f[i] : ' ';
    if ((c == '.' || c == '!' || c == '?') && IsFoldedSpace(next)) {
      // A sentence starts with a capital; "triển. khai" is OCR noise.
      std::size_t j = i;
      while (j < pos && f[j] == ' ') ++j;
      if (j < pos && std::islower(static_cast<unsigned char>(f[j])) &&
          !StartsUpper(text.OriginalSlice(j, j + 1)))
        continue;
      return i;
    }
    if (c != '\n') continue;
    // A blank line, a new list item, a new "Căn cứ" line, a line opening
    // with a governing word, or a line after one that ended with ";" starts
    // a new clause.
    std::size_t j = i;
    while (j < pos && (f[j] == ' ' || f[j] == '\t')) ++j;
    std::string_view rest = f.substr(j, pos - j);
    if (rest.empty() || rest[0] == '\n' || IsListItemStart(rest) || rest.starts_with("can cu") ||
        OpensWithGoverningWord(text, j, pos))
      return i;
    // The line before ended a clause (";", ":") or was blank.
    std::size_t k = i - 1;
    while (k > floor && (f[k - 1] == ' ' || f[k - 1] == '\t')) --k;
    if (k > floor && (f[k - 1] == ';' || f[k - 1] == ':' || f[k - 1] == '\n')) return i;
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
      if (i >= limit || !IsFoldedSpace(f[i])) return std::nullopt;
      while (i < limit && IsFoldedSpace(f[i])) ++i;
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

// Mentions are sorted and do not overlap: a binary search finds the first
// that ends after `begin`, so a long document stays linear.
std::size_t FirstEndingAfter(const std::vector<FoldedSpan>& mentions, std::size_t begin) {
  return static_cast<std::size_t>(
      std::partition_point(mentions.begin(), mentions.end(),
                           [begin](const FoldedSpan& m) { return m.end <= begin; }) -
      mentions.begin());
}

bool Overlaps(const std::vector<FoldedSpan>& mentions, std::size_t begin, std::size_t end) {
  std::size_t i = FirstEndingAfter(mentions, begin);
  return i < mentions.size() && mentions[i].begin < end;
}

// The last word before `pos` (folded, y -> i).
std::string WordBefore(std::string_view f, std::size_t pos, std::size_t floor) {
  std::size_t end = pos;
  while (end > floor && IsFoldedSpace(f[end - 1])) --end;
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
  while (end > floor && (IsFoldedSpace(f[end - 1]) || f[end - 1] == ',')) --end;
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
  // Most word starts cannot begin a governing word: test the first letter.
  static const std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> first{};
    for (const auto& w : Knowledge::Get().relation_words())
      first[static_cast<unsigned char>(w.key[0])] = true;
    first['y'] = first['i'];
    return first;
  }();
  for (std::size_t i = pos; i-- > floor;) {
    if (!kFirst[static_cast<unsigned char>(f[i])] || !IsWordStart(f, i)) continue;
    char first = f[i] == 'y' ? 'i' : f[i];
    for (const auto& word : words) {
      if (word.key[0] != first) continue;
      auto end = MatchKeyAt(f, i, pos, word.key);
      if (!end) continue;
      if (Overlaps(mentions, i, *end)) break;
      std::string before = WordBefore(f, i, floor);
      if (before == "theo" || before == "duoc" || before == "cac" || before == "nhung") break;
      Keyword found{i, *end, word.relation};
      // "sửa đổi, bổ sung": adjacent governing words are one.
      while (auto earlier = KeywordEndingAt(f, floor, found.begin, words)) found.begin = *earlier;
      // The whole run may be one longer phrase with a meaning of its own:
      // "hướng dẫn thực hiện" guides, though "thực hiện" implements.
      for (const auto& whole : words) {
        auto whole_end = MatchKeyAt(f, found.begin, found.end, whole.key);
        if (whole_end && *whole_end == found.end) {
          found.relation = whole.relation;
          break;
        }
      }
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

// True when the governing word after a mention is that mention's own: its
// action ("Nghị định 107/2021/NĐ-CP sửa đổi", "Thông tư 105 hướng dẫn ...
// và thay thế") or part of its title ("Kết luận 01-KL/TW về tiếp tục thực
// hiện", "Hướng dẫn 45-HD/BTGTW về sơ kết 3 năm thực hiện"). `gap` runs
// from the mention's end to the word.
bool BelongsToMention(std::string_view gap) {
  static const RE2 filler(
      R"(^(?:[\s,"'(]|\bve\b|\bviec\b|\bda\b|\bduoc\b|\bnham\b|\bcung\b|\btiep\b|\btuc\b)*$)");
  static const RE2 title_or_predicate(
      R"(^[\s,"'(]*(?:ve\b|quy\s+dinh\b|huong\s+dan\b|sua\s+doi\b|ban\s+hanh\b|co\s+hieu\s+luc\b|thay\s+the\b))");
  re2::StringPiece g(gap.data(), gap.size());
  if (RE2::FullMatch(g, filler)) return true;
  if (gap.find_first_of(";:") != std::string_view::npos) return false;
  for (std::size_t i = 0; i + 1 < gap.size(); ++i)
    if (gap[i] == '.' && IsFoldedSpace(gap[i + 1])) return false;
  if (!RE2::PartialMatch(g, title_or_predicate)) return false;
  // A title ("về ...") ends at a comma; what follows is a new predicate of
  // the citing document: "Kế hoạch 11/KH-S ... về công tác dân vận, triển
  // khai Công văn ...".
  std::size_t first = gap.find_first_not_of(" \t\n,\"'(");
  return !(gap.substr(first).starts_with("ve ") && gap.find(',', first) != std::string_view::npos);
}

// For an item of a list ("Căn cứ:\n- Luật ...;\n- Nghị định ..."), the line
// that introduces the list, when it ends with ":". Returns its folded range.
std::optional<FoldedSpan> ListLeadIn(std::string_view f, std::size_t item_start) {
  if (!IsListItemStart(f.substr(item_start, 8))) return std::nullopt;
  std::size_t line_end = item_start;
  for (int lines = 0; lines < 40 && line_end > 0; ++lines) {
    std::size_t prev_end = line_end - 1;  // the '\n' before this line
    std::size_t prev_start = f.rfind('\n', prev_end == 0 ? 0 : prev_end - 1);
    prev_start = prev_start == std::string_view::npos ? 0 : prev_start + 1;
    std::string_view line = f.substr(prev_start, prev_end - prev_start);
    std::size_t last = line.find_last_not_of(" \t");
    if (last == std::string_view::npos) {
      line_end = prev_start;
      continue;
    }
    // "Căn cứ:" or a heading "2. Căn cứ pháp lý" introduces the list.
    if (line[last] == ':') return FoldedSpan{prev_start, prev_start + last};
    static const RE2 heading(R"(^[\s\-+|(]*(?:[0-9ivx]+[.)]\s*)?can\s+cu\b)");
    if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), heading))
      return FoldedSpan{prev_start, prev_start + last + 1};
    if (!IsListItemStart(line)) return std::nullopt;
    line_end = prev_start;
  }
  return std::nullopt;
}

// What the clause after a mention says is done to it: "Nghị định số
// 04/2015/NĐ-CP ... tiếp tục được thực hiện nghiêm túc" (implements),
// "Quyết định số 12/2015/QĐ-UBND ... hết hiệu lực kể từ ngày Quyết định này
// có hiệu lực" (repeals).
std::optional<Relation> RelationAfter(std::string_view f, std::size_t end) {
  static const RE2 passive(
      R"(^[^;.:\n]{0,40}?\bduoc\s+(?:[a-z]+\s+){0,2}?(?:thuc hien|trien khai|thi hanh|cu the hoa)\b)");
  static const RE2 expires(R"(^[^;.:\n]{0,60}?\bhet\s+hieu\s+luc\b)");
  std::string_view rest = f.substr(end, 120);
  re2::StringPiece r(rest.data(), rest.size());
  if (RE2::PartialMatch(r, passive)) return Relation::kImplements;
  if (RE2::PartialMatch(r, expires)) return Relation::kRepeals;
  return std::nullopt;
}

bool NewClauseBetween(const FoldedText& text, std::size_t begin, std::size_t end) {
  std::string_view f = text.folded();
  for (std::size_t i = begin; i < end; ++i) {
    if (f[i] != ',') continue;
    std::size_t j = i + 1;
    while (j < end && IsFoldedSpace(f[j])) ++j;
    if (j < end && std::isalpha(static_cast<unsigned char>(f[j])) &&
        StartsUpper(text.OriginalSlice(j, j + 1)))
      return true;
  }
  return false;
}

Relation RelationOfKeyword(const FoldedText& text, const std::vector<FoldedSpan>& mentions,
                           std::size_t index, std::size_t start, const Keyword& keyword,
                           bool list_item) {
  std::string_view f = text.folded();
  const FoldedSpan& m = mentions[index];
  // A mention between the governing word and this one took the word for
  // itself; this one only continues that mention's title. Items of a list
  // under one lead-in line are parallel instead.
  if (!list_item) {
    std::size_t j = FirstEndingAfter(mentions, keyword.end);
    if (j < index && mentions[j].begin >= keyword.end) return Relation::kCites;
  }
  std::string_view between = f.substr(keyword.end, m.begin - keyword.end);
  if (list_item) between = f.substr(start, 0);
  // "Sở đã ban hành Kế hoạch ...": issuing a document is not implementing
  // it; but "ban hành kèm theo Quyết định" names what the decision carries.
  static const RE2 attached_re(R"(kem\s+theo\s+$)");
  bool attached = RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), attached_re);
  if (!attached && between.find("ban hanh") != std::string_view::npos) return Relation::kCites;
  // "Căn cứ" makes a legal basis when it opens the clause ("Căn cứ Luật
  // ..."); "phải căn cứ vào ..." in the middle of one is an instruction.
  if (keyword.relation == Relation::kBasis) {
    std::string_view lead = f.substr(start, keyword.begin - start);
    static const RE2 opening(R"(^[\s\-+|(]*(?:[0-9ivx]+[.)]\s*)?$)");
    if (!RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), opening))
      return Relation::kCites;
  }
  // "Thực hiện nhiệm vụ năm 2020, Sở Nội vụ báo cáo ... theo Kế hoạch":
  // a comma before a new subject (a capital) ends what the word governs.
  if (!list_item && NewClauseBetween(text, keyword.end, m.begin)) return Relation::kCites;
  bool direct = keyword.relation != Relation::kBasis && keyword.relation != Relation::kImplements;
  if (direct && !attached && WordCount(between) > kMaxWordsAfterDirectVerb) return Relation::kCites;
  // Whose word is it? A mention right before it is the one acting:
  // "Nghị định 107/2021/NĐ-CP sửa đổi ...".
  for (std::size_t j = index; j-- > 0;) {
    if (mentions[j].end > keyword.begin) continue;
    if (mentions[j].end <= start) break;
    if (BelongsToMention(f.substr(mentions[j].end, keyword.begin - mentions[j].end)))
      return Relation::kCites;
    break;
  }
  std::size_t lead_begin = std::max(start, keyword.begin > 48 ? keyword.begin - 48 : 0);
  std::string_view lead = f.substr(lead_begin, keyword.begin - lead_begin);
  // "dự thảo Nghị định sửa đổi ...": a draft is the actor; "tham mưu bãi
  // bỏ", "đề nghị sửa đổi": proposing is not doing.
  static const RE2 not_own(
      R"((?:du\s+thao\s+[a-z \n]{0,25}|tham\s+muu\s+|de\s+nghi\s+|kien\s+nghi\s+|de\s+xuat\s+)$)");
  if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), not_own))
    return Relation::kCites;
  return keyword.relation;
}

Relation Classify(const FoldedText& text, const std::vector<FoldedSpan>& mentions,
                  std::size_t index, const std::vector<Relation>& done) {
  std::string_view f = text.folded();
  const FoldedSpan& m = mentions[index];
  std::size_t start = SentenceStart(text, m.begin);
  if (index > 0 && mentions[index - 1].end > start && mentions[index - 1].end <= m.begin &&
      IsListGap(f.substr(mentions[index - 1].end, m.begin - mentions[index - 1].end))) {
    // "Quyết định 89 ... triển khai Nghị quyết 01 ... và Quyết định 90": an
    // item joins the earlier item of its own kind, not the title between.
    for (std::size_t j = index - 1; j-- > 0 && mentions[j].end > start;)
      if (mentions[j].kind == m.kind && mentions[index - 1].kind != m.kind) return done[j];
    return done[index - 1];
  }
  std::size_t floor =
      std::max(start, m.begin > kMaxKeywordDistance ? m.begin - kMaxKeywordDistance : 0);
  if (auto keyword = NearestKeyword(f, floor, m.begin, mentions))
    return RelationOfKeyword(text, mentions, index, start, *keyword, false);
  if (auto lead_in = ListLeadIn(f, start)) {
    if (auto keyword = NearestKeyword(f, lead_in->begin, lead_in->end, mentions))
      return RelationOfKeyword(text, mentions, index, lead_in->begin, *keyword, true);
  }
  return RelationAfter(f, m.end).value_or(Relation::kCites);
}

}  // namespace

bool IsListGap(std::string_view gap) {
  // "; ", ", ", " và ", " hoặc các ", " (", or an item's title followed by
  // one of these: "Chỉ thị ... về “...”; Kết luận ...", "... Hồ Chí Minh và
  // Quy định ...", "..., nhất là Quy định ...".
  static const RE2 joined(
      R"((?:^|[;,(]|\bva|\bhoac|\bcung nhu|\bnhat la|\bdac biet la|\btrong do co)[ \t\n]*(?:cac[ \t\n]+)?$)");
  if (gap.size() > 400) return false;
  for (std::size_t i = 0; i + 1 < gap.size(); ++i)
    if ((gap[i] == '.' || gap[i] == ':') && (gap[i + 1] == ' ' || gap[i + 1] == '\n')) return false;
  // The joining words end the gap; the pattern needs only its tail.
  std::string_view tail = gap.size() > 40 ? gap.substr(gap.size() - 40) : gap;
  if (tail.size() < gap.size()) {
    std::size_t cut = tail.find_first_of(" \t\n;,(");  // start the tail on a word boundary
    if (cut == std::string_view::npos) return false;
    tail.remove_prefix(cut);
  }
  return RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), joined);
}

std::vector<Relation> ClassifyRelations(const FoldedText& text,
                                        const std::vector<FoldedSpan>& mentions) {
  std::vector<Relation> relations;
  relations.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i)
    relations.push_back(Classify(text, mentions, i, relations));
  return relations;
}

}  // namespace lexgraph
