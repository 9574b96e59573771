// page_columns.cc: see page_columns.h.
#include "page_columns.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <vector>

#include "image_reader.h"  // PixPtr

namespace lexgraph {
namespace {

// Ink as 1, at a quarter of the resolution; a reduced pixel is ink when
// two of the four it stands for are, which drops a scan's speckles.
PixPtr InkAtQuarter(Pix* page) {
  PixPtr gray(pixConvertTo8(page, 0));
  if (!gray) return nullptr;
  PixPtr ink(pixThresholdToBinary(gray.get(), 128));
  if (!ink) return nullptr;
  PixPtr half(pixReduceRankBinary2(ink.get(), 2, nullptr));
  if (!half) return nullptr;
  return PixPtr(pixReduceRankBinary2(half.get(), 2, nullptr));
}

std::vector<int> Values(Numa* numa) {
  std::vector<int> values;
  if (!numa) return values;
  for (int i = 0, n = numaGetCount(numa); i < n; ++i) {
    l_int32 v = 0;
    numaGetIValue(numa, i, &v);
    values.push_back(v);
  }
  numaDestroy(&numa);
  return values;
}

// Whether row y of `ink` has ink in [from, to).
bool RowHasInk(Pix* ink, int y, int from, int to) {
  for (int x = from; x < to; ++x) {
    l_uint32 value = 0;
    pixGetPixel(ink, x, y, &value);
    if (value) return true;
  }
  return false;
}

}  // namespace

std::optional<int> FindColumnGutter(Pix* page) {
  if (!page) return std::nullopt;
  PixPtr ink = InkAtQuarter(page);
  if (!ink) return std::nullopt;
  const int width = pixGetWidth(ink.get()), height = pixGetHeight(ink.get());
  if (width < 64 || height < 64) return std::nullopt;
  std::vector<int> columns = Values(pixCountPixelsByColumn(ink.get()));
  if (static_cast<int>(columns.size()) != width) return std::nullopt;

  // The widest band of empty columns in the middle half.
  const int noise = std::max(1, height / 500);
  int best_from = 0, best_width = 0;
  for (int x = width / 4; x < width * 3 / 4;) {
    if (columns[x] > noise) {
      ++x;
      continue;
    }
    int from = x;
    while (x < width * 3 / 4 && columns[x] <= noise) ++x;
    if (x - from > best_width) best_from = from, best_width = x - from;
  }
  if (best_width * 1000 < width * 15) return std::nullopt;

  // Text on both sides: rows with ink left and right of it.
  const int gutter_end = best_from + best_width;
  int text_rows = 0, left_rows = 0, right_rows = 0;
  for (int y = 0; y < height; ++y) {
    bool left = RowHasInk(ink.get(), y, 0, best_from);
    bool right = RowHasInk(ink.get(), y, gutter_end, width);
    text_rows += left || right;
    left_rows += left;
    right_rows += right;
  }
  if (text_rows == 0 || left_rows * 5 < text_rows || right_rows * 5 < text_rows)
    return std::nullopt;
  return (best_from + best_width / 2) * 4;
}

}  // namespace lexgraph
