// Scores the extractor against truth written by hand, independently of the
// code: tests/fixtures/truth/ for the documents of corpus/ (written to
// contain every hard case of the spec) and tests/fixtures/real/ for real
// OCR'd archive documents. Prints precision, recall and field accuracy, and
// holds them above the bars the project is judged by.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "document_symbol.h"
#include "lexgraph/reference_parser.h"
#include "test_support.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

using Row = std::vector<std::string>;  // type symbol name date issuer relation pinpoint text

std::vector<Row> ReadTsv(const fs::path& path) {
  std::ifstream in(path);
  std::vector<Row> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    Row row;
    std::stringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '\t')) row.push_back(field);
    if (row.size() >= 2) rows.push_back(row);
  }
  return rows;
}

std::string Key(const std::string& symbol, const std::string& name) {
  if (!symbol.empty() && symbol != "-") {
    if (auto parsed = ParseDocumentSymbol(symbol)) return "sym:" + parsed->Key();
    return "sym?:" + SearchKey(symbol);
  }
  return "name:" + SearchKey(name);
}

struct Score {
  int tp = 0, fp = 0, fn = 0;
  std::map<std::string, std::pair<int, int>> fields;  // field -> (right, total)
  std::string misses;
  double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double Accuracy(const std::string& f) const {
    auto it = fields.find(f);
    return it == fields.end() || it->second.second == 0
               ? 1.0
               : double(it->second.first) / it->second.second;
  }
  void Count(const std::string& field, bool right) {
    fields[field].first += right;
    fields[field].second += 1;
  }
  std::string Summary() const {
    char buffer[400];
    std::snprintf(
        buffer, sizeof buffer,
        "citations: precision %.3f recall %.3f (tp %d fp %d fn %d); date %.3f issuer %.3f "
        "relation %.3f type %.3f; document fields %.3f",
        Precision(), Recall(), tp, fp, fn, Accuracy("date"), Accuracy("issuer"),
        Accuracy("relation"), Accuracy("type"), Accuracy("document"));
    return buffer;
  }
};

std::optional<std::string> Field(const std::string& value) {
  if (value == "-" || value.empty()) return std::nullopt;
  return value;
}

// Scores the document's own identity (`e.document`) against a .doc.tsv of
// hand-read header fields. Each field counts in "document" and under its own
// name prefixed "header " ("header issuer").
void ScoreHeader(const fs::path& doc_truth, const fs::path& document, const DocumentInfo& d,
                 Score& score) {
  for (const Row& row : ReadTsv(doc_truth)) {
    const std::string& field = row[0];
    std::optional<std::string> want = row.size() > 1 ? Field(row[1]) : std::nullopt;
    std::optional<std::string> got;
    if (field == "recipient") continue;
    if (field == "symbol") got = d.symbol;
    if (field == "type") got = d.type;
    if (field == "date") got = d.date;
    if (field == "place") got = d.place;
    if (field == "issuer") got = d.issuer;
    if (field == "title") got = d.title;
    if (field == "signer") got = d.signer;
    bool right = (want && got) ? SearchKey(*want) == SearchKey(*got) : want == got;
    if (field == "symbol" && want && got) right = Key(*want, "") == Key(*got, "");
    score.Count("document", right);
    score.Count("header " + field, right);
    // The issuer's case as well: "Tỉnh ủy Hà Tĩnh", not "Tỉnh ủy Hà tĩnh".
    if (field == "issuer") score.Count("header issuer as written", want == got);
    if (!right)
      score.misses += "  doc " + field + " " + document.filename().string() + ": want " +
                      want.value_or("null") + " got " + got.value_or("null") + "\n";
  }
}

