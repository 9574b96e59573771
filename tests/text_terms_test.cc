// text_terms_test.cc: ForEachWord and WordTermsOf, the words of a text as
// the folded and exact terms of the full-text index.
#include "lexgraph/text_terms.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "folded_text.h"
#include "test_support.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

// The terms of `text` on one line: "folded" for an ASCII word,
// "folded|exact" for the others.
std::string Terms(std::string_view text) {
  std::string out;
  ForEachWord(text, [&out](const WordTerms& word) {
    if (!out.empty()) out += ' ';
    out += word.folded;
    if (!word.exact.empty()) {
      out += '|';
      out += word.exact;
    }
  });
  return out;
}

struct TermsCase {
  std::string_view input;
  std::string_view terms;
};

void ExpectTerms(const TermsCase& c) { EXPECT_EQ(Terms(c.input), c.terms) << c.input; }

TEST(ForEachWordTest, SplitsAnAdministrativeSentenceIntoFoldedAndExactTerms) {
  ExpectTerms(
      {"Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Sở Khoa học và "
       "Công nghệ tỉnh Quảng Trị báo cáo như sau:",
       "thuc|thực hien|hiện chi|chỉ thi|thị so|số 05 ct tw ngay|ngày 15 5 2016 cua|của "
       "bo|bộ chinh|chính tri|trị so|sở khoa hoc|học va|và cong|công nghe|nghệ tinh|tỉnh "
       "quang|quảng tri|trị bao|báo cao|cáo nhu|như sau"});
}

TEST(ForEachWordTest, OldAndNewTonePlacementGiveTheSameTerms) {
  struct Pair {
    std::string_view old_placement;
    std::string_view new_placement;
    std::string_view terms;
  };
  static constexpr Pair kPairs[] = {
      {"Hoà", "Hòa", "hoa|hòa"},
      {"Uỷ ban", "Ủy ban", "uy|ủy ban"},
      {"thuỷ lợi", "thủy lợi", "thuy|thủy loi|lợi"},
      {"sức khoẻ", "sức khỏe", "suc|sức khoe|khỏe"},
      {"văn hoá", "văn hóa", "van|văn hoa|hóa"},
      {"tuỳ theo", "tùy theo", "tuy|tùy theo"},
      {"luỹ kế", "lũy kế", "luy|lũy ke|kế"},
      {"hoạ sĩ", "họa sĩ", "hoa|họa si|sĩ"},
      {"hoẹ", "họe", "hoe|họe"},
      {"huỵch", "huỵch", "huych|huỵch"},  // closed syllable: the mark stays
      {"hoàn thành", "hoàn thành", "hoan|hoàn thanh|thành"},
  };
  for (const Pair& p : kPairs) {
    EXPECT_EQ(Terms(p.old_placement), p.terms) << p.old_placement;
    EXPECT_EQ(Terms(p.new_placement), p.terms) << p.new_placement;
  }
}

TEST(ForEachWordTest, ToneMarkOfQuyStaysOnTheY) {
  // After q, u is part of the consonant: "quý" is not an open "uy".
  ExpectTerms({"quý", "qui|quí"});
  ExpectTerms({"Quỹ phát triển", "qui|quĩ phat|phát trien|triển"});
  ExpectTerms({"quỳ", "qui|quì"});
}

TEST(ForEachWordTest, FinalYAfterConsonantOrQuOrAloneIsSpelledI) {
  struct Pair {
    std::string_view with_y;
    std::string_view with_i;
    std::string_view terms;
  };
  static constexpr Pair kPairs[] = {
      {"quy định", "qui định", "qui dinh|định"},
      {"kỹ thuật", "kĩ thuật", "ki|kĩ thuat|thuật"},
      {"lý do", "lí do", "li|lí do"},
      {"Mỹ", "Mĩ", "mi|mĩ"},
      {"hy sinh", "hi sinh", "hi sinh"},
      {"kỳ họp", "kì họp", "ki|kì hop|họp"},
      {"chiến sỹ", "chiến sĩ", "chien|chiến si|sĩ"},
      {"ý kiến", "í kiến", "i|í kien|kiến"},
      {"y tế", "i tế", "i te|tế"},
      {"Quý I", "Quí I", "qui|quí i"},
      {"đỵ", "đị", "di|đị"},  // đ is a consonant too
  };
  for (const Pair& p : kPairs) {
    EXPECT_EQ(Terms(p.with_y), Terms(p.with_i)) << p.with_y << " / " << p.with_i;
    EXPECT_EQ(Terms(p.with_i), p.terms) << p.with_i;
  }
}

