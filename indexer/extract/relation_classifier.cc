#include "relation_classifier.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "authority_identity.h"
#include "knowledge.h"
#include "lexgraph/body_names.h"
#include "mention_phrases.h"
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

// The governing words (indices into Knowledge::relation_words(), longest
// first) whose first word is the word at `i`; null when none is.
const std::vector<std::size_t>* KeysOpeningWith(std::string_view f, std::size_t i,
                                                std::size_t limit) {
  static const std::vector<std::pair<std::string, std::vector<std::size_t>>> kByFirstWord = [] {
    std::vector<std::pair<std::string, std::vector<std::size_t>>> by_first;
    const auto& all = Knowledge::Get().relation_words();
    for (std::size_t k = 0; k < all.size(); ++k) {
      std::string first = all[k].key.substr(0, all[k].key.find(' '));
      auto it = std::find_if(by_first.begin(), by_first.end(),
                             [&](const auto& e) { return e.first == first; });
      if (it == by_first.end()) it = by_first.insert(by_first.end(), {first, {}});
      it->second.push_back(k);
    }
    return by_first;
  }();
  char first_word[12];
  std::size_t n = 0;
  for (std::size_t j = i; j < limit && std::isalnum(static_cast<unsigned char>(f[j])); ++j) {
    if (n == sizeof first_word) return nullptr;  // longer than any
    first_word[n++] = f[j] == 'y' ? 'i' : f[j];
  }
  std::string_view head(first_word, n);
  for (const auto& [word, keys] : kByFirstWord)
    if (word == head) return &keys;
  return nullptr;
}

// A line that opens with a governing word in capitals ("Thực hiện Chỉ
// thị...", "Căn cứ Luật...") opens a clause, even where the line before has
// no full stop: a title above it, or text whose blank lines a PDF or a
// scan lost. Within a sentence these words are small; in a heading, all
// capitals.
std::optional<Relation> OpensWithGoverningWord(const FoldedText& text, std::size_t begin,
                                               std::size_t limit) {
  std::string_view f = text.folded();
  if (begin >= limit || !StartsUpper(text.OriginalSlice(begin, begin + 1))) return std::nullopt;
  // A line in capitals goes on with the heading above it: "HƯỚNG DẪN /
  // THỰC HIỆN KẾT LUẬN..." is one title, which guides.
  std::size_t word_end = begin;
  while (word_end < limit && std::isalnum(static_cast<unsigned char>(f[word_end]))) ++word_end;
  if (word_end - begin > 1 && IsAllUpper(text.OriginalSlice(begin, word_end))) return std::nullopt;
  const auto& words = Knowledge::Get().relation_words();
  if (const auto* keys = KeysOpeningWith(f, begin, limit))
    for (std::size_t k : *keys)
      if (MatchKeyAt(f, begin, limit, words[k].key)) return words[k].relation;
  return std::nullopt;
}

// True when the '.' at `dot` closes a list marker that opens its line:
// "1.", "2.1.", "a.", "IV.".
bool IsMarkerDot(std::string_view f, std::size_t dot, std::size_t floor) {
  std::size_t b = dot;
  while (b > floor && f[b - 1] != '\n') --b;
  std::size_t e = b;
  while (e < dot && (f[e] == ' ' || f[e] == '\t')) ++e;
  if (e == dot || dot - e > 6) return false;
  for (std::size_t i = e; i < dot; ++i)
    if (!std::isalnum(static_cast<unsigned char>(f[i])) && f[i] != '.') return false;
  // Letters: a single one ("a.") or a Roman numeral ("iv.").
  bool digits = std::isdigit(static_cast<unsigned char>(f[e])) != 0;
  if (digits) return true;
  if (dot - e == 1) return true;
  return f.substr(e, dot - e).find_first_not_of("ivxl") == std::string_view::npos;
}

// Whether the line that ends at `end` opens with an article's heading
// ("Điều 3. Sửa đổi, bổ sung Nghị quyết ..."), which is a line of its own.
bool IsArticleHeadingLine(std::string_view f, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && f[begin - 1] != '\n') --begin;
  static const RE2 heading(R"(^[ \t*#]*dieu\s+\d+[a-z]?\s*[.:])");
  return RE2::PartialMatch(re2::StringPiece(f.data() + begin, end - begin), heading);
}

// Whether one of `mentions` (sorted) ends at `end`, spaces aside.
bool MentionEndsAt(const std::vector<FoldedSpan>& mentions, std::string_view f, std::size_t end) {
  while (end > 0 && IsFoldedSpace(f[end - 1])) --end;
  std::size_t i = FirstEndingAfter(mentions, end > 0 ? end - 1 : 0);
  return i < mentions.size() && mentions[i].end == end;
}

