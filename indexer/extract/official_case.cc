#include "official_case.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "document_symbol.h"
#include "knowledge.h"
#include "knowledge_tables.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

// Where a word's letters start and end: quotes, brackets and punctuation
// around them are not part of it ("“VỀ" -> "VỀ", "TƯỞNG," -> "TƯỞNG").
std::size_t LeadLength(std::string_view word) {
  std::size_t n = 0;
  while (n < word.size()) {
    if (std::string_view("(\"'[").find(word[n]) != std::string_view::npos) {
      ++n;
    } else if (word.substr(n).starts_with("\u201C") || word.substr(n).starts_with("\u2018")) {
      n += 3;
    } else if (word.substr(n).starts_with("\u00AB")) {
      n += 2;
    } else {
      break;
    }
  }
  return n;
}
std::size_t CoreLength(std::string_view word) {
  std::size_t n = word.size();
  while (n > 0) {
    std::string_view head = word.substr(0, n);
    if (std::string_view(",.;:)!?\"']").find(word[n - 1]) != std::string_view::npos) {
      --n;
    } else if (head.ends_with("\u201D") || head.ends_with("\u2019")) {
      n -= 3;
    } else if (head.ends_with("\u00BB")) {
      n -= 2;
    } else {
      break;
    }
  }
  return std::max(n, LeadLength(word));
}
std::string_view Core(std::string_view word) {
  std::size_t lead = LeadLength(word);
  return word.substr(lead, CoreLength(word) - lead);
}

// `word` written as `form`, the punctuation around it kept: ("trị,", "Trị")
// -> "Trị,"; ("hóa", "hóa,") -> "hóa," (the official name has the comma).
std::string Recased(std::string_view word, std::string_view form) {
  std::size_t lead = LeadLength(word), end = CoreLength(word);
  if (lead == 0 && end == word.size()) return std::string(form);
  return std::string(word.substr(0, lead)) + std::string(Core(form)) +
         std::string(word.substr(end));
}

// How many words of `keys` from `i` spell `phrase` (a key; commas inside
// it ignored, "thi dua, khen thuong"), or 0 when they do not. Compares in
// place: called for every word of a title with every table entry.
std::size_t MatchWords(const std::vector<std::string>& keys, std::size_t i,
                       std::string_view phrase) {
  std::size_t n = 0;
  while (!phrase.empty()) {
    std::size_t space = phrase.find(' ');
    std::string_view word = phrase.substr(0, space);
    if (!word.empty() && word.back() == ',') word.remove_suffix(1);
    if (i + n >= keys.size() || keys[i + n] != word) return 0;
    ++n;
    if (space == std::string_view::npos) break;
    phrase.remove_prefix(space + 1);
  }
  return n;
}

std::string JoinKeys(const std::vector<std::string>& keys, std::size_t from, std::size_t n) {
  std::string key;
  for (std::size_t j = from; j < from + n; ++j) key += (j > from ? " " : "") + keys[j];
  return key;
}

