// folded_text_test.cc: FoldedText and Fold(), the ASCII shadow of a text
// that citation patterns run over, and its map back to the original bytes.
#include "folded_text.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace lexgraph {
namespace {

// Length in bytes of the UTF-8 sequence that starts with `lead`.
std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;  // continuation byte: not the start of a code point
}

// True when `s` is exactly one whole UTF-8 code point.
bool IsOneCodePoint(std::string_view s) {
  if (s.empty()) return false;
  std::size_t n = Utf8Length(static_cast<unsigned char>(s[0]));
  if (n == 0 || n != s.size()) return false;
  for (std::size_t i = 1; i < n; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return false;
  return true;
}

// Counts the code points of valid UTF-8.
std::size_t CodePoints(std::string_view s) {
  std::size_t count = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

// Collapses runs of white space to one space and trims.
std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct FoldCase {
  std::string_view input;
  std::string_view folded;
};

TEST(FoldTest, VietnameseLettersFoldToAsciiLowerCase) {
  static constexpr FoldCase kCases[] = {
      {"Chỉ thị", "chi thi"},
      {"CHỈ THỊ", "chi thi"},
      {"Nghị định", "nghi dinh"},
      {"NGHỊ ĐỊNH", "nghi dinh"},
      {"Quyết định số", "quyet dinh so"},
      {"Đ", "d"},
      {"đ", "d"},
      {"ĐẮK LẮK", "dak lak"},
      {"Sở Khoa học và Công nghệ", "so khoa hoc va cong nghe"},
      {"Thông tư liên tịch", "thong tu lien tich"},
      {"Bộ luật Lao động", "bo luat lao dong"},
      {"ăâđêôơư", "aadeoou"},
      {"ĂÂĐÊÔƠƯ", "aadeoou"},
      {"àáảãạ ằắẳẵặ ầấẩẫậ", "aaaaa aaaaa aaaaa"},
      {"èéẻẽẹ ềếểễệ", "eeeee eeeee"},
      {"ìíỉĩị ỳýỷỹỵ", "iiiii yyyyy"},
      {"òóỏõọ ồốổỗộ ờớởỡợ", "ooooo ooooo ooooo"},
      {"ùúủũụ ừứửữự", "uuuuu uuuuu"},
      {"ÀÁẢÃẠ ỲÝỶỸỴ ỪỨỬỮỰ", "aaaaa yyyyy uuuuu"},
      {"05-CT/TW", "05-ct/tw"},
      {"", ""},
  };
  for (const FoldCase& c : kCases) EXPECT_EQ(Fold(c.input), c.folded) << c.input;
}

TEST(FoldTest, EthLookalikeFoldsLikeDStroke) {
  static constexpr FoldCase kCases[] = {
      {"Ð", "d"}, {"ð", "d"}, {"QÐ-UBND", "qd-ubnd"}, {"ÐẢNG", "dang"}};
  for (const FoldCase& c : kCases) EXPECT_EQ(Fold(c.input), c.folded) << c.input;
}

TEST(FoldTest, OldAndNewTonePlacementFoldAlike) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"Uỷ ban", "Ủy ban"}, {"hoà", "hòa"}, {"thuỷ", "thủy"}, {"khoá", "khóa"},
      {"UỶ BAN", "ỦY BAN"}, {"hoả", "hỏa"}, {"thuý", "thúy"}, {"Thuỷ lợi", "Thủy lợi"},
  };
  for (const auto& [old_form, new_form] : kPairs) {
    EXPECT_EQ(Fold(old_form), Fold(new_form)) << old_form << " vs " << new_form;
    EXPECT_FALSE(Fold(old_form).empty()) << old_form;
  }
  EXPECT_EQ(Fold("Uỷ ban"), "uy ban");
  EXPECT_EQ(Fold("hoà"), "hoa");
}

TEST(FoldTest, SpaceVariantsBecomeOneSpace) {
  static constexpr FoldCase kCases[] = {
      {"a\u00A0b", "a b"},  // no-break space
      {"a\u2009b", "a b"},  // thin space
      {"a\u202Fb", "a b"},  // narrow no-break space
      {"a\u2002b", "a b"},  // en space
      {"a\u3000b", "a b"},  // ideographic space
      {"a\tb", "a b"},     {"số\u00A005-CT/TW", "so 05-ct/tw"},
  };
  for (const FoldCase& c : kCases) EXPECT_EQ(Fold(c.input), c.folded) << c.input;
}

