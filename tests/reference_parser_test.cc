// reference_parser_test.cc: ParseReference, from what a person types to the
// key of the document meant, and CitationKey, the same key for an extracted
// citation.
#include "lexgraph/reference_parser.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "lexgraph/extraction.h"

namespace lexgraph {
namespace {

struct SymbolCase {
  std::string input;
  std::string_view key;
  std::optional<std::string> type;
  std::string_view symbol;
};

TEST(ReferenceParserTest, SpellingsOfOneDirectiveGiveOneKey) {
  const SymbolCase kCases[] = {
      {"Chỉ thị 05-CT/TW", "sym:5-ct/tw", "Chỉ thị", "05-CT/TW"},
      {"chỉ thị số 5-CT/TW", "sym:5-ct/tw", "Chỉ thị", "5-CT/TW"},
      {"chi thi 05-ct/tw", "sym:5-ct/tw", "Chỉ thị", "05-CT/TW"},
      {"05-CT/TW", "sym:5-ct/tw", "Chỉ thị", "05-CT/TW"},
      {"CHỈ THỊ SỐ 05-CT/TW", "sym:5-ct/tw", "Chỉ thị", "05-CT/TW"},
      {"  Chỉ thị   số  05 – CT / TW  ", "sym:5-ct/tw", "Chỉ thị", "05-CT/TW"},
      {"Chi\u0309 thi\u0323 so\u0302\u0301 05-CT/TW", "sym:5-ct/tw", "Chỉ thị", "05-CT/TW"},
      {"Chỉ thị\u00A0số\u00A005\u2011CT/TW", "sym:5-ct/tw", "Chỉ thị", "05-CT/TW"},
  };
  for (const SymbolCase& c : kCases) {
    ParsedReference parsed = ParseReference(c.input);
    ASSERT_TRUE(parsed.ok()) << c.input << ": " << parsed.error;
    const Reference& ref = *parsed.reference;
    EXPECT_EQ(ref.key, c.key) << c.input;
    EXPECT_EQ(ref.type, c.type) << c.input;
    EXPECT_EQ(ref.symbol, std::optional<std::string>(c.symbol)) << c.input;
    EXPECT_EQ(ref.name, std::nullopt) << c.input;
    EXPECT_EQ(ref.date, std::nullopt) << c.input;
  }
}

TEST(ReferenceParserTest, DecreeWithDate) {
  const std::string input = "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015";
  ParsedReference parsed = ParseReference(input);
  ASSERT_TRUE(parsed.ok()) << input << ": " << parsed.error;
  EXPECT_EQ(parsed.reference->type, "Nghị định") << input;
  EXPECT_EQ(parsed.reference->symbol, "04/2015/NĐ-CP") << input;
  EXPECT_EQ(parsed.reference->date, "2015-01-09") << input;
  EXPECT_EQ(parsed.reference->key, "sym:4/2015/nd-cp") << input;

  for (std::string_view other : {"4/2015/nd-cp", "Nghị định 04/2015/ND-CP", "04 / 2015 / NĐ – CP",
                                 "nghi dinh so 4/2015/nd-cp ngay 9/1/2015"}) {
    ParsedReference same = ParseReference(other);
    ASSERT_TRUE(same.ok()) << other << ": " << same.error;
    EXPECT_EQ(same.reference->key, parsed.reference->key) << other;
    EXPECT_EQ(same.reference->type, "Nghị định") << other;
  }
  ParsedReference spelled = ParseReference("Nghị định 04/2015/NĐ-CP ngày 9 tháng 1 năm 2015");
  ASSERT_TRUE(spelled.ok()) << spelled.error;
  EXPECT_EQ(spelled.reference->date, "2015-01-09");
}

TEST(ReferenceParserTest, TypeWordsWinOverTheSymbolCode) {
  const SymbolCase kCases[] = {
      {"Công văn số 1225/UBND-NC", "sym:1225/ubnd-nc", "Công văn", "1225/UBND-NC"},
      {"văn bản số 1225/UBND-NC", "sym:1225/ubnd-nc", "Công văn", "1225/UBND-NC"},
      {"1225/UBND-NC", "sym:1225/ubnd-nc", std::nullopt, "1225/UBND-NC"},
      {"Quyết định 41/2019/QĐ-UBND", "sym:41/2019/qd-ubnd", "Quyết định", "41/2019/QĐ-UBND"},
      {"Qui định số 08-QĐi/TW", "sym:8-qdi/tw", "Quy định", "08-QĐI/TW"},
      {"Thông tư liên tịch 02/2015/TTLT-BTC-BKHCN", "sym:2/2015/ttlt-btc-bkhcn",
       "Thông tư liên tịch", "02/2015/TTLT-BTC-BKHCN"},
      {"Luật số 29/2013/QH13", "sym:29/2013/qh13", "Luật", "29/2013/QH13"},
  };
  for (const SymbolCase& c : kCases) {
    ParsedReference parsed = ParseReference(c.input);
    ASSERT_TRUE(parsed.ok()) << c.input << ": " << parsed.error;
    EXPECT_EQ(parsed.reference->key, c.key) << c.input;
    EXPECT_EQ(parsed.reference->type, c.type) << c.input;
    EXPECT_EQ(parsed.reference->symbol, std::optional<std::string>(c.symbol)) << c.input;
  }
}

TEST(ReferenceParserTest, DifferentDocumentsGiveDifferentKeys) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"41/2019/QĐ-UBND", "41/2020/QĐ-UBND"},
      {"Chỉ thị 05-CT/TW", "Chỉ thị 06-CT/TW"},
      {"05-CT/TW", "05-NQ/TW"},
      {"Bộ luật Lao động", "Luật Khoa học và Công nghệ"},
  };
  for (const auto& [a, b] : kPairs) {
    ParsedReference pa = ParseReference(a);
    ParsedReference pb = ParseReference(b);
    ASSERT_TRUE(pa.ok() && pb.ok()) << a << ": " << pa.error << " / " << b << ": " << pb.error;
    EXPECT_NE(pa.reference->key, pb.reference->key) << a << " / " << b;
  }
}