// Start of the sentence or list item that contains folded offset `pos`.
std::size_t SentenceStart(const FoldedText& text, std::size_t pos,
                          const std::vector<FoldedSpan>& mentions) {
  std::string_view f = text.folded();
  std::size_t floor = pos > kMaxSentence ? pos - kMaxSentence : 0;
  for (std::size_t i = pos; i > floor; --i) {
    char c = f[i - 1];
    char next = i < f.size() ? f[i] : ' ';
    if ((c == '.' || c == '!' || c == '?') && IsFoldedSpace(next)) {
      // The dot of a list marker at a line start ("1. ", "2.1. ", "II. ")
      // ends no sentence: the line start is the item's.
      if (c == '.' && IsMarkerDot(f, i - 1, floor)) continue;
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
    // (A mention that opens the line goes on with the line before: text
    // wrapped at a fixed width.)
    if ((!rest.empty() && rest[0] == '\n') || IsListItemStart(rest) || rest.starts_with("can cu"))
      return i;
    // An amending word in capitals right after a mention that ends the line
    // before is that document's title wrapped there ("Quyết định số 24/2019/
    // QĐ-UBND ngày ... của UBND thành phố Đà Nẵng" / "Sửa đổi, bổ sung một
    // số điều ..."), not a new clause; but an article's heading is a line of
    // its own. ("Thực hiện", "Căn cứ" open sentences, not titles.)
    if (std::optional<Relation> opening = OpensWithGoverningWord(text, j, pos)) {
      bool amending = *opening == Relation::kAmends || *opening == Relation::kReplaces ||
                      *opening == Relation::kRepeals;
      if (!amending || !MentionEndsAt(mentions, f, i - 1) || IsArticleHeadingLine(f, i - 1))
        return i;
    }
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
  // "sửa đổi, bổ sung hoặc thay thế", "quán triệt và thực hiện".
  for (std::string_view joiner : {std::string_view("va"), std::string_view("hoac")}) {
    if (end - floor > joiner.size() && f.substr(end - joiner.size(), joiner.size()) == joiner &&
        IsWordStart(f, end - joiner.size())) {
      end -= joiner.size();
      while (end > floor && (IsFoldedSpace(f[end - 1]) || f[end - 1] == ',')) --end;
      break;
    }
  }
  for (std::size_t i = end; i-- > floor && end - i < 30;) {
    if (!IsWordStart(f, i)) continue;
    if (const auto* keys = KeysOpeningWith(f, i, end))
      for (std::size_t k : *keys) {
        auto e = MatchKeyAt(f, i, end, words[k].key);
        if (e && *e == end) return i;
      }
  }
  return std::nullopt;
}

// The word before `pos` and the one before it, for telling a governing
// word from a noun: "văn bản hướng dẫn", "Luật sửa đổi, bổ sung ...".
std::string TwoWordsBefore(std::string_view f, std::size_t pos, std::size_t floor) {
  std::string last = WordBefore(f, pos, floor);
  if (last.empty()) return last;
  std::size_t b = pos;
  while (b > floor && IsFoldedSpace(f[b - 1])) --b;
  b -= std::min(b - floor, last.size());
  std::string prev = WordBefore(f, b, floor);
  return prev.empty() ? last : prev + " " + last;
}

// The nearest governing word before `pos`, skipping those that are not the
// citing document's ("theo hướng dẫn tại", "được hướng dẫn") and those that
// are nouns ("các văn bản hướng dẫn thi hành", the title "Luật sửa đổi, bổ
// sung ..." of a law).
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
    // Then the first word: only the governing words that open with it.
    const std::vector<std::size_t>* candidates = KeysOpeningWith(f, i, pos);
    if (!candidates) continue;
    for (std::size_t k : *candidates) {
      const auto& word = words[k];
      auto end = MatchKeyAt(f, i, pos, word.key);
      if (!end) continue;
      if (Overlaps(mentions, i, *end)) break;
      Keyword found{i, *end, word.relation};
      // "sửa đổi, bổ sung": adjacent governing words are one.
      while (auto earlier = KeywordEndingAt(f, floor, found.begin, words)) found.begin = *earlier;
      // Not the citing document's ("theo hướng dẫn", "được thực hiện"), or a
      // noun rather than a verb ("các văn bản hướng dẫn thi hành", "Luật
      // sửa đổi, bổ sung ...", "có hiệu lực thi hành"): look further back.
      std::string before = WordBefore(f, found.begin, floor);
      std::string two = TwoWordsBefore(f, found.begin, floor);
      if (before == "theo" || before == "duoc" || before == "cac" || before == "nhung" ||
          two.ends_with("van ban") || before == "luat" || two == "phap lenh" || two == "hieu luc") {
        i = found.begin;
        break;
      }
      // The whole run may be one longer phrase with a meaning of its own:
      // "hướng dẫn thực hiện" guides, though "thực hiện" implements.
      bool whole_found = false;
      for (const auto& whole : words) {
        auto whole_end = MatchKeyAt(f, found.begin, found.end, whole.key);
        if (whole_end && *whole_end == found.end) {
          found.relation = whole.relation;
          whole_found = true;
          break;
        }
      }
      // Else the first word of the run governs the rest: "hướng dẫn triển
      // khai, quán triệt" guides; "sửa đổi, bổ sung và bãi bỏ" amends.
      if (!whole_found && found.begin < i)
        for (const auto& head : words)
          if (MatchKeyAt(f, found.begin, found.end, head.key)) {
            found.relation = head.relation;
            break;
          }
      // "hướng dẫn học tập, quán triệt Nghị quyết", "hướng dẫn các đơn vị
      // thực hiện Nghị định": guiding the acts that carry a document out,
      // or those who carry it out, is guiding it.
      if (found.relation == Relation::kImplements) {
        static const RE2 guided(
            R"((?:^|[^a-z])huong\s+dan\s+(?:(?:(?:hoc\s+tap|tuyen\s+truyen|pho\s+bien|nghien\s+cuu|to\s+chuc)\s*(?:,|va)?\s*)+|(?:cac|nhung)\s+[a-z ,]{0,40}?)$)");
        std::size_t b = found.begin > floor + 60 ? found.begin - 60 : floor;
        std::string_view lead = f.substr(b, found.begin - b);
        re2::StringPiece guidance;
        static const RE2 guided_tail(R"(((?:^|[^a-z])huong\s+dan\s+.*)$)");
        if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), guided) &&
            lead.find("theo huong dan") == std::string_view::npos &&
            RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), guided_tail, &guidance)) {
          // Not when those guided make something of their own first: "hướng
          // dẫn các xã xây dựng kế hoạch thực hiện Nghị quyết".
          std::string_view g(guidance.data(), guidance.size());
          if (g.find("xay dung") == std::string_view::npos &&
              g.find("ke hoach") == std::string_view::npos &&
              g.find("ban hanh") == std::string_view::npos)
            found.relation = Relation::kGuides;
        }
      }
      return found;
    }
  }
  return std::nullopt;
}

