// lexgraph/text_decoder.h: turns the bytes of a text file into the text the
// extractor reads: UTF-8 in Unicode normalisation form C.
//
// Reads UTF-8 with or without a byte-order mark, UTF-16 with one, and the
// 8-bit encodings of Vietnamese archives: Windows-1258, TCVN3 (the ABC
// ".VnTime" fonts) and VNI. Detection, per input: a byte-order mark
// decides; bytes that are UTF-8 are UTF-8 (a few invalid sequences in
// otherwise UTF-8 text are replaced by U+FFFD and counted, so one bad byte
// does not cost a whole report); other bytes are read under each legacy
// encoding and the reading whose words are Vietnamese syllables wins
// (vietnamese_syllable.h). Input that is none of these, or binary (NUL
// bytes), is refused with a reason. DecodeOptions::encoding overrides the
// detection.
//
// For other file formats (DOCX, PDF, HTML) see document_decoder.h.
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_TEXT_DECODER_H_
#define LEXGRAPH_TEXT_DECODER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

enum class TextEncoding { kDetect, kUtf8, kUtf16, kWindows1258, kTcvn3, kVni };

// "utf-8", "utf-16", "windows-1258" (or "cp1258"), "tcvn3" (or "abc"),
// "vni": any case; nullopt for a name not listed.
std::optional<TextEncoding> ParseTextEncoding(std::string_view name);

// The names --encoding accepts, for help texts: "utf-8, utf-16, ...".
std::string_view TextEncodingNames();

struct DecodeOptions {
  TextEncoding encoding = TextEncoding::kDetect;
};

struct DecodedText {
  std::string text;                   // NFC UTF-8; empty when !ok()
  std::string error;                  // why the input was refused; empty when ok()
  std::string encoding;               // what it was read as: "UTF-8", "UTF-16",
                                      // "windows-1258", "TCVN3", "VNI"
  std::string format = "text";        // "text"; DecodeDocument: "docx", "pdf", "html", "image"
  std::size_t invalid_sequences = 0;  // replaced by U+FFFD
  // DecodeDocument, for a scan: the pages read by OCR, and their mean
  // confidence (0-100, weighted by each page's length); -1 when none was.
  int ocr_pages = 0;
  int ocr_confidence = -1;
  std::vector<std::string> warnings;  // what was read but not whole ("page 3: ...")
  bool ok() const { return error.empty(); }
};

DecodedText DecodeText(std::string_view bytes, const DecodeOptions& options = {});

// For the decoders of other formats, which get their text from a library.
// Brings UTF-8 `text` to NFC; sets `error` on failure.
bool NormalizeToNfc(std::string& text, std::string& error);
// Replaces each ill-formed UTF-8 sequence of `text` by U+FFFD, as DecodeText
// does, and returns how many there were (a library may pass on bytes that
// are not UTF-8: pugixml does not check a .docx's XML).
std::size_t ReplaceInvalidUtf8(std::string& text);

// Whether `bytes` are well-formed UTF-8: no overlong forms, surrogates or
// code points past U+10FFFF (what ReplaceInvalidUtf8 would leave as it is).
// The one check of the library, for text and file names alike.
bool IsValidUtf8(std::string_view bytes);

}  // namespace lexgraph

#endif  // LEXGRAPH_TEXT_DECODER_H_
