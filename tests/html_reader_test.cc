// html_reader_test.cc: ReadHtmlText on report pages: visible text only,
// line structure (blocks, table cells, inline tags), entities, navigation
// boilerplate, and the charset rules (BOM, meta, UTF-8, DecodeText).
#include "html_reader.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "lexgraph/text_decoder.h"
#include "test_support.h"

namespace lexgraph {
namespace {

using namespace std::string_literals;
using testing::Nfc;
using testing::ReadSourceFile;

// Expects `html` to read as `text`.
void ExpectText(std::string_view html, std::string_view text) {
  const FormatText result = ReadHtmlText(html);
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.text, text);
}

// What the reader must make of portal-page.html: the article only.
constexpr std::string_view kPortalText =
    "Báo cáo kết quả 5 năm thực hiện Chỉ thị số 05-CT/TW\n"
    "Ngày đăng: 10/06/2021\n"
    "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
    "tư "
    "tưởng, đạo đức, phong cách Hồ Chí Minh; căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của "
    "Chính "
    "phủ về công tác văn thư, Ủy ban nhân dân tỉnh báo cáo như sau:\n"
    "STT\n"
    "Văn bản\n"
    "Cơ quan ban hành\n"
    "1\n"
    "Nghị định số 30/2020/NĐ-CP\n"
    "Chính phủ\n"
    "2\n"
    "Quyết định số 41/2019/QĐ-UBND\n"
    "Ủy ban nhân dân tỉnh\n"
    "Nơi nhận:\n"
    "- Bộ Nội vụ;\n"
    "- Lưu: VT.\n"
    "Tác giả: Văn phòng UBND tỉnh\n";

TEST(HtmlReaderTest, PortalPageGivesTheArticleOnly) {
  const FormatText result = ReadHtmlText(ReadSourceFile("tests/fixtures/formats/portal-page.html"));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.text, kPortalText);
  EXPECT_EQ(result.encoding, "UTF-8");
  for (std::string_view absent :
       {"99-CT/TW", "99/2099/NĐ-CP", "77/2077/QĐ-UBND", "88/2088/QĐ-UBND", "Trang chủ", "Tìm kiếm",
        "Tất cả", "Tin liên quan", "Cơ quan chủ quản", "Điện thoại", "JavaScript", "Cổng thông tin",
        "CỔNG THÔNG TIN"}) {
    EXPECT_EQ(result.text.find(absent), std::string::npos) << absent;
  }
}

TEST(HtmlReaderTest, Windows1258CopyOfThePortalPageReadsTheSame) {
  const std::string bytes = ReadSourceFile("tests/fixtures/formats/portal-page-cp1258.html");
  // iconv wrote the tones as combining marks after the letter: "ế" is ê
  // (0xEA) and the acute (0xEC); the file is not UTF-8.
  ASSERT_NE(bytes.find("Quy\xEA\xEC"
                       "t \xF0i\xF2nh s\xF4\xEC 41/2019/Q\xD0-UBND"),
            std::string::npos);
  const FormatText result = ReadHtmlText(bytes);
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.encoding, "windows-1258");
  EXPECT_NE(result.text, kPortalText);  // decomposed, NFC is the decoder's job
  EXPECT_EQ(Nfc(result.text), kPortalText);
}

TEST(HtmlReaderTest, ScriptStyleAndHeadAreNotText) {
  ExpectText(
      "<html><head><title>Chỉ thị 01-CT/TW</title><style>p:before { content: 'Chỉ thị 98-CT/TW' "
      "}</style></head>"
      "<body><p>Căn cứ Nghị định số 30/2020/NĐ-CP.</p>"
      "<script>var s = \"Chỉ thị 99-CT/TW\"; if (a < b && c > d) s += '</p>';</script>"
      "<noscript>Chỉ thị 97-CT/TW</noscript><template><p>Chỉ thị 96-CT/TW</p></template>"
      "<svg><text>Chỉ thị 95-CT/TW</text></svg><iframe src=\"x\">Chỉ thị 94-CT/TW</iframe>"
      "<select><option>Chỉ thị 93-CT/TW</option></select></body></html>",
      "Căn cứ Nghị định số 30/2020/NĐ-CP.\n");
}

