#include "document_header.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "document_symbol.h"
#include "knowledge.h"
#include "knowledge_tables.h"
#include "layout_noise.h"
#include "lexgraph/iso_date.h"
#include "mention_phrases.h"
#include "official_case.h"
#include "symbol_scanner.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kHeaderLines = 60;
constexpr std::size_t kSignatureLines = 45;
constexpr std::size_t kMaxLineBytes = 2000;
// How far below the number a type heading is looked for when the number has
// no type code (a flattened web table puts ten lines between them).
constexpr std::size_t kHeadingReach = 14;

struct Line {
  std::size_t begin, end;  // folded offsets, end excludes '\n'
};

std::vector<Line> SplitLines(std::string_view folded) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t end = folded.find('\n', start);
    if (end == std::string_view::npos) end = folded.size();
    lines.push_back({start, end});
    if (end == folded.size()) break;
    start = end + 1;
  }
  return lines;
}

bool IsBlank(std::string_view folded_line) {
  return folded_line.find_first_not_of(" \t-=|>") == std::string_view::npos;
}

// The line's original text without Markdown marks and outer spaces.
// Markdown marks and table edges off, spaces collapsed. HTML tags and
// page-break markers are already gone: CleanLine reads through the folded
// text, which blanks them (and breaks lines at <p> and <br>).
std::string CleanText(std::string_view s) {
  // One pass: marks dropped, white space (NBSP too) collapsed as
  // CollapseSpaces does, then table edges and spaces trimmed.
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '*' || c == '_' || c == '#' || c == '\\' || c == '>') continue;
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;  // NBSP
      ++i;
    }
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  while (!out.empty() && (out.back() == '|' || out.back() == ' ')) out.pop_back();
  std::size_t front = out.find_first_not_of("| ");
  out.erase(0, front == std::string::npos ? out.size() : front);
  return out;
}

// The line as printed, less what the folded text blanked (Markdown marks,
// HTML tags, page-break markers).
std::string CleanLine(const FoldedText& text, std::size_t begin, std::size_t end) {
  // Header lines are short; a huge one-line file must not be copied whole.
  end = std::min(end, begin + kMaxLineBytes);
  std::string kept;
  std::string_view f = text.folded();
  // Runs of kept characters are copied whole.
  for (std::size_t i = begin; i < end;) {
    if (f[i] == ' ' || f[i] == '\n') {
      kept += ' ';
      ++i;
      continue;
    }
    std::size_t run = i;
    while (run < end && f[run] != ' ' && f[run] != '\n') ++run;
    kept += text.OriginalSlice(i, run);
    i = run;
  }
  return CleanText(kept);
}

std::string TrimPunctuation(std::string s) {
  auto strip = [](char c) { return c == ';' || c == '.' || c == ',' || c == ' ' || c == ':'; };
  while (!s.empty() && strip(s.back())) s.pop_back();
  while (!s.empty() && (s.front() == ' ' || s.front() == ':')) s.erase(0, 1);
  return s;
}

// Lower-cases an all-capitals title, keeping symbols ("05-CT/TW") as printed.
std::string SentenceCase(const std::string& title) {
  if (!IsAllUpper(title)) return title;
  std::string out;
  for (const std::string& word : SplitWords(title)) {
    bool has_digit = std::any_of(word.begin(), word.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    out += (out.empty() ? "" : " ") + (has_digit ? word : ToLower(word));
  }
  return CapitalizeFirst(out);
}

// ---- The agency block (Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing
// body top left, under its parent body; the national motto top right). ----

// True when `key` is `word` or starts with it and a space.
bool StartsWithWords(std::string_view key, std::string_view word) {
  return key.starts_with(word) && (key.size() == word.size() || key[word.size()] == ' ');
}

// The marks printed near the number: urgency ("KHẨN", "HỎA TỐC"), secrecy
// ("MẬT"), "DỰ THẢO", a copy's "BẢN SAO": not bodies.
bool IsDocumentMark(const std::string& key) {
  static const std::unordered_set<std::string_view> kMarks = {
      "khan",        "thuong khan",  "hoa toc", "hoa toc hen gio", "mat",
      "toi mat",     "tuiet mat",    "du thao", "ban sao",         "sao i ban chinh",
      "van ban den", "cong van den", "den"};
  return kMarks.count(key) != 0;
}

// Where the motto (or the Party's name) starts in a folded header line, or
// where a table cell, the number ("Số:") or a wide gap does: what is left of
// it is the left column's.
std::size_t MottoStart(std::string_view f, std::size_t from) {
  std::size_t cut = FindMottoStart(f, from);
  for (std::string_view mark : {"|", "so:", "    "}) {
    std::size_t at = f.find(mark, from);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  // The right column's place and date read into the line, after the end of
  // a name broken over two lines: "nghe quang tri, ngay 10 thang 12".
  // The longest province name wins ("thua thien hue", not "hue").
  if (std::size_t comma = f.find(", ngay", from); comma != std::string_view::npos && comma < cut) {
    std::size_t start = comma, place = std::string_view::npos;
    for (int words = 1; words <= 4 && start > from; ++words) {
      std::size_t space = f.rfind(' ', start - 1);
      start = (space == std::string_view::npos || space < from) ? from : space + 1;
      if (Knowledge::Get().Province(f.substr(start, comma - start))) place = start;
      if (start == from) break;
      start = space;
    }
    if (place != std::string_view::npos) cut = place;
  }
  return cut;
}

// Edit distance between `a` and `b` if it is at most `limit`, else limit + 1.
std::size_t BoundedEditDistance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1), next(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    next[0] = i;
    std::size_t best = next[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      next[j] = std::min({row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1])});
      best = std::min(best, next[j]);
    }
    if (best > limit) return limit + 1;
    row.swap(next);
  }
  return row[b.size()];
}

// The letters of a key, spaces and punctuation dropped: OCR splits and joins
// words ("TONGTU. C THUE").
std::string Letters(std::string_view key) {
  std::string out;
  for (char c : key)
    if (std::isalpha(static_cast<unsigned char>(c))) out += c;
  return out;
}

// The known body an OCR'd header line names ("Tong cyc thue" -> "Tổng cục
// Thuế"): the named bodies and the ministries, within a few letters' edits.
std::optional<std::string> FuzzyKnownBody(const std::string& line) {
  struct Entry {
    std::string letters;
    std::string name;
  };
  static const std::vector<Entry> kBodies = [] {
    std::vector<Entry> bodies;
    for (std::string_view name : tables::NamedBodies())
      bodies.push_back({Letters(SearchKey(name)), std::string(name)});
    for (const tables::Sector& sector : tables::Sectors()) {
      for (std::string_view head : {"Bộ ", "Sở "}) {
        std::string name = std::string(head) + std::string(sector.name);
        bodies.push_back({Letters(SearchKey(name)), name});
      }
    }
    return bodies;
  }();
  std::string letters = Letters(SearchKey(line));
  if (letters.size() < 6 || letters.size() > 60) return std::nullopt;
  std::size_t limit = letters.size() <= 10 ? 1 : letters.size() <= 20 ? 2 : 3;
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const Entry& e : kBodies) {
    std::size_t d = BoundedEditDistance(letters, e.letters, std::min(limit, best_distance));
    if (d < best_distance) {
      best_distance = d;
      best = e.name;
    }
  }
  return best;
}

