// Tests of context_cut.h: a sentence longer than its budget is cut around
// the mention, "…" marking each cut.
#include "context_cut.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "mention_context.h"
#include "mention_context_cases.h"

namespace lexgraph {
namespace {

using testing::IsValidUtf8;
using testing::SentenceOf;

// A long sentence with a mention in the middle.
constexpr std::string_view kLong =
    "Việc quán triệt, thực hiện Quy chế dân chủ cũng đã được lồng ghép với việc thực hiện Nghị "
    "quyết Đại hội Đảng các cấp, gắn với triển khai thực hiện Nghị quyết Trung ương 4 khóa XII "
    "và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
    "tưởng, đạo đức, phong cách Hồ Chí Minh, triển khai đến từng chi bộ tổ chức cho cán bộ, đảng "
    "viên làm bản đăng ký và cam kết cá nhân.";

TEST(MentionContextCut, KeepsTheMentionAndMarksEachCut) {
  std::string got = SentenceOf(kLong, "05-CT/TW", 120);
  EXPECT_EQ(got,
            "…Trung ương 4 khóa XII và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về "
            "đẩy…");
  EXPECT_LE(got.size(), 120u);
  // The whole sentence when it fits.
  EXPECT_EQ(SentenceOf(kLong, "05-CT/TW", 1000), kLong);
}

TEST(MentionContextCut, MentionAtAnEndIsCutOnTheOtherSideOnly) {
  std::string head = SentenceOf(kLong, "Việc quán triệt", 60);
  EXPECT_EQ(head, "Việc quán triệt, thực hiện Quy chế dân chủ…");
  std::string tail = SentenceOf(kLong, "cam kết cá nhân.", 60);
  EXPECT_EQ(tail, "…viên làm bản đăng ký và cam kết cá nhân.");
}

TEST(MentionContextCut, EveryBudgetGivesValidUtf8WithinItAndKeepsTheMention) {
  std::string_view mention = "05-CT/TW";
  for (std::size_t max = 0; max <= kLong.size() + 1; ++max) {
    std::string got = SentenceOf(kLong, mention, max);
    EXPECT_LE(got.size(), max) << got;
    EXPECT_TRUE(IsValidUtf8(got)) << "max " << max << ": " << got;
    if (max >= mention.size()) {
      EXPECT_NE(got.find(mention), std::string::npos) << max << got;
    }
    if (max >= mention.size() + 6 && max < kLong.size()) {
      EXPECT_TRUE(got.starts_with("…") && got.ends_with("…")) << max << ": " << got;
    }
  }
}

TEST(MentionContextCut, AMentionLongerThanTheBudgetKeepsItsStart) {
  std::size_t begin = kLong.find("Chỉ thị số");
  std::size_t end = kLong.find(" về đẩy mạnh");
  EXPECT_EQ(MentionContext(kLong).SentenceAround(begin, end, 31), "…Chỉ thị số 05-CT/TW…");
}

TEST(MentionContextCut, OffsetsOutsideTheTextAreClamped) {
  MentionContext context(kLong);
  EXPECT_EQ(context.SentenceAround(kLong.size() + 5, kLong.size() + 10, 40),
            "…đăng ký và cam kết cá nhân.");
  EXPECT_EQ(MentionContext("").SentenceAround(0, 3), "");
  EXPECT_EQ(MentionContext("").HeadingAt(7), "");
}

// Where SentenceWithMention says the mention is, its bytes must be the
// mention's, whether the sentence was cut or not.
TEST(MentionContextMark, MarksTheMentionInWholeAndCutSentences) {
  std::size_t begin = kLong.find("Chỉ thị số 05-CT/TW");
  std::size_t end = begin + std::string_view("Chỉ thị số 05-CT/TW").size();
  MentionContext context(kLong);
  for (std::size_t budget : {1000, 240, 120, 60, 31, 12}) {
    MentionContext::Sentence s = context.SentenceWithMention(begin, end, budget);
    ASSERT_LE(s.mention_begin, s.mention_end) << budget;
    ASSERT_LE(s.mention_end, s.text.size()) << budget;
    std::string marked = s.text.substr(s.mention_begin, s.mention_end - s.mention_begin);
    if (budget >= 31)
      EXPECT_EQ(marked, "Chỉ thị số 05-CT/TW") << budget << ": " << s.text;
    else  // a mention longer than the budget keeps its start
      EXPECT_TRUE(std::string_view("Chỉ thị số 05-CT/TW").starts_with(marked)) << s.text;
    EXPECT_EQ(s.text, context.SentenceAround(begin, end, budget));
  }
}

TEST(ContextCut, CutEndMarksTheCutAtAWordBoundary) {
  EXPECT_EQ(layout::CutEnd("Kết quả thực hiện", 100), "Kết quả thực hiện");
  EXPECT_EQ(layout::CutEnd("Kết quả thực hiện", 16), "Kết quả…");
  EXPECT_EQ(layout::CutEnd("Kết quả", 2), "");
}

}  // namespace
}  // namespace lexgraph
