// fuzz_check.h: what the fuzz targets check, and how they fail: a
// violated invariant prints itself and traps, which libFuzzer reports as a
// crash and saves the input of.
#ifndef LEXGRAPH_TESTS_FUZZ_FUZZ_CHECK_H_
#define LEXGRAPH_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdio>
#include <string_view>

#define FUZZ_CHECK(cond)                                            \
  do {                                                              \
    if (!(cond)) ::lexgraph::fuzz::Fail(__FILE__, __LINE__, #cond); \
  } while (false)

namespace lexgraph::fuzz {

[[noreturn]] inline void Fail(const char* file, int line, const char* what) {
  std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what);
  __builtin_trap();
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
inline bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (n - i < len) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const unsigned char t = static_cast<unsigned char>(s[i + k]);
      if ((t & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (t & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

// True when `offset` does not fall inside a multi-byte character.
inline bool IsCharBoundary(std::string_view s, std::size_t offset) {
  return offset == s.size() || (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

// YYYY-MM-DD, a day that the calendar has.
inline bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int year = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
  const int month = (d[5] - '0') * 10 + (d[6] - '0');
  const int day = (d[8] - '0') * 10 + (d[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace lexgraph::fuzz

#endif  // LEXGRAPH_TESTS_FUZZ_FUZZ_CHECK_H_
