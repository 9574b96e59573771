#include "word_binary.h"

#include <algorithm>

namespace lexgraph::word_binary {
namespace {

constexpr std::string_view kProtected = "password-protected Word document (.doc)";
constexpr std::string_view kWord95 =
    "Word 6.0/95 document: not read; save it as .doc (Word 97-2003) or .docx";
constexpr std::size_t kPage = 512;  // FKPs are 512-byte pages of WordDocument

// Calls `visit(sprm, operand)` for each property (Sprm) in `grpprl`, until
// it returns false or the list ends or breaks off.
template <typename Visit>
void ForEachSprm(std::string_view grpprl, Visit visit) {
  std::size_t at = 0;
  while (std::optional<std::uint16_t> sprm = U16(grpprl, at)) {
    at += 2;
    std::size_t size = 0;
    switch (*sprm >> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      case 6:
        if (*sprm == 0xD608 || *sprm == 0xD606) {  // sprmTDefTable, sprmTDefTable10
          std::optional<std::uint16_t> cb = U16(grpprl, at);
          if (!cb) return;
          size = 2 + (*cb > 0 ? *cb - 1 : 0);
        } else {
          if (at >= grpprl.size()) return;
          size = 1 + static_cast<unsigned char>(grpprl[at]);
        }
        break;
    }
    std::optional<std::string_view> operand = Slice(grpprl, at, size);
    if (!operand || !visit(*sprm, *operand)) return;
    at += size;
  }
}

}  // namespace

std::optional<std::uint16_t> U16(std::string_view s, std::size_t at) {
  if (at > s.size() || s.size() - at < 2) return std::nullopt;
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) |
                                    static_cast<unsigned char>(s[at + 1]) << 8);
}
std::optional<std::uint32_t> U32(std::string_view s, std::size_t at) {
  std::optional<std::uint16_t> low = U16(s, at), high = U16(s, at + 2);
  if (!low || !high) return std::nullopt;
  return static_cast<std::uint32_t>(*low) | static_cast<std::uint32_t>(*high) << 16;
}

std::optional<std::string_view> Slice(std::string_view s, std::uint64_t at, std::uint64_t length) {
  if (at > s.size() || s.size() - at < length) return std::nullopt;
  return s.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(length));
}

std::string Damaged(std::string_view what) {
  return "damaged Word document (.doc): " + std::string(what);
}

std::string ReadFib(std::string_view word, Fib& fib) {
  std::optional<std::uint16_t> ident = U16(word, 0), n_fib = U16(word, 2), flags = U16(word, 0x0A);
  if (!ident || !n_fib || !flags) return Damaged("WordDocument stream too short");
  if (*ident != 0xA5EC) return Damaged("no Word file information block");
  // Word 97 and later write 0x00C1 (early Word 97 files 0x00C0); Word
  // 6.0 and 95 wrote 101-106, in a layout not read here.
  if (*n_fib < 0x00C0) return std::string(kWord95);
  if ((*flags & 0x0100) != 0 || (*flags & 0x8000) != 0) return std::string(kProtected);
  fib.which_table_1 = (*flags & 0x0200) != 0;
  std::size_t at = 0x20;
  std::optional<std::uint16_t> csw = U16(word, at);
  if (!csw) return Damaged("FIB truncated");
  at += 2 + std::size_t{*csw} * 2;
  std::optional<std::uint16_t> cslw = U16(word, at);
  if (!cslw || *cslw < 11) return Damaged("FIB truncated");
  std::size_t rg_lw = at + 2;
  // ccpText, ccpFtn, ccpHdd, (reserved), ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx.
  constexpr std::size_t kCcpIndex[7] = {3, 4, 5, 7, 8, 9, 10};
  for (std::size_t i = 0; i < 7; ++i) {
    std::optional<std::uint32_t> count = U32(word, rg_lw + kCcpIndex[i] * 4);
    if (!count || *count > 0x7FFFFFFF) return Damaged("FIB truncated");
    fib.ccp[i] = *count;
  }
  at = rg_lw + std::size_t{*cslw} * 4;
  std::optional<std::uint16_t> cb_rg_fc_lcb = U16(word, at);
  if (!cb_rg_fc_lcb || *cb_rg_fc_lcb <= kClx) return Damaged("FIB truncated");
  std::optional<std::string_view> blob = Slice(word, at + 2, std::uint64_t{*cb_rg_fc_lcb} * 8);
  if (!blob) return Damaged("FIB truncated");
  fib.fc_lcb = *blob;
  return {};
}

