// Tests of line_layout.h: paragraphs across wrapped lines, blank lines and
// page breaks, and lines that open with a list marker or are table rows, as
// MentionContext draws the sentence around a mention.
#include "line_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "mention_context.h"
#include "mention_context_cases.h"

namespace lexgraph {
namespace {

using testing::SentenceCase;
using testing::SentenceOf;

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

TEST(LineLayout, KindsAndMarkersOfLines) {
  struct Case {
    std::string_view line;
    layout::Kind kind;
    layout::Marker marker;
  };
  using layout::Kind;
  using layout::Marker;
  static constexpr Case kCases[] = {
      {"   ", Kind::kBlank, Marker::kNone},
      {"--- PAGE BREAK ---", Kind::kPageBreak, Marker::kNone},
      {"| --- | --- |", Kind::kSeparator, Marker::kNone},
      {"- Tuyên truyền", Kind::kContent, Marker::kBullet},
      {"| 1 | Nghị định |", Kind::kContent, Marker::kTable},
      {"2.1. Về công tác", Kind::kContent, Marker::kNumbered},
      {"đ) Bộ Công an:", Kind::kContent, Marker::kLettered},
      {"II. KẾT QUẢ", Kind::kContent, Marker::kRoman},
      {"Điều 1. Phạm vi", Kind::kContent, Marker::kArticle},
      {"Thực hiện Chỉ thị", Kind::kContent, Marker::kNone},
  };
  for (const Case& c : kCases) {
    std::size_t start = 0, marker_end = 0, end = 0;
    layout::LineInfo info;
    EXPECT_EQ(layout::AnalyzeLine(c.line, 0, c.line.size(), &start, &marker_end, &end, &info),
              c.kind)
        << c.line;
    if (c.kind == Kind::kContent) {
      EXPECT_EQ(info.marker, c.marker) << c.line;
    }
  }
}

}  // namespace
}  // namespace lexgraph