// True when most words of `part` are in capitals, as agency lines are
// printed; OCR lowers a letter here and there ("TONG CỤC THUé").
bool MostlyUpper(const std::string& part) {
  int upper = 0, words = 0;
  for (const std::string& w : SplitWords(part)) {
    bool letter = false;  // a Latin letter, or a Vietnamese one (not ASCII)
    for (char c : w) letter |= std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80);
    if (!letter) continue;
    ++words;
    upper += IsAllUpper(w);
  }
  return words > 0 && upper * 10 >= words * 7;
}

// A line in ordinary case that names a known body, maybe with its place:
// "Cục Thuế tỉnh Quảng Ninh" (OCR gives lower case now and then).
bool NamesAKnownBody(const std::string& part, const std::string& key) {
  const Knowledge& k = Knowledge::Get();
  std::vector<std::string> keys = SplitWords(key);
  if (keys.empty() || keys.size() > 10) return false;
  std::size_t n = k.LongestBodyPrefix(keys);
  if (n == 0) return false;
  std::vector<std::string> words = SplitWords(part);
  if (words.size() != keys.size()) return n == keys.size();
  for (std::size_t i = n; i < words.size(); ++i)
    if (!StartsUpper(words[i]) && !k.IsLevelWord(keys[i]) && !k.IsLevelWord(keys[i - 1]))
      return false;
  return true;
}

bool IsBarePipe(std::string_view f) {
  std::size_t a = f.find_first_not_of(" \t");
  return a != std::string_view::npos && f[a] == '|' &&
         f.find_first_not_of(" \t", a + 1) == std::string_view::npos;
}

// The header's left column: the parent body and the issuing body, one per
// line or split across lines ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN"), in one
// table cell with "<br>" (the folded text breaks the line there), or in a
// table flattened to one cell per run of lines between bare "|" lines, with
// names broken inside a bold run ("**ỦY BAN NHÂN\nDÂN**"). Returns the
// agency lines in order, a name broken inside a bold run joined again.
struct BodyLine {
  std::string text;
  std::string key;  // SearchKey(text)
};

std::vector<BodyLine> HeaderBodyLines(const FoldedText& text, const std::vector<Line>& lines,
                                      std::size_t header_end_line) {
  std::size_t end = std::min(header_end_line, lines.size());
  // A flattened table: the cells between bare "|" lines. The motto's cell
  // is left out whole, broken lines and all.
  std::vector<bool> skip(end, false);
  bool flattened = false;
  for (std::size_t i = 0; i < end; ++i)
    flattened |= IsBarePipe(text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin));
  if (flattened) {
    for (std::size_t i = 0; i < end;) {
      std::size_t j = i;
      std::string cell;
      while (j < end &&
             !IsBarePipe(text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin))) {
        cell +=
            std::string(text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin)) + " ";
        ++j;
      }
      if (NamesMotto(CollapseSpaces(cell)))
        for (std::size_t k = i; k < j; ++k) skip[k] = true;
      i = j + 1;
    }
  }
  std::vector<BodyLine> result;
  // A piece of the motto that may begin a name instead ("HỘI" over "ĐỒNG
  // NHÂN DÂN" when the column broke "HỘI ĐỒNG NHÂN DÂN").
  std::string debris, debris_key;
  auto add = [&](std::string part) {
    int letters = 0;
    for (char c : Fold(part)) letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letters < 2) return;
    std::string key = SearchKey(part);
    if (IsMottoDebris(key)) {
      // "NGÂN HÀNG NHÀ NƯỚC" over "VIỆT NAM": the end of a name.
      if (!result.empty()) {
        std::vector<std::string> words = SplitWords(result.back().key);
        std::size_t before = words.size();
        for (std::string& w : SplitWords(key)) words.push_back(std::move(w));
        if (Knowledge::Get().LongestBodyPrefix(words) > before) {
          result.back().text += " " + part;
          result.back().key += " " + key;
          return;
        }
      }
      debris = std::move(part);
      debris_key = std::move(key);
      return;
    }
    if (!debris.empty()) {
      std::vector<std::string> words = SplitWords(debris_key);
      std::size_t before = words.size();
      for (std::string& w : SplitWords(key)) words.push_back(std::move(w));
      if (Knowledge::Get().LongestBodyPrefix(words) > before) {
        part = debris + " " + part;
        key = debris_key + " " + key;
      }
      debris.clear();
    }
    if (IsDocumentMark(key)) return;
    // The number under the body ("70/2025/QĐ-UBND" after a "Số:" line) is
    // not a body.
    static const RE2 symbol_like(R"(\d\s*/|/\s*\d|^\s*\d+\s*$)");
    if (RE2::PartialMatch(part, symbol_like)) return;
    // A header in ordinary case ("Ủy ban nhân dân / tỉnh Quảng Trị") has
    // a known body's name, then maybe its place.
    bool place_line = false;
    if (!result.empty()) {
      for (const Knowledge::Level& level : Knowledge::Get().levels())
        place_line |= StartsWithWords(key, level.key) && key.size() > level.key.size();
    }
    if (!place_line && !MostlyUpper(part) && !NamesAKnownBody(part, key) &&
        (SplitWords(key).size() > 8 || !FuzzyKnownBody(part)))
      return;
    result.push_back({std::move(part), std::move(key)});
  };
  // A bold run broken over lines ("**ỦY BAN NHÂN\nDÂN**", "**HỘI\nĐỒNG
  // NHÂN\nDÂN **") is one line of the page: its pieces are joined first.
  std::string pending;
  bool in_bold = false;
  for (std::size_t i = 0; i < end; ++i) {
    if (skip[i]) {
      in_bold = false;
      continue;
    }
    std::string_view f = text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin);
    std::size_t first = f.find_first_not_of(" |");
    if (first == std::string_view::npos) continue;
    std::size_t cut = MottoStart(f, first);
    std::string part =
        TrimPunctuation(CleanLine(text, lines[i].begin + first, lines[i].begin + cut));
    std::string_view original = text.OriginalSlice(lines[i].begin, lines[i].end);
    std::size_t stars = 0;
    for (std::size_t at = original.find("**"); at != std::string_view::npos;
         at = original.find("**", at + 2))
      ++stars;
    if (in_bold && !pending.empty()) {
      pending += part.empty() ? "" : " " + part;
    } else {
      add(std::move(pending));
      pending = std::move(part);
    }
    in_bold = (in_bold != (stars % 2 == 1)) && cut == f.size();
  }
  add(std::move(pending));
  return result;
}

