// knowledge.h: fast look-ups over the knowledge tables (knowledge_tables.h).
//
// Every look-up takes a key made by SearchKey() (folded, y -> i, spaces
// collapsed), so spelling conventions and missing diacritics do not matter.
// Built once on first use; immutable afterwards and safe to share between
// threads.
#ifndef LEXGRAPH_INDEXER_KNOWLEDGE_H_
#define LEXGRAPH_INDEXER_KNOWLEDGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexgraph/extraction.h"

namespace lexgraph {

class Knowledge {
 public:
  static const Knowledge& Get();

  // A spelling of a document type as folded text ("nghi dinh", "van ban")
  // with its canonical name; longest spellings first.
  struct TypeSpelling {
    std::string key;
    std::string canonical;
  };
  const std::vector<TypeSpelling>& type_spellings() const { return type_spellings_; }
  // Canonical type for a symbol's type code key ("nd" -> "Nghị định").
  std::optional<std::string> TypeForCode(std::string_view key) const;
  // The body named by a symbol's issuer code key ("cp" -> "Chính phủ",
  // "btc" -> "Bộ Tài chính", "skhcn" -> "Sở Khoa học và Công nghệ").
  std::optional<std::string> IssuerForCode(std::string_view key) const;
  // The official printed form of a symbol's code given in upper case
  // ("TTG" -> "TTg", "QĐI" -> "QĐi", "BTC" -> "BTC"), from the type, issuer
  // and sector codes of the tables; nullptr when the tables do not know it.
  const std::string* CodeDisplay(const std::string& upper) const;

  // The official spelling of a body named in full ("bo chinh tri" ->
  // "Bộ Chính trị", "so noi vu" -> "Sở Nội vụ").
  std::optional<std::string> CanonicalBody(std::string_view key) const;
  // Longest body key, in words, that `words` (keys of consecutive words)
  // starts with; 0 when none.
  std::size_t LongestBodyPrefix(const std::vector<std::string>& words) const;
  // True when `key` heads a body name ("bo", "so", "uy ban nhan dan").
  bool IsBodyHead(std::string_view key) const;
  // True when a body's name, an office, or an abbreviation of one can start
  // with this word key ("bo", "ubnd", "giam", "tinh"): a cheap first test
  // before reading an issuer.
  bool MayStartIssuer(std::string_view first_word) const;
  // Expansion of an abbreviation key ("ubnd" -> "Ủy ban nhân dân").
  std::optional<std::string> Expand(std::string_view key) const;
  // Official spelling of a province key ("quang tri" -> "Quảng Trị").
  std::optional<std::string> Province(std::string_view key) const;
  bool IsSurname(std::string_view key) const;

  // Known laws: keys with their canonical names, longest first.
  struct Law {
    std::string key;
    std::string canonical;
  };
  const std::vector<Law>& laws() const { return laws_; }
  // Names capitalised wherever they stand (tables::ProperNames()): keys with
  // their spelling, longest first.
  const std::vector<Law>& proper_names() const { return proper_names_; }

  // Administrative levels ("tỉnh", "thành phố") as keys with their
  // spelling, longest first.
  struct Level {
    std::string key;        // "thanh pho"
    std::string canonical;  // "thành phố"
    std::size_t words;      // 2
  };
  const std::vector<Level>& levels() const { return levels_; }
  // True when `key` is a level or the first word of one ("thanh").
  bool IsLevelWord(std::string_view key) const;

  // Relation words as keys, longest first.
  struct RelationWord {
    std::string key;
    Relation relation;
  };
  const std::vector<RelationWord>& relation_words() const { return relation_words_; }

  // The reach of a governing word (knowledge_tables.h), as keys, longest
  // first: adverbs and determiners, content nouns, words of a part,
  // activities that take the mention as their own object.
  const std::vector<std::string>& object_modifiers() const { return object_modifiers_; }
  const std::vector<std::string>& content_nouns() const { return content_nouns_; }
  const std::vector<std::string>& part_words() const { return part_words_; }
  const std::vector<std::string>& activity_verbs() const { return activity_verbs_; }

 private:
  Knowledge();

  std::vector<TypeSpelling> type_spellings_;
  std::unordered_map<std::string, std::string> type_by_code_;
  std::unordered_map<std::string, std::string> issuer_by_code_;
  std::unordered_map<std::string, std::string> code_display_;
  std::unordered_map<std::string, std::string> bodies_;
  std::size_t longest_body_words_ = 0;
  std::unordered_set<std::string> body_heads_;
  std::unordered_set<std::string> issuer_first_words_;
  std::unordered_map<std::string, std::string> abbreviations_;
  std::unordered_map<std::string, std::string> provinces_;
  std::unordered_set<std::string> surnames_;
  std::vector<Law> laws_;
  std::vector<Law> proper_names_;
  std::vector<RelationWord> relation_words_;
  std::vector<std::string> object_modifiers_, content_nouns_, part_words_, activity_verbs_;
  std::vector<Level> levels_;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_KNOWLEDGE_H_
