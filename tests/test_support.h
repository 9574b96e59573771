// test_support.h: helpers shared by the test suites.
#ifndef LEXGRAPH_TESTS_TEST_SUPPORT_H_
#define LEXGRAPH_TESTS_TEST_SUPPORT_H_

#include <filesystem>
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

// `text` (UTF-8) in Unicode normalisation form C, by ICU: what readers
// that give letters and combining marks (VNI, Windows-1258) are compared by.
std::string Nfc(std::string_view text);

// How many times `needle` occurs in `haystack`, without overlaps.
std::size_t Count(std::string_view haystack, std::string_view needle);

// One line per citation, "type | symbol-or-name | date | issuer | relation |
// pinpoint", for readable failure messages.
std::string Describe(const Extraction& extraction);

// The whole file at `path` as bytes ("" when it cannot be read).
std::string Slurp(const std::filesystem::path& path);
// Writes `bytes` to `path`, replacing it; fails the test when it cannot.
void WriteFile(const std::filesystem::path& path, std::string_view bytes);
// The lines of `text`, without their '\n'.
std::vector<std::string> SplitLines(std::string_view text);
// `arg` quoted for sh: 'it'\''s'.
std::string ShellQuote(std::string_view arg);

// $LEXGRAPH_TEST_TIME_SCALE (default 1): how much slower than a plain
// optimised build this one runs (scripts/test-sanitized sets 5). Timeouts
// are multiplied by it; suites may divide their input sizes by it.
double TimeScale();
// `seconds` times TimeScale(), rounded up.
int ScaledSeconds(double seconds);

}  // namespace lexgraph::testing

#endif  // LEXGRAPH_TESTS_TEST_SUPPORT_H_