// True when the governing word after a mention is that mention's own: its
// action ("Nghị định 107/2021/NĐ-CP sửa đổi", "Thông tư 105 hướng dẫn ...
// và thay thế") or part of its title ("Kết luận 01-KL/TW về tiếp tục thực
// hiện", "Hướng dẫn 45-HD/BTGTW về sơ kết 3 năm thực hiện"). `gap` runs
// from the mention's end to the word.
bool BelongsToMention(std::string_view gap) {
  static const RE2 filler(
      R"(^(?:[\s,"'(]|\bve\b|\bviec\b|\bda\b|\bduoc\b|\bnham\b|\bcung\b|\btiep\b|\btuc\b)*$)");
  // (An issuer the mention's span left out may come first: "Quyết định số
  // 35/2025/QĐ-TTgcủa Thủ tướng Chính phủ sửa đổi ...".)
  static const RE2 title_or_predicate(
      R"(^[\s,"'(]*(?:\S*?cua\s+(?:[a-z]+\s+){1,6}?)?(?:ve\b|quy\s+dinh\b|huong\s+dan\b|sua\s+doi\b|ban\s+hanh\b|co\s+hieu\s+luc\b|thay\s+the\b|bai\s+bo\b|thuc\s+hien\b|trien\s+khai\b|phe\s+duyet\b|dieu\s+chinh\b))");
  re2::StringPiece g(gap.data(), gap.size());
  if (RE2::FullMatch(g, filler)) return true;
  // The issuer, where the span left it out: "... 35/2025/QĐ-TTgcủa Thủ
  // tướng Chính phủ sửa đổi".
  static const RE2 issuer_only(R"(^[\s,]*\S*?cua(?:\s+[a-z]+){1,8}\s*$)");
  if (RE2::FullMatch(g, issuer_only)) return true;
  // One or two words right after the mention are its predicate ("Quyết
  // định 89 ... triển. khai thực hiện", OCR noise and all); after "và" or a
  // comma they begin the citing document's next act ("Bãi bỏ Quyết định
  // 15 và thay thế Quyết định 22").
  static const RE2 short_predicate(R"(^\s*[a-z]+(?:[.]?\s+[a-z]+)?\s*$)");
  static const RE2 coordinating(R"(^\s*(?:va|hoac|roi|dong\s+thoi)\b)");
  if (RE2::FullMatch(g, short_predicate) && !RE2::PartialMatch(g, coordinating)) return true;
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

// True when the words right after a mention (its span ends after "ngày ...
// của <body>") open a title that is a predicate: "Quyết định số
// 08/2023/QĐ-UBND ngày ... của UBND thành phố Sửa đổi, bổ sung ...", "...
// về việc bãi bỏ ...", "Nghị định 118/2021/NĐ-CP quy định chi tiết ...".
// Such a title runs to the end of its sentence or list item, and a verb
// coordinated inside it ("... và bãi bỏ một phần Quyết định số 24") is the
// titled document's, like its first verb. A title "về <a noun>" takes no
// verb of its own: a verb after "và" there is the citing document's again.
bool OpensPredicateTitle(std::string_view f, std::size_t end) {
  static const RE2 predicate(
      R"(^[\s"'(]*(?:ve\s+viec\s+)?(?:sua\s+doi|bo\s+sung|quy\s+dinh|huong\s+dan|ban\s+hanh|phe\s+duyet|bai\s+bo|huy\s+bo|thay\s+the|dieu\s+chinh|dinh\s+chinh)\b)");
  std::string_view rest = f.substr(end, 48);
  return RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), predicate);
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
    // "Căn cứ:" or a heading "2. Căn cứ pháp lý" introduces the list, and
    // so does "Điều 2. Bãi bỏ các Quyết định sau đây" without its colon.
    if (line[last] == ':') return FoldedSpan{prev_start, prev_start + last};
    // (Only a line that opens with its governing word: "Sở đã thực hiện
    // các nội dung sau" above "1. Quyết định ... được rà soát" leads no
    // list of objects.)
    static const RE2 following(R"(\b(?:sau|sau\s+day|nhu\s+sau)\s*$)");
    if (RE2::PartialMatch(re2::StringPiece(line.data(), last + 1), following)) {
      std::size_t w = line.find_first_not_of(" \t-+|(");
      static const RE2 article(R"(^dieu\s+\d+\s*[.:]?\s*)");
      re2::StringPiece rest(line.data() + w, last + 1 - w);
      RE2::Consume(&rest, article);
      std::size_t at = prev_start + static_cast<std::size_t>(rest.data() - line.data());
      if (KeysOpeningWith(f, at, prev_start + last + 1))
        return FoldedSpan{prev_start, prev_start + last + 1};
    }
    static const RE2 heading(R"(^[\s\-+|(]*(?:[0-9ivx]+[.)]\s*)?can\s+cu\b)");
    if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), heading))
      return FoldedSpan{prev_start, prev_start + last + 1};
    if (!IsListItemStart(line)) {
      // A line that an item wrapped onto ("1. Quyết định số 12 ... của UBND
      // tỉnh\nvề việc ban hành Quy chế;") goes on with it; a sentence that
      // ends, or a heading ("II. NỘI DUNG", "Điều 2."), ends the list.
      static const RE2 section(R"(^[\s\-+|(]*(?:[ivxl]+[.)]|dieu\s+\d|chuong\s|muc\s+\d|phan\s))");
      if (line[last] == '.' ||
          RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), section))
        return std::nullopt;
    }
    line_end = prev_start;
  }
  return std::nullopt;
}

// True when a document's name starts at `pos` ("Luật An ninh mạng", "Chỉ
// thị số ..."): after a comma, an item of a list rather than a new subject.
bool StartsDocumentName(std::string_view f, std::size_t pos, std::size_t limit) {
  for (const auto& spelling : Knowledge::Get().type_spellings())
    if (MatchKeyAt(f, pos, limit, spelling.key)) return true;
  return false;
}

// True when a comma between `begin` and `end` is followed by a new subject
// (a capital that starts no document's name).
bool NewClauseBetween(const FoldedText& text, std::size_t begin, std::size_t end) {
  std::string_view f = text.folded();
  for (std::size_t i = begin; i < end; ++i) {
    if (f[i] != ',') continue;
    std::size_t j = i + 1;
    while (j < end && IsFoldedSpace(f[j])) ++j;
    if (j < end && std::isalpha(static_cast<unsigned char>(f[j])) &&
        StartsUpper(text.OriginalSlice(j, j + 1)) && !StartsDocumentName(f, j, end))
      return true;
  }
  return false;
}

