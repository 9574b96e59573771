#include "section_headings.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "folded_text.h"
#include "layout_noise.h"

namespace lexgraph::layout {
namespace {

// Limits of the heading rules, in bytes of the line without its marks.
constexpr std::size_t kMaxNumberedHeading = 150;
constexpr std::size_t kMaxShortLine = 80;  // a line this short ended its paragraph
constexpr std::size_t kMaxHeadingBlock = 600;
constexpr int kMaxHeadingLines = 4;

// A line that opens an enumeration ("1. Sửa đổi khoản 2 Điều 5 như sau:").
bool EndsLikeIntro(const LineInfo& line) {
  if (!line.ends_colon) return false;
  std::string_view body = line.body;
  std::size_t from = body.size() > 24 ? body.size() - 24 : 0;
  while (from < body.size() && IsContinuationByte(At(body, from))) ++from;
  std::string letters = FoldedLetters(body.substr(from));
  return letters.ends_with("nhusau") || letters.ends_with("sauday");
}

// The title of a document ("BÁO CÁO", "QUYẾT ĐỊNH"), whose subject follows it.
bool IsTitle(const LineInfo& line) {
  static constexpr std::string_view kTitles[] = {
      "baocao",  "quyetdinh", "kehoach", "thongbao",    "huongdan", "totrinh", "nghiquyet",
      "chithi",  "congvan",   "dean",    "chuongtrinh", "quydinh",  "quyche",  "ketluan",
      "thongtu", "nghidinh",  "bienban", "phuongan",    "dieule",   "giaymoi", "luat",
  };
  if (!line.all_upper || line.ends_colon || line.body.size() > 40) return false;
  std::string letters = FoldedLetters(line.body);
  return std::find(std::begin(kTitles), std::end(kTitles), letters) != std::end(kTitles);
}

}  // namespace

SectionHeadings FindSectionHeadings(const std::vector<LineInfo>& info,
                                    const std::vector<std::size_t>& content,
                                    const std::vector<Gap>& gaps) {
  auto at = [&](std::size_t j) -> const LineInfo& { return info[content[j]]; };
  auto joined = [&](std::size_t j) { return Joined(at(j - 1), at(j), gaps[j]); };
  auto stands_alone = [&](std::size_t j) {
    if (j + 1 == content.size() || !joined(j + 1)) return true;
    return gaps[j + 1] == Gap::kNone && at(j + 1).first == Case::kUpper &&
           at(j).body.size() <= kMaxShortLine;
  };
  auto is_heading_start = [&](std::size_t j) {
    const LineInfo& a = at(j);
    if (a.marker == Marker::kBullet || a.marker == Marker::kTable) return false;
    std::size_t n = a.body.size();
    bool heading = a.markdown_heading || a.marker == Marker::kArticle;
    if (!heading && a.marker == Marker::kRoman)
      heading = !(n > kMaxNumberedHeading && (a.ends_punct || a.ends_colon));
    if (!heading && (a.marker == Marker::kNumbered || a.marker == Marker::kLettered))
      heading = n <= kMaxNumberedHeading && !a.ends_punct && !EndsLikeIntro(a) && stands_alone(j);
    // A line in capitals, unless it is one of the lines of a paragraph: a
    // paragraph goes on from it in lower case, or a long line that ends no
    // sentence runs into it ("... và Thông tư số\n105/2020/TT-BTC.").
    if (!heading && a.all_upper) {
      bool goes_on = j + 1 < content.size() && gaps[j + 1] == Gap::kNone && joined(j + 1) &&
                     at(j + 1).first == Case::kLower;
      bool runs_in = j > 0 && gaps[j] == Gap::kNone && joined(j) && !at(j - 1).ends_terminal &&
                     !at(j - 1).ends_colon && !at(j - 1).all_upper &&
                     at(j - 1).body.size() > kMaxShortLine;
      heading = !goes_on && !runs_in;
    }
    if (!heading && a.bold) heading = n <= kMaxUpperHeading && !a.ends_punct && stands_alone(j);
    return heading && !HoldsMottoLine(a.body);
  };

  // Heading blocks: a heading line, with the lines it wraps onto.
  SectionHeadings headings;
  std::vector<int>& block = headings.block_of;
  block.assign(content.size(), -1);
  int blocks = 0;
  for (std::size_t j = 0; j < content.size(); ++j) {
    if (block[j] >= 0 || !is_heading_start(j)) continue;
    int id = blocks++;
    block[j] = id;
    std::size_t last = j;
    std::size_t bytes = at(j).body.size();
    bool title = IsTitle(at(j));
    bool upper = at(j).all_upper;
    for (int count = 1;
         count < kMaxHeadingLines && last + 1 < content.size() && gaps[last + 1] == Gap::kNone;
         ++count) {
      const LineInfo& b = at(last + 1);
      if (b.marker != Marker::kNone || b.markdown_heading ||
          bytes + b.body.size() > kMaxHeadingBlock)
        break;
      bool merge = (upper && b.all_upper) || (title && !b.ends_terminal && !b.ends_colon);
      if (!merge || HoldsMottoLine(b.body)) break;
      block[++last] = id;
      bytes += b.body.size();
    }
    headings.blocks.push_back({j, last});
  }
  return headings;
}

}  // namespace lexgraph::layout
