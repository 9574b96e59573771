#include "named_mentions.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "knowledge.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Folded text from `pos` with y -> i and runs of space collapsed, with the
// folded offset of each byte, for matching keys made by SearchKey().
struct KeyedWindow {
  std::string key;
  std::vector<std::size_t> offsets;
};
KeyedWindow KeyFrom(std::string_view folded, std::size_t pos, std::size_t max_len) {
  KeyedWindow w;
  int newlines = 0;
  for (std::size_t i = pos; i < folded.size() && w.key.size() < max_len; ++i) {
    char c = folded[i];
    if (c == '\n' && ++newlines >= 2) break;
    if (IsFoldedSpace(c)) {
      if (!w.key.empty() && w.key.back() != ' ') {
        w.key += ' ';
        w.offsets.push_back(i);
      }
      continue;
    }
    if (c != '\n') newlines = 0;
    w.key += (c == 'y') ? 'i' : c;
    w.offsets.push_back(i);
  }
  return w;
}

// Words that end a law's name: the sentence goes on after them.
const std::unordered_set<std::string_view>& NameStops() {
  static const std::unordered_set<std::string_view> stops = {
      "ve",    "cua",   "ngai",  "da",     "duoc", "so",  "thi",  "co",    "tai",  "theo", "do",
      "de",    "trong", "nai",   "hien",   "sua",  "qui", "thuc", "nhung", "cac",  "cho",  "voi",
      "la",    "nhu",   "nham",  "khi",    "hoac", "ban", "quoc", "nam",   "va",   "moi",  "mot",
      "dieu",  "khoan", "diem",  "chuong", "tu",   "den", "sau",  "nhiem", "dang", "se",   "can",
      "trinh", "phai",  "vao",   "len",    "ra",   "nen", "con",  "tren",  "duoi", "ma",   "thong",
      "nghi",  "quiet", "tuong", "huong",  "gom",  "bao", "phan", "muc",   "cung", "tiep"};
  return stops;
}

std::string YearSuffix(std::string_view folded, std::size_t& end) {
  static const RE2 re(R"([ \t]*(?:\(\s*)?(?:nam\s+)?((?:19|20)\d\d)\b)");
  re2::StringPiece input(folded.data(), folded.size());
  re2::StringPiece g[2];
  if (!re.Match(input, end, folded.size(), RE2::ANCHOR_START, g, 2)) return "";
  // "(sửa đổi năm 2019)" and "(2013)" are not the name's year.
  if (g[0].find('(') != re2::StringPiece::npos) return "";
  end = static_cast<std::size_t>(g[0].data() - folded.data()) + g[0].size();
  return " năm " + std::string(g[1].data(), g[1].size());
}