TEST(HtmlReaderTest, InlineTagsDoNotSplitACitation) {
  ExpectText(
      "<p>Thực hiện <a href=\"/cd/05\">Chỉ thị số <b>05-CT/TW</b></a> ngày <span "
      "class=\"d\">15/5/2016</span> "
      "của <font color=\"red\"><i>Bộ Chính trị</i></font><sup>1</sup>, <em>Nghị định</em> "
      "<strong>số 30/2020/<u>NĐ-CP</u></strong></p>",
      "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị1, Nghị định số "
      "30/2020/NĐ-CP\n");
  // No space in the markup, none in the text.
  ExpectText("<p><b>Quyết định</b> số 41/2019/<span>QĐ</span>-UBND</p>",
             "Quyết định số 41/2019/QĐ-UBND\n");
}

TEST(HtmlReaderTest, TableCellsAreLinesOfTheirOwn) {
  ExpectText(
      "<table><tr><td>Quyết định số 41/2019/QĐ-UBND</td><td>Ủy ban nhân dân tỉnh</td></tr>"
      "<tr><th>Nghị định số 30/2020/NĐ-CP<th>Chính phủ</table>",
      "Quyết định số 41/2019/QĐ-UBND\nỦy ban nhân dân tỉnh\nNghị định số 30/2020/NĐ-CP\nChính "
      "phủ\n");
}

TEST(HtmlReaderTest, BlocksEndLinesAndWhiteSpaceCollapses) {
  ExpectText(
      "<div>\n   Căn cứ\n\tNghị định    số 30/2020/NĐ-CP  </div>"
      "<h2>Kết quả</h2><ul><li>Chỉ thị số 05-CT/TW</li><li> Quyết định số 41/2019/QĐ-UBND "
      "</li></ul>"
      "<br><br><br><p>Nơi nhận:<br>- Như trên;</p>",
      "Căn cứ Nghị định số 30/2020/NĐ-CP\nKết quả\nChỉ thị số 05-CT/TW\nQuyết định số "
      "41/2019/QĐ-UBND\n\n"
      "Nơi nhận:\n- Như trên;\n");
}

TEST(HtmlReaderTest, PreKeepsItsSpacesAndLines) {
  ExpectText("<pre>Số:   123/BC-UBND\n\n\n  Căn cứ  Nghị định số 30/2020/NĐ-CP</pre><p>a  b</p>",
             "Số:   123/BC-UBND\n\nCăn cứ  Nghị định số 30/2020/NĐ-CP\na b\n");
}

TEST(HtmlReaderTest, EntitiesAreDecoded) {
  ExpectText(
      "<p>Sở Tư pháp &amp; Sở Nội vụ:&nbsp;Nghị định&nbsp;&nbsp;số&#160;30/2020/NĐ-CP; "
      "Quy&#7871;t định số 41/2019/QĐ-UBND; Ngh&#x1ECB; quyết &lt;số&gt; &quot;05&quot;</p>",
      "Sở Tư pháp & Sở Nội vụ: Nghị định số 30/2020/NĐ-CP; Quyết định số 41/2019/QĐ-UBND; "
      "Nghị quyết <số> \"05\"\n");
}

TEST(HtmlReaderTest, HiddenElementsAreSkipped) {
  ExpectText(
      "<p>Căn cứ Nghị định số 30/2020/NĐ-CP</p><p hidden>Quyết định số 88/2088/QĐ-UBND</p>"
      "<div style=\"color: red; DISPLAY : None\">Chỉ thị số 99-CT/TW</div>"
      "<p>Quyết định số 41/2019/QĐ-UBND<span style=\"visibility:hidden\"> (nháp)</span></p>",
      "Căn cứ Nghị định số 30/2020/NĐ-CP\nQuyết định số 41/2019/QĐ-UBND\n");
}

