// Tests of MentionContext: the sentence around a citation and the heading of
// its section, on snippets shaped like the reports (Markdown conversions and
// OCR text wrapped at a fixed width) and on the seed report.
#include "mention_context.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "test_support.h"

namespace lexgraph {
namespace {

// The sentence around the first occurrence of `mention` in `text`.
std::string SentenceOf(std::string_view text, std::string_view mention,
                       std::size_t max_bytes = 300) {
  std::size_t pos = text.find(mention);
  EXPECT_NE(pos, std::string_view::npos) << mention << " not in: " << text;
  if (pos == std::string_view::npos) return "(mention not found)";
  return MentionContext(text).SentenceAround(pos, pos + mention.size(), max_bytes);
}

// The heading over the first occurrence of `mention` in `text`.
std::string HeadingOf(std::string_view text, std::string_view mention) {
  std::size_t pos = text.find(mention);
  EXPECT_NE(pos, std::string_view::npos) << mention << " not in: " << text;
  if (pos == std::string_view::npos) return "(mention not found)";
  return MentionContext(text).HeadingAt(pos);
}

bool IsValidUtf8(std::string_view s) {
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

void ExpectSentences(const SentenceCase* begin, const SentenceCase* end) {
  for (const SentenceCase* c = begin; c != end; ++c)
    EXPECT_EQ(SentenceOf(c->text, c->mention), c->sentence)
        << "mention " << c->mention << "\nin: " << c->text;
}

TEST(MentionContextSentence, EndsAtStopsBeforeCapitals) {
  static constexpr SentenceCase kCases[] = {
      {"Sở đã tổ chức hội nghị quán triệt. Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ "
       "Chính trị, Sở đã ban hành Kế hoạch số 14/KH-SKHCHN. Kết quả đạt được tốt.",
       "05-CT/TW",
       "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Sở đã ban hành Kế hoạch "
       "số 14/KH-SKHCHN."},
      // Vietnamese capitals: Đ, Ủ.
      {"Năm 2020 hoàn thành kế hoạch. Đồng thời triển khai Quyết định số 1847/QĐ-TTg của Thủ "
       "tướng. Ủy ban nhân dân tỉnh chỉ đạo sát sao.",
       "1847/QĐ-TTg", "Đồng thời triển khai Quyết định số 1847/QĐ-TTg của Thủ tướng."},
      {"Vì sao chưa hoàn thành? Do chưa thực hiện Kết luận số 01-KL/TW đầy đủ! Cần khắc phục.",
       "01-KL/TW", "Do chưa thực hiện Kết luận số 01-KL/TW đầy đủ!"},
      // ";" ends a clause before a capital, not before a lower-case letter.
      {"Ban hành Kế hoạch số 03/KH-SKHCHN; Kế hoạch số 07/KH-SKHCHN ngày 3/2/2020; chỉ đạo "
       "thực hiện Công văn số 1225/UBND-NC. Hết.",
       "07/KH-SKHCHN",
       "Kế hoạch số 07/KH-SKHCHN ngày 3/2/2020; chỉ đạo thực hiện Công văn số 1225/UBND-NC."},
      // An ellipsis ends a sentence too.
      {"Tham gia ý kiến nhiều chương trình, kế hoạch... Ban Chỉ đạo thực hiện Nghị định số "
       "04/2015/NĐ-CP. Hết.",
       "04/2015/NĐ-CP", "Ban Chỉ đạo thực hiện Nghị định số 04/2015/NĐ-CP."},
      // Closing quotes stay with the sentence they close.
      {"Ban hành Kết luận số 01-KL/TW “Về tiếp tục thực hiện Chỉ thị số 05-CT/TW.” Sau đó "
       "triển khai.",
       "01-KL/TW", "Ban hành Kết luận số 01-KL/TW “Về tiếp tục thực hiện Chỉ thị số 05-CT/TW.”"},
  };
  ExpectSentences(std::begin(kCases), std::end(kCases));
}

TEST(MentionContextSentence, DoesNotEndAtDotsThatEndNoSentence) {
  static constexpr SentenceCase kCases[] = {
      // ":" ends nothing.
      {"Sở đã ban hành Kế hoạch số: 14/KH-SKHCHN ngày 18/02/2020 như sau: Tổ chức tuyên "
       "truyền. Hết.",
       "14/KH-SKHCHN",
       "Sở đã ban hành Kế hoạch số: 14/KH-SKHCHN ngày 18/02/2020 như sau: Tổ chức tuyên "
       "truyền."},
      // A stop before a lower-case letter is OCR noise.
      {"Đối với một số Cục Thuế. có tỷ lệ hoàn thành thấp theo Quyết định số 1774/QĐ-TCT. Hết.",
       "1774/QĐ-TCT",
       "Đối với một số Cục Thuế. có tỷ lệ hoàn thành thấp theo Quyết định số 1774/QĐ-TCT."},
      {"Hết. Thực hiện Chỉ thị số 05-CT/TW ngày 15.5.2016 của Bộ Chính trị, mục 1.2 của Kế "
       "hoạch. Tiếp theo.",
       "05-CT/TW",
       "Thực hiện Chỉ thị số 05-CT/TW ngày 15.5.2016 của Bộ Chính trị, mục 1.2 của Kế hoạch."},
      {"Hết. Hội nghị tổ chức tại TP. Hồ Chí Minh theo Thông báo số 330/TB-VPCP. Hết.",
       "330/TB-VPCP", "Hội nghị tổ chức tại TP. Hồ Chí Minh theo Thông báo số 330/TB-VPCP."},
      {"Hết. Đoàn làm việc tại Tp. Huế theo Kế hoạch số 14/KH-SKHCN. Hết.", "14/KH-SKHCN",
       "Đoàn làm việc tại Tp. Huế theo Kế hoạch số 14/KH-SKHCN."},
      {"Hết. Báo cáo viên PGS. TS. Nguyễn Văn An và ThS. Lê Thị Bình giới thiệu Chỉ thị số "
       "05-CT/TW. Hết.",
       "05-CT/TW",
       "Báo cáo viên PGS. TS. Nguyễn Văn An và ThS. Lê Thị Bình giới thiệu Chỉ thị số "
       "05-CT/TW."},
      {"Hết. Giao Đ/c Trần Văn Sơn, đ/c. Lê Văn Hòa chủ trì triển khai Kết luận số 01-KL/TW. "
       "Hết.",
       "01-KL/TW",
       "Giao Đ/c Trần Văn Sơn, đ/c. Lê Văn Hòa chủ trì triển khai Kết luận số 01-KL/TW."},
      // An initial, but not the Roman numeral that ends "khóa XII." or "Phụ lục I.".
      {"Hết. Trụ sở tại Q. Ba Đình thực hiện Quyết định số 1847/QĐ-TTg. Hết.", "1847/QĐ-TTg",
       "Trụ sở tại Q. Ba Đình thực hiện Quyết định số 1847/QĐ-TTg."},
      {"Theo Nghị quyết số 18-NQ/TW khóa XII. Theo Phụ lục I. Hết.", "18-NQ/TW",
       "Theo Nghị quyết số 18-NQ/TW khóa XII."},
  };
  ExpectSentences(std::begin(kCases), std::end(kCases));
}

TEST(MentionContextSentence, WrappedLinesJoinUnlessALineEndsASentence) {
  // OCR text wrapped at a fixed width (tct-cv-4302-2018).
  std::string_view text =
      "Thực hiện Thông báo số 439/TB-TCT ngày 16/10/2018 của Tổng cục\n"
      "Trưởng Tổng cục Thuế về việc tăng cường công tác thu Ngân sách Nhà nước, thu\n"
      "Ngân sách Trung ương. Tiếp theo Công văn số 3259/TCT-TTr ngày 23/8/2018 về\n"
      "việc tăng cường công tác thanh tra, kiểm tra và điều chỉnh kế hoạch thanh tra,\n"
      "kiểm tra năm 2018 đã chỉ đạo triển khai các giải pháp đồng bộ toàn diện.\n"
      "chống thất thu theo Quyết định số 1774/QĐ-TCT ngày 22/10/2018\n"
      "của Tổng cục Thuế.\n";
  EXPECT_EQ(SentenceOf(text, "439/TB-TCT"),
            "Thực hiện Thông báo số 439/TB-TCT ngày 16/10/2018 của Tổng cục Trưởng Tổng cục Thuế "
            "về việc tăng cường công tác thu Ngân sách Nhà nước, thu Ngân sách Trung ương.");
  EXPECT_EQ(SentenceOf(text, "3259/TCT-TTr"),
            "Tiếp theo Công văn số 3259/TCT-TTr ngày 23/8/2018 về việc tăng cường công tác thanh "
            "tra, kiểm tra và điều chỉnh kế hoạch thanh tra, kiểm tra năm 2018 đã chỉ đạo triển "
            "khai các giải pháp đồng bộ toàn diện.");
  // A mention that ends where its line does.
  EXPECT_EQ(SentenceOf("Thực hiện Chỉ thị số 05-CT/TW\n- Báo cáo kết quả.\n", "05-CT/TW\n"),
            "Thực hiện Chỉ thị số 05-CT/TW");
  // The line before ended with a full stop: a new sentence, whatever its case.
  EXPECT_EQ(SentenceOf(text, "1774/QĐ-TCT"),
            "chống thất thu theo Quyết định số 1774/QĐ-TCT ngày 22/10/2018 của Tổng cục Thuế.");
}

TEST(MentionContextSentence, BlankLinesEndParagraphsButNotALowerCaseContinuation) {
  std::string_view text =
      "Sở đã triển khai Chỉ thị số 05-CT/TW\n"
      "\n"
      "Kế hoạch số 14/KH-SKHCHN được ban hành đúng hạn,\n"
      "\n"
      "thống nhất với Quy chế dân chủ theo Nghị định số 04/2015/NĐ-CP.\n";
  EXPECT_EQ(SentenceOf(text, "05-CT/TW"), "Sở đã triển khai Chỉ thị số 05-CT/TW");
  EXPECT_EQ(SentenceOf(text, "04/2015/NĐ-CP"),
            "Kế hoạch số 14/KH-SKHCHN được ban hành đúng hạn, thống nhất với Quy chế dân chủ theo "
            "Nghị định số 04/2015/NĐ-CP.");
}

TEST(MentionContextSentence, PageBreaksInsideASentenceAreLeftOut) {
  // snv-188-bc-2021: a mention cut in two by the page break.
  std::string_view text =
      "2. Việc thực hiện dân chủ được duy trì; các cơ quan tiếp tục thực hiện Nghị định số\n"
      "\n"
      "--- PAGE BREAK ---\n"
      "\n"
      "04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ.\n"
      "\n"
      "3. Phối hợp chia sẻ dữ liệu giữa các bộ, ngành\n"
      "\n"
      "--- PAGE BREAK ---\n"
      "\n"
      "2\n"
      "\n"
      "Bộ Tài chính theo Quyết định số 1774/QĐ-TCT.\n";
  std::size_t begin = text.find("Nghị định số");
  std::size_t end = text.find(" ngày 09/01");
  EXPECT_EQ(MentionContext(text).SentenceAround(begin, end),
            "2. Việc thực hiện dân chủ được duy trì; các cơ quan tiếp tục thực hiện Nghị định số "
            "04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ.");
  EXPECT_EQ(SentenceOf(text, "1774/QĐ-TCT"),
            "3. Phối hợp chia sẻ dữ liệu giữa các bộ, ngành Bộ Tài chính theo Quyết định số "
            "1774/QĐ-TCT.");
}

TEST(MentionContextSentence, ListItemsStartSentences) {
  std::string_view text =
      "Thực hiện Kế hoạch số 312/KH-UBND, Sở triển khai các văn bản sau:\n"
      "- Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;\n"
      "- Kết luận số 01-KL/TW ngày 18/5/2021\n"
      "của Bộ Chính trị về tiếp tục thực hiện Chỉ thị;\n"
      "+ Quy định số 08-QĐi/TW ngày 25/10/2018 về trách nhiệm nêu gương\n"
      "a) Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương;\n"
      "1. Nghị định số 04/2015/NĐ-CP về dân chủ\n"
      "2.1. Quyết định số 41/2019/QĐ-UBND của UBND tỉnh;\n";
  static constexpr SentenceCase kCases[] = {
      {"", "312/KH-UBND", "Thực hiện Kế hoạch số 312/KH-UBND, Sở triển khai các văn bản sau:"},
      {"", "05-CT/TW", "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;"},
      {"", "01-KL/TW",
       "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực "
       "hiện Chỉ thị;"},
      {"", "08-QĐi/TW", "Quy định số 08-QĐi/TW ngày 25/10/2018 về trách nhiệm nêu gương"},
      {"", "18-NQ/TW", "a) Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương;"},
      {"", "04/2015/NĐ-CP", "1. Nghị định số 04/2015/NĐ-CP về dân chủ"},
      {"", "41/2019/QĐ-UBND", "2.1. Quyết định số 41/2019/QĐ-UBND của UBND tỉnh;"},
  };
  for (const SentenceCase& c : kCases) EXPECT_EQ(SentenceOf(text, c.mention), c.sentence);
}

TEST(MentionContextSentence, ATableRowIsReadWhole) {
  // stp-86-kh-2024: stops inside cells do not cut the row.
  std::string_view text =
      "Các văn bản cần tuyên truyền:\n"
      "| STT | Văn bản | Đối tượng |\n"
      "|---|---|---|\n"
      "| 3 | Bộ luật Lao động; Luật Bảo hiểm xã hội số 41/2024/QH15. Nghị định số 26/2019/NĐ-CP "
      "| Người lao động |\n";
  EXPECT_EQ(SentenceOf(text, "41/2024/QH15"),
            "| 3 | Bộ luật Lao động; Luật Bảo hiểm xã hội số 41/2024/QH15. Nghị định số "
            "26/2019/NĐ-CP | Người lao động |");
  EXPECT_EQ(SentenceOf(text, "tuyên truyền"), "Các văn bản cần tuyên truyền:");
}

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

struct HeadingCase {
  std::string_view text;
  std::string_view mention;
  std::string_view heading;
};

TEST(MentionContextHeading, EachKindOfHeading) {
  static constexpr HeadingCase kCases[] = {
      {"## **2. Kết quả thực hiện**\n\nSở thực hiện Chỉ thị số 05-CT/TW.\n", "05-CT/TW",
       "2. Kết quả thực hiện"},
      {"**I. KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2020**\n\nSở thực hiện Chỉ thị số "
       "05-CT/TW.\n",
       "05-CT/TW", "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2020"},
      // OCR: no blank line between the heading and its text.
      {"II. Kết quả thực hiện\nThực hiện Chỉ thị số 05-CT/TW, Sở đã ban hành kế hoạch.\n",
       "05-CT/TW", "II. Kết quả thực hiện"},
      {"1. Công tác tuyên truyền\n\nSở phổ biến Chỉ thị số 05-CT/TW.\n", "05-CT/TW",
       "1. Công tác tuyên truyền"},
      {"1. Công tác tuyên truyền\nSở phổ biến Chỉ thị số 05-CT/TW đến toàn thể cán bộ.\n",
       "05-CT/TW", "1. Công tác tuyên truyền"},
      {"### ***2.1. Về cải cách hành chính***\n\nTriển khai Quyết định số 1847/QĐ-TTg.\n",
       "1847/QĐ-TTg", "2.1. Về cải cách hành chính"},
      {"2.1. Về cải cách hành chính\n\nTriển khai Quyết định số 1847/QĐ-TTg.\n", "1847/QĐ-TTg",
       "2.1. Về cải cách hành chính"},
      {"đ) Bộ Công an:\n\n- Chủ trì triển khai Quyết định số 06/QĐ-TTg;\n- Báo cáo.\n", "06/QĐ-TTg",
       "đ) Bộ Công an:"},
      {"Phần thứ nhất: Kết quả thực hiện\n\nNăm 2020, Sở triển khai Chỉ thị số 05-CT/TW.\n",
       "05-CT/TW", "Phần thứ nhất: Kết quả thực hiện"},
      {"PHẦN I\nĐÁNH GIÁ KẾT QUẢ\n\nNăm 2020, Sở triển khai Chỉ thị số 05-CT/TW.\n", "05-CT/TW",
       "PHẦN I ĐÁNH GIÁ KẾT QUẢ"},
      {"KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020\nNăm 2020, Sở thực hiện Quyết định số "
       "1847/QĐ-TTg.\n",
       "1847/QĐ-TTg", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020"},
      {"**Về công tác dân vận chính quyền**\n\nSở triển khai Kết luận số 01-KL/TW.\n", "01-KL/TW",
       "Về công tác dân vận chính quyền"},
  };
  for (const HeadingCase& c : kCases)
    EXPECT_EQ(HeadingOf(c.text, c.mention), c.heading) << "in: " << c.text;
}

TEST(MentionContextHeading, ArticlesOfADecision) {
  // ubnd-25-qd-2021: "1. ... như sau:" opens a list; it is no heading.
  std::string_view text =
      "**QUYẾT ĐỊNH:**\n\n"
      "**Điều 1.** Sửa đổi Quy định ban hành kèm theo Quyết định số 41/2019/QĐ-UBND như sau:\n\n"
      "1. Sửa đổi, bổ sung khoản 2 Điều 5 như sau:\n\n"
      "\"2. Thời gian chốt số liệu thực hiện theo Nghị định số 09/2019/NĐ-CP.\"\n\n"
      "2. Thay thế Phụ lục I kèm theo Quyết định số 14/2019/QĐ-UBND.\n\n"
      "**Điều 2.** Bãi bỏ Điều 8 của Quyết định số 20/2019/QĐ-UBND.\n";
  std::string article1 =
      "Điều 1. Sửa đổi Quy định ban hành kèm theo Quyết định số 41/2019/QĐ-UBND như sau:";
  EXPECT_EQ(HeadingOf(text, "09/2019/NĐ-CP"), article1);
  EXPECT_EQ(HeadingOf(text, "14/2019/QĐ-UBND"), article1);
  EXPECT_EQ(HeadingOf(text, "20/2019/QĐ-UBND"),
            "Điều 2. Bãi bỏ Điều 8 của Quyết định số 20/2019/QĐ-UBND.");
  EXPECT_EQ(HeadingOf(text, "41/2019/QĐ-UBND"), article1);  // in the heading itself
  EXPECT_EQ(SentenceOf(text, "09/2019/NĐ-CP"),
            "\"2. Thời gian chốt số liệu thực hiện theo Nghị định số 09/2019/NĐ-CP.\"");
}

TEST(MentionContextHeading, NumberedParagraphsAreNoHeadings) {
  std::string_view text =
      "I. KẾT QUẢ\n\n"
      // Long, ends with a full stop.
      "1. Huy động và bổ sung nguồn nhân lực tối đa cho công tác thanh tra, kiểm tra nhằm đẩy "
      "mạnh công tác thanh tra, kiểm tra thuế; giao chỉ tiêu kế hoạch đến từng phòng.\n\n"
      "Thực hiện Quyết định số 1774/QĐ-TCT.\n\n"
      // Wrapped at a fixed width.
      "2. Tập trung thanh tra người nộp thuế có dấu hiệu rủi ro cao về thuế, có khả\n"
      "năng khai thác nguồn thu theo Công văn số 3259/TCT-TTr.\n\n"
      // Short, but goes on after a blank line in lower case.
      "3. Phát huy sức mạnh\n\n"
      "đoàn kết thực hiện Chỉ thị số 05-CT/TW.\n";
  EXPECT_EQ(HeadingOf(text, "1774/QĐ-TCT"), "I. KẾT QUẢ");
  EXPECT_EQ(HeadingOf(text, "3259/TCT-TTr"), "I. KẾT QUẢ");
  EXPECT_EQ(HeadingOf(text, "05-CT/TW"), "I. KẾT QUẢ");
  EXPECT_EQ(SentenceOf(text, "05-CT/TW"),
            "3. Phát huy sức mạnh đoàn kết thực hiện Chỉ thị số 05-CT/TW.");
}

TEST(MentionContextHeading, WrappedLinesThatLookLikeHeadingsAreNone) {
  // OCR (tct-cv-54-2021): a wrapped line that starts with "Điều 30" or is
  // all in capitals goes on with its paragraph.
  std::string_view text =
      "I. KẾT QUẢ\n\n"
      "3. Đề nghị Cục trưởng Cục Thuế các tỉnh triển khai tuyên truyền quy định về đăng ký (từ\n"
      "Điều 30 đến Điều 41 Luật Quản lý thuế số 38/2019/QH14) tới công chức thuế.\n\n"
      "Khi triển khai phải căn cứ vào quy định của Luật Quản lý thuế và Thông tư số\n"
      "105/2020/TT-BTC.\n\n"
      "Trước đây Thông tư số 95/2016/TT-BTC quy định đầy đủ.\n";
  EXPECT_EQ(HeadingOf(text, "38/2019/QH14"), "I. KẾT QUẢ");
  EXPECT_EQ(SentenceOf(text, "38/2019/QH14"),
            "3. Đề nghị Cục trưởng Cục Thuế các tỉnh triển khai tuyên truyền quy định về đăng ký "
            "(từ Điều 30 đến Điều 41 Luật Quản lý thuế số 38/2019/QH14) tới công chức thuế.");
  EXPECT_EQ(HeadingOf(text, "95/2016/TT-BTC"), "I. KẾT QUẢ");
  EXPECT_EQ(SentenceOf(text, "105/2020/TT-BTC"),
            "Khi triển khai phải căn cứ vào quy định của Luật Quản lý thuế và Thông tư số "
            "105/2020/TT-BTC.");
}

TEST(MentionContextHeading, HtmlParagraphs) {
  // ctcm-skbc-tutuong-2025: a report exported as HTML paragraphs.
  std::string_view text =
      "<p>BÁO CÁO MÔ TẢ SÁNG KIẾN</p><p>4. Mô tả sáng kiến</p>"
      "<p>a. Khái quát đặc điểm:</p><p>Việc sắp xếp theo <b>Nghị quyết số 18-NQ/TW</b> ngày "
      "25/10/2017 của Ban Chấp hành Trung ương</p><p>Kết luận số 09-KL/BCĐ được ban hành."
      "</p><p>Thực hiện Chỉ thị số 05-CT/TW<br>của Bộ Chính trị.</p>";
  EXPECT_EQ(HeadingOf(text, "18-NQ/TW"), "a. Khái quát đặc điểm:");
  EXPECT_EQ(SentenceOf(text, "18-NQ/TW"),
            "Việc sắp xếp theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung "
            "ương");
  EXPECT_EQ(SentenceOf(text, "05-CT/TW"), "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.");
  EXPECT_EQ(HeadingOf(text, "Mô tả"), "4. Mô tả sáng kiến");
  EXPECT_EQ(HeadingOf(text, "MÔ TẢ"), "BÁO CÁO MÔ TẢ SÁNG KIẾN");
}

TEST(MentionContextHeading, HeaderBlockAndTitle) {
  // snv-188-bc-2021: a two-column header read row by row, then the title.
  std::string_view text =
      "UBND TỈNH HÀ TĨNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n\n"
      "Số: 188/BC-SNV Hà Tĩnh, ngày 22 tháng 6 năm 2021\n\n"
      "BÁO CÁO\n"
      "Tổng kết 5 năm thực hiện việc học tập và làm theo tư tưởng, đạo đức,\n"
      "phong cách Hồ Chí Minh trong các cơ quan hành chính nhà nước\n\n"
      "Thực hiện Kế hoạch số 312/KH-UBND ngày 15/8/2016 của UBND tỉnh, Sở báo cáo như sau:\n\n"
      "I. KẾT QUẢ THỰC HIỆN\n"
      "1. Sau 5 năm (2016 - 2021), các cơ quan hành chính nhà nước đã tổ chức quán triệt\n"
      "Chỉ thị số 05-CT/TW cho 100% cán bộ, công chức, viên chức.\n";
  // Before any heading: the motto lines are none.
  EXPECT_EQ(HeadingOf(text, "188/BC-SNV"), "");
  EXPECT_EQ(HeadingOf(text, "Độc lập"), "");
  EXPECT_EQ(HeadingOf(text, "312/KH-UBND"),
            "BÁO CÁO Tổng kết 5 năm thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong "
            "cách Hồ Chí Minh trong các cơ quan hành chính nhà nước");
  EXPECT_EQ(HeadingOf(text, "05-CT/TW"), "I. KẾT QUẢ THỰC HIỆN");
  EXPECT_EQ(SentenceOf(text, "05-CT/TW"),
            "1. Sau 5 năm (2016 - 2021), các cơ quan hành chính nhà nước đã tổ chức quán triệt "
            "Chỉ thị số 05-CT/TW cho 100% cán bộ, công chức, viên chức.");
}

TEST(MentionContextHeading, MarkdownHeaderBlock) {
  // ubnd-25-qd-2021: the issuer on two lines, the motto in bold.
  std::string_view text =
      "ỦY BAN NHÂN DÂN  \n**TỈNH QUẢNG TRỊ**\n\n"
      "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
      "Số: 25/2021/QĐ-UBND\n";
  EXPECT_EQ(HeadingOf(text, "Độc lập"), "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
  EXPECT_EQ(HeadingOf(text, "25/2021/QĐ-UBND"), "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
  EXPECT_EQ(HeadingOf(text, "QUẢNG TRỊ"), "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
}

TEST(MentionContextHeading, NoHeadingBeforeTheFirstSection) {
  std::string_view text =
      "Thực hiện Chỉ thị số 05-CT/TW, Sở báo cáo như sau:\n\nI. KẾT QUẢ\n\nNội dung.\n";
  EXPECT_EQ(HeadingOf(text, "05-CT/TW"), "");
  EXPECT_EQ(HeadingOf(text, "Nội dung"), "I. KẾT QUẢ");
}

TEST(MentionContextHeading, LongHeadingsAreCut) {
  std::string text =
      "## ***2.2. Thực hiện Quy chế dân chủ cơ sở; thực hiện Đề án văn hóa công vụ và trách "
      "nhiệm nêu gương của cán bộ, công chức, viên chức; công tác tiếp công dân, giải quyết "
      "khiếu nại, tố cáo***\n\nSở quán triệt Chỉ thị số 05-CT/TW.\n";
  std::string heading = HeadingOf(text, "05-CT/TW");
  EXPECT_LE(heading.size(), MentionContext::kMaxHeadingBytes);
  EXPECT_TRUE(heading.starts_with("2.2. Thực hiện Quy chế dân chủ cơ sở;")) << heading;
  EXPECT_TRUE(heading.ends_with("…")) << heading;
  EXPECT_TRUE(IsValidUtf8(heading));
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

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

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