// A body's name read from a line in capitals, in the case official names
// take: a word left in capitals that is no abbreviation ("HUYỆN ỦY GIO
// LINH" read as "Huyện ủy GIO Linh") is a name's word, and after a level
// word inside the name ("Ủy ban Tỉnh quảng trị") comes the place.
std::string FixCapitals(const std::string& name) {
  const Knowledge& k = Knowledge::Get();
  std::vector<std::string> words = SplitWords(name);
  // Most names read well: only a capitalised level word or a word left in
  // capitals needs a look.
  static const std::unordered_set<std::string_view> kCapitalLevels = {
      "Tỉnh", "Thành", "Huyện", "Quận", "Xã", "Phường", "Thị"};
  bool suspect = false;
  for (std::size_t i = 1; i < words.size() && !suspect; ++i)
    suspect = kCapitalLevels.count(words[i]) || (words[i].size() > 1 && IsAllUpper(words[i]));
  if (!suspect) return name;
  std::vector<std::string> keys = SplitWords(SearchKey(name));
  if (keys.size() != words.size()) {
    keys.clear();
    for (const std::string& w : words) keys.push_back(SearchKey(w));
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool level = false;
    for (const Knowledge::Level& l : k.levels()) {
      std::size_t n = l.words;
      if (i + n > words.size()) continue;
      std::string joined_key = keys[i];
      for (std::size_t j = i + 1; j < i + n; ++j) joined_key += " " + keys[j];
      if (joined_key != l.key) continue;
      // Compared with its marks too: "Hà Tĩnh" holds no "tỉnh".
      std::string joined = words[i];
      for (std::size_t j = i + 1; j < i + n; ++j) joined += " " + words[j];
      if (ToNewTonePlacement(ToLower(joined)) != l.canonical) continue;
      // "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy": a committee, not a level.
      if (i + n < words.size() && keys[i + n] == "ui") break;
      level = true;
      if (i > 0)
        for (std::size_t j = i; j < i + n; ++j) words[j] = ToLower(words[j]);
      for (std::size_t j = i + n; j < words.size(); ++j)
        if (!IsRomanNumeral(words[j]) && !k.Expand(keys[j])) words[j] = TitleCaseWords(words[j]);
      i = words.size();
      break;
    }
    if (level) break;
    if (i > 0 && words[i].size() > 1 && IsAllUpper(words[i]) && !IsRomanNumeral(words[i]) &&
        !k.Expand(keys[i]))
      words[i] = TitleCaseWords(words[i]);
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The official name of a body printed in a header line ("UBND TỈNH QUẢNG
// TRỊ" -> "Ủy ban nhân dân tỉnh Quảng Trị").
std::string BodyName(const std::string& printed) {
  const Knowledge& k = Knowledge::Get();
  // "TP. ĐÀ NẴNG", "TX QUẢNG TRỊ", "TT. KHE SANH": the levels written
  // short, before a place's name ("TT" alone is also Thông tư's).
  static const RE2 city(R"((^|\s)(?:TP|Tp)\.?\s*(\p{Lu}))");
  static const RE2 town(R"((^|\s)(?:TX|Tx)\.?\s*(\p{Lu}))");
  static const RE2 township(R"((^|\s)(?:TT|Tt)\.\s*(\p{Lu}))");
  std::string line = printed;
  if (line.find("TP") != std::string::npos || line.find("Tp") != std::string::npos)
    RE2::GlobalReplace(&line, city, "\\1THÀNH PHỐ \\2");
  if (line.find("TX") != std::string::npos || line.find("Tx") != std::string::npos)
    RE2::GlobalReplace(&line, town, "\\1THỊ XÃ \\2");
  if (line.find("T.") != std::string::npos || line.find("t.") != std::string::npos)
    RE2::GlobalReplace(&line, township, "\\1THỊ TRẤN \\2");
  FoldedText folded(line);
  if (auto issuer = ReadIssuerAt(folded, 0)) {
    std::string_view rest = folded.folded().substr(issuer->end);
    if (!k.CanonicalBody(SearchKey(issuer->value)) && MostlyUpper(line))
      issuer->value = FixCapitals(issuer->value);
    if (rest.find_first_not_of(" .,-") == std::string_view::npos) return issuer->value;
    // OCR joined the parent's line and the body's ("BỘ TÀI CHÍNH TỔNG CỤC
    // THUẾ"): the body is the lower, the last.
    std::string after =
        TrimPunctuation(CleanText(folded.OriginalSlice(issuer->end, folded.size())));
    if (!after.empty() && StartsUpper(after) &&
        k.LongestBodyPrefix(SplitWords(SearchKey(after))) > 0)
      return BodyName(after);
    // A known body followed by OCR debris ("BO TAI CHINH CQNG HOA", "TỔNG
    // CỤC THUẾ 25 eS ~~") is still that body.
    if (k.CanonicalBody(SearchKey(issuer->value))) {
      int capital_words = 0;
      for (const std::string& w : SplitWords(after)) {
        int letters = 0;
        for (char c : Fold(w)) letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
        capital_words += letters >= 2 && IsAllUpper(w);
      }
      if (SplitWords(after).size() <= 2 || capital_words == 0) return issuer->value;
    }
  }
  // A known body misread by OCR ("TONGTU. C THUE", "Tong cyc thue").
  if (auto body = FuzzyKnownBody(line)) return *body;
  // A body not in the tables: sentence case, but the place after "tỉnh",
  // "huyện", "thành phố" is a proper name ("Thuế cơ sở 7 tỉnh Cà Mau"), and
  // so are the named bodies and provinces inside it.
  std::vector<std::string> words = SplitWords(SentenceCase(line));
  std::vector<std::string> keys;
  for (const std::string& w : words) keys.push_back(SearchKey(w));
  for (std::size_t i = 0; i < words.size();) {
    std::string two = i + 1 < words.size() ? keys[i] + " " + keys[i + 1] : "";
    bool level_found = false;
    for (const Knowledge::Level& level : k.levels()) {
      std::size_t skip = level.key == keys[i] ? 1 : level.key == two ? 2 : 0;
      if (skip == 0) continue;
      for (std::size_t j = i + skip; j < words.size(); ++j) words[j] = TitleCaseWords(words[j]);
      level_found = true;
      break;
    }
    if (level_found) break;
    std::size_t step = 1;
    if (auto expansion = k.Expand(keys[i]); expansion && i == 0) {
      words[i] = *expansion;  // "UBND ..." not in the tables
    } else if (IsRomanNumeral(words[i]) && IsAllUpper(ToUpper(words[i])) && i > 0) {
      words[i] = ToUpper(words[i]);  // "Chi cục Thuế khu vực XV"
    } else {
      step = std::max<std::size_t>(1, SetKnownName(words, keys, i));
    }
    i += step;
  }
  std::string name;
  for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
  return ToNewTonePlacement(name);
}

// "TỈNH NGHỆ AN" under "ỦY BAN NHÂN DÂN": the place of the body above, not
// a body of its own ("TỈNH ỦY" is one).
bool StartsWithLevel(const std::string& key) {
  if (key.starts_with("trung uong")) return true;  // "BAN TUYÊN GIÁO / TRUNG ƯƠNG"
  bool level_first = false;
  for (const Knowledge::Level& level : Knowledge::Get().levels())
    level_first |= StartsWithWords(key, level.key) && key.size() > level.key.size();
  return level_first && Knowledge::Get().LongestBodyPrefix(SplitWords(key)) == 0;
}

// "SỞ KHOA HỌC VÀ" over "CÔNG NGHỆ": a name the column was too narrow for,
// a body's name only across the break.
bool ContinuesAName(const std::string& above_key, const std::string& key) {
  std::vector<std::string> words = SplitWords(above_key);
  std::size_t above = words.size();
  for (std::string& w : SplitWords(key)) words.push_back(std::move(w));
  return Knowledge::Get().LongestBodyPrefix(words) > above;
}

// "ỦY BAN NHÂN DÂN TỈNH" over "QUẢNG NAM": the level waits for its place.
bool EndsWithLevel(const BodyLine& line) {
  for (const Knowledge::Level& level : Knowledge::Get().levels()) {
    const std::string& key = line.key;
    if (!key.ends_with(level.key) ||
        (key.size() > level.key.size() && key[key.size() - level.key.size() - 1] != ' '))
      continue;
    // Compared with its marks too: "HÀ TĨNH" does not end with "tỉnh".
    std::vector<std::string> words = SplitWords(line.text);
    if (words.size() < level.words) continue;
    std::string tail;
    for (std::size_t j = words.size() - level.words; j < words.size(); ++j)
      tail += (tail.empty() ? "" : " ") + words[j];
    if (ToNewTonePlacement(ToLower(tail)) == level.canonical) return true;
  }
  return false;
}

std::optional<std::string> ReadIssuer(const FoldedText& text, const std::vector<Line>& lines,
                                      std::size_t header_end_line) {
  const Knowledge& k = Knowledge::Get();
  // A name the column was too narrow for is one line again.
  std::vector<BodyLine> body_lines;
  for (BodyLine& part : HeaderBodyLines(text, lines, header_end_line)) {
    if (!body_lines.empty() &&
        (ContinuesAName(body_lines.back().key, part.key) || EndsWithLevel(body_lines.back()))) {
      body_lines.back().text += " " + part.text;
      body_lines.back().key += " " + part.key;
    } else {
      body_lines.push_back(std::move(part));
    }
  }
  if (body_lines.empty()) return std::nullopt;
  // The issuing body is the lowest line of the block: "BỘ TÀI CHÍNH" over
  // "TỔNG CỤC THUẾ" is Tổng cục Thuế.
  std::string last = body_lines.back().text;
  std::string key = body_lines.back().key;
  std::size_t n = body_lines.size();
  // "ỦY BAN NHÂN DÂN" over "TỈNH NGHỆ AN" is one name on two lines.
  if (n >= 2 && StartsWithLevel(key)) {
    last = body_lines[n - 2].text + " " + last;
    key = body_lines[n - 2].key + " " + key;
    --n;
  }
  std::string issuer = BodyName(last);
  if (n < 2) return issuer;
  // A Party committee's department or standing body: "BAN CHẤP HÀNH TRUNG
  // ƯƠNG / BAN TUYÊN GIÁO" is the "Ban Tuyên giáo Trung ương", "TỈNH ỦY
  // QUẢNG TRỊ / BAN THƯỜNG VỤ" the "Ban Thường vụ Tỉnh ủy".
  const std::string& parent_line = body_lines[n - 2].text;
  const std::string& parent = body_lines[n - 2].key;
  std::string committee, committee_name;
  if (parent.starts_with("ban chap hanh trung uong")) {
    committee = "trung uong";
    committee_name = "Trung ương";
  }
  for (std::string_view c : {"tinh ui", "thanh ui", "huien ui", "quan ui", "thi ui"}) {
    if (parent.starts_with(c)) {
      committee = c;
      committee_name = *k.CanonicalBody(c);
    }
  }
  bool department = key.starts_with("ban ") || key.starts_with("van phong") ||
                    key.starts_with("uy ban kiem tra") || key.starts_with("thuong truc");
  // "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH / BAN THƯỜNG VỤ": under a Party
  // committee with a name of its own, that name.
  if (committee.empty() && department && parent.starts_with("dang ui")) {
    committee = parent;
    committee_name = BodyName(parent_line);
  }
  if (!committee.empty() && department && !SearchKey(issuer).ends_with(committee)) {
    if (auto named = k.CanonicalBody(key + " " + committee))
      issuer = *named;
    else
      issuer += " " + committee_name;
  }
  // "ĐẢNG BỘ TỈNH NGHỆ AN / BAN CHẤP HÀNH": the committee of that Party
  // organisation.
  if (committee.empty() && department && parent.starts_with("dang bo ") &&
      !SearchKey(issuer).ends_with(parent))
    issuer += " " + BodyName(parent_line);
  // "UBND TỈNH QUẢNG TRỊ / VĂN PHÒNG": a bare office or standing body is
  // that of the body above.
  static const std::unordered_set<std::string_view> kBare = {
      "van phong", "thuong truc", "ban thuong vu", "ban chap hanh", "ban can su dang", "dang doan"};
  if (kBare.count(key) && SearchKey(issuer) == key) issuer += " " + BodyName(parent_line);
  // "ĐẢNG BỘ TỈNH QUẢNG TRỊ / TỈNH ỦY": the committee of that place.
  static const std::unordered_set<std::string_view> kCommittees = {"tinh ui", "thanh ui",
                                                                   "huien ui", "quan ui", "thi ui"};
  if (kCommittees.count(SearchKey(issuer)) && parent.starts_with("dang bo ")) {
    std::vector<std::string> words = SplitWords(CollapseSpaces(parent_line));
    std::size_t at = 2;  // after "ĐẢNG BỘ"
    for (const Knowledge::Level& level : k.levels()) {
      if (parent.starts_with("dang bo " + level.key + " ")) {
        at += level.words;
        break;
      }
    }
    std::string place;
    for (std::size_t j = at; j < words.size(); ++j)
      place += (place.empty() ? "" : " ") + TitleCaseWords(words[j]);
    if (!place.empty()) issuer += " " + ToNewTonePlacement(place);
  }
  return issuer;
}

// "số 30/2020/NĐ-CP" in small letters and without a colon, at the start of a
// line, continues a mention cut by a line break ("Căn cứ Nghị định\nsố
// 30/2020/NĐ-CP", as PDFs and scans wrap), not the document's own "Số:".
bool ContinuesACitation(const FoldedText& text, std::size_t line_begin, std::string_view before) {
  if (before.find(':') != std::string_view::npos) return false;
  std::size_t letter = before.find_first_of("sn");
  if (letter == std::string_view::npos) return false;
  std::string_view first = text.OriginalSlice(line_begin + letter, line_begin + letter + 1);
  return !first.empty() && !StartsUpper(first);
}

struct OwnSymbol {
  std::size_t line;       // the line of the number
  std::size_t sign_line;  // the line of "Số:", the same or the one above
  SymbolMatch match;
};

// "Số:", "So:", OCR's "$6:", "36:", before the document's own number.
const RE2& NumberSign() {
  static const RE2 number_sign(R"(^[ \t|>"'_=*.,-]*(?:[s$58][o0e6]|36|no)[ \t]*[:.;]?[ \t]*$)");
  return number_sign;
}

// The document's own number: the first symbol right after "Số:" in the
// header, on the same line or alone on the line below ("Số:\n81/2025/QĐ-UBND"
// in a flattened table). A "Số" without a colon ("Số 45-KH/TU" of a Party
// document) counts only when no "Số:" is found: an all-capitals title
// cites with it ("BÃI BỎ QUYẾT ĐỊNH\nSỐ 55/2014/QĐ-UBND NGÀY ...").
std::optional<OwnSymbol> FindOwnSymbol(const FoldedText& text, const std::vector<Line>& lines,
                                       const std::vector<SymbolMatch>& symbols) {
  std::size_t limit = std::min(lines.size(), kHeaderLines);
  if (limit == 0) return std::nullopt;
  std::size_t line = 0;
  std::optional<OwnSymbol> weak;
  for (const SymbolMatch& m : symbols) {
    if (m.begin >= lines[limit - 1].end) break;
    while (line < limit && lines[line].end < m.begin) ++line;
    if (line >= limit || m.begin < lines[line].begin) continue;
    re2::StringPiece before(text.folded().data() + lines[line].begin, m.begin - lines[line].begin);
    if (std::string_view(before.data(), before.size()).find_first_not_of(" \t|>\"*") ==
        std::string_view::npos) {
      // The number opens its line: "Số:" may be alone on the line above.
      if (line == 0) continue;
      std::size_t above = line - 1;
      re2::StringPiece sign(text.folded().data() + lines[above].begin,
                            lines[above].end - lines[above].begin);
      if (RE2::FullMatch(sign, NumberSign()) && sign.find(':') != re2::StringPiece::npos)
        return OwnSymbol{line, above, m};
      continue;
    }
    if (!RE2::FullMatch(before, NumberSign())) continue;
    if (ContinuesACitation(text, lines[line].begin, before)) continue;
    if (before.find(':') != re2::StringPiece::npos) return OwnSymbol{line, line, m};
    if (!weak) weak = OwnSymbol{line, line, m};
  }
  return weak;
}

// The line of "Số:" when the number after it could not be read ("Số:33 5.3
// /TCT-HTQT"): the agency block ends there all the same.
std::optional<std::size_t> FindNumberSignLine(const FoldedText& text,
                                              const std::vector<Line>& lines) {
  static const RE2 sign(R"(^[ \t|>"'_=*.,-]*(?:[s$58][o0e6]|36)[ \t]*[:;])");
  std::size_t limit = std::min(lines.size(), kHeaderLines);
  for (std::size_t i = 0; i < limit; ++i) {
    re2::StringPiece line(text.folded().data() + lines[i].begin, lines[i].end - lines[i].begin);
    if (RE2::PartialMatch(line, sign)) return i;
  }
  return std::nullopt;
}

// The line that ends the motto ("Độc lập - Tự do - Hạnh phúc", or the
// Party's name): the agency block is above it when nothing else marks it.
std::optional<std::size_t> FindMottoLine(const FoldedText& text, const std::vector<Line>& lines) {
  std::size_t limit = std::min(lines.size(), kHeaderLines);
  for (std::size_t i = 0; i < limit; ++i) {
    if (EndsMotto(text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin))) return i;
  }
  return std::nullopt;
}

// How far down OCR may have put the motto's block of a page set in columns.
constexpr std::size_t kMottoBlockReach = 150;

// "ngày 2O tháng 11 năm 2O18": a header date whose digits OCR read as the
// letters they look like (O for 0, l for 1), its words intact.
std::optional<std::string> ReadOcrDate(const FoldedText& text, std::size_t ngay_at) {
  static const RE2 date(
      R"(^ngay\s*([0-9ol]{1,2})\s+thang\s+([0-9ol]{1,2})\s*,?\s+nam\s+([0-9ol]{4}))");
  std::size_t end = std::min(text.size(), ngay_at + 60);
  re2::StringPiece window(text.folded().data() + ngay_at, end - ngay_at);
  std::string parts[3];
  if (!RE2::PartialMatch(window, date, &parts[0], &parts[1], &parts[2])) return std::nullopt;
  int values[3];
  for (int i = 0; i < 3; ++i) {
    for (char& c : parts[i]) c = c == 'o' ? '0' : c == 'l' ? '1' : c;
    values[i] = std::stoi(parts[i]);
  }
  auto [day, month, year] = values;
  if (year < 1945 || year > 2100 || !IsCalendarDate(year, month, day)) return std::nullopt;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return std::string(iso);
}

// "Quảng Trị, ngày 17 tháng 12 năm 2020" near the symbol: on the lines from
// `from` (and before `end_line`).
void ReadPlaceAndDate(const FoldedText& text, const std::vector<Line>& lines, std::size_t from,
                      std::size_t after_offset, DocumentInfo& info,
                      std::size_t end_line = std::string::npos) {
  // "ngày" may be on the next line ("*Thành phố Huế,\nngày 18 tháng 11
  // năm 2025*" in a flattened table).
  // OCR may glue the day to it ("Hà Noi, ngayl4thing").
  static const RE2 comma_date(R"(,[ \t]*\n?[ \t]*ngay(?:\b|[0-9lio]))");
  // The place and date follow the number, maybe after a letter's subject
  // of a few lines; "Kính gửi" and "Căn cứ" begin the text.
  std::size_t limit = std::min({lines.size(), from + 12, end_line});
  for (std::size_t i = from; i < limit; ++i) {
    std::string_view opening = text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin);
    opening.remove_prefix(std::min(opening.size(), opening.find_first_not_of(" \t|")));
    if (i > from && (opening.starts_with("kinh g") || opening.starts_with("can cu"))) {
      limit = i;
      break;
    }
    std::size_t begin = std::max(lines[i].begin, after_offset);
    std::size_t window_end = i + 1 < lines.size() ? lines[i + 1].end : lines[i].end;
    // A line may hold more than one ", ngày" (a subject in the next table
    // cell mentions a dated document): try each.
    for (std::size_t at = begin; at < lines[i].end;) {
      re2::StringPiece line(text.folded().data() + at, window_end - at);
      re2::StringPiece match;
      if (!comma_date.Match(line, 0, line.size(), RE2::UNANCHORED, &match, 1)) break;
      std::size_t place_end = static_cast<std::size_t>(match.data() - text.folded().data());
      if (place_end >= lines[i].end) break;
      at = place_end + match.size();
      std::size_t ngay_at =
          place_end + match.size() -
          (std::string_view(match.data(), match.size()).ends_with("ngay") ? 4 : 5);
      // The place: up to 60 bytes before the comma, after any ":;|".
      std::size_t place_begin = place_end > begin + 60 ? place_end - 60 : begin;
      for (std::size_t k = place_end; k > place_begin; --k) {
        char c = text.folded()[k - 1];
        if (c == ':' || c == ';' || c == '|' || c == ',' || c == '\n') {
          place_begin = k;
          break;
        }
      }
      if (place_end - place_begin < 2) continue;
      // The place is the capitalised words just before the comma.
      std::vector<std::string> words = SplitWords(CleanLine(text, place_begin, place_end));
      std::size_t keep = 0;
      auto is_name_word = [](const std::string& w) {
        return !w.empty() && std::isalpha(static_cast<unsigned char>(Fold(w)[0])) && StartsUpper(w);
      };
      while (keep < words.size() && keep < 5 && is_name_word(words[words.size() - 1 - keep]))
        ++keep;
      // OCR read the agency's column into the line: "NGHỆ Quảng Trị, ngày"
      // ends "SỞ KHOA HỌC VÀ CÔNG / NGHỆ". Words in capitals before a place
      // written in ordinary case are not the place's.
      if (keep > 1 && !IsAllUpper(words.back()))
        while (keep > 1 && IsAllUpper(words[words.size() - keep]) &&
               Fold(words[words.size() - keep]).size() > 1)
          --keep;
      std::string name;
      for (std::size_t w = words.size() - keep; w < words.size(); ++w)
        name += (name.empty() ? "" : " ") + words[w];
      // "Place, ngày ..." dates the document; a date in running text with no
      // place before it ("..., ngày 14/02/2025, Tổng cục Thuế có ...") does not.
      if (name.empty()) continue;
      if (IsAllUpper(name)) name = TitleCaseWords(name);
      if (auto province = Knowledge::Get().Province(SearchKey(name))) name = *province;
      info.place = ToNewTonePlacement(name);
      if (auto date = ReadDateAt(text, ngay_at))
        info.date = date->value;
      else
        info.date = ReadOcrDate(text, ngay_at);
      return;
    }
  }
  // OCR drops the comma or reads it as a full stop ("Hà Nội. ngày 07 tháng
  // 11 năm 2018"): then only a province's name is taken for the place.
  static const RE2 bare_date(R"((\pL+[ \t]+\pL+(?:[ \t]+\pL+)?)[ \t]*\.?[ \t]+ngay\b)");
  for (std::size_t i = from; i < limit; ++i) {
    std::size_t begin = std::max(lines[i].begin, after_offset);
    if (begin >= lines[i].end) continue;
    re2::StringPiece line(text.folded().data() + begin, lines[i].end - begin);
    re2::StringPiece match;
    if (!bare_date.Match(line, 0, line.size(), RE2::UNANCHORED, &match, 1)) continue;
    std::string_view words(match.data(), match.size());
    std::size_t ngay = words.rfind("ngay");
    std::vector<std::string> keys =
        SplitWords(CollapseSpaces(std::string(words.substr(0, ngay)) + " "));
    for (std::size_t n = std::min<std::size_t>(3, keys.size()); n >= 2; --n) {
      std::string key;
      for (std::size_t j = keys.size() - n; j < keys.size(); ++j) {
        std::string w = keys[j];
        while (!w.empty() && w.back() == '.') w.pop_back();
        key += (key.empty() ? "" : " ") + w;
      }
      if (auto province = Knowledge::Get().Province(SearchKey(key))) {
        info.place = *province;
        std::size_t ngay_at = static_cast<std::size_t>(match.data() - text.folded().data()) + ngay;
        if (auto date = ReadDateAt(text, ngay_at))
          info.date = date->value;
        else
          info.date = ReadOcrDate(text, ngay_at);
        return;
      }
    }
  }
  // OCR lost the place: "ngày 07 tháng 11 năm 2018" spelled out right after
  // the number (on its line or the next two) is still the header's date; a
  // letter's subject ("V/v ... ngày ...") is not.
  static const RE2 spelled(R"((?:^|[\s,|])(ngay\s*\d{1,2}\s+thang\s+\d{1,2}\s*,?\s+nam\s+\d{4}))");
  for (std::size_t i = from; i < std::min(limit, from + 3); ++i) {
    std::size_t begin = std::max(lines[i].begin, after_offset);
    if (begin >= lines[i].end) continue;
    std::string_view f = text.folded().substr(begin, lines[i].end - begin);
    std::string_view opening = f.substr(std::min(f.size(), f.find_first_not_of(" \t|")));
    if (opening.starts_with("v/v") || opening.starts_with("ve viec")) continue;
    re2::StringPiece line(f.data(), f.size());
    re2::StringPiece date;
    if (!RE2::PartialMatch(line, spelled, &date)) continue;
    std::size_t ngay_at = static_cast<std::size_t>(date.data() - text.folded().data());
    if (auto read = ReadDateAt(text, ngay_at)) {
      info.date = read->value;
      return;
    }
  }
}

// The type heading ("BÁO CÁO") and the title (trích yếu) below it.
// The heading comes before the text: the search stops at `stop` (a letter's
// subject line), at "Kính gửi" and at "Căn cứ", so that a capitalised line
// of the body ("THÔNG BÁO KẾT QUẢ ...") is not taken for it.
std::optional<std::size_t> ReadTypeAndTitle(const FoldedText& text, const std::vector<Line>& lines,
                                            std::size_t from, std::size_t stop,
                                            DocumentInfo& info) {
  const Knowledge& k = Knowledge::Get();
  std::size_t limit = std::min({lines.size(), from + 40, stop});
  for (std::size_t i = from; i < limit; ++i) {
    // A heading starts with a type word: test the folded line first.
    std::string_view f = text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin);
    std::size_t first = f.find_first_not_of(" \t|>");
    if (first == std::string_view::npos || lines[i].end - lines[i].begin > 300) continue;
    std::string_view opening = f.substr(first);
    // "Kính gửi" (OCR: "Kinh gti", or "gửi:" alone) and "Căn cứ" start the text.
    if (opening.starts_with("kinh g") || opening.starts_with("gui:") ||
        opening.starts_with("gui :") || opening.starts_with("can cu"))
      break;
    char c = f[first];
    if (c != 'b' && c != 'c' && c != 'd' && c != 'h' && c != 'k' && c != 'l' && c != 'n' &&
        c != 'p' && c != 'q' && c != 't' && c != 'v')
      continue;
    std::string line = CleanLine(text, lines[i].begin, lines[i].end);
    if (line.empty() || !IsAllUpper(line)) continue;
    std::string key = SearchKey(line);
    std::size_t heading_end = i;  // the heading's last line
    // "**QUYẾT\nĐỊNH**": a heading broken inside its bold run.
    std::string_view original = text.OriginalSlice(lines[i].begin, lines[i].end);
    std::size_t stars = 0;
    for (std::size_t at = original.find("**"); at != std::string_view::npos;
         at = original.find("**", at + 2))
      ++stars;
    if (stars % 2 == 1 && i + 1 < lines.size() && SplitWords(key).size() == 1) {
      std::string next = CleanLine(text, lines[i + 1].begin, lines[i + 1].end);
      if (!next.empty() && IsAllUpper(next)) {
        line += " " + next;
        key = SearchKey(line);
        heading_end = i + 1;
      }
    }
    for (const auto& spelling : k.type_spellings()) {
      if (!key.starts_with(spelling.key)) continue;
      if (key.size() > spelling.key.size() && key[spelling.key.size()] != ' ') continue;
      info.type = spelling.canonical;
      std::string title;
      // The heading may carry the title: "QUYẾT ĐỊNH VỀ VIỆC ...".
      std::size_t cut = 0;
      int words = static_cast<int>(std::count(spelling.key.begin(), spelling.key.end(), ' ')) + 1;
      for (int w = 0; w < words && cut != std::string::npos; ++w)
        cut = line.find(' ', cut + (w ? 1 : 0));
      if (cut != std::string::npos) title = TrimPunctuation(line.substr(cut + 1));
      std::size_t j = heading_end + 1;
      while (j < lines.size() && j < i + 8 && title.empty() &&
             IsBlank(text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin)))
        ++j;
      bool title_in_heading = !title.empty();
      for (int n = 0; j < lines.size() && n < 5; ++j, ++n) {
        std::string_view f = text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin);
        if (IsBlank(f)) break;
        std::string next = CleanLine(text, lines[j].begin, lines[j].end);
        // A title begun on the heading line goes on only in capitals.
        if (title_in_heading && !IsAllUpper(next)) break;
        std::string next_key = SearchKey(next);
        if (next_key.starts_with("can cu") || next_key.starts_with("kinh gui") ||
            (IsAllUpper(next) && !title.empty() && !IsAllUpper(title)))
          break;
        // OCR kept no blank line between the title and the text, which
        // opens with its ground: "Kết quả ... năm 2020 / Thực hiện Quyết
        // định số 41/2019/QĐ-UBND ...". A title goes on in small letters.
        if (!title.empty() && StartsUpper(next) && !IsAllUpper(title) &&
            (StartsWithWords(next_key, "thuc hien") || StartsWithWords(next_key, "trien khai") ||
             StartsWithWords(next_key, "tren co so")))
          break;
        title += (title.empty() ? "" : " ") + next;
      }
      // "THÔNG BÁO / V/v triển khai ...": the subject marker is not the title's.
      static const RE2 marker(R"(^(?:[Vv]\s*[/.]\s*[vy]|Vw|V/V)\s*:?\s+)");
      RE2::Replace(&title, marker, "");
      if (!title.empty()) info.title = TrimPunctuation(TitleFromCapitals(title));
      return i;
    }
  }
  return std::nullopt;
}