TEST(HtmlReaderTest, NavigationIsSkippedWhenThePageHasABody) {
  ExpectText(
      "<body><div role=\"banner\">UBND TỈNH QUẢNG TRỊ - CỔNG THÔNG TIN</div>"
      "<ul role=\"navigation\"><li>Trang chủ</li><li>Văn bản</li></ul>"
      "<nav>Giới thiệu</nav><div class=\"content\"><p>Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 "
      "của Bộ "
      "Chính trị, Ủy ban nhân dân tỉnh báo cáo như sau.</p></div><aside>Văn bản mới</aside>"
      "<div role=\"contentinfo\">Bản quyền thuộc UBND tỉnh</div></body>",
      "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ủy ban nhân dân tỉnh báo cáo "
      "như sau.\n");
}

TEST(HtmlReaderTest, NavigationIsKeptWhenItWrapsThePage) {
  // The portal put the whole report inside its header: skipping it would
  // leave only the footer line, less than a fifth of the text.
  ExpectText(
      "<body><header><h1>Báo cáo số 123/BC-UBND</h1><p>Căn cứ Nghị định số 30/2020/NĐ-CP ngày "
      "05/3/2020 "
      "của Chính phủ về công tác văn thư.</p></header><footer>Liên hệ</footer></body>",
      "Báo cáo số 123/BC-UBND\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về "
      "công tác văn "
      "thư.\nLiên hệ\n");
}

TEST(HtmlReaderTest, MetaCharsetWindows1258) {
  const FormatText result = ReadHtmlText(
      "<html><head><meta charset=\"windows-1258\"></head><body><p>Quy\xEA\xEC"
      "t \xF0i\xF2nh s\xF4\xEC 41/2019/Q\xD0-UBND</p></body></html>");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.encoding, "windows-1258");
  EXPECT_EQ(Nfc(result.text), "Quyết định số 41/2019/QĐ-UBND\n");
}

TEST(HtmlReaderTest, MetaCharsetAfterAVietnameseTitle) {
  // libxml2 alone reads this page as ISO-8859-1: the title's bytes come
  // before the meta.
  const FormatText result = ReadHtmlText(
      "<html><head><title>B\xC1O C\xC1O</title><meta "
      "charset=\"windows-1258\"></head><body><p>Th\xFD\xF2"
      "c hi\xEA\xF2n Chi\xD2 thi\xF2 s\xF4\xEC 05-CT/TW</p></body></html>");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.encoding, "windows-1258");
  EXPECT_EQ(Nfc(result.text), "Thực hiện Chỉ thị số 05-CT/TW\n");
}

TEST(HtmlReaderTest, HttpEquivWindows1252AndIso88591) {
  const FormatText cp1252 = ReadHtmlText(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=windows-1252\"></head>"
      "<body><p>\x93"
      "Caf\xE9\x94 \x96 S\xF4 30</p></body></html>");
  ASSERT_TRUE(cp1252.ok()) << cp1252.error;
  EXPECT_EQ(cp1252.encoding, "windows-1252");
  EXPECT_EQ(cp1252.text, "“Café” – Sô 30\n");
  // Browsers read ISO-8859-1 as windows-1252: 0x93 is a quote, not a C1
  // control.
  const FormatText latin1 = ReadHtmlText(
      "<html><head><META HTTP-EQUIV=\"content-type\" "
      "CONTENT=\"text/html;charset=ISO-8859-1\"></head>"
      "<body><p>\x93"
      "Caf\xE9\x94</p></body></html>");
  ASSERT_TRUE(latin1.ok()) << latin1.error;
  EXPECT_EQ(latin1.encoding, "windows-1252");
  EXPECT_EQ(latin1.text, "“Café”\n");
}

