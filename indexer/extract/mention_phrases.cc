#include "mention_phrases.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "knowledge.h"
#include "lexgraph/iso_date.h"
#include "named_mentions.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kLookBehind = 120;

bool ValidDate(int day, int month, int year) {
  return year >= 1900 && year <= 2100 && IsCalendarDate(year, month, day);
}

std::string IsoDate(int day, int month, int year) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// Folded "ngày" is "ngay"; OCR gives "ngảy", "ngầy" which fold the same.
constexpr char kDateBody[] =
    R"((?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})))";

// ---- Words of the folded text, with their original spelling. ----

struct Word {
  std::size_t begin, end;  // folded offsets of the word proper
  std::string key;         // SearchKey of the word
  bool punct_after;        // punctuation right after the word ends a phrase
  bool punct_before;
};

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '&'; }

// Up to `limit` words from `pos`, stopping at a blank line.
std::vector<Word> WordsFrom(const FoldedText& text, std::size_t pos, std::size_t limit) {
  std::vector<Word> words;
  words.reserve(limit);
  std::string_view f = text.folded();
  std::size_t i = pos;
  int newlines = 0;
  bool punct_before = false;
  while (i < f.size() && words.size() < limit) {
    char c = f[i];
    if (c == ' ' || c == '\n') {
      if (c == '\n' && ++newlines >= 2) break;
      ++i;
      continue;
    }
    if (!IsWordChar(c) && c != '-') {
      punct_before = true;
      if (!words.empty()) words.back().punct_after = true;
      if (c != ',') break;  // a comma may sit inside a name: "Văn hóa, Thể thao"
      ++i;
      continue;
    }
    newlines = 0;
    std::size_t start = i;
    if (c == '-') {
      ++i;
    } else {
      while (i < f.size() && IsWordChar(f[i])) ++i;
    }
    std::string key(f.substr(start, i - start));
    for (char& k : key)
      if (k == 'y') k = 'i';
    words.push_back({start, i, std::move(key), false, punct_before});
    punct_before = false;
  }
  return words;
}

std::string Original(const FoldedText& text, const Word& w) {
  return std::string(text.OriginalSlice(w.begin, w.end));
}

bool OriginalStartsUpper(const FoldedText& text, const Word& w) {
  return StartsUpper(text.OriginalSlice(w.begin, w.end));
}

// True when the word at `i` opens a document's title rather than a name:
// "Sửa đổi", "Ban hành", "Quy định", "Về".
bool OpensTitle(const std::vector<Word>& words, std::size_t i) {
  if (words[i].key == "ve") return true;
  if (i + 1 >= words.size() || words[i + 1].punct_before) return false;
  static constexpr std::pair<std::string_view, std::string_view> kTitleVerbs[] = {
      {"sua", "doi"},   {"bo", "sung"}, {"ban", "hanh"}, {"quy", "dinh"}, {"huong", "dan"},
      {"phe", "duyet"}, {"bai", "bo"},  {"huy", "bo"},   {"thay", "the"}, {"dieu", "chinh"}};
  for (const auto& [first, second] : kTitleVerbs)
    if (words[i].key == first && words[i + 1].key == second) return true;
  return false;
}