// "Luật ...", "Bộ luật ...", "Pháp lệnh ..." at `begin`, whose type word
// ends at `name_begin`.
std::optional<NamedMention> ReadLaw(const FoldedText& text, std::size_t begin,
                                    std::size_t name_begin, const std::string& type,
                                    LetterCase letter_case) {
  std::string_view f = text.folded();
  const Knowledge& k = Knowledge::Get();
  // Known names first: they are cut at the right word.
  KeyedWindow window = KeyFrom(f, begin, 120);
  for (const auto& law : k.laws()) {
    if (!window.key.starts_with(law.key)) continue;
    std::size_t n = law.key.size();
    if (n < window.key.size() && IsWordChar(window.key[n])) continue;
    std::size_t end = window.offsets[n - 1] + 1;
    YearSuffix(f, end);  // "Luật Đất đai năm 2013": the year is read, not named
    return NamedMention{begin, end, type, law.canonical};
  }
  // "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật
  // Tổ chức chính quyền địa phương": an amending law is named after what it
  // amends, up to its date or the end of the clause.
  static const RE2 amending(
      R"(^\s+sua\s+doi\s*,?\s*(?:bo\s+sung\s+)?([^;.:()\n]{3,200}?)(?:\s+ngai\b|\s*[;.:(\n]|$))");
  if (type == "Luật") {
    // When what it amends is itself a law's name, that name ends where a
    // law's name does (a line break inside it included): "Luật sửa đổi, bổ
    // sung Luật Bảo vệ bí mật nhà nước và các văn bản hướng dẫn" names the
    // amending law only up to "nhà nước".
    static const RE2 amends_law(
        R"(^\s+sua\s+doi\s*,?\s*(?:bo\s+sung\s+)?(?:(?:mot\s+so\s+dieu|dieu\s+\d+)\s+cua\s+)?)");
    re2::StringPiece head(f.data() + name_begin, std::min<std::size_t>(f.size() - name_begin, 80));
    re2::StringPiece prefix;
    if (amends_law.Match(head, 0, head.size(), RE2::ANCHOR_START, &prefix, 1)) {
      std::size_t object = name_begin + prefix.size();
      std::size_t end = std::string_view::npos;
      while (object < f.size()) {
        std::string_view rest = f.substr(object, 8);
        bool code = rest.starts_with("bo luat") || rest.starts_with("luat");
        if (!code || !StartsUpper(text.OriginalSlice(object, object + 1))) break;
        bool bo = rest.starts_with("bo");
        std::size_t inner_name = object + (bo ? 7 : 4);
        if (bo) inner_name = f.find("luat", object) + 4;
        auto inner = ReadLaw(text, object, inner_name, bo ? "Bộ luật" : "Luật", letter_case);
        if (!inner) break;
        end = inner->end;
        // The name's year is read, not named.
        std::size_t e = end;
        while (e > object && std::isdigit(static_cast<unsigned char>(f[e - 1]))) --e;
        if (end - e == 4) {
          while (e > object && IsFoldedSpace(f[e - 1])) --e;
          if (e >= 3 && f.substr(e - 3, 3) == "nam") e -= 3;
          while (e > object && IsFoldedSpace(f[e - 1])) --e;
          end = e;
        }
        // "... Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
        std::size_t j = inner->end;
        while (j < f.size() && IsFoldedSpace(f[j])) ++j;
        if (f.substr(j, 2) == "va" && j + 2 < f.size() && !IsWordChar(f[j + 2])) {
          j += 2;
        } else if (j < f.size() && f[j] == ',') {
          ++j;
        } else {
          break;
        }
        while (j < f.size() && IsFoldedSpace(f[j])) ++j;
        object = j;
      }
      if (end != std::string_view::npos) {
        std::string name = "Luật " + CollapseSpaces(text.OriginalSlice(name_begin, end));
        return NamedMention{begin, end, type, ToNewTonePlacement(name)};
      }
    }
    re2::StringPiece input(f.data() + name_begin,
                           std::min<std::size_t>(f.size() - name_begin, 260));
    re2::StringPiece match[2];  // the name, what it amends
    std::string keyed(input.data(), input.size());
    for (char& c : keyed)
      if (c == 'y') c = 'i';
    re2::StringPiece keyed_input(keyed);
    if (amending.Match(keyed_input, 0, keyed_input.size(), RE2::ANCHOR_START, match, 2)) {
      const std::size_t object_begin =
          name_begin + static_cast<std::size_t>(match[1].data() - keyed_input.data());
      std::size_t end = name_begin + match[0].size();
      // Give back the date word or the punctuation that ended the name.
      std::string_view tail = f.substr(name_begin, match[0].size());
      // Only the word the pattern stopped at ("\s+ngai\b"), not the end of
      // a longer one ("...0ngày" at the end of the text).
      if ((tail.ends_with("ngai") || tail.ends_with("ngay")) && tail.size() > 4 &&
          std::isspace(static_cast<unsigned char>(tail[tail.size() - 5])))
        end -= 4;
      while (end > name_begin && !IsWordChar(f[end - 1])) --end;
      // What it amends, so trimmed, must still be what the pattern asks for,
      // or the name does not read back: "Luật sửa đổi,>", "Luật sửa đổi,t >"
      // name nothing.
      if (end >= object_begin + 3) {
        std::string name = "Luật " + CollapseSpaces(text.OriginalSlice(name_begin, end));
        return NamedMention{begin, end, type, ToNewTonePlacement(name)};
      }
    }
  }
  // Otherwise the name is the words after the type word, up to a word that
  // continues the sentence. In running text it starts with a capital.
  std::size_t i = name_begin;
  std::size_t name_start = std::string_view::npos, name_end = name_begin;
  int words = 0;
  while (i < f.size() && words < 8) {
    while (i < f.size() && (f[i] == ' ' || (f[i] == '\n' && words > 0))) ++i;
    if (i >= f.size() || !IsWordChar(f[i])) break;
    std::size_t w_begin = i;
    while (i < f.size() && IsWordChar(f[i])) ++i;
    std::string key(f.substr(w_begin, i - w_begin));
    for (char& c : key)
      if (c == 'y') c = 'i';
    if (std::isdigit(static_cast<unsigned char>(key[0]))) break;
    bool capital = StartsUpper(text.OriginalSlice(w_begin, i));
    if (words == 0) {
      if (letter_case == LetterCase::kAsPrinted && !capital) return std::nullopt;
      if (NameStops().count(key) && !capital) return std::nullopt;
      if (key == "nai" || key == "so") return std::nullopt;  // "Luật này", "Luật số"
    } else if (NameStops().count(key) && !capital) {
      // "và" joins two capitalised words of one name: "Khoa học và Công nghệ".
      // Capitals count in a typed reference too (kAny), so that it gets the
      // name, and the key, the extractor gives the same words.
      if (key == "va" && i < f.size()) {
        std::size_t j = i;
        while (j < f.size() && f[j] == ' ') ++j;
        if (j < f.size() && IsWordChar(f[j]) && StartsUpper(text.OriginalSlice(j, j + 1))) {
          ++words;
          continue;
        }
      }
      break;
    }
    if (name_start == std::string_view::npos) name_start = w_begin;
    name_end = i;
    ++words;
    if (i < f.size() && f[i] != ' ' && f[i] != '\n') break;  // punctuation ends the name
  }
  if (words == 0 || name_start == std::string_view::npos) return std::nullopt;
  std::string name =
      type + " " + CapitalizeFirst(CollapseSpaces(text.OriginalSlice(name_start, name_end)));
  std::size_t end = name_end;
  YearSuffix(f, end);  // the contract names laws without their year
  return NamedMention{begin, end, type, ToNewTonePlacement(name)};
}