TEST(HtmlReaderTest, TextInLegacyFontsIsConverted) {
  // A page of 2003: TCVN3 bytes in .VnTime (capitals in .VnTimeH), VNI bytes
  // in VNI-Times, declared Windows-1252; an Arial paragraph is left alone.
  const FormatText page = ReadHtmlText(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=windows-1252\"></head>"
      "<body><p><font face=\".VnTimeH\">b\xB8o c\xB8o</font></p>"
      "<p><font face=\".VnTime, serif\">Th\xF9"
      "c hi\xD6n <b>Ch\xD8 th\xDE s\xE8 05-CT/TW</b> c\xF1"
      "a B\xE9 "
      "Ch\xDDnh tr\xDE</font></p>"
      "<p style=\"font-family: 'VNI-Times'\">Quye\xE1t \xF1\xF2nh so\xE1 41/2019/Q\xD1-UBND</p>"
      "<p style=\"font-family: Arial\">Caf\xE9</p></body></html>");
  ASSERT_TRUE(page.ok()) << page.error;
  EXPECT_EQ(Nfc(page.text),
            "BÁO CÁO\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị\nQuyết định số "
            "41/2019/QĐ-UBND\nCafé\n");
}

TEST(HtmlReaderTest, ByteIconvCannotConvertDoesNotCutThePage) {
  // 0x81 has no character in windows-1258: glibc's iconv refuses it, and
  // libxml2 would drop the rest of the page there. Read as browsers read
  // it (the WHATWG table): U+0081, and the page goes on.
  const FormatText result = ReadHtmlText(
      "<meta charset=\"windows-1258\"><p>a \x81 b</p><p>Quy\xEA\xEC"
      "t \xF0i\xF2nh s\xF4\xEC 41/2019/Q\xD0-UBND</p>");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(Nfc(result.text), "a \xC2\x81 b\nQuyết định số 41/2019/QĐ-UBND\n");
}

TEST(HtmlReaderTest, ValidUtf8WinsOverAStaleLegacyMeta) {
  const FormatText result =
      ReadHtmlText("<meta charset=\"windows-1258\"><p>Quyết định số 41/2019/QĐ-UBND</p>");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.encoding, "UTF-8");
  EXPECT_EQ(result.text, "Quyết định số 41/2019/QĐ-UBND\n");
}

TEST(HtmlReaderTest, AsciiPageReportsItsDeclaredCharset) {
  const FormatText result =
      ReadHtmlText("<meta charset=\"windows-1258\"><p>Quy&#7871;t 41/2019</p>");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.encoding, "windows-1258");
  EXPECT_EQ(result.text, "Quyết 41/2019\n");
}

TEST(HtmlReaderTest, NoCharsetUtf8IsUtf8) {
  // libxml2 given no encoding would read these bytes as ISO-8859-1.
  const FormatText result = ReadHtmlText("<html><body><p>Chỉ thị số 05-CT/TW</p></body></html>");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.encoding, "UTF-8");
  EXPECT_EQ(result.text, "Chỉ thị số 05-CT/TW\n");
}

TEST(HtmlReaderTest, NoCharsetNonUtf8BytesGoThroughDecodeText) {
  const std::string paragraph =
      "Quy\xEA\xEC"
      "t \xF0i\xF2nh s\xF4\xEC 41/2019/Q\xD0-UBND cu\xD2"
      "a U\xD2"
      "y ban nh\xE2n "
      "d\xE2n ti\xD2nh";
  const FormatText result = ReadHtmlText("<html><body><p>" + paragraph + "</p></body></html>");
  ASSERT_TRUE(result.ok()) << result.error;
  const DecodedText decoded = DecodeText(paragraph);
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  EXPECT_EQ(result.text, decoded.text + "\n");
  EXPECT_EQ(result.encoding, decoded.encoding.empty() ? "UTF-8" : decoded.encoding);
  // DecodeText tells Windows-1258 from TCVN3 and VNI by the syllables.
  EXPECT_EQ(result.encoding, "windows-1258");
  EXPECT_EQ(result.text, "Quyết định số 41/2019/QĐ-UBND của Ủy ban nhân dân tỉnh\n");
}