// "V/v tăng cường công tác ..." of a letter (công văn); returns its line.
std::optional<std::size_t> ReadSubjectLine(const FoldedText& text, const std::vector<Line>& lines,
                                           std::size_t from, DocumentInfo& info) {
  // OCR reads "V/v" as "V/V", "V.v", "V/y", "Vw".
  static const RE2 subject(R"(^[ \t|]*(v\s*[/.]\s*[vy]|vw|ve viec)\s*:?\s*)");
  std::size_t limit = std::min(lines.size(), from + 15);
  for (std::size_t i = from; i < limit; ++i) {
    re2::StringPiece line(text.folded().data() + lines[i].begin, lines[i].end - lines[i].begin);
    std::size_t first = std::string_view(line.data(), line.size()).find_first_not_of(" \t|");
    if (first == std::string_view::npos || line[first] != 'v') continue;  // cheap test first
    re2::StringPiece match;
    if (!subject.Match(line, 0, line.size(), RE2::ANCHOR_START, &match, 1)) continue;
    // In a table header the subject ends at its cell.
    std::size_t cell_end = text.folded().find('|', lines[i].begin + match.size());
    bool in_table = cell_end < lines[i].end;
    std::string title =
        CleanLine(text, lines[i].begin + match.size(), in_table ? cell_end : lines[i].end);
    if (in_table) {
      title = TrimPunctuation(title);
      if (!title.empty()) info.title = title;
      return i;
    }
    for (std::size_t j = i + 1; j < lines.size() && j < i + 6; ++j) {
      std::string_view f = text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin);
      if (IsBlank(f)) {
        // OCR breaks a subject line with a blank line; it goes on in lower case.
        if (j + 1 < lines.size() && !title.ends_with(".")) {
          std::string next = CleanLine(text, lines[j + 1].begin, lines[j + 1].end);
          if (!next.empty() && !StartsUpper(next) &&
              std::isalpha(static_cast<unsigned char>(Fold(next)[0])))
            continue;
        }
        break;
      }
      std::string key = SearchKey(f);
      // "Kính gửi" (OCR: "Kinh gti") starts the addressee; a subject that
      // ended with a full stop is complete.
      if (key.starts_with("kinh g") || key.starts_with("gui") || title.ends_with(".")) break;
      title += " " + CleanLine(text, lines[j].begin, lines[j].end);
    }
    title = TrimPunctuation(title);
    if (!title.empty()) info.title = title;
    return i;
  }
  return std::nullopt;
}