// What the clause after a mention says is done to it, when the mention
// heads its clause ("Nghị định số 04/2015/NĐ-CP ... tiếp tục được thực hiện
// nghiêm túc": implements; "Quyết định số 12/2015/QĐ-UBND ... hết hiệu lực
// kể từ ngày Quyết định này có hiệu lực": repeals). A mention inside a
// longer subject ("Công tác tuyên truyền Luật ... được triển khai") is not
// what is done.
std::optional<Relation> RelationAfter(std::string_view f, std::size_t start, std::size_t begin,
                                      std::size_t end) {
  static const RE2 subject_head(R"(^[\s\-+|(*]*(?:[0-9a-z]{1,4}[.)]\s*)?(?:cac\s+)?$)");
  std::string_view lead = f.substr(start, begin - start);
  if (!RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), subject_head))
    return std::nullopt;
  static const RE2 passive(
      R"(^[^;.:\n]{0,160}?\bduoc\s+(?:[a-z]+\s+){0,4}?(?:thuc hien|trien khai|thi hanh|cu the hoa|quan triet)\b)");
  static const RE2 expires(R"(^[^;.:\n]{0,80}?\bhet\s+hieu\s+luc\b)");
  std::string_view rest = f.substr(end, 200);
  re2::StringPiece r(rest.data(), rest.size());
  if (RE2::PartialMatch(r, expires)) return Relation::kRepeals;
  if (RE2::PartialMatch(r, passive)) return Relation::kImplements;
  // "Quyết định số 12/2016/QĐ-UBND được thay thế bằng Quyết định này": the
  // passive of a direct act, done by the citing document ("... này"), not
  // by another ("đã được sửa đổi tại Nghị định số ...").
  static const RE2 passive_direct(
      R"(^[^;.:\n]{0,120}?\b(?:duoc|bi)\s+(bai\s+bo|huy\s+bo|thay\s+the|sua\s+doi)\b[^;.:\n]{0,60}?\b(?:quyet\s+dinh|nghi\s+quyet|thong\s+tu|chi\s+thi|van\s+ban|ke\s+hoach|huong\s+dan)\s+nay\b)");
  std::string verb;
  if (RE2::PartialMatch(r, passive_direct, &verb)) {
    if (verb.starts_with("thay")) return Relation::kReplaces;
    if (verb.starts_with("sua")) return Relation::kAmends;
    return Relation::kRepeals;
  }
  return std::nullopt;
}

// True when original bytes [begin, end) leave a quotation open: an opening
// “ after the last closing ”, or an odd number of straight quotes.
bool LeavesQuoteOpen(const FoldedText& text, std::size_t begin, std::size_t end) {
  // Every quotation mark folds to '"': most clauses have none.
  if (text.folded().substr(begin, end - begin).find('"') == std::string_view::npos) return false;
  std::string_view original = text.OriginalSlice(begin, end);
  std::size_t open = original.rfind("\u201c"), close = original.rfind("\u201d");
  if (open != std::string_view::npos && (close == std::string_view::npos || close < open))
    return true;
  return std::count(original.begin(), original.end(), '"') % 2 == 1;
}

// Does the governing word reach the mention as its object, or is the
// mention an adjunct of an activity the word governs? `path` is the folded
// text from the end of the word to the mention.
//  - "Thực hiện nghiêm Chỉ thị", "triển khai có hiệu quả các Kế hoạch":
//    the object, after adverbs and determiners.
//  - "thực hiện ký số theo Quyết định 28", "thực hiện theo quy định tại
//    Thông tư 80", "xử phạt theo ... Nghị định": an adjunct (theo, tại,
//    kèm theo) of an activity.
//  - "triển khai các nhiệm vụ được giao tại Quyết định 06", "thực hiện kết
//    luận tại Thông báo 12-TB/TU": the object is the document's content.
//  - amends, replaces, repeals, guides act on the document or a part of it
//    ("sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo ...").
bool ReachesAsObject(std::string_view path, Relation relation, bool content_word) {
  const Knowledge& k = Knowledge::Get();
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < path.size() && (IsFoldedSpace(path[i]) || path[i] == ',' || path[i] == '(' ||
                               path[i] == '"' || path[i] == ':'))
      ++i;
  };
  auto match_any = [&](const std::vector<std::string>& keys) -> bool {
    for (const std::string& key : keys)
      if (auto e = MatchKeyAt(path, i, path.size(), key)) {
        i = *e;
        return true;
      }
    return false;
  };
  auto at_word = [&](std::string_view w) {
    return MatchKeyAt(path, i, path.size(), w).has_value();
  };
  skip_space();
  while (i < path.size() && match_any(k.object_modifiers())) skip_space();
  if (i >= path.size()) return true;  // the object itself
  // A type word the mention's span left out: "triển khai Công văn hướng
  // dẫn số 356/SNV" (the span starts at "hướng dẫn").
  if (path.size() - i <= 40)
    for (const auto& spelling : k.type_spellings())
      if (auto e = MatchKeyAt(path, i, path.size(), spelling.key)) {
        std::size_t j = *e;
        while (j < path.size() && IsFoldedSpace(path[j])) ++j;
        if (j == path.size()) return true;
      }
  // (Guiding is read like implementing: "hướng dẫn ... thực hiện theo
  // quy định tại X" guides nothing of X.)
  bool direct = relation == Relation::kAmends || relation == Relation::kReplaces ||
                relation == Relation::kRepeals;
  if (direct) {
    // The part of the document meant, and little else.
    int others = 0;
    while (i < path.size()) {
      skip_space();
      if (i >= path.size()) break;
      if (match_any(k.part_words()) || match_any(k.object_modifiers()) ||
          match_any(k.content_nouns()))
        continue;
      std::size_t b = i;
      while (i < path.size() && std::isalnum(static_cast<unsigned char>(path[i]))) ++i;
      if (i == b) {
        ++i;  // punctuation
        continue;
      }
      std::string_view w = path.substr(b, i - b);
      // Numbers, Roman numerals and letters of a part: "Điều 5", "Phụ lục II", "điểm a".
      bool numbering = std::isdigit(static_cast<unsigned char>(w[0])) || w.size() == 1 ||
                       w.find_first_not_of("ivxl") == std::string_view::npos;
      if (!numbering) ++others;
    }
    return others <= 3;
  }
  if (relation == Relation::kBasis) return true;
  // implements. "Thi hành Quyết định này và Quyết định số 12": the citing
  // document itself opens the list.
  static const RE2 self(R"(^(?:[a-z]+\s+){1,3}?nay\s*(?:,|va)\s*$)");
  std::string_view head = path.substr(i);
  if (RE2::FullMatch(re2::StringPiece(head.data(), head.size()), self)) return true;
  // "triển khai tuyên truyền Luật ...": the activity's own object.
  {
    std::size_t save = i;
    bool activity = match_any(k.activity_verbs());
    i = save;
    if (activity) return false;
  }
  // Else the word's object is what heads the path: the document's content
  // ("các nhiệm vụ ...", "tinh thần"), or something else, after which the
  // mention belongs to another verb ("Việc triển khai công tác văn thư
  // tuân thủ Nghị định ...").
  bool led_by_content = content_word;
  {
    std::size_t save = i;
    led_by_content = led_by_content || match_any(k.content_nouns());
    i = save;
  }
  // Is there an adjunct preposition, and what heads the path?
  bool content = content_word && (at_word("cua") || at_word("tai") || at_word("trong"));
  // A content noun, or a list of them ("các nhiệm vụ, giải pháp"), with
  // at most a few words of its own before the preposition ("được giao",
  // "nêu", "đề ra") or the issuer after "của".
  if (!content && match_any(k.content_nouns())) {
    for (;;) {
      std::size_t save = i;
      skip_space();
      if (at_word("va")) i += 2, skip_space();
      if (!match_any(k.content_nouns()) && !match_any(k.object_modifiers())) {
        i = save;
        break;
      }
    }
    skip_space();
    static const RE2 own_words(
        R"(^(?:cua\b[^;]*|ve\b[^;.]{0,60}?|(?:[a-z]+\s+){0,4}?)(?:theo|tai|trong)(?:$|[^a-z0-9]))");
    std::string_view tail = path.substr(i);
    content = RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), own_words);
  }
  static const RE2 adjunct(R"((?:^|[^a-z0-9])(?:theo|tai)(?:$|[^a-z0-9]))");
  std::string_view rest = path.substr(i);
  bool preposition = RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), adjunct);
  if (!preposition) return led_by_content;
  return content;
}