// "tỉnh Quảng Trị", "huyện Gio Linh", "TP Đông Hà" after a body's name.
// Returns the words used (0 when none) and appends the text to `out`.
std::size_t ReadPlace(const FoldedText& text, const std::vector<Word>& words, std::size_t at,
                      bool allow_bare_name, std::string& out) {
  std::size_t used = 0;
  std::string place;
  if (at < words.size() && !words[at].punct_before) {
    for (const Knowledge::Level& level : Knowledge::Get().levels()) {
      if (at + level.words > words.size()) continue;
      std::string key = words[at].key;
      if (level.words == 2) key += " " + words[at + 1].key;
      if (key != level.key) continue;
      place = level.canonical;
      used = level.words;
      break;
    }
    // "UBND TP Đông Hà": the city, abbreviated.
    if (used == 0 && words[at].key == "tp") {
      place = "thành phố";
      used = 1;
    }
  }
  if (used == 0 && !allow_bare_name) return 0;
  // The place's proper name: capitalised words, a known province first.
  std::size_t name_start = at + used;
  const Knowledge& k = Knowledge::Get();
  std::size_t name_words = 0;
  std::string name;
  for (std::size_t n = 4; n >= 1; --n) {
    if (name_start + n > words.size()) continue;
    std::string key;
    bool clean = true;
    for (std::size_t j = 0; j < n; ++j) {
      if (j > 0 && words[name_start + j].punct_before) clean = false;
      key += (j ? " " : "") + words[name_start + j].key;
    }
    if (!clean || words[name_start].punct_before) continue;
    if (auto province = k.Province(key)) {
      name = *province;
      name_words = n;
      break;
    }
  }
  if (name_words == 0) {
    while (name_start + name_words < words.size() && name_words < 4) {
      const Word& w = words[name_start + name_words];
      if (w.punct_before || w.key == "-" || !OriginalStartsUpper(text, w)) break;
      if (std::isdigit(static_cast<unsigned char>(w.key[0]))) break;
      // "của UBND tỉnh Sửa đổi, bổ sung ...", "... Về việc ...": the
      // document's title, printed capitalised, is no place.
      if (OpensTitle(words, name_start + name_words)) break;
      std::string original = Original(text, w);
      if (IsAllUpper(original) && original.size() > 3) original = TitleCaseWords(original);
      name += (name.empty() ? "" : " ") + original;
      ++name_words;
      if (w.punct_after) break;
    }
  }
  if (used == 0 && name_words == 0) return 0;
  if (!place.empty()) out += " " + place;
  if (name_words > 0) out += " " + ToNewTonePlacement(name);
  return used + name_words;
}

// "Tỉnh ủy", "Huyện ủy", "Đảng ủy": a place name may follow with no level word.
bool IsPartyCommittee(const std::string& canonical) {
  return canonical.ends_with(" ủy") || canonical.ends_with(" Ủy");
}

}  // namespace

namespace {

// Reads the few fixed shapes a date takes, by hand: dates follow most
// mentions, and a pattern with seven groups costs more than the rest of the
// mention. Positions are folded offsets.
class DateCursor {
 public:
  DateCursor(std::string_view f, std::size_t pos) : f_(f), i_(pos) {}
  std::size_t pos() const { return i_; }

  void SkipAny(std::string_view chars) {
    while (i_ < f_.size() && chars.find(f_[i_]) != std::string_view::npos) ++i_;
  }
  bool SkipSpaces() {
    std::size_t from = i_;
    SkipAny(" \t\n");
    return i_ > from;
  }
  // A word ("ngay", "ban hanh"), spaces inside it matching any white space.
  bool Word(std::string_view word) {
    std::size_t j = i_;
    for (char c : word) {
      if (c == ' ') {
        if (j >= f_.size() || !IsFoldedSpace(f_[j])) return false;
        while (j < f_.size() && IsFoldedSpace(f_[j])) ++j;
      } else if (j >= f_.size() || f_[j++] != c) {
        return false;
      }
    }
    if (j < f_.size() && std::isalpha(static_cast<unsigned char>(f_[j]))) return false;
    i_ = j;
    return true;
  }
  bool Char(std::string_view any) {
    if (i_ >= f_.size() || any.find(f_[i_]) == std::string_view::npos) return false;
    ++i_;
    return true;
  }
  // Between min and max digits, not followed by another digit. OCR reads
  // a digit as the letter it looks like ("ngày O5/3/2O20", "l5/8/2016"):
  // 'o' is 0 and 'l' is 1 in a number that has a real digit and no other
  // letter right after it.
  std::optional<int> Number(int min, int max) {
    std::size_t start = i_;
    int value = 0, n = 0;
    bool digit = false, look_alike = false;
    while (i_ < f_.size() && n < max) {
      char c = f_[i_];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        digit = true;
      } else if (c == 'o' || c == 'l') {
        look_alike = true;
        c = c == 'o' ? '0' : '1';
      } else {
        break;
      }
      value = value * 10 + (c - '0');
      ++i_;
      ++n;
    }
    bool bad_end =
        i_ < f_.size() && (std::isdigit(static_cast<unsigned char>(f_[i_])) ||
                           (look_alike && std::isalpha(static_cast<unsigned char>(f_[i_]))));
    if (n < min || !digit || bad_end) {
      i_ = start;
      return std::nullopt;
    }
    return value;
  }
  // "15/5/2016", "15 - 5 - 2016", "22 tháng 10 năm 2019"; ends after the year.
  std::optional<std::string> Body() {
    std::size_t start = i_;
    auto day = Number(1, 2);
    if (!day) return std::nullopt;
    std::size_t after_day = i_;
    SkipSpaces();
    if (Char("/.-")) {
      SkipSpaces();
      auto month = Number(1, 2);
      SkipSpaces();
      if (month && Char("/.-")) {
        SkipSpaces();
        if (auto date = Year(*day, *month)) return date;
      }
      i_ = start;
      return std::nullopt;
    }
    i_ = after_day;
    if (SkipSpaces() && Word("thang")) {
      SkipSpaces();
      auto month = Number(1, 2);
      SkipSpaces();
      Char(",");
      SkipSpaces();
      if (month && Word("nam")) {
        SkipSpaces();
        if (auto date = Year(*day, *month)) return date;
      }
    }
    i_ = start;
    return std::nullopt;
  }

