#include "lexgraph/body_names.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "authority_identity.h"
#include "knowledge.h"
#include "knowledge_tables.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kLongestProvinceWords = 5;  // "ba ria vung tau", and a spare

std::string Join(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) out += (i > begin ? " " : "") + words[i];
  return out;
}

// The words of a name as compared: SearchKey (no diacritics, one tone
// placement, i/y merged, lower case), abbreviations expanded ("ubnd" ->
// "uy ban nhan dan", "kh&cn" -> "khoa hoc va cong nghe"), punctuation
// dropped ("Sở Lao động, Thương binh" = "Sở Lao động - Thương binh").
std::vector<std::string> NameWords(std::string_view name) {
  const Knowledge& knowledge = Knowledge::Get();
  std::string expanded;
  for (const std::string& word : SplitWords(SearchKey(name))) {
    std::optional<std::string> full = knowledge.Expand(word);
    expanded += (full ? SearchKey(*full) : word) + " ";
  }
  for (char& c : expanded)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&')) c = ' ';
  return SplitWords(CollapseSpaces(expanded));
}

std::string JoinedNameWords(std::string_view name) {
  std::vector<std::string> words = NameWords(name);
  return Join(words, 0, words.size());
}

// Provinces by their NameKey.
bool IsProvinceKey(const std::string& key) {
  static const auto* provinces = [] {
    auto* keys = new std::unordered_set<std::string>;
    for (std::string_view p : tables::Provinces()) keys->insert(JoinedNameWords(p));
    return keys;
  }();
  return provinces->count(key) > 0;
}

}  // namespace

std::string NameKey(std::string_view name) { return JoinedNameWords(name); }

BodyAndProvince SplitProvince(std::string_view name) {
  std::vector<std::string> words = NameWords(name);
  for (std::size_t n = std::min(kLongestProvinceWords, words.size()); n > 0; --n) {
    std::string province = Join(words, words.size() - n, words.size());
    if (!IsProvinceKey(province)) continue;
    std::size_t end = words.size() - n;
    for (const Knowledge::Level& level : Knowledge::Get().levels()) {  // longest first
      if (level.words > end || Join(words, end - level.words, end) != level.key) continue;
      end -= level.words;
      break;
    }
    return {Join(words, 0, end), province};
  }
  return {Join(words, 0, words.size()), ""};
}

std::string ProvinceOfReport(const std::optional<std::string>& issuer,
                             const std::optional<std::string>& place) {
  DocumentInfo document;
  document.issuer = issuer;
  document.place = place;
  return ProvinceOfDocument(document);
}

std::string ProvinceName(std::string_view key) {
  if (key.empty()) return "";
  return Knowledge::Get().Province(key).value_or(std::string(key));
}

}  // namespace lexgraph