// IsListGap over the folded text [begin, end), where a '.' before a small
// letter is OCR noise, not the end of a sentence ("của Chính phủ. về nhiệm
// vụ ... và Quyết định số 90").
bool IsListGapIn(const FoldedText& text, std::size_t begin, std::size_t end) {
  std::string_view gap = text.folded().substr(begin, end - begin);
  std::size_t dot = gap.find(". ");
  if (dot == std::string_view::npos || gap.size() > 400) return IsListGap(gap);
  std::string cleaned(gap);
  for (; dot != std::string_view::npos; dot = gap.find(". ", dot + 1)) {
    std::size_t j = dot + 1;
    while (j < gap.size() && IsFoldedSpace(gap[j])) ++j;
    if (j < gap.size() && std::islower(static_cast<unsigned char>(gap[j])) &&
        !StartsUpper(text.OriginalSlice(begin + j, begin + j + 1)))
      cleaned[dot] = ' ';
  }
  return IsListGap(cleaned);
}

// True when the governing words at folded offsets `a` and `b` open with
// the same word ("bãi bỏ" ... "bãi bỏ một phần").
bool SameHeadWord(std::string_view f, std::size_t a, std::size_t b) {
  if (a == std::string_view::npos || b == std::string_view::npos) return false;
  auto word = [&](std::size_t i) {
    std::size_t e = i;
    while (e < f.size() && std::isalnum(static_cast<unsigned char>(f[e]))) ++e;
    std::size_t e2 = e;
    while (e2 < f.size() && IsFoldedSpace(f[e2])) ++e2;
    while (e2 < f.size() && std::isalnum(static_cast<unsigned char>(f[e2]))) ++e2;
    return f.substr(i, e2 - i);
  };
  return word(a) == word(b);
}

// A body's key without the level its name ends with: "uy ban nhan dan
// tinh" (from "UBND tỉnh", no province named) -> "uy ban nhan dan".
std::string WithoutLevel(std::string body) {
  for (const Knowledge::Level& level : Knowledge::Get().levels())  // longest first
    if (body.size() > level.key.size() && body.ends_with(level.key) &&
        body[body.size() - level.key.size() - 1] == ' ') {
      body.resize(body.size() - level.key.size() - 1);
      break;
    }
  return body;
}

// True when `subject` names a body clearly not `issuer`, the citing
// document's: "Bộ Tài chính" in a letter of the Tổng cục Thuế. The same
// body written another way ("UBND tỉnh" for "Ủy ban nhân dân tỉnh Nghệ
// An", "Sở KH&CN" for "Sở Khoa học và Công nghệ"), or an organ or an
// office of it ("Ban Thường vụ Tỉnh ủy" for "Tỉnh ủy", "Giám đốc Sở Tư
// pháp" for "Sở Tư pháp"), is the issuer.
bool ClearlyAnotherBody(std::string_view subject, std::string_view issuer) {
  // A document names its issuer, and often the same subject, again and
  // again: the last answer is kept (per thread).
  thread_local std::string last_subject, last_issuer;
  thread_local bool last_answer = false;
  if (subject == last_subject && issuer == last_issuer) return last_answer;
  last_subject = subject;
  last_issuer = issuer;
  last_answer = false;
  BodyAndProvince s = SplitProvince(subject), o = SplitProvince(issuer);
  if (!s.province.empty() && !o.province.empty() && s.province != o.province)
    return last_answer = true;
  std::string a = WithoutLevel(s.body), b = WithoutLevel(o.body);
  if (a.empty() || b.empty()) return false;
  if (a == b) return false;
  // An organ or an office of the other body, named before it.
  static constexpr std::string_view kOfOrgan[] = {
      "ban thuong vu", "thuong truc",    "thuong vu",       "ban chap hanh",   "lanh dao",
      "giam doc",      "pho giam doc",   "chu tich",        "pho chu tich",    "bo truong",
      "thu truong",    "bi thu",         "pho bi thu",      "truong ban",      "pho truong ban",
      "cuc truong",    "pho cuc truong", "tong cuc truong", "chanh van phong", "tap the lanh dao"};
  for (const auto& [longer, shorter] : {std::pair{a, b}, std::pair{b, a}}) {
    if (longer.size() <= shorter.size() + 1 || !longer.ends_with(shorter) ||
        longer[longer.size() - shorter.size() - 1] != ' ')
      continue;
    std::string_view head(longer.data(), longer.size() - shorter.size() - 1);
    for (std::string_view organ : kOfOrgan)
      if (head == organ) return false;
  }
  last_answer = true;
  return true;
}