// True when a word read in capitals (given by its search key) cannot be a
// Vietnamese syllable (initial consonants, one to three vowels, a final
// consonant): "UBND", "HĐND", "CNTT", "KH&CN", "ASEAN" are abbreviations or
// foreign words and keep their capitals.
bool IsAbbreviation(std::string_view key) {
  std::string_view f = key;  // folded: no marks, small letters, y as i
  if (f.empty()) return false;
  for (char c : f)
    if (!std::isalpha(static_cast<unsigned char>(c))) return true;  // "KH&CN"
  auto vowel = [](char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; };
  static const std::string_view kInitials[] = {
      "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c",
      "d",   "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v", "x"};
  std::size_t at = 0;
  for (std::string_view initial : kInitials) {
    // "gi" and "qu" are initials only before another vowel ("gìn" is g-i-n).
    if (f.starts_with(initial) && f.size() > initial.size() && vowel(f[initial.size()])) {
      at = initial.size();
      break;
    }
  }
  std::size_t vowels = 0;
  while (at < f.size() && vowel(f[at])) ++at, ++vowels;
  if (vowels == 0 || vowels > 3) return true;
  std::string_view final(f.data() + at, f.size() - at);
  for (std::string_view ending : {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
    if (final == ending) return false;
  return true;
}

// Words that end a place's name after its level ("huyện Gio Linh năm 2020",
// "tỉnh Quảng Bình về ..."): function words and words of time, with marks.
bool EndsPlaceName(const std::string& lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "năm",   "về",  "của", "và",  "trong", "trên", "tại", "đến",   "giai",  "theo", "thực",
      "đối",   "với", "từ",  "cho", "nhằm",  "đợt",  "lần", "quý",   "tháng", "ngày", "các",
      "những", "để",  "là",  "có",  "được",  "đã",   "sau", "trước", "khi",   "gắn",  "giữa",
      "thuộc", "ban", "kế",  "báo", "nhiệm", "kỳ",   "đạt", "trực"};
  return kWords.count(lower) != 0;
}

// True for a word that makes a body's name after it generic: "các sở,
// ngành", "từng đảng ủy". Its key is tested first, its marks only then.
template <typename Lower>
bool MakesGeneric(const std::string& key, const Lower& lower) {
  if (key != "cac" && key != "nhung" && key != "moi" && key != "tung") return false;
  static const std::unordered_set<std::string_view> kGeneric = {"các", "những", "mỗi", "từng"};
  return kGeneric.count(lower()) != 0;
}

// True when the `n` words from `i` are a name of tables::CommonNounBodies().
bool IsCommonNounBody(const std::vector<std::string>& keys, std::size_t i, std::size_t n) {
  for (std::string_view body : tables::CommonNounBodies()) {
    std::string key = SearchKey(body);
    if (MatchWords(keys, i, key) == n) return true;
  }
  return false;
}

// True when a place starts at `i`: a level ("tỉnh", "huyện"), a province,
// "Việt Nam".
bool PlaceFollows(const std::vector<std::string>& keys, std::size_t i) {
  const Knowledge& k = Knowledge::Get();
  if (i >= keys.size()) return false;
  if (k.IsLevelWord(keys[i]) || MatchWords(keys, i, "viet nam") == 2) return true;
  for (std::size_t n = 2; n <= 3 && i + n <= keys.size(); ++n)
    if (k.Province(JoinKeys(keys, i, n))) return true;
  return false;
}

}  // namespace

bool IsRomanNumeral(std::string_view word) {
  return !word.empty() && word.find_first_not_of("IVXLivxl") == std::string_view::npos &&
         word.size() <= 5;
}

std::size_t SetKnownName(std::vector<std::string>& words, const std::vector<std::string>& keys,
                         std::size_t i) {
  const Knowledge& k = Knowledge::Get();
  // A body's name starts with a word that may start an issuer's.
  std::vector<std::string> rest;
  if (k.MayStartIssuer(keys[i]))
    rest.assign(keys.begin() + static_cast<std::ptrdiff_t>(i), keys.end());
  if (std::size_t n = rest.empty() ? 0 : k.LongestBodyPrefix(rest); n > 0) {
    std::vector<std::string> canonical = SplitWords(*k.CanonicalBody(JoinKeys(keys, i, n)));
    if (canonical.size() == n) {
      for (std::size_t j = 0; j < n; ++j) words[i + j] = Recased(words[i + j], canonical[j]);
      return n;
    }
  }
  // Provinces' names are two or three words; only their first words are
  // worth joining and looking up.
  static const std::unordered_set<std::string> kProvinceFirstWords = [] {
    std::unordered_set<std::string> first;
    for (std::string_view p : tables::Provinces()) {
      std::string key = SearchKey(p);
      first.insert(key.substr(0, key.find(' ')));
    }
    return first;
  }();
  if (!kProvinceFirstWords.count(keys[i])) return 0;
  for (std::size_t n = 3; n >= 2; --n) {
    if (i + n > words.size()) continue;
    if (auto province = k.Province(JoinKeys(keys, i, n))) {
      std::vector<std::string> canonical = SplitWords(*province);
      if (canonical.size() != n) continue;
      for (std::size_t j = 0; j < n; ++j) words[i + j] = Recased(words[i + j], canonical[j]);
      return n;
    }
  }
  return 0;
}

// Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục II says what official writing
// capitalises; official_case.h lists what is read here.
std::string TitleFromCapitals(const std::string& printed) {
  if (!IsAllUpper(printed)) return printed;
  const Knowledge& k = Knowledge::Get();
  std::vector<std::string> shown = SplitWords(printed);
  std::vector<std::string> words, keys;
  for (const std::string& w : shown) {
    words.push_back(ToLower(w));
    keys.push_back(SearchKey(Core(w)));
  }
  // The words in small letters and the new tone placement, without the
  // punctuation around them ("khoá," -> "khóa"), made when first asked.
  std::vector<std::string> lower(words.size());
  std::vector<bool> lowered(words.size(), false);
  auto low = [&](std::size_t j) -> const std::string& {
    if (!lowered[j]) {
      lower[j] = ToNewTonePlacement(ToLower(Core(shown[j])));
      lowered[j] = true;
    }
    return lower[j];
  };
  auto has_digit = [](std::string_view w) {
    return std::any_of(w.begin(), w.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  };
  // A word followed by punctuation ends a name.
  auto ends_word = [&](std::size_t j) { return CoreLength(words[j]) != words[j].size(); };
  auto title_case = [&](std::size_t j) {
    words[j] = Recased(words[j], TitleCaseWords(Core(words[j])));
  };
  // A person's name of up to four words from `j` ("Nguyễn Văn Hùng"),
  // when it starts with a surname; returns its length (0: none).
  auto set_person = [&](std::size_t j) -> std::size_t {
    if (j + 1 >= words.size() || !k.IsSurname(keys[j]) || EndsPlaceName(low(j)) || ends_word(j) ||
        EndsPlaceName(low(j + 1)) || has_digit(shown[j + 1]))
      return 0;
    std::size_t n = 0;
    while (n < 4 && j + n < words.size() && !EndsPlaceName(low(j + n)) &&
           !has_digit(shown[j + n]) && !low(j + n).empty()) {
      title_case(j + n);
      ++n;
      if (ends_word(j + n - 1)) break;
    }
    return n;
  };
  // The known name (laws, proper names) of `n` words whose key starts at `i`.
  auto set_named = [&](const std::vector<Knowledge::Law>& names, std::size_t i) -> std::size_t {
    for (const Knowledge::Law& name : names) {
      std::size_t n = MatchWords(keys, i, name.key);
      if (n == 0) continue;
      std::vector<std::string> canonical = SplitWords(name.canonical);
      if (canonical.size() != n) continue;
      for (std::size_t j = 0; j < n; ++j) words[i + j] = Recased(words[i + j], canonical[j]);
      return n;
    }
    return 0;
  };
  static const std::unordered_set<std::string_view> kBeforeRoman = {
      "khóa", "quý", "thứ", "phần", "chương", "mục", "đoạn", "hội", "vùng", "kỳ"};
  for (std::size_t i = 0; i < words.size();) {
    std::size_t step = 1;
    std::string_view core = Core(shown[i]);
    if (has_digit(shown[i])) {
      // "05-CT/TW", "1847/QĐ-TTG": the symbol in its official case; dates
      // and numbers as printed.
      auto symbol = ParseDocumentSymbol(core);
      words[i] = symbol ? Recased(shown[i], symbol->canonical) : shown[i];
    } else if (std::size_t n = (keys[i] == "luat" || keys[i] == "bo" || keys[i] == "hien")
                                   ? set_named(k.laws(), i)
                                   : 0) {
      step = n;  // "Luật Thi đua, khen thưởng"
    } else if (std::size_t n = (i == 0 || !MakesGeneric(keys[i - 1], [&] { return low(i - 1); }))
                                   ? SetKnownName(words, keys, i)
                                   : 0) {
      step = n;
      if (IsCommonNounBody(keys, i, n) && !PlaceFollows(keys, i + n)) {
        // "công tác bảo hiểm xã hội": the insurance, not the agency.
        for (std::size_t j = i; j < i + n; ++j) words[j] = ToLower(shown[j]);
        n = 0;
      }
      // An office and its holder: "Phó Thủ tướng Chính phủ Hồ Quốc Dũng".
      static const std::unordered_set<std::string_view> kOffices = {
          "thủ tướng", "phó thủ", "chủ tịch", "phó chủ", "bộ trưởng", "thứ trưởng"};
      if (n > 0 && i + 1 < words.size() && kOffices.count(low(i) + " " + low(i + 1)) &&
          !ends_word(i + n - 1))
        step += set_person(i + n);
    } else if (std::size_t n = set_named(k.proper_names(), i)) {
      step = n;
    } else {
      bool done = false;
      // A level and the place's name after it: "tỉnh Quảng Trị", "huyện Gio
      // Linh"; "Tỉnh ủy" is a body, found above.
      for (const Knowledge::Level& level : k.levels()) {
        if (!k.IsLevelWord(keys[i])) break;
        std::size_t n = level.words;
        if (MatchWords(keys, i, level.key) != n) continue;
        std::string joined = low(i);
        for (std::size_t j = i + 1; j < i + n; ++j) joined += " " + low(j);
        if (joined != level.canonical || ends_word(i + n - 1)) continue;
        std::size_t at = i + n;
        // "các xã", "cấp huyện", "toàn tỉnh" name no one place; "xã hội",
        // "tỉnh đoàn", "huyện đội" are words of their own.
        static const std::unordered_set<std::string_view> kNoPlaceBefore = {
            "các", "cấp", "những", "mỗi", "từng", "toàn", "nhiều", "liên", "một"};
        static const std::unordered_set<std::string_view> kNoPlaceAfter = {"hội", "đoàn", "đội",
                                                                           "viên", "ủy"};
        bool some = i > 0 && kNoPlaceBefore.count(low(i - 1));
        // "Phường 15", "Quận 3": a numbered unit is named by its level too.
        if (at < words.size() && !some && (level.key == "phuong" || level.key == "quan") &&
            CoreLength(shown[at]) > 0 &&
            std::all_of(shown[at].begin(), shown[at].begin() + CoreLength(shown[at]),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
          words[i] = CapitalizeFirst(words[i]);
        bool place =
            at < words.size() && !has_digit(shown[at]) && !some && !kNoPlaceAfter.count(low(at));
        if (place) {
          std::size_t named = SetKnownName(words, keys, at);
          if (named == 0) {
            for (std::size_t m = 0; m < 2 && at + m < words.size(); ++m) {
              std::size_t j = at + m;
              if (has_digit(shown[j]) || EndsPlaceName(low(j)) || low(j).empty()) break;
              title_case(j);
              ++named;
              if (ends_word(j)) break;
            }
          }
          at += named;
        }
        step = at - i;
        done = true;
        break;
      }
      // A type of document before its number: "Chỉ thị số 05-CT/TW",
      // "Kế hoạch 45-KH/TU"; not "văn bản số ...", which names no type.
      static const std::unordered_set<std::string> kTypeFirstWords = [&k] {
        std::unordered_set<std::string> first;
        for (const auto& spelling : k.type_spellings())
          first.insert(spelling.key.substr(0, spelling.key.find(' ')));
        return first;
      }();
      for (const auto& spelling : k.type_spellings()) {
        if (done || !kTypeFirstWords.count(keys[i])) break;
        std::size_t n = MatchWords(keys, i, spelling.key);
        if (n == 0 || i + n >= words.size() || ends_word(i + n - 1) ||
            spelling.key != SearchKey(spelling.canonical))
          continue;
        // "Nghị quyết Trung ương 4": a proper name may come before the number.
        bool named = false;
        for (const Knowledge::Law& name : k.proper_names())
          named = named || MatchWords(keys, i + n, name.key) > 0;
        if (keys[i + n] != "so" && !has_digit(shown[i + n]) && !named) continue;
        words[i] = CapitalizeFirst(words[i]);
        step = n;
        done = true;
      }
      if (done) {
      } else if (IsAbbreviation(keys[i])) {
        // "UBND", "CNTT"; not "TƯ" (Trung ương), which is also a word.
        words[i] = shown[i];
      } else if (i > 0 && IsRomanNumeral(core) && kBeforeRoman.count(low(i - 1))) {
        words[i] = shown[i];  // "khóa XII", "quý IV"
      } else if (i > 0 && k.IsSurname(keys[i]) &&
                 (low(i - 1) == "ông" || low(i - 1) == "bà" ||
                  (i > 1 && low(i - 2) == "đồng" && low(i - 1) == "chí"))) {
        // "đồng chí Nguyễn Văn Hùng", "ông Trần Văn A". After an office
        // not known as a body ("Giám đốc Văn phòng") a surname may be a
        // common word, so only these say that a name follows.
        step = std::max<std::size_t>(1, set_person(i));
      }
    }
    i += step;
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return CapitalizeFirst(out);
}

}  // namespace lexgraph
