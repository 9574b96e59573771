// test_support.h: helpers shared by the test suites.
#ifndef LEXGRAPH_TESTS_TEST_SUPPORT_H_
#define LEXGRAPH_TESTS_TEST_SUPPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexgraph/extraction.h"

namespace lexgraph::testing {

// The whole file at `path` relative to the source tree; fails the test and
// returns "" when it cannot be read.
std::string ReadSourceFile(std::string_view relative_path);

// Decodes `bytes` (must succeed) and extracts.
Extraction ExtractText(std::string_view bytes);

// How many times `needle` occurs in `haystack`, without overlaps.
std::size_t Count(std::string_view haystack, std::string_view needle);

// One line per citation, "type | symbol-or-name | date | issuer | relation |
// pinpoint", for readable failure messages.
std::string Describe(const Extraction& extraction);

}  // namespace lexgraph::testing

#endif  // LEXGRAPH_TESTS_TEST_SUPPORT_H_
