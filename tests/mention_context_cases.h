// mention_context_cases.h: what the suites of MentionContext's parts
// (sentence_stops, line_layout, section_headings, context_cut and
// mention_context itself) share: asking a MentionContext about the first
// occurrence of a mention, and tables of cases. Header-only, for tests.
#ifndef LEXGRAPH_TESTS_MENTION_CONTEXT_CASES_H_
#define LEXGRAPH_TESTS_MENTION_CONTEXT_CASES_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "mention_context.h"

namespace lexgraph::testing {

// The sentence around the first occurrence of `mention` in `text`.
inline std::string SentenceOf(std::string_view text, std::string_view mention,
                              std::size_t max_bytes = 300) {
  std::size_t pos = text.find(mention);
  EXPECT_NE(pos, std::string_view::npos) << mention << " not in: " << text;
  if (pos == std::string_view::npos) return "(mention not found)";
  return MentionContext(text).SentenceAround(pos, pos + mention.size(), max_bytes);
}

// The heading over the first occurrence of `mention` in `text`.
inline std::string HeadingOf(std::string_view text, std::string_view mention) {
  std::size_t pos = text.find(mention);
  EXPECT_NE(pos, std::string_view::npos) << mention << " not in: " << text;
  if (pos == std::string_view::npos) return "(mention not found)";
  return MentionContext(text).HeadingAt(pos);
}

inline bool IsValidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80             ? 1
                    : (c & 0xE0) == 0xC0 ? 2
                    : (c & 0xF0) == 0xE0 ? 3
                    : (c & 0xF8) == 0xF0 ? 4
                                         : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

struct SentenceCase {
  std::string_view text;
  std::string_view mention;
  std::string_view sentence;
};

inline void ExpectSentences(const SentenceCase* begin, const SentenceCase* end) {
  for (const SentenceCase* c = begin; c != end; ++c)
    EXPECT_EQ(SentenceOf(c->text, c->mention), c->sentence)
        << "mention " << c->mention << "\nin: " << c->text;
}

struct HeadingCase {
  std::string_view text;
  std::string_view mention;
  std::string_view heading;
};

}  // namespace lexgraph::testing

#endif  // LEXGRAPH_TESTS_MENTION_CONTEXT_CASES_H_
