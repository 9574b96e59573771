// Tests of layout_noise.h: page-break markers and page numbers, HTML tags
// and the national motto, as its three readers (the folded text, the line
// reader of mention context, the header reader) recognise them.
#include "layout_noise.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "lexgraph/search_key.h"

namespace lexgraph {
namespace {

TEST(LayoutNoise, PageBreakMarkers) {
  struct Case {
    std::string_view line;
    bool marker;
  };
  static constexpr Case kCases[] = {
      {"--- PAGE BREAK ---", true},     {"=== page break ===", true},
      {"**Page Break**", true},         {"page break", true},
      {"PAGE BREAK 2", false},          {"--- PAGE  BREAK ---", false},
      {"page break page break", false}, {"", false},
  };
  for (const Case& c : kCases) EXPECT_EQ(IsPageBreakMarker(c.line), c.marker) << c.line;
}

TEST(LayoutNoise, PageNumbers) {
  EXPECT_TRUE(IsPageNumber("12"));
  EXPECT_TRUE(IsPageNumber("- 3 -"));
  EXPECT_FALSE(IsPageNumber("--"));            // no digit
  EXPECT_FALSE(IsPageNumber("123456789012"));  // too long for a page number
  EXPECT_FALSE(IsPageNumber("Trang 2"));
}

TEST(LayoutNoise, MarkupTags) {
  struct Case {
    std::string_view text;
    std::size_t length;
    bool breaks_line;
    bool ends_paragraph;
  };
  static constexpr Case kCases[] = {
      {"<p>BÁO CÁO", 3, true, true}, {"</P>", 4, true, true},
      {"<br/>x", 5, true, false},    {"<span class=x>y", 14, false, false},
      {"<h6>", 4, true, true},       {"< p>", 0, false, false},
      {"<1p>", 0, false, false},     {"<b x", 0, false, false},  // never closed
      {"<p <b>", 0, false, false},
  };
  for (const Case& c : kCases) {
    MarkupTag tag = MarkupTagAt(c.text, 0);
    EXPECT_EQ(tag.length, c.length) << c.text;
    EXPECT_EQ(tag.breaks_line, c.breaks_line) << c.text;
    EXPECT_EQ(tag.ends_paragraph, c.ends_paragraph) << c.text;
  }
  std::string long_tag = "<span title=\"" + std::string(300, 'x') + "\">";
  EXPECT_EQ(MarkupTagAt(long_tag, 0).length, 0u);
}

TEST(LayoutNoise, MottoLines) {
  EXPECT_TRUE(HoldsMottoLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  EXPECT_TRUE(HoldsMottoLine("**Độc lập - Tự do - Hạnh phúc**"));
  EXPECT_TRUE(HoldsMottoLine("ĐẢNG CỘNG SẢN VIỆT NAM"));
  EXPECT_FALSE(HoldsMottoLine("CỘNG HÒA"));
  EXPECT_FALSE(HoldsMottoLine("ỦY BAN NHÂN DÂN"));

  EXPECT_TRUE(IsMottoDebris(SearchKey("HỘI CHỦ NGHĨA")));
  EXPECT_TRUE(IsMottoDebris(SearchKey("VIỆT NAM")));
  EXPECT_FALSE(IsMottoDebris(SearchKey("NGÂN HÀNG NHÀ NƯỚC")));
  EXPECT_FALSE(IsMottoDebris(""));

  EXPECT_TRUE(NamesMotto("| cong hoa xa hoi |"));
  EXPECT_FALSE(NamesMotto("uy ban nhan dan"));
  EXPECT_TRUE(EndsMotto("doc lap - tu do - hanh phuc"));
  EXPECT_FALSE(EndsMotto("cong hoa xa hoi chu nghia viet nam"));
}

TEST(LayoutNoise, WhereTheMottoStartsInAHeaderLine) {
  constexpr std::string_view line = "uy ban nhan dan     cong hoa xa hoi chu nghia viet nam";
  EXPECT_EQ(FindMottoStart(line, 0), line.find("cong hoa"));
  // What OCR spared of "Độc lập - Tự do -": its two dashes.
  constexpr std::string_view ocr = "tinh quang tri eqc i$p - tq do - hanh";
  EXPECT_EQ(FindMottoStart(ocr, 0), ocr.find("eqc"));
  EXPECT_EQ(FindMottoStart("uy ban nhan dan", 0), std::string_view("uy ban nhan dan").size());
}

}  // namespace
}  // namespace lexgraph
