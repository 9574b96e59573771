// lexgraph/text_decoder.h: turns the bytes of a file into the text the
// extractor reads: UTF-8 in Unicode normalisation form C.
//
// Accepts UTF-8 with or without a byte-order mark and UTF-16 with one.
// Invalid UTF-8 sequences in otherwise textual input are replaced by U+FFFD
// and counted, so one bad byte does not cost a whole report. Binary input
// (NUL bytes, or mostly invalid sequences) is refused with a reason.
// Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) are not read yet.
//
// Pure function; thread-safe.
#ifndef LEXGRAPH_TEXT_DECODER_H_
#define LEXGRAPH_TEXT_DECODER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lexgraph {

struct DecodedText {
  std::string text;                   // NFC UTF-8; empty when !ok()
  std::string error;                  // why the input was refused; empty when ok()
  std::size_t invalid_sequences = 0;  // replaced by U+FFFD
  bool ok() const { return error.empty(); }
};

DecodedText DecodeText(std::string_view bytes);

}  // namespace lexgraph

#endif  // LEXGRAPH_TEXT_DECODER_H_