TEST(HtmlReaderTest, DeclaredUtf8ThatIsNotGoesThroughDecodeText) {
  const std::string paragraph =
      "Quy\xEA\xEC"
      "t \xF0i\xF2nh s\xF4\xEC 41/2019/Q\xD0-UBND";
  const FormatText result = ReadHtmlText("<meta charset=\"utf-8\"><p>" + paragraph + "</p>");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.text, DecodeText(paragraph).text + "\n");
}

TEST(HtmlReaderTest, ByteOrderMarks) {
  const FormatText utf8 =
      ReadHtmlText("\xEF\xBB\xBF<meta charset=\"windows-1258\"><p>Chỉ thị số 05-CT/TW</p>");
  ASSERT_TRUE(utf8.ok()) << utf8.error;
  EXPECT_EQ(utf8.encoding, "UTF-8");
  EXPECT_EQ(utf8.text, "Chỉ thị số 05-CT/TW\n");

  // A bad byte after a UTF-8 mark is one U+FFFD, not the end of the page.
  const FormatText repaired =
      ReadHtmlText("\xEF\xBB\xBF<p>Chỉ thị \xFF số 05-CT/TW</p><p>Nơi nhận</p>");
  ASSERT_TRUE(repaired.ok()) << repaired.error;
  EXPECT_EQ(repaired.text, "Chỉ thị \uFFFD số 05-CT/TW\nNơi nhận\n");

  const std::u16string html = u"<p>Chỉ thị số 05-CT/TW</p>";
  std::string le = "\xFF\xFE";
  for (char16_t unit : html) {
    le += static_cast<char>(unit & 0xFF);
    le += static_cast<char>(unit >> 8);
  }
  const FormatText utf16 = ReadHtmlText(le);
  ASSERT_TRUE(utf16.ok()) << utf16.error;
  EXPECT_EQ(utf16.encoding, "UTF-16LE");
  EXPECT_EQ(utf16.text, "Chỉ thị số 05-CT/TW\n");
}

TEST(HtmlReaderTest, PageWithoutVisibleTextIsAnError) {
  EXPECT_EQ(ReadHtmlText("").error, "no text in the HTML page");
  EXPECT_EQ(ReadHtmlText(" \r\n\t").error, "no text in the HTML page");
  EXPECT_EQ(
      ReadHtmlText("<html><head><title>Báo cáo</title></head><body>\n  <script>var a = 1;</script>"
                   "<p> &nbsp; </p><img src=\"scan.png\" alt=\"Báo cáo\"></body></html>")
          .error,
      "no text in the HTML page");
  const FormatText result = ReadHtmlText("<!-- Chỉ thị số 05-CT/TW -->");
  EXPECT_EQ(result.error, "no text in the HTML page");
  EXPECT_EQ(result.text, "");
}

TEST(HtmlReaderTest, BinaryDataIsRefused) {
  EXPECT_EQ(ReadHtmlText("PK\x03\x04\x14\x00\x06\x00"s).error,
            "not an HTML page: binary data (NUL bytes)");
}

TEST(HtmlReaderTest, SameOutputFromFourThreadsAtOnce) {
  const std::string utf8 = ReadSourceFile("tests/fixtures/formats/portal-page.html");
  const std::string cp1258 = ReadSourceFile("tests/fixtures/formats/portal-page-cp1258.html");
  const std::string expected_cp1258 = ReadHtmlText(cp1258).text;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        if (ReadHtmlText(utf8).text != kPortalText) ++wrong;
        if (ReadHtmlText(cp1258).text != expected_cp1258) ++wrong;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace lexgraph
