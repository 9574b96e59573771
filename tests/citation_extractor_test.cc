// Tests of CitationExtractor: the real report the project started from, and
// one table of cases per hard case of ../shared/spec/extraction.md, each with
// negatives (text that must not become a citation).
#include "lexgraph/citation_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexgraph/search_key.h"
#include "test_support.h"

namespace lexgraph {
namespace {

using testing::Describe;
using testing::ExtractText;

// What one citation must be; "-" means null, "*" means not checked.
struct Expected {
  std::string id;  // symbol, or name for numberless mentions
  std::string type;
  std::string date = "*";
  std::string issuer = "*";
  std::string relation = "*";
  std::string pinpoint = "*";
};

struct Case {
  std::string input;
  std::vector<Expected> citations;
};

void ExpectField(const std::optional<std::string>& got, const std::string& want,
                 const std::string& field, const std::string& input) {
  if (want == "*") return;
  if (want == "-") {
    EXPECT_FALSE(got.has_value()) << field << " should be null, is " << *got << "\nin: " << input;
  } else {
    EXPECT_EQ(got.value_or("(null)"), want) << field << "\nin: " << input;
  }
}

void ExpectCitations(const Case& c) {
  Extraction e = ExtractText(c.input);
  ASSERT_EQ(e.citations.size(), c.citations.size()) << "in: " << c.input << "\ngot:\n"
                                                    << Describe(e);
  for (std::size_t i = 0; i < c.citations.size(); ++i) {
    const Citation& got = e.citations[i];
    const Expected& want = c.citations[i];
    EXPECT_EQ(got.symbol.value_or(got.name.value_or("")), want.id) << "in: " << c.input;
    EXPECT_EQ(got.type, want.type) << "in: " << c.input;
    ExpectField(got.date, want.date, "date", c.input);
    ExpectField(got.issuer, want.issuer, "issuer", c.input);
    if (want.relation != "*") {
      EXPECT_EQ(RelationName(got.relation), want.relation) << "in: " << c.input;
    }
    ExpectField(got.pinpoint, want.pinpoint, "pinpoint", c.input);
    // The span is exactly the bytes of the (already NFC) text.
    ASSERT_LE(got.end, c.input.size()) << "in: " << c.input;
    EXPECT_EQ(c.input.substr(got.begin, got.end - got.begin), got.text) << "in: " << c.input;
  }
}

void ExpectAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) ExpectCitations(c);
}

// ---- The real report: Báo cáo 174/BC-SKHCHN, Quảng Trị, 2020 ----

class RealReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = testing::ReadSourceFile("corpus/quang-tri/skhcn-174-bc-2020.md");
    extraction_ = ExtractText(text_);
  }
  std::string text_;
  Extraction extraction_;
};

TEST_F(RealReportTest, FindsExactlyItsCitations) {
  const std::vector<Expected> expected = {
      {"41/2019/QĐ-UBND", "Quyết định", "2019-10-22", "Ủy ban nhân dân tỉnh", "implements", "-"},
      {"14/KH-SKHCHN", "Kế hoạch", "2020-02-18", "Sở Khoa học và Công nghệ", "cites", "-"},
      {"1225/UBND-NC", "Công văn", "2020-03-24", "Ủy ban nhân dân tỉnh", "implements", "-"},
      {"03/KH-SKHCHN", "Kế hoạch", "2020-01-13", "Sở Khoa học và Công nghệ", "implements", "-"},
      {"07/KH-SKHCHN", "Kế hoạch", "2020-02-03", "Sở Khoa học và Công nghệ", "implements", "-"},
      {"19/KH-SKHCHN", "Kế hoạch", "2020-03-25", "Sở Khoa học và Công nghệ", "cites", "-"},
      {"30-CT/TW", "Chỉ thị", "1998-02-18", "Bộ Chính trị", "implements", "-"},
      {"120-KL/TW", "Kết luận", "2016-01-07", "Bộ Chính trị", "implements", "-"},
      {"04/2015/NĐ-CP", "Nghị định", "2015-01-09", "Chính phủ", "implements", "-"},
      {"60/2013/NĐ-CP", "Nghị định", "2013-06-19", "Chính phủ", "implements", "-"},
      {"Bộ luật Lao động", "Bộ luật", "-", "-", "cites", "Khoản 3 Điều 63"},
      {"Nghị quyết Trung ương 4 khóa XII", "Nghị quyết", "-", "-", "implements", "-"},
      {"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị", "implements", "-"},
      {"1847/QĐ-TTg", "Quyết định", "2018-12-27", "Thủ tướng Chính phủ", "implements", "-"},
      {"1225/UBND-NC", "Công văn", "2020-03-24", "Ủy ban nhân dân tỉnh", "implements", "-"},
  };
  ExpectCitations({text_, expected});
}

TEST_F(RealReportTest, SpansAreTheBytesOfTheText) {
  for (const Citation& c : extraction_.citations) {
    ASSERT_LE(c.end, text_.size());
    EXPECT_EQ(text_.substr(c.begin, c.end - c.begin), c.text);
  }
  EXPECT_EQ(extraction_.citations[0].text,
            "Quyết định số 41/2019/QĐ-UBND ngày 22/10/2019 của UBND tỉnh");
}

TEST_F(RealReportTest, GenericPhrasesAndOwnNumberAreNotCitations) {
  for (const Citation& c : extraction_.citations) {
    EXPECT_EQ(c.text.find("Đại hội đảng các cấp"), std::string::npos) << c.text;
    EXPECT_NE(c.text, "Nghị định của Chính phủ");
    EXPECT_NE(c.symbol.value_or(""), "174/BC-SKHCHN");
  }
}

