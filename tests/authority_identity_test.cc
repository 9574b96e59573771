// Tests for authority_identity.h: two different documents are never merged,
// one document is never split.
#include "authority_identity.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace lexgraph {
namespace {

Citation Cite(std::optional<std::string> symbol, std::optional<std::string> date = std::nullopt,
              std::optional<std::string> issuer = std::nullopt) {
  Citation c;
  c.type = "Quyết định";
  c.symbol = std::move(symbol);
  c.date = std::move(date);
  c.issuer = std::move(issuer);
  return c;
}

TEST(AuthorityIdentityTest, LocalSymbolIsScopedByTheCitingReportsProvince) {
  auto quang_tri = IdentifyCitations({Cite("41/2019/QĐ-UBND")}, "quang tri");
  auto ha_tinh = IdentifyCitations({Cite("41/2019/QĐ-UBND")}, "ha tinh");
  EXPECT_EQ(quang_tri[0].key, "sym:41/2019/qd-ubnd|2019|quang tri");
  EXPECT_EQ(ha_tinh[0].key, "sym:41/2019/qd-ubnd|2019|ha tinh");
  EXPECT_EQ(quang_tri[0].citation_key, ha_tinh[0].citation_key);
}

TEST(AuthorityIdentityTest, ProvinceNamedByTheIssuerWinsOverTheCitingReports) {
  auto ids = IdentifyCitations(
      {Cite("41/2019/QĐ-UBND", "2019-10-22", "Ủy ban nhân dân tỉnh Thừa Thiên Huế")}, "quang tri");
  EXPECT_EQ(ids[0].scope, "thua thien hue");
}

TEST(AuthorityIdentityTest, NationalBodiesHaveNoScope) {
  Citation directive = Cite("05-CT/TW", "2016-05-15", "Bộ Chính trị");
  Citation decree = Cite("04/2015/NĐ-CP");
  auto ids = IdentifyCitations({directive, decree}, "quang tri");
  EXPECT_EQ(ids[0].key, "sym:5-ct/tw|2016|");
  EXPECT_EQ(ids[1].key, "sym:4/2015/nd-cp|2015|");
}

TEST(AuthorityIdentityTest, YearlessSymbolsOfDifferentYearsStayApart) {
  auto plan_2018 = IdentifyCitations({Cite("14/KH-SKHCHN", "2018-02-01")}, "quang tri");
  auto plan_2020 = IdentifyCitations({Cite("14/KH-SKHCHN", "2020-02-18")}, "quang tri");
  EXPECT_EQ(plan_2018[0].key, "sym:14/kh-skhchn|2018|quang tri");
  EXPECT_EQ(plan_2020[0].key, "sym:14/kh-skhchn|2020|quang tri");
}

TEST(AuthorityIdentityTest, UndatedMentionBorrowsTheYearOfADatedOneInTheSameReport) {
  auto ids = IdentifyCitations(
      {Cite("05-CT/TW", "2016-05-15"), Cite("05-CT/TW"), Cite("14/KH-SKHCHN")}, "quang tri");
  EXPECT_EQ(ids[1].key, ids[0].key);
  // No dated mention of the plan: its year stays unknown, not guessed.
  EXPECT_EQ(ids[2].key, "sym:14/kh-skhchn|?|quang tri");
}

TEST(AuthorityIdentityTest, TwoDifferentYearsInOneReportLeaveAnUndatedMentionUnknown) {
  auto ids = IdentifyCitations({Cite("14/KH-SKHCHN", "2019-01-10"),
                                Cite("14/KH-SKHCHN", "2020-02-18"), Cite("14/KH-SKHCHN")},
                               "quang tri");
  EXPECT_FALSE(ids[2].year.has_value());
}

TEST(AuthorityIdentityTest, LawsAreKnownByNameWithoutYear) {
  Citation law;
  law.type = "Bộ luật";
  law.name = "Bộ luật Lao động";
  law.date = "2019-11-20";
  auto ids = IdentifyCitations({law}, "quang tri");
  EXPECT_EQ(ids[0].key, "name:bo luat lao dong||");
}

TEST(AuthorityIdentityTest, UnknownProvinceIsMarkedNotGuessed) {
  auto ids = IdentifyCitations({Cite("41/2019/QĐ-UBND")}, "");
  EXPECT_EQ(ids[0].scope, "?");
}

TEST(AuthorityIdentityTest, ReportOfTheCorpusHasTheIdentityItsCitationsUse) {
  // The seed report cites "Quyết định số 41/2019/QĐ-UBND ... của UBND tỉnh";
  // the decision itself is in the corpus. The Hà Tĩnh decision of the same
  // symbol is another document.
  Extraction seed =
      testing::ExtractText(testing::ReadSourceFile("corpus/quang-tri/skhcn-174-bc-2020.md"));
  Extraction decision =
      testing::ExtractText(testing::ReadSourceFile("corpus/quang-tri/ubnd-41-qd-2019.md"));
  Extraction other =
      testing::ExtractText(testing::ReadSourceFile("corpus/ha-tinh/ubnd-41-qd-2019.md"));
  auto cited = IdentifyCitations(seed.citations, ProvinceOfDocument(seed.document));
  std::string decision_key = IdentifyDocument(decision.document).key;
  EXPECT_EQ(decision_key, "sym:41/2019/qd-ubnd|2019|quang tri");
  EXPECT_NE(IdentifyDocument(other.document).key, decision_key);
  bool found = false;
  for (const AuthorityIdentity& id : cited) found |= id.key == decision_key;
  EXPECT_TRUE(found) << testing::Describe(seed);
  EXPECT_EQ(IdentifyDocument(seed.document).key, "sym:174/bc-skhchn|2020|quang tri");
}

}  // namespace
}  // namespace lexgraph
