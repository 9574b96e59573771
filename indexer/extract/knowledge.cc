#include "knowledge.h"

#include <algorithm>

#include "knowledge_tables.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

template <typename Map>
std::optional<std::string> Find(const Map& map, std::string_view key) {
  auto it = map.find(std::string(key));
  if (it == map.end()) return std::nullopt;
  return it->second;
}

std::size_t WordCount(std::string_view key) {
  return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

}  // namespace

const Knowledge& Knowledge::Get() {
  static const Knowledge knowledge;
  return knowledge;
}

Knowledge::Knowledge() {
  for (const auto& t : tables::DocumentTypes()) {
    std::string key = SearchKey(t.spelling);
    type_spellings_.push_back({key, std::string(t.canonical)});
    // OCR reads "in" as "m": "Nghị đmh", "Quyết đmh".
    if (std::size_t at = key.find("dinh"); at != std::string::npos)
      type_spellings_.push_back(
          {key.substr(0, at) + "dmh" + key.substr(at + 4), std::string(t.canonical)});
  }
  std::stable_sort(type_spellings_.begin(), type_spellings_.end(),
                   [](const auto& a, const auto& b) { return a.key.size() > b.key.size(); });
  for (const auto& c : tables::TypeCodes())
    type_by_code_.emplace(SearchKey(c.code), std::string(c.canonical));
  for (const auto& c : tables::IssuerCodes())
    issuer_by_code_.emplace(SearchKey(c.code), std::string(c.issuer));
  auto add_body = [this](std::string name) {
    // Commas inside names ("Văn hóa, Thể thao") are not part of word keys.
    std::string key;
    for (char c : SearchKey(name))
      if (c != ',') key += c;
    longest_body_words_ = std::max(longest_body_words_, WordCount(key));
    bodies_.emplace(std::move(key), std::move(name));
  };
  // Codes as printed, keyed by their upper case; the first spelling wins.
  auto add_code = [this](std::string form) {
    std::string upper = ToUpper(form);
    code_display_.emplace(std::move(upper), std::move(form));
  };
  for (const auto& c : tables::TypeCodes()) add_code(std::string(c.code));
  for (const auto& c : tables::IssuerCodes()) add_code(std::string(c.code));
  for (const auto& s : tables::Sectors()) {
    add_code("B" + std::string(s.code));
    add_code("S" + std::string(s.code));
  }
  for (const auto& s : tables::Sectors()) {
    std::string code = SearchKey(s.code);
    std::string ministry = "Bộ " + std::string(s.name);
    std::string department = "Sở " + std::string(s.name);
    issuer_by_code_.emplace("b" + code, ministry);
    issuer_by_code_.emplace("s" + code, department);
    add_body("Bộ trưởng " + ministry);
    add_body(ministry);
    add_body(department);
  }
  for (std::string_view body : tables::NamedBodies()) {
    add_body(std::string(body));
    // The head of a department signs for it: "Tổng cục trưởng Tổng cục Thuế".
    for (std::string_view head : {"Tổng cục ", "Cục "})
      if (body.starts_with(head))
        add_body(std::string(head.substr(0, head.size() - 1)) + " trưởng " + std::string(body));
  }
  for (std::string_view head : tables::BodyHeads()) body_heads_.insert(SearchKey(head));
  auto first_word = [](const std::string& key) { return key.substr(0, key.find(' ')); };
  for (const auto& [key, body] : bodies_) issuer_first_words_.insert(first_word(key));
  for (const auto& head : body_heads_) issuer_first_words_.insert(first_word(head));
  for (std::string_view office : {"Giám đốc", "Phó", "Chánh", "Chủ tịch", "Trưởng ban", "Bí thư",
                                  "Tổng", "Thủ trưởng", "Vụ trưởng", "Viện trưởng"})
    issuer_first_words_.insert(first_word(SearchKey(office)));
  for (const auto& a : tables::Abbreviations())
    issuer_first_words_.insert(first_word(SearchKey(a.abbreviation)));
  for (const auto& a : tables::Abbreviations())
    abbreviations_.emplace(SearchKey(a.abbreviation), std::string(a.expansion));
  for (std::string_view p : tables::Provinces()) provinces_.emplace(SearchKey(p), std::string(p));
  for (std::string_view s : tables::Surnames()) surnames_.insert(SearchKey(s));
  for (std::string_view law : tables::KnownLaws())
    laws_.push_back({SearchKey(law), std::string(law)});
  std::stable_sort(laws_.begin(), laws_.end(),
                   [](const auto& a, const auto& b) { return a.key.size() > b.key.size(); });
  for (std::string_view name : tables::ProperNames())
    proper_names_.push_back({SearchKey(name), std::string(name)});
  std::stable_sort(proper_names_.begin(), proper_names_.end(),
                   [](const auto& a, const auto& b) { return a.key.size() > b.key.size(); });
  for (std::string_view level : tables::AdministrativeLevels()) {
    std::string key = SearchKey(level);
    levels_.push_back({key, std::string(level), WordCount(key)});
  }
  std::stable_sort(levels_.begin(), levels_.end(),
                   [](const auto& a, const auto& b) { return a.words > b.words; });
  for (const auto& w : tables::RelationWords()) {
    auto relation = RelationFromName(w.relation);
    if (relation) relation_words_.push_back({SearchKey(w.phrase), *relation});
  }
  std::stable_sort(relation_words_.begin(), relation_words_.end(),
                   [](const auto& a, const auto& b) { return a.key.size() > b.key.size(); });
  auto keys = [](std::span<const std::string_view> phrases, std::vector<std::string>& out) {
    for (std::string_view p : phrases) out.push_back(SearchKey(p));
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
  };
  keys(tables::ObjectModifiers(), object_modifiers_);
  keys(tables::ContentNouns(), content_nouns_);
  keys(tables::PartWords(), part_words_);
  keys(tables::ActivityVerbs(), activity_verbs_);
}

std::optional<std::string> Knowledge::TypeForCode(std::string_view key) const {
  return Find(type_by_code_, key);
}
std::optional<std::string> Knowledge::IssuerForCode(std::string_view key) const {
  return Find(issuer_by_code_, key);
}
const std::string* Knowledge::CodeDisplay(const std::string& upper) const {
  auto it = code_display_.find(upper);
  return it == code_display_.end() ? nullptr : &it->second;
}
std::optional<std::string> Knowledge::CanonicalBody(std::string_view key) const {
  return Find(bodies_, key);
}
std::size_t Knowledge::LongestBodyPrefix(const std::vector<std::string>& words) const {
  std::string key;
  std::size_t best = 0;
  for (std::size_t n = 1; n <= words.size() && n <= longest_body_words_; ++n) {
    if (n > 1) key += ' ';
    key += words[n - 1];
    if (bodies_.count(key)) best = n;
  }
  return best;
}
bool Knowledge::MayStartIssuer(std::string_view first_word) const {
  return issuer_first_words_.count(std::string(first_word)) > 0;
}

bool Knowledge::IsLevelWord(std::string_view key) const {
  for (const Level& level : levels_)
    if (std::string_view(level.key).substr(0, level.key.find(' ')) == key) return true;
  return false;
}

bool Knowledge::IsBodyHead(std::string_view key) const {
  return body_heads_.count(std::string(key)) > 0;
}
std::optional<std::string> Knowledge::Expand(std::string_view key) const {
  return Find(abbreviations_, key);
}
std::optional<std::string> Knowledge::Province(std::string_view key) const {
  return Find(provinces_, key);
}
bool Knowledge::IsSurname(std::string_view key) const {
  return surnames_.count(std::string(key)) > 0;
}

}  // namespace lexgraph
