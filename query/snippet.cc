#include "snippet.h"

#include <algorithm>
#include <unordered_map>

#include "lexgraph/text_terms.h"

namespace lexgraph {
namespace {

struct Word {
  std::size_t begin, end;
  int match;  // index of the matched term, -1 for none
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The words of `text`, each with the number of the pattern whose match it
// is part of (the first pattern, where several match).
std::vector<Word> Words(std::string_view text, const std::vector<SnippetPattern>& patterns) {
  std::vector<Word> words;
  std::vector<std::string> terms;
  ForEachWord(text, [&](const WordTerms& w) {
    words.push_back({w.begin, w.end, -1});
    terms.emplace_back(w.exact.empty() ? w.folded : w.exact);
  });
  for (std::size_t i = 0; i < words.size(); ++i)
    for (std::size_t p = 0; p < patterns.size(); ++p) {
      const SnippetPattern& pattern = patterns[p];
      if (pattern.empty() || i + pattern.size() > words.size()) continue;
      bool match = true;
      for (std::size_t j = 0; j < pattern.size() && match; ++j)
        match = pattern[j].count(terms[i + j]) > 0;
      if (!match) continue;
      for (std::size_t j = 0; j < pattern.size(); ++j)
        if (words[i + j].match < 0) words[i + j].match = static_cast<int>(p);
    }
  return words;
}

// The first word of the best window of `size` words (sliding, O(words)).
std::size_t BestWindow(const std::vector<Word>& words, std::size_t size) {
  std::unordered_map<int, int> in_window;  // term -> occurrences in the window
  std::size_t matches = 0, best = 0, best_distinct = 0, best_matches = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].match >= 0) ++in_window[words[i].match], ++matches;
    if (i >= size) {
      const Word& out = words[i - size];
      if (out.match >= 0 && --in_window[out.match] == 0) in_window.erase(out.match);
      if (out.match >= 0) --matches;
    }
    std::size_t first = i + 1 >= size ? i + 1 - size : 0;
    if (in_window.size() > best_distinct ||
        (in_window.size() == best_distinct && matches > best_matches)) {
      best_distinct = in_window.size();
      best_matches = matches;
      best = first;
    }
  }
  // The window found ends on a match: move it on, keeping every match in
  // it, to open a few words before its first match, for context.
  std::size_t start = best;
  for (std::size_t i = best; i < std::min(best + size, words.size()); ++i)
    if (words[i].match >= 0) {
      start = std::max(best, i - std::min(size / 4, i));
      break;
    }
  return std::min(start, words.size() > size ? words.size() - size : 0);
}

// "«văn» «hóa»" -> "«văn hóa»": marks one space apart become one.
void MergeAdjacent(Snippet& snippet) {
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& mark : snippet.marks) {
    if (!merged.empty() && merged.back().second + 1 == mark.first &&
        snippet.text[merged.back().second] == ' ')
      merged.back().second = mark.second;
    else
      merged.push_back(mark);
  }
  snippet.marks = std::move(merged);
}

}  // namespace

Snippet MakeSnippet(std::string_view text, const std::vector<SnippetPattern>& patterns,
                    std::size_t size) {
  Snippet snippet;
  std::vector<Word> words = Words(text, patterns);
  if (words.empty() || size == 0) return snippet;
  std::size_t first = BestWindow(words, size);
  std::size_t last = std::min(first + size, words.size()) - 1;
  // From the start of the first word to the end of the last one, with the
  // punctuation that ends it ("...điện tử.").
  std::size_t begin = words[first].begin, end = words[last].end;
  while (end < text.size() && !IsSpace(text[end]) && end - words[last].end < 3) ++end;
  if (first > 0) snippet.text = "… ";
  std::size_t next = first;  // the next word that may be marked
  bool space = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (next <= last && i == words[next].begin && words[next].match >= 0)
      snippet.marks.emplace_back(snippet.text.size() + (space ? 1 : 0), 0);
    if (IsSpace(text[i])) {
      space = !snippet.text.empty();
      continue;
    }
    if (space) snippet.text += ' ', space = false;
    snippet.text += text[i];
    if (next <= last && i + 1 == words[next].end) {
      if (words[next].match >= 0) snippet.marks.back().second = snippet.text.size();
      ++next;
    }
  }
  if (last + 1 < words.size()) snippet.text += " …";
  MergeAdjacent(snippet);
  return snippet;
}

std::string MarkedSnippet(const Snippet& snippet, bool terminal) {
  std::string open = terminal ? "\x1b[1m" : "«", close = terminal ? "\x1b[0m" : "»";
  std::string out;
  std::size_t at = 0;
  for (const auto& [b, e] : snippet.marks) {
    out.append(snippet.text, at, b - at);
    out += open;
    out.append(snippet.text, b, e - b);
    out += close;
    at = e;
  }
  out.append(snippet.text, at);
  return out;
}

}  // namespace lexgraph