std::optional<NamedMention> ReadConstitution(const FoldedText& text, std::size_t begin,
                                             std::size_t name_begin, LetterCase letter_case) {
  static const RE2 re(
      R"((\s+nuoc\s+cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam)?(?:[ \t]*(?:nam\s+)?((?:19|20)\d\d)\b)?)");
  std::string_view f = text.folded();
  re2::StringPiece input(f.data(), f.size());
  re2::StringPiece g[3];
  if (!re.Match(input, name_begin, f.size(), RE2::ANCHOR_START, g, 3)) return std::nullopt;
  bool qualified = !g[1].empty() || !g[2].empty();
  // A bare "Hiến pháp" is a citation only as a legal basis ("Căn cứ Hiến pháp").
  std::string_view before = f.substr(begin > 20 ? begin - 20 : 0, begin > 20 ? 20 : begin);
  bool basis = before.find("can cu") != std::string_view::npos;
  if (!qualified && !basis && letter_case == LetterCase::kAsPrinted) return std::nullopt;
  std::string name = "Hiến pháp";
  if (!g[1].empty()) name += " nước Cộng hòa xã hội chủ nghĩa Việt Nam";
  if (!g[2].empty()) name += " năm " + std::string(g[2].data(), g[2].size());
  std::size_t end = static_cast<std::size_t>(g[0].data() - f.data()) + g[0].size();
  if (g[0].empty()) end = name_begin;
  return NamedMention{begin, end, "Hiến pháp", name};
}

