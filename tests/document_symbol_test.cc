// document_symbol_test.cc: ParseDocumentSymbol, the number and sign of a
// document: canonical form, parts, matching key, type and issuer codes.
#include "document_symbol.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {
namespace {

using Form = DocumentSymbol::Form;

std::string_view FormName(Form form) {
  switch (form) {
    case Form::kNormative:
      return "normative";
    case Form::kOrdinary:
      return "ordinary";
    case Form::kParty:
      return "party";
  }
  return "?";
}

struct ParseCase {
  std::string_view printed;
  std::string_view canonical;
  Form form;
  std::string_view number;
  std::optional<int> year;
};

TEST(DocumentSymbolTest, ParsesToCanonicalForm) {
  static const ParseCase kCases[] = {
      {"174 /BC-SKHCHN", "174/BC-SKHCHN", Form::kOrdinary, "174", std::nullopt},
      {"174/BC-SKHCHN", "174/BC-SKHCHN", Form::kOrdinary, "174", std::nullopt},
      {"05 – CT/TW", "05-CT/TW", Form::kParty, "05", std::nullopt},
      {"05-CT/TW", "05-CT/TW", Form::kParty, "05", std::nullopt},
      {"05—CT/TW", "05-CT/TW", Form::kParty, "05", std::nullopt},
      {"05\u2011CT/TW", "05-CT/TW", Form::kParty, "05", std::nullopt},
      {"05\u00A0-\u00A0CT / TW", "05-CT/TW", Form::kParty, "05", std::nullopt},
      {"05-ct/tw", "05-CT/TW", Form::kParty, "05", std::nullopt},
      {"5-CT/TW", "5-CT/TW", Form::kParty, "5", std::nullopt},
      {"08-QĐi/TW", "08-QĐi/TW", Form::kParty, "08", std::nullopt},
      {"12-TB/TU", "12-TB/TU", Form::kParty, "12", std::nullopt},
      {"120-KL/TW", "120-KL/TW", Form::kParty, "120", std::nullopt},
      {"1847/QĐ-TTg", "1847/QĐ-TTg", Form::kOrdinary, "1847", std::nullopt},
      {"89/QD-\nBTC", "89/QĐ-BTC", Form::kOrdinary, "89", std::nullopt},
      {"89/qd-btc", "89/QĐ-BTC", Form::kOrdinary, "89", std::nullopt},
      {"1225/UBND-NC", "1225/UBND-NC", Form::kOrdinary, "1225", std::nullopt},
      {"14/KH-SKHCN", "14/KH-SKHCN", Form::kOrdinary, "14", std::nullopt},
      {"41/2019/QĐ-UBND", "41/2019/QĐ-UBND", Form::kNormative, "41", 2019},
      {"41 / 2019 / QĐ – UBND", "41/2019/QĐ-UBND", Form::kNormative, "41", 2019},
      {"04/2015/NĐ-CP", "04/2015/NĐ-CP", Form::kNormative, "04", 2015},
      {"04/2015/ND-CP", "04/2015/NĐ-CP", Form::kNormative, "04", 2015},
      {"02/2015/TTLT-BTC-BKHCN", "02/2015/TTLT-BTC-BKHCN", Form::kNormative, "02", 2015},
      {"29/2013/QH13", "29/2013/QH13", Form::kNormative, "29", 2013},
      {"12/2020/TT-BTC", "12/2020/TT-BTC", Form::kNormative, "12", 2020},
      // Codes keep their official case however the mention is written: a
      // heading in capitals, a query in small letters, a keyboard without Đ.
      {"1847/QĐ-TTG", "1847/QĐ-TTg", Form::kOrdinary, "1847", std::nullopt},
      {"1847/qđ-ttg", "1847/QĐ-TTg", Form::kOrdinary, "1847", std::nullopt},
      {"08-QĐI/TW", "08-QĐi/TW", Form::kParty, "08", std::nullopt},
      {"08-qdi/tw", "08-QĐi/TW", Form::kParty, "08", std::nullopt},
      {"16/ct-ttg", "16/CT-TTg", Form::kOrdinary, "16", std::nullopt},
      {"318/TTR-VP", "318/TTr-VP", Form::kOrdinary, "318", std::nullopt},
      {"12-CTR/TU", "12-CTr/TU", Form::kParty, "12", std::nullopt},
      {"30/2019/tt-btc", "30/2019/TT-BTC", Form::kNormative, "30", 2019},
      {"02/2015/ttlt-btc-bkhcn", "02/2015/TTLT-BTC-BKHCN", Form::kNormative, "02", 2015},
      {"29/2013/qh13", "29/2013/QH13", Form::kNormative, "29", 2013},
      {"14/kh-skhchn", "14/KH-SKHCHN", Form::kOrdinary, "14", std::nullopt},
      {"41/2019/qđ-ubnd", "41/2019/QĐ-UBND", Form::kNormative, "41", 2019},
      // A code the tables do not know: its issuer's mixed case when printed
      // so, else capitals.
      {"144/2025/CV-BSGBTr", "144/2025/CV-BSGBTr", Form::kNormative, "144", 2025},
      {"144/2025/CV-BSGBTR", "144/2025/CV-BSGBTR", Form::kNormative, "144", 2025},
      {"144/2025/cv-bsgbtr", "144/2025/CV-BSGBTR", Form::kNormative, "144", 2025},
  };
  for (const ParseCase& c : kCases) {
    std::optional<DocumentSymbol> symbol = ParseDocumentSymbol(c.printed);
    ASSERT_TRUE(symbol.has_value()) << c.printed;
    EXPECT_EQ(symbol->canonical, c.canonical) << c.printed;
    EXPECT_EQ(FormName(symbol->form), FormName(c.form)) << c.printed;
    EXPECT_EQ(symbol->number, c.number) << c.printed;
    EXPECT_EQ(symbol->year, c.year) << c.printed;
  }
}

TEST(DocumentSymbolTest, CodesAreFoldedKeysOfThePartsAfterTheNumber) {
  struct CodesCase {
    std::string_view printed;
    std::vector<std::string> codes;
  };
  static const CodesCase kCases[] = {
      {"41/2019/QĐ-UBND", {"qd", "ubnd"}},  {"05-CT/TW", {"ct", "tw"}},
      {"174 /BC-SKHCHN", {"bc", "skhchn"}}, {"02/2015/TTLT-BTC-BKHCN", {"ttlt", "btc", "bkhcn"}},
      {"29/2013/QH13", {"qh13"}},           {"08-QĐi/TW", {"qdi", "tw"}},
  };
  for (const CodesCase& c : kCases) {
    std::optional<DocumentSymbol> symbol = ParseDocumentSymbol(c.printed);
    ASSERT_TRUE(symbol.has_value()) << c.printed;
    EXPECT_EQ(symbol->codes, c.codes) << c.printed;
  }
}

TEST(DocumentSymbolTest, KeyIgnoresLeadingZerosCaseSpacesAndStroke) {
  static constexpr std::pair<std::string_view, std::string_view> kSame[] = {
      {"5-CT/TW", "05-CT/TW"},
      {"05 – CT/TW", "05-ct/tw"},
      {"4/2015/nd-cp", "04/2015/NĐ-CP"},
      {"89/QD-\nBTC", "89/QĐ-BTC"},
      {"0174/BC-SKHCHN", "174 /BC-SKHCHN"},
      {"1847/QĐ-TTg", "1847/qd-ttg"},
  };
  for (const auto& [a, b] : kSame) {
    auto sa = ParseDocumentSymbol(a);
    auto sb = ParseDocumentSymbol(b);
    ASSERT_TRUE(sa && sb) << a << " / " << b;
    EXPECT_EQ(sa->Key(), sb->Key()) << a << " / " << b;
  }
  auto party = ParseDocumentSymbol("05-CT/TW");
  ASSERT_TRUE(party);
  EXPECT_EQ(party->Key(), "5-ct/tw");
  EXPECT_EQ(party->number, "05") << "the number keeps its leading zero as printed";
}

TEST(DocumentSymbolTest, KeyTellsDifferentDocumentsApart) {
  static constexpr std::pair<std::string_view, std::string_view> kDifferent[] = {
      {"41/2019/QĐ-UBND", "41/2020/QĐ-UBND"},  // year
      {"41/2019/QĐ-UBND", "42/2019/QĐ-UBND"},  // number
      {"05-CT/TW", "05-NQ/TW"},                // type
      {"05-CT/TW", "05-CT/TU"},                // issuer
      {"50-CT/TW", "5-CT/TW"},                 // trailing zero is not leading
      {"04/2015/NĐ-CP", "04/2015/QĐ-CP"},
  };
  for (const auto& [a, b] : kDifferent) {
    auto sa = ParseDocumentSymbol(a);
    auto sb = ParseDocumentSymbol(b);
    ASSERT_TRUE(sa && sb) << a << " / " << b;
    EXPECT_NE(sa->Key(), sb->Key()) << a << " / " << b;
  }
}

struct CodeCase {
  std::string_view printed;
  std::optional<std::string> value;
};

TEST(DocumentSymbolTest, TypeFromCode) {
  static const CodeCase kCases[] = {
      {"04/2015/NĐ-CP", "Nghị định"},
      {"04/2015/ND-CP", "Nghị định"},
      {"05-CT/TW", "Chỉ thị"},
      {"29/2013/QH13", "Luật"},
      {"02/2015/TTLT-BTC-BKHCN", "Thông tư liên tịch"},
      {"12/2020/TT-BTC", "Thông tư"},
      {"41/2019/QĐ-UBND", "Quyết định"},
      {"08-QĐi/TW", "Quy định"},
      {"14/KH-SKHCN", "Kế hoạch"},
      {"174/BC-SKHCHN", "Báo cáo"},
      {"120-KL/TW", "Kết luận"},
      {"12-TB/TU", "Thông báo"},
      {"1225/UBND-NC", std::nullopt},
  };
  for (const CodeCase& c : kCases) {
    auto symbol = ParseDocumentSymbol(c.printed);
    ASSERT_TRUE(symbol) << c.printed;
    EXPECT_EQ(symbol->TypeFromCode(), c.value) << c.printed;
  }
}

TEST(DocumentSymbolTest, IssuerFromCode) {
  static const CodeCase kCases[] = {
      {"04/2015/NĐ-CP", "Chính phủ"},
      {"1847/QĐ-TTg", "Thủ tướng Chính phủ"},
      {"05-CT/TW", "Ban Chấp hành Trung ương"},
      {"12/2020/TT-BTC", "Bộ Tài chính"},
      {"1225/UBND-NC", "Ủy ban nhân dân"},
      {"14/KH-SKHCN", "Sở Khoa học và Công nghệ"},
      {"174/BC-SKHCHN", "Sở Khoa học và Công nghệ"},
      {"41/2019/QĐ-UBND", "Ủy ban nhân dân"},
      {"29/2013/QH13", "Quốc hội"},
      {"12-TB/TU", "Tỉnh ủy"},
  };
  for (const CodeCase& c : kCases) {
    auto symbol = ParseDocumentSymbol(c.printed);
    ASSERT_TRUE(symbol) << c.printed;
    EXPECT_EQ(symbol->IssuerFromCode(), c.value) << c.printed;
  }
}

TEST(DocumentSymbolTest, JointCircularNamesBothMinistries) {
  auto symbol = ParseDocumentSymbol("02/2015/TTLT-BTC-BKHCN");
  ASSERT_TRUE(symbol);
  std::optional<std::string> issuer = symbol->IssuerFromCode();
  ASSERT_TRUE(issuer);
  EXPECT_NE(issuer->find("Bộ Tài chính"), std::string::npos) << *issuer;
  EXPECT_NE(issuer->find("Bộ Khoa học và Công nghệ"), std::string::npos) << *issuer;
  EXPECT_LT(issuer->find("Bộ Tài chính"), issuer->find("Bộ Khoa học và Công nghệ"))
      << "in the order of the symbol: " << *issuer;
}

TEST(DocumentSymbolTest, CentralCommitteeWrittenTuWithHorn) {
  auto symbol = ParseDocumentSymbol("40-CT/TƯ");
  ASSERT_TRUE(symbol);
  EXPECT_EQ(symbol->IssuerFromCode(), "Ban Chấp hành Trung ương");
  auto tw = ParseDocumentSymbol("40-CT/TW");
  ASSERT_TRUE(tw);
  EXPECT_EQ(symbol->Key(), tw->Key());
  auto tu = ParseDocumentSymbol("40-CT/TU");
  ASSERT_TRUE(tu);
  EXPECT_EQ(tu->IssuerFromCode(), "Tỉnh ủy");
}

// OCR reads the T of "TW" as I: "120-KL/IW" is the Central Committee's
// conclusion, like "NÐ" (an eth) and "ND" are NĐ; 1 as I or l beside the
// digits of a code ("QHI5" is QH15), but a letter with no digit beside it
// stays one, and a code starts with a letter.
TEST(DocumentSymbolTest, OcrMisreadCodes) {
  for (auto [printed, canonical] : {
           std::pair{"120-KL/IW", "120-KL/TW"},
           std::pair{"30/2020/NÐ-CP", "30/2020/NĐ-CP"},
           std::pair{"30/2020/ND-CP", "30/2020/NĐ-CP"},
           std::pair{"76/2025/UBTVQHI5", "76/2025/UBTVQH15"},
           std::pair{"39/2013/QHl3", "39/2013/QH13"},
           std::pair{"12/QĐI-UBND", "12/QĐi-UBND"},
           std::pair{"1486/UBND-NCI", "1486/UBND-NCI"},
           std::pair{"5/O2-UBND", "5/O2-UBND"},
           std::pair{"20/iii1", "20/I111"},  // found by fuzzing: reads back as itself
           std::pair{"20/I111", "20/I111"},
       }) {
    auto symbol = ParseDocumentSymbol(printed);
    ASSERT_TRUE(symbol) << printed;
    EXPECT_EQ(symbol->canonical, canonical) << printed;
  }
  EXPECT_EQ(ParseDocumentSymbol("120-KL/IW")->IssuerFromCode(), "Ban Chấp hành Trung ương");
}

TEST(DocumentSymbolTest, RejectsWhatIsNotASymbol) {
  static constexpr std::string_view kInputs[] = {
      "",     "abc",   "   ",    "/",      "174",     "/BC-SKHCHN",
      "174/", "CT/TW", "-CT/TW", "05-/TW", "Chỉ thị", "ab/cd",
  };
  for (std::string_view input : kInputs)
    EXPECT_FALSE(ParseDocumentSymbol(input).has_value()) << "[" << input << "]";
}

TEST(DocumentSymbolTest, RejectsFractionsAndDates) {
  static constexpr std::string_view kInputs[] = {"12/3", "12/3/2020", "1/2", "1847/2019"};
  for (std::string_view input : kInputs) {
    auto symbol = ParseDocumentSymbol(input);
    EXPECT_FALSE(symbol.has_value()) << input << " parsed as " << (symbol ? symbol->canonical : "");
  }
}

TEST(DocumentSymbolTest, TrailingPunctuationIsNotPartOfTheSymbol) {
  // What a sentence or a pasted reference puts after a symbol.
  for (auto [input, canonical] :
       {std::pair{"05-CT/TW.", "05-CT/TW"}, std::pair{"41/2019/QĐ-UBND,", "41/2019/QĐ-UBND"},
        std::pair{"14/KH-SKHCN;", "14/KH-SKHCN"}}) {
    auto symbol = ParseDocumentSymbol(input);
    ASSERT_TRUE(symbol.has_value()) << input;
    EXPECT_EQ(symbol->canonical, canonical) << input;
    EXPECT_EQ(symbol->Key(), ParseDocumentSymbol(canonical)->Key()) << input;
  }
}

}  // namespace
}  // namespace lexgraph
