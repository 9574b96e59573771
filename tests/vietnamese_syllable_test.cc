// vietnamese_syllable_test.cc: CountSyllables, the judge of which legacy
// table a file was written in: rows of words and whether Vietnamese writes
// them.
#include "vietnamese_syllable.h"

#include <gtest/gtest.h>

#include <string_view>

namespace lexgraph {
namespace {

struct Row {
  std::string_view word;
  int well_formed;
  int ill_formed;
};

TEST(VietnameseSyllableTest, JudgesEachWord) {
  static constexpr Row kRows[] = {
      {"Việt", 1, 0},
      {"nghiêng", 1, 0},
      {"quyết", 1, 0},
      {"được", 1, 0},
      {"THỪA", 1, 0},
      {"Chỉ", 1, 0},
      {"giữa", 1, 0},
      {"khuỷu", 1, 0},
      {"hoà", 1, 0},
      {"hòa", 1, 0},
      {"đ", 0, 0},
      {"NĐ", 0, 0},
      {"05-CT", 0, 0},
      {"plain", 0, 0},
      {"QĐ-UBND", 0, 0},
      // What a wrong table makes of Vietnamese.
      {"Viờũt", 0, 1},    // two tones
      {"hoµ", 0, 1},      // a symbol inside a word
      {"nghÜa", 0, 1},    // a diaeresis
      {"Viêịt", 0, 1},    // the tone away from the shaped vowel
      {"cñ", 0, 1},       // a tilde on n
      {"tØnh", 0, 1},     // a slashed O
      {"x\uFFFD", 0, 1},  // a replaced byte
  };
  for (const Row& row : kRows) {
    SyllableCount count = CountSyllables(row.word);
    EXPECT_EQ(count.well_formed, static_cast<std::size_t>(row.well_formed)) << row.word;
    EXPECT_EQ(count.ill_formed, static_cast<std::size_t>(row.ill_formed)) << row.word;
  }
}

TEST(VietnameseSyllableTest, CountsWordsOfARunningText) {
  SyllableCount count =
      CountSyllables("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.");
  EXPECT_EQ(count.well_formed, 10u);  // every word but "05-CT/TW" and "15/5/2016"
  EXPECT_EQ(count.ill_formed, 0u);
  EXPECT_GT(count.Score(), 0);
  SyllableCount wrong = CountSyllables("Thùc hiÖn ChØ thÞ sè 05-CT/TW");
  EXPECT_LT(wrong.Score(), 0);
}

TEST(VietnameseSyllableTest, DecomposedInputIsJudgedAsComposed) {
  SyllableCount count = CountSyllables("Vie\u0302\u0323t Nam Chi\u0309 thi\u0323");
  EXPECT_EQ(count.well_formed, 3u);
  EXPECT_EQ(count.ill_formed, 0u);
}

}  // namespace
}  // namespace lexgraph