// The Clx: Prc entries first (the formatting of fast saves), then the Pcdt,
// whose PlcPcd is the piece table.
std::string ReadPieces(std::string_view clx, std::vector<Piece>& pieces) {
  std::size_t at = 0;
  while (at < clx.size() && clx[at] == 0x01) {
    std::optional<std::uint16_t> cb = U16(clx, at + 1);
    if (!cb || *cb > 0x7FFF) return Damaged("bad formatting entry in the piece table");
    at += 3 + *cb;
  }
  std::optional<std::uint32_t> lcb = U32(clx, at + 1);
  if (at >= clx.size() || clx[at] != 0x02 || !lcb) return Damaged("no piece table");
  std::optional<std::string_view> plc = Slice(clx, at + 5, *lcb);
  if (!plc || *lcb < 4 || (*lcb - 4) % 12 != 0) return Damaged("piece table truncated");
  std::size_t count = (*lcb - 4) / 12;
  std::size_t pcds = (count + 1) * 4;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t begin = *U32(*plc, i * 4), end = *U32(*plc, i * 4 + 4);
    std::uint32_t fc = *U32(*plc, pcds + i * 8 + 2);
    if (end < begin || end > 0x7FFFFFFF) return Damaged("piece table out of order");
    if (!pieces.empty() && begin < pieces.back().cp_end) return Damaged("piece table out of order");
    bool compressed = (fc & 0x40000000) != 0;
    fc &= 0x3FFFFFFF;
    pieces.push_back({begin, end, compressed ? fc / 2 : fc, compressed});
  }
  return {};
}

std::vector<FcRun> ReadFkpRuns(std::string_view word, std::string_view plc, bool paragraphs,
                               std::string_view data) {
  std::vector<FcRun> runs;
  if (plc.size() < 4 || (plc.size() - 4) % 8 != 0) return runs;
  std::size_t count = (plc.size() - 4) / 8;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t pn = *U32(plc, (count + 1) * 4 + i * 4) & 0x3FFFFF;
    std::optional<std::string_view> page = Slice(word, std::uint64_t{pn} * kPage, kPage);
    if (!page) continue;
    std::size_t crun = static_cast<unsigned char>((*page)[kPage - 1]);
    std::size_t entry = paragraphs ? 13 : 1;
    std::size_t props = (crun + 1) * 4;
    if (props + crun * entry > kPage - 1) continue;
    for (std::size_t r = 0; r < crun; ++r) {
      FcRun run{*U32(*page, r * 4), *U32(*page, r * 4 + 4)};
      if (run.fc_end <= run.fc_begin) continue;
      std::size_t offset = static_cast<unsigned char>((*page)[props + r * entry]) * std::size_t{2};
      std::string_view grpprl;
      if (paragraphs) run.style = 0;
      if (offset != 0 && offset < kPage - 1) {
        std::size_t cb = static_cast<unsigned char>((*page)[offset]);
        if (paragraphs) {
          // GrpPrlAndIstd, after a count of words (or a zero, then a count
          // of words): the style (2 bytes), then the properties.
          std::size_t start = offset + 1, size = cb * 2 - 1;
          if (cb == 0) {
            start = offset + 2;
            size = static_cast<unsigned char>((*page)[offset + 1]) * std::size_t{2};
          }
          if (size >= 2) {
            grpprl = Slice(*page, start + 2, size - 2).value_or("");
            run.style = U16(*page, start).value_or(0);
          }
        } else {
          grpprl = Slice(*page, offset + 1, cb).value_or("");
        }
      }
      auto visit = [&run, paragraphs](std::uint16_t sprm, std::string_view operand) {
        unsigned char flag = static_cast<unsigned char>(operand[0]);
        if (sprm == 0x2417) run.row_end = flag != 0;             // sprmPFTtp
        if (sprm == 0x244C) run.inner_row_end = flag != 0;       // sprmPFInnerTtp
        if (sprm == 0x4A4F || (sprm == 0x4A51 && run.font < 0))  // sprmCRgFtc0, sprmCRgFtc2
          run.font = *U16(operand, 0);
        if (sprm == 0x4A30 && !paragraphs) run.style = *U16(operand, 0);  // sprmCIstd
        return true;
      };
      std::string_view huge;
      ForEachSprm(grpprl, [&](std::uint16_t sprm, std::string_view operand) {
        if (sprm == 0x6646) {  // sprmPHugePapx: the properties are in Data
          std::uint32_t fc = *U32(operand, 0);
          std::optional<std::uint16_t> cb = U16(data, fc);
          if (cb) huge = Slice(data, std::uint64_t{fc} + 2, *cb).value_or("");
        }
        return visit(sprm, operand);
      });
      ForEachSprm(huge, visit);
      runs.push_back(run);
    }
  }
  std::sort(runs.begin(), runs.end(),
            [](const FcRun& a, const FcRun& b) { return a.fc_begin < b.fc_begin; });
  return runs;
}