TEST(FoldTest, LineBreaksStayLineBreaks) {
  EXPECT_EQ(Fold("a\nb"), "a\nb");
  EXPECT_EQ(Fold("a\fb"), "a\nb") << "form feed";
  EXPECT_EQ(Fold("a\u2028b"), "a\nb") << "line separator";
}

TEST(FoldTest, DashVariantsBecomeHyphen) {
  static constexpr FoldCase kCases[] = {
      {"05\u2013CT/TW", "05-ct/tw"},  // en dash
      {"05\u2014CT/TW", "05-ct/tw"},  // em dash
      {"05\u2010CT/TW", "05-ct/tw"},  // hyphen
      {"05\u2011CT/TW", "05-ct/tw"},  // non-breaking hyphen
      {"05\u2212CT/TW", "05-ct/tw"},  // minus sign
      {"05 – CT/TW", "05 - ct/tw"},
  };
  for (const FoldCase& c : kCases) EXPECT_EQ(Fold(c.input), c.folded) << c.input;
}

TEST(FoldTest, CurlyQuotesBecomeStraightQuote) {
  static constexpr FoldCase kCases[] = {
      {"\u201CVề\u201D", "\"ve\""},
      {"\u2018a\u2019", "\"a\""},
      {"\u201Ea\u201C", "\"a\""},
      {"“Đẩy mạnh học tập”", "\"day manh hoc tap\""},
  };
  for (const FoldCase& c : kCases) EXPECT_EQ(Fold(c.input), c.folded) << c.input;
}

TEST(FoldTest, ZeroWidthCharactersAreDropped) {
  static constexpr FoldCase kCases[] = {
      {"Chỉ\u200B thị", "chi thi"},    // zero-width space
      {"05-\u200CCT/TW", "05-ct/tw"},  // zero-width non-joiner
      {"05-C\u200DT/TW", "05-ct/tw"},  // zero-width joiner
      {"\uFEFFChỉ thị", "chi thi"},    // BOM / zero-width no-break space
      {"ab\u2060c", "abc"},            // word joiner
      {"ab\u00ADc", "abc"},            // soft hyphen
  };
  for (const FoldCase& c : kCases) EXPECT_EQ(Fold(c.input), c.folded) << c.input;
}

TEST(FoldedTextTest, FoldedTextAgreesWithFold) {
  static constexpr std::string_view kInputs[] = {"Căn cứ Nghị định số 04/2015/NĐ-CP", "plain ascii",
                                                 "Uỷ ban nhân dân tỉnh Quảng Trị", ""};
  for (std::string_view input : kInputs) {
    FoldedText folded(input);
    EXPECT_EQ(folded.folded(), Fold(input)) << input;
    EXPECT_EQ(folded.original(), input) << input;
    EXPECT_EQ(folded.size(), folded.folded().size()) << input;
  }
}

// A sentence with one-, two-, three- and four-byte code points.
constexpr std::string_view kMixed =
    "Căn cứ Nghị định số 04/2015/NĐ\u2011CP — \u201CVề thực hiện dân chủ\u201D, "
    "Uỷ ban nhân dân tỉnh ĐẮK LẮK;\u00A0日本 😀 ½ x\n— hết.";

TEST(FoldedTextTest, EveryFoldedByteMapsBackToOneWholeCodePoint) {
  FoldedText folded(kMixed);
  EXPECT_EQ(folded.size(), CodePoints(kMixed)) << kMixed;
  std::string rebuilt;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    std::string_view slice = folded.OriginalSlice(i, i + 1);
    EXPECT_TRUE(IsOneCodePoint(slice))
        << "folded index " << i << " maps to \"" << slice << "\" in: " << kMixed;
    rebuilt += slice;
  }
  EXPECT_EQ(rebuilt, kMixed);
  EXPECT_EQ(folded.ToOriginal(0), 0u);
  EXPECT_EQ(folded.ToOriginal(folded.size()), kMixed.size());
  for (std::size_t i = 1; i <= folded.size(); ++i)
    EXPECT_LT(folded.ToOriginal(i - 1), folded.ToOriginal(i)) << "index " << i;
}

