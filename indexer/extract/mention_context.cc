#include "mention_context.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "context_cut.h"
#include "layout_noise.h"
#include "line_layout.h"
#include "section_headings.h"
#include "sentence_stops.h"

namespace lexgraph {
namespace {

using layout::At;
using layout::Gap;
using layout::IsContinuationByte;
using layout::kEllipsis;
using layout::Kind;
using layout::LineInfo;
using layout::SpaceLength;

constexpr std::size_t kNpos = std::string_view::npos;

// Line flags.
constexpr std::uint8_t kSkip = 1;         // blank, separator or page-break line: no content
constexpr std::uint8_t kBreakBefore = 2;  // no sentence runs into this line from the one before

std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Zero-width characters and the soft hyphen: dropped from the output.
std::size_t InvisibleLength(std::string_view s, std::size_t i) {
  unsigned char c = At(s, i);
  if (c == 0xC2 && At(s, i + 1) == 0xAD) return 2;
  if (c == 0xE2 && At(s, i + 1) == 0x80 && At(s, i + 2) >= 0x8B && At(s, i + 2) <= 0x8D) return 3;
  if (c == 0xEF && At(s, i + 1) == 0xBB && At(s, i + 2) == 0xBF) return 3;
  return 0;
}

}  // namespace

struct MentionContext::Cleaned {
  std::string text;
  std::size_t mark_begin = 0;  // where the marked span starts and ends in `text`
  std::size_t mark_end = 0;
};

MentionContext::MentionContext(std::string_view text, Reading reading) : text_(text) {
  std::vector<LineInfo> info;
  std::vector<Kind> kinds;
  int page_number_window = 0;  // lines after a page-break marker that may hold the page number
  for (std::size_t pos = 0;;) {
    // The line ends at a new line or at an HTML block tag ("<p>", "<br>").
    std::size_t newline = text.find('\n', pos);
    std::size_t raw_end = newline == kNpos ? text.size() : newline;
    std::size_t next = newline == kNpos ? kNpos : newline + 1;
    bool paragraph = false;
    std::string_view upto = text.substr(0, raw_end);
    for (std::size_t q = pos; (q = upto.find('<', q)) != kNpos;) {
      MarkupTag tag = MarkupTagAt(text, q);
      paragraph = tag.ends_paragraph;
      if (tag.breaks_line) {
        raw_end = q;
        next = q + tag.length;
        break;
      }
      q += std::max<std::size_t>(tag.length, 1);
    }
    Line line;
    line.begin = pos;
    LineInfo li;
    Kind kind =
        layout::AnalyzeLine(text, pos, raw_end, &line.start, &line.marker_end, &line.end, &li);
    if (kind == Kind::kPageBreak) {
      page_number_window = 3;
    } else if (page_number_window > 0) {
      if (kind == Kind::kBlank) {
        --page_number_window;
      } else {
        if (IsPageNumber(li.raw)) kind = Kind::kPageBreak;
        page_number_window = 0;
      }
    }
    if (kind != Kind::kContent) line.flags |= kSkip;
    lines_.push_back(line);
    info.push_back(li);
    kinds.push_back(kind);
    if (paragraph) {  // a paragraph tag reads as a blank line
      Line blank;
      blank.begin = blank.start = blank.marker_end = blank.end = raw_end;
      blank.flags = kSkip;
      lines_.push_back(blank);
      info.emplace_back();
      kinds.push_back(Kind::kBlank);
    }
    if (next == kNpos) break;
    pos = next;
  }

  // The content lines, and what lies between each and the one before.
  std::vector<std::size_t> content;
  std::vector<Gap> gaps;
  Gap gap = Gap::kNone;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    Gap here = kinds[i] == Kind::kBlank       ? Gap::kBlank
               : kinds[i] == Kind::kPageBreak ? Gap::kPageBreak
               : kinds[i] == Kind::kSeparator ? Gap::kSeparator
                                              : Gap::kNone;
    if (kinds[i] != Kind::kContent) {
      gap = std::max(gap, here);
      continue;
    }
    content.push_back(i);
    gaps.push_back(gap);
    gap = Gap::kNone;
  }
  auto at = [&](std::size_t j) -> const LineInfo& { return info[content[j]]; };
  auto joined = [&](std::size_t j) { return layout::Joined(at(j - 1), at(j), gaps[j]); };
  layout::SectionHeadings headings = layout::FindSectionHeadings(info, content, gaps);
  const std::vector<int>& block = headings.block_of;
  if (reading == Reading::kSentencesAndHeadings) {
    for (const layout::HeadingBlock& b : headings.blocks) {
      std::string heading =
          Clean(lines_[content[b.first]].start, lines_[content[b.last]].end, kNpos, kNpos).text;
      headings_.push_back(
          {lines_[content[b.first]].begin, layout::CutEnd(std::move(heading), kMaxHeadingBytes)});
    }
  }