bool LooksLikePersonName(const std::string& line) {
  if (line.size() < 4 || line.size() > 60 || !StartsUpper(line)) return false;
  static const std::unordered_set<std::string_view> kTitleWords = {
      "giam", "doc", "tich",  "phong", "cuc",  "truong", "pho", "ki",  "tm",   "tl",   "tuq",
      "ui",   "ban", "chanh", "vien",  "nhan", "luu",    "bi",  "thu", "tong", "quan", "hoi"};
  std::vector<std::string> words = SplitWords(SearchKey(line));
  if (words.size() < 2 || words.size() > 5) return false;
  for (const std::string& w : words)
    for (char c : w)
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  if (!Knowledge::Get().IsSurname(words[0])) return false;
  // "ĐẢNG CỘNG SẢN VIỆT NAM": "Đảng" is a surname.
  if (IsMottoDebris(SearchKey(line))) return false;
  // Every word capitalised; an all-capitals line must not be a job title.
  for (const std::string& w : SplitWords(line))
    if (!StartsUpper(w)) return false;
  if (IsAllUpper(line))
    for (std::size_t i = 1; i < words.size(); ++i)
      if (kTitleWords.count(words[i])) return false;
  return true;
}

std::optional<std::string> ReadSigner(const FoldedText& text, const std::vector<Line>& lines) {
  std::size_t stop = lines.size() > kSignatureLines ? lines.size() - kSignatureLines : 0;
  for (std::size_t i = lines.size(); i-- > stop;) {
    if (lines[i].end - lines[i].begin > 100) continue;  // a name is short
    std::string line = TrimPunctuation(CleanLine(text, lines[i].begin, lines[i].end));
    if (LooksLikePersonName(line)) {
      if (IsAllUpper(line)) line = TitleCaseWords(line);
      return ToNewTonePlacement(line);
    }
  }
  return std::nullopt;
}