TEST(FoldedTextTest, RangesMapBackToExactlyTheOriginalWords) {
  FoldedText folded(kMixed);
  struct RangeCase {
    std::string_view folded_word;
    std::string_view original_word;
  };
  static constexpr RangeCase kCases[] = {
      {"nghi dinh", "Nghị định"},
      {"04/2015/nd-cp", "04/2015/NĐ\u2011CP"},
      {"\"ve thuc hien dan chu\"", "\u201CVề thực hiện dân chủ\u201D"},
      {"uy ban nhan dan", "Uỷ ban nhân dân"},
      {"dak lak", "ĐẮK LẮK"},
      {"het.", "hết."},
  };
  for (const RangeCase& c : kCases) {
    std::size_t pos = folded.folded().find(c.folded_word);
    ASSERT_NE(pos, std::string_view::npos) << c.folded_word << " in " << folded.folded();
    EXPECT_EQ(folded.OriginalSlice(pos, pos + c.folded_word.size()), c.original_word)
        << c.folded_word;
  }
  // The whole folded text maps back to the whole original.
  EXPECT_EQ(folded.OriginalSlice(0, folded.size()), kMixed);
}

TEST(FoldedTextTest, DroppedCharactersStayInsideTheSurroundingSlice) {
  constexpr std::string_view kText = "Chỉ\u200B thị số\u00AD 05";
  FoldedText folded(kText);
  EXPECT_EQ(folded.folded(), "chi thi so 05");
  std::size_t pos = folded.folded().find("chi thi");
  EXPECT_EQ(folded.OriginalSlice(pos, pos + 7), "Chỉ\u200B thị") << kText;
  EXPECT_EQ(folded.OriginalSlice(0, folded.size()), kText);
}

TEST(FoldedTextTest, AsciiTextKeepsIdentityOffsets) {
  constexpr std::string_view kText = "Chi thi so 05-CT/TW ngay 15/5/2016\ncua Bo Chinh tri.";
  FoldedText folded(kText);
  ASSERT_EQ(folded.size(), kText.size());
  for (std::size_t i = 0; i <= folded.size(); ++i) EXPECT_EQ(folded.ToOriginal(i), i) << i;
  EXPECT_EQ(folded.folded(), "chi thi so 05-ct/tw ngay 15/5/2016\ncua bo chinh tri.");
  EXPECT_EQ(folded.OriginalSlice(11, 19), "05-CT/TW");
}

TEST(FoldedTextTest, PageBreakLineAndPageNumberAreBlanked) {
  const std::string text = "Chỉ thị số\n--- PAGE BREAK ---\n12\n05-CT/TW của Bộ Chính trị\n13\nhết";
  FoldedText folded(text);
  EXPECT_EQ(folded.original(), text) << "the original is untouched";
  ASSERT_EQ(folded.size(), CodePoints(text));
  EXPECT_EQ(folded.folded().find("page"), std::string_view::npos) << folded.folded();
  EXPECT_EQ(Squeeze(folded.folded()), "chi thi so 05-ct/tw cua bo chinh tri 13 het")
      << "only the page number right after the marker is blanked: " << folded.folded();
  // Line structure is kept: blanking replaces bytes, it does not remove them.
  EXPECT_EQ(folded.folded().substr(0, 11), "chi thi so\n");
  // The marker line is the folded text's second line; its blanked bytes
  // still map back to the marker.
  constexpr std::string_view kMarker = "--- PAGE BREAK ---";
  std::size_t line_start = folded.folded().find('\n') + 1;
  std::string_view line = folded.folded().substr(line_start, kMarker.size());
  EXPECT_EQ(line, std::string(kMarker.size(), ' ')) << "[" << line << "]";
  EXPECT_EQ(folded.OriginalSlice(line_start, line_start + kMarker.size()), kMarker);
  std::size_t number = line_start + kMarker.size() + 1;
  EXPECT_EQ(folded.folded().substr(number, 3), "  \n") << "the page number 12 is blanked";
  EXPECT_EQ(folded.OriginalSlice(number, number + 2), "12");
}