  for (std::size_t j = 0; j < content.size(); ++j) {
    Line& line = lines_[content[j]];
    if (j == 0) {
      line.flags |= kBreakBefore;
      continue;
    }
    if (block[j] >= 0 && block[j] == block[j - 1]) continue;
    if (!joined(j) || at(j - 1).ends_terminal || block[j - 1] >= 0 || block[j] >= 0)
      line.flags |= kBreakBefore;
  }
}

std::size_t MentionContext::LineOf(std::size_t offset) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                             [](std::size_t o, const Line& line) { return o < line.begin; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

std::size_t MentionContext::SentenceStart(std::size_t begin, std::size_t limit, bool& cut) const {
  std::size_t floor = begin > limit ? begin - limit : 0;
  std::size_t li = LineOf(begin);
  if (lines_[li].flags & kSkip) return begin;
  std::size_t hi = begin;
  while (true) {
    const Line& line = lines_[li];
    if (!(line.flags & kSkip)) {
      std::size_t lo = std::max(line.marker_end, floor);
      for (std::size_t k = std::min(hi, line.end); k > lo; --k) {
        std::size_t end, next;
        if (layout::IsCandidateTerminal(At(text_, k - 1)) &&
            layout::MidLineStop(text_, k - 1, line.end, &end, &next))
          return std::min(next, begin);
      }
      if (floor > line.start) {
        cut = true;
        while (floor < begin && IsContinuationByte(At(text_, floor))) ++floor;
        return std::min(floor, begin);
      }
      if (line.flags & kBreakBefore) return std::min(line.start, begin);
    }
    if (li == 0) return std::min(line.start, begin);
    --li;
    hi = lines_[li].end;
  }
}

std::size_t MentionContext::SentenceEnd(std::size_t begin, std::size_t end, std::size_t limit,
                                        bool& cut) const {
  std::size_t ceiling = text_.size() - end > limit ? end + limit : text_.size();
  std::size_t li = LineOf(end > begin ? end - 1 : end);  // the line of the mention's last byte
  if (lines_[li].flags & kSkip) return end;
  std::size_t lo = end;
  while (true) {
    const Line& line = lines_[li];
    std::size_t hi = std::min(line.end, ceiling);
    for (std::size_t k = std::max(lo, line.marker_end); k < hi; ++k) {
      std::size_t stop, next;
      if (layout::IsCandidateTerminal(At(text_, k)) &&
          layout::MidLineStop(text_, k, line.end, &stop, &next))
        return std::max(stop, end);
    }
    if (ceiling < line.end) {
      cut = true;
      while (ceiling > end && IsContinuationByte(At(text_, ceiling))) --ceiling;
      return ceiling;
    }
    std::size_t n = li + 1;
    while (n < lines_.size() && (lines_[n].flags & kSkip)) ++n;
    if (n == lines_.size() || (lines_[n].flags & kBreakBefore)) return std::max(line.end, end);
    li = n;
    lo = lines_[n].start;
  }
}

MentionContext::Cleaned MentionContext::Clean(std::size_t begin, std::size_t end,
                                              std::size_t mark_begin, std::size_t mark_end) const {
  Cleaned out;
  std::string& s = out.text;
  std::size_t mb = kNpos, me = kNpos;
  bool pending_space = false;
  for (std::size_t li = LineOf(begin); li < lines_.size() && lines_[li].begin < end; ++li) {
    const Line& line = lines_[li];
    if (line.flags & kSkip) continue;
    std::size_t seg_end = std::min(end, line.end);
    for (std::size_t i = std::max(begin, line.start); i < seg_end;) {
      unsigned char c = At(text_, i);
      if (c == '*' || c == '_') {
        ++i;
        continue;
      }
      if (std::size_t tag = MarkupTagAt(text_, i).length) {
        i = std::min(i + tag, seg_end);
        continue;
      }
      if (c == '\\' &&
          (i + 1 == seg_end || (At(text_, i + 1) < 0x80 && std::ispunct(At(text_, i + 1))))) {
        ++i;
        continue;
      }
      if (std::size_t w = SpaceLength(text_, i)) {
        pending_space = true;
        i += w;
        continue;
      }
      if (std::size_t z = InvisibleLength(text_, i)) {
        i += z;
        continue;
      }
      if (me == kNpos && i >= mark_end) me = s.size();
      if (pending_space && !s.empty()) s += ' ';
      pending_space = false;
      if (mb == kNpos && i >= mark_begin) mb = s.size();
      std::size_t n = std::min(Utf8Length(c), seg_end - i);
      s.append(text_.substr(i, n));
      i += n;
    }
    pending_space = true;  // the line break
  }
  out.mark_begin = mb == kNpos ? s.size() : mb;
  out.mark_end = std::max(me == kNpos ? s.size() : me, out.mark_begin);
  return out;
}

std::string MentionContext::SentenceAround(std::size_t begin, std::size_t end,
                                           std::size_t max_bytes) const {
  return SentenceWithMention(begin, end, max_bytes).text;
}

MentionContext::Sentence MentionContext::SentenceWithMention(std::size_t begin, std::size_t end,
                                                             std::size_t max_bytes) const {
  if (text_.empty() || max_bytes == 0) return {};
  end = std::min(end, text_.size());
  begin = std::min(begin, end);
  // How far to look for the ends of the sentence: enough for any sentence
  // that can be shown whole, bounded so that a page without a full stop
  // costs no more than that.
  std::size_t limit = max_bytes > std::numeric_limits<std::size_t>::max() / 8
                          ? std::numeric_limits<std::size_t>::max() / 2
                          : std::max<std::size_t>(2048, 4 * max_bytes);
  bool cut_left = false, cut_right = false;
  std::size_t s = SentenceStart(begin, limit, cut_left);
  std::size_t e = SentenceEnd(begin, end, limit, cut_right);
  Cleaned cleaned = Clean(s, e, begin, end);
  layout::MarkedText fitted = layout::FitAround(cleaned.text, cleaned.mark_begin, cleaned.mark_end,
                                                max_bytes, cut_left, cut_right);
  return {std::move(fitted.text), fitted.mark_begin, fitted.mark_end};
}

MentionContext::Bounds MentionContext::SentenceBounds(std::size_t begin, std::size_t end,
                                                      std::size_t limit) const {
  if (text_.empty()) return {};
  end = std::min(end, text_.size());
  begin = std::min(begin, end);
  bool cut_left = false, cut_right = false;
  return {SentenceStart(begin, limit, cut_left), SentenceEnd(begin, end, limit, cut_right)};
}

std::string MentionContext::HeadingAt(std::size_t offset) const {
  auto it = std::upper_bound(headings_.begin(), headings_.end(), offset,
                             [](std::size_t o, const Heading& h) { return o < h.begin; });
  return it == headings_.begin() ? std::string() : std::prev(it)->text;
}

}  // namespace lexgraph
