// Tests of MentionContext: the sentence around a citation cleaned and marked,
// and the sentence and heading of mentions in the seed report. The rules of
// its parts are tested beside them: sentence_stops_test, line_layout_test,
// section_headings_test, context_cut_test.
#include "mention_context.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "mention_context_cases.h"
#include "test_support.h"

namespace lexgraph {
namespace {

using testing::SentenceOf;

TEST(MentionContextSentence, MarkdownMarksAndWhiteSpaceAreCleaned) {
  std::string_view text =
      "**Thực hiện** *Chỉ thị số 05-CT/TW*   ngày\u00A015/5/2016\tcủa __Bộ Chính trị__.  \n"
      "## **Hết**\n";
  EXPECT_EQ(SentenceOf(text, "05-CT/TW"),
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.");
  // A mention in a heading gets the heading as its sentence.
  EXPECT_EQ(SentenceOf("## **II. Thực hiện Chỉ thị số 05-CT/TW**\nNội dung.\n", "05-CT/TW"),
            "II. Thực hiện Chỉ thị số 05-CT/TW");
}

TEST(MentionContextSeedReport, SentenceAndHeadingOfMentions) {
  std::string text = testing::ReadSourceFile("corpus/quang-tri/skhcn-174-bc-2020.md");
  ASSERT_FALSE(text.empty());
  MentionContext context(text);
  auto span = [&](std::string_view mention) {
    std::size_t pos = text.find(mention);
    EXPECT_NE(pos, std::string::npos) << mention;
    return std::pair(pos, pos + mention.size());
  };

  auto [b1, e1] = span("14/KH-SKHCHN");
  EXPECT_EQ(context.HeadingAt(b1), "1. Công tác lãnh đạo, chỉ đạo");
  EXPECT_EQ(context.SentenceAround(b1, e1, 1000),
            "Sở Khoa học và Công nghệ đã ban hành Kế hoạch số: 14/KH-SKHCHN ngày 18/02/2020 kế "
            "hoạch về thực hiện công tác dân vận chính quyền và Đề án văn hóa công vụ năm 2020; "
            "chỉ đạo thực hiện Công văn số 1225/UBND-NC ngày 24/3/2020 của UBND tỉnh về việc "
            "tiếp tục đẩy mạnh thực hiện công tác dân vận chính quyền.");
  std::string cut = context.SentenceAround(b1, e1);
  EXPECT_LE(cut.size(), 300u);
  EXPECT_TRUE(cut.starts_with("Sở Khoa học và Công nghệ đã ban hành Kế hoạch số: 14/KH-SKHCHN"))
      << cut;
  EXPECT_TRUE(cut.ends_with("…")) << cut;

  auto [b2, e2] = span("41/2019/QĐ-UBND");
  EXPECT_EQ(context.HeadingAt(b2), "BÁO CÁO Kết quả thực hiện công tác dân vận năm 2020");

  auto [b3, e3] = span("05-CT/TW");
  EXPECT_TRUE(context.HeadingAt(b3).starts_with("2.2. Thực hiện Quy chế dân chủ cơ sở;"))
      << context.HeadingAt(b3);
  EXPECT_EQ(context.SentenceAround(b3, e3, 1000),
            "Chỉ thị số 05-CT/TW, ngày 15/5/2016, của Bộ Chính trị về “Đẩy mạnh học tập và làm "
            "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, triển khai đến từng chi bộ tổ chức "
            "cho cán bộ, đảng viên làm bản đăng ký và cam kết cá nhân học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh; rèn luyện, giữ gìn phẩm chất đạo đức, lối "
            "sống, không suy thoái, không “tự diễn biến”, không “tự chuyển hóa”.");

  // Section II: its numbered items are paragraphs, not headings.
  std::size_t b4 = text.rfind("1225/UBND-NC");
  EXPECT_EQ(context.HeadingAt(b4), "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021");
}

TEST(MentionContextMark, MarksTheSecondOfTwoEqualMentions) {
  // The same symbol twice in one sentence: the mark is on the one asked for.
  constexpr std::string_view text =
      "Thực hiện Kế hoạch số 14/KH-SKHCHN ngày 18/02/2020, Sở đã sửa đổi Kế hoạch số "
      "14/KH-SKHCHN cho phù hợp.";
  std::size_t second = text.rfind("14/KH-SKHCHN");
  MentionContext::Sentence s = MentionContext(text).SentenceWithMention(
      second, second + std::string_view("14/KH-SKHCHN").size());
  EXPECT_EQ(s.text.substr(s.mention_begin, s.mention_end - s.mention_begin), "14/KH-SKHCHN");
  EXPECT_GT(s.mention_begin, s.text.find("14/KH-SKHCHN"));
}

TEST(MentionContextMark, MentionWrappedOverTwoLinesIsMarkedCleaned) {
  constexpr std::string_view text =
      "Căn cứ Nghị định số\n04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ.";
  std::size_t begin = text.find("Nghị định");
  std::size_t end = text.find(" ngày");
  MentionContext::Sentence s = MentionContext(text).SentenceWithMention(begin, end);
  EXPECT_EQ(s.text.substr(s.mention_begin, s.mention_end - s.mention_begin),
            "Nghị định số 04/2015/NĐ-CP");
}

}  // namespace
}  // namespace lexgraph
