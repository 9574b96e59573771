// symbol_scanner_test.cc: FindSymbols, the printed numbers of documents in
// running text, as typed and as OCR reads a printed page.
#include "symbol_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lexgraph {
namespace {

// The canonical symbols FindSymbols reads in `text`, in order.
std::vector<std::string> Symbols(const std::string& text) {
  FoldedText folded(text);
  std::vector<std::string> out;
  for (const SymbolMatch& m : FindSymbols(folded, LetterCase::kAsPrinted))
    out.push_back(m.symbol.canonical);
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> symbols;
};

void ExpectSymbols(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Symbols(c.text), c.symbols) << c.text;
}

// Tesseract's Vietnamese model on a printed page: a hyphen read as an em
// dash, once or twice; a party number broken after its dash at the end of
// a line; a space after the first letter of a code; the T of "TW" read as I.
TEST(SymbolScanner, OcrDashesBreaksAndSpacesInsideASymbol) {
  ExpectSymbols({
      {"năm thực hiện Chỉ thị 05——CT/TW, Sở Nội vụ báo cáo", {"05-CT/TW"}},
      {"- Nghị quyết số 18—NQ/TW ngày 25/10/2017 của Ban Chấp hành", {"18-NQ/TW"}},
      {"hiệu quả; - Nghị quyết số 39-\nNQ/TW ngày 17/4/2015 của Bộ Chính trị", {"39-NQ/TW"}},
      {"Kết luận số 120-\nKL/IW ngày 07/01/2016 của Bộ chính trị", {"120-KL/TW"}},
      {"Thực hiện Thông báo số 393/T B-BTC ngày 07/5/2019 của Bộ Tài chính", {"393/TB-BTC"}},
      {"Thông tư số 80/2021/TT-\nBTC ngày 29/9/2021", {"80/2021/TT-BTC"}},
      // A list dash opening the next line is not the rest of a symbol.
      {"theo Quyết định số 12/QĐ-UBND.\n- Sở Nội vụ", {"12/QĐ-UBND"}},
      // A space after a lone letter that starts no code is not joined.
      {"Tỷ lệ 3/4 đạt 75%", {}},
      // Nor when the dash after it leads only to a word glued to the code
      // (found by tests/fuzz/extractor_fuzzer): typed, "03/C CBT" reads as
      // 03/C, so the extractor must read it so too.
      {"Chỉ thị số 03/C CBT-Tngày 03/12/2024 của Bộ trưởng", {"03/C"}},
  });
}

// A table OCR read as loose lines: a cell's symbol broken over the row's
// lines, the other cells' words between; the rest of the symbol is the code
// in capitals on the next line, right before the cell's date.
TEST(SymbolScanner, SymbolOfATableCellReadAsLooseLines) {
  ExpectSymbols({
      {"1 | Văn phòng Sở 74A- 2012 Quyết định số 2015/QĐ- Tiếp tục sử\n"
       "Tài chính 123.45 UBND ngày 18/9/2012 dụng\n",
       {"2015/QĐ-UBND"}},
      // Capitals that no table knows as a code, or no date after them: the
      // symbol stays as printed.
      {"Quyết định số 2015/QĐ- Tiếp tục sử\nTài chính ABCD ngày 18/9/2012\n", {"2015/QĐ"}},
      {"Quyết định số 2015/QĐ- Tiếp tục sử\nTài chính UBND tỉnh\n", {"2015/QĐ"}},
      // The code before the date on the next line ends a symbol of its own
      // there (found by tests/fuzz/extractor_fuzzer): not this one's rest.
      {"- Quyết định 89/QĐ- số 58/2010/QH12;\n- Nghị định số 120/2020/NĐ-CP ngày 07/10/2020\n",
       {"89/QĐ", "58/2010/QH12", "120/2020/NĐ-CP"}},
  });
}

}  // namespace
}  // namespace lexgraph
