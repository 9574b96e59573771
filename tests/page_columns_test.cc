// FindColumnGutter on drawn pages: lines of "text" as black bars, laid out
// as a report's pages are.
#include "page_columns.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include "image_reader.h"  // PixPtr

namespace lexgraph {
namespace {

constexpr int kWidth = 2480, kHeight = 3508;  // A4 at 300 dpi

PixPtr WhitePage(int width = kWidth) {
  PixPtr page(pixCreate(width, kHeight, 8));
  pixSetAll(page.get());  // 255: white
  return page;
}

// Text lines 30 px high, 60 px apart, from x to x + width, from y down.
void Lines(Pix* page, int x, int width, int y, int count) {
  for (int i = 0; i < count; ++i) {
    Box* box = boxCreate(x, y + i * 60, width, 30);
    pixClearInRect(page, box);  // 0: black
    boxDestroy(&box);
  }
}

TEST(PageColumnsTest, TwoColumnsDivideAtTheGutter) {
  PixPtr page = WhitePage();
  Lines(page.get(), 200, 950, 300, 50);
  Lines(page.get(), 1330, 950, 300, 50);  // gutter 1150..1330
  std::optional<int> gutter = FindColumnGutter(page.get());
  ASSERT_TRUE(gutter);
  EXPECT_GT(*gutter, 1150);
  EXPECT_LT(*gutter, 1330);
}

TEST(PageColumnsTest, OneColumnReportWithItsTwoColumnHeadingIsOneColumn) {
  PixPtr page = WhitePage();
  Lines(page.get(), 200, 800, 200, 3);    // "ỦY BAN NHÂN DÂN / SỞ ..."
  Lines(page.get(), 1300, 900, 200, 3);   // the motto
  Lines(page.get(), 200, 2080, 500, 45);  // the body, across the page
  EXPECT_FALSE(FindColumnGutter(page.get()));
}

TEST(PageColumnsTest, ShortLinesOnOneSideAreNoColumns) {
  PixPtr page = WhitePage();
  Lines(page.get(), 200, 900, 300, 40);   // a list of short items, left
  Lines(page.get(), 1500, 700, 3000, 2);  // a page number and a date, right
  EXPECT_FALSE(FindColumnGutter(page.get())) << "the right side holds too little text";
}

TEST(PageColumnsTest, ScannerSpecklesDoNotCloseTheGutter) {
  PixPtr page = WhitePage();
  Lines(page.get(), 200, 950, 300, 50);
  Lines(page.get(), 1330, 950, 300, 50);
  for (int y = 100; y < kHeight - 100; y += 37) pixSetPixel(page.get(), 1240, y, 0);
  EXPECT_TRUE(FindColumnGutter(page.get()));
}

TEST(PageColumnsTest, BlankAndTinyPagesAreOneColumn) {
  PixPtr page = WhitePage();
  EXPECT_FALSE(FindColumnGutter(page.get()));
  PixPtr tiny(pixCreate(40, 40, 8));
  EXPECT_FALSE(FindColumnGutter(tiny.get()));
  EXPECT_FALSE(FindColumnGutter(nullptr));
}

}  // namespace
}  // namespace lexgraph
