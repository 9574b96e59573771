// page_columns.h: where a scanned page set in two columns divides, so that
// OCR reads the left column whole before the right one.
//
// Tesseract's own layout analysis finds columns on most pages, but not on
// all: on a page whose two columns have lines at the same heights it reads
// each line of the left column on with the line beside it in the right
// column ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ 30/2020/NĐ-CP ngày 05/3/2020..."),
// which cuts every sentence and citation that wraps. A gutter is a band of
// the page's middle half, at least 1.5% of its width, that no ink crosses
// from top to bottom, with text on both sides over at least a fifth of the
// page's text lines each. The agency | motto heading of a one-column report
// is no gutter: the body's lines cross the middle. A last page holding only
// "Nơi nhận" and the signature block may be split, which reads them in the
// right order too.
//
// Pure function of the image; thread-safe.
#ifndef LEXGRAPH_INDEXER_PAGE_COLUMNS_H_
#define LEXGRAPH_INDEXER_PAGE_COLUMNS_H_

#include <optional>

struct Pix;

namespace lexgraph {

// The x (in `page`'s pixels) of the middle of the gutter between two
// columns, or nullopt for a page of one column. `page`: any depth.
std::optional<int> FindColumnGutter(Pix* page);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_PAGE_COLUMNS_H_
