// lexgraph/citation_extractor.h: reads a report and finds its own identity
// and every document it cites.
//
//   lexgraph::CitationExtractor extractor;
//   auto decoded = lexgraph::DecodeText(bytes);          // text_decoder.h
//   if (decoded.ok()) {
//     lexgraph::Extraction e = extractor.Extract(decoded.text);
//     for (const auto& c : e.citations) ...
//   }
//
// Construction compiles the patterns and loads the knowledge tables (a few
// milliseconds); make one and reuse it. A CitationExtractor is immutable
// after construction and may be shared by any number of threads.
#ifndef LEXGRAPH_CITATION_EXTRACTOR_H_
#define LEXGRAPH_CITATION_EXTRACTOR_H_

#include <string_view>

#include "lexgraph/extraction.h"

namespace lexgraph {

// What Extract gives for a text changes with this number: raise it with any
// change to the extractor that can change its output for some text (a
// relation read otherwise, a citation found or dropped, a header field).
// An index records the version its reports were extracted with, and
// `lexindex build` reads every report again when it differs, so that an
// upgrade reaches the reports already indexed (scans from the OCR cache).
inline constexpr int kExtractorVersion = 2;

class CitationExtractor {
 public:
  CitationExtractor();
  CitationExtractor(const CitationExtractor&) = delete;
  CitationExtractor& operator=(const CitationExtractor&) = delete;

  // `text` must be NFC UTF-8, as DecodeText() returns it; spans in the
  // result are byte offsets into it. Never throws on any text; a text with
  // nothing recognisable gives an empty Extraction.
  Extraction Extract(std::string_view text) const;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_CITATION_EXTRACTOR_H_
