// legacy_encoding.h: the 8-bit Vietnamese encodings that predate Unicode:
// TCVN3 (TCVN 5712:1993 VN3, the "ABC" .VnTime fonts), VNI (VNI-Times
// fonts: a base letter followed by a mark byte) and Windows-1258 (through
// ICU; tones as combining marks). Their mapping tables are data in
// legacy_encoding_tables.cc, with their sources.
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_INDEXER_LEGACY_ENCODING_H_
#define LEXGRAPH_INDEXER_LEGACY_ENCODING_H_

#include <optional>
#include <string>
#include <string_view>

namespace lexgraph {

enum class LegacyEncoding { kWindows1258, kTcvn3, kVni };

// "windows-1258", "TCVN3", "VNI".
std::string_view LegacyEncodingName(LegacyEncoding encoding);

// Decodes `bytes` to UTF-8 (NFC not applied: Windows-1258 and VNI yield
// combining marks). Bytes the encoding leaves unassigned are read as
// Windows-1252, as the fonts showed them.
std::string DecodeLegacy(std::string_view bytes, LegacyEncoding encoding);

// TCVN3 has no capitals with diacritics: typists set them in the
// ".VnTimeH" fonts, whose small-letter codes show as capitals, so a plain
// text of "CỘNG HOÀ" reads "CộNG HOà". This restores, in decoded TCVN3
// text: words of capitals with such a small letter ("CộNG"), lines in
// capitals ("Uỷ BAN NHÂN DÂN", "Kế HOẠCH"), and the first letter of a
// sentence when it is such a small letter ("ủy ban" after a full stop).
// A capital alone in the middle of a sentence cannot be told from a small
// letter and stays small.
std::string RestoreTcvn3Capitals(std::string_view text);

// Word processors kept legacy text as the Windows-1252 characters of its
// bytes, shown through a legacy font: ".VnTime", ".VnArial" (TCVN3; the
// ".VnTimeH" fonts, ending in "H", show lowercase codes as capitals),
// "VNI-Times" (VNI). Fonts that are none of these give nullopt.
struct LegacyFont {
  LegacyEncoding encoding;
  bool capitals = false;  // a TCVN3 "H" font: the text is shown in capitals
};
std::optional<LegacyFont> LegacyFontOf(std::string_view font_family);

// The text of a run set in `font`, as Unicode: `shown` is the UTF-8 of what
// the document stores (Windows-1252 characters standing for the bytes).
std::string TextInLegacyFont(std::string_view shown, const LegacyFont& font);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_LEGACY_ENCODING_H_
