// Tests of section_headings.h: which lines are headings and which lines a
// heading wraps onto, as MentionContext answers the heading over a mention.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "mention_context.h"
#include "mention_context_cases.h"

namespace lexgraph {
namespace {

using testing::HeadingCase;
using testing::HeadingOf;
using testing::IsValidUtf8;
using testing::SentenceOf;

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

}  // namespace
}  // namespace lexgraph
