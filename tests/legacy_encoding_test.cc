// legacy_encoding_test.cc: TCVN3, VNI and Windows-1258 read as Unicode, on
// the text real archives hold: the mojibake a Unicode viewer shows for an
// ABC or VNI document is what these tests feed in, so each expectation is
// checked against how such documents are known to read, not against our
// own tables.
#include "legacy_encoding.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <string_view>

#include "test_support.h"

namespace lexgraph {
namespace {

using testing::Nfc;

// The bytes behind text as a Windows-1252 viewer shows it, by ICU's
// converter (not ours): "ChØ" -> 43 68 D8.
std::string BytesOfShown(std::string_view shown) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cp1252(ucnv_open("windows-1252", &status),
                                                            &ucnv_close);
  EXPECT_TRUE(U_SUCCESS(status));
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(shown);
  std::string bytes(static_cast<std::size_t>(text.length()) * 2 + 1, '\0');
  int32_t length =
      text.extract(bytes.data(), static_cast<int32_t>(bytes.size()), cp1252.get(), status);
  EXPECT_TRUE(U_SUCCESS(status)) << shown;
  bytes.resize(static_cast<std::size_t>(length));
  return bytes;
}

std::string Decode(std::string_view shown, LegacyEncoding encoding) {
  std::string text = DecodeLegacy(BytesOfShown(shown), encoding);
  return Nfc(encoding == LegacyEncoding::kTcvn3 ? RestoreTcvn3Capitals(text) : text);
}

struct Case {
  std::string_view shown;     // as a Windows-1252 viewer shows the bytes
  std::string_view expected;  // what the document says
};

TEST(LegacyEncodingTest, Tcvn3ReadsAbcDocuments) {
  static constexpr Case kCases[] = {
      {"Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"},
      {"§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"},
      {"Thùc hiÖn ChØ thÞ sè 05-CT/TW ngµy 15/5/2016 cña Bé ChÝnh trÞ",
       "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"},
      {"C¨n cø NghÞ ®Þnh sè 30/2020/N§-CP", "Căn cứ Nghị định số 30/2020/NĐ-CP"},
      {"Sè: 41/2019/Q§-UBND", "Số: 41/2019/QĐ-UBND"},
      {"Tæ chøc, ®¬n vÞ, tr­êng häc, ng­êi lao ®éng",
       "Tổ chức, đơn vị, trường học, người lao động"},
      {"kÕ ho¹ch, quü, kü thuËt, thuû s¶n, ý kiÕn", "kế hoạch, quỹ, kỹ thuật, thuỷ sản, ý kiến"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Decode(c.shown, LegacyEncoding::kTcvn3), c.expected) << c.shown;
}

TEST(LegacyEncodingTest, Tcvn3RestoresCapitalsTypedInTheCapitalFont) {
  static constexpr Case kCases[] = {
      // Whole lines in .VnTimeH: ASCII capitals, the rest lower-case codes.
      {"CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
      {"B¸O C¸O", "BÁO CÁO"},
      {"KÕ HO¹CH", "KẾ HOẠCH"},
      {"Uû BAN NH¢N D¢N", "UỶ BAN NHÂN DÂN"},
      // One word in capitals among small letters.
      {"Quy chÕ vÒ QUü ph¸t triÓn", "Quy chế về QUỸ phát triển"},
      // A capital before a small letter is not a heading.
      {"Sè: 15/2021/NQ-H§ND", "Số: 15/2021/NQ-HĐND"},
      // A sentence's first letter, typed alone in the capital font.
      {"ñy ban nh©n d©n tØnh. ñy ban", "Ủy ban nhân dân tỉnh. Ủy ban"},
      // Not after an ellipsis, nor in the middle of a sentence.
      {"®· t¹o... ®ã lµ", "Đã tạo... đó là"},
      // A letter that ASCII has was typed as it stands.
      {"hµng ho¸", "hàng hoá"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Decode(c.shown, LegacyEncoding::kTcvn3), c.expected) << c.shown;
}

TEST(LegacyEncodingTest, VniComposesBaseLettersWithTheirMarks) {
  static constexpr Case kCases[] = {
      {"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
      {"ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"},
      {"UÛY BAN NHAÂN DAÂN TÆNH QUAÛNG TRÒ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"},
      {"Thöïc hieän Chæ thò soá 05-CT/TW cuûa Boä Chính trò",
       "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"},
      {"Caên cöù Nghò ñònh soá 30/2020/NÑ-CP", "Căn cứ Nghị định số 30/2020/NĐ-CP"},
      {"ñöôïc, ngöôøi, tröôøng, Quyeát ñònh, naêm, thaùng, ngaøy",
       "được, người, trường, Quyết định, năm, tháng, ngày"},
      {"kyõ thuaät, quyõ, aùp duïng, vaøo, ñaëc bieät, ñaày ñuû",
       "kỹ thuật, quỹ, áp dụng, vào, đặc biệt, đầy đủ"},
      // A mark byte after a consonant is the Windows-1252 letter it shows.
      {"3ù", "3ù"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Decode(c.shown, LegacyEncoding::kVni), c.expected) << c.shown;
}

TEST(LegacyEncodingTest, Windows1258ComposesCombiningTones) {
  // "Việt Nam Chỉ thị" as glibc's iconv writes it: ê + U+0323, i + U+0309.
  std::string bytes = "Vi\xEA\xF2t Nam Chi\xD2 thi\xF2";
  EXPECT_EQ(Nfc(DecodeLegacy(bytes, LegacyEncoding::kWindows1258)), "Việt Nam Chỉ thị");
  EXPECT_EQ(Nfc(DecodeLegacy("\xD0\xE3ng \xF0\xF4\xF2"
                             "c",
                             LegacyEncoding::kWindows1258)),
            "Đăng độc");
}

TEST(LegacyEncodingTest, LegacyFontsAreKnownByName) {
  ASSERT_TRUE(LegacyFontOf(".VnTime"));
  EXPECT_EQ(LegacyFontOf(".VnTime")->encoding, LegacyEncoding::kTcvn3);
  EXPECT_FALSE(LegacyFontOf(".VnTime")->capitals);
  ASSERT_TRUE(LegacyFontOf(".VnArialH"));
  EXPECT_TRUE(LegacyFontOf(".VnArialH")->capitals);
  ASSERT_TRUE(LegacyFontOf("VNI-Times"));
  EXPECT_EQ(LegacyFontOf("VNI-Times")->encoding, LegacyEncoding::kVni);
  EXPECT_FALSE(LegacyFontOf("Times New Roman"));
  EXPECT_FALSE(LegacyFontOf("Vn"));
}

TEST(LegacyEncodingTest, TextInLegacyFontReadsWhatWordStored) {
  EXPECT_EQ(Nfc(TextInLegacyFont("ChØ thÞ sè 05-CT/TW", *LegacyFontOf(".VnTime"))),
            "Chỉ thị số 05-CT/TW");
  EXPECT_EQ(Nfc(TextInLegacyFont("b¸o c¸o", *LegacyFontOf(".VnTimeH"))), "BÁO CÁO");
  EXPECT_EQ(Nfc(TextInLegacyFont("Quyeát ñònh", *LegacyFontOf("VNI-Times"))), "Quyết định");
  // Word keeps 0x93/0x94 as curly quotes: they stay quotes.
  EXPECT_EQ(Nfc(TextInLegacyFont("\u201CV\u00D2 vi\u00D6c\u201D", *LegacyFontOf(".VnTime"))),
            "\u201CVề việc\u201D");
}

}  // namespace
}  // namespace lexgraph