 private:
  // The four-digit year that completes a day and month, as an ISO date.
  std::optional<std::string> Year(int day, int month) {
    auto year = Number(4, 4);
    if (!year || !ValidDate(day, month, *year)) return std::nullopt;
    return IsoDate(day, month, *year);
  }

  std::string_view f_;
  std::size_t i_;
};

}  // namespace

std::optional<PhraseMatch> ReadDateAfter(const FoldedText& text, std::size_t pos) {
  std::string_view f = text.folded();
  DateCursor c(f, pos);
  c.SkipAny(" \t\n,(");
  std::size_t begin = c.pos();
  for (std::string_view lead : {"ban hanh", "ki", "ky", "cung"})
    if (c.Word(lead)) {
      c.SkipSpaces();
      break;
    }
  if (c.Word("ngay")) {
    c.SkipSpaces();
    c.Char(":");
    c.SkipSpaces();
    auto date = c.Body();
    if (!date) return std::nullopt;
    // "... NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại ...": a
    // line that opens with "Ngày ...," opens a sentence with its own date.
    std::size_t after = c.pos();
    while (after < f.size() && (f[after] == ' ' || f[after] == '\t')) ++after;
    if (f.substr(pos, begin - pos).find('\n') != std::string_view::npos && after < f.size() &&
        f[after] == ',' && StartsUpper(text.OriginalSlice(begin, begin + 1)))
      return std::nullopt;
    return PhraseMatch{*date, begin, c.pos()};
  }
  // OCR drops words: "01/2019/NQ-CP 01/01/2019" still dates the mention.
  DateCursor bare(f, pos);
  if (!bare.SkipSpaces()) return std::nullopt;
  begin = bare.pos();
  auto day = bare.Number(1, 2);
  if (!day || !bare.Char("/")) return std::nullopt;
  auto month = bare.Number(1, 2);
  if (!month || !bare.Char("/")) return std::nullopt;
  auto year = bare.Number(4, 4);
  if (!year || *year < 1900 || !ValidDate(*day, *month, *year)) return std::nullopt;
  if (bare.pos() < f.size() && std::isalpha(static_cast<unsigned char>(f[bare.pos()])))
    return std::nullopt;
  return PhraseMatch{IsoDate(*day, *month, *year), begin, bare.pos()};
}

std::optional<PhraseMatch> ReadDateAt(const FoldedText& text, std::size_t pos) {
  DateCursor c(text.folded(), pos);
  c.SkipAny(" \t\n,");
  std::size_t begin = c.pos();
  if (c.Word("ngay")) {
    c.SkipSpaces();
    c.Char(":");
    c.SkipSpaces();
  }
  if (auto date = c.Body()) return PhraseMatch{*date, begin, c.pos()};
  return std::nullopt;
}

// Offices whose holder signs for a body: "Giám đốc Sở Nội vụ".
constexpr std::string_view kOffices[] = {
    "Phó Giám đốc",  "Giám đốc",   "Phó Chánh Văn phòng", "Chánh Văn phòng", "Phó Chủ tịch",
    "Chủ tịch",      "Trưởng ban", "Phó Trưởng ban",      "Phó Bí thư",      "Bí thư",
    "Tổng Giám đốc", "Thủ trưởng", "Chánh Thanh tra",     "Vụ trưởng",       "Viện trưởng"};

std::optional<PhraseMatch> ReadBodyAt(const FoldedText& text, std::size_t pos);