TEST(ForEachWordTest, FinalYAfterAVowelOrNotFinalIsKept) {
  ExpectTerms({"tay hay tuy", "tay hay tuy"});
  ExpectTerms({"Thủy", "thuy|thủy"});
  ExpectTerms({"Duy Huy", "duy huy"});
  ExpectTerms({"ấy", "ay|ấy"});
  ExpectTerms({"khuya", "khuya"});
  ExpectTerms({"Nguyễn Quỳnh", "nguyen|nguyễn quynh|quỳnh"});
  ExpectTerms({"yêu cầu", "yeu|yêu cau|cầu"});
}

TEST(ForEachWordTest, UpperCaseInputGivesLowerCaseTerms) {
  ExpectTerms({"ỦY BAN NHÂN DÂN", "uy|ủy ban nhan|nhân dan|dân"});
  ExpectTerms({"UỶ BAN NHÂN DÂN", "uy|ủy ban nhan|nhân dan|dân"});
  ExpectTerms({"ĐỒNG HỚI", "dong|đồng hoi|hới"});
  ExpectTerms({"QUÝ KỸ THUẬT", "qui|quí ki|kĩ thuat|thuật"});
  ExpectTerms({"HOÀ BÌNH", "hoa|hòa binh|bình"});
  ExpectTerms({"Y TẾ", "i te|tế"});
}

TEST(ForEachWordTest, EthFromOldFontsReadsAsD) {
  // Converted TCVN3 text has "Ð" (U+00D0) where it means "Đ".
  ExpectTerms({"ÐỒNG Ðảng", "dong|đồng dang|đảng"});
}

TEST(ForEachWordTest, DigitsAreWordsAndSymbolsSeparate) {
  static constexpr TermsCase kCases[] = {
      {"05-CT/TW", "05 ct tw"},
      {"ngày 15/5/2016", "ngay|ngày 15 5 2016"},
      {"Nghị định số 41/2019/NĐ-CP", "nghi|nghị dinh|định so|số 41 2019 nd|nđ cp"},
      {"**Điều 1.** Phạm vi", "dieu|điều 1 pham|phạm vi"},
      {"## II. KẾT QUẢ", "ii ket|kết qua|quả"},
      {"<p>BÁO CÁO</p>", "p bao|báo cao|cáo p"},
      {"snake_case a+b (c) «d» “e” – f…g", "snake case a b c d e f g"},
      {"Khoản 2a", "khoan|khoản 2a"},
      {"", ""},
      {" \n\t.,;", ""},
  };
  for (const TermsCase& c : kCases) ExpectTerms(c);
}

TEST(ForEachWordTest, SpansPointAtTheWordsInTheInput) {
  std::string_view text = "Ủy ban (tỉnh Quảng Trị), số 05.";
  std::vector<std::string_view> words;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  ForEachWord(text, [&](const WordTerms& word) {
    words.push_back(text.substr(word.begin, word.end - word.begin));
    spans.emplace_back(word.begin, word.end);
  });
  EXPECT_EQ(words,
            (std::vector<std::string_view>{"Ủy", "ban", "tỉnh", "Quảng", "Trị", "số", "05"}));
  ASSERT_EQ(spans.size(), 7u);
  EXPECT_EQ(spans[0], (std::pair<std::size_t, std::size_t>{0, 4}));  // "Ủ" is 3 bytes
  EXPECT_EQ(spans[1], (std::pair<std::size_t, std::size_t>{5, 8}));
  EXPECT_EQ(spans[6], (std::pair<std::size_t, std::size_t>{text.size() - 3, text.size() - 1}));
}

TEST(ForEachWordTest, WordsLongerThan64BytesAreSkipped) {
  std::string ascii64(64, 'a');
  std::string ascii65(65, 'b');
  EXPECT_EQ(Terms("x " + ascii64 + " y2 " + ascii65 + " z"), "x " + ascii64 + " y2 z");
  // The limit is on the exact term: 32 "đ" are 64 bytes, 33 are 66.
  std::string d32;
  for (int k = 0; k < 32; ++k) d32 += "đ";
  EXPECT_EQ(Terms(d32), std::string(32, 'd') + "|" + d32);
  EXPECT_EQ(Terms("trước " + d32 + "đ sau"), "truoc|trước sau");
  // Far longer junk (base64) is skipped without harm to its neighbours.
  EXPECT_EQ(Terms("mở " + std::string(100000, 'Q') + " đầu"), "mo|mở dau|đầu");
}

TEST(ForEachWordTest, ReplacementCharacterAndInvalidBytesSeparateWords) {
  ExpectTerms({"Quảng\uFFFDTrị", "quang|quảng tri|trị"});
  ExpectTerms({"\uFFFDsố\uFFFD", "so|số"});
  // Input should be valid UTF-8 (DecodeText makes it so); if not, a bad
  // byte separates like U+FFFD and is never copied into a term.
  ExpectTerms(
      {"ab\xFF"
       "cd\xC3"
       "ef\xE1\xBB",
       "ab cd ef"});
}

