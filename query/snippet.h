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

// The window of about `words` words of the NFC `text` holding the most
// distinct matched words (then the most matches, then the earliest), where
// a word matches when its index term (text_terms.h: the exact term, or the
// folded one for a word written without diacritics) is in `terms`. Without
// any match, the start of the text. Pure; thread-safe.
Snippet MakeSnippet(std::string_view text, const std::unordered_set<std::string>& terms,
                    std::size_t words = 30);

// `snippet` with its marks: bold on a terminal, «so» otherwise.
std::string MarkedSnippet(const Snippet& snippet, bool terminal);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_SNIPPET_H_