// "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ tư Ban
// Chấp hành Trung ương Đảng khóa XII", "Nghị quyết Đại hội XIII của Đảng",
// "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII": a named resolution always
// carries the term (khóa) or the congress number that makes it one.
std::optional<NamedMention> ReadNamedResolution(const FoldedText& text, std::size_t begin,
                                                std::size_t name_begin) {
  static const RE2 central(
      R"(\s+(?:hoi\s+nghi\s+)?(?:lan\s+thu\s+[a-z0-9]+\s+)?(?:ban\s+chap\s+hanh\s+|bch\s+)?(?:trung\s+uong|tw)\s+(?:dang\s+)?(?:lan\s+thu\s+)?(?:[a-z0-9]+\s*)?,?\s*\(?khoa\s+([ivxl]+)\b\)?)");
  static const RE2 congress(
      R"(\s+dai\s+hoi\s+(?:dai\s+bieu\s+)?(?:toan\s+quoc\s+)?(?:dang\s+bo\s+(?:tinh|thanh\s+pho|huyen|thi\s+xa|xa)?\s*(?:[a-z]+\s+){0,3}?)?(?:lan\s+thu\s+)?([ivxl]+|\d{1,2})\b(?:\s+cua\s+dang)?)");
  std::string_view f = text.folded();
  re2::StringPiece input(f.data(), f.size());
  re2::StringPiece g[2];
  bool found = central.Match(input, name_begin, f.size(), RE2::ANCHOR_START, g, 2) ||
               congress.Match(input, name_begin, f.size(), RE2::ANCHOR_START, g, 2);
  if (!found) return std::nullopt;
  // Roman numerals are printed in capitals; "xi" in lower case is a word.
  std::string_view numeral =
      text.OriginalSlice(static_cast<std::size_t>(g[1].data() - f.data()),
                         static_cast<std::size_t>(g[1].data() - f.data()) + g[1].size());
  if (!std::isdigit(static_cast<unsigned char>(g[1][0])) && !IsAllUpper(numeral))
    return std::nullopt;
  std::size_t end = static_cast<std::size_t>(g[0].data() - f.data()) + g[0].size();
  if (f[end - 1] == ')') {
    // keep a closing parenthesis only when its opening one is inside
    std::string_view inside = f.substr(name_begin, end - name_begin);
    if (inside.find('(') == std::string_view::npos) --end;
  }
  std::string rest = CollapseSpaces(text.OriginalSlice(name_begin, end));
  std::string name = ToNewTonePlacement("Nghị quyết " + rest);
  return NamedMention{begin, end, "Nghị quyết", name};
}

