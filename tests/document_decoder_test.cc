// document_decoder_test.cc: DecodeDocument on real files of every format and
// encoding an archive holds (tests/fixtures/formats, made as README.md there
// says): each gives the same report, with the same citations, as its text in
// UTF-8. And what is UTF-8 stays UTF-8: no file of the corpus becomes
// mojibake under detection.
#include "lexgraph/document_decoder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "lexgraph/citation_extractor.h"
#include "lexgraph/reference_parser.h"
#include "test_support.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using testing::Describe;
using testing::Nfc;
using testing::Slurp;

const fs::path kFormats = fs::path(LEXGRAPH_SOURCE_DIR) / "tests/fixtures/formats";

DecodedText DecodeFixture(const std::string& name, const DecodeOptions& options = {}) {
  std::string bytes = Slurp(kFormats / name);
  EXPECT_FALSE(bytes.empty()) << name;
  return DecodeDocument(bytes, name, options);
}

// What identifies the report and what it cites, leaving out what layout
// alone changes (spans, the title's line breaks).
std::string Essentials(const Extraction& e) {
  std::string out = e.document.type.value_or("?") + " " + e.document.symbol.value_or("?") + " " +
                    e.document.date.value_or("?") + " " + e.document.issuer.value_or("?") + "\n";
  for (const Citation& c : e.citations)
    out += CitationKey(c) + " [" + std::string(RelationName(c.relation)) + "]\n";
  return out;
}

class DocumentDecoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    DecodedText utf8 = DecodeFixture("report.txt");
    ASSERT_TRUE(utf8.ok()) << utf8.error;
    reference_text_ = new std::string(utf8.text);
    reference_ = new Extraction(extractor().Extract(utf8.text));
  }
  static void TearDownTestSuite() {
    delete reference_text_;
    delete reference_;
  }
  static const CitationExtractor& extractor() {
    static const CitationExtractor* instance = new CitationExtractor();
    return *instance;
  }

  // Decodes `name`, checks its format and encoding, and that it reads as
  // report.txt does.
  static std::string ExpectSameReport(const std::string& name, std::string_view format,
                                      std::string_view encoding) {
    DecodedText decoded = DecodeFixture(name);
    EXPECT_TRUE(decoded.ok()) << name << ": " << decoded.error;
    EXPECT_EQ(decoded.format, format) << name;
    EXPECT_EQ(decoded.encoding, encoding) << name;
    Extraction extraction = extractor().Extract(decoded.text);
    EXPECT_EQ(Essentials(extraction), Essentials(*reference_))
        << name << " cites:\n"
        << Describe(extraction) << "report.txt cites:\n"
        << Describe(*reference_);
    return decoded.text;
  }

  static std::string* reference_text_;
  static Extraction* reference_;
};
std::string* DocumentDecoderTest::reference_text_ = nullptr;
Extraction* DocumentDecoderTest::reference_ = nullptr;

TEST_F(DocumentDecoderTest, ReferenceReportCitesWhatItSays) {
  // The reference itself: if this fails the others compare against nothing.
  EXPECT_EQ(reference_->document.symbol.value_or(""), "86/BC-STC");
  EXPECT_GE(reference_->citations.size(), 9u) << Describe(*reference_);
}

TEST_F(DocumentDecoderTest, WordDocumentReadsAsItsText) {
  EXPECT_EQ(ExpectSameReport("report.docx", "docx", "UTF-8"), *reference_text_);
}

TEST_F(DocumentDecoderTest, WordDocumentInAbcFontsReadsAsUnicode) {
  // Typed in .VnTime and .VnTimeH, as Word documents from before 2005 are.
  std::string text = ExpectSameReport("report-vntime.docx", "docx", "UTF-8");
  EXPECT_NE(text.find("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"),
            std::string::npos);
  EXPECT_NE(text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), std::string::npos);
}

TEST_F(DocumentDecoderTest, OldWordDocumentReadsAsItsText) {
  EXPECT_EQ(ExpectSameReport("report.doc", "doc", "UTF-16"), *reference_text_);
}

TEST_F(DocumentDecoderTest, OldWordDocumentsInLegacyFontsReadAsUnicode) {
  // Runs in .VnTime/.VnTimeH and in VNI-Times, paragraph styles in the
  // ABC fonts; and TCVN3 bytes in a plain font, detected from the text as
  // a plain-text file is.
  for (auto [name, encoding] :
       {std::pair{"report-vntime.doc", "TCVN3"}, std::pair{"report-vni.doc", "VNI"},
        std::pair{"report-vntime-styles.doc", "TCVN3"},
        std::pair{"report-tcvn3-plain.doc", "TCVN3"}}) {
    std::string text = ExpectSameReport(name, "doc", encoding);
    EXPECT_NE(text.find("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"),
              std::string::npos)
        << name;
    EXPECT_NE(text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), std::string::npos) << name;
  }
}

TEST_F(DocumentDecoderTest, PdfReadsAsItsText) {
  std::string text = ExpectSameReport("report.pdf", "pdf", "UTF-8");
  EXPECT_NE(text.find("Chỉ thị số 05-CT/TW"), std::string::npos);
}

