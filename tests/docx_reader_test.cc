// docx_reader_test: ReadDocxText on small .docx packages zipped in memory
// from WordprocessingML written here, as Word writes it.
#include "docx_reader.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <deque>
#include <map>
#include <string>
#include <string_view>

#include "legacy_encoding.h"
#include "lexgraph/document_decoder.h"
#include "test_support.h"

namespace lexgraph {
namespace {

using testing::Nfc;

constexpr std::string_view kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/)"
    R"(vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

constexpr std::string_view kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14")";

// A zip of `parts` (name → content), as bytes.
std::string Zip(const std::map<std::string, std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  zip_source_keep(buffer);  // read it back after zip_close
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  std::string bytes;
  EXPECT_EQ(zip_source_open(buffer), 0);
  char chunk[4096];
  for (zip_int64_t got; (got = zip_source_read(buffer, chunk, sizeof chunk)) > 0;) {
    bytes.append(chunk, static_cast<std::size_t>(got));
  }
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

// A part's root element `root` holding `inner`.
std::string Part(std::string_view root, std::string_view inner) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         "\n<" +
         std::string(root) + std::string(kNamespaces) + ">" + std::string(inner) + "</" +
         std::string(root) + ">";
}

std::string Body(std::string_view paragraphs) {
  return Part("w:document",
              "<w:body>" + std::string(paragraphs) +
                  "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body>");
}

// A .docx whose body holds `paragraphs`, plus any `other` parts.
std::string Docx(std::string_view paragraphs, std::map<std::string, std::string> other = {}) {
  other["[Content_Types].xml"] = kContentTypes;
  other["word/document.xml"] = Body(paragraphs);
  return Zip(other);
}

std::string TextOf(const std::string& docx) {
  FormatText result = ReadDocxText(docx);
  EXPECT_TRUE(result.ok()) << result.error;
  return result.text;
}

std::string ErrorOf(std::string_view bytes) {
  FormatText result = ReadDocxText(bytes);
  EXPECT_TRUE(result.text.empty());
  return result.error;
}

TEST(DocxReaderTest, ParagraphsBecomeLinesAndSplitRunsJoin) {
  FormatText result = ReadDocxText(
      Docx(R"(<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>)"
           R"(<w:r><w:t xml:space="preserve">Thực hiện Chỉ thị số 05-CT/</w:t></w:r>)"
           R"(<w:r><w:rPr><w:b/></w:rPr><w:t>TW</w:t></w:r>)"
           R"(<w:r><w:t xml:space="preserve"> ngày 15/5/2016 của Bộ Chính trị</w:t></w:r></w:p>)"
           R"(<w:p/>)"
           R"(<w:p><w:r><w:t>Căn cứ</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>)"
           R"(<w:r><w:t>Nghị định số 30/2020/NĐ-CP</w:t></w:r></w:p>)"));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.text,
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị\n"
            "\n"
            "Căn cứ Nghị định số 30/2020/NĐ-CP\n");
  EXPECT_EQ(result.encoding, "UTF-8");
}

TEST(DocxReaderTest, TabsBreaksAndHyphens) {
  EXPECT_EQ(TextOf(Docx(R"(<w:p><w:r><w:t>Số:</w:t><w:tab/><w:t>12/BC-UBND</w:t>)"
                        R"(<w:br/><w:t>Hà Nội</w:t><w:cr/><w:t>ngày 3/1/2022</w:t></w:r></w:p>)"
                        R"(<w:p><w:r><w:t>05</w:t><w:noBreakHyphen/><w:t>CT/TW</w:t>)"
                        R"(<w:t xml:space="preserve"> chỉ</w:t><w:softHyphen/><w:t>đạo</w:t>)"
                        R"(<w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>)")),
            "Số:\t12/BC-UBND\nHà Nội\nngày 3/1/2022\n05-CT/TW chỉđạo\n");
}