TEST(FoldedTextTest, PageNumberAfterBlankLineIsBlanked) {
  const std::string text = "Nghị định\n\n==== PAGE BREAK ====\n\n  7  \n\nsố 04/2015/NĐ-CP";
  FoldedText folded(text);
  EXPECT_EQ(Squeeze(folded.folded()), "nghi dinh so 04/2015/nd-cp") << folded.folded();
}

TEST(FoldedTextTest, TextThatOnlyMentionsPageBreakIsKept) {
  static constexpr std::string_view kInputs[] = {
      "see the page break below\n12\n",
      "--- PAGE BREAK --- Chỉ thị\n12\n",
  };
  for (std::string_view input : kInputs) {
    FoldedText folded(input);
    EXPECT_NE(folded.folded().find("page break"), std::string_view::npos) << input;
    EXPECT_NE(folded.folded().find("12"), std::string_view::npos) << input;
  }
  // A lone number without a page break before it is content.
  EXPECT_EQ(Fold("Điều\n12\nkhoản"), "dieu\n12\nkhoan");
}

// OCR splits a paragraph with a blank line where a justified line had wide
// gaps; a paragraph does not begin in small letters, so that blank line is
// one line break. A blank line after punctuation, or before a capital,
// stays: a new paragraph, a heading.
TEST(FoldedTextTest, BlankLineInsideAParagraphIsOneLineBreak) {
  FoldedText split("Căn cứ Luật Ban hành văn bản quy phạm pháp\n\nluật ngày 19 tháng 02 năm 2025;");
  EXPECT_EQ(split.folded(),
            "can cu luat ban hanh van ban quy pham phap\n luat ngay 19 thang 02 "
            "nam 2025;");
  EXPECT_EQ(split.size(), CodePoints(split.original()));
  for (std::string_view kept :
       {"kết quả như sau:\n\nđối với", "I. KẾT QUẢ\n\nSau 5 năm", "Điều 50\n\nLuật Quản lý thuế"}) {
    FoldedText folded(kept);
    EXPECT_NE(folded.folded().find("\n\n"), std::string_view::npos) << kept;
  }
}

TEST(FoldedTextTest, MarkdownEmphasisIsBlanked) {
  static constexpr FoldCase kCases[] = {
      {"**BÁO CÁO**", "  bao cao  "},     {"*Chỉ thị* số 05", " chi thi  so 05"},
      {"__Nghị định__", "  nghi dinh  "}, {"_a_", " a "},
      {"# Kết quả", "  ket qua"},         {"**05-CT/TW**", "  05-ct/tw  "},
  };
  for (const FoldCase& c : kCases) {
    FoldedText folded(c.input);
    EXPECT_EQ(folded.folded(), c.folded) << c.input;
    EXPECT_EQ(folded.original(), c.input) << c.input;
    EXPECT_EQ(folded.OriginalSlice(0, folded.size()), c.input) << c.input;
  }
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

TEST(FoldedTextMarkup, HtmlTagsAreBlankedAndBlockTagsBreakLines) {
  std::string text = "<p>BÁO CÁO</p><p>Chỉ thị <strong>05-CT/TW</strong></p>";
  FoldedText folded(text);
  std::string_view f = folded.folded();
  EXPECT_EQ(f.find('<'), std::string_view::npos) << f;
  EXPECT_EQ(f[0], '\n');
  EXPECT_NE(f.find("bao cao"), std::string_view::npos) << f;
  EXPECT_NE(f.find("chi thi"), std::string_view::npos) << f;
  // Inline tags are blanked without a line break; the original is untouched.
  std::size_t at = f.find("chi thi");
  EXPECT_EQ(f.substr(at, 30).find('\n'), std::string_view::npos) << f;
  EXPECT_EQ(folded.original(), text);
  // "a < b" and "<3" are not tags.
  FoldedText not_tags("a < b và <3 và 1<2>0");
  EXPECT_NE(not_tags.folded().find('<'), std::string_view::npos);
}

}  // namespace
}  // namespace lexgraph
