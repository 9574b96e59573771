// The search language as a person types it: words, "phrases", AND/OR/NOT,
// -words, groups, and the mistakes people make.
#include "search_expression.h"

#include <gtest/gtest.h>

namespace lexgraph {
namespace {

std::string Parsed(std::string_view text) {
  ParsedSearch parsed = ParseSearch(text);
  EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.error;
  return parsed.expression ? ToString(*parsed.expression) : "<nothing>";
}

std::string Error(std::string_view text) {
  ParsedSearch parsed = ParseSearch(text);
  EXPECT_FALSE(parsed.ok()) << text << " parsed as "
                            << (parsed.expression ? ToString(*parsed.expression) : "nothing");
  return parsed.error;
}

// Search ranks reports holding only some of the words typed one after the
// other, so the tree says which ANDs were typed and which words were quoted.
TEST(SearchExpressionTest, TellsTypedAndsAndQuotesFromImpliedOnes) {
  SearchExpression implied = *ParseSearch("hóa đơn 05-CT/TW").expression;
  EXPECT_FALSE(implied.typed_and);
  ASSERT_EQ(implied.children.size(), 3u);
  EXPECT_FALSE(implied.children[2].quoted);  // a word with signs is no quote
  EXPECT_TRUE(ParseSearch("hóa AND đơn").expression->typed_and);
  EXPECT_TRUE(ParseSearch("hóa đơn AND thuế").expression->typed_and);
  SearchExpression quoted = *ParseSearch("\"hóa đơn\" thuế").expression;
  EXPECT_FALSE(quoted.typed_and);
  EXPECT_TRUE(quoted.children[0].quoted);
  EXPECT_FALSE(quoted.children[1].quoted);
  // -x wraps the words in an AND NOT; the words keep their implied AND.
  EXPECT_FALSE(ParseSearch("hóa đơn -xăng").expression->children[0].typed_and);
}

TEST(SearchExpressionTest, WordsAreAllWanted) {
  EXPECT_EQ(Parsed("hóa đơn điện tử"), "hóa AND đơn AND điện AND tử");
  EXPECT_EQ(Parsed("  hoa   don\t"), "hoa AND don");
  EXPECT_EQ(Parsed("hóa AND đơn"), "hóa AND đơn");
}

TEST(SearchExpressionTest, QuotesMakeAPhrase) {
  EXPECT_EQ(Parsed("\"hóa đơn điện tử\""), "\"hóa đơn điện tử\"");
  EXPECT_EQ(Parsed("\"thi đua, khen thưởng\" tỉnh"), "\"thi đua khen thưởng\" AND tỉnh");
  // An unclosed quote closes at the end, as search boxes do.
  EXPECT_EQ(Parsed("\"văn hóa cơ sở"), "\"văn hóa cơ sở\"");
}

TEST(SearchExpressionTest, AWordOfSeveralIndexWordsIsAPhrase) {
  // The index splits symbols at '-' and '/': typed whole, they stay together.
  EXPECT_EQ(Parsed("05-CT/TW"), "\"05 CT TW\"");
  EXPECT_EQ(Parsed("Chỉ thị 05-CT/TW"), "Chỉ AND thị AND \"05 CT TW\"");
}

TEST(SearchExpressionTest, OrBindsLooserThanAnd) {
  EXPECT_EQ(Parsed("hóa đơn OR chứng từ"), "hóa AND đơn OR chứng AND từ");
  EXPECT_EQ(Parsed("(thuế OR phí) phạt"), "(thuế OR phí) AND phạt");
  EXPECT_EQ(Parsed("\"hóa đơn\" OR \"chứng từ\""), "\"hóa đơn\" OR \"chứng từ\"");
}

TEST(SearchExpressionTest, NotExcludesFromItsAndAndMinusFromItsGroup) {
  EXPECT_EQ(Parsed("thuế NOT xăng"), "thuế AND NOT xăng");
  EXPECT_EQ(Parsed("thuế AND NOT xăng"), "thuế AND NOT xăng");
  EXPECT_EQ(Parsed("thuế OR phí NOT xăng"), "thuế OR (phí AND NOT xăng)");
  EXPECT_EQ(Parsed("thuế OR phí -xăng"), "(thuế OR phí) AND NOT xăng");
  EXPECT_EQ(Parsed("(thuế -xăng) OR phí"), "(thuế AND NOT xăng) OR phí");
  EXPECT_EQ(Parsed("thuế -\"xăng dầu\""), "thuế AND NOT \"xăng dầu\"");
  EXPECT_EQ(Parsed("NOT NOT thuế"), "thuế");
  // A hyphen inside a word is not an operator.
  EXPECT_EQ(Parsed("Thi đua-Khen thưởng"), "Thi AND \"đua Khen\" AND thưởng");
}

TEST(SearchExpressionTest, OnlyExclusionsMeanEverythingElse) {
  ParsedSearch parsed = ParseSearch("-xăng");
  ASSERT_TRUE(parsed.ok());
  ASSERT_TRUE(parsed.expression);
  EXPECT_EQ(parsed.expression->kind, SearchExpression::Kind::kAndNot);
  EXPECT_EQ(parsed.expression->children[0].kind, SearchExpression::Kind::kAnd);
  EXPECT_TRUE(parsed.expression->children[0].children.empty());
  EXPECT_EQ(ToString(*parsed.expression), "NOT xăng");
}

TEST(SearchExpressionTest, OperatorsAreUpperCaseWords) {
  EXPECT_EQ(Parsed("thuế or phí"), "thuế AND or AND phí");
  EXPECT_EQ(Parsed("ANDROID"), "ANDROID");
}

TEST(SearchExpressionTest, NothingToLookForIsNoExpression) {
  for (const char* empty : {"", "   ", "\"\"", "... / -- "}) {
    ParsedSearch parsed = ParseSearch(empty);
    EXPECT_TRUE(parsed.ok()) << empty;
    EXPECT_FALSE(parsed.expression) << empty;
  }
}

TEST(SearchExpressionTest, MisplacedOperatorsAreSaidSo) {
  EXPECT_NE(Error("AND thuế").find("AND needs something before it"), std::string::npos);
  EXPECT_NE(Error("thuế AND").find("AND needs something after it"), std::string::npos);
  EXPECT_NE(Error("thuế OR").find("OR needs something on each side"), std::string::npos);
  EXPECT_NE(Error("OR thuế").find("OR needs something on each side"), std::string::npos);
  EXPECT_NE(Error("thuế NOT").find("NOT needs something after it"), std::string::npos);
  EXPECT_NE(Error("thuế)").find("unexpected \")\""), std::string::npos);
  EXPECT_NE(Error("()").find("holds nothing"), std::string::npos);
  // An unclosed group closes at the end.
  EXPECT_EQ(Parsed("(thuế OR phí"), "thuế OR phí");
}

}  // namespace
}  // namespace lexgraph
