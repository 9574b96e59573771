// section_headings.h: which lines of a report are headings of its sections,
// and which lines each heading wraps onto.
//
// A heading line is one of: a Markdown heading ("## II. KẾT QUẢ"); a
// Roman-numeral section ("I. ĐÁNH GIÁ", "II. Kết quả thực hiện"); "Điều 1.
// ...", "Phần thứ nhất", "Chương II", "Mục 1"; a short numbered or lettered
// line that stands alone ("1. Công tác tuyên truyền", "2.1. Về ...", "đ) Bộ
// Công an:") and does not end like a sentence (".", ";", ",", "như sau:");
// a short line wholly in capitals ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020",
// "BÁO CÁO") that is not one of the lines of a paragraph; a short line
// wholly in bold ("**Về công tác dân vận**"). Lines with the national motto
// ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") or
// "ĐẢNG CỘNG SẢN VIỆT NAM" are never headings. A heading that wraps onto
// more capital lines ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ") is one heading
// block, and so is a document title with the lines of its subject ("BÁO
// CÁO\nKết quả thực hiện công tác dân vận năm 2020"); a block has at most
// four lines.
//
// Pure function of its input; thread-safe.
#ifndef LEXGRAPH_INDEXER_SECTION_HEADINGS_H_
#define LEXGRAPH_INDEXER_SECTION_HEADINGS_H_

#include <cstddef>
#include <vector>

#include "line_layout.h"

namespace lexgraph::layout {

struct HeadingBlock {
  std::size_t first = 0;  // its first and last line, as indices into the content lines
  std::size_t last = 0;
};

struct SectionHeadings {
  std::vector<int> block_of;         // per content line: its block in `blocks`, or -1
  std::vector<HeadingBlock> blocks;  // in text order
};

// The heading blocks of a report. `lines` are all its lines, `content` the
// indices of its content lines in `lines`, in order, and `gaps[j]` what lies
// between content line j and the one before.
SectionHeadings FindSectionHeadings(const std::vector<LineInfo>& lines,
                                    const std::vector<std::size_t>& content,
                                    const std::vector<Gap>& gaps);

}  // namespace lexgraph::layout

#endif  // LEXGRAPH_INDEXER_SECTION_HEADINGS_H_