// True when `original` is written as the body's name `canonical` is, word
// by word capitalised alike: "Sở Xây dựng" names a department, "Sở xây
// dựng kế hoạch" says that the Sở builds a plan. A name written otherwise
// (abbreviated, all capitals) is taken as it is.
bool WrittenAsName(std::string_view original, std::string_view canonical) {
  std::vector<std::string_view> a, b;
  for (auto* words : {&a, &b}) {
    std::string_view s = words == &a ? original : canonical;
    for (std::size_t i = 0; i < s.size();) {
      while (i < s.size() && IsFoldedSpace(s[i])) ++i;
      std::size_t e = i;
      while (e < s.size() && !IsFoldedSpace(s[e])) ++e;
      if (e > i) words->push_back(s.substr(i, e - i));
      i = e;
    }
  }
  if (a.size() != b.size() || IsAllUpper(original)) return true;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (StartsUpper(a[i]) != StartsUpper(b[i])) return false;
  return true;
}

// "Thực hiện Nghị quyết số 60-NQ/TW ..., Bộ Tài chính đã ban hành ...": the
// subject of the clause after the mention (and its list) is who carries it
// out. True when that subject is a named body clearly not the citing
// document's issuer: the implementing is recounted, the mention only
// cited. A subject that is no named body ("Sở", "các đơn vị"), or an
// issuer not known, keeps the relation.
bool CarriedOutByAnother(const FoldedText& text, const std::vector<FoldedSpan>& mentions,
                         std::size_t index, std::string_view own_issuer) {
  if (own_issuer.empty()) return false;
  std::string_view f = text.folded();
  std::size_t limit = std::min(f.size(), mentions[index].end + 600);
  std::size_t next = index + 1;
  for (std::size_t i = mentions[index].end; i < limit; ++i) {
    // Commas inside later mentions of the list are theirs.
    while (next < mentions.size() && mentions[next].end <= i) ++next;
    if (next < mentions.size() && mentions[next].begin <= i) {
      i = mentions[next].end - 1;
      continue;
    }
    char c = f[i];
    if (c == ';' || c == ':' || c == '?' || c == '!') return false;
    if (c == '.' && i + 1 < f.size() && IsFoldedSpace(f[i + 1])) return false;
    if (c == '\n' && i + 1 < f.size() && f[i + 1] == '\n') return false;
    if (c != ',') continue;
    std::size_t j = i + 1;
    while (j < limit && IsFoldedSpace(f[j])) ++j;
    if (j >= limit || !std::isalpha(static_cast<unsigned char>(f[j])) ||
        !StartsUpper(text.OriginalSlice(j, j + 1)))
      continue;
    // The issuer itself, as its header writes it, needs no reading.
    thread_local std::string folded_issuer, folded_of;
    if (folded_of != own_issuer) {
      folded_of = own_issuer;
      folded_issuer = Fold(own_issuer);
    }
    if (!folded_issuer.empty() && f.substr(j).starts_with(folded_issuer) &&
        (j + folded_issuer.size() == f.size() ||
         !std::isalnum(static_cast<unsigned char>(f[j + folded_issuer.size()]))))
      return false;
    // A body names the subject; else a document's name goes on with the
    // list, and anything else opens a clause whose subject is not known.
    auto subject = ReadIssuerAt(text, j);
    if (!subject) {
      if (StartsDocumentName(f, j, limit)) continue;
      return false;
    }
    return WrittenAsName(text.OriginalSlice(subject->begin, subject->end), subject->value) &&
           ClearlyAnotherBody(subject->value, own_issuer);
  }
  return false;
}