void ScoreDocument(const fs::path& truth, const fs::path& document, Score& score) {
  std::ifstream in(document, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  Extraction e = testing::ExtractText(bytes.str());
  std::vector<bool> used(e.citations.size(), false);
  for (const Row& row : ReadTsv(truth)) {
    if (row.size() < 8) continue;
    std::string key = Key(row[1], row[2]);
    std::size_t hit = e.citations.size();
    for (std::size_t i = 0; i < e.citations.size(); ++i) {
      if (used[i]) continue;
      const Citation& c = e.citations[i];
      if (Key(c.symbol.value_or("-"), c.name.value_or("")) == key) {
        hit = i;
        break;
      }
    }
    if (hit == e.citations.size()) {
      ++score.fn;
      score.misses += "  missed " + document.filename().string() + ": " + row[7] + "\n";
      continue;
    }
    used[hit] = true;
    ++score.tp;
    const Citation& c = e.citations[hit];
    score.Count("type", c.type == row[0]);
    score.Count("date", c.date == Field(row[3]));
    score.Count("issuer", Field(row[4])
                              ? c.issuer && SearchKey(*c.issuer) == SearchKey(row[4])
                              : !c.issuer || !c.date);  // unstated: any symbol-implied issuer
    score.Count("relation", RelationName(c.relation) == row[5]);
    if (RelationName(c.relation) != row[5])
      score.misses += "  relation " + document.filename().string() + ": " + row[7] + ": want " +
                      row[5] + " got " + std::string(RelationName(c.relation)) + "\n";
  }
  for (std::size_t i = 0; i < used.size(); ++i) {
    if (used[i]) continue;
    ++score.fp;
    score.misses += "  extra  " + document.filename().string() + ": " + e.citations[i].text + "\n";
  }
  // The document's own identity, where a truth file for it exists.
  fs::path doc_truth = truth;
  doc_truth.replace_extension(".doc.tsv");
  if (fs::exists(doc_truth)) ScoreHeader(doc_truth, document, e.document, score);
}

// Every citation truth file under `truth_root` (not in subfolders unless
// `recursive`), the document being the .md of the same relative path under
// `document_root`.
Score ScoreTree(const fs::path& truth_root, const fs::path& document_root, bool recursive = true) {
  Score score;
  auto visit = [&](const fs::path& path) {
    std::string name = path.filename().string();
    if (path.extension() != ".tsv" || name.ends_with(".doc.tsv")) return;
    fs::path document = document_root / fs::relative(path, truth_root);
    document.replace_extension(".md");
    if (!fs::exists(document)) return;
    ScoreDocument(path, document, score);
  };
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(truth_root)) visit(entry.path());
  } else {
    for (const auto& entry : fs::directory_iterator(truth_root)) visit(entry.path());
  }
  return score;
}

// The header fields alone, over every .doc.tsv under `truth_root` (not in
// subfolders unless `recursive`), the document being the .md of the same
// relative path under `document_root`.
Score ScoreHeaderTree(const fs::path& truth_root, const fs::path& document_root, bool recursive) {
  Score score;
  auto visit = [&](const fs::path& path) {
    std::string name = path.filename().string();
    if (!name.ends_with(".doc.tsv")) return;
    fs::path document = document_root / fs::relative(path, truth_root);
    document.replace_filename(name.substr(0, name.size() - 8) + ".md");
    if (!fs::exists(document)) return;
    std::ifstream in(document, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    ScoreHeader(path, document, testing::ExtractText(bytes.str()).document, score);
  };
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(truth_root)) visit(entry.path());
  } else {
    for (const auto& entry : fs::directory_iterator(truth_root)) visit(entry.path());
  }
  return score;
}

// The OCR fixtures under `ocr_root` (tests/fixtures/ocr/<region>/<report>[.variant].txt,
// Tesseract's reading of corpus/ reports printed and scanned by
// tests/ocr/make_scan), each scored against the truth of its report.
Score ScoreOcrTree(const fs::path& truth_root, const fs::path& ocr_root) {
  Score score;
  for (const auto& entry : fs::recursive_directory_iterator(ocr_root)) {
    const fs::path& path = entry.path();
    if (path.extension() != ".txt") continue;
    std::string name = path.filename().string();
    fs::path truth = truth_root / fs::relative(path.parent_path(), ocr_root) /
                     (name.substr(0, name.find('.')) + ".tsv");
    if (fs::exists(truth)) ScoreDocument(truth, path, score);
  }
  return score;
}

