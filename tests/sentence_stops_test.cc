// Tests of sentence_stops.h: where a sentence ends inside a line, and the
// dots that end none, as MentionContext draws the sentence around a mention.
#include "sentence_stops.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "mention_context.h"
#include "mention_context_cases.h"

namespace lexgraph {
namespace {

using testing::ExpectSentences;
using testing::SentenceCase;

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

TEST(SentenceStops, AbbreviationsAndInitialsEndNoSentence) {
  struct Case {
    std::string_view text;  // the dot asked about is the last byte
    bool abbreviation;
  };
  static constexpr Case kCases[] = {
      {"TP.", true}, {"ThS.", true},   {"Đ/c.", true},   {"Q.", true},
      {"I.", false}, {"tỉnh.", false}, {"2016.", false}, {"Quyết định.", false},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(layout::IsAbbreviationBefore(c.text, c.text.size() - 1), c.abbreviation) << c.text;
}

TEST(SentenceStops, AStopIsATerminalBeforeSpaceAndACapital) {
  constexpr std::string_view text = "đã ban hành.” Đồng thời, tại";
  std::size_t dot = text.find('.');
  std::size_t end = 0, next = 0;
  ASSERT_TRUE(layout::MidLineStop(text, dot, text.size(), &end, &next));
  EXPECT_EQ(text.substr(0, end), "đã ban hành.”");
  EXPECT_EQ(text.substr(next), "Đồng thời, tại");
  constexpr std::string_view lower = "số 1. tiếp theo";
  EXPECT_FALSE(layout::MidLineStop(lower, lower.find('.'), lower.size(), &end, &next));
}

}  // namespace
}  // namespace lexgraph