TEST(DocxReaderTest, TableCellsInRowOrderWithNestedTables) {
  std::string cell_a = R"(<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>)"
                       R"(<w:p><w:r><w:t>Luật số 77/2015/QH13</w:t></w:r></w:p></w:tc>)";
  std::string nested =
      R"(<w:tc><w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid>)"
      R"(<w:tr><w:tc><w:p><w:r><w:t>Thông tư 01/2021/TT-BNV</w:t></w:r></w:p></w:tc>)"
      R"(</w:tr></w:tbl><w:p/></w:tc>)";
  std::string table = R"(<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>)"
                      R"(<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>)"
                      "<w:tr>" +
                      cell_a +
                      R"(<w:tc><w:p><w:r><w:t>Nghị định 30/2020/NĐ-CP</w:t></w:r></w:p>)"
                      R"(<w:p><w:r><w:t>Quyết định 15/QĐ-TTg</w:t></w:r></w:p></w:tc></w:tr>)"
                      "<w:tr>" +
                      nested + "</w:tr></w:tbl>";
  EXPECT_EQ(TextOf(Docx("<w:p><w:r><w:t>Trước bảng</w:t></w:r></w:p>" + table +
                        "<w:p><w:r><w:t>Sau bảng</w:t></w:r></w:p>")),
            "Trước bảng\nLuật số 77/2015/QH13\nNghị định 30/2020/NĐ-CP\nQuyết định 15/QĐ-TTg\n"
            "Thông tư 01/2021/TT-BNV\n\nSau bảng\n");
}

TEST(DocxReaderTest, DeletedTextLeftOutInsertedTextKept) {
  EXPECT_EQ(TextOf(Docx(
                R"(<w:p><w:r><w:t xml:space="preserve">Căn cứ Nghị định số </w:t></w:r>)"
                R"(<w:del w:id="1" w:author="A"><w:r><w:delText>29/2019</w:delText></w:r></w:del>)"
                R"(<w:ins w:id="2" w:author="A"><w:r><w:t>30/2020</w:t></w:r></w:ins>)"
                R"(<w:r><w:t>/NĐ-CP</w:t></w:r>)"
                R"(<w:moveFrom w:id="3" w:author="A"><w:r><w:t>cũ</w:t></w:r></w:moveFrom>)"
                R"(</w:p>)")),
            "Căn cứ Nghị định số 30/2020/NĐ-CP\n");
}

TEST(DocxReaderTest, FieldResultKeptInstructionLeftOut) {
  EXPECT_EQ(
      TextOf(Docx(
          R"(<w:p><w:r><w:t xml:space="preserve">Xem </w:t></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
          R"(<w:r><w:instrText xml:space="preserve"> HYPERLINK "http://vbpl.vn/x" </w:instrText></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
          R"(<w:r><w:t>Luật số 77/2015/QH13</w:t></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
          R"(<w:r><w:t xml:space="preserve">, trang </w:t></w:r>)"
          R"(<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>)")),
      "Xem Luật số 77/2015/QH13, trang 3\n");
}

TEST(DocxReaderTest, HyperlinksSmartTagsAndContentControlsIncluded) {
  EXPECT_EQ(
      TextOf(Docx(R"(<w:p><w:hyperlink r:id="rId5" xmlns:r="urn:r"><w:r><w:t>Chỉ thị số )"
                  R"(05-CT/TW</w:t></w:r></w:hyperlink><w:smartTag w:element="date">)"
                  R"(<w:smartTagPr><w:attr w:name="Day" w:val="15"/></w:smartTagPr>)"
                  R"(<w:r><w:t xml:space="preserve"> ngày 15/5/2016</w:t></w:r></w:smartTag></w:p>)"
                  R"(<w:sdt><w:sdtPr><w:alias w:val="Số hiệu"/><w:text/></w:sdtPr>)"
                  R"(<w:sdtContent><w:p><w:r><w:t>Số: 45/BC-UBND</w:t></w:r></w:p>)"
                  R"(</w:sdtContent></w:sdt>)")),
      "Chỉ thị số 05-CT/TW ngày 15/5/2016\nSố: 45/BC-UBND\n");
}