TEST_F(RealReportTest, ReadsItsOwnIdentity) {
  const DocumentInfo& d = extraction_.document;
  EXPECT_EQ(d.symbol.value_or(""), "174/BC-SKHCHN");
  EXPECT_EQ(d.type.value_or(""), "Báo cáo");
  EXPECT_EQ(d.date.value_or(""), "2020-12-17");
  EXPECT_EQ(d.place.value_or(""), "Quảng Trị");
  EXPECT_EQ(d.issuer.value_or(""), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(d.title.value_or(""), "Kết quả thực hiện công tác dân vận năm 2020");
  EXPECT_EQ(d.signer.value_or(""), "Nguyễn Hữu Thắng");
  EXPECT_EQ(d.recipients, std::vector<std::string>{"Sở Nội vụ"});
}

// ---- Hard cases of the spec, one test each ----

TEST(HardCases, UpperCaseHeadings) {
  ExpectAll({
      {"CĂN CỨ NGHỊ ĐỊNH SỐ 04/2015/NĐ-CP NGÀY 09/01/2015 CỦA CHÍNH PHỦ;",
       {{"04/2015/NĐ-CP", "Nghị định", "2015-01-09", "Chính phủ", "basis"}}},
      {"KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ",
       {{"05-CT/TW", "Chỉ thị", "-", "Bộ Chính trị", "implements"}}},
      // A symbol read from capitals is shown in its official case.
      {"THỰC HIỆN QUYẾT ĐỊNH SỐ 1847/QĐ-TTG NGÀY 27/12/2018 CỦA THỦ TƯỚNG CHÍNH PHỦ",
       {{"1847/QĐ-TTg", "Quyết định", "2018-12-27", "Thủ tướng Chính phủ", "implements"}}},
      {"II. KẾT QUẢ THỰC HIỆN QUY ĐỊNH 08-QĐI/TW VÀ CHỈ THỊ 16/CT-TTG",
       {{"08-QĐi/TW", "Quy định", "-", "*", "implements"},
        {"16/CT-TTg", "Chỉ thị", "-", "*", "implements"}}},
      // Negative: an upper-case heading with no number.
      {"PHẦN II. NHIỆM VỤ, GIẢI PHÁP NĂM 2021", {}},
  });
}

TEST(HardCases, DecomposedUnicodeAndNonBreakingSpaces) {
  // "Chỉ thị số" written with combining marks (NFD) and a NBSP before the number.
  std::string nfd;
  nfd =
      "Thu\xCC\x9B\xCC\xA3"
      "c hie\xCC\xA3\xCC\x82n Chi\xCC\x89 thi\xCC\xA3 so\xCC\x82\xCC\x81\xC2\xA0"
      "05-CT/TW nga\xCC\x80y 15/5/2016.";
  Extraction e = ExtractText(nfd);
  ASSERT_EQ(e.citations.size(), 1u) << Describe(e);
  EXPECT_EQ(e.citations[0].symbol.value_or(""), "05-CT/TW");
  EXPECT_EQ(e.citations[0].type, "Chỉ thị");
  EXPECT_EQ(e.citations[0].date.value_or(""), "2016-05-15");
  EXPECT_EQ(e.citations[0].relation, Relation::kImplements);
  EXPECT_EQ(e.citations[0].text,
            "Chỉ thị số\xC2\xA0"
            "05-CT/TW ngày 15/5/2016");
  ExpectAll({
      {"Quyết định\xC2\xA0số\xC2\xA0"
       "41/2019/QĐ-UBND",
       {{"41/2019/QĐ-UBND", "Quyết định"}}},
      // Negative: NBSP inside a money amount.
      {"Tổng kinh phí 500\xC2\xA0"
       "000\xC2\xA0"
       "000 đồng/năm.",
       {}},
  });
}

TEST(HardCases, LineAndPageBreakInsideAMention) {
  ExpectAll({
      {"Căn cứ Nghị định số\n04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;",
       {{"04/2015/NĐ-CP", "Nghị định", "2015-01-09", "Chính phủ", "basis"}}},
      {"Thực hiện Quyết định số 89/QĐ-\nBTC ngày 08/01/2019 của Bộ Tài chính.",
       {{"89/QĐ-BTC", "Quyết định", "2019-01-08", "Bộ Tài chính", "implements"}}},
      {"Thực hiện Chỉ thị số 05-CT/\n\n--- PAGE BREAK ---\n\n3\n\nTW ngày 15/5/2016 của Bộ Chính "
       "trị.",
       {{"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị", "implements"}}},
      {"Thực hiện Kế hoạch số\f12/KH-UBND ngày 3/2/2021.",
       {{"12/KH-UBND", "Kế hoạch", "2021-02-03"}}},
      // Negative: a list item under a symbol is not the symbol's continuation.
      {"Nơi nhận:\n- Như trên;\n- Sở Nội vụ;", {}},
  });
}

TEST(HardCases, SpacesAroundSeparatorsAndDashVariants) {
  ExpectAll({
      {"Theo Kế hoạch số 14 /KH-SKHCN ngày 18/02/2020.",
       {{"14/KH-SKHCN", "Kế hoạch", "2020-02-18"}}},
      {"Thực hiện Chỉ thị số 05 - CT / TW của Bộ Chính trị.", {{"05-CT/TW", "Chỉ thị"}}},
      {"Thực hiện Chỉ thị số 05–CT/TW và Chỉ thị 35—CT/TW.",
       {{"05-CT/TW", "Chỉ thị"}, {"35-CT/TW", "Chỉ thị"}}},
      {"Quyết định số 90/QĐ- BTC ngày 08/01/2019.", {{"90/QĐ-BTC", "Quyết định", "2019-01-08"}}},
      // Negatives: ranges and ratios with spaces and dashes.
      {"Giai đoạn 2016 – 2020 và 2021-2025, trung bình 4-6 hội nghị/năm.", {}},
      {"Đạt 70.102 DN/89.212 DN, bằng 78,58% kế hoạch.", {}},
  });
}

TEST(HardCases, MissingOrWrongDiacritics) {
  ExpectAll({
      {"Thuc hien Chi thi so 05-CT/TW ngay 15/5/2016 cua Bo Chinh tri.",
       {{"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị", "implements"}}},
      {"Căn cứ Nghị định sô 04/2015/NĐ-CP;",
       {{"04/2015/NĐ-CP", "Nghị định", "-", "Chính phủ", "basis"}}},
      {"Thông tư só 105/2020/TT-BTC ngày 3/12/2020 của Bộ Tài chính.",
       {{"105/2020/TT-BTC", "Thông tư", "2020-12-03", "Bộ Tài chính"}}},
      {"Thông bao số 439/TB-TCT ngày 16/10/2018.", {{"439/TB-TCT", "Thông báo", "2018-10-16"}}},
      // A type word garbled by OCR: the symbol's code tells the type.
      {"Chính phủ ban hành Nghị đmh số 126/2020/NĐ-CP ngày 19/10/2020.",
       {{"126/2020/NĐ-CP", "Nghị định", "2020-10-19", "Chính phủ"}}},
      // Negative: lower-case letters after a number are words, not a code.
      {"Mức hỗ trợ 20 triệu/người, 12 km/h.", {}},
  });
}

TEST(HardCases, SeveralNumbersShareOneType) {
  ExpectAll({
      {"Thực hiện các Nghị định số 04/2015/NĐ-CP và 60/2013/NĐ-CP của Chính phủ.",
       {{"04/2015/NĐ-CP", "Nghị định", "-", "Chính phủ", "implements"},
        {"60/2013/NĐ-CP", "Nghị định", "-", "Chính phủ", "implements"}}},
      {"Căn cứ các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND của UBND tỉnh Quảng Trị;",
       {{"12/QĐ-UBND", "Quyết định", "-", "Ủy ban nhân dân tỉnh Quảng Trị", "basis"},
        {"13/QĐ-UBND", "Quyết định", "-", "Ủy ban nhân dân tỉnh Quảng Trị", "basis"},
        {"14/QĐ-UBND", "Quyết định", "-", "Ủy ban nhân dân tỉnh Quảng Trị", "basis"}}},
      {"Các Kế hoạch số 03/KH-SNV, 07/KH-SNV đã được triển khai.",
       {{"03/KH-SNV", "Kế hoạch"}, {"07/KH-SNV", "Kế hoạch"}}},
      // Negative: numbers in a list that are not documents.
      {"Các phòng số 12, 13 và 14; các căn hộ 12/3 và 13/4; tỷ lệ 38/38 xã.", {}},
  });
}

TEST(HardCases, PartyNumbering) {
  ExpectAll({
      {"Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.",
       {{"08-QĐi/TW", "Quy định", "2018-10-25", "Ban Chấp hành Trung ương", "implements"}}},
      {"Theo Thông báo số 12-TB/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy.",
       {{"12-TB/TU", "Thông báo", "2021-03-05", "Ban Thường vụ Tỉnh ủy"}}},
      {"Nghị quyết số 18-NQ/TW và Kết luận số 120-KL/TW.",
       {{"18-NQ/TW", "Nghị quyết", "-", "Ban Chấp hành Trung ương"},
        {"120-KL/TW", "Kết luận", "-", "Ban Chấp hành Trung ương"}}},
      {"Báo cáo số 123-BC/TU ngày 10/12/2020.",
       {{"123-BC/TU", "Báo cáo", "2020-12-10", "Tỉnh ủy"}}},
      // Negative: a vehicle plate and a phone number.
      {"Xe biển số 74A-123.45 và 74C-012.34; điện thoại 0233.3852.123, (0233) 3 852 123.", {}},
  });
}

TEST(HardCases, JointCircularsAndLawsNumberedByLegislature) {
  ExpectAll({
      {"Căn cứ Thông tư liên tịch số 02/2015/TTLT-BTC-BKHCN ngày 15/01/2015;",
       {{"02/2015/TTLT-BTC-BKHCN", "Thông tư liên tịch", "2015-01-15",
         "Bộ Tài chính, Bộ Khoa học và Công nghệ", "basis"}}},
      {"Căn cứ Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013;",
       {{"29/2013/QH13", "Luật", "2013-06-18", "Quốc hội", "basis"}}},
      {"Luật số 29/2013/QH13.", {{"29/2013/QH13", "Luật", "-", "Quốc hội"}}},
      // Negative: a standard's code and a time.
      {"Áp dụng ISO 9001:2015; họp lúc 14h00 ngày 12/3/2021.", {}},
  });
}

// 29 February is a date only in a leap year: "ngày 29/02/2019" is no date
// of the calendar, and the mention keeps none.
TEST(HardCases, DatesOfTheCalendarOnly) {
  ExpectAll({
      {"Quyết định số 12/QĐ-UBND ngày 29/02/2020 của UBND tỉnh.",
       {{"12/QĐ-UBND", "Quyết định", "2020-02-29", "*"}}},
      {"Quyết định số 13/QĐ-UBND ngày 29/02/2019 của UBND tỉnh.",
       {{"13/QĐ-UBND", "Quyết định", "-", "*"}}},
  });
}

TEST(HardCases, NumberlessLawsAndResolutions) {
  ExpectAll({
      {"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
       {{"Luật Tổ chức chính quyền địa phương", "Luật", "2015-06-19", "-", "basis"}}},
      {"Căn cứ Hiến pháp năm 2013;", {{"Hiến pháp năm 2013", "Hiến pháp", "-", "-", "basis"}}},
      {"theo quy định tại Khoản 3 Điều 63 của Bộ luật Lao động.",
       {{"Bộ luật Lao động", "Bộ luật", "-", "-", "cites", "Khoản 3 Điều 63"}}},
      {"Triển khai Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII.",
       {{"Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", "Nghị quyết", "-",
         "-", "implements"}}},
      // An amending law is named after what it amends, as one citation.
      {"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
       "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 "
       "tháng 11 "
       "năm 2019;",
       {{"Luật Tổ chức chính quyền địa phương", "Luật", "2015-06-19", "-", "basis"},
        {"Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
         "địa phương",
         "Luật", "2019-11-22", "-", "basis"}}},
      // Short forms of well-known documents: a type word and a bare number.
      {"Các bộ, ngành thực hiện nghiêm Đề án 06 và Chỉ thị 05 của Bộ Chính trị.",
       {{"Đề án 06", "Đề án", "-", "*", "implements"},
        {"Chỉ thị 05", "Chỉ thị", "-", "Bộ Chính trị", "implements"}}},
      // ... but not a heading's numbering after a type word, nor a symbol.
      {"ĐỀ ÁN\n\n1. Sự cần thiết", {}},
      {"Chỉ thị 05-CT/TW", {{"05-CT/TW", "Chỉ thị"}}},
      // Negatives: generic phrases name no one document.
      {"Quán triệt các Nghị định của Chính phủ, Nghị quyết Đại hội đảng các cấp, các văn bản của "
       "Trung ương và thực hiện theo quy định của pháp luật, luật hiện hành.",
       {}},
  });
}

TEST(HardCases, NumericAndSpelledOutDates) {
  ExpectAll({
      {"Quyết định số 41/2019/QĐ-UBND ngày 22 tháng 10 năm 2019 của UBND tỉnh.",
       {{"41/2019/QĐ-UBND", "Quyết định", "2019-10-22", "Ủy ban nhân dân tỉnh"}}},
      {"Chỉ thị số 05-CT/TW, ngày 15/5/2016, của Bộ Chính trị.",
       {{"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị"}}},
      // A year alone gives no date; an impossible date gives none either.
      {"Kế hoạch số 14/KH-SKHCN năm 2020.", {{"14/KH-SKHCN", "Kế hoạch", "-"}}},
      {"Kế hoạch số 15/KH-SKHCN ngày 31/02/2020.", {{"15/KH-SKHCN", "Kế hoạch", "-"}}},
      // Negative: a date alone cites nothing.
      {"Ngày 15/5/2016 và ngày 22 tháng 10 năm 2019, đoàn công tác làm việc tại tỉnh.", {}},
  });
}

TEST(HardCases, ToneplacementAndIySpellings) {
  ExpectAll({
      {"Thực hiện Quyết định số 20/QĐ-UBND của Uỷ ban nhân dân tỉnh Khánh Hoà.",
       {{"20/QĐ-UBND", "Quyết định", "-", "Ủy ban nhân dân tỉnh Khánh Hòa", "implements"}}},
      {"Theo Qui định số 08-QĐi/TW.", {{"08-QĐi/TW", "Quy định"}}},
      {"Căn cứ Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ ban hành Qui chế.",
       {{"1847/QĐ-TTg", "Quyết định", "-", "Thủ tướng Chính phủ", "basis"}}},
      // Negative: bodies and words in either spelling are not documents.
      {"Uỷ ban nhân dân tỉnh Khánh Hoà thực hiện các qui định về thuỷ lợi.", {}},
  });
}

TEST(HardCases, TablesListsAndParentheses) {
  ExpectAll({
      {"| 1 | Quyết định số 41/2019/QĐ-UBND | 22/10/2019 | UBND tỉnh |\n"
       "| 2 | Kế hoạch số 14/KH-SKHCN | 18/02/2020 | Sở KH&CN |",
       {{"41/2019/QĐ-UBND", "Quyết định"}, {"14/KH-SKHCN", "Kế hoạch"}}},
      {"- Nghị định số 04/2015/NĐ-CP;\n- Thông tư số 02/2015/TT-BNV;",
       {{"04/2015/NĐ-CP", "Nghị định"}, {"02/2015/TT-BNV", "Thông tư", "-", "Bộ Nội vụ"}}},
      {"các kế hoạch cải cách hành chính (Kế hoạch 03/KH-SKHCN ngày 13/1/2020).",
       {{"03/KH-SKHCN", "Kế hoạch", "2020-01-13"}}},
      // Negative: an address and an account number in a table.
      {"| Địa chỉ | Số 45 đường Hùng Vương, số nhà 12/3 Lê Lợi |\n| Tài khoản | 3751.0.1234567 |",
       {}},
  });
}

TEST(HardCases, RelationWords) {
  ExpectAll({
      {"Căn cứ Luật số 29/2013/QH13;", {{"29/2013/QH13", "Luật", "*", "*", "basis"}}},
      {"Thi hành Luật số 29/2013/QH13.", {{"29/2013/QH13", "Luật", "*", "*", "implements"}}},
      {"Nhằm cụ thể hóa Nghị quyết số 18-NQ/TW.",
       {{"18-NQ/TW", "Nghị quyết", "*", "*", "implements"}}},
      {"Sửa đổi, bổ sung một số điều của Quyết định số 41/2019/QĐ-UBND.",
       {{"41/2019/QĐ-UBND", "Quyết định", "*", "*", "amends"}}},
      {"Quyết định này thay thế Quyết định số 12/2015/QĐ-UBND.",
       {{"12/2015/QĐ-UBND", "Quyết định", "*", "*", "replaces"}}},
      {"Bãi bỏ Quyết định số 13/2016/QĐ-UBND.",
       {{"13/2016/QĐ-UBND", "Quyết định", "*", "*", "repeals"}}},
      {"Hướng dẫn thực hiện Nghị định số 04/2015/NĐ-CP.",
       {{"04/2015/NĐ-CP", "Nghị định", "*", "*", "guides"}}},
      {"Tiếp theo Công văn số 3259/TCT-TTr ngày 23/8/2018.",
       {{"3259/TCT-TTr", "Công văn", "2018-08-23", "Tổng cục Thuế", "cites"}}},
      // "CT" then a unit is a Cục Thuế letter, not a Chỉ thị.
      {"Trả lời công văn số 3325/CT-QLN ngày 23/10/2018 của Cục Thuế tỉnh Ninh Bình; số "
       "3326/CT-QLN.",
       {{"3325/CT-QLN", "Công văn", "2018-10-23", "Cục Thuế tỉnh Ninh Bình", "cites"},
        {"3326/CT-QLN", "Công văn", "-", "Cục Thuế", "cites"}}},
      {"Thực hiện Chỉ thị số 04/CT-BTC.",
       {{"04/CT-BTC", "Chỉ thị", "-", "Bộ Tài chính", "implements"}}},
      // The amending is done by another document: both are only cited.
      {"Nghị định 107/2021/NĐ-CP sửa đổi, bổ sung Nghị định 61/2018/NĐ-CP.",
       {{"107/2021/NĐ-CP", "Nghị định", "*", "*", "cites"},
        {"61/2018/NĐ-CP", "Nghị định", "*", "*", "cites"}}},
      // A decision that ends another's force repeals it.
      {"Quyết định số 12/2015/QĐ-UBND ngày 3/3/2015 của UBND tỉnh hết hiệu lực kể từ ngày Quyết "
       "định "
       "này có hiệu lực.",
       {{"12/2015/QĐ-UBND", "Quyết định", "2015-03-03", "Ủy ban nhân dân tỉnh", "repeals"}}},
      // Passive: what "được thực hiện" is done to is implemented.
      {"- Nghị định số 04/2015/NĐ-CP của Chính phủ tiếp tục được thực hiện nghiêm túc.",
       {{"04/2015/NĐ-CP", "Nghị định", "-", "Chính phủ", "implements"}}},
      // Proposing is not doing; a draft is not the citing document.
      {"Sở Tư pháp tham mưu bãi bỏ Quyết định số 2105/QĐ-UBND.",
       {{"2105/QĐ-UBND", "Quyết định", "*", "*", "cites"}}},
      {"Bộ Tư pháp có ý kiến đối với dự thảo Nghị định sửa đổi, bổ sung Nghị định số "
       "126/2020/NĐ-CP.",
       {{"126/2020/NĐ-CP", "Nghị định", "*", "*", "cites"}}},
      // A governing word inside another mention's title is that mention's.
      {"Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ "
       "thị "
       "số 05-CT/TW.",
       {{"01-KL/TW", "Kết luận", "2021-05-18", "Bộ Chính trị", "implements"},
        {"05-CT/TW", "Chỉ thị", "-", "*", "cites"}}},
      // Items under a "Căn cứ" lead-in are each a basis.
      {"Căn cứ pháp lý:\n- Nghị định số 120/2020/NĐ-CP;\n- Nghị định số 113/2018/NĐ-CP.",
       {{"120/2020/NĐ-CP", "Nghị định", "*", "*", "basis"},
        {"113/2018/NĐ-CP", "Nghị định", "*", "*", "basis"}}},
      // "phải căn cứ vào" mid-sentence is an instruction, not a legal basis.
      {"Khi triển khai, các Cục Thuế phải căn cứ vào quy định của Thông tư số 105/2020/TT-BTC.",
       {{"105/2020/TT-BTC", "Thông tư", "*", "Bộ Tài chính", "cites"}}},
      // A comma before a new subject ends what the governing word governs.
      {"Thực hiện nhiệm vụ năm 2020, Sở Nội vụ báo cáo kết quả theo Kế hoạch số 14/KH-UBND.",
       {{"14/KH-UBND", "Kế hoạch", "*", "*", "cites"}}},
      // Issuing a document is not implementing it.
      {"Thực hiện Kế hoạch số 14/KH-UBND, Sở đã ban hành Kế hoạch số 20/KH-SNV.",
       {{"14/KH-UBND", "Kế hoạch", "*", "*", "implements"},
        {"20/KH-SNV", "Kế hoạch", "*", "*", "cites"}}},
      // Negative: governing words with no document after them.
      {"Căn cứ tình hình thực tế, Sở triển khai thực hiện và hướng dẫn các đơn vị.", {}},
  });
}

// The reach of a governing word (spec, "Relations"): its object and object
// list, an adjunct of an activity, the content of a document as object, a
// title that is another document's. More in relation_classifier_test.
TEST(HardCases, GoverningWordReach) {
  ExpectAll({
      // The verb governs an activity; the mention is its adjunct.
      {"Các đơn vị thực hiện ký số theo Quyết định số 28/2018/QĐ-TTg.",
       {{"28/2018/QĐ-TTg", "Quyết định", "*", "*", "cites"}}},
      {"Người nộp thuế thực hiện theo quy định tại Thông tư số 80/2021/TT-BTC.",
       {{"80/2021/TT-BTC", "Thông tư", "*", "*", "cites"}}},
      {"Theo tinh thần Nghị quyết số 06-NQ/TW, tỉnh phát triển đô thị.",
       {{"06-NQ/TW", "Nghị quyết", "*", "*", "cites"}}},
      // The object is the document's content.
      {"UBND huyện triển khai các nhiệm vụ được giao tại Quyết định số 06/QĐ-TTg.",
       {{"06/QĐ-TTg", "Quyết định", "*", "*", "implements"}}},
      {"Theo chỉ đạo tại Công văn số 997/UBND-TH, Sở đã rà soát hồ sơ.",
       {{"997/UBND-TH", "Công văn", "*", "*", "implements"}}},
      // One governing word reaches every item of its list.
      {"Bãi bỏ các Quyết định sau:\n1. Quyết định số 12/2016/QĐ-UBND;\n2. Quyết định số "
       "35/2017/QĐ-UBND.",
       {{"12/2016/QĐ-UBND", "Quyết định", "*", "*", "repeals"},
        {"35/2017/QĐ-UBND", "Quyết định", "*", "*", "repeals"}}},
      // A Tờ trình presenting its draft amends.
      {"Sở Tư pháp kính trình dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số "
       "24/2019/QĐ-UBND.",
       {{"24/2019/QĐ-UBND", "Quyết định", "*", "*", "amends"}}},
      // The type word is not the verb.
      {"Theo Hướng dẫn số 02/HD-SNV của Sở Nội vụ, hồ sơ gồm 02 bộ.",
       {{"02/HD-SNV", "Hướng dẫn", "*", "*", "cites"}}},
      // Quán triệt is an implements word.
      {"Sở đã tổ chức quán triệt Nghị quyết số 18-NQ/TW.",
       {{"18-NQ/TW", "Nghị quyết", "*", "*", "implements"}}},
  });
}

// A verb coordinated inside a title that follows a mention is the titled
// document's (spec, "cites, although": the word belongs to another
// document's own title); the citing document's own coordinated verbs stay
// its acts.
TEST(HardCases, VerbCoordinatedInsideAnotherTitle) {
  ExpectAll({
      {"2. Bãi bỏ Quyết định số 15/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh Sửa đổi, bổ sung "
       "một số điều của Quy chế ban hành kèm theo Quyết định số 30/2016/QĐ-UBND và bãi bỏ một "
       "phần Quyết định số 07/2018/QĐ-UBND ngày 02/3/2018 của UBND tỉnh.",
       {{"15/2021/QĐ-UBND", "Quyết định", "*", "Ủy ban nhân dân tỉnh", "repeals"},
        {"30/2016/QĐ-UBND", "Quyết định", "*", "*", "cites"},
        {"07/2018/QĐ-UBND", "Quyết định", "*", "*", "cites"}}},
      {"Bãi bỏ Nghị quyết số 05/2019/NQ-HĐND ngày 12/7/2019 của HĐND tỉnh về việc sửa đổi mức "
       "thu phí tham quan và bãi bỏ một số nội dung của Nghị quyết số 14/2016/NQ-HĐND.",
       {{"05/2019/NQ-HĐND", "Nghị quyết", "*", "*", "repeals"},
        {"14/2016/NQ-HĐND", "Nghị quyết", "*", "*", "cites"}}},
      // The citing document's own verbs, coordinated.
      {"Quyết định này sửa đổi, bổ sung Điều 3 Quyết định số 12/2020/QĐ-UBND ngày 05/5/2020 "
       "của UBND tỉnh và bãi bỏ Quyết định số 13/2019/QĐ-UBND ngày 01/4/2019 của UBND tỉnh.",
       {{"12/2020/QĐ-UBND", "Quyết định", "*", "*", "amends"},
        {"13/2019/QĐ-UBND", "Quyết định", "*", "*", "repeals"}}},
      // A title "về <a noun>" takes no verb: the repeated verb is the
      // citing document's.
      {"Bãi bỏ Quyết định số 21/2017/QĐ-UBND ngày 14/7/2017 của UBND tỉnh về quản lý chợ trên "
       "địa bàn tỉnh và bãi bỏ Quyết định số 22/2017/QĐ-UBND ngày 14/7/2017 của UBND tỉnh.",
       {{"21/2017/QĐ-UBND", "Quyết định", "*", "*", "repeals"},
        {"22/2017/QĐ-UBND", "Quyết định", "*", "*", "repeals"}}},
  });
}

// "Thực hiện X, <body> ...": the body that carries X out is the clause's
// subject. Another body than the citing document's issuer recounts its
// own implementing (X cites); the issuer itself, or no issuer known, keeps
// implements.
TEST(HardCases, ImplementingRecountedOfAnotherBody) {
  const std::string letter =
      "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 2150/TCT-CS\nV/v chính sách thuế giá trị gia tăng\n\n"
      "Hà Nội, ngày 12 tháng 6 năm 2023\n\nKính gửi: Cục Thuế tỉnh Bình Dương.\n\n";
  ExpectAll({
      {letter +
           "Thực hiện Nghị quyết số 101/2023/QH15 ngày 24/6/2023 của Quốc hội, Chính phủ đã ban "
           "hành Nghị định số 44/2023/NĐ-CP ngày 30/6/2023 quy định chính sách giảm thuế giá trị "
           "gia tăng. Tổng cục Thuế đề nghị Cục Thuế triển khai kịp thời.\n",
       {{"101/2023/QH15", "Nghị quyết", "*", "*", "cites"},
        {"44/2023/NĐ-CP", "Nghị định", "*", "*", "cites"}}},
      {letter + "Triển khai Chỉ thị số 08/CT-BTC ngày 02/3/2023 và Công văn số 915/BTC-TCT ngày "
                "04/3/2023, Bộ Tài chính đã chỉ đạo các đơn vị rà soát hồ sơ hoàn thuế.\n",
       {{"08/CT-BTC", "Chỉ thị", "*", "*", "cites"},
        {"915/BTC-TCT", "Công văn", "*", "*", "cites"}}},
      {letter + "Tiếp đó, thực hiện Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Bộ Tài "
                "chính ban hành Quyết định số 381/QĐ-BTC ngày 26/02/2025.\n",
       {{"126-KL/TW", "Kết luận", "*", "*", "cites"},
        {"381/QĐ-BTC", "Quyết định", "*", "*", "cites"}}},
      // The issuer itself carries it out.
      {letter + "Thực hiện Nghị quyết số 101/2023/QH15 ngày 24/6/2023 của Quốc hội, Tổng cục Thuế "
                "hướng dẫn các Cục Thuế như sau:\n",
       {{"101/2023/QH15", "Nghị quyết", "*", "*", "implements"}}},
      {"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 77/KH-UBND\n\nHà Tĩnh, ngày 03 tháng 4 năm "
       "2024\n\nKẾ HOẠCH\nPhòng chống thiên tai năm 2024\n\nThực hiện Chỉ thị số 11/CT-TTg "
       "ngày 21/3/2024 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n",
       {{"11/CT-TTg", "Chỉ thị", "*", "*", "implements"}}},
      {"UBND TỈNH QUẢNG BÌNH\nSỞ TƯ PHÁP\n\nSố: 45/BC-STP\n\nQuảng Bình, ngày 10 tháng 5 năm "
       "2022\n\nBÁO CÁO\nKết quả công tác phổ biến pháp luật\n\nThực hiện Kế hoạch số "
       "30/KH-UBND ngày 20/01/2022 của UBND tỉnh, Giám đốc Sở Tư pháp báo cáo kết quả như "
       "sau:\n",
       {{"30/KH-UBND", "Kế hoạch", "*", "*", "implements"}}},
      // "Sở xây dựng kế hoạch": the Sở builds a plan; no Sở Xây dựng.
      {"UBND TỈNH QUẢNG BÌNH\nSỞ TƯ PHÁP\n\nSố: 46/KH-STP\n\nQuảng Bình, ngày 12 tháng 5 năm "
       "2022\n\nKẾ HOẠCH\nTuyên truyền pháp luật\n\nThực hiện Kế hoạch số 31/KH-UBND ngày "
       "21/01/2022 của UBND tỉnh, Sở xây dựng kế hoạch như sau:\n",
       {{"31/KH-UBND", "Kế hoạch", "*", "*", "implements"}}},
      // No issuer known: the subject may be the writer.
      {"Thực hiện Nghị quyết số 101/2023/QH15 ngày 24/6/2023 của Quốc hội, Bộ Tài chính đã ban "
       "hành Thông tư số 12/2023/TT-BTC.",
       {{"101/2023/QH15", "Nghị quyết", "*", "*", "implements"},
        {"12/2023/TT-BTC", "Thông tư", "*", "*", "cites"}}},
  });
}

TEST(HardCases, Pinpoints) {
  ExpectAll({
      {"Căn cứ điểm a khoản 2 Điều 5 Nghị định số 04/2015/NĐ-CP;",
       {{"04/2015/NĐ-CP", "Nghị định", "*", "*", "basis", "Điểm a Khoản 2 Điều 5"}}},
      {"theo Phụ lục I kèm theo Quyết định số 41/2019/QĐ-UBND.",
       {{"41/2019/QĐ-UBND", "Quyết định", "*", "*", "*", "Phụ lục I"}}},
      {"tại Mục 2 Phần II Kế hoạch số 14/KH-UBND.",
       {{"14/KH-UBND", "Kế hoạch", "*", "*", "*", "Mục 2 Phần II"}}},
      {"Khoản 2, Điều 26, Thông tư số 111/2013/TT-BTC.",
       {{"111/2013/TT-BTC", "Thông tư", "*", "*", "*", "Khoản 2 Điều 26"}}},
      {"Thực hiện Quyết định số 41/2019/QĐ-UBND.",
       {{"41/2019/QĐ-UBND", "Quyết định", "*", "*", "*", "-"}}},
      // Negative: the citing document's own articles cite nothing.
      {"Điều 1. Phê duyệt Kế hoạch.\nĐiều 2. Khoản 1 Điều này áp dụng từ năm 2021.", {}},
      // Point đ follows point d and is another point.
      {"Căn cứ điểm đ khoản 1 Điều 50 Luật Quản lý thuế số 38/2019/QH14;",
       {{"38/2019/QH14", "Luật", "*", "*", "basis", "Điểm đ Khoản 1 Điều 50"}}},
      {"theo quy định tại điểm Đ, khoản 2 Điều 5 Nghị định số 132/2020/NĐ-CP.",
       {{"132/2020/NĐ-CP", "Nghị định", "*", "*", "*", "Điểm đ Khoản 2 Điều 5"}}},
  });
}

// A document's title in capitals may wrap to open the next line ("... của
// UBND tỉnh" / "Sửa đổi, bổ sung ..."): it is still that document's title,
// not a new clause amending what it names. An article's heading is a line
// of its own, though, and the line after it is a new clause.
TEST(HardCases, ATitleWrappedToTheNextLineStaysATitle) {
  ExpectAll({
      {"Bãi bỏ Quyết định số 12/2018/QĐ-UBND ngày 05/3/2018 của UBND tỉnh Quảng Nam\n"
       "Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số "
       "30/2016/QĐ-UBND ngày 10/10/2016 của UBND tỉnh và Quyết định số 15/2020/QĐ-UBND "
       "ngày 12/5/2020 của UBND tỉnh Quảng Nam.\n",
       {{"12/2018/QĐ-UBND", "Quyết định", "*", "*", "repeals"},
        {"30/2016/QĐ-UBND", "Quyết định", "*", "*", "cites"},
        {"15/2020/QĐ-UBND", "Quyết định", "*", "*", "repeals"}}},
      {"Điều 2. Sửa đổi, bổ sung Nghị quyết số 11/2019/NQ-HĐND\n"
       "Sửa đổi, bổ sung khoản 1 Điều 4 Nghị quyết số 11/2019/NQ-HĐND ngày 10/7/2019 của Hội "
       "đồng nhân dân tỉnh như sau:\n",
       {{"11/2019/NQ-HĐND", "Nghị quyết", "*", "*", "amends"},
        {"11/2019/NQ-HĐND", "Nghị quyết", "*", "*", "amends", "Khoản 1 Điều 4"}}},
  });
}

// The part named belongs to the mention's clause: "Căn cứ" governs it from
// before the part, across the blank line a scan's layout may put between
// the part and the document (a real letter read by OCR, tvpl-vinhlong).
TEST(HardCases, APartOnTheLineBeforeKeepsItsGoverningWord) {
  ExpectAll({
      {"trả lời như sau:\n\nCăn cứ điểm đ khoản 1 Điều 50\n\nLuật Quản lý thuế số "
       "38/2019/QH14 ngày 13/6/2019 của Quốc hội, quy định:\n",
       {{"38/2019/QH14", "Luật", "2019-06-13", "Quốc hội", "basis", "Điểm đ Khoản 1 Điều 50"}}},
      {"Căn cứ khoản 1, khoản 2 Điều 5\nNghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính "
       "phủ, quy định:\n",
       {{"132/2020/NĐ-CP", "Nghị định", "2020-11-05", "Chính phủ", "basis", "Khoản 2 Điều 5"}}},
      // Without a part, a blank line still ends the clause before it.
      {"Căn cứ các quy định hiện hành\n\nLuật Quản lý thuế số 38/2019/QH14 đã quy định rõ.\n",
       {{"38/2019/QH14", "Luật", "*", "*", "cites", "-"}}},
  });
}

TEST(HardCases, MoneyPercentagesAndAddressesAreNotCitations) {
  ExpectAll({
      {"Tổng số thuế tăng thu là 12.840,67 tỷ đồng, bằng 91,9%; giảm lỗ 19.756,93 tỷ đồng.", {}},
      {"Trụ sở: Số 45 đường Hùng Vương, phường 1, TP Đông Hà; ĐT: 0233.3852.123; Fax: "
       "0233/3852124.",
       {}},
      {"Đạt 78,58% kế hoạch năm 2018 (70.102 DN/89.212 DN).", {}},
  });
}

TEST(Extractor, TypeWordsWithQualifiers) {
  Extraction e = ExtractText(
      "Thực hiện Chương trình hành động số 12-CTr/TU ngày 10/4/2018 của Ban Chấp hành Đảng bộ tỉnh "
      "và văn bản hướng dẫn số 05/HD-SNV.");
  ASSERT_EQ(e.citations.size(), 2u) << Describe(e);
  EXPECT_EQ(e.citations[0].text,
            "Chương trình hành động số 12-CTr/TU ngày 10/4/2018 của Ban Chấp hành Đảng bộ tỉnh");
  EXPECT_EQ(e.citations[0].type, "Chương trình");
  EXPECT_EQ(e.citations[1].type, "Hướng dẫn");
}

TEST(Extractor, NumbersWithALetter) {
  ExpectCitations(
      {"Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ và Nghị quyết "
       "30a/2008/NQ-CP.",
       {{"30C/NQ-CP", "Nghị quyết", "2011-11-08", "Chính phủ", "implements"},
        {"30A/2008/NQ-CP", "Nghị quyết", "-", "Chính phủ", "implements"}}});
}

TEST(Extractor, ALawNamedInFullStartsAtItsName) {
  Extraction e = ExtractText(
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015;");
  ASSERT_EQ(e.citations.size(), 1u) << Describe(e);
  EXPECT_EQ(e.citations[0].text,
            "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015");
  EXPECT_EQ(e.citations[0].type, "Luật");
  EXPECT_FALSE(e.citations[0].name.has_value());
}

TEST(Extractor, LawNamesLeaveTheYearOut) {
  Extraction e = ExtractText("Theo Luật Khoa học và Công nghệ năm 2013 và Hiến pháp năm 2013.");
  ASSERT_EQ(e.citations.size(), 2u) << Describe(e);
  EXPECT_EQ(e.citations[0].name.value_or(""), "Luật Khoa học và Công nghệ");
  EXPECT_EQ(e.citations[0].text, "Luật Khoa học và Công nghệ năm 2013");
  EXPECT_EQ(e.citations[1].name.value_or(""), "Hiến pháp năm 2013");
}

TEST(Extractor, AnEarlierDocumentWithTheSameNumberIsACitation) {
  // Numbering restarts each year: 38/KH-UBND of 2015 is not the 2016 plan.
  Extraction e = ExtractText(
      "Số: 38/KH-UBND\n\nCà Mau, ngày 23 tháng 3 năm 2016\n\nKẾ HOẠCH\nTriển khai năm 2016\n\n"
      "Tiếp theo Kế hoạch số 38/KH-UBND ngày 23/02/2015 của UBND tỉnh, nay ban hành Kế hoạch số "
      "38/KH-UBND ngày 23/3/2016 này.\n");
  ASSERT_EQ(e.citations.size(), 1u) << Describe(e);
  EXPECT_EQ(e.citations[0].date.value_or(""), "2015-02-23");
}

TEST(Extractor, SelfMentionIsNotACitation) {
  Extraction e = ExtractText(
      "Số: 54/TCT-KK\n\nV/v đăng ký thuế\n\nNội dung.\n\n(Kèm theo công văn số 54/TCT-KK ngày "
      "08/01/2021 của Tổng cục Thuế)\n");
  EXPECT_EQ(e.document.symbol.value_or(""), "54/TCT-KK");
  EXPECT_TRUE(e.citations.empty()) << Describe(e);
}

TEST(Extractor, NeverFailsOnStrangeText) {
  for (std::string input :
       {std::string(""), std::string("\n\n\n"), std::string(5000, '/'), std::string("Số: /"),
        std::string("1/2/3/4/5/6-7-8-9/"), std::string("Nghị định số"), std::string("của"),
        std::string(3000, '-')}) {
    Extraction e = ExtractText(input);
    for (const Citation& c : e.citations) EXPECT_LE(c.end, input.size()) << input;
  }
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

// Text from PDFs and scans: lines wrapped anywhere and blank lines lost.
TEST(HardCases, LineBreaksOfWrappedText) {
  const std::vector<Case> cases = {
      // "số" opening a line continues the mention above; it is not the
      // document's own "Số:" line.
      {"Căn cứ Nghị định\nsố 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
       {{"30/2020/NĐ-CP", "Nghị định", "2020-03-05", "Chính phủ", "basis"}}},
      {"Thực hiện Quyết định\nsố 41/2019/QĐ-UBND ngày 12/8/2019 của UBND tỉnh.",
       {{"41/2019/QĐ-UBND", "Quyết định", "2019-08-12", "*", "implements"}}},
      // A title above the opening sentence, with no blank line between: the
      // line that opens with "Thực hiện" governs its whole list.
      {"Kết quả 03 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị\n"
       "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Kế hoạch số 45-KH/TU "
       "ngày 20/9/2016 của Ban Thường vụ Tỉnh ủy, Sở báo cáo như sau:",
       {{"05-CT/TW", "Chỉ thị", "-", "*", "implements"},
        {"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị", "implements"},
        {"45-KH/TU", "Kế hoạch", "2016-09-20", "*", "implements"}}},
      // A line in capitals goes on with the heading above it.
      {"HƯỚNG DẪN\nTHỰC HIỆN KẾT LUẬN SỐ 01-KL/TW NGÀY 18/5/2021 CỦA BỘ CHÍNH TRỊ",
       {{"01-KL/TW", "Kết luận", "2021-05-18", "Bộ Chính trị", "guides"}}},
      // A governing word wrapped to a line start in small letters is no
      // new clause.
      {"Sở đã tổ chức quán triệt và\nthực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính "
       "trị.",
       {{"05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị", "implements"}}},
  };
  for (const Case& c : cases) ExpectCitations(c);
}

// A short form the text defines ("sau đây gọi tắt là", "sau đây viết tắt
// là", "(gọi tắt là ...)") is the defined document wherever it is used
// later: its type, number, date and issuer. The short form inside the
// definition is not a mention of its own. A definition of a word that is no
// document ("Ban Chỉ đạo") or of the type alone ("Chương trình") defines
// nothing.
TEST(HardCases, DefinedShortFormsAreTheDefinedDocument) {
  const std::vector<Case> cases = {
      {"Căn cứ Quy định số 215-QĐ/TW ngày 08/02/2024 của Bộ Chính trị về công tác bảo vệ "
       "(sau đây gọi tắt là Quy định 215), Sở ban hành Kế hoạch.\n\nCác phòng thực hiện nghiêm "
       "Quy định 215.",
       {{"215-QĐ/TW", "Quy định", "2024-02-08", "Bộ Chính trị", "basis"},
        {"215-QĐ/TW", "Quy định", "2024-02-08", "Bộ Chính trị", "implements"}}},
      {"Thực hiện Kế hoạch số 88/KH-UBND ngày 03/3/2025 của UBND tỉnh (gọi tắt là Kế hoạch "
       "88), Sở báo cáo.\n\nKết quả theo Kế hoạch\n88 như sau.",
       {{"88/KH-UBND", "Kế hoạch", "2025-03-03", "Ủy ban nhân dân tỉnh", "implements"},
        {"88/KH-UBND", "Kế hoạch", "2025-03-03", "Ủy ban nhân dân tỉnh", "cites"}}},
      // A bare short form the extractor reads as a name ("Nghị quyết 57").
      {"Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị (sau đây viết tắt là "
       "“Nghị quyết 57”), UBND tỉnh yêu cầu quán triệt Nghị quyết 57.",
       {{"57-NQ/TW", "Nghị quyết", "2024-12-22", "Bộ Chính trị", "implements"},
        {"57-NQ/TW", "Nghị quyết", "2024-12-22", "Bộ Chính trị", "implements"}}},
      // Defined as its full number: the definition is no second mention.
      {"Bộ họp về việc thực hiện Chỉ thị số 12/CT-TTg ngày 02/4/2024 của Thủ tướng Chính phủ "
       "(sau đây gọi là Chỉ thị số 12/CT-TTg).",
       {{"12/CT-TTg", "Chỉ thị", "2024-04-02", "Thủ tướng Chính phủ", "*"}}},
      // The number sign may be in the short form and not in its uses, or
      // the other way round.
      {"Căn cứ Quyết định số 77/QĐ-UBND ngày 10/01/2025 của UBND huyện (sau đây gọi tắt là "
       "Quyết định số 77). Các xã thực hiện Quyết định 77.",
       {{"77/QĐ-UBND", "Quyết định", "2025-01-10", "*", "basis"},
        {"77/QĐ-UBND", "Quyết định", "2025-01-10", "*", "implements"}}},
      // A short form may use the type's code ("NĐ 13").
      {"Căn cứ Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ (sau đây viết tắt là NĐ "
       "13);\nCác đơn vị thực hiện NĐ 13 và báo cáo.",
       {{"13/2023/NĐ-CP", "Nghị định", "2023-04-17", "Chính phủ", "basis"},
        {"13/2023/NĐ-CP", "Nghị định", "2023-04-17", "Chính phủ", "implements"}}},
      // A short form of the citing document itself defines nothing.
      {"Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy, Sở ban hành Kế hoạch này (sau đây gọi tắt là "
       "Kế hoạch 15). Các phòng thực hiện Kế hoạch 15.",
       {{"05-CT/TU", "Chỉ thị", "-", "*", "implements"}}},
      // Another number that starts like the short form is another document.
      {"Theo Quyết định số 64/QĐ-UBND ngày 05/01/2023 của UBND tỉnh (sau đây gọi tắt là Quyết "
       "định 64); Quyết định 640 không áp dụng.",
       {{"64/QĐ-UBND", "Quyết định", "2023-01-05", "*", "*"}}},
      {"Căn cứ Quyết định số 09/QĐ-BCĐ ngày 01/02/2024 của Ban Chỉ đạo tỉnh (sau đây gọi tắt là "
       "Ban Chỉ đạo); Ban Chỉ đạo họp.",
       {{"09/QĐ-BCĐ", "Quyết định", "2024-02-01", "*", "basis"}}},
  };
  for (const Case& c : cases) ExpectCitations(c);
}

// Numbers as OCR prints them: the letters that look like digits ("O5",
// "l23", "1O2", "3§") are read as the digits; a symbol with a word glued to
// its last code ("QĐ-TTgcủa") keeps the code. A word of letters with no
// digit is still no number.
TEST(HardCases, OcrLookAlikesInNumbers) {
  const std::vector<Case> cases = {
      {"Theo Nghị định số O5/2019/NĐ-CP và Thông tư số l23/2020/TT-BTC.",
       {{"05/2019/NĐ-CP", "Nghị định"}, {"123/2020/TT-BTC", "Thông tư"}}},
      {"Căn cứ Quyết định số 1O2/QĐ-UBND ngày 04/5/2022 của UBND huyện;",
       {{"102/QĐ-UBND", "Quyết định", "2022-05-04", "*", "basis"}}},
      {"thực hiện theo Luật Đầu tư công số 3§/2019/QH14.", {{"38/2019/QH14", "Luật"}}},
      {"Căn cứ Quyết định số 17/2024/QĐ-TTgcủa Thủ tướng Chính phủ;",
       {{"17/2024/QĐ-TTg", "Quyết định", "-", "Thủ tướng Chính phủ", "basis"}}},
      {"Số liệu lo/KH và lO/ha không phải là văn bản.", {}},
      // ... and in the year of a normative number.
      {"Căn cứ Thông tư số 19/2O2l/TT-BYT;", {{"19/2021/TT-BYT", "Thông tư", "*", "*", "basis"}}},
      // A space inside the number, right after "số".
      {"Theo Thông tư số 8 0/2021/TT-BTC của Bộ Tài chính.",
       {{"80/2021/TT-BTC", "Thông tư", "-", "Bộ Tài chính"}}},
      {"Điều 5 10/2019/QĐ-UBND", {{"10/2019/QĐ-UBND", "Quyết định"}}},
      // ... and in the date after the mention; a word is still no date.
      {"Căn cứ Nghị định số 30/2020/NĐ-CP ngày O5/3/2O20 của Chính phủ;",
       {{"30/2020/NĐ-CP", "Nghị định", "2020-03-05", "Chính phủ", "basis"}}},
      {"Thực hiện Kế hoạch số 312/KH-UBND ngày l5/8/2016 của UBND tỉnh",
       {{"312/KH-UBND", "Kế hoạch", "2016-08-15"}}},
      {"Thực hiện Kế hoạch số 312/KH-UBND ngày lo/8/2016", {{"312/KH-UBND", "Kế hoạch", "-"}}},
  };
  for (const Case& c : cases) ExpectCitations(c);
}

// A table OCR read as loose lines: a cell's number opens the line under
// its row (a line with the rule "|"), the other cells' words between it and
// its type word. The row's type word is the mention's, and its verb governs
// it; a type word with its own number on the row is not.
TEST(HardCases, OcrTableCellBrokenOverTheRowsLines) {
  ExpectAll({
      {"TT | Nội dung Đơn vị chủ trì Thời gian\n"
       "1 | Quán triệt Chỉ thị 05-CT/TW và Quy định Đảng ủy Sở, Văn Quý 1/2020\n"
       "08-QĐi/TW phòng Sở\n",
       {{"05-CT/TW", "Chỉ thị", "-", "*", "implements"},
        {"08-QĐi/TW", "Quy định", "-", "*", "implements"}}},
      {"1 | Văn phòng Sở 74A- 2012 Quyết định số 2015/QĐ- Tiếp tục sử\n"
       "Tài chính 123.45 UBND ngày 18/9/2012 dụng\n",
       {{"2015/QĐ-UBND", "Quyết định", "2012-09-18"}}},
      // Without a table's rule the line above is running text.
      {"Sở đã ban hành Quy định về chế độ làm việc\n08-QĐi/TW được quán triệt.",
       {{"08-QĐi/TW", "Quy định", "-", "*", "cites"}}},
  });
}

// OCR reads "in" as "m" in a type word ("Nghị đmh", "Quyết đmh"): the type
// word is still the mention's start and gives its type when the number's
// code does not ("123/TCT-KK" names no type).
TEST(HardCases, OcrTypeWords) {
  Extraction e = ExtractText(
      "Căn cứ Nghị đmh số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ; theo Quyết đmh số "
      "123/TCT-KK của Tổng cục Thuế.");
  ASSERT_EQ(e.citations.size(), 2u) << Describe(e);
  EXPECT_EQ(e.citations[0].text, "Nghị đmh số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ");
  EXPECT_EQ(RelationName(e.citations[0].relation), "basis");
  EXPECT_EQ(e.citations[1].type, "Quyết định");
  EXPECT_EQ(e.citations[1].symbol.value_or(""), "123/TCT-KK");
}

// A taxpayer's letter answered by a tax office: its issuer is the company,
// named in capitals or in running text, up to where the sentence goes on.
// A title printed capitalised right after the issuer, as published pages
// print it ("của UBND tỉnh Sửa đổi, bổ sung ..."), is no place name.
TEST(HardCases, CapitalisedTitleAfterTheIssuerIsNoPlace) {
  ExpectAll({
      {"Bãi bỏ Quyết định số 15/2021/QĐ-UBND ngày 10/6/2021 của UBND tỉnh Sửa đổi, bổ sung "
       "Điều 4 của Quy chế quản lý chợ.",
       {{"15/2021/QĐ-UBND", "Quyết định", "2021-06-10", "Ủy ban nhân dân tỉnh"}}},
      {"Căn cứ Quyết định số 09/2020/QĐ-UBND ngày 02/4/2020 của UBND huyện Về việc phân cấp "
       "quản lý.",
       {{"09/2020/QĐ-UBND", "Quyết định", "2020-04-02", "Ủy ban nhân dân huyện"}}},
      // A place that is named keeps its name.
      {"Theo Kế hoạch số 12/KH-UBND của UBND huyện Gio Linh về phòng chống dịch.",
       {{"12/KH-UBND", "Kế hoạch", "-", "Ủy ban nhân dân huyện Gio Linh"}}},
  });
}

TEST(HardCases, CompaniesAsIssuers) {
  Extraction e = ExtractText(
      "Cục Thuế nhận được Công văn số 05/2024/CV-HT ngày 02/02/2024 của Công ty Cổ phần Xi măng "
      "Hà Tiên về việc hoàn thuế và Công văn số 17/CV-MP của CÔNG TY CỔ PHẦN MINH PHÁT – HÀ NAM "
      "đề nghị hướng dẫn.");
  ASSERT_EQ(e.citations.size(), 2u) << Describe(e);
  EXPECT_EQ(SearchKey(e.citations[0].issuer.value_or("")),
            SearchKey("Công ty cổ phần Xi măng Hà Tiên"));
  EXPECT_EQ(SearchKey(e.citations[1].issuer.value_or("")),
            SearchKey("Công ty cổ phần Minh Phát - Hà Nam"));
}

// Names of laws as web pages and headings in capitals print them: a line
// break inside an amending law's name, the name of what it amends ending
// where a law's name does, and "PHÁP LUẬT" (the law in general) in a title.
TEST(HardCases, NamesOfLawsInFlattenedText) {
  const std::vector<Case> cases = {
      {"Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban\nhành văn bản quy phạm pháp\nluật "
       "năm 2025;",
       {{"Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "Luật",
         "-", "*", "basis"}}},
      {"phù hợp với Luật sửa đổi, bổ sung\nLuật Bảo vệ môi trường và các văn bản hướng dẫn "
       "thi hành.",
       {{"Luật sửa đổi, bổ sung Luật Bảo vệ môi trường", "Luật"}}},
      {"KẾ HOẠCH TRIỂN KHAI CÔNG TÁC PHỔ BIẾN PHÁP LUẬT ĐÁP ỨNG YÊU CẦU MỚI", {}},
  };
  for (const Case& c : cases) ExpectCitations(c);
}

// The date after a mention is its own, unless the next line opens a
// sentence with a date of its own ("Ngày 05 tháng 3 năm 2025, ..."); a date
// printed twice by a drafting slip still leads on to the issuer.
TEST(HardCases, DatesAfterAMentionAcrossLinesAndRepeated) {
  const std::vector<Case> cases = {
      {"KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 12-CT/TU\nNgày 05 tháng 3 năm 2025, Ban Thường vụ họp.",
       {{"12-CT/TU", "Chỉ thị", "-"}}},
      {"Căn cứ Quyết định số 19/2016/QĐ-UBND\nngày 10 tháng 5 năm 2016 của UBND tỉnh;",
       {{"19/2016/QĐ-UBND", "Quyết định", "2016-05-10", "Ủy ban nhân dân tỉnh", "basis"}}},
      {"Bãi bỏ Quyết định số 30/2015/QĐ-UBND ngày 02/6/2015 ngày 02/6/2015 của UBND tỉnh Quảng "
       "Nam.",
       {{"30/2015/QĐ-UBND", "Quyết định", "2015-06-02", "Ủy ban nhân dân tỉnh Quảng Nam",
         "repeals"}}},
  };
  for (const Case& c : cases) ExpectCitations(c);
}

// A document known by a long name and abbreviated in parentheses right
// after it ("Đề án ... (Đề án 15)"): the mention is the full name; later uses
// of the short form stay short forms.
TEST(HardCases, FullNameBeforeItsShortFormInParentheses) {
  const std::vector<Case> cases = {
      {"Các sở triển khai Đề án bảo vệ môi trường lưu vực sông\ngiai đoạn 2021-2025 (Đề án 15) "
       "theo kế hoạch. Năm sau tiếp tục thực hiện Đề án 15 đúng tiến độ.",
       {{"Đề án bảo vệ môi trường lưu vực sông giai đoạn 2021-2025", "Đề án", "-", "*",
         "implements"},
        {"Đề án 15", "Đề án", "-", "*", "implements"}}},
  };
  for (const Case& c : cases) ExpectCitations(c);
}

// A table of documents flattened to text, one cell a line between "|": the
// date in the next cell is the document's when the cell holds nothing else;
// a cell with more than a date is not read as one.
TEST(HardCases, DatesInTheNextCellOfATable) {
  const std::vector<Case> cases = {
      {"Bãi bỏ các văn bản sau:\n|\n1\n|\nQuyết định\n|\n07/2017/QĐ-UBND\n|\n14/3/2017\n|\nVề "
       "phí chợ\n|\n",
       {{"07/2017/QĐ-UBND", "Quyết định", "2017-03-14", "*", "repeals"}}},
      {"| Kế hoạch số 21/KH-UBND | 02/02/2024 đến 30/6/2024 |", {{"21/KH-UBND", "Kế hoạch", "-"}}},
      {"| Triển khai Kế hoạch số 21/KH-UBND | 30/6/2024 |", {{"21/KH-UBND", "Kế hoạch", "-"}}},
  };
  for (const Case& c : cases) ExpectCitations(c);
}

// Found while fuzzing (tests/fuzz/extractor_fuzzer, scaled up): each short
// form ("Chỉ thị 05") was checked against every mention before it, so a text
// that is a long list of them took quadratic time (40,000: ten seconds;
// these 200,000 would take four minutes, and the suite's ctest TIMEOUT of
// 120 s, tests/CMakeLists.txt, fails it). Each is found, where it stands.
TEST(Extractor, LongListOfShortFormsIsReadWhole) {
  const CitationExtractor extractor;
  constexpr std::string_view kShortForm = "Chỉ thị 05";
  constexpr int kMentions = 200000;
  std::string text;
  for (int i = 0; i < kMentions; ++i) text.append(kShortForm).append(i % 10 == 9 ? ";\n" : "; ");
  const Extraction extraction = extractor.Extract(text);
  ASSERT_EQ(extraction.citations.size(), static_cast<std::size_t>(kMentions));
  const std::size_t stride = kShortForm.size() + 2;
  for (std::size_t i : {std::size_t{0}, std::size_t{kMentions / 2}, std::size_t{kMentions - 1}}) {
    const Citation& c = extraction.citations[i];
    EXPECT_EQ(c.begin, i * stride) << "mention " << i;
    EXPECT_EQ(c.text, kShortForm) << "mention " << i;
  }
}

}  // namespace
}  // namespace lexgraph
