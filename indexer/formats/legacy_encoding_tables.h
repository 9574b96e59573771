// legacy_encoding_tables.h: the byte tables of the legacy Vietnamese
// encodings, as data in one place (legacy_encoding_tables.cc). Constant
// arrays with static storage: immutable, safe to read from any thread.
#ifndef LEXGRAPH_INDEXER_LEGACY_ENCODING_TABLES_H_
#define LEXGRAPH_INDEXER_LEGACY_ENCODING_TABLES_H_

#include <array>

namespace lexgraph::tables {

// Windows-1252, bytes 0x80..0xFF: what a legacy font shows for a byte its
// encoding leaves unassigned, and how word processors stored legacy text.
// 0 where Windows-1252 has no character (0x81, 0x8D, 0x8F, 0x90, 0x9D).
const std::array<char32_t, 128>& Windows1252High();

// TCVN3 (TCVN 5712:1993 VN3, the ABC .VnTime fonts), bytes 0x80..0xFF.
// 0 where VN3 assigns nothing (the byte is read as Windows-1252).
const std::array<char32_t, 128>& Tcvn3High();

// VNI (VNI-Windows fonts). A letter with a diacritic is a base letter
// followed by a mark byte ("e" 0xE4 is "ệ"); a few letters are one byte.
// For bytes 0x80..0xFF: the letter the byte is on its own (0 if none), and
// the combining marks it adds after a base letter (empty if none).
struct VniByte {
  char32_t letter = 0;     // "ơ" for 0xF4; 0: read as Windows-1252
  char32_t marks[2] = {};  // U+0302 U+0301 for 0xE1 (circumflex, acute)
};
const std::array<VniByte, 128>& VniHigh();

}  // namespace lexgraph::tables

#endif  // LEXGRAPH_INDEXER_LEGACY_ENCODING_TABLES_H_
