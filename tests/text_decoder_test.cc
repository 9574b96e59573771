// text_decoder_test.cc: DecodeText, from the bytes of a file to NFC UTF-8:
// byte-order marks, UTF-16, normalisation, repair of bad bytes, and refusal
// of binary input.
#include "lexgraph/text_decoder.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "test_support.h"

namespace lexgraph {
namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

using testing::Count;

// Encodes BMP-only UTF-8 `text` as UTF-16 with a byte-order mark.
std::string ToUtf16(std::u16string_view units, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char16_t u : units) {
    char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    if (big_endian) {
      out += hi;
      out += lo;
    } else {
      out += lo;
      out += hi;
    }
  }
  return out;
}

TEST(TextDecoderTest, PlainUtf8PassesUnchanged) {
  static constexpr std::string_view kInputs[] = {"Chỉ thị số 05-CT/TW", "plain ascii\n",
                                                 "Uỷ ban nhân dân\r\nQuảng Trị", "😀 日本"};
  for (std::string_view input : kInputs) {
    DecodedText decoded = DecodeText(input);
    ASSERT_TRUE(decoded.ok()) << input << ": " << decoded.error;
    EXPECT_EQ(decoded.text, input);
    EXPECT_EQ(decoded.invalid_sequences, 0u) << input;
  }
}

TEST(TextDecoderTest, Utf8ByteOrderMarkIsStripped) {
  DecodedText decoded = DecodeText("\xEF\xBB\xBFSố: 174 /BC-SKHCHN");
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  EXPECT_EQ(decoded.text, "Số: 174 /BC-SKHCHN");
  EXPECT_EQ(decoded.invalid_sequences, 0u);
}

TEST(TextDecoderTest, Utf16WithByteOrderMarkIsDecoded) {
  const std::u16string units = u"Chỉ thị số 05-CT/TW của Bộ Chính trị\n";
  const std::string expected = "Chỉ thị số 05-CT/TW của Bộ Chính trị\n";
  for (bool big_endian : {false, true}) {
    DecodedText decoded = DecodeText(ToUtf16(units, big_endian));
    ASSERT_TRUE(decoded.ok()) << (big_endian ? "BE: " : "LE: ") << decoded.error;
    EXPECT_EQ(decoded.text, expected) << (big_endian ? "UTF-16 BE" : "UTF-16 LE");
  }
}

TEST(TextDecoderTest, Utf16SurrogatePairsAndNfdAreDecodedToNfc) {
  // "😀" as a surrogate pair, then "ỉ" decomposed as i + U+0309.
  const std::u16string units = u"\U0001F600 Chi\u0309 thi\u0323";
  for (bool big_endian : {false, true}) {
    DecodedText decoded = DecodeText(ToUtf16(units, big_endian));
    ASSERT_TRUE(decoded.ok()) << decoded.error;
    EXPECT_EQ(decoded.text, "😀 Chỉ thị") << (big_endian ? "UTF-16 BE" : "UTF-16 LE");
  }
}

TEST(TextDecoderTest, DecomposedInputComesOutComposed) {
  struct NfdCase {
    std::string nfd;
    std::string_view nfc;
  };
  const NfdCase kCases[] = {
      // i + U+0309 (hook above); i + U+0323 (dot below).
      {"Chi\u0309 thi\u0323", "Chỉ thị"},
      // o + U+0302 (circumflex) + U+0323; e + U+0302 + U+0301.
      {"Bo\u0302\u0323 Chi\u0301nh tri\u0323", "Bộ Chính trị"},
      {"Nghi\u0323 \u0111i\u0323nh so\u0302\u0301 04/2015/N\u0110-CP",
       "Nghị định số 04/2015/NĐ-CP"},
      // U + U+0309 ("Uỷ" in the old placement stays old: NFC only composes).
      {"U\u0309y ban", "Ủy ban"},
      {"Uy\u0309 ban", "Uỷ ban"},
  };
  for (const NfdCase& c : kCases) {
    ASSERT_NE(c.nfd, c.nfc) << "the input must really be decomposed";
    DecodedText decoded = DecodeText(c.nfd);
    ASSERT_TRUE(decoded.ok()) << c.nfd << ": " << decoded.error;
    EXPECT_EQ(decoded.text, c.nfc) << c.nfd;
    EXPECT_EQ(decoded.invalid_sequences, 0u) << c.nfd;
  }
}