std::string HeaderSummary(const Score& s) {
  std::string out;
  for (const char* field :
       {"issuer", "issuer as written", "type", "date", "symbol", "place", "title", "signer"}) {
    auto it = s.fields.find(std::string("header ") + field);
    if (it == s.fields.end()) continue;
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%s%s %.3f (%d/%d)", out.empty() ? "" : "; ", field,
                  s.Accuracy(it->first), it->second.first, it->second.second);
    out += buffer;
  }
  return out;
}

const fs::path kSource = LEXGRAPH_SOURCE_DIR;

// The document's own header (issuer, type, date, ...) per group of
// documents: the corpus, the real OCR'd letters and reports, and published
// 2025 documents flattened from web pages (real/web/).
// Prints each field's accuracy; the bars hold the level reached.
TEST(TruthEvaluation, DocumentHeaders) {
  Score corpus = ScoreHeaderTree(kSource / "tests/fixtures/truth", kSource / "corpus", true);
  Score letters =
      ScoreHeaderTree(kSource / "tests/fixtures/real", kSource / "tests/fixtures/real", false);
  Score web = ScoreHeaderTree(kSource / "tests/fixtures/real/web",
                              kSource / "tests/fixtures/real/web", false);
  std::printf("header corpus/:     %s\n", HeaderSummary(corpus).c_str());
  std::printf("header real/:       %s\n", HeaderSummary(letters).c_str());
  std::printf("header real/web/:   %s\n%s%s", HeaderSummary(web).c_str(), letters.misses.c_str(),
              web.misses.c_str());
  ASSERT_GE(corpus.fields["header issuer"].second, 20);
  ASSERT_GE(letters.fields["header issuer"].second, 10);
  ASSERT_GE(web.fields["header issuer"].second, 6);
  for (const char* field :
       {"header issuer", "header issuer as written", "header type", "header date"}) {
    EXPECT_GE(corpus.Accuracy(field), 1.0) << field;
    EXPECT_GE(web.Accuracy(field), 1.0) << field;
  }
  EXPECT_GE(letters.Accuracy("header issuer"), 1.0);
  EXPECT_GE(letters.Accuracy("header issuer as written"), 1.0);
  EXPECT_GE(letters.Accuracy("header type"), 1.0);
  // tct-tb-990-2024: the header's date is garbled and the signature stamp
  // (16.10.2024) is two days after the document's (14.10): see its notes.
  EXPECT_GE(letters.Accuracy("header date"), 0.9);
}

TEST(TruthEvaluation, CorpusDocumentsWithEveryHardCase) {
  Score s = ScoreTree(kSource / "tests/fixtures/truth", kSource / "corpus");
  std::printf("corpus/: %s\n%s", s.Summary().c_str(), s.misses.c_str());
  ASSERT_GE(s.tp, 200) << "the corpus truth should hold 200+ citations";
  EXPECT_GE(s.Precision(), 0.98);
  EXPECT_GE(s.Recall(), 0.97);
  EXPECT_GE(s.Accuracy("date"), 0.95);
  EXPECT_GE(s.Accuracy("issuer"), 0.95);
  EXPECT_GE(s.Accuracy("relation"), 0.95);
  EXPECT_GE(s.Accuracy("type"), 0.98);
  EXPECT_GE(s.Accuracy("document"), 0.85);
}

