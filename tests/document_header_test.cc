// Tests of ReadDocumentHeader: a document's own identity in the layouts
// Nghị định 30/2020/NĐ-CP prescribes and the ways archives distort them.
#include "document_header.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexgraph/text_decoder.h"

namespace lexgraph {
namespace {

DocumentInfo Read(const std::string& text) {
  FoldedText folded(text);
  return ReadDocumentHeader(folded).info;
}

TEST(DocumentHeader, TwoColumnHeaderWithBodyOnTwoLines) {
  DocumentInfo d = Read(
      "ỦY BAN NHÂN DÂN\n**TỈNH NGHỆ AN**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
      "**Độc lập - Tự do - Hạnh phúc**\n\nSố: 03/ĐA-UBND\n\nNghệ An, ngày 12 tháng 3 năm 2021\n\n"
      "**ĐỀ ÁN**\n**Sắp xếp các đơn vị sự nghiệp công lập**\n\nNội dung.\n");
  EXPECT_EQ(d.symbol.value_or(""), "03/ĐA-UBND");
  EXPECT_EQ(d.type.value_or(""), "Đề án");
  EXPECT_EQ(d.date.value_or(""), "2021-03-12");
  EXPECT_EQ(d.place.value_or(""), "Nghệ An");
  EXPECT_EQ(d.issuer.value_or(""), "Ủy ban nhân dân tỉnh Nghệ An");
  EXPECT_EQ(d.title.value_or(""), "Sắp xếp các đơn vị sự nghiệp công lập");
}

TEST(DocumentHeader, TableHeaderWithLineBreakInACell) {
  DocumentInfo d = Read(
      "| ỦY BAN NHÂN DÂN<br>**TỈNH HÀ TĨNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** "
      "|\n|---|---|\n"
      "| Số: 312/KH-UBND | *Hà Tĩnh, ngày 15 tháng 8 năm 2016* |\n\n**KẾ HOẠCH**\n"
      "**Thực hiện Chỉ thị số 05-CT/TW**\n\nNội dung.\n");
  EXPECT_EQ(d.symbol.value_or(""), "312/KH-UBND");
  EXPECT_EQ(d.issuer.value_or(""), "Ủy ban nhân dân tỉnh Hà Tĩnh");
  EXPECT_EQ(d.place.value_or(""), "Hà Tĩnh");
  EXPECT_EQ(d.date.value_or(""), "2016-08-15");
  EXPECT_EQ(d.title.value_or(""), "Thực hiện Chỉ thị số 05-CT/TW");
}

TEST(DocumentHeader, PartyDepartmentUnderItsCommittee) {
  DocumentInfo d = Read(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n**BAN TUYÊN GIÁO**\n*\nSố 38-HD/BTGTW\n\n"
      "**ĐẢNG CỘNG SẢN VIỆT NAM**\n*Hà Nội, ngày 22 tháng 6 năm 2021*\n\n**HƯỚNG DẪN**\n"
      "**THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW**\n\nNội dung.\n");
  EXPECT_EQ(d.symbol.value_or(""), "38-HD/BTGTW");
  EXPECT_EQ(d.type.value_or(""), "Hướng dẫn");
  EXPECT_EQ(d.issuer.value_or(""), "Ban Tuyên giáo Trung ương");
  EXPECT_EQ(d.title.value_or(""), "Thực hiện kết luận số 01-KL/TW");
}

TEST(DocumentHeader, LetterWithSubjectLineAndOcrNoise) {
  DocumentInfo d = Read(
      "BỘ TÀI CHÍNH CỌNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\n\nTONG CỤC THUÉ Độc lập - Tự do - Hạnh "
      "phúc\n"
      "Số: 54/TCT-KK Hà Nội, ngày 08 thang 01 năm 2021\nV/v một số điểm mới về đăng\n\n"
      "ký thuế và triển khai thực hiện\nquy định về đăng ký thuế\n\nKính gửi: Cục Thuế các tỉnh\n\n"
      "Nội dung.\n\nNơi nhận:\n- Như trên;\n- Vụ Pháp chế;\n- Lưu: VT, KK.\n\nKT. TỔNG CỤC TRƯỞNG\n"
      "PHÓ TỔNG CỤC TRƯỞNG\n\nPhi Vân Tuấn\n");
  EXPECT_EQ(d.symbol.value_or(""), "54/TCT-KK");
  EXPECT_EQ(d.type.value_or(""), "Công văn");
  EXPECT_EQ(d.date.value_or(""), "2021-01-08");
  EXPECT_EQ(d.place.value_or(""), "Hà Nội");
  EXPECT_EQ(d.issuer.value_or(""), "Tổng cục Thuế");
  EXPECT_EQ(d.title.value_or(""),
            "một số điểm mới về đăng ký thuế và triển khai thực hiện quy định về đăng ký thuế");
  EXPECT_EQ(d.signer.value_or(""), "Phi Vân Tuấn");
  EXPECT_EQ(d.recipients, std::vector<std::string>{"Vụ Pháp chế"});
}

TEST(DocumentHeader, NoHeaderTakesTheIssuerFromTheSymbol) {
  DocumentInfo d =
      Read("Số: 174 /BC-SKHCHN\n\nQuảng Trị, ngày 17 tháng 12 năm 2020\n\n**BÁO CÁO**\n");
  EXPECT_EQ(d.symbol.value_or(""), "174/BC-SKHCHN");
  EXPECT_EQ(d.type.value_or(""), "Báo cáo");
  EXPECT_EQ(d.issuer.value_or(""), "Sở Khoa học và Công nghệ");
}

TEST(DocumentHeader, SignerInCapitalsAndJobTitlesAreNotNames) {
  DocumentInfo d =
      Read("Nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTRƯƠNG VĂN HÙNG\n");
  EXPECT_EQ(d.signer.value_or(""), "Trương Văn Hùng");
  DocumentInfo none = Read("Nội dung.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTRƯỞNG PHÒNG\n");
  EXPECT_FALSE(none.signer.has_value()) << *none.signer;
}

TEST(DocumentHeader, NothingStatedGivesNulls) {
  DocumentInfo d = Read("Một đoạn văn không có tiêu đề, không số, không ngày.\n");
  EXPECT_FALSE(d.symbol || d.type || d.date || d.place || d.issuer || d.title || d.signer);
  EXPECT_TRUE(d.recipients.empty());
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

TEST(DocumentHeader, HtmlExportedFromADatabase) {
  DocumentInfo d = Read(
      "<p>BÁO CÁO MÔ TẢ SÁNG KIẾN</p><p>1. Tên sáng kiến: Một số giải pháp theo Nghị quyết số "
      "18-NQ/TW.</p><p>Ngày 14/02/2025, Tổng cục Thuế có Công văn số 640/TCT-TCCB.</p>");
  EXPECT_EQ(d.type.value_or(""), "Báo cáo");
  EXPECT_EQ(d.title.value_or(""), "Mô tả sáng kiến");
  // A date in running text, with no place before it, is not the document's.
  EXPECT_FALSE(d.date.has_value()) << *d.date;
}

TEST(DocumentHeader, UnknownBodyKeepsItsPlaceCapitalised) {
  DocumentInfo d = Read(
      "THUẾ TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "THUẾ CƠ SỞ 7 TỈNH CÀ MAU Độc lập - Tự do - Hạnh phúc\nBÁO CÁO MÔ TẢ SÁNG KIẾN\n"
      "1. Tên sáng kiến: Cải tiến công tác tuyên truyền\n");
  EXPECT_EQ(d.issuer.value_or(""), "Thuế cơ sở 7 tỉnh Cà Mau");
  EXPECT_EQ(d.type.value_or(""), "Báo cáo");
  EXPECT_EQ(d.title.value_or(""), "Mô tả sáng kiến");
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

TEST(DocumentHeader, TableHeaderWhoseSubjectHoldsADate) {
  DocumentInfo d = Read(
      "| ỦY BAN NHÂN DÂN<br>TỈNH CÀ MAU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
      "| Số: 331/UBND-VX | Độc lập - Tự do - Hạnh phúc |\n"
      "| V/v thực hiện Nghị quyết 39-NQ/TW, ngày 17 tháng 4 năm 2015 | Cà Mau, ngày 23 tháng 01 "
      "năm 2017 |\n"
      "\nKính gửi: Sở Nội vụ\n");
  EXPECT_EQ(d.date.value_or(""), "2017-01-23");
  EXPECT_EQ(d.place.value_or(""), "Cà Mau");
  EXPECT_EQ(d.title.value_or(""), "thực hiện Nghị quyết 39-NQ/TW, ngày 17 tháng 4 năm 2015");
  EXPECT_EQ(d.type.value_or(""), "Công văn");
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

TEST(DocumentHeader, OcrDebrisAfterAKnownBodyAndAGarbledAddressee) {
  DocumentInfo d = Read(
      "BO TAI CHINH CQNG HOA XA HOI CHU NGHIA VTET NAM\nSố: 4312 /TCT-KK Hà Nội, ngày 07 tháng 11 "
      "năm 2018\nV/v: Điều chỉnh tiền chậm nộp.\nKinh gti: Cục Thuế tỉnh Ninh Bình\n");
  EXPECT_EQ(d.issuer.value_or(""), "Bộ Tài chính");
  EXPECT_EQ(d.title.value_or(""), "Điều chỉnh tiền chậm nộp");
  EXPECT_EQ(d.date.value_or(""), "2018-11-07");
}

}  // namespace
}  // namespace lexgraph
