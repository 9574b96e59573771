// reference_parser_test.cc: ParseReference, from what a person types to the
// key of the document meant, and CitationKey, the same key for an extracted
// citation.
#include "lexgraph/reference_parser.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "lexgraph/citation_extractor.h"
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
      {"Qui định số 08-QĐi/TW", "sym:8-qdi/tw", "Quy định", "08-QĐi/TW"},
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

// Found by tests/fuzz/extractor_fuzzer ("... Luật Khoa học và Công nghệdụng:
// ..."): the name of a law not in the tables, with "và" or a capitalised stop
// word ("Nam") between capitalised words, was read whole in a report but cut
// there when typed, so the citation could not be found by its name.
TEST(ReferenceParserTest, TypedNameOfAnUnlistedLawGivesTheExtractedKey) {
  const CitationExtractor extractor;
  for (std::string_view name : {"Luật Khoa học và Công nghệdụng", "Luật Thi đua và Khen thưởng",
                                "Luật Người Việt Nam Định cư"}) {
    Extraction extraction = extractor.Extract("để thi hành " + std::string(name) + ": nội dung\n");
    ASSERT_EQ(extraction.citations.size(), 1u) << name;
    const Citation& citation = extraction.citations[0];
    EXPECT_EQ(citation.name, std::optional<std::string>(name));
    ParsedReference parsed = ParseReference(citation.text);
    ASSERT_TRUE(parsed.ok()) << name << ": " << parsed.error;
    EXPECT_EQ(parsed.reference->name, citation.name);
    EXPECT_EQ(parsed.reference->key, CitationKey(citation)) << name;
  }
  ParsedReference typed = ParseReference("Luật Thi đua và Khen thưởng");
  ASSERT_TRUE(typed.ok()) << typed.error;
  EXPECT_EQ(typed.reference->key, "name:luat thi dua va khen thuong");
}

// Found by tests/fuzz/reference_parser_fuzzer: Windows-1258 writes tone
// marks as bytes of their own, and a stray one ("0/\xDE" "2015/\xD5": a
// tilde after the slash) stayed in the canonical symbol, which then read as
// another symbol or none, so typing it back did not find the document.
TEST(ReferenceParserTest, StrayCombiningMarkIsNotPartOfTheSymbol) {
  ParsedReference parsed = ParseReference(
      "0/\xDE"
      "2015/\xD5");
  ASSERT_TRUE(parsed.ok()) << parsed.error;
  EXPECT_EQ(parsed.reference->symbol, "0/2015/Ơ");
  EXPECT_EQ(parsed.reference->key, "sym:0/2015/o");
  ParsedReference typed = ParseReference(*parsed.reference->symbol);
  ASSERT_TRUE(typed.ok()) << typed.error;
  EXPECT_EQ(typed.reference->key, parsed.reference->key);

  ParsedReference decree = ParseReference(
      "Nghị định 04/\u0303"
      "2015/NĐ-CP");
  ASSERT_TRUE(decree.ok()) << decree.error;
  EXPECT_EQ(decree.reference->symbol, "04/2015/NĐ-CP");
  EXPECT_EQ(decree.reference->key, "sym:4/2015/nd-cp");
}

// Found by tests/fuzz/reference_parser_fuzzer: the name of an amending law
// read from "...sửa đổi,ongm0ngày >;" lost the end of its last word, which
// ends in "ngày" (taken for the date word), and "luat sua doi,>" and
// "...sửa đổi,t >" gave the names "Luật sửa đổi" and "Luật sửa đổi,t", which
// name nothing; typed back, none of them gave the key.
TEST(ReferenceParserTest, CanonicalNameOfAnAmendingLawReadsBackAsItsKey) {
  for (std::string_view input :
       {std::string_view("\x85luat ^^^^luat s\xE1\xBB\xAD"
                         "a \xC4\x91\xE1\xBB\x95i,ongm0ng\xC3\xA0y >\x01\x96;"),
        std::string_view("Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 1/1/2020")}) {
    ParsedReference parsed = ParseReference(input);
    ASSERT_TRUE(parsed.ok()) << input << ": " << parsed.error;
    ASSERT_TRUE(parsed.reference->name.has_value()) << input;
    ParsedReference typed = ParseReference(*parsed.reference->name);
    ASSERT_TRUE(typed.ok()) << *parsed.reference->name << ": " << typed.error;
    EXPECT_EQ(typed.reference->key, parsed.reference->key) << input;
  }
  ParsedReference glued = ParseReference("Luật sửa đổi,ongm0ngày >;");
  ASSERT_TRUE(glued.ok()) << glued.error;
  EXPECT_EQ(glued.reference->name, "Luật sửa đổi,ongm0ngày");
  EXPECT_FALSE(ParseReference("luat sua doi,>\x01").ok());
  EXPECT_FALSE(ParseReference("\x85luat ^^^^luat s\xE1\xBB\xAD"
                              "a \xC4\x91\xE1\xBB\x95i,t >\x01\x96;")
                   .ok());
}