Relation RelationOfKeyword(const FoldedText& text, const std::vector<FoldedSpan>& mentions,
                           std::size_t index, std::size_t start, const Keyword& keyword,
                           bool list_item, std::string_view own_issuer,
                           const std::vector<Relation>& done, std::vector<int>& owner,
                           std::vector<std::size_t>& governor) {
  std::string_view f = text.folded();
  const FoldedSpan& m = mentions[index];
  // A mention between the governing word and this one took the word for
  // itself; this one only continues that mention's title. Items of a list
  // under one lead-in line are parallel instead.
  if (!list_item) {
    std::size_t j = FirstEndingAfter(mentions, keyword.end);
    if (j < index && mentions[j].begin >= keyword.end) {
      owner[index] = static_cast<int>(j);
      return Relation::kCites;
    }
  }
  // A mention or a governing word inside a quotation: quoted, not done.
  if (LeavesQuoteOpen(text, start, m.begin)) return Relation::kCites;
  std::string_view between = f.substr(keyword.end, m.begin - keyword.end);
  if (list_item) between = f.substr(start, 0);
  // "Sở đã ban hành Kế hoạch ...": issuing a document is not implementing
  // it; but "ban hành kèm theo Quyết định" names what the decision carries.
  static const RE2 attached_re(R"(kem\s+theo\s+$)");
  bool attached = RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), attached_re);
  if (!attached && between.find("ban hanh") != std::string_view::npos) return Relation::kCites;
  // "Căn cứ" and "Trên cơ sở" make a legal basis when they open the clause
  // ("Căn cứ Luật ..."); "phải căn cứ vào ..." in the middle of one is an
  // instruction.
  if (keyword.relation == Relation::kBasis) {
    std::string_view lead = f.substr(start, keyword.begin - start);
    // (Also after "như sau:" on the same line: "... có ý kiến như sau: Căn
    // cứ khoản 3 Điều 8 Thông tư ...".)
    static const RE2 opening(R"(^(?:.*:\s+)?[\s\-+|(*]*(?:[0-9ivx]+[.)]\s*)?$)");
    if (!RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), opening))
      return Relation::kCites;
    // "Trên cơ sở Kế hoạch ..." grounds the document; "Trên cơ sở danh
    // sách ... tại Quyết định ..." grounds an act.
    static const RE2 bare(R"(^[\s,]*(?:cac\s+)?$)");
    if (f.substr(keyword.begin, 4) == "tren" &&
        !RE2::FullMatch(re2::StringPiece(f.data() + keyword.end, m.begin - keyword.end), bare))
      return Relation::kCites;
  }
  // "Thực hiện nhiệm vụ năm 2020, Sở Nội vụ báo cáo ... theo Kế hoạch":
  // a comma before a new subject (a capital) ends what the word governs.
  if (!list_item && NewClauseBetween(text, keyword.end, m.begin)) return Relation::kCites;
  bool content_word = f.substr(keyword.begin, 12).starts_with("theo");
  // "sửa đổi, bổ sung một số điều của Quy định <its title> ban hành kèm
  // theo Quyết định ...": the decision is amended through what it carries.
  bool direct = keyword.relation != Relation::kBasis && keyword.relation != Relation::kImplements;
  if (!(direct && attached) && !ReachesAsObject(between, keyword.relation, content_word))
    return Relation::kCites;
  // Whose word is it? A mention right before it is the one acting, or the
  // word is in its title: "Nghị định 107/2021/NĐ-CP sửa đổi ...", "Kết
  // luận 01-KL/TW về tiếp tục thực hiện ...". Unless the word repeats the
  // one that governs that mention's list, after "và", past a title "về
  // ..." that takes no verb: "Bãi bỏ Quyết định 12 ... về quản lý chợ và
  // bãi bỏ Quyết định 13".
  for (std::size_t j = index; j-- > 0;) {
    if (mentions[j].end > keyword.begin) continue;
    if (mentions[j].end <= start) break;
    std::string_view gap = f.substr(mentions[j].end, keyword.begin - mentions[j].end);
    // A mention inside a title that is a predicate, then "và" and a verb:
    // the title goes on ("Bãi bỏ Quyết định 15 ... Sửa đổi, bổ sung ...
    // kèm theo Quyết định 30 và bãi bỏ một phần Quyết định 07").
    static const RE2 and_only(R"(^[\s,]*va\s*$)");
    if (owner[j] >= 0 && RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), and_only)) {
      std::size_t q = static_cast<std::size_t>(owner[j]);
      bool in_title = OpensPredicateTitle(f, mentions[q].end);
      for (int steps = 0; !in_title && owner[q] >= 0 && steps < 64; ++steps) {
        q = static_cast<std::size_t>(owner[q]);
        in_title = OpensPredicateTitle(f, mentions[q].end);
      }
      if (in_title) {
        owner[index] = owner[j];
        return Relation::kCites;
      }
    }
    if (BelongsToMention(gap)) {
      std::size_t root = j;
      // Inside a title that is a predicate, a coordinated verb is the
      // title's own: "Bãi bỏ Quyết định 08 ... Sửa đổi ... Quyết định 55
      // ... và bãi bỏ một phần Quyết định 24" (08's published title).
      bool in_predicate_title = OpensPredicateTitle(f, mentions[root].end);
      // (Chains are short in real text; the bound keeps a crafted one linear.)
      for (int steps = 0; owner[root] >= 0 && steps < 64; ++steps) {
        root = static_cast<std::size_t>(owner[root]);
        in_predicate_title = in_predicate_title || OpensPredicateTitle(f, mentions[root].end);
      }
      static const RE2 coordinated(R"((?:\bva|[,;])\s*$)");
      // (Or a series of the citing document's own direct acts: "Nghị
      // quyết này sửa đổi Nghị quyết 08 ..., bãi bỏ Nghị quyết 20 và thay
      // thế ...".)
      auto direct_act = [](Relation r) {
        return r == Relation::kAmends || r == Relation::kReplaces || r == Relation::kRepeals;
      };
      bool same_act = done[root] == keyword.relation && done[root] != Relation::kCites &&
                      SameHeadWord(f, governor[root], keyword.begin);
      bool repeated = !in_predicate_title &&
                      (same_act || (direct_act(done[root]) && direct_act(keyword.relation))) &&
                      RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), coordinated);
      if (!repeated) {
        owner[index] = static_cast<int>(j);
        return Relation::kCites;
      }
    }
    break;
  }
  std::size_t lead_begin = std::max(start, keyword.begin > 60 ? keyword.begin - 60 : 0);
  std::string_view lead = f.substr(lead_begin, keyword.begin - lead_begin);
  // "tham mưu bãi bỏ", "đề nghị sửa đổi": proposing is not doing. A draft
  // the citing document presents ("trình dự thảo Quyết định sửa đổi ...")
  // amends; one it comments on or is told to finish does not.
  static const RE2 not_own(
      R"((?:(?:tham\s+muu|de\s+nghi|kien\s+nghi|de\s+xuat)\b[a-z \n]{0,30}|(?:y\s+kien|gop\s+y|tham\s+dinh|hoan\s+thien)[a-z \n]{0,20}du\s+thao\s+[a-z \n]{0,25})$)");
  if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), not_own))
    return Relation::kCites;
  // "Thực hiện Nghị quyết 60-NQ/TW, Bộ Tài chính đã ban hành ..." in a
  // letter of the Tổng cục Thuế: the implementing is the Bộ's, recounted.
  if (keyword.relation == Relation::kImplements && !list_item) {
    std::string_view opening = f.substr(start, keyword.begin - start);
    // (After a connective: "Tiếp đó, thực hiện ...", "Đồng thời, để triển khai ...".)
    static const RE2 opens(
        R"(^[\s\-+|(*]*(?:[0-9ivx]+[.)]\s*)?(?:(?:tiep\s+(?:do|theo)|sau\s+do|dong\s+thoi|ngoai\s+ra|ben\s+canh\s+do)\s*,?\s*)?(?:(?:de|nham)\s+)?$)");
    if (RE2::FullMatch(re2::StringPiece(opening.data(), opening.size()), opens) &&
        CarriedOutByAnother(text, mentions, index, own_issuer))
      return Relation::kCites;
  }
  governor[index] = keyword.begin;
  return keyword.relation;
}