// Real archive documents, OCR noise included. Part of their truth cannot be
// reached from the text (a letter in a legacy font read as Latin-1, a symbol
// split across interleaved columns, "3§" for "38"): the bars here hold the
// level reached so that it does not slip; see the notes beside the files.
TEST(TruthEvaluation, RealOcrDocuments) {
  Score s = ScoreTree(kSource / "tests/fixtures/real", kSource / "tests/fixtures/real", false);
  std::printf("real/: %s\n%s", s.Summary().c_str(), s.misses.c_str());
  ASSERT_GE(s.tp, 40);
  EXPECT_GE(s.Precision(), 0.97);
  EXPECT_GE(s.Recall(), 0.90);
  EXPECT_GE(s.Accuracy("date"), 0.97);
  EXPECT_GE(s.Accuracy("issuer"), 1.0);
  EXPECT_GE(s.Accuracy("relation"), 0.97);
}

// Real documents published in 2025 as web pages and flattened to text
// (real/web/): tables become cells joined by "|", long headings break
// anywhere, titles are in capitals. Citation truth read from the pages (see
// real/web/NOTES.md); the bars hold the level reached.
TEST(TruthEvaluation, RealWebDocuments) {
  Score s =
      ScoreTree(kSource / "tests/fixtures/real/web", kSource / "tests/fixtures/real/web", false);
  std::printf("real/web/: %s\n%s", s.Summary().c_str(), s.misses.c_str());
  ASSERT_GE(s.tp + s.fn, 120) << "the web truth should hold 120+ citations";
  EXPECT_GE(s.Precision(), 1.0);
  EXPECT_GE(s.Recall(), 1.0);
  EXPECT_GE(s.Accuracy("date"), 1.0);
  EXPECT_GE(s.Accuracy("issuer"), 1.0);
  EXPECT_GE(s.Accuracy("relation"), 1.0);
}

// Reports of corpus/ printed, scanned as image-only PDFs (300 dpi, a few at
// 200 dpi or set in two columns) and read by the `tesseract` command line
// with the Vietnamese model: tests/fixtures/ocr/README.md. Scored against
// the reports' text truth, the header included.
TEST(TruthEvaluation, OcrScannedCorpus) {
  Score s = ScoreOcrTree(kSource / "tests/fixtures/truth", kSource / "tests/fixtures/ocr");
  std::printf("ocr/: %s\nheader ocr/: %s\n%s", s.Summary().c_str(), HeaderSummary(s).c_str(),
              s.misses.c_str());
  ASSERT_GE(s.tp + s.fn, 200) << "the OCR fixtures should hold 200+ cited mentions";
  EXPECT_GE(s.Precision(), 0.97);
  EXPECT_GE(s.Recall(), 0.95);
  EXPECT_GE(s.Accuracy("relation"), 0.97);
  for (const char* field : {"header issuer", "header type", "header symbol", "header date"})
    EXPECT_GE(s.Accuracy(field), 0.95) << field;
}

// Held out: published 2025 documents (real/web/) printed, scanned and read
// the same way (tests/fixtures/ocr/web/), which no OCR rule was written
// from. Scored against the web pages' truth.
TEST(TruthEvaluation, OcrScannedHeldOutWebDocuments) {
  Score s = ScoreOcrTree(kSource / "tests/fixtures/real/web", kSource / "tests/fixtures/ocr/web");
  std::printf("ocr/web/: %s\nheader ocr/web/: %s\n%s", s.Summary().c_str(),
              HeaderSummary(s).c_str(), s.misses.c_str());
  ASSERT_GE(s.tp + s.fn, 60) << "the held-out OCR fixtures should hold 60+ cited mentions";
  EXPECT_GE(s.Precision(), 0.97);
  EXPECT_GE(s.Recall(), 0.95);
  // The level reached: a cited document's title that starts a line with a
  // capitalised verb ("của UBND thành phố Đà Nẵng\nSửa đổi, bổ sung ...")
  // and "Căn cứ ... Điều 50\n\nLuật ..." split by a blank line are misread.
  EXPECT_GE(s.Accuracy("relation"), 0.93);
  for (const char* field : {"header issuer", "header type", "header symbol", "header date"})
    EXPECT_GE(s.Accuracy(field), 1.0) << field;
}

}  // namespace
}  // namespace lexgraph