TEST_F(DocumentDecoderTest, HtmlPageReadsAsItsVisibleText) {
  std::string text = ExpectSameReport("report.html", "html", "UTF-8");
  EXPECT_EQ(text.find("99-CT/TW"), std::string::npos) << "script text leaked";
  EXPECT_EQ(text.find("Trang chủ"), std::string::npos) << "navigation leaked";
}

TEST_F(DocumentDecoderTest, Windows1258TextIsDetectedAndComposed) {
  EXPECT_EQ(ExpectSameReport("report-cp1258.txt", "text", "windows-1258"), *reference_text_);
}

TEST_F(DocumentDecoderTest, VniTextIsDetectedAndComposed) {
  EXPECT_EQ(ExpectSameReport("report-vni.txt", "text", "VNI"), *reference_text_);
}

TEST_F(DocumentDecoderTest, Tcvn3TextIsDetectedWithItsCapitals) {
  // TCVN3 has no capitals with tones: the file holds them as small letters
  // (README.md), and the decoder restores headings to capitals.
  std::string text = ExpectSameReport("report-tcvn3.txt", "text", "TCVN3");
  EXPECT_NE(text.find("\nBÁO CÁO\n"), std::string::npos);
  EXPECT_NE(text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), std::string::npos);
}

TEST_F(DocumentDecoderTest, EncodingOptionOverridesDetection) {
  DecodeOptions vni;
  vni.encoding = TextEncoding::kVni;
  DecodedText forced = DecodeFixture("report-tcvn3.txt", vni);
  ASSERT_TRUE(forced.ok()) << forced.error;
  EXPECT_EQ(forced.encoding, "VNI");
  EXPECT_EQ(forced.text.find("Chỉ thị"), std::string::npos);  // read wrongly, as asked
  DecodeOptions tcvn3;
  tcvn3.encoding = TextEncoding::kTcvn3;
  EXPECT_EQ(DecodeFixture("report-tcvn3.txt", tcvn3).text, DecodeFixture("report-tcvn3.txt").text);
}

TEST_F(DocumentDecoderTest, ScannedPdfAsksForOcr) {
  DecodedText decoded = DecodeFixture("report-scanned.pdf");
  EXPECT_FALSE(decoded.ok());
  EXPECT_TRUE(decoded.error.starts_with("no text: needs OCR")) << decoded.error;
  EXPECT_EQ(decoded.format, "pdf");
}

TEST(DocumentFormatTest, FormatComesFromContentFirst) {
  EXPECT_EQ(DetectDocumentFormat("%PDF-1.7\n...", "bao-cao.txt"), DocumentFormat::kPdf);
  EXPECT_EQ(DetectDocumentFormat(std::string("PK\x03\x04", 4) + "rest", "bao-cao.pdf"),
            DocumentFormat::kDocx);
  EXPECT_EQ(DetectDocumentFormat("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old Word", "bao-cao.doc"),
            DocumentFormat::kDocx);
  EXPECT_EQ(DetectDocumentFormat("<p>Số: 12/BC-UBND</p>", "trang.HTM"), DocumentFormat::kHtml);
  EXPECT_EQ(DetectDocumentFormat("\xEF\xBB\xBF  <!-- saved -->\n<!DOCTYPE HTML><html>", "page"),
            DocumentFormat::kHtml);
  EXPECT_EQ(DetectDocumentFormat("Số: 12/BC-UBND <html> in text", "bao-cao.md"),
            DocumentFormat::kText);
}

// An OLE compound file that libgsf cannot open, or one without a
// WordDocument stream (an encrypted .docx), is not taken for a .doc.
TEST(DocumentFormatTest, OleFileThatIsNoWordDocumentSaysToSaveAsDocx) {
  DecodedText decoded = DecodeDocument(
      std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'), "bao-cao.doc");
  EXPECT_FALSE(decoded.ok());
  EXPECT_NE(decoded.error.find(".docx"), std::string::npos) << decoded.error;
}

// Every report of the corpus and every real archive text is UTF-8, and must
// come out exactly as it is (in NFC): detection never reads valid UTF-8 as a
// legacy encoding.
TEST(DocumentDecoderCorpusTest, Utf8FilesStayUtf8) {
  std::size_t files = 0;
  for (const char* folder : {"corpus", "tests/fixtures/real", "tests/fixtures/truth"}) {
    fs::path root = fs::path(LEXGRAPH_SOURCE_DIR) / folder;
    if (!fs::exists(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || (ext != ".md" && ext != ".txt")) continue;
      std::string bytes = Slurp(entry.path());
      DecodedText decoded = DecodeDocument(bytes, entry.path().string());
      ++files;
      ASSERT_TRUE(decoded.ok()) << entry.path() << ": " << decoded.error;
      EXPECT_EQ(decoded.encoding, "UTF-8") << entry.path();
      if (decoded.invalid_sequences == 0) {
        std::string_view body(bytes);
        if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
        EXPECT_EQ(decoded.text, Nfc(std::string(body))) << entry.path();
      }
    }
  }
  EXPECT_GE(files, 30u);
}

}  // namespace
}  // namespace lexgraph