struct NameCase {
  std::string_view input;
  std::string_view key;
  std::string_view type;
  std::string_view name;
};

TEST(ReferenceParserTest, NamedDocuments) {
  static constexpr NameCase kCases[] = {
      {"Bộ luật Lao động", "name:bo luat lao dong", "Bộ luật", "Bộ luật Lao động"},
      {"bo luat lao dong", "name:bo luat lao dong", "Bộ luật", "Bộ luật Lao động"},
      {"Bộ Luật lao động", "name:bo luat lao dong", "Bộ luật", "Bộ luật Lao động"},
      {"BỘ LUẬT LAO ĐỘNG", "name:bo luat lao dong", "Bộ luật", "Bộ luật Lao động"},
      {"Luật Khoa học và Công nghệ", "name:luat khoa hoc va cong nghe", "Luật",
       "Luật Khoa học và Công nghệ"},
      {"luat khoa hoc va cong nghe", "name:luat khoa hoc va cong nghe", "Luật",
       "Luật Khoa học và Công nghệ"},
      {"Hiến pháp năm 2013", "name:hien phap nam 2013", "Hiến pháp", "Hiến pháp năm 2013"},
  };
  for (const NameCase& c : kCases) {
    ParsedReference parsed = ParseReference(c.input);
    ASSERT_TRUE(parsed.ok()) << c.input << ": " << parsed.error;
    const Reference& ref = *parsed.reference;
    EXPECT_EQ(ref.key, c.key) << c.input;
    EXPECT_EQ(ref.type, std::optional<std::string>(c.type)) << c.input;
    EXPECT_EQ(ref.name, std::optional<std::string>(c.name)) << c.input;
    EXPECT_EQ(ref.symbol, std::nullopt) << c.input;
  }
}

TEST(ReferenceParserTest, UnreadableInputIsAnErrorWithAMessage) {
  std::string long_input;
  while (long_input.size() < 2000) long_input += "Chỉ thị 05-CT/TW ";
  const std::string kInputs[] = {
      "", "   ", "\n\t ", "hello world", "Chỉ thị", "chi thi so", "12/3", long_input,
  };
  for (const std::string& input : kInputs) {
    ParsedReference parsed = ParseReference(input);
    EXPECT_FALSE(parsed.ok()) << "[" << input.substr(0, 60) << "] gave key "
                              << (parsed.reference ? parsed.reference->key : "");
    EXPECT_FALSE(parsed.error.empty()) << "[" << input.substr(0, 60) << "]";
  }
}

TEST(ReferenceParserTest, CitationKeyOfAnExtractedCitationEqualsTheParsedKey) {
  Citation citation;
  citation.type = "Chỉ thị";
  citation.symbol = "05-CT/TW";
  citation.date = "2016-05-15";
  citation.issuer = "Bộ Chính trị";
  citation.text = "Chỉ thị số 05-CT/TW";
  citation.end = citation.text.size();
  for (std::string_view input : {"Chỉ thị 05-CT/TW", "chi thi 5-ct/tw", "05-CT/TW"}) {
    ParsedReference parsed = ParseReference(input);
    ASSERT_TRUE(parsed.ok()) << input << ": " << parsed.error;
    EXPECT_EQ(CitationKey(citation), parsed.reference->key) << input;
  }

  Citation decree;
  decree.type = "Nghị định";
  decree.symbol = "04/2015/NĐ-CP";
  ParsedReference parsed_decree = ParseReference("4/2015/nd-cp");
  ASSERT_TRUE(parsed_decree.ok()) << parsed_decree.error;
  EXPECT_EQ(CitationKey(decree), parsed_decree.reference->key);

  Citation law;
  law.type = "Bộ luật";
  law.name = "Bộ luật Lao động";
  ParsedReference parsed_law = ParseReference("bo luat lao dong");
  ASSERT_TRUE(parsed_law.ok()) << parsed_law.error;
  EXPECT_EQ(CitationKey(law), parsed_law.reference->key);

  Citation other;
  other.type = "Chỉ thị";
  other.symbol = "06-CT/TW";
  EXPECT_NE(CitationKey(other), CitationKey(citation));
}

}  // namespace
}  // namespace lexgraph
