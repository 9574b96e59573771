// pdf_reader_test.cc: ReadPdfText on PDFs made with LibreOffice, img2pdf
// and pdfunite (tests/fixtures/formats/README.md says how): page breaks,
// scans without a text layer, passwords, damage, and reading from several
// threads at once.
#include "pdf_reader.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "lexgraph/extraction.h"
#include "test_support.h"

namespace lexgraph {
namespace {

using testing::Describe;
using testing::ReadSourceFile;

std::string Fixture(std::string_view name) {
  return ReadSourceFile("tests/fixtures/formats/" + std::string(name));
}

// The text of report-2pages.pdf: LibreOffice wrapped the long paragraphs;
// page 1 ends with "Căn cứ Nghị định số", page 2 goes on "30/2020/NĐ-CP".
constexpr std::string_view kTwoPagesText =
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
    "BÁO CÁO\n"
    "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW\n"
    "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm\n"
    "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ủy ban nhân dân tỉnh báo cáo như sau.\n"
    "Căn cứ Nghị định số\n"
    "30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư và Quyết định số\n"
    "41/2019/QĐ-UBND ngày 20/12/2019 của Ủy ban nhân dân tỉnh, các sở, ngành đã triển khai thực\n"
    "hiện.\n"
    "Nơi nhận: Như trên.\n";

TEST(PdfReaderTest, ReadsBothPagesInOrderWithOnlyALineBreakBetween) {
  const FormatText result = ReadPdfText(Fixture("report-2pages.pdf"));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.text, kTwoPagesText);
  EXPECT_EQ(result.encoding, "");
  // The page break: the last line of page 1, '\n', the first of page 2.
  EXPECT_NE(result.text.find("Căn cứ Nghị định số\n30/2020/NĐ-CP ngày 05/3/2020"),
            std::string::npos);
  EXPECT_EQ(result.text.find('\f'), std::string::npos);
}

TEST(PdfReaderTest, CitationRunningOverThePageEndIsExtracted) {
  const FormatText result = ReadPdfText(Fixture("report-2pages.pdf"));
  ASSERT_TRUE(result.ok()) << result.error;
  const Extraction extraction = testing::ExtractText(result.text);
  bool found = false;
  for (const Citation& citation : extraction.citations) {
    if (citation.type == "Nghị định" && citation.symbol == "30/2020/NĐ-CP") {
      found = true;
      EXPECT_EQ(citation.date, "2020-03-05");
    }
  }
  EXPECT_TRUE(found) << Describe(extraction);
}

TEST(PdfReaderTest, ScannedPdfNeedsOcr) {
  const FormatText result = ReadPdfText(Fixture("report-scanned.pdf"));
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.error, "no text: needs OCR (2 scanned pages)");
  EXPECT_EQ(result.text, "");
}

TEST(PdfReaderTest, TextPagesOfAPartlyScannedPdfAreRead) {
  // report-2pages.pdf followed by a scanned page.
  const FormatText result = ReadPdfText(Fixture("report-mixed.pdf"));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.text, kTwoPagesText);
}

TEST(PdfReaderTest, PasswordProtectedPdfIsRefused) {
  const FormatText result = ReadPdfText(Fixture("report-password.pdf"));
  EXPECT_EQ(result.error, "PDF is password-protected");
  EXPECT_EQ(result.text, "");
}

TEST(PdfReaderTest, CopyRestrictedPdfWithoutOpenPasswordIsRead) {
  const FormatText result = ReadPdfText(Fixture("report-copy-restricted.pdf"));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.text, kTwoPagesText);
}

TEST(PdfReaderTest, NonPdfBytesAreRefused) {
  EXPECT_EQ(ReadPdfText("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị\n").error,
            "not a PDF: no %PDF- header in its first 1024 bytes");
  EXPECT_EQ(ReadPdfText("").error, "not a PDF: no %PDF- header in its first 1024 bytes");
  // A Word document is a zip file.
  EXPECT_EQ(ReadPdfText(std::string("PK\x03\x04\x14\x00\x06\x00", 8)).error,
            "not a PDF: no %PDF- header in its first 1024 bytes");
}

TEST(PdfReaderTest, TruncatedPdfIsDamaged) {
  const std::string bytes = Fixture("report-2pages.pdf");
  ASSERT_GT(bytes.size(), 1000u);
  for (std::size_t keep : {bytes.size() / 2, bytes.size() - 200}) {
    const FormatText result = ReadPdfText(std::string_view(bytes).substr(0, keep));
    EXPECT_EQ(result.error, "damaged PDF: truncated (no %%EOF marker at its end)") << keep;
    EXPECT_EQ(result.text, "");
  }
}

TEST(PdfReaderTest, PdfPopplerCannotOpenIsDamaged) {
  const FormatText result = ReadPdfText("%PDF-1.4\nthis is not a PDF body\n%%EOF\n");
  EXPECT_EQ(result.error, "damaged PDF: poppler cannot read its structure");
  // The real file with its middle overwritten: the end is intact, the
  // objects are not.
  std::string bytes = Fixture("report-2pages.pdf");
  ASSERT_GT(bytes.size(), 1000u);
  for (std::size_t i = 20; i < bytes.size() - 20; ++i) bytes[i] = 'x';
  const FormatText overwritten = ReadPdfText(bytes);
  EXPECT_EQ(overwritten.error, "damaged PDF: poppler cannot read its structure");
  EXPECT_EQ(overwritten.text, "");
}

TEST(PdfReaderTest, SameOutputFromFourThreadsAtOnce) {
  const std::string bytes = Fixture("report-2pages.pdf");
  const std::string scanned = Fixture("report-scanned.pdf");
  constexpr int kThreads = 4;
  constexpr int kReads = 50;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kReads; ++i) {
        // One thread in four also reads the scan, so different documents
        // are open at the same time too.
        if (t == 0 && ReadPdfText(scanned).error != "no text: needs OCR (2 scanned pages)") ++wrong;
        const FormatText result = ReadPdfText(bytes);
        if (!result.ok() || result.text != kTwoPagesText) ++wrong;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace lexgraph