std::vector<std::string> ReadRecipients(const FoldedText& text, const std::vector<Line>& lines) {
  static const RE2 heading(R"(^[ \t|]*noi\s+nhan\s*:?\s*)");
  std::vector<std::string> recipients;
  std::size_t stop = lines.size() > 80 ? lines.size() - 80 : 0;
  for (std::size_t i = lines.size(); i-- > stop;) {
    re2::StringPiece line(text.folded().data() + lines[i].begin, lines[i].end - lines[i].begin);
    re2::StringPiece match;
    if (!heading.Match(line, 0, line.size(), RE2::ANCHOR_START, &match, 1)) continue;
    auto add = [&recipients](std::string entry) {
      entry = TrimPunctuation(entry);
      std::string key = SearchKey(entry);
      if (entry.empty() || key.starts_with("luu") || key.starts_with("nhu tren")) return;
      recipients.push_back(ToNewTonePlacement(entry));
    };
    std::string first = CleanLine(text, lines[i].begin + match.size(), lines[i].end);
    if (!first.empty() && (first[0] == '-' || first[0] == '+')) add(first.substr(1));
    for (std::size_t j = i + 1; j < lines.size() && j < i + 30; ++j) {
      std::string entry = CleanLine(text, lines[j].begin, lines[j].end);
      if (entry.empty()) continue;
      if (entry.starts_with("-") || entry.starts_with("+") || entry.starts_with("•")) {
        add(entry.substr(entry.starts_with("•") ? 3 : 1));
      } else {
        break;
      }
    }
    break;
  }
  return recipients;
}