std::optional<PhraseMatch> ReadIssuerAt(const FoldedText& text, std::size_t pos) {
  static const std::vector<std::string> kOfficeKeys = [] {
    std::vector<std::string> keys;
    for (std::string_view office : kOffices) keys.push_back(SearchKey(office));
    return keys;
  }();
  std::vector<Word> words = WordsFrom(text, pos, 4);
  if (words.empty() || !Knowledge::Get().MayStartIssuer(words[0].key)) return std::nullopt;
  for (std::size_t o = 0; o < kOfficeKeys.size(); ++o) {
    std::string_view office = kOffices[o];
    const std::string& key = kOfficeKeys[o];
    if (!key.starts_with(words[0].key)) continue;
    std::size_t n = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
    if (words.size() <= n) continue;
    std::string have;
    for (std::size_t i = 0; i < n; ++i) have += (i ? " " : "") + words[i].key;
    if (have != key || !OriginalStartsUpper(text, words[0])) continue;
    auto body = ReadBodyAt(text, words[n].begin);
    if (!body || body->begin != words[n].begin) continue;
    return PhraseMatch{std::string(office) + " " + body->value, words[0].begin, body->end};
  }
  return ReadBodyAt(text, pos);
}

std::optional<PhraseMatch> ReadBodyAt(const FoldedText& text, std::size_t pos) {
  const Knowledge& k = Knowledge::Get();
  std::vector<Word> words = WordsFrom(text, pos, 12);
  if (words.empty() || words[0].key == "-") return std::nullopt;
  std::string issuer;
  std::size_t used = 0;
  // Named bodies match on keys; commas inside them are not part of keys.
  std::vector<std::string> keys;
  for (const Word& w : words) keys.push_back(w.key);
  std::size_t named = k.LongestBodyPrefix(keys);
  if (named > 0) {
    std::string key;
    for (std::size_t i = 0; i < named; ++i) key += (i ? " " : "") + keys[i];
    issuer = *k.CanonicalBody(key);
    used = named;
  } else if (auto expansion = k.Expand(words[0].key);
             expansion && IsAllUpper(Original(text, words[0]))) {
    // "UBND tỉnh", "HĐND huyện", "BCH Trung ương Đảng"
    issuer = *expansion;
    used = 1;
    // "BCH Trung ương" expands to a named body; prefer its official form.
    std::string joined = SearchKey(issuer);
    for (std::size_t i = 1; i < words.size() && i < 6; ++i) {
      joined += " " + keys[i];
      if (auto body = k.CanonicalBody(joined)) {
        issuer = *body;
        used = i + 1;
      }
    }
  } else {
    // A generic body: a head word ("Cục", "Ban", "Chủ tịch") and its
    // capitalised name.
    std::size_t head = 0;
    std::string key;
    for (std::size_t n = 1; n <= 4 && n <= words.size(); ++n) {
      key += (n > 1 ? " " : "") + keys[n - 1];
      if (k.IsBodyHead(key)) head = n;
    }
    if (head == 0 || !OriginalStartsUpper(text, words[0])) return std::nullopt;
    // Ministries and departments are all known by name: "Bộ Tôi chính" is
    // OCR noise, not a ministry.
    if (keys[0] == "bo" || keys[0] == "so") return std::nullopt;
    std::string name = CapitalizeFirst(
        ToLower(std::string(text.OriginalSlice(words[0].begin, words[head - 1].end))));
    used = head;
    bool named = false;  // a capitalised word of the name has been read
    // A name printed in capitals ("CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE
    // vướng mắc ...") ends at the first word in small letters.
    bool in_capitals = IsAllUpper(text.OriginalSlice(words[0].begin, words[head - 1].end));
    while (used < words.size() && used < head + 10) {
      const Word& w = words[used];
      if (w.punct_before) break;
      std::string original = Original(text, w);
      bool level = k.IsLevelWord(w.key) || w.key == "tp";
      if (auto expanded = k.Expand(w.key); expanded && IsAllUpper(original)) {
        name += " " + *expanded;
        named = true;
      } else if (w.key == "-" && named) {
        name += " -";
      } else if (OriginalStartsUpper(text, w) &&
                 !std::isdigit(static_cast<unsigned char>(w.key[0]))) {
        // An all-capitals name ("BAN TUYÊN GIÁO") is written as official
        // names are: its first word capitalised, the rest in lower case.
        if (IsAllUpper(original) && original.size() > 2)
          original = named ? ToLower(original) : CapitalizeFirst(ToLower(original));
        else
          in_capitals = false;
        name += " " + original;
        named = true;
      } else if (named && !in_capitals && !level && !IsNameStopWord(w.key) &&
                 std::isalpha(static_cast<unsigned char>(w.key[0]))) {
        name += " " + original;  // "Ban Kinh tế - Ngân sách": the rest of a name is lower case
      } else {
        break;
      }
      ++used;
      if (w.punct_after) break;
    }
    while (used > head && words[used - 1].key == "-") {  // a dash cannot end a name
      --used;
      name.resize(name.size() - 2);
    }
    if (used == head && head == 1) return std::nullopt;  // "của Sở" names no one
    issuer = ToNewTonePlacement(name);
  }
  if (!words[used - 1].punct_after) {
    std::string place;
    std::size_t place_words = ReadPlace(text, words, used, IsPartyCommittee(issuer), place);
    issuer += place;
    used += place_words;
  }
  // One body, one name: "Ban Chấp hành Trung ương Đảng" is the "Ban Chấp
  // hành Trung ương" that "-/TW" symbols name.
  static constexpr std::string_view kCentralCommitteeParty = "Ban Chấp hành Trung ương Đảng";
  if (issuer == kCentralCommitteeParty)
    issuer.resize(issuer.size() - std::string_view(" Đảng").size());
  return PhraseMatch{ToNewTonePlacement(issuer), words[0].begin, words[used - 1].end};
}