TEST(ForEachWordTest, LettersOfOtherScriptsSeparateWords) {
  ExpectTerms({"α-helix Hà Nội 北京 Москва", "helix ha|hà noi|nội"});
  ExpectTerms({"số👍5", "so|số 5"});
}

TEST(ForEachWordTest, OtherLatinLettersFoldToAscii) {
  ExpectTerms(
      {"Straße Øresund Łódź œuvre", "strasse|straße oresund|øresund lodz|łódź oeuvre|œuvre"});
}

TEST(ForEachWordTest, CombiningMarksAndSoftHyphensDoNotSplitAWord) {
  // Input is NFC; NFD text still gives one word and the right folded term,
  // but its exact term has lost the marks.
  ExpectTerms({"Vie\u0323\u0302t Nam", "viet nam"});
  ExpectTerms({"công\u00ADnghệ", "congnghe|côngnghệ"});
  // A mark after the last letter still belongs to the word's span.
  std::string_view text = "hoa\u0300";  // NFD "hoà"
  std::size_t words = 0;
  ForEachWord(text, [&](const WordTerms& word) {
    ++words;
    EXPECT_EQ(word.end, text.size());
  });
  EXPECT_EQ(words, 1u);
}

TEST(WordTermsOfTest, ListsFoldedAndExactOfEachWord) {
  using TermList = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(WordTermsOf("Hoà Bình 2016"),
            (TermList{{"hoa", "hòa"}, {"binh", "bình"}, {"2016", ""}}));
  EXPECT_TRUE(WordTermsOf("-- / --").empty());
}

// --- Against a slow reference built from the other helpers ----------------

// The exact term of one word, the obvious way: ICU lower case, the tone
// placement of ToNewTonePlacement, then the i/y rule by string tests.
std::string ReferenceExact(std::string_view word) {
  std::string s = ToLower(ToNewTonePlacement(word));
  static constexpr std::pair<std::string_view, std::string_view> kYToI[] = {
      {"y", "i"}, {"ỳ", "ì"}, {"ý", "í"}, {"ỷ", "ỉ"}, {"ỹ", "ĩ"}, {"ỵ", "ị"}};
  for (auto [y, i] : kYToI) {
    if (!s.ends_with(y)) continue;
    std::string before = s.substr(0, s.size() - y.size());
    bool consonant = before.ends_with("đ") ||
                     (!before.empty() &&
                      std::string_view("bcdghklmnprstvx").find(before.back()) != std::string::npos);
    if (before.empty() || before.ends_with("qu") || consonant) s = before + std::string(i);
    break;
  }
  return s;
}

// The words of `text` by ICU's character classes.
std::vector<std::string_view> ReferenceWords(std::string_view text) {
  std::vector<std::string_view> words;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t begin = -1;
  for (int32_t i = 0; i <= length;) {
    int32_t start = i;
    UChar32 c = -1;
    if (i < length) {
      U8_NEXT(s, i, length, c);
    } else {
      ++i;
    }
    UErrorCode status = U_ZERO_ERROR;
    bool letter = (c >= '0' && c <= '9') ||
                  (c > 0 && u_isalpha(c) && uscript_getScript(c, &status) == USCRIPT_LATIN);
    if (letter && begin < 0) begin = start;
    if (!letter && begin >= 0) {
      words.push_back(text.substr(begin, start - begin));
      begin = -1;
    }
  }
  return words;
}

TEST(ForEachWordTest, AgreesWithSlowReferenceOnTheCorpus) {
  for (std::string_view file :
       {"corpus/quang-tri/skhcn-174-bc-2020.md", "corpus/ha-tinh/snv-188-bc-2021.md",
        "corpus/trung-uong/btgtw-38-hd-2021.md", "corpus/ca-mau/ubnd-1520-qd-2022.md"}) {
    std::string text = testing::ReadSourceFile(file);
    ASSERT_FALSE(text.empty()) << file;
    std::vector<std::string_view> expected;
    for (std::string_view w : ReferenceWords(text))
      if (ReferenceExact(w).size() <= kMaxWordBytes) expected.push_back(w);
    std::vector<std::string_view> words;
    ForEachWord(text, [&](const WordTerms& word) {
      std::string_view original = std::string_view(text).substr(word.begin, word.end - word.begin);
      words.push_back(original);
      std::string exact = ReferenceExact(original);
      EXPECT_EQ(word.exact.empty() ? word.folded : word.exact, exact) << original;
      EXPECT_EQ(word.folded, Fold(exact)) << original;
      EXPECT_EQ(word.exact.empty(), word.folded == exact) << original;
    });
    EXPECT_EQ(words, expected) << file;
  }
}

}  // namespace
}  // namespace lexgraph
