// search_expression.h: what a person types to `lexquery search`, as a tree.
//
// The language, as in most search boxes:
//   hóa đơn điện tử          every word (AND is implied between terms)
//   "hóa đơn điện tử"        the words next to each other, in this order
//   hóa đơn OR chứng từ      either side (OR binds looser than AND)
//   hóa đơn AND NOT giấy     NOT x excludes x from its AND; AND may be written
//   thuế OR phí -xăng        -x excludes x from its whole group (here: the
//                            query), as in web search boxes
//   (thuế OR phí) phạt       parentheses group
// Operators are the upper-case words AND, OR, NOT ("or" in lower case is a
// word). A typed word that holds several index words ("05-CT/TW",
// "Nghị-định") stands for them as a phrase. Nothing here knows about
// diacritics or the index: search_query.h turns the words into terms.
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_QUERY_SEARCH_EXPRESSION_H_
#define LEXGRAPH_QUERY_SEARCH_EXPRESSION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

struct SearchExpression {
  enum class Kind {
    kWords,   // `words` next to each other, in order (one word: just it)
    kAnd,     // every child
    kOr,      // any child
    kAndNot,  // children[0] and none of the others
  };
  Kind kind = Kind::kWords;
  std::vector<std::string> words;  // kWords: as typed, one index word each
  std::vector<SearchExpression> children;
  // kWords: typed in quotes (a phrase asked for, not a word with signs).
  bool quoted = false;
  // kAnd: an AND was typed between children (not only implied by a space),
  // so every child must occur; an implied AND of words lets search rank
  // reports holding only some of them after those holding all
  // (search_query.h).
  bool typed_and = false;
};

struct ParsedSearch {
  // Empty when the text holds no word at all (only punctuation): the
  // caller decides whether that is an error.
  std::optional<SearchExpression> expression;
  std::string error;  // a sentence for the user; empty on success
  bool ok() const { return error.empty(); }
};

// `text` must be NFC UTF-8 (DecodeText makes it so). Never throws. An
// unclosed quote or parenthesis is closed at the end of the text, as search
// boxes do; a stray ')' or an operator with nothing to apply to is an error.
// A query of NOT terms only ("-xăng") is kAndNot with an empty first child
// (kAnd with no children): every report but those, for use with filters.
ParsedSearch ParseSearch(std::string_view text);

// The expression written back in the language above, normalised
// ("hóa AND (đơn OR phí)"): for messages, JSON and tests.
std::string ToString(const SearchExpression& expression);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_SEARCH_EXPRESSION_H_