TEST(DocxReaderTest, TextBoxInAlternateContentReadOnce) {
  std::string box = R"(<w:txbxContent><w:p><w:r><w:t>Kết luận số 01-KL/TW</w:t></w:r></w:p>)"
                    R"(</w:txbxContent>)";
  EXPECT_EQ(TextOf(Docx(R"(<w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent>)"
                        R"(<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>)" +
                        box +
                        R"(</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>)"
                        R"(<v:shape><v:textbox>)" +
                        box +
                        R"(</v:textbox></v:shape></w:pict></mc:Fallback>)"
                        R"(</mc:AlternateContent></w:r></w:p>)"
                        R"(<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape>)"
                        R"(<v:textbox><w:txbxContent><w:p><w:r><w:t>Chỉ có Fallback</w:t>)"
                        R"(</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>)"
                        R"(</mc:Fallback></mc:AlternateContent></w:r></w:p>)")),
            "TrướcKết luận số 01-KL/TW\n\nChỉ có Fallback\n\n");
}

TEST(DocxReaderTest, HeadersBeforeBodyNotesAndFootersAfter) {
  auto paragraph = [](std::string_view text) {
    return "<w:p><w:r><w:t>" + std::string(text) + "</w:t></w:r></w:p>";
  };
  std::map<std::string, std::string> parts = {
      {"word/header1.xml", Part("w:hdr", paragraph("ỦY BAN NHÂN DÂN"))},
      {"word/header10.xml", Part("w:hdr", paragraph("Trang đầu 10"))},
      {"word/header2.xml", Part("w:hdr", paragraph("Trang chẵn 2"))},
      {"word/footer1.xml", Part("w:ftr", paragraph("Nơi nhận: Bộ Nội vụ"))},
      {"word/footnotes.xml",
       Part("w:footnotes",
            R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>)"
            R"(</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>)"
            R"(<w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p>)"
            R"(<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Theo Nghị quyết )"
            R"(số 18-NQ/TW</w:t></w:r></w:p></w:footnote>)")},
      {"word/endnotes.xml",
       Part("w:endnotes", R"(<w:endnote w:type="separator" w:id="-1">)"
                          R"(<w:p><w:r><w:t>---</w:t></w:r></w:p></w:endnote>)"
                          R"(<w:endnote w:id="1">)" +
                              paragraph("Luật 77/2015/QH13") + "</w:endnote>")},
  };
  EXPECT_EQ(TextOf(Docx(paragraph("BÁO CÁO Kết quả thực hiện"), parts)),
            "ỦY BAN NHÂN DÂN\nTrang chẵn 2\nTrang đầu 10\nBÁO CÁO Kết quả thực hiện\n"
            " Theo Nghị quyết số 18-NQ/TW\nLuật 77/2015/QH13\nNơi nhận: Bộ Nội vụ\n");
}

TEST(DocxReaderTest, OtherNamespacePrefixesRead) {
  std::string document =
      R"(<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0=)"
      R"("http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p>)"
      R"(<ns0:r><ns0:t>Quyết định 15/QĐ-TTg</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>)";
  EXPECT_EQ(TextOf(Zip({{"[Content_Types].xml", std::string(kContentTypes)},
                        {"word/document.xml", document}})),
            "Quyết định 15/QĐ-TTg\n");
}

TEST(DocxReaderTest, LegacyFontRunsConvertedToUnicode) {
  if (!LegacyFontOf(".VnTime")) GTEST_SKIP() << "legacy_encoding.cc not implemented yet";
  std::string styles = Part(
      "w:styles",
      R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman")"
      R"( w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>)"
      R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>)"
      R"(</w:style><w:style w:type="paragraph" w:styleId="Cu"><w:rPr><w:rFonts w:ascii=".VnTime")"
      R"( w:hAnsi=".VnTime"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="CuDam">)"
      R"(<w:basedOn w:val="Cu"/><w:rPr><w:b/></w:rPr></w:style>)");
  std::string paragraphs =
      R"(<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>)"
      "<w:t>Ch\u00d8 th\u00de</w:t></w:r>"
      R"(<w:r><w:t xml:space="preserve"> số 05-CT/TW</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:rPr><w:rFonts w:hAnsi=".VnTimeH"/></w:rPr>)"
      "<w:t>B\u00b8O C\u00b8O</w:t></w:r></w:p>"
      R"(<w:p><w:pPr><w:pStyle w:val="CuDam"/></w:pPr><w:r>)"
      "<w:t>Ch\u00d8 th\u00de</w:t></w:r>"
      R"(<w:r><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr><w:t xml:space="preserve"> Chỉ thị</w:t>)"
      R"(</w:r></w:p>)";
  EXPECT_EQ(TextOf(Docx(paragraphs, {{"word/styles.xml", styles}})),
            "Chỉ thị số 05-CT/TW\nBÁO CÁO\nChỉ thị Chỉ thị\n");
}