// Where the type words of named documents occur, in text order: the folded
// offset of the first word and the words as one key ("bo luat", "luat",
// "phap lenh", "hien phap", "nghi quyet"). Plain searches for the last word
// (memchr-fast) beat one pattern with groups; the first word may be
// separated from it by any white space, a line break included.
std::vector<std::pair<std::size_t, std::string_view>> TypeWordHits(std::string_view f) {
  struct Last {
    std::string_view word, first, key;
    bool first_optional;
  };
  static constexpr Last kLast[] = {{"luat", "bo", "bo luat", true},
                                   {"lenh", "phap", "phap lenh", false},
                                   {"phap", "hien", "hien phap", false},
                                   {"quyet", "nghi", "nghi quyet", false}};
  std::vector<std::pair<std::size_t, std::string_view>> hits;
  for (const Last& last : kLast) {
    for (std::size_t at = f.find(last.word); at != std::string_view::npos;
         at = f.find(last.word, at + 1)) {
      if ((at > 0 && IsWordChar(f[at - 1])) ||
          (at + last.word.size() < f.size() && IsWordChar(f[at + last.word.size()])))
        continue;
      std::size_t j = at;
      while (j > 0 && IsFoldedSpace(f[j - 1])) --j;
      std::size_t first = j >= last.first.size() ? j - last.first.size() : std::string_view::npos;
      bool has_first = j < at && first != std::string_view::npos &&
                       f.substr(first, last.first.size()) == last.first &&
                       (first == 0 || !IsWordChar(f[first - 1]));
      if (has_first) {
        hits.emplace_back(first, last.key);
      } else if (last.first_optional) {
        hits.emplace_back(at, last.word);
      }
    }
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

// For a short form in parentheses at [begin, end) ("(Đề án 06)"), the
// document it abbreviates when that stands right before it: the same type
// word, capitalised, then the name, in the same clause ("Đề án phát triển
// ứng dụng dữ liệu về dân cư, ... tầm nhìn đến năm 2030 (Đề án 06)").
std::optional<NamedMention> FullNameBefore(const FoldedText& text, std::string_view key,
                                           std::string_view canonical, std::size_t begin,
                                           std::size_t end) {
  std::string_view f = text.folded();
  std::size_t open = begin;
  while (open > 0 && IsFoldedSpace(f[open - 1])) --open;
  if (open == 0 || f[open - 1] != '(') return std::nullopt;
  std::size_t close = end;
  while (close < f.size() && IsFoldedSpace(f[close])) ++close;
  if (close >= f.size() || f[close] != ')') return std::nullopt;
  --open;  // the '('
  std::size_t floor = open > 320 ? open - 320 : 0;
  std::size_t type_at = std::string_view::npos;
  for (std::size_t at = f.rfind(key, open); at != std::string_view::npos && at >= floor;
       at = at == 0 ? std::string_view::npos : f.rfind(key, at - 1)) {
    if (at > 0 && IsWordChar(f[at - 1])) continue;
    if (!StartsUpper(text.OriginalSlice(at, at + 1))) continue;
    type_at = at;
    break;
  }
  if (type_at == std::string_view::npos) return std::nullopt;
  std::size_t name_begin = type_at + key.size();
  std::size_t name_end = open;
  while (name_end > name_begin && IsFoldedSpace(f[name_end - 1])) --name_end;
  std::string_view name = f.substr(name_begin, name_end - name_begin);
  if (name.find_first_of("();:") != std::string_view::npos ||
      name.find("\n\n") != std::string_view::npos || name.find(". ") != std::string_view::npos)
    return std::nullopt;
  // A name, not a number ("Đề án số 12 (Đề án 12)") nor a word or two.
  std::size_t first = name.find_first_not_of(" \t\n");
  if (first == std::string_view::npos || std::isdigit(static_cast<unsigned char>(name[first])) ||
      name.substr(first).starts_with("so "))
    return std::nullopt;
  int words = 0;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (IsWordChar(name[i]) && (i == 0 || !IsWordChar(name[i - 1]))) ++words;
  if (words < 3) return std::nullopt;
  std::string full = std::string(canonical) + " " +
                     CollapseSpaces(text.OriginalSlice(name_begin + first, name_end));
  return NamedMention{type_at, name_end, std::string(canonical), std::move(full)};
}

// "Đề án 06", "Chỉ thị 05", "Nghị quyết 18", "Kết luận 01", "Chương trình
// 135": the short form by which reports name well-known documents, a type
// word and a bare number with neither year nor sign.
std::vector<NamedMention> FindShortForms(const FoldedText& text) {
  struct Form {
    std::string_view key, canonical;
  };
  static constexpr Form kForms[] = {{"de an", "Đề án"},
                                    {"chi thi", "Chỉ thị"},
                                    {"nghi quyet", "Nghị quyết"},
                                    {"ket luan", "Kết luận"},
                                    {"chuong trinh", "Chương trình"}};
  std::vector<NamedMention> found;
  std::string_view f = text.folded();
  for (const Form& form : kForms) {
    for (std::size_t begin = f.find(form.key); begin != std::string_view::npos;
         begin = f.find(form.key, begin + 1)) {
      if (begin > 0 && IsWordChar(f[begin - 1])) continue;
      std::size_t i = begin + form.key.size();
      std::size_t digits_begin = i;
      while (digits_begin < f.size() && (f[digits_begin] == ' ' || f[digits_begin] == '\t'))
        ++digits_begin;
      if (digits_begin == i) continue;
      std::size_t end = digits_begin;
      while (end < f.size() && std::isdigit(static_cast<unsigned char>(f[end])) &&
             end - digits_begin < 4)
        ++end;
      if (end == digits_begin || end - digits_begin > 3 || (end < f.size() && IsWordChar(f[end])))
        continue;
      // Not the start of a symbol ("Chỉ thị 05-CT/TW", "Nghị quyết 18/NQ-CP"),
      // a fraction or a decimal, nor a heading's numbering ("1.", "a)").
      if (end < f.size() && (f[end] == '/' || f[end] == '-' || f[end] == '.' || f[end] == ',') &&
          end + 1 < f.size() && std::isalnum(static_cast<unsigned char>(f[end + 1])))
        continue;
      // "Đề án phát triển ứng dụng dữ liệu về dân cư ... (Đề án 06)": the
      // short form in parentheses names the document before it, which is
      // the mention, by its full name.
      if (StartsUpper(text.OriginalSlice(begin, begin + 1)))
        if (auto full = FullNameBefore(text, form.key, form.canonical, begin, end)) {
          found.push_back(std::move(*full));
          continue;
        }
      if (end < f.size() && (f[end] == '.' || f[end] == ')') &&
          (end + 1 >= f.size() || f[end + 1] == ' '))
        continue;
      // The type word written as a name is, with a capital.
      if (!StartsUpper(text.OriginalSlice(begin, begin + 1))) continue;
      found.push_back({begin, end, std::string(form.canonical),
                       std::string(form.canonical) + " " +
                           std::string(f.substr(digits_begin, end - digits_begin))});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const NamedMention& a, const NamedMention& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace

bool IsNameStopWord(std::string_view key) { return NameStops().count(key) > 0; }

std::vector<NamedMention> FindNamedMentions(const FoldedText& text, LetterCase letter_case) {
  std::vector<NamedMention> mentions;
  std::string_view f = text.folded();
  std::size_t pos = 0;
  for (const auto& [begin, word] : TypeWordHits(f)) {
    if (begin < pos) continue;
    // The name starts after the type word's last word.
    std::size_t name_begin =
        f.find(word.substr(word.rfind(' ') + 1), begin) + (word.size() - word.rfind(' ') - 1);
    if (word.find(' ') == std::string_view::npos) name_begin = begin + word.size();
    bool capital = StartsUpper(text.OriginalSlice(begin, begin + 1));
    if (letter_case == LetterCase::kAsPrinted && !capital) continue;
    std::optional<NamedMention> mention;
    if (word.starts_with("bo")) {
      mention = ReadLaw(text, begin, name_begin, "Bộ luật", letter_case);
    } else if (word == "luat") {
      // "PHÁP LUẬT ĐÁP ỨNG ...": in a heading in capitals "luật" after
      // "pháp" is the law in general, not the type word of a name.
      std::size_t j = begin;
      while (j > 0 && IsFoldedSpace(f[j - 1])) --j;
      if (j >= 4 && j < begin && f.substr(j - 4, 4) == "phap" && (j == 4 || !IsWordChar(f[j - 5])))
        continue;
      mention = ReadLaw(text, begin, name_begin, "Luật", letter_case);
    } else if (word.starts_with("phap")) {
      mention = ReadLaw(text, begin, name_begin, "Pháp lệnh", letter_case);
    } else if (word.starts_with("hien")) {
      mention = ReadConstitution(text, begin, name_begin, letter_case);
    } else {
      mention = ReadNamedResolution(text, begin, name_begin);
    }
    if (!mention) continue;
    pos = mention->end;
    mentions.push_back(std::move(*mention));
  }
  if (letter_case == LetterCase::kAsPrinted) {
    std::vector<NamedMention> short_forms = FindShortForms(text);
    if (!short_forms.empty()) {
      // Both lists are in text order and the named mentions do not overlap:
      // one pass, not a scan of every mention per short form (a report
      // that is a long list of "Chỉ thị 05" took quadratic time).
      const std::size_t named = mentions.size();
      std::size_t k = 0;
      std::size_t taken_end = 0;  // end of the last short form taken
      for (NamedMention& m : short_forms) {
        while (k < named && mentions[k].end <= m.begin) ++k;
        bool inside = (k < named && mentions[k].begin < m.end) || m.begin < taken_end;
        if (inside) continue;
        taken_end = m.end;
        mentions.push_back(std::move(m));
      }
      std::sort(mentions.begin(), mentions.end(),
                [](const NamedMention& a, const NamedMention& b) { return a.begin < b.begin; });
    }
  }
  return mentions;
}

}  // namespace lexgraph
