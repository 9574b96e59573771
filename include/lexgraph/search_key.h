// lexgraph/search_key.h: comparing Vietnamese words as a reader does.
//
// A reader takes "Bộ Luật lao động", "bo luat lao dong" and "Bộ luật Lao
// Động" for the same words, and "hoà"/"hòa", "qui"/"quy", "kĩ"/"kỹ" for the
// same word. SearchKey gives all of them one key, so that filters, facets
// and name matching agree however a user typed. Pure functions of their
// input; thread-safe.
#ifndef LEXGRAPH_SEARCH_KEY_H_
#define LEXGRAPH_SEARCH_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

// Folded (no diacritics, lower case, đ -> d), i/y spellings merged
// (y -> i), spaces collapsed.
std::string SearchKey(std::string_view text);

// Collapses every run of white space (new lines, NBSP) to one space, trims.
std::string CollapseSpaces(std::string_view text);

// The words of `text` split at single spaces (as CollapseSpaces leaves it).
std::vector<std::string> SplitWords(std::string_view text);

}  // namespace lexgraph

#endif  // LEXGRAPH_SEARCH_KEY_H_