TEST(TextDecoderTest, FewInvalidBytesAreReplacedAndCounted) {
  struct RepairCase {
    std::string input;
    std::string expected;
    std::size_t invalid;
  };
  const RepairCase kCases[] = {
      {"Chỉ thị số 05-CT/TW \xFF\xFE của Bộ Chính trị",
       "Chỉ thị số 05-CT/TW " + std::string(kReplacement) + std::string(kReplacement) +
           " của Bộ Chính trị",
       2},
      // A lone continuation byte, a truncated sequence at the end.
      {"a\x80"
       "b",
       "a" + std::string(kReplacement) + "b", 1},
      {"Quảng Trị\xE1\xBB", "Quảng Trị" + std::string(kReplacement), 1},
      // An overlong encoding of '/'.
      {"05-CT\xC0\xAFTW", "05-CT" + std::string(kReplacement) + std::string(kReplacement) + "TW",
       2},
  };
  for (const RepairCase& c : kCases) {
    DecodedText decoded = DecodeText(c.input);
    ASSERT_TRUE(decoded.ok()) << c.input << ": " << decoded.error;
    EXPECT_EQ(decoded.text, c.expected) << c.input;
    EXPECT_EQ(decoded.invalid_sequences, c.invalid) << c.input;
    EXPECT_EQ(Count(decoded.text, kReplacement), c.invalid) << c.input;
  }
}

TEST(TextDecoderTest, SomeBadBytesInALongTextDoNotCostTheText) {
  // One bad byte between every fifth sentence and the next: 40 in all,
  // more than the refusal threshold in absolute number, but rare.
  std::string input;
  for (int i = 0; i < 200; ++i) {
    input += "Chỉ thị số 05-CT/TW của Bộ Chính trị. ";
    if (i % 5 == 0) input += "\xFF";
  }
  std::size_t inserted = Count(input, "\xFF");
  ASSERT_GT(inserted, 16u);
  DecodedText decoded = DecodeText(input);
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  EXPECT_EQ(decoded.invalid_sequences, inserted);
  EXPECT_GE(Count(decoded.text, "05-CT/TW"), 190u);
}

TEST(TextDecoderTest, NulByteMeansBinary) {
  const std::string inputs[] = {
      "Chỉ thị\0số 05"s,
      "\0\0\0\0"s,
      "\xEF\xBB\xBF"
      "abc\0"s,
      "%PDF-1.4\n\0\x01\x02"s,
  };
  for (const std::string& input : inputs) {
    DecodedText decoded = DecodeText(input);
    EXPECT_FALSE(decoded.ok()) << input.size() << " bytes";
    EXPECT_NE(decoded.error.find("binary"), std::string::npos) << decoded.error;
    EXPECT_TRUE(decoded.text.empty());
  }
}

TEST(TextDecoderTest, MostlyInvalidBytesAreRefused) {
  std::string noise;
  unsigned state = 12345;
  while (noise.size() < 4096) {
    state = state * 1103515245u + 12345u;
    noise += static_cast<char>(0x80 + ((state >> 16) & 0x7F));  // 0x80..0xFF
  }
  DecodedText decoded = DecodeText(noise);
  EXPECT_FALSE(decoded.ok()) << "4 KB of 0x80..0xFF noise was accepted";
  EXPECT_FALSE(decoded.error.empty());
  EXPECT_TRUE(decoded.text.empty());

  // Legacy 8-bit text is not refused, nor read as damaged UTF-8: it is
  // read in a legacy encoding (which one: legacy_encoding_test and
  // document_decoder_test).
  std::string legacy;
  for (int i = 0; i < 200; ++i) legacy += "Ch\xD2 th\xDE s\xE8 05 ";
  DecodedText legacy_decoded = DecodeText(legacy);
  ASSERT_TRUE(legacy_decoded.ok()) << legacy_decoded.error;
  EXPECT_NE(legacy_decoded.encoding, "UTF-8");
  EXPECT_EQ(legacy_decoded.invalid_sequences, 0u);
  EXPECT_EQ(Count(legacy_decoded.text, kReplacement), 0u);
}

TEST(TextDecoderTest, ShortInputOfOnlyInvalidBytesIsRefused) {
  std::string noise;
  for (int i = 0; i < 12; ++i) noise += static_cast<char>(0x80 + i);
  DecodedText decoded = DecodeText(noise);
  EXPECT_FALSE(decoded.ok()) << "accepted as " << decoded.invalid_sequences << " U+FFFD";
}

TEST(TextDecoderTest, EmptyInputIsOkAndEmpty) {
  for (std::string_view input : {""sv, "\xEF\xBB\xBF"sv, "\xFF\xFE"sv, "\xFE\xFF"sv}) {
    DecodedText decoded = DecodeText(input);
    EXPECT_TRUE(decoded.ok()) << input.size() << " bytes: " << decoded.error;
    EXPECT_TRUE(decoded.text.empty()) << input.size() << " bytes";
    EXPECT_EQ(decoded.invalid_sequences, 0u);
  }
}

}  // namespace
}  // namespace lexgraph
