// doc_reader_test: ReadDocText on Word 97-2003 files that LibreOffice wrote
// (tests/fixtures/formats, made as README.md there says), and on damaged
// copies of them made here.
#include "doc_reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>

#include "docx_reader.h"
#include "lexgraph/document_decoder.h"
#include "test_support.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using testing::Slurp;

const fs::path kFormats = fs::path(LEXGRAPH_SOURCE_DIR) / "tests/fixtures/formats";

std::string Fixture(const std::string& name) {
  std::string bytes = Slurp(kFormats / name);
  EXPECT_FALSE(bytes.empty()) << name;
  return bytes;
}

bool Has(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Where the FIB starts in the file: the WordDocument stream's first bytes
// (wIdent 0xA5EC; LibreOffice writes nFib 0x0101).
std::size_t FibOffset(const std::string& file) {
  std::size_t at = file.find(std::string("\xEC\xA5\x01\x01", 4));
  EXPECT_NE(at, std::string::npos);
  return at;
}

void Put16(std::string& bytes, std::size_t at, std::uint16_t value) {
  bytes[at] = static_cast<char>(value & 0xFF);
  bytes[at + 1] = static_cast<char>(value >> 8);
}
void Put32(std::string& bytes, std::size_t at, std::uint32_t value) {
  Put16(bytes, at, static_cast<std::uint16_t>(value & 0xFFFF));
  Put16(bytes, at + 2, static_cast<std::uint16_t>(value >> 16));
}

// The offset of FibRgFcLcb97 pair `index` in a LibreOffice FIB (csw 14,
// cslw 22: the pairs start at 0x9A).
std::size_t FcLcbOffset(const std::string& file, std::size_t index) {
  return FibOffset(file) + 0x9A + index * 8;
}

TEST(DocReaderTest, HeadingTableBodyTableAndFieldResult) {
  FormatText read = ReadDocText(Fixture("report-tables.doc"));
  ASSERT_TRUE(read.ok()) << read.error;
  EXPECT_EQ(read.encoding, "UTF-16");
  const std::string& text = read.text;
  // The heading table: two cells a row, each cell's paragraphs a line.
  EXPECT_TRUE(
      text.starts_with("UBND TỈNH QUẢNG TRỊ\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 14/KH-SKHCHN\nQuảng Trị, ngày 18 tháng 02 năm 2020\nKẾ HOẠCH\n"))
      << text;
  // The body table: a row's cells in order, line after line, and nothing
  // for the end-of-row mark.
  EXPECT_TRUE(Has(text,
                  "\nTT\nNội dung\nĐơn vị chủ trì\nThời gian\n"
                  "1\nQuán triệt Chỉ thị 05-CT/TW và Quy định 08-QĐi/TW\nĐảng ủy Sở, Văn phòng Sở\n"
                  "Quý I/2020\n2\nBáo cáo kết quả theo Quyết định 41/2019/QĐ-UBND\n"))
      << text;
  // A hyperlink is a field: its result is read, its instruction is not.
  EXPECT_TRUE(Has(text, "\nCăn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng"))
      << text;
  EXPECT_FALSE(Has(text, "HYPERLINK")) << text;
  EXPECT_FALSE(Has(text, "chinhphu.vn")) << text;
  EXPECT_TRUE(text.ends_with("Kế hoạch này./.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n")) << text;
}

TEST(DocReaderTest, ReadsAsTheDocxOfTheSameDocument) {
  for (const char* stem : {"report-tables", "report"}) {
    FormatText doc = ReadDocText(Fixture(std::string(stem) + ".doc"));
    FormatText docx = ReadDocxText(Fixture(std::string(stem) + ".docx"));
    ASSERT_TRUE(doc.ok() && docx.ok()) << stem << ": " << doc.error << docx.error;
    EXPECT_EQ(doc.text, docx.text) << stem;
  }
}

TEST(DocReaderTest, LegacyFontsPerRunAreConverted) {
  // .VnTime and .VnTimeH (TCVN3), VNI-Times: named by each run.
  for (auto [name, encoding] :
       {std::pair{"report-vntime.doc", "TCVN3"}, std::pair{"report-vni.doc", "VNI"}}) {
    FormatText read = ReadDocText(Fixture(name));
    ASSERT_TRUE(read.ok()) << name << ": " << read.error;
    EXPECT_EQ(read.encoding, encoding) << name;
    std::string text = testing::Nfc(read.text);
    EXPECT_TRUE(Has(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")) << name << ":\n" << text;
    EXPECT_TRUE(Has(text, "Số: 86/BC-STC\nQuảng Trị, ngày 12 tháng 6 năm 2019\n")) << name;
    // "ư" is TCVN3's byte 0xAD, which Word stores as its optional hyphen.
    EXPECT_TRUE(Has(text, "làm theo tư tưởng, đạo đức")) << name << ":\n" << text;
    EXPECT_TRUE(Has(text, "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020")) << name;
    EXPECT_TRUE(Has(text, "- Lưu: VT.\n")) << name;
  }
}

TEST(DocReaderTest, LegacyFontsOfStylesAreConverted) {
  // Normal in .VnTime, a style based on it in .VnTimeH; the first line in
  // Unicode in Times New Roman, so the text as a whole is no legacy text.
  FormatText read = ReadDocText(Fixture("report-vntime-styles.doc"));
  ASSERT_TRUE(read.ok()) << read.error;
  EXPECT_EQ(read.encoding, "TCVN3");
  EXPECT_TRUE(
      read.text.starts_with("UBND TỈNH QUẢNG TRỊ\nSỞ TÀI CHÍNH\n"
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"))
      << read.text;
  EXPECT_TRUE(Has(read.text, "làm theo tư tưởng, đạo đức")) << read.text;
}

TEST(DocReaderTest, LegacyTextInAPlainFontIsDetectedFromTheText) {
  // TCVN3 bytes in the default font: nothing but the text says so.
  FormatText read = ReadDocText(Fixture("report-tcvn3-plain.doc"));
  ASSERT_TRUE(read.ok()) << read.error;
  EXPECT_EQ(read.encoding, "TCVN3");
  EXPECT_TRUE(Has(read.text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")) << read.text;
  EXPECT_TRUE(Has(read.text, "làm theo tư tưởng")) << read.text;
}

TEST(DocReaderTest, UnicodeTextIsNeverTakenForLegacy) {
  FormatText read = ReadDocText(Fixture("report.doc"));
  ASSERT_TRUE(read.ok()) << read.error;
  EXPECT_EQ(read.encoding, "UTF-16");
  EXPECT_TRUE(Has(read.text, "Sở Tài chính báo cáo")) << read.text;
}

TEST(DocReaderTest, DetectedByContentAndDecoded) {
  std::string bytes = Fixture("report-tables.doc");
  EXPECT_TRUE(IsWordBinaryDocument(bytes));
  EXPECT_EQ(DetectDocumentFormat(bytes, "bao-cao.txt"), DocumentFormat::kDoc);
  DecodedText decoded = DecodeDocument(bytes, "bao-cao.doc");
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  EXPECT_EQ(decoded.format, "doc");
  EXPECT_TRUE(Has(decoded.text, "\nSố: 14/KH-SKHCHN\n"));
}

TEST(DocReaderTest, NotOleAndNotWord) {
  EXPECT_EQ(ReadDocText("").error, "not a Word document (.doc): not an OLE compound file");
  EXPECT_EQ(ReadDocText(Fixture("report.docx")).error,
            "not a Word document (.doc): not an OLE compound file");
  // An OLE file without a WordDocument stream (an encrypted .docx, an
  // .xls): the name of the stream changed.
  std::string bytes = Fixture("report-tables.doc");
  std::string name("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
  std::size_t at = bytes.find(name);
  ASSERT_NE(at, std::string::npos);
  bytes[at] = 'X';
  EXPECT_FALSE(IsWordBinaryDocument(bytes));
  EXPECT_EQ(ReadDocText(bytes).error, "not a Word document (.doc): no WordDocument stream");
  // The decoder then keeps its message for such files.
  EXPECT_EQ(DetectDocumentFormat(bytes, "a.doc"), DocumentFormat::kDocx);
  EXPECT_TRUE(Has(DecodeDocument(bytes, "a.doc").error, "save it as .docx"));
}

TEST(DocReaderTest, DamagedOleDirectoryGivesAnError) {
  // The root entry of the directory with a sibling, or not a root: libgsf
  // would take it for the root and leak the siblings, so it never sees it.
  const std::string bytes = Fixture("report-tables.doc");
  std::size_t first_sector =
      static_cast<unsigned char>(bytes[0x30]) | static_cast<unsigned char>(bytes[0x31]) << 8;
  std::size_t root = (first_sector + 1) * 512;
  ASSERT_EQ(bytes.compare(root, 10, std::string("R\0o\0o\0t\0 \0", 10)), 0);
  std::string sibling = bytes;
  Put32(sibling, root + 0x48, 3);
  std::string stream = bytes;
  stream[root + 0x42] = 2;
  for (const std::string& bad : {sibling, stream}) {
    EXPECT_EQ(ReadDocText(bad).error,
              "damaged Word document (.doc): cannot open the OLE compound file");
    EXPECT_FALSE(IsWordBinaryDocument(bad));
  }
}

TEST(DocReaderTest, EncryptedAndWord95AreRefusedByName) {
  std::string encrypted = Fixture("report-tables.doc");
  std::size_t fib = FibOffset(encrypted);
  encrypted[fib + 0x0B] = static_cast<char>(encrypted[fib + 0x0B] | 0x01);  // fEncrypted
  EXPECT_EQ(ReadDocText(encrypted).error, "password-protected Word document (.doc)");
  EXPECT_EQ(DecodeDocument(encrypted, "a.doc").error, "password-protected Word document (.doc)");

  std::string word95 = Fixture("report-tables.doc");
  Put16(word95, fib + 2, 0x0068);  // nFib of Word 95
  EXPECT_EQ(ReadDocText(word95).error,
            "Word 6.0/95 document: not read; save it as .doc (Word 97-2003) or .docx");
}

TEST(DocReaderTest, TruncatedFilesGiveAnError) {
  std::string bytes = Fixture("report-tables.doc");
  for (std::size_t size : {std::size_t{8}, std::size_t{511}, std::size_t{512}, std::size_t{4096},
                           bytes.size() / 2, bytes.size() - 512, bytes.size() - 1}) {
    FormatText read = ReadDocText(bytes.substr(0, size));
    EXPECT_FALSE(read.ok()) << size;
    EXPECT_TRUE(read.error.starts_with("damaged Word document (.doc): ") ||
                read.error.starts_with("not a Word document"))
        << size << ": " << read.error;
  }
}

TEST(DocReaderTest, OffsetsOutsideTheStreamsGiveAnError) {
  const std::string bytes = Fixture("report-tables.doc");
  constexpr std::size_t kClx = 33;
  for (std::uint32_t fc : {0xFFFFFFF0u, 0x7FFFFFFFu, 0x100000u}) {
    std::string bad = bytes;
    Put32(bad, FcLcbOffset(bad, kClx), fc);
    EXPECT_TRUE(ReadDocText(bad).error.starts_with("damaged Word document (.doc): ")) << fc;
    bad = bytes;
    Put32(bad, FcLcbOffset(bad, kClx) + 4, fc);  // lcbClx
    EXPECT_TRUE(ReadDocText(bad).error.starts_with("damaged Word document (.doc): ")) << fc;
  }
  // The FKPs and the font and style tables out of place read as nothing:
  // the text still comes, without its table and font structure.
  for (std::size_t index : {1u, 12u, 13u, 15u}) {
    for (std::uint32_t value : {0xFFFFFFF0u, 0u, 3u}) {
      std::string bad = bytes;
      Put32(bad, FcLcbOffset(bad, index), value);
      Put32(bad, FcLcbOffset(bad, index) + 4, value == 0 ? 0xFFFFFFF0u : 600u);
      FormatText read = ReadDocText(bad);
      EXPECT_TRUE(read.ok()) << index << " " << value << ": " << read.error;
    }
  }
  // Garbage counts of characters.
  std::string bad = bytes;
  Put32(bad, FibOffset(bad) + 0x22 + 14 * 2 + 2 + 3 * 4, 0x7FFFFFFF);  // ccpText
  EXPECT_NO_FATAL_FAILURE(ReadDocText(bad));
}

// Random bytes changed in the streams: an error or some text, never a
// crash or a read out of bounds (scripts/test-sanitized checks the latter).
TEST(DocReaderTest, CorruptedStreamsNeverCrash) {
  const std::string bytes = Fixture("report-tables.doc");
  std::mt19937 random(16);
  std::size_t read_ok = 0;
  for (int round = 0; round < 400; ++round) {
    std::string bad = bytes;
    std::uniform_int_distribution<std::size_t> where(512, bad.size() - 1);
    std::uniform_int_distribution<int> count(1, 16), value(0, 255);
    for (int n = count(random); n > 0; --n) bad[where(random)] = static_cast<char>(value(random));
    FormatText read = ReadDocText(bad);
    if (read.ok())
      ++read_ok;
    else
      EXPECT_FALSE(read.error.empty());
  }
  EXPECT_GT(read_ok, 0u);
}

}  // namespace
}  // namespace lexgraph
