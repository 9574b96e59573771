// snippet.h: the passage of a report that best shows why a search found it.
#ifndef LEXGRAPH_QUERY_SNIPPET_H_
#define LEXGRAPH_QUERY_SNIPPET_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace lexgraph {

struct Snippet {
  std::string text;  // white space collapsed to single spaces; "…" where cut
  // The matched words in `text`: byte spans [first, second), in order.
  std::vector<std::pair<std::size_t, std::size_t>> marks;
};

// What a query asks for, word by word: a word of the text matches a set
// when its index term (text_terms.h: the exact term, or the folded one for
// a word written without diacritics) is in it. A pattern of one set is a
// word (with its spellings); of several, a phrase, matched only where its
// words stand in that order.
using SnippetPattern = std::vector<std::unordered_set<std::string>>;

// The window of about `words` words of the NFC `text` holding the most
// distinct patterns (then the most matches, then the earliest), the words
// of their matches marked. Without any match, the start of the text.
// Pure; thread-safe.
Snippet MakeSnippet(std::string_view text, const std::vector<SnippetPattern>& patterns,
                    std::size_t words = 30);

// `snippet` with its marks: bold on a terminal, «so» otherwise.
std::string MarkedSnippet(const Snippet& snippet, bool terminal);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_SNIPPET_H_