// Found by tests/fuzz/reference_parser_fuzzer: "1/ßßßàßßß" (Windows-1258
// bytes) was matched as seven letters, but upper-cased to thirteen
// ("SSSSSSÀSSSSSS"), too many for a code: the symbol given did not read back.
TEST(ReferenceParserTest, UpperCasingKeepsTheLettersOfTheSymbol) {
  ParsedReference parsed = ParseReference("1/\xDF\xDF\xDF\xE0\xDF\xDF\xDF\x95\xE0");
  ASSERT_TRUE(parsed.ok()) << parsed.error;
  EXPECT_EQ(parsed.reference->symbol, "1/ßßßÀßßß");
  ParsedReference typed = ParseReference(*parsed.reference->symbol);
  ASSERT_TRUE(typed.ok()) << typed.error;
  EXPECT_EQ(typed.reference->key, parsed.reference->key);
}

// Found by tests/fuzz/reference_parser_fuzzer: a soft hyphen (U+00AD,
// invisible; Word and OCR leave them in) inside a symbol was dropped from
// its key but kept in its canonical text, so the symbol it gave, typed
// back, read as no symbol at all.
TEST(ReferenceParserTest, SoftHyphenAndZeroWidthSpaceAreNotPartOfTheSymbol) {
  for (std::string_view typed : {"Quy\u1EBFt \u0111\u1ECBnh 41/2019/Q\u0110-\u00ADUBND",
                                 "41/\u00AD2019/Q\u0110-UB\u200BND"}) {
    ParsedReference parsed = ParseReference(typed);
    ASSERT_TRUE(parsed.ok()) << typed << ": " << parsed.error;
    EXPECT_EQ(parsed.reference->symbol, "41/2019/Q\u0110-UBND") << typed;
    EXPECT_EQ(parsed.reference->key, "sym:41/2019/qd-ubnd") << typed;
  }
}

// Found by tests/fuzz/reference_parser_fuzzer: a dash of another script
// (U+058A, Armenian) read as '-' in the key but stayed in the canonical
// symbol, which then read back as another symbol.
TEST(ReferenceParserTest, EveryDashTheKeyReadsIsADashInTheSymbol) {
  ParsedReference parsed = ParseReference(" 2/u0\u058AL2\u1EADtuC");
  ASSERT_TRUE(parsed.ok()) << parsed.error;
  ParsedReference typed = ParseReference(*parsed.reference->symbol);
  ASSERT_TRUE(typed.ok()) << typed.error;
  EXPECT_EQ(typed.reference->key, parsed.reference->key) << *parsed.reference->symbol;
  ParsedReference figure_dash = ParseReference("41/2019/QĐ\u2012UBND");  // figure dash
  ASSERT_TRUE(figure_dash.ok()) << figure_dash.error;
  EXPECT_EQ(figure_dash.reference->symbol, "41/2019/QĐ-UBND");
}

// Found by tests/fuzz/extractor_fuzzer: the text of a citation of a plan by
// its name held a law's name inside it ("... dữ liệu về dân cư, Hiến pháp
// ..."), and typing that text back gave the law. A name is read from the
// first word typed.
TEST(ReferenceParserTest, LawNameInsideOtherWordsIsNotTheReference) {
  ParsedReference inside = ParseReference(
      "\u0110\u1EC1 \u00E1n ph\u00E1t tri\u1EC3n d\u1EEF li\u1EC7u v\u1EC1 d\u00E2n "
      "c\u01B0, Hi\u1EBFn ph\u00E1p, \u0111\u1ECBnh danh");
  EXPECT_FALSE(inside.ok()) << inside.reference->key;
  ParsedReference quoted = ParseReference("\u201CHi\u1EBFn ph\u00E1p n\u0103m 2013\u201D");
  ASSERT_TRUE(quoted.ok()) << quoted.error;
  EXPECT_EQ(quoted.reference->key, "name:hien phap nam 2013");
}

}  // namespace
}  // namespace lexgraph
