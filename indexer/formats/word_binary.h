// word_binary.h: the structures of a Word 97-2003 file's streams that its
// text needs, read after Microsoft's [MS-DOC] specification: the FIB, the
// piece table (Clx), the formatted-disk pages of character and paragraph
// properties (CHPX, PAPX FKPs), the font table and the style sheet's
// default font. doc_reader.cc reads the streams out of the OLE file (libgsf)
// and the text through these.
//
// Every offset read from a stream is checked against that stream: a
// damaged file gives an error message or less structure, never a read out
// of bounds. Pure functions; thread-safe.
#ifndef LEXGRAPH_INDEXER_WORD_BINARY_H_
#define LEXGRAPH_INDEXER_WORD_BINARY_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexgraph::word_binary {

// Little-endian reads; nullopt past the end.
std::optional<std::uint16_t> U16(std::string_view s, std::size_t at);
std::optional<std::uint32_t> U32(std::string_view s, std::size_t at);
// `length` bytes at `at`, or nullopt when they run past the end.
std::optional<std::string_view> Slice(std::string_view s, std::uint64_t at, std::uint64_t length);

// "damaged Word document (.doc): <what>".
std::string Damaged(std::string_view what);

// The FIB fields read here.
struct Fib {
  bool which_table_1 = false;  // fWhichTblStm: the table stream is "1Table"
  // Character counts of the stories, in storage order: body, footnotes,
  // headers, comments, endnotes, text boxes, header text boxes.
  std::uint32_t ccp[7] = {};
  // (fc, lcb) pairs of FibRgFcLcb97, by index (0, 0 past its end); a view
  // of the WordDocument stream.
  std::string_view fc_lcb;
  std::pair<std::uint32_t, std::uint32_t> FcLcb(std::size_t index) const {
    return {U32(fc_lcb, index * 8).value_or(0), U32(fc_lcb, index * 8 + 4).value_or(0)};
  }
};
// Indexes in FibRgFcLcb97 of the parts read.
constexpr std::size_t kStshf = 1, kPlcfBteChpx = 12, kPlcfBtePapx = 13, kSttbfFfn = 15, kClx = 33;

// Reads the FIB at the start of the WordDocument stream `word` into `fib`
// (which then views `word`). Returns "" or doc_reader.h's error: damaged,
// password-protected (fEncrypted or fObfuscated), or Word 6.0/95.
std::string ReadFib(std::string_view word, Fib& fib);

// One piece of text: CPs [cp_begin, cp_end) stored at byte `fc` of
// WordDocument, one byte a character (compressed) or two (UTF-16LE).
struct Piece {
  std::uint32_t cp_begin, cp_end;
  std::uint32_t fc;
  bool compressed;
};

// The pieces of the Clx `clx`, in CP order (Prc entries, the formatting of
// fast saves, are skipped). Returns "" or a "damaged" message.
std::string ReadPieces(std::string_view clx, std::vector<Piece>& pieces);

// Properties of the text between two offsets of WordDocument.
struct FcRun {
  std::uint32_t fc_begin, fc_end;
  std::int32_t font = -1;      // CHPX: the run's own font (sprmCRgFtc0, else
                               // sprmCRgFtc2), an index in the font table
  bool row_end = false;        // PAPX: a table's end-of-row mark (sprmPFTtp)
  bool inner_row_end = false;  // PAPX: a nested table's (sprmPFInnerTtp)
  std::int32_t style = -1;     // the paragraph style (PAPX; 0, Normal, when it
                               // has no properties) or the character style
                               // (CHPX: sprmCIstd), an index in the style sheet
};

// The runs of every FKP listed by `plc`, a PlcBteChpx or (`paragraphs`)
// PlcBtePapx, sorted by fc_begin. `data` is the Data stream, where
// paragraph properties too large for a page are kept (sprmPHugePapx).
// Pages outside `word` are left out.
std::vector<FcRun> ReadFkpRuns(std::string_view word, std::string_view plc, bool paragraphs,
                               std::string_view data);

// The run of `runs` (sorted) that holds `fc`, or nullptr.
const FcRun* RunAt(const std::vector<FcRun>& runs, std::uint32_t fc);

// The names of the font table (SttbfFfn) entries, by index ("" where
// there is none).
std::vector<std::string> ReadFontNames(std::string_view sttb);

// The style sheet's (STSH) default font for Latin text, an index in the
// font table, or -1.
std::int32_t DefaultFont(std::string_view stsh);

// The font of each style of the style sheet, by style index: its own
// (sprmCRgFtc0, else sprmCRgFtc2, in its character properties), else its
// base style's, else -1.
std::vector<std::int32_t> ReadStyleFonts(std::string_view stsh);

}  // namespace lexgraph::word_binary

#endif  // LEXGRAPH_INDEXER_WORD_BINARY_H_
