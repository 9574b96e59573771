#include "test_support.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "lexgraph/citation_extractor.h"
#include "lexgraph/text_decoder.h"

namespace lexgraph::testing {

std::string ReadSourceFile(std::string_view relative_path) {
  std::string path = std::string(LEXGRAPH_SOURCE_DIR) + "/" + std::string(relative_path);
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = icu::Normalizer2::getNFCInstance(status)->normalize(
      icu::UnicodeString::fromUTF8(
          icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
      status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

Extraction ExtractText(std::string_view bytes) {
  static const CitationExtractor extractor;
  DecodedText decoded = DecodeText(bytes);
  EXPECT_TRUE(decoded.ok()) << decoded.error;
  return extractor.Extract(decoded.text);
}

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  ASSERT_TRUE(out.good()) << "cannot write " << path;
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string ShellQuote(std::string_view arg) {
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

std::size_t Count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

std::string Describe(const Extraction& extraction) {
  std::string out;
  for (const Citation& c : extraction.citations) {
    out += c.type + " | " + c.symbol.value_or(c.name.value_or("-")) + " | " + c.date.value_or("-") +
           " | " + c.issuer.value_or("-") + " | " + std::string(RelationName(c.relation)) + " | " +
           c.pinpoint.value_or("-") + "\n";
  }
  return out;
}

double TimeScale() {
  static const double scale = [] {
    const char* text = std::getenv("LEXGRAPH_TEST_TIME_SCALE");
    double value = text && *text ? std::atof(text) : 1.0;
    return value > 0 ? value : 1.0;
  }();
  return scale;
}

int ScaledSeconds(double seconds) { return static_cast<int>(std::ceil(seconds * TimeScale())); }

}  // namespace lexgraph::testing
