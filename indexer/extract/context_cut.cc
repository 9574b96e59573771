#include "context_cut.h"

#include <algorithm>

#include "sentence_stops.h"

namespace lexgraph::layout {
namespace {

// How far a word-boundary cut may move from the character-boundary cut.
constexpr std::size_t kWordSnap = 16;

}  // namespace

std::string CutEnd(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  if (max_bytes < kEllipsis.size()) return "";
  std::size_t y = max_bytes - kEllipsis.size();
  while (y > 0 && IsContinuationByte(At(text, y))) --y;
  if (At(text, y) != ' ') {
    std::size_t space = text.rfind(' ', y);
    if (space != std::string::npos && space > 0 && y - space <= kWordSnap) y = space;
  }
  while (y > 0 && text[y - 1] == ' ') --y;
  text.resize(y);
  text += kEllipsis;
  return text;
}

MarkedText FitAround(const std::string& t, std::size_t ma, std::size_t mz, std::size_t max_bytes,
                     bool force_left, bool force_right) {
  if (!force_left && !force_right && t.size() <= max_bytes) return {t, ma, mz};
  const std::size_t mark = kEllipsis.size();
  std::size_t m = mz - ma, left = ma, right = t.size() - mz;
  bool cut_left = force_left, cut_right = force_right;
  std::size_t keep_left = 0, keep_right = 0;
  bool fits = false;
  for (int round = 0; round < 3; ++round) {
    std::size_t reserve = mark * (cut_left + cut_right);
    if (m + reserve > max_bytes) break;
    std::size_t budget = max_bytes - m - reserve;
    keep_left = std::min(left, budget - budget / 2);
    keep_right = std::min(right, budget - keep_left);
    keep_left = std::min(left, budget - keep_right);
    bool new_left = force_left || keep_left < left;
    bool new_right = force_right || keep_right < right;
    if (new_left == cut_left && new_right == cut_right) {
      fits = true;
      break;
    }
    cut_left = new_left;
    cut_right = new_right;
  }
  std::string out;
  if (!fits) {  // the mention and both marks do not fit: the mention first
    if (m <= max_bytes) {
      bool lead = ma > 0 && m + mark <= max_bytes;
      bool tail = mz < t.size() && m + mark * (lead ? 2 : 1) <= max_bytes;
      if (lead) out += kEllipsis;
      std::size_t at = out.size();
      out.append(t, ma, m);
      if (tail) out += kEllipsis;
      return {out, at, at + m};
    }
    // The mention itself is cut after its start.
    bool lead = ma > 0 && max_bytes > 2 * mark;
    bool tail = max_bytes > mark * (lead ? 2 : 1);
    if (lead) out += kEllipsis;
    std::size_t at = out.size();
    std::size_t y = ma + max_bytes - out.size() - (tail ? mark : 0);
    while (y > ma && IsContinuationByte(At(t, y))) --y;
    out.append(t, ma, y - ma);
    std::size_t mention_end = out.size();
    if (tail) out += kEllipsis;
    return {out, at, mention_end};
  }
  if (cut_left) {
    std::size_t x = ma - keep_left;
    while (x < ma && IsContinuationByte(At(t, x))) ++x;
    if (x > 0 && t[x - 1] != ' ') {  // mid-word: start at the next word if it is near
      std::size_t space = t.find(' ', x);
      if (space < ma && space - x < kWordSnap) x = space + 1;
    }
    while (x < ma && t[x] == ' ') ++x;
    out += kEllipsis;
    out.append(t, x, ma - x);
  } else {
    out.append(t, 0, ma);
  }
  std::size_t at = out.size();
  out.append(t, ma, m);
  if (cut_right) {
    std::size_t y = mz + keep_right;
    while (y > mz && y < t.size() && IsContinuationByte(At(t, y))) --y;
    if (y < t.size() && t[y] != ' ') {  // mid-word: end at the previous word if it is near
      std::size_t space = t.rfind(' ', y);
      if (space != std::string::npos && space > mz && y - space < kWordSnap) y = space;
    }
    while (y > mz && t[y - 1] == ' ') --y;
    out.append(t, mz, y - mz);
    out += kEllipsis;
  } else {
    out.append(t, mz, std::string::npos);
  }
  return {out, at, at + m};
}

}  // namespace lexgraph::layout
