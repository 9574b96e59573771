// Snippets: the passage with the most of the query's words, marked.
#include "snippet.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lexgraph {
namespace {

// Each word a pattern of its own, as a query of single words makes them.
std::vector<SnippetPattern> Words(const std::vector<std::string>& terms) {
  std::vector<SnippetPattern> patterns;
  for (const std::string& term : terms) patterns.push_back({{term}});
  return patterns;
}

std::string Marked(std::string_view text, const std::vector<std::string>& terms,
                   std::size_t words = 30) {
  return MarkedSnippet(MakeSnippet(text, Words(terms), words), /*terminal=*/false);
}

TEST(SnippetTest, MarksTheMatchedWordsInTheirOwnSpelling) {
  // Terms are index terms: lower case, one tone placement ("hoá" -> "hóa").
  EXPECT_EQ(Marked("Cục Thuế tỉnh Cà Mau hướng dẫn về hoá đơn điện tử.", {"hóa", "đơn"}),
            "Cục Thuế tỉnh Cà Mau hướng dẫn về «hoá đơn» điện tử.");
  EXPECT_EQ(Marked("HÓA ĐƠN", {"hóa"}), "«HÓA» ĐƠN");
  // A word written without diacritics has its folded term.
  EXPECT_EQ(Marked("So Tai chinh bao cao", {"tai"}), "So «Tai» chinh bao cao");
}

TEST(SnippetTest, PicksTheWindowWithTheMostDistinctWords) {
  std::string text = "thuế " + std::string(200, 'x') + " ";
  for (int i = 0; i < 40; ++i) text += "lorem ";
  text += "hóa đơn thuế điện tử ";
  for (int i = 0; i < 40; ++i) text += "ipsum ";
  Snippet s = MakeSnippet(text, Words({"hóa", "đơn", "thuế"}), 10);
  EXPECT_TRUE(s.text.starts_with("… ")) << s.text;
  EXPECT_TRUE(s.text.ends_with(" …")) << s.text;
  EXPECT_NE(s.text.find("hóa đơn thuế"), std::string::npos) << s.text;
  ASSERT_EQ(s.marks.size(), 1u);  // three words one space apart: one mark
  EXPECT_EQ(s.text.substr(s.marks[0].first, s.marks[0].second - s.marks[0].first), "hóa đơn thuế");
}

TEST(SnippetTest, CollapsesWhiteSpaceAndKeepsMarksOnTheRightBytes) {
  Snippet s = MakeSnippet("Căn cứ\n\n  Nghị định   số 119/2018/NĐ-CP\tcủa Chính phủ",
                          Words({"nghị", "119"}));
  EXPECT_EQ(s.text, "Căn cứ Nghị định số 119/2018/NĐ-CP của Chính phủ");
  ASSERT_EQ(s.marks.size(), 2u);
  EXPECT_EQ(s.text.substr(s.marks[0].first, s.marks[0].second - s.marks[0].first), "Nghị");
  EXPECT_EQ(s.text.substr(s.marks[1].first, s.marks[1].second - s.marks[1].first), "119");
}

TEST(SnippetTest, WithoutAMatchGivesTheStart) {
  Snippet s = MakeSnippet("một hai ba bốn năm sáu", Words({"mười"}), 3);
  EXPECT_EQ(s.text, "một hai ba …");
  EXPECT_TRUE(s.marks.empty());
  EXPECT_TRUE(MakeSnippet("", Words({"một"})).text.empty());
  EXPECT_TRUE(MakeSnippet("... --- ...", Words({"một"})).text.empty());
}

TEST(SnippetTest, APhraseIsMarkedOnlyWhereItsWordsStandTogether) {
  // "thi dua khen thuong" without diacritics: each word any of its
  // spellings, but only in that order.
  std::vector<SnippetPattern> phrase = {
      {{"thi", "thì", "thị"}, {"đua", "dua"}, {"khen"}, {"thưởng", "thương", "thường"}}};
  EXPECT_EQ(MarkedSnippet(MakeSnippet("Sở Lao động - Thương binh, công tác thi đua khen thưởng "
                                      "tại đường Lý Thường Kiệt, thị xã",
                                      phrase),
                          false),
            "Sở Lao động - Thương binh, công tác «thi đua khen thưởng» tại đường Lý Thường Kiệt, "
            "thị xã");
  // Two patterns: the window with both wins over one with a single one.
  std::string text = "thuế thuế thuế thuế " + std::string(100, 'x') + " ";
  for (int i = 0; i < 30; ++i) text += "lorem ";
  text += "nộp thuế tài nguyên đúng hạn";
  std::vector<SnippetPattern> patterns = {{{"thuế"}}, {{"tài"}, {"nguyên"}}};
  Snippet s = MakeSnippet(text, patterns, 8);
  EXPECT_NE(MarkedSnippet(s, false).find("nộp «thuế tài nguyên» đúng hạn"), std::string::npos)
      << MarkedSnippet(s, false);
}

TEST(SnippetTest, MarksBoldOnATerminal) {
  EXPECT_EQ(MarkedSnippet(MakeSnippet("nộp thuế", Words({"thuế"})), /*terminal=*/true),
            "nộp \x1b[1mthuế\x1b[0m");
}

}  // namespace
}  // namespace lexgraph
