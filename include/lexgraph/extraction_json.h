// lexgraph/extraction_json.h: the JSON Lines form of an Extraction, exactly
// as ../shared/spec/extraction.md specifies (field order included), so that
// the index, the query tool and outside evaluation read one format.
//
// Pure functions; thread-safe.
#ifndef LEXGRAPH_EXTRACTION_JSON_H_
#define LEXGRAPH_EXTRACTION_JSON_H_

#include <string>
#include <string_view>

#include "lexgraph/extraction.h"

namespace lexgraph {

// One line of JSON (no trailing newline) for the file at `path`.
std::string ExtractionToJsonLine(std::string_view path, const Extraction& extraction);

}  // namespace lexgraph

#endif  // LEXGRAPH_EXTRACTION_JSON_H_