Relation Classify(const FoldedText& text, const std::vector<FoldedSpan>& mentions,
                  std::size_t index, std::string_view own_issuer, const std::vector<Relation>& done,
                  std::vector<int>& owner, std::vector<std::size_t>& governor) {
  std::string_view f = text.folded();
  const FoldedSpan& m = mentions[index];
  std::size_t start = SentenceStart(text, m.begin, mentions);
  // "(sau đây gọi là Nghị quyết số 66-NQ/TW)": a name given to the mention
  // before, which it describes.
  if (index > 0 && mentions[index - 1].end > start) {
    static const RE2 alias(R"(sau\s+day\s+(?:goi\s+(?:tat\s+)?la|viet\s+tat\s+la)[\s:"]*$)");
    std::size_t b = std::max(mentions[index - 1].end, m.begin > 40 ? m.begin - 40 : 0);
    if (RE2::PartialMatch(re2::StringPiece(f.data() + b, m.begin - b), alias)) {
      owner[index] = static_cast<int>(index - 1);
      return Relation::kCites;
    }
  }
  if (index > 0 && mentions[index - 1].end > start && mentions[index - 1].end <= m.begin &&
      IsListGapIn(text, mentions[index - 1].end, m.begin)) {
    std::size_t prev = index - 1;
    // After a mention inside another's title, a mention of the kind of
    // the title's owner goes on with the owner's list ("Bãi bỏ Quyết định
    // 24 ... kèm theo Quyết định 55 ... và Quyết định 08"); another kind
    // goes on with the title.
    if (owner[prev] >= 0) {
      // The title's owner is the nearest: a title runs to the end of its
      // sentence, so in "Căn cứ Nghị định 78 ... và Nghị định 187 ... Sửa
      // đổi, bổ sung ... của Nghị định 78 ... Luật ... và Nghị định 79"
      // 79 goes on with the 78 inside 187's title (187 amends both), not
      // with the list of the Căn cứ.
      std::size_t q = static_cast<std::size_t>(owner[prev]);
      if (mentions[q].kind == m.kind) {
        owner[index] = owner[q];
        governor[index] = governor[q];
        return done[q];
      }
      // A provincial document is not in the title of a central one: it goes
      // on with that one's list ("triển khai Nghị quyết 03/NQ-CP ... ban
      // hành Chương trình ... thực hiện Nghị quyết 57-NQ/TW và Kế hoạch số
      // 45/KH-UBND").
      if (!m.issuer.empty() && !mentions[q].issuer.empty() && IsLocalIssuer(m.issuer) &&
          !IsLocalIssuer(mentions[q].issuer)) {
        owner[index] = owner[q];
        governor[index] = governor[q];
        return done[q];
      }
      owner[index] = static_cast<int>(q);
      return Relation::kCites;
    }
    // "Quyết định 89 ... triển khai Nghị quyết 01 ... và Quyết định 90": an
    // item joins the earlier item of its own kind, not the title between.
    for (std::size_t j = index - 1; j-- > 0 && mentions[j].end > start;)
      if (mentions[j].kind == m.kind && mentions[prev].kind != m.kind) {
        owner[index] = owner[j];
        governor[index] = governor[j];
        return done[j];
      }
    governor[index] = governor[prev];
    return done[prev];
  }
  std::size_t floor =
      std::max(start, m.begin > kMaxKeywordDistance ? m.begin - kMaxKeywordDistance : 0);
  if (auto keyword = NearestKeyword(f, floor, m.begin, mentions))
    return RelationOfKeyword(text, mentions, index, start, *keyword, false, own_issuer, done, owner,
                             governor);
  if (auto lead_in = ListLeadIn(f, start)) {
    // "Các văn bản sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực:"
    static const RE2 expire(R"(^[^:]*?\bhet\s+hieu\s+luc\b)");
    if (RE2::PartialMatch(
            re2::StringPiece(f.data() + lead_in->begin, lead_in->end - lead_in->begin), expire))
      return Relation::kRepeals;
    if (auto keyword = NearestKeyword(f, lead_in->begin, lead_in->end, mentions))
      return RelationOfKeyword(text, mentions, index, lead_in->begin, *keyword, true, own_issuer,
                               done, owner, governor);
  }
  if (LeavesQuoteOpen(text, start, m.begin)) return Relation::kCites;
  return RelationAfter(f, start, m.begin, m.end).value_or(Relation::kCites);
}

}  // namespace

bool IsListGap(std::string_view gap) {
  // "; ", ", ", " và ", " hoặc các ", " (", or an item's title followed by
  // one of these: "Chỉ thị ... về “...”; Kết luận ...", "... Hồ Chí Minh và
  // Quy định ...", "..., nhất là Quy định ...".
  static const RE2 joined(
      R"((?:^|[;,(]|\bva|\bhoac|\bcung nhu|\bnhat la|\bdac biet la|\btrong do co)[ \t\n]*(?:cac[ \t\n]+)?(?:so[ \t\n]+)?$)");
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
                                        const std::vector<FoldedSpan>& mentions,
                                        std::string_view own_issuer) {
  std::vector<Relation> relations;
  relations.reserve(mentions.size());
  // For a mention inside another's title or description, that mention.
  std::vector<int> owner(mentions.size(), -1);
  // Where the governing word of each mention starts (npos: none).
  std::vector<std::size_t> governor(mentions.size(), std::string_view::npos);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    relations.push_back(Classify(text, mentions, i, own_issuer, relations, owner, governor));
  return relations;
}

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

}  // namespace lexgraph