std::optional<PhraseMatch> ReadIssuerAfter(const FoldedText& text, std::size_t pos) {
  static const RE2 re(R"([ \t\n,]*cua\s+)");
  re2::StringPiece input(text.folded().data(), text.size());
  re2::StringPiece match;
  if (pos > text.size() || !re.Match(input, pos, text.size(), RE2::ANCHOR_START, &match, 1))
    return std::nullopt;
  auto issuer = ReadIssuerAt(text, pos + match.size());
  if (!issuer) return issuer;
  // "của Bộ Tài chính và Bộ Khoa học và Công nghệ": joint issuers.
  static const RE2 joint(R"([ \t\n]+va[ \t\n]+)");
  re2::StringPiece rest(text.folded().data(), text.size());
  re2::StringPiece sep;
  if (joint.Match(rest, issuer->end, text.size(), RE2::ANCHOR_START, &sep, 1)) {
    std::size_t next_pos = issuer->end + sep.size();
    std::vector<Word> next = WordsFrom(text, next_pos, 8);
    std::vector<std::string> keys;
    for (const Word& w : next) keys.push_back(w.key);
    if (Knowledge::Get().LongestBodyPrefix(keys) > 0 &&
        Knowledge::Get().CanonicalBody(SearchKey(issuer->value))) {
      if (auto second = ReadIssuerAt(text, next_pos)) {
        issuer->value += ", " + second->value;
        issuer->end = second->end;
      }
    }
  }
  return issuer;
}

std::optional<PhraseMatch> ReadIssuerBefore(const FoldedText& text, std::size_t pos) {
  static const RE2 re(
      R"((?:^|[^a-z])((?:da\s+|vua\s+|cung\s+|da\s+ki\s+|da\s+ky\s+)?(?:ban hanh|co|tai)\s+(?:cac\s+)?)$)");
  // The verb ends the window: its tail is all the pattern needs to see.
  constexpr std::size_t kVerbWindow = 40;
  std::size_t start = pos > kVerbWindow ? pos - kVerbWindow : 0;
  re2::StringPiece window(text.folded().data() + start, pos - start);
  re2::StringPiece verb;
  if (!RE2::PartialMatch(window, re, &verb)) return std::nullopt;
  std::size_t verb_begin = static_cast<std::size_t>(verb.data() - text.folded().data());
  // Try word starts from the farthest to the nearest; the first issuer that
  // ends right at the verb wins (the longest name).
  std::string_view f = text.folded();
  std::size_t from = verb_begin > 60 ? verb_begin - 60 : 0;
  for (std::size_t i = from; i < verb_begin; ++i) {
    if (!std::isalnum(static_cast<unsigned char>(f[i]))) continue;
    if (i > 0 && IsWordChar(f[i - 1])) continue;
    auto issuer = ReadIssuerAt(text, i);
    if (!issuer) continue;
    std::size_t end = issuer->end;
    while (end < verb_begin && (f[end] == ' ' || f[end] == '\n' || f[end] == ',')) ++end;
    if (end != verb_begin) continue;
    // "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình ...": "tại" names
    // the author only after "đề nghị của".
    if (verb.starts_with("tai")) {
      std::string_view lead = f.substr(i > 16 ? i - 16 : 0, i > 16 ? 16 : i);
      if (lead.find("nghi cua ") == std::string_view::npos) continue;
    }
    return issuer;
  }
  return std::nullopt;
}

