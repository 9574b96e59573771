// document_decoder_fuzzer.cc: the first byte picks the file name's
// extension (.txt, .docx, .pdf, .html), the rest is the file -> DecodeDocument.
// Exercises the DOCX (libzip + pugixml), PDF (poppler), HTML (libxml2)
// and .doc (libgsf; told by content, whatever the name) readers and the
// legacy-encoding detector. On success the text must be UTF-8 and the
// format one of the five; on failure there is a reason and no text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "lexgraph/document_decoder.h"
#include "lexgraph/text_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr std::string_view kNames[] = {"fuzz.txt", "fuzz.docx", "fuzz.pdf", "fuzz.html"};
  const std::string_view name = kNames[data[0] % 4];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const lexgraph::DecodedText decoded = lexgraph::DecodeDocument(bytes, name);
  if (!decoded.ok()) {
    FUZZ_CHECK(decoded.text.empty());
    return 0;
  }
  FUZZ_CHECK(lexgraph::fuzz::IsValidUtf8(decoded.text));
  FUZZ_CHECK(decoded.format == "text" || decoded.format == "docx" || decoded.format == "pdf" ||
             decoded.format == "html" || decoded.format == "doc");
  return 0;
}