const FcRun* RunAt(const std::vector<FcRun>& runs, std::uint32_t fc) {
  auto after = std::upper_bound(runs.begin(), runs.end(), fc,
                                [](std::uint32_t f, const FcRun& run) { return f < run.fc_begin; });
  if (after == runs.begin()) return nullptr;
  const FcRun& run = *(after - 1);
  return fc < run.fc_end ? &run : nullptr;
}

std::vector<std::string> ReadFontNames(std::string_view sttb) {
  std::vector<std::string> names;
  std::optional<std::uint16_t> count = U16(sttb, 0);
  std::size_t at = 4;  // after cData and cbExtra
  for (std::size_t i = 0; count && i < *count && at < sttb.size(); ++i) {
    std::size_t cb = static_cast<unsigned char>(sttb[at]);
    std::string_view ffn = Slice(sttb, at + 1, cb).value_or("");
    std::string name;  // xszFfn, UTF-16 after 39 bytes; font names are ASCII
    for (std::size_t c = 39; c + 1 < ffn.size(); c += 2) {
      std::uint16_t unit = *U16(ffn, c);
      if (unit == 0) break;
      name += unit < 0x80 ? static_cast<char>(unit) : '?';
    }
    names.push_back(std::move(name));
    at += 1 + cb;
  }
  return names;
}

// ftcAsci of the Stshif, after cbStshi.
std::int32_t DefaultFont(std::string_view stsh) {
  std::optional<std::uint16_t> cb_stshi = U16(stsh, 0), ftc = U16(stsh, 2 + 12);
  return cb_stshi && *cb_stshi >= 14 && ftc ? *ftc : -1;
}

std::vector<std::int32_t> ReadStyleFonts(std::string_view stsh) {
  std::optional<std::uint16_t> cb_stshi = U16(stsh, 0), count = U16(stsh, 2),
                               base_size = U16(stsh, 4);
  if (!cb_stshi || !count || !base_size || *base_size < 6) return {};
  std::vector<std::int32_t> own(*count, -1);
  std::vector<std::uint32_t> based_on(*count, 0xFFF);
  std::size_t at = 2 + std::size_t{*cb_stshi};
  for (std::size_t i = 0; i < *count; ++i) {
    std::optional<std::uint16_t> cb_std = U16(stsh, at);
    if (!cb_std) break;
    std::string_view style = Slice(stsh, at + 2, *cb_std).value_or("");
    at += 2 + *cb_std;
    std::optional<std::uint16_t> kind = U16(style, 2), upx_count = U16(style, 4);
    std::optional<std::uint16_t> name_length = U16(style, *base_size);
    if (!kind || !upx_count || !name_length) continue;  // an empty slot
    based_on[i] = *kind >> 4;
    const std::uint16_t stk = *kind & 0xF;  // 1 paragraph, 2 character style
    // The name (a count, UTF-16, a terminating zero), then the property
    // lists (UPX), each at an even offset; the character properties are
    // the second of a paragraph style and the first of a character style.
    std::size_t upx = *base_size + 2 + std::size_t{*name_length} * 2 + 2;
    const std::size_t chpx = stk == 1 ? 1 : stk == 2 ? 0 : 99;
    for (std::size_t k = 0; k < (*upx_count & 0xF) && k <= chpx; ++k) {
      upx += upx % 2;
      std::optional<std::uint16_t> cb_upx = U16(style, upx);
      if (!cb_upx) break;
      std::string_view grpprl = Slice(style, upx + 2, *cb_upx).value_or("");
      upx += 2 + *cb_upx;
      if (k != chpx) continue;
      ForEachSprm(grpprl, [&](std::uint16_t sprm, std::string_view operand) {
        if (sprm == 0x4A4F || (sprm == 0x4A51 && own[i] < 0)) own[i] = *U16(operand, 0);
        return true;
      });
    }
  }
  // Each style's font, else its base style's: a bounded walk (broken
  // files can make the chain circular).
  std::vector<std::int32_t> fonts(own.size(), -1);
  for (std::size_t i = 0; i < own.size(); ++i) {
    std::size_t style = i;
    for (int depth = 0; depth < 16 && style < own.size(); ++depth) {
      if (own[style] >= 0) {
        fonts[i] = own[style];
        break;
      }
      style = based_on[style];
    }
  }
  return fonts;
}

}  // namespace lexgraph::word_binary