std::optional<PhraseMatch> ReadDateBefore(const FoldedText& text, std::size_t pos) {
  static const RE2 re(std::string(R"((?:^|[^a-z])(ngay\s*)") + kDateBody + R"()\s*,?\s*$)");
  std::size_t start = pos > 60 ? pos - 60 : 0;
  re2::StringPiece window(text.folded().data() + start, pos - start);
  re2::StringPiece g[8];
  if (!re.Match(window, 0, window.size(), RE2::UNANCHORED, g, 8)) return std::nullopt;
  std::size_t begin = static_cast<std::size_t>(g[1].data() - text.folded().data());
  return ReadDateAt(text, begin);
}

std::optional<PhraseMatch> ReadPinpointBefore(const FoldedText& text, std::size_t pos) {
  {  // A pinpoint names a part: look for one of the words before the pattern.
    std::string_view near = text.folded().substr(pos > 60 ? pos - 60 : 0, pos > 60 ? 60 : pos);
    bool part = false;
    for (std::string_view w : {"dieu", "muc", "phan", "phu luc", "chuong"})
      part |= near.find(w) != std::string_view::npos;
    if (!part) return std::nullopt;
  }
  static const RE2 re(
      R"((?:^|[^a-z0-9])((?:diem\s+([a-z]{1,2})\)?\s*,?\s*)?(?:khoan\s+(\d+[a-z]?)\s*,?\s*)?dieu\s+(\d+[a-z]?)|(?:muc\s+([0-9ivx]+)\s*,?\s*)?phan\s+([ivx0-9]+)|phu luc\s+([ivx0-9]+)|muc\s+([0-9ivx]+)|chuong\s+([ivx0-9]+))\s*,?\s*(?:cua\s+|tai\s+|thuoc\s+|ban hanh kem theo\s+|kem theo\s+)?$)");
  std::size_t start = pos > kLookBehind ? pos - kLookBehind : 0;
  re2::StringPiece window(text.folded().data() + start, pos - start);
  re2::StringPiece g[10];
  if (!re.Match(window, 0, window.size(), RE2::UNANCHORED, g, 10)) return std::nullopt;
  std::size_t begin = static_cast<std::size_t>(g[1].data() - text.folded().data());
  // "từ Điều 30 đến Điều 41": a range names no single part.
  std::string_view before = text.folded().substr(start, begin - start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.ends_with("den") || before.ends_with("toi")) return std::nullopt;
  auto s = [](re2::StringPiece p) { return std::string(p.data(), p.size()); };
  auto upper = [&](re2::StringPiece p) { return ToUpper(s(p)); };
  std::string value;
  auto add = [&value](const std::string& part) { value += (value.empty() ? "" : " ") + part; };
  if (!g[4].empty()) {
    // A point is a letter of the Vietnamese alphabet, as printed: "điểm đ"
    // follows "điểm d" and is another point.
    if (!g[2].empty()) {
      std::size_t letter = static_cast<std::size_t>(g[2].data() - text.folded().data());
      add("Điểm " + ToLower(text.OriginalSlice(letter, letter + g[2].size())));
    }
    if (!g[3].empty()) add("Khoản " + s(g[3]));
    add("Điều " + s(g[4]));
  } else if (!g[6].empty()) {
    if (!g[5].empty()) add("Mục " + upper(g[5]));
    add("Phần " + upper(g[6]));
  } else if (!g[7].empty()) {
    add("Phụ lục " + upper(g[7]));
  } else if (!g[8].empty()) {
    add("Mục " + upper(g[8]));
  } else {
    add("Chương " + upper(g[9]));
  }
  return PhraseMatch{value, begin, begin + g[1].size()};
}

}  // namespace lexgraph