// The type a "Số:" line's code gives when its number could not be read
// ("Số:33 5.3 /TCT-HTQT" is a letter's, "Số: l4/KH-SKHCHN" a Kế hoạch's).
std::optional<std::string> TypeFromNumberLine(const FoldedText& text, const Line& line) {
  static const RE2 code(R"(^[^/]{1,20}/\s*(?:\d{4}\s*/\s*)?([a-z]+)\s*(?:-|/|\s|$))");
  re2::StringPiece input(text.folded().data() + line.begin, line.end - line.begin);
  std::string key;
  if (!RE2::PartialMatch(input, code, &key)) return std::nullopt;
  if (key == "ct") return std::nullopt;  // Chỉ thị, or Cục Thuế's unit after it
  if (auto type = Knowledge::Get().TypeForCode(key)) return type;
  return "Công văn";
}

// "Thời gian ký: 16.10.2024 15:12": the time a digital signature was put
// on the file, printed in its stamp (at the top or the foot of the page).
std::optional<std::string> ReadSignatureDate(const FoldedText& text) {
  static const RE2 stamp(
      R"((?:thoi gian k[yi]|ngay k[yi])\s*:\s*(?:(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})|)"
      R"((\d{4})-(\d{2})-(\d{2})))");
  re2::StringPiece input(text.folded().data(), text.size());
  std::string d, m, y, iso_y, iso_m, iso_d;
  if (!RE2::FindAndConsume(&input, stamp, &d, &m, &y, &iso_y, &iso_m, &iso_d)) return std::nullopt;
  if (d.empty()) {  // "2024-10-16 15:12:00"
    d = iso_d;
    m = iso_m;
    y = iso_y;
  }
  int day = std::stoi(d), month = std::stoi(m), year = std::stoi(y);
  if (year < 1945 || year > 2100 || !IsCalendarDate(year, month, day)) return std::nullopt;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return std::string(iso);
}

}  // namespace

