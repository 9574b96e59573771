// context_cut.h: cutting cleaned context to a byte budget, so that a
// sentence or a heading shown in search results has a bounded size.
//
// Cuts fall on UTF-8 character boundaries, moved to a word boundary (a
// space) when one is within a few bytes, and each is marked with "…" (3
// bytes, counted in the budget).
//
// Pure functions of their input; thread-safe.
#ifndef LEXGRAPH_INDEXER_CONTEXT_CUT_H_
#define LEXGRAPH_INDEXER_CONTEXT_CUT_H_

#include <cstddef>
#include <string>

namespace lexgraph::layout {

// A text with a marked span [mark_begin, mark_end) of bytes in it.
struct MarkedText {
  std::string text;
  std::size_t mark_begin = 0;
  std::size_t mark_end = 0;
};

// `text` cut to at most `max_bytes` bytes at its end, "…" marking the cut;
// "" when not even "…" fits.
std::string CutEnd(std::string text, std::size_t max_bytes);

// `t` cut to at most `max_bytes` around its mark [ma, mz), keeping the whole
// mark and as much context on each side as fits, "…" marking each cut.
// `force_left` / `force_right` ask for a mark where the text was already cut
// (the scan for the sentence stopped early). When the mark and its "…" do
// not fit, the mark comes first; a mark longer than `max_bytes` is cut after
// its start. The returned mark is where the mark's bytes are in the result.
MarkedText FitAround(const std::string& t, std::size_t ma, std::size_t mz, std::size_t max_bytes,
                     bool force_left, bool force_right);

}  // namespace lexgraph::layout

#endif  // LEXGRAPH_INDEXER_CONTEXT_CUT_H_
