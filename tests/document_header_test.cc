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
  EXPECT_EQ(d.title.value_or(""), "Thực hiện Kết luận số 01-KL/TW");
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

// Issue 15, part 2: the report's own header as real archives print it.
namespace lexgraph {
namespace {

// The issuing body is the lowest line of the agency block, not its parent.
TEST(DocumentHeader, IssuerIsTheLowestAgencyLine) {
  DocumentInfo d = Read(
      "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
      "CỤC THUẾ TỈNH BẮC NINH\n\n"
      "Số: 2210/CTBNI-TTHT Bắc Ninh, ngày 05 tháng 7 năm 2023\n"
      "V/v chính sách thuế\n\nKính gửi: Công ty TNHH ABC\n");
  EXPECT_EQ(d.issuer.value_or(""), "Cục Thuế tỉnh Bắc Ninh");
  EXPECT_EQ(d.date.value_or(""), "2023-07-05");
  EXPECT_EQ(d.type.value_or(""), "Công văn");
}

// OCR spells the agency line without its marks and with a letter or two
// wrong, in mixed case, and leaves the motto garbled beside it.
TEST(DocumentHeader, OcrMisreadAgencyLineIsTheKnownBody) {
  DocumentInfo d = Read(
      "BO TAI CHINH CONG HOA XA HOI CHU NGHIA VIET NAM\n"
      "Tong cyc thue EQc I$p - Tq do - H4nh phric\n"
      "Số: 3721/TCT-TTKT Hà Nội, ngày 12 tháng 9 năm 2019\n"
      "V/v xử lý hồ sơ hoàn thuế\n\nKính gửi: Cục Thuế các tỉnh\n");
  EXPECT_EQ(d.issuer.value_or(""), "Tổng cục Thuế");
  EXPECT_EQ(d.symbol.value_or(""), "3721/TCT-TTKT");
  EXPECT_EQ(d.date.value_or(""), "2019-09-12");
  DocumentInfo lower = Read(
      "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh "
      "phúc\nCục Thuế tỉnh Quảng Ninh\nSố: 12/CTQNI-TTHT Quảng Ninh, ngày 3 tháng 4 năm 2020\n");
  EXPECT_EQ(lower.issuer.value_or(""), "Cục Thuế tỉnh Quảng Ninh");
  DocumentInfo joined = Read(
      "BO TAI CHINH CQNG HOA XA HOI CHU NGHIA VTET NAM\n"
      "TONGTU. C THUE Doc lap - Tu do - Hanh phuc\n"
      "Số: 4312 /TCT-KK Hà Nội, ngày 07 tháng 11 năm 2018\n");
  EXPECT_EQ(joined.issuer.value_or(""), "Tổng cục Thuế");
}

// thuvienphapluat.vn pages flattened to text: one table cell per run of
// lines between bare "|" lines, names broken inside bold runs, the motto's
// cell interleaved, "Số:" and the number on separate lines, the place and
// date split.
TEST(DocumentHeader, FlattenedWebTableWithBrokenNames) {
  DocumentInfo d = Read(
      "|\n**ỦY\nBAN NHÂN DÂN**\nTHÀNH PHỐ ĐÀ NẴNG\n--------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA "
      "VIỆT\nNAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n70/2025/QĐ-UBND\n|\n"
      "*Đà Nẵng, ngày\n15 tháng 3 năm 2025*\n|\n** **\n**QUYẾT ĐỊNH**\nBAN HÀNH QUY ĐỊNH PHÂN "
      "CẤP QUẢN LÝ\nTHAY THẾ QUYẾT ĐỊNH\nSỐ 12/2019/QĐ-UBND NGÀY 02/5/2019\n"
      "*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*\n");
  EXPECT_EQ(d.issuer.value_or(""), "Ủy ban nhân dân thành phố Đà Nẵng");
  EXPECT_EQ(d.symbol.value_or(""), "70/2025/QĐ-UBND");
  EXPECT_EQ(d.type.value_or(""), "Quyết định");
  EXPECT_EQ(d.date.value_or(""), "2025-03-15");
  EXPECT_EQ(d.place.value_or(""), "Đà Nẵng");
}

TEST(DocumentHeader, FlattenedWebTableWithParentAndPlaceOnItsOwnLine) {
  DocumentInfo council = Read(
      "|\n**HỘI ĐỒNG NHÂN\nDÂN **\nTỈNH QUẢNG NGÃI\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA "
      "VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n"
      "12/2025/NQ-HĐND\n|\n*Quảng Ngãi,\nngày 10 tháng 7 năm 2025 *\n|\n\n**NGHỊ QUYẾT**\n\n"
      "QUY ĐỊNH MỨC CHI\n");
  EXPECT_EQ(council.issuer.value_or(""), "Hội đồng nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(council.date.value_or(""), "2025-07-10");
  EXPECT_EQ(council.type.value_or(""), "Nghị quyết");
  DocumentInfo office = Read(
      "|\nCỤC THUẾ\n**THUẾ TỈNH AN GIANG**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT "
      "NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 812/AGI-QLDN1\n"
      "*V/v hoàn thuế giá trị gia tăng*\n|\n*An Giang, ngày\n02 tháng 10 năm 2025*\n|\n\n"
      "Kính gửi: Công ty cổ phần XYZ\n");
  EXPECT_EQ(office.issuer.value_or(""), "Thuế tỉnh An Giang");
  EXPECT_EQ(office.type.value_or(""), "Công văn");
  EXPECT_EQ(office.date.value_or(""), "2025-10-02");
  EXPECT_EQ(office.title.value_or(""), "hoàn thuế giá trị gia tăng");
  // A subject of several lines in the number's cell puts the date further down.
  DocumentInfo long_subject = Read(
      "|\nCỤC THUẾ\n**THUẾ TỈNH AN GIANG**\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
      "NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 812/AGI-QLDN1\n"
      "*V/v hoàn thuế giá trị gia tăng\nđối với hàng hóa xuất khẩu\nvà xử lý số thuế\nnộp "
      "thừa của\nCông ty cổ phần XYZ*\n|\n*An Giang, ngày\n02 tháng 10 năm 2025*\n|\n\n"
      "Kính gửi: Công ty cổ phần XYZ\n");
  EXPECT_EQ(long_subject.date.value_or(""), "2025-10-02");
  EXPECT_EQ(long_subject.place.value_or(""), "An Giang");
}

// Without a type heading the symbol's code tells the type; a number with
// no type code (issuer and unit only) is a letter's.
TEST(DocumentHeader, TypeFromTheSymbolWhenTheHeadingIsMissing) {
  DocumentInfo plan = Read(
      "UBND TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc\n"
      "Số: 14/KH-SKHCHN Quảng Trị, ngày 20 tháng 1 năm 2021\n\n"
      "Thực hiện Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy.\n");
  EXPECT_EQ(plan.type.value_or(""), "Kế hoạch");
  EXPECT_EQ(plan.issuer.value_or(""), "Sở Khoa học và Công nghệ");
  DocumentInfo letter = Read(
      "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "TỈNH NGHỆ AN Độc lập - Tự do - Hạnh phúc\n"
      "Số: 1225/UBND-NC Nghệ An, ngày 04 tháng 3 năm 2024\n\n"
      "Kính gửi: Các sở, ban, ngành cấp tỉnh\n\nTHÔNG BÁO KẾT QUẢ KIỂM TRA\n");
  EXPECT_EQ(letter.type.value_or(""), "Công văn");
  EXPECT_EQ(letter.issuer.value_or(""), "Ủy ban nhân dân tỉnh Nghệ An");
  DocumentInfo decision = Read(
      "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc\n"
      "Số: 41/2019/QĐ-UBND Quảng Trị, ngày 22 tháng 10 năm 2019\n\nQUYETDINH\n");
  EXPECT_EQ(decision.type.value_or(""), "Quyết định");
}

// The date garbled in the header is read from the digital signature's stamp.
TEST(DocumentHeader, GarbledDateIsReadFromTheSignatureStamp) {
  DocumentInfo d = Read(
      "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
      "Số: 5122/TCT-CS Hà Nội, ngàyO2thảng l2 nam 2022\n"
      "V/v chính sách thuế\n\nNội dung.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\n"
      "Ký bởi: Tổng cục Thuế\nThời gian ký: 02.12.2022 16:40\n");
  EXPECT_EQ(d.date.value_or(""), "2022-12-02");
  EXPECT_EQ(d.issuer.value_or(""), "Tổng cục Thuế");
  // A date the header states is not overridden by a later signature.
  DocumentInfo stated = Read(
      "TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngày 01 tháng 12 năm 2022\n\n"
      "Thời gian ký: 02.12.2022 16:40\n");
  EXPECT_EQ(stated.date.value_or(""), "2022-12-01");
  // The stamp's time may be written year first.
  DocumentInfo iso = Read(
      "TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngàyO1thảng l2\n\nNội dung.\n\n"
      "Ký bởi: Tổng cục Thuế\nThời gian ký: 2022-12-01 09:30:00 +07:00\n");
  EXPECT_EQ(iso.date.value_or(""), "2022-12-01");
  // The place lost, the spelled-out date right after the number stays.
  DocumentInfo no_place =
      Read("TỔNG CỤC THUẾ\nSố: 12/TCT-CS ~~ , ngày 01 tháng 12 năm 2022\nV/v thuế\n");
  EXPECT_EQ(no_place.date.value_or(""), "2022-12-01");
  // Digits read as the letters they look like, the words intact.
  DocumentInfo letters = Read("TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngày 2O tháng l1 năm 2O18\n");
  EXPECT_EQ(letters.date.value_or(""), "2018-11-20");
}

// A day the month does not have is no date (found by the extractor fuzzer:
// "ngày 31 tháng 6" came out as 2021-06-31), however it is read.
TEST(DocumentHeader, ADayTheMonthDoesNotHaveIsNoDate) {
  for (std::string_view header :
       {"TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngày 31 tháng 6 năm 2021\n",
        "TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngày 3l tháng 6 năm 2021\n",
        "TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngày 29 tháng 2 năm 2023\n"}) {
    DocumentInfo d = Read(std::string(header));
    EXPECT_FALSE(d.date.has_value()) << header << " read as " << *d.date;
  }
  DocumentInfo leap = Read("TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngày 29 tháng 2 năm 2024\n");
  EXPECT_EQ(leap.date.value_or(""), "2024-02-29");
  DocumentInfo stamp = Read(
      "TỔNG CỤC THUẾ\nSố: 12/TCT-CS Hà Nội, ngàyO1thảng l2\n\nNội dung.\n\n"
      "Thời gian ký: 31.04.2022 09:30\n");
  EXPECT_FALSE(stamp.date.has_value()) << *stamp.date;
}

// Party documents: "ĐẢNG CỘNG SẢN VIỆT NAM" on the right, the committee on
// the left, "Số" without a colon.
TEST(DocumentHeader, PartyHeaders) {
  DocumentInfo standing = Read(
      "TỈNH ỦY QUẢNG TRỊ ĐẢNG CỘNG SẢN VIỆT NAM\nBAN THƯỜNG VỤ\n*\n"
      "Số 45-KH/TU Quảng Trị, ngày 27 tháng 6 năm 2016\n\n**KẾ HOẠCH**\n"
      "**THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ**\n");
  EXPECT_EQ(standing.issuer.value_or(""), "Ban Thường vụ Tỉnh ủy");
  EXPECT_EQ(standing.symbol.value_or(""), "45-KH/TU");
  EXPECT_EQ(standing.type.value_or(""), "Kế hoạch");
  EXPECT_EQ(standing.date.value_or(""), "2016-06-27");
  EXPECT_EQ(standing.title.value_or(""), "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị");
  DocumentInfo committee = Read(
      "|\n**ĐẢNG BỘ TỈNH QUẢNG BÌNH**\n**TỈNH ỦY**\n*\n|\n**ĐẢNG CỘNG\nSẢN VIỆT NAM**\n|\n|\n"
      "Số 12-CT/TU\n|\n*Quảng Bình, ngày 02 tháng 8 năm 2021*\n|\n\n**CHỈ THỊ**\n");
  EXPECT_EQ(committee.issuer.value_or(""), "Tỉnh ủy Quảng Bình");
  EXPECT_EQ(committee.type.value_or(""), "Chỉ thị");
  EXPECT_EQ(committee.date.value_or(""), "2021-08-02");
}

// An all-capitals name not in the tables keeps its proper nouns.
TEST(DocumentHeader, AllCapitalsNameKeepsProperNouns) {
  DocumentInfo d = Read(
      "TỈNH ĐOÀN THANH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "BAN THƯỜNG VỤ TỈNH ĐOÀN Độc lập - Tự do - Hạnh phúc\n"
      "CÂU LẠC BỘ LÝ LUẬN TRẺ HỒ CHÍ MINH\n"
      "Số: 05/KH-CLB Thanh Hóa, ngày 09 tháng 4 năm 2024\n");
  EXPECT_EQ(d.issuer.value_or(""), "Câu lạc bộ lý luận trẻ Hồ Chí Minh");
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

// A column too narrow for a name breaks it without any mark; a number whose
// digits OCR garbled still shows its code; a heading broken in its bold run.
TEST(DocumentHeader, NamesAndHeadingsBrokenWithoutMarks) {
  DocumentInfo d = Read(
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSỞ KHOA HỌC VÀ\nCÔNG NGHỆ\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 174/BC-SKHCHN\nQuảng Trị, ngày 17 tháng 12 năm 2020\n\n**BÁO\nCÁO**\n"
      "Kết quả thực hiện công tác dân vận năm 2020\n\nNội dung.\n");
  EXPECT_EQ(d.issuer.value_or(""), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(d.type.value_or(""), "Báo cáo");
  EXPECT_EQ(d.title.value_or(""), "Kết quả thực hiện công tác dân vận năm 2020");
  DocumentInfo garbled = Read(
      "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
      "Số:33 5.3 /TCT-HTQT Hà Nội. ngày 15 tháng 10 năm 2018\n\nNội dung.\n");
  EXPECT_FALSE(garbled.symbol.has_value()) << *garbled.symbol;
  EXPECT_EQ(garbled.issuer.value_or(""), "Tổng cục Thuế");
  EXPECT_EQ(garbled.type.value_or(""), "Công văn");
  EXPECT_EQ(garbled.place.value_or(""), "Hà Nội");
  EXPECT_EQ(garbled.date.value_or(""), "2018-10-15");
}

// Tesseract reads a two-column header line by line: an agency name broken
// over two lines ends at the start of the place-date line, above "Số:";
// the place is the name in ordinary case, not the agency's last word.
TEST(DocumentHeader, OcrAgencyTailOnThePlaceAndDateLine) {
  DocumentInfo d = Read(
      "UBND TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "SỞ KHOA HỌC VÀ CÔNG Độc lập - Tự do - Hạnh phúc\n"
      "NGHỆ Quảng Trị, ngày 10 tháng 12 năm 2021\nSố: 156 /BC-SKHCHN\n\nBÁO CÁO\n"
      "Kết quả thực hiện công tác dân vận năm 2021\n"
      "Thực hiện Quyết định số 41/2019/QĐ-UBND ngày 22 tháng 10 năm 2019\n"
      "của Uỷ ban nhân dân tỉnh, Sở báo cáo như sau:\n");
  EXPECT_EQ(d.issuer.value_or(""), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(d.place.value_or(""), "Quảng Trị");
  EXPECT_EQ(d.date.value_or(""), "2021-12-10");
  EXPECT_EQ(d.symbol.value_or(""), "156/BC-SKHCHN");
  // OCR kept no blank line between the title and the text's first words.
  EXPECT_EQ(d.title.value_or(""), "Kết quả thực hiện công tác dân vận năm 2021");
  // The longest province name is the place ("Thừa Thiên Huế", not "Huế").
  DocumentInfo hue = Read(
      "UBND TỈNH THỪA THIÊN HUẾ. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "SỞ KHOA HỌC VÀ CÔNG Độc lập - Tự do - Hạnh phúc\n"
      "NGHỆ Thừa Thiên Huế, ngày 25 tháng 01 năm 2018\nSố: 14/KH-SKHCN\n\nKẾ HOẠCH\n"
      "Tổ chức các hoạt động\n");
  EXPECT_EQ(hue.issuer.value_or(""), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(hue.place.value_or(""), "Thừa Thiên Huế");
  EXPECT_EQ(hue.date.value_or(""), "2018-01-25");
}

// On a page set in two columns Tesseract may read the motto's block after
// the first column of the text: the place and date under the motto are
// still the header's.
TEST(DocumentHeader, OcrMottoBlockReadAfterTheFirstColumn) {
  std::string text =
      "UBND TỈNH CÀ MAU\nSỞ TƯ PHÁP\nSố: 86/KH-STP\n\nKẾ HOẠCH\nTổ chức hưởng ứng Ngày "
      "Pháp luật\n\nCăn cứ Điều 8 Luật Phổ biến,\ngiáo dục pháp luật ngày 20 tháng 6 năm\n"
      "2012;\n\n";
  for (int i = 0; i < 30; ++i) text += "nội dung của cột thứ nhất\n";
  text +=
      "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "Cà Mau, ngày 20 tháng 9 năm 2024\n\n1 | Hiến pháp năm Cán Tháng\n";
  DocumentInfo d = Read(text);
  EXPECT_EQ(d.place.value_or(""), "Cà Mau");
  EXPECT_EQ(d.date.value_or(""), "2024-09-20");
  EXPECT_EQ(d.issuer.value_or(""), "Sở Tư pháp");
}

// OCR may read the right column first: the motto above the agency lines,
// with or without a readable "Số:" below them.
TEST(DocumentHeader, MottoReadBeforeTheAgencyBlock) {
  DocumentInfo d = Read(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTỔNG CỤC THUẾ\n"
      "CỤC THUẾ TỈNH HÒA BÌNH\nSố: 1520/CT-TTHT\nHòa Bình, ngày 03 tháng 6 năm 2019\n"
      "V/v chính sách thuế\n");
  EXPECT_EQ(d.issuer.value_or(""), "Cục Thuế tỉnh Hòa Bình");
  DocumentInfo no_number = Read(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBỘ TÀI CHÍNH\n"
      "TỔNG CỤC THUẾ\n\nHà Nội, ngày 14 tháng 10 năm 2024\n\nTHÔNG BÁO\nKết luận của Tổng cục "
      "trưởng\n");
  EXPECT_EQ(no_number.issuer.value_or(""), "Tổng cục Thuế");
  EXPECT_EQ(no_number.type.value_or(""), "Thông báo");
  EXPECT_EQ(no_number.date.value_or(""), "2024-10-14");
  EXPECT_EQ(d.type.value_or(""), "Công văn");
  EXPECT_EQ(d.date.value_or(""), "2019-06-03");
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

// The level on a line of its own waits for its place; an urgency mark
// near the number is not a body; OCR joins the parent's line and the
// body's, or leaves debris after the body.
TEST(DocumentHeader, AgencyLinesAmongMarksAndDebris) {
  DocumentInfo level = Read(
      "|\n**ỦY BAN NHÂN DÂN**\n**TỈNH**\n**QUẢNG NAM**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
      "NAM**\n|\n|\nSố: 12/QĐ-UBND\nHỎA TỐC\n|\n*Quảng Nam, ngày 3 tháng 4 năm 2025*\n");
  EXPECT_EQ(level.issuer.value_or(""), "Ủy ban nhân dân tỉnh Quảng Nam");
  EXPECT_EQ(level.type.value_or(""), "Quyết định");
  DocumentInfo mark = Read(
      "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ TĨNH Độc lập - Tự do - "
      "Hạnh phúc\nKHẨN\nSố: 331/UBND-VX Hà Tĩnh, ngày 23 tháng 01 năm 2017\n");
  EXPECT_EQ(mark.issuer.value_or(""), "Ủy ban nhân dân tỉnh Hà Tĩnh");
  DocumentInfo joined = Read(
      "BỘ TÀI CHÍNH TỔNG CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 12/TCT-CS\nHà Nội, ngày 3 tháng 4 năm 2025\n");
  EXPECT_EQ(joined.issuer.value_or(""), "Tổng cục Thuế");
  DocumentInfo debris = Read(
      "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ 25 eS ~~ Độc lập - Tự "
      "do\nSố: 12/TCT-CS Hà Nội, ngày 3 tháng 4 năm 2025\n");
  EXPECT_EQ(debris.issuer.value_or(""), "Tổng cục Thuế");
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

// Names read from capitals: a district's name, a bare office under its
// body, a Party organisation's committee.
TEST(DocumentHeader, CapitalisedNamesInTheirOfficialCase) {
  auto issuer = [](const std::string& block) {
    return Read(block +
                " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n*\n"
                "Số: 12/UBND-VX Quảng Trị, ngày 3 tháng 4 năm 2024\n")
        .issuer.value_or("");
  };
  EXPECT_EQ(issuer("ĐẢNG BỘ HUYỆN GIO LINH\nHUYỆN ỦY"), "Huyện ủy Gio Linh");
  EXPECT_EQ(issuer("HUYỆN ỦY GIO LINH"), "Huyện ủy Gio Linh");
  EXPECT_EQ(issuer("TỈNH ỦY HÀ TĨNH"), "Tỉnh ủy Hà Tĩnh");  // "Tĩnh" is no level
  EXPECT_EQ(issuer("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"),
            "Ủy ban nhân dân thành phố Hồ Chí Minh");
  EXPECT_EQ(issuer("UBND TỈNH QUẢNG TRỊ\nVĂN PHÒNG"), "Văn phòng Ủy ban nhân dân tỉnh Quảng Trị");
  EXPECT_EQ(issuer("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH\nTHƯỜNG TRỰC"),
            "Thường trực Hội đồng nhân dân tỉnh Hà Tĩnh");
  EXPECT_EQ(issuer("ĐẢNG BỘ TỈNH NGHỆ AN\nBAN CHẤP HÀNH"), "Ban Chấp hành Đảng bộ tỉnh Nghệ An");
  EXPECT_EQ(issuer("TỔNG CỤC THUẾ\nCHI CỤC THUẾ KHU VỰC XV"), "Chi cục Thuế khu vực XV");
  // Levels written short, a name's end broken off onto a line of motto words.
  EXPECT_EQ(issuer("UBND TP. ĐÀ NẴNG"), "Ủy ban nhân dân thành phố Đà Nẵng");
  EXPECT_EQ(issuer("UBND TX QUẢNG TRỊ"), "Ủy ban nhân dân thị xã Quảng Trị");
  EXPECT_EQ(issuer("UBND TT. KHE SANH"), "Ủy ban nhân dân thị trấn Khe Sanh");
  EXPECT_EQ(issuer("BỘ TÀI CHÍNH\nCỤC THUẾ TP. HÀ NỘI"), "Cục Thuế thành phố Hà Nội");
  EXPECT_EQ(issuer("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM"), "Ngân hàng Nhà nước Việt Nam");
}

// A letter's number has no type code: a capitalised line of its text is no
// type heading, even where OCR garbled "Kính gửi".
TEST(DocumentHeader, CapitalisedTextLineIsNoHeadingOfALetter) {
  DocumentInfo d = Read(
      "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh "
      "phúc\nSố: 4302 /TCT-TTr Hà Nội, ngày 05 tháng 11 năm 2018\n\nKinh gti: Cục Thuế các "
      "tỉnh\n\nThực hiện chỉ đạo của Bộ, Tổng cục Thuế đề nghị:\n\n"
      "1. Rà soát các hồ sơ.\n2. Báo cáo kết quả.\n3. Đôn đốc thu nợ.\n4. Kiểm tra.\n"
      "5. Thanh tra.\n6. Tổng hợp.\n7. Gửi báo cáo.\n8. Theo dõi.\n9. Lưu ý.\n10. Khác.\n\n"
      "BÁO CÁO KẾT QUẢ THANH TRA\n");
  EXPECT_EQ(d.type.value_or(""), "Công văn");
  EXPECT_EQ(d.issuer.value_or(""), "Tổng cục Thuế");
  DocumentInfo no_addressee = Read(
      "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh "
      "phúc\nSố: 4302 /TCT-TTr Hà Nội, ngày 05 tháng 11 năm 2018\n\n"
      "Thực hiện chỉ đạo của Bộ, Tổng cục Thuế đề nghị:\n\n"
      "1. Rà soát các hồ sơ.\n2. Báo cáo kết quả.\n3. Đôn đốc thu nợ.\n4. Kiểm tra.\n"
      "5. Thanh tra.\n6. Tổng hợp.\n7. Gửi báo cáo.\n8. Theo dõi.\n9. Lưu ý.\n10. Khác.\n\n"
      "BÁO CÁO KẾT QUẢ THANH TRA\n");
  EXPECT_EQ(no_addressee.type.value_or(""), "Công văn");
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

// A name broken after a word the motto also has ("HỘI" of "HỘI ĐỒNG NHÂN
// DÂN"), inside a bold run over three lines or with no mark at all.
TEST(DocumentHeader, NameBrokenAfterAMottoWord) {
  const std::string rest =
      "THÀNH PHỐ HUẾ\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM**\n"
      "Độc lập - Tự do - Hạnh phúc\n|\n|\nSố:\n35/2025/NQ-HĐND\n|\n"
      "*Thành phố Huế,\nngày 18 tháng 11 năm 2025 *\n|\n\n**NGHỊ QUYẾT**\n";
  DocumentInfo bold = Read("|\n**HỘI\nĐỒNG NHÂN\nDÂN **\n" + rest);
  EXPECT_EQ(bold.issuer.value_or(""), "Hội đồng nhân dân thành phố Huế");
  EXPECT_EQ(bold.date.value_or(""), "2025-11-18");
  EXPECT_EQ(bold.place.value_or(""), "Huế");
  DocumentInfo plain = Read("|\nHỘI\nĐỒNG NHÂN DÂN\n" + rest);
  EXPECT_EQ(plain.issuer.value_or(""), "Hội đồng nhân dân thành phố Huế");
}

}  // namespace
// A title (trích yếu) printed in capitals reads in sentence case, its
// proper nouns capitalised as official writing has them: types of
// documents before their numbers, symbols in their official case, bodies,
// places after their level and provinces, persons, abbreviations.
TEST(DocumentHeader, TitleInCapitalsKeepsItsProperNouns) {
  struct Case {
    std::string heading, title;
  };
  const Case kCases[] = {
      {"KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 15/5/2016 CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH HỌC "
       "TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH",
       "Kết quả thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học "
       "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"},
      {"TRIỂN KHAI QUYẾT ĐỊNH SỐ 1847/QĐ-TTG NGÀY 27/12/2018 CỦA THỦ TƯỚNG CHÍNH PHỦ",
       "Triển khai Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ"},
      {"THỰC HIỆN QUY ĐỊNH SỐ 08-QĐI/TW VỀ TRÁCH NHIỆM NÊU GƯƠNG",
       "Thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương"},
      {"SƠ KẾT 3 NĂM THỰC HIỆN KẾ HOẠCH SỐ 45-KH/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY QUẢNG TRỊ",
       "Sơ kết 3 năm thực hiện Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy Quảng Trị"},
      {"BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ",
       "Ban hành quy định chế độ báo cáo định kỳ trên địa bàn tỉnh Quảng Trị"},
      {"TÌNH HÌNH ỨNG DỤNG CNTT TẠI UBND HUYỆN GIO LINH NĂM 2020",
       "Tình hình ứng dụng CNTT tại UBND huyện Gio Linh năm 2020"},
      {"SẮP XẾP CÁC ĐƠN VỊ SỰ NGHIỆP THUỘC ỦY BAN NHÂN DÂN TỈNH NGHỆ AN GIAI ĐOẠN 2021 - 2025",
       "Sắp xếp các đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh Nghệ An giai đoạn 2021 - 2025"},
      {"HƯỚNG DẪN THỰC HIỆN THÔNG TƯ LIÊN TỊCH SỐ 02/2015/TTLT-BTC-BKHCN CỦA BỘ TÀI CHÍNH VÀ "
       "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
       "Hướng dẫn thực hiện Thông tư liên tịch số 02/2015/TTLT-BTC-BKHCN của Bộ Tài chính và "
       "Bộ Khoa học và Công nghệ"},
      {"TUYÊN TRUYỀN LUẬT KHOA HỌC VÀ CÔNG NGHỆ VÀ LUẬT SỐ 29/2013/QH13 TRONG SỞ NỘI VỤ",
       "Tuyên truyền Luật Khoa học và Công nghệ và Luật số 29/2013/QH13 trong Sở Nội vụ"},
      {"KẾT LUẬN CỦA ĐỒNG CHÍ NGUYỄN VĂN HÙNG TẠI HỘI NGHỊ TỔNG KẾT NĂM 2021",
       "Kết luận của đồng chí Nguyễn Văn Hùng tại hội nghị tổng kết năm 2021"},
      {"TRIỂN KHAI NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII VÀ THÔNG BÁO 12-TB/TU",
       "Triển khai nghị quyết đại hội đảng bộ tỉnh lần thứ XVII và Thông báo 12-TB/TU"},
      {"HỌC TẬP CHUYÊN ĐỀ NĂM 2022 VỀ XÂY DỰNG ĐẢNG CỘNG SẢN VIỆT NAM",
       "Học tập chuyên đề năm 2022 về xây dựng Đảng Cộng sản Việt Nam"},
      {"KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP VỀ NGHỊ QUYẾT SỐ "
       "66-NQ/TW",
       "Kết luận của Phó Thủ tướng Chính phủ Hồ Quốc Dũng tại cuộc họp về Nghị quyết số "
       "66-NQ/TW"},
      {"TRIỂN KHAI CHỈ THỊ SỐ 32/CT-TTG “VỀ TĂNG CƯỜNG CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG "
       "TÌNH HÌNH MỚI” TẠI TỈNH HÀ TĨNH",
       "Triển khai Chỉ thị số 32/CT-TTg “về tăng cường công tác bảo vệ bí mật nhà nước trong "
       "tình hình mới” tại tỉnh Hà Tĩnh"},
      {"KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII TẠI XÃ GIO AN, HUYỆN GIO LINH",
       "Kết quả thực hiện Nghị quyết Trung ương 4 khóa XII tại xã Gio An, huyện Gio Linh"},
      {"QUY CHẾ DÂN CHỦ Ở CƠ SỞ TẠI PHƯỜNG 5, THÀNH PHỐ ĐÔNG HÀ",
       "Quy chế dân chủ ở cơ sở tại Phường 5, thành phố Đông Hà"},
      // A body's name that is also a common noun is the body before its place.
      {"CÔNG TÁC BẢO HIỂM XÃ HỘI NĂM 2021 CỦA BẢO HIỂM XÃ HỘI TỈNH QUẢNG TRỊ VÀ CÁC ĐẢNG ỦY",
       "Công tác bảo hiểm xã hội năm 2021 của Bảo hiểm xã hội tỉnh Quảng Trị và các đảng ủy"},
      // Level words that name no place, words that are no abbreviation.
      {"PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA CÁC XÃ NÔNG THÔN MỚI VÀ CẤP HUYỆN",
       "Phát triển kinh tế - xã hội của các xã nông thôn mới và cấp huyện"},
      {"XỬ LÝ VI PHẠM TẠI CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG QUÝ IV",
       "Xử lý vi phạm tại các tỉnh, thành phố trực thuộc Trung ương quý IV"},
  };
  for (const Case& c : kCases) {
    DocumentInfo d = Read(
        "UBND TỈNH QUẢNG TRỊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 14/BC-SNV Quảng Trị, ngày 10 tháng 3 năm 2022\n\n**BÁO CÁO**\n**" +
        c.heading + "**\n\nNội dung.\n");
    EXPECT_EQ(d.title.value_or(""), c.title) << c.heading;
  }
  // A title printed in small letters is left as written.
  DocumentInfo written = Read(
      "SỞ NỘI VỤ\nSố: 15/BC-SNV\n\n**BÁO CÁO**\nKết quả thực hiện chỉ thị 05 năm 2021\n\nNội "
      "dung.\n");
  EXPECT_EQ(written.title.value_or(""), "Kết quả thực hiện chỉ thị 05 năm 2021");
}

}  // namespace lexgraph