DocumentHeader ReadDocumentHeader(const FoldedText& text) {
  return ReadDocumentHeader(text, FindSymbols(text, LetterCase::kAsPrinted));
}

DocumentHeader ReadDocumentHeader(const FoldedText& text, const std::vector<SymbolMatch>& symbols) {
  DocumentHeader header;
  DocumentInfo& info = header.info;
  std::vector<Line> lines = SplitLines(text.folded());
  std::optional<OwnSymbol> own = FindOwnSymbol(text, lines, symbols);
  // The agency block ends at "Số:"; failing that, at the motto's last line.
  std::optional<std::size_t> sign_line =
      own ? std::optional(own->sign_line) : FindNumberSignLine(text, lines);
  std::optional<std::size_t> motto_line;
  if (!sign_line) motto_line = FindMottoLine(text, lines);
  std::size_t after_symbol_line = own          ? own->line
                                  : sign_line  ? *sign_line
                                  : motto_line ? *motto_line
                                               : 0;
  std::size_t after_symbol_offset = 0;
  if (own) {
    info.symbol = own->match.symbol.canonical;
    header.symbol_begin = own->match.begin;
    header.symbol_end = own->match.end;
    header.symbol_key = own->match.symbol.Key();
    after_symbol_offset = own->match.end;
  }
  ReadPlaceAndDate(text, lines, after_symbol_line, after_symbol_offset, info);
  // OCR read the two columns of the header line by line, and the agency's
  // name broke over two lines: the place and date come before "Số:"
  // ("SỞ KHOA HỌC VÀ CÔNG  Độc lập ... / NGHỆ Quảng Trị, ngày 10 tháng 12
  // năm 2021 / Số: 156 /BC-SKHCHN").
  if (!info.place && !info.date && after_symbol_line > 0)
    ReadPlaceAndDate(text, lines, 0, 0, info, after_symbol_line);
  // On a page set in columns OCR may read the motto's block after the first
  // column of the text: the place and date are still the lines under
  // "Độc lập - Tự do - Hạnh phúc".
  if (!info.place && !info.date) {
    for (std::size_t i = 0; i < std::min(lines.size(), kMottoBlockReach); ++i) {
      std::string_view f = text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin);
      if (f.find("doc lap") == std::string_view::npos ||
          f.find("hanh phuc") == std::string_view::npos)
        continue;
      ReadPlaceAndDate(text, lines, i + 1, 0, info, i + 4);
      break;
    }
  }
  // A garbled date in the header: the digital signature's time stamp
  // ("Thời gian ký: 02.12.2022 15:12") dates the document.
  if (!info.date) info.date = ReadSignatureDate(text);
  // A letter states its subject ("V/v ...") where other documents have a
  // type heading: a heading counts only above the subject line.
  DocumentInfo subject;
  std::optional<std::size_t> subject_line =
      ReadSubjectLine(text, lines, after_symbol_line, subject);
  DocumentInfo headed;
  std::optional<std::size_t> heading = ReadTypeAndTitle(
      text, lines, after_symbol_line, subject_line ? *subject_line : lines.size(), headed);
  // A number without a type code is a letter's ("4302/TCT-TTr"): a heading
  // well below it is a capitalised line of the text, not the letter's type.
  if (heading && own && !own->match.symbol.TypeFromCode() && *heading > own->line + kHeadingReach)
    heading.reset();
  if (heading) {
    info.type = headed.type;
    info.title = headed.title;
  }
  if (!info.title) info.title = subject.title;
  // No heading: the symbol's type code ("14/KH-SKHCHN" is a Kế hoạch); a
  // number without one ("1225/UBND-NC", "4302/TCT-TTr") is a letter's.
  if (!info.type && own) info.type = own->match.symbol.TypeFromCode();
  if (!info.type && !own && sign_line) info.type = TypeFromNumberLine(text, lines[*sign_line]);
  if (!info.type && (own || subject_line)) info.type = "Công văn";
  // The agency block: the lines above "Số:" (and what precedes "Số:" on
  // its line); with no "Số:", those down to the motto's last line, or to
  // the type heading when OCR read the motto's column first.
  std::size_t header_end = sign_line    ? *sign_line + 1
                           : motto_line ? std::max(*motto_line + 1, heading.value_or(0))
                           : heading    ? *heading
                                        : 0;
  info.issuer = ReadIssuer(text, lines, header_end);
  if (!info.issuer && own) info.issuer = own->match.symbol.IssuerFromCode();
  info.signer = ReadSigner(text, lines);
  info.recipients = ReadRecipients(text, lines);
  return header;
}

}  // namespace lexgraph