TEST(DocxReaderTest, LegacyTextSplitAcrossRunsIsReadTogether) {
  // VNI puts a letter's marks in bytes after it; Word split the run between
  // "Vie" and "ät" (an edit), and between "Th" and the soft hyphen that is
  // TCVN3's "ư".
  std::string vni = R"(<w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr>)";
  std::string abc = R"(<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>)";
  std::string paragraphs =
      "<w:p><w:r>" + vni +
      "<w:t xml:space=\"preserve\">Coäng hoøa xaõ hoäi chuû nghóa Vie</w:t></w:r>"
      "<w:r>" +
      vni +
      "<w:t>ät Nam</w:t></w:r></w:p>"
      "<w:p><w:r>" +
      abc +
      "<w:t xml:space=\"preserve\">Ban Th</w:t></w:r>"
      "<w:r>" +
      abc + "<w:softHyphen/></w:r><w:r>" + abc + "<w:t>\u00eang v\u00f4</w:t></w:r></w:p>";
  EXPECT_EQ(Nfc(TextOf(Docx(paragraphs))), "Cộng hòa xã hội chủ nghĩa Việt Nam\nBan Thường vụ\n");
}

TEST(DocxReaderTest, NotAZipIsAnError) {
  EXPECT_EQ(ErrorOf("Thực hiện Chỉ thị số 05-CT/TW"),
            "not a Word document (.docx): not a zip archive");
  EXPECT_EQ(ErrorOf(""), "not a Word document (.docx): not a zip archive");
}

TEST(DocxReaderTest, ZipWithoutDocumentXmlIsAnError) {
  std::string odt = Zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                         {"content.xml", "<office:document-content/>"}});
  EXPECT_EQ(ErrorOf(odt), "not a Word document (.docx): word/document.xml missing");
}

TEST(DocxReaderTest, OleCompoundFileIsPasswordProtectedOrOldWord) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.append(504, '\0');
  EXPECT_EQ(ErrorOf(ole), "password-protected or old Word (.doc) file: save it as .docx");
}

TEST(DocxReaderTest, MalformedXmlIsAnError) {
  std::string docx = Zip({{"[Content_Types].xml", std::string(kContentTypes)},
                          {"word/document.xml", Body("<w:p><w:r><w:t>Căn cứ</w:r></w:p>")}});
  EXPECT_EQ(ErrorOf(docx), "damaged Word document: Start-end tags mismatch in word/document.xml");
}

TEST(DocxReaderTest, MalformedFooterIsAnError) {
  std::string docx = Docx("<w:p><w:r><w:t>Căn cứ</w:t></w:r></w:p>",
                          {{"word/footer1.xml", "<w:ftr><w:p></w:ftr"}});
  EXPECT_EQ(ErrorOf(docx).rfind("damaged Word document: ", 0), 0u);
  EXPECT_TRUE(ErrorOf(docx).ends_with(" in word/footer1.xml")) << ErrorOf(docx);
}

TEST(DocxReaderTest, DocumentWithoutTextIsAnError) {
  EXPECT_EQ(ErrorOf(Docx("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>")),
            "no text in the Word document");
  EXPECT_EQ(ErrorOf(Docx(R"(<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>Chỉ thị)"
                         R"(</w:delText></w:r></w:del></w:p>)")),
            "no text in the Word document");
}

// Found with tests/fuzz/document_decoder_fuzzer's UTF-8 check: pugixml does
// not check that the XML is UTF-8, and the bytes reached the extractor as
// they were.
TEST(DocxReaderTest, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  std::string docx = Docx("<w:p><w:r><w:t>Ch\xFF th\xC3 05-CT/TW</w:t></w:r></w:p>");
  DecodedText decoded = DecodeDocument(docx, "bao-cao.docx");
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  EXPECT_EQ(decoded.text, "Ch\uFFFD th\uFFFD 05-CT/TW\n");
  EXPECT_EQ(decoded.invalid_sequences, 2u);
}

}  // namespace
}  // namespace lexgraph
