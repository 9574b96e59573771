// OcrEngine and DecodeDocument on scans: the scans are made from the
// project's own typed PDFs by tests/ocr/make_scanned_fixtures (CTest runs it
// first), and what OCR reads of them is compared with what the extractor
// reads of the typed originals. A few pages of real Tesseract work: a few
// seconds each.
#include "lexgraph/ocr_engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "lexgraph/citation_extractor.h"
#include "lexgraph/document_decoder.h"
#include "test_support.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using testing::Slurp;

fs::path Scans() { return fs::path(LEXGRAPH_OCR_FIXTURES); }
fs::path Formats() { return fs::path(LEXGRAPH_SOURCE_DIR) / "tests/fixtures/formats"; }

std::string Bytes(const fs::path& path) {
  std::string bytes = Slurp(path);
  EXPECT_FALSE(bytes.empty()) << path << " (made by tests/ocr/make_scanned_fixtures)";
  return bytes;
}

struct Read {
  DecodedText decoded;
  Extraction extraction;
};

Read DecodeAndExtract(const fs::path& path, OcrEngine* ocr) {
  Read read;
  read.decoded = DecodeDocument(Bytes(path), path.filename().string(), {}, ocr);
  if (read.decoded.ok()) read.extraction = CitationExtractor().Extract(read.decoded.text);
  return read;
}

// "symbol relation" of each citation, in text order.
std::vector<std::string> Citations(const Extraction& extraction) {
  std::vector<std::string> list;
  for (const Citation& c : extraction.citations)
    list.push_back(c.symbol.value_or(c.name.value_or("?")) + " " +
                   std::string(RelationName(c.relation)));
  return list;
}

std::string Joined(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& item : list) out += item + "\n";
  return out;
}

OcrOptions Options(const fs::path& cache = {}) {
  OcrOptions options;
  options.cache_folder = cache;
  return options;
}

class OcrEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(OcrEngine::CheckLanguage("vie").empty()) << OcrEngine::CheckLanguage("vie");
    dir_ = fs::temp_directory_path() /
           ("ocr_engine_test-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

// A one-page report scanned at 300 dpi, tilted: its own header as the typed
// PDF gives it, and (nearly) every citation.
TEST_F(OcrEngineTest, ScannedReportReadsAsItsTypedOriginal) {
  OcrEngine ocr(Options());
  Read scan = DecodeAndExtract(Scans() / "scan-300.pdf", &ocr);
  Read typed = DecodeAndExtract(Formats() / "report.pdf", nullptr);
  ASSERT_TRUE(scan.decoded.ok()) << scan.decoded.error;
  EXPECT_EQ(scan.decoded.format, "pdf");
  EXPECT_EQ(scan.decoded.ocr_pages, 1);
  EXPECT_GE(scan.decoded.ocr_confidence, 80);
  EXPECT_LE(scan.decoded.ocr_confidence, 100);
  const DocumentInfo& mine = scan.extraction.document;
  const DocumentInfo& truth = typed.extraction.document;
  EXPECT_EQ(mine.symbol, truth.symbol);
  EXPECT_EQ(mine.type, truth.type);
  EXPECT_EQ(mine.date, truth.date);
  EXPECT_EQ(mine.issuer, truth.issuer);
  EXPECT_EQ(mine.signer, truth.signer);
  // OCR misreads a digit now and then ("01-KL/TW" as "61-KL/TW"): most of
  // the typed PDF's citations, and nothing the page does not hold.
  std::vector<std::string> want = Citations(typed.extraction), got = Citations(scan.extraction);
  std::size_t found = 0;
  for (const std::string& c : want) found += std::count(got.begin(), got.end(), c) > 0;
  EXPECT_GE(found * 10, want.size() * 8) << "typed:\n" << Joined(want) << "scan:\n" << Joined(got);
  EXPECT_LE(got.size(), want.size()) << Joined(got);
}

// The same page as a JPEG: the same report, its resolution read from the file.
TEST_F(OcrEngineTest, JpegPageIsRead) {
  OcrEngine ocr(Options());
  Read photo = DecodeAndExtract(Scans() / "photo.jpg", &ocr);
  Read typed = DecodeAndExtract(Formats() / "report.pdf", nullptr);
  ASSERT_TRUE(photo.decoded.ok()) << photo.decoded.error;
  EXPECT_EQ(photo.decoded.format, "image");
  EXPECT_EQ(photo.decoded.ocr_pages, 1);
  EXPECT_EQ(photo.extraction.document.symbol, typed.extraction.document.symbol);
  EXPECT_EQ(photo.extraction.document.issuer, typed.extraction.document.issuer);
  EXPECT_GE(photo.extraction.citations.size(), typed.extraction.citations.size() - 2);
}

// A two-frame TIFF: both pages, in order, and the citation that runs from
// the foot of page 1 to the head of page 2 ("Nghị định số" / "30/2020/NĐ-CP").
TEST_F(OcrEngineTest, MultiPageTiffIsReadPageByPage) {
  OcrEngine ocr(Options());
  Read scan = DecodeAndExtract(Scans() / "scan-2pages.tif", &ocr);
  Read typed = DecodeAndExtract(Formats() / "report-2pages.pdf", nullptr);
  ASSERT_TRUE(scan.decoded.ok()) << scan.decoded.error;
  EXPECT_EQ(scan.decoded.format, "image");
  EXPECT_EQ(scan.decoded.ocr_pages, 2);
  EXPECT_EQ(Citations(scan.extraction), Citations(typed.extraction)) << scan.decoded.text;
  EXPECT_EQ(scan.extraction.document.issuer, typed.extraction.document.issuer);
}

// Two columns side by side on one wide page: the left column is read whole
// before the right one, so the citation that runs from one to the other is
// whole, and the relations are those of the typed text.
TEST_F(OcrEngineTest, TwoColumnPageIsReadColumnByColumn) {
  OcrEngine ocr(Options());
  Read scan = DecodeAndExtract(Scans() / "two-columns.png", &ocr);
  Read typed = DecodeAndExtract(Formats() / "report-2pages.pdf", nullptr);
  ASSERT_TRUE(scan.decoded.ok()) << scan.decoded.error;
  EXPECT_EQ(Citations(scan.extraction), Citations(typed.extraction)) << scan.decoded.text;
  EXPECT_EQ(scan.extraction.document.type, typed.extraction.document.type) << scan.decoded.text;
}

// A typed page then a scanned one: OCR reads the scanned page alone, and
// the text runs on from the typed page into it.
TEST_F(OcrEngineTest, MixedPdfReadsOnlyItsScannedPagesByOcr) {
  OcrEngine ocr(Options());
  Read mixed = DecodeAndExtract(Scans() / "mixed.pdf", &ocr);
  Read typed = DecodeAndExtract(Formats() / "report-2pages.pdf", nullptr);
  ASSERT_TRUE(mixed.decoded.ok()) << mixed.decoded.error;
  EXPECT_EQ(mixed.decoded.ocr_pages, 1);
  EXPECT_EQ(Citations(mixed.extraction), Citations(typed.extraction)) << mixed.decoded.text;

  Read without = DecodeAndExtract(Scans() / "mixed.pdf", nullptr);
  ASSERT_TRUE(without.decoded.ok()) << without.decoded.error;
  EXPECT_EQ(without.decoded.ocr_pages, 0);
  EXPECT_EQ(without.decoded.text.find("30/2020"), std::string::npos)
      << "the scanned page has no text without OCR";
  ASSERT_EQ(without.decoded.warnings.size(), 1u) << "the page left out is said";
  EXPECT_EQ(without.decoded.warnings[0], "page 2 left out: scanned, and OCR is off (--no-ocr)");
}

// A page past the time limit is skipped with a message; the typed page of
// the same file is kept.
TEST_F(OcrEngineTest, PagePastTheTimeLimitIsSkippedAndTheRestKept) {
  OcrOptions options = Options();
  options.page_seconds = 0.001;
  OcrEngine ocr(options);
  Read mixed = DecodeAndExtract(Scans() / "mixed.pdf", &ocr);
  ASSERT_TRUE(mixed.decoded.ok()) << mixed.decoded.error;
  EXPECT_EQ(mixed.decoded.ocr_pages, 0);
  ASSERT_EQ(mixed.decoded.warnings.size(), 1u);
  EXPECT_EQ(mixed.decoded.warnings[0], "page 2: OCR ran past 0.001 s: page skipped");
  EXPECT_NE(mixed.decoded.text.find("Căn cứ Nghị định số"), std::string::npos);

  Read tiff = DecodeAndExtract(Scans() / "scan-2pages.tif", &ocr);
  EXPECT_FALSE(tiff.decoded.ok());
  EXPECT_EQ(tiff.decoded.error, "OCR read no text: OCR ran past 0.001 s: page skipped");
}

// A rebuild, or another index given the same cache folder, reads no page
// again; the cached text is the text.
TEST_F(OcrEngineTest, CachedPagesAreNotReadAgain) {
  const std::string bytes = Bytes(Scans() / "scan-2pages.tif");
  OcrResult first;
  {
    OcrEngine ocr(Options(dir_ / "cache"));
    first = ocr.Read(bytes, OcrSource::kImage, {1, 2});
    EXPECT_EQ(ocr.Progress().pages_done, 2u);
    EXPECT_EQ(ocr.Progress().pages_from_cache, 0u);
    EXPECT_EQ(ocr.Progress().pages_waiting, 0u);
    EXPECT_GT(ocr.Progress().seconds_per_page, 0);
  }
  ASSERT_EQ(first.pages.size(), 2u);
  EXPECT_TRUE(first.warning.empty()) << first.warning;
  OcrEngine again(Options(dir_ / "cache"));
  OcrResult second = again.Read(bytes, OcrSource::kImage, {2, 1});
  EXPECT_EQ(again.Progress().pages_from_cache, 2u);
  ASSERT_EQ(second.pages.size(), 2u);
  EXPECT_EQ(second.pages[0].number, 2);
  EXPECT_TRUE(second.pages[0].from_cache);
  EXPECT_EQ(second.pages[0].text, first.pages[1].text);
  EXPECT_EQ(second.pages[1].confidence, first.pages[0].confidence);
}

// A language model that is not installed: every page says what to install,
// and nothing is cached (the file is not at fault).
TEST_F(OcrEngineTest, MissingModelSaysWhatToInstall) {
  EXPECT_NE(OcrEngine::CheckLanguage("vie+xyz").find("apt-get install tesseract-ocr-xyz"),
            std::string::npos);
  OcrOptions options = Options(dir_ / "cache");
  options.language = "xyz";
  OcrEngine ocr(options);
  Read scan = DecodeAndExtract(Scans() / "scan-300.pdf", &ocr);
  EXPECT_FALSE(scan.decoded.ok());
  EXPECT_NE(scan.decoded.error.find("the Tesseract model 'xyz' is not installed"),
            std::string::npos)
      << scan.decoded.error;
  EXPECT_FALSE(fs::exists(dir_ / "cache")) << "a failure of the setup is not the file's";
}

// Images that are not: a clear refusal, no crash.
TEST_F(OcrEngineTest, DamagedImagesAreRefused) {
  OcrEngine ocr(Options());
  std::string png = Bytes(Scans() / "two-columns.png");
  DecodedText cut = DecodeDocument(png.substr(0, 2000), "cut.png", {}, &ocr);
  EXPECT_FALSE(cut.ok());
  EXPECT_NE(cut.error.find("damaged image"), std::string::npos) << cut.error;
  DecodedText tiff = DecodeDocument(std::string("II*\0garbage", 11), "x.tif", {}, &ocr);
  EXPECT_NE(tiff.error.find("damaged image"), std::string::npos) << tiff.error;
  DecodedText off = DecodeDocument(png, "page.png", {}, nullptr);
  EXPECT_EQ(off.error, "image: needs OCR, which is off (--no-ocr)");
  // A picture's bytes in a file named as text are a misnamed binary file.
  EXPECT_EQ(DetectDocumentFormat(png, "notes.md"), DocumentFormat::kText);
  EXPECT_EQ(DetectDocumentFormat(png, "page.PNG"), DocumentFormat::kImage);
}

}  // namespace
}  // namespace lexgraph
