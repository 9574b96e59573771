// lexindex_cli_test.cc: the `lexindex` command line, run as a user runs it,
// on the real report and on bad input generated in a fresh temp folder:
// exit status, one JSON line per readable file, messages on stderr.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lexgraph/text_decoder.h"
#include "test_support.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr std::string_view kReportPath = "corpus/quang-tri/skhcn-174-bc-2020.md";
// Every run is bounded, so a hang fails the test instead of the suite.
constexpr int kTimeoutSeconds = 60;
// A 10 MB file takes about 4 s on one core when extraction is linear.
constexpr int kTenMegabyteSeconds = 20;

// The large inputs' sizes, divided by the time scale: under the sanitizers
// (scripts/test-sanitized) lexindex is five times slower, and what they
// check there, memory and undefined behaviour, a fifth of the bytes
// exercises as well.
std::size_t ScaledBytes(std::size_t bytes) {
  return static_cast<std::size_t>(static_cast<double>(bytes) / testing::TimeScale());
}

using testing::Count;
using testing::ScaledSeconds;
using testing::ShellQuote;
using testing::Slurp;
using testing::WriteFile;

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  std::string command;  // for failure messages

  // The lines of stdout, without their '\n'.
  std::vector<std::string> Lines() const { return testing::SplitLines(out); }
};

class LexindexCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ =
        fs::temp_directory_path() / ("lexindex_cli_test-" + std::string(info->name()) + "-" +
                                     std::to_string(::getpid()) + "-" + std::to_string(random()));
    ASSERT_TRUE(fs::create_directory(dir_)) << dir_;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Runs lexindex with `args`; stdout and stderr go to files in the folder.
  // `timeout` (coreutils) ends a run that takes longer than `seconds`
  // (scaled) with exit status 124.
  RunResult Run(const std::vector<std::string>& args, int seconds = kTimeoutSeconds) {
    RunResult result;
    fs::path out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
    std::string command =
        "timeout " + std::to_string(ScaledSeconds(seconds)) + " " + ShellQuote(LEXINDEX_PATH);
    for (const std::string& arg : args) command += " " + ShellQuote(arg);
    result.command = command;
    command += " >" + ShellQuote(out.string()) + " 2>" + ShellQuote(err.string());
    int status = std::system(command.c_str());
    if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    result.out = Slurp(out);
    result.err = Slurp(err);
    return result;
  }

  fs::path Path(std::string_view name) const { return dir_ / name; }

  // Writes `sentence` repeated, without a line break, to 10 MB and checks
  // that every repetition's mention of 05-CT/TW is found within
  // kTenMegabyteSeconds.
  void CheckOneLongLine(const std::string& sentence);

  fs::path dir_;
};

std::string ReportPath() {
  return std::string(LEXGRAPH_SOURCE_DIR) + "/" + std::string(kReportPath);
}

// Parses the one JSON line of `run`, checking its shape.
Json OneJsonLine(const RunResult& run) {
  std::vector<std::string> lines = run.Lines();
  EXPECT_EQ(lines.size(), 1u) << run.command << "\nstderr: " << run.err;
  if (lines.size() != 1) return Json();
  Json line = Json::parse(lines[0], nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(line.is_discarded()) << "not JSON: " << lines[0].substr(0, 200);
  if (line.is_discarded()) return Json();
  EXPECT_TRUE(line.contains("path") && line.contains("document") && line.contains("citations"))
      << lines[0].substr(0, 200);
  EXPECT_TRUE(line["citations"].is_array()) << run.command;
  return line;
}

// Every citation's span, applied to `text`, gives exactly its "text".
void ExpectSpansMatch(const Json& line, std::string_view text) {
  for (const Json& c : line["citations"]) {
    ASSERT_TRUE(c["span"].is_array() && c["span"].size() == 2) << c.dump();
    std::size_t begin = c["span"][0].get<std::size_t>();
    std::size_t end = c["span"][1].get<std::size_t>();
    ASSERT_LE(begin, end) << c.dump();
    ASSERT_LE(end, text.size()) << c.dump();
    ASSERT_EQ(text.substr(begin, end - begin), c["text"].get<std::string>()) << c.dump();
  }
}

std::size_t CountSymbol(const Json& line, std::string_view symbol) {
  std::size_t n = 0;
  for (const Json& c : line["citations"])
    if (c["symbol"].is_string() && c["symbol"].get<std::string>() == symbol) ++n;
  return n;
}

void LexindexCliTest::CheckOneLongLine(const std::string& sentence) {
  fs::path file = Path("line.md");
  std::size_t repetitions = 0;
  std::string bytes;
  while (bytes.size() < ScaledBytes(10u << 20)) {
    bytes += sentence;
    ++repetitions;
  }
  WriteFile(file, bytes);
  const std::size_t mentions = Count(bytes, "05-CT/TW");
  ASSERT_EQ(mentions, repetitions);
  RunResult run = Run({"extract", file.string()}, kTenMegabyteSeconds);
  ASSERT_NE(run.exit_code, 124) << "timed out after " << ScaledSeconds(kTenMegabyteSeconds)
                                << " s: " << run.command;
  EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
  Json line = OneJsonLine(run);
  ASSERT_FALSE(line.is_null());
  EXPECT_GE(line["citations"].size(), mentions) << sentence;
  EXPECT_GE(CountSymbol(line, "05-CT/TW"), mentions) << sentence;
  ExpectSpansMatch(line, bytes);
}

TEST_F(LexindexCliTest, RealReportGivesOneJsonLineWithExactSpans) {
  const std::string path = ReportPath();
  RunResult run = Run({"extract", path});
  EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
  Json line = OneJsonLine(run);
  ASSERT_FALSE(line.is_null());
  EXPECT_EQ(line["path"], path);
  EXPECT_EQ(line["document"]["symbol"], "174/BC-SKHCHN") << line["document"].dump();
  EXPECT_EQ(CountSymbol(line, "05-CT/TW"), 1u) << line["citations"].dump();
  EXPECT_GE(line["citations"].size(), 5u);

  DecodedText decoded = DecodeText(Slurp(path));
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  ExpectSpansMatch(line, decoded.text);
}

TEST_F(LexindexCliTest, EmptyFileGivesEmptyRecord) {
  fs::path empty = Path("empty.md");
  WriteFile(empty, "");
  RunResult run = Run({"extract", empty.string()});
  EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
  Json line = OneJsonLine(run);
  ASSERT_FALSE(line.is_null());
  EXPECT_EQ(line["path"], empty.string());
  for (const char* field : {"symbol", "type", "date", "place", "issuer", "title", "signer"}) {
    ASSERT_TRUE(line["document"].contains(field)) << field;
    EXPECT_TRUE(line["document"][field].is_null()) << field << ": " << line["document"].dump();
  }
  EXPECT_EQ(line["document"]["recipients"], Json::array());
  EXPECT_EQ(line["citations"], Json::array());
}

TEST_F(LexindexCliTest, InvalidUtf8IsRepairedWithAWarning) {
  fs::path file = Path("bad-bytes.md");
  const std::string bytes =
      "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập.\n"
      "Đoạn \xff\xfe hỏng.\nKế hoạch số 19/KH-SKHCHN ngày 25/3/2020.\n";
  WriteFile(file, bytes);
  RunResult run = Run({"extract", file.string()});
  EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
  Json line = OneJsonLine(run);
  ASSERT_FALSE(line.is_null());
  EXPECT_EQ(CountSymbol(line, "05-CT/TW"), 1u) << line.dump();
  EXPECT_EQ(CountSymbol(line, "19/KH-SKHCHN"), 1u)
      << "text after the bad bytes survives: " << line.dump();
  EXPECT_NE(run.err.find(file.string()), std::string::npos) << "stderr: " << run.err;
  EXPECT_NE(run.err.find("warning"), std::string::npos) << "stderr: " << run.err;
  DecodedText decoded = DecodeText(bytes);
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  ExpectSpansMatch(line, decoded.text);
}

TEST_F(LexindexCliTest, BinaryFileIsRefused) {
  fs::path file = Path("image.md");
  WriteFile(file, std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20));
  RunResult run = Run({"extract", file.string()});
  EXPECT_EQ(run.exit_code, 1) << run.command << "\n" << run.err;
  EXPECT_TRUE(run.out.empty()) << "stdout: " << run.out;
  EXPECT_NE(run.err.find(file.string()), std::string::npos) << "stderr: " << run.err;
}

TEST_F(LexindexCliTest, MissingFileIsReported) {
  fs::path file = Path("no-such-file.md");
  RunResult run = Run({"extract", file.string()});
  EXPECT_EQ(run.exit_code, 1) << run.command << "\n" << run.err;
  EXPECT_TRUE(run.out.empty()) << "stdout: " << run.out;
  EXPECT_NE(run.err.find(file.string()), std::string::npos) << "stderr: " << run.err;
}

TEST_F(LexindexCliTest, OneBadFileDoesNotCostTheGoodOne) {
  fs::path good = Path("good.md"), binary = Path("binary.txt");
  WriteFile(good, "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n");
  WriteFile(binary, std::string("\0\x01\x02\x03 data", 9));
  RunResult run = Run({"extract", binary.string(), good.string()});
  EXPECT_EQ(run.exit_code, 1) << run.command << "\n" << run.err;
  Json line = OneJsonLine(run);
  ASSERT_FALSE(line.is_null());
  EXPECT_EQ(line["path"], good.string());
  EXPECT_EQ(CountSymbol(line, "05-CT/TW"), 1u) << line.dump();
  EXPECT_NE(run.err.find(binary.string()), std::string::npos) << "stderr: " << run.err;
  EXPECT_EQ(run.err.find(good.string()), std::string::npos) << "stderr: " << run.err;
}

TEST_F(LexindexCliTest, FiftyMegabyteFile) {
  const std::string report = Slurp(ReportPath());
  ASSERT_FALSE(report.empty());
  DecodedText decoded = DecodeText(report);
  ASSERT_TRUE(decoded.ok() && decoded.text == report) << "the report is NFC UTF-8";
  fs::path file = Path("big.md");
  std::size_t copies = 0;
  {
    std::ofstream out(file, std::ios::binary);
    for (std::size_t written = 0; written < ScaledBytes(50u << 20); written += report.size()) {
      out << report << "\n";
      ++copies;
    }
    ASSERT_TRUE(out.good());
  }
  const std::size_t mentions = Count(report, "05-CT/TW") * copies;
  ASSERT_GT(static_cast<double>(mentions) * testing::TimeScale(), 3000.0);

  RunResult single = Run({"extract", ReportPath()});
  Json single_line = OneJsonLine(single);
  ASSERT_FALSE(single_line.is_null());

  RunResult run = Run({"extract", file.string()});
  EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
  Json line = OneJsonLine(run);
  ASSERT_FALSE(line.is_null());
  EXPECT_GE(CountSymbol(line, "05-CT/TW"), mentions) << copies << " copies";
  EXPECT_GE(line["citations"].size(), copies * single_line["citations"].size())
      << copies << " copies of a report with " << single_line["citations"].size() << " citations";
  std::string bytes;
  bytes.reserve(copies * (report.size() + 1));
  for (std::size_t i = 0; i < copies; ++i) bytes += report + "\n";
  ExpectSpansMatch(line, bytes);
}

TEST_F(LexindexCliTest, TenMegabyteLine) {
  CheckOneLongLine("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập; ");
}

TEST_F(LexindexCliTest, TenMegabyteLineOfGovernedMentions) {
  CheckOneLongLine("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; ");
}

TEST_F(LexindexCliTest, HelpAndUsageErrors) {
  RunResult help = Run({"--help"});
  EXPECT_EQ(help.exit_code, 0) << help.command << "\n" << help.err;
  EXPECT_NE(help.out.find("extract"), std::string::npos) << help.out;

  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"--no-such-option"},
                                             {"extract", "--no-such-option", ReportPath()},
                                             {},
                                             {"frobnicate"},
                                             {"extract"}}) {
    RunResult run = Run(args);
    EXPECT_EQ(run.exit_code, 2) << run.command << "\nstdout: " << run.out;
    EXPECT_FALSE(run.err.empty()) << run.command;
  }
}

// Files of other formats and encodings read as their UTF-8 text does;
// --encoding forces one encoding, and an unknown name is a usage error.
TEST_F(LexindexCliTest, FormatsAndEncodingsAreRead) {
  const fs::path formats = fs::path(LEXGRAPH_SOURCE_DIR) / "tests/fixtures/formats";
  for (const char* name : {"report.docx", "report.pdf", "report.html", "report-tcvn3.txt",
                           "report-vni.txt", "report.doc", "report-vntime.doc", "report-vni.doc"}) {
    RunResult run = Run({"extract", (formats / name).string()});
    EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
    Json line = OneJsonLine(run);
    ASSERT_FALSE(line.is_null()) << name;
    EXPECT_EQ(line["document"]["symbol"], "86/BC-STC") << name;
    EXPECT_EQ(CountSymbol(line, "05-CT/TW"), 4u) << name << ": " << line["citations"].dump();
  }
  // Read as VNI, as asked, the TCVN3 file is mojibake: its date line and
  // the governing words ("Thực hiện") are lost.
  RunResult forced = Run({"extract", "--encoding", "VNI", (formats / "report-tcvn3.txt").string()});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  Json wrong = OneJsonLine(forced);
  ASSERT_FALSE(wrong.is_null());
  EXPECT_TRUE(wrong["document"]["date"].is_null()) << wrong.dump();
  for (const Json& citation : wrong["citations"])
    EXPECT_NE(citation["relation"], "implements") << "\"Thực hiện\" read: " << citation.dump();

  RunResult unknown = Run({"extract", "--encoding", "koi8-r", (formats / "report.txt").string()});
  EXPECT_EQ(unknown.exit_code, 2) << unknown.command;
  EXPECT_NE(unknown.err.find("unknown encoding"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("tcvn3"), std::string::npos)
      << "lists the known ones: " << unknown.err;

  // A scan is read by OCR (two pages at 150 dpi, black and white), and says so.
  RunResult scan = Run({"extract", (formats / "report-scanned.pdf").string()});
  EXPECT_EQ(scan.exit_code, 0) << scan.command << "\n" << scan.err;
  EXPECT_NE(scan.err.find("read by OCR: 2 pages, confidence "), std::string::npos) << scan.err;
  Json scanned = OneJsonLine(scan);
  ASSERT_FALSE(scanned.is_null()) << scan.out;
  std::set<std::string> symbols;
  for (const Json& citation : scanned["citations"]) symbols.insert(citation["symbol"]);
  for (const char* symbol : {"05-CT/TW", "30/2020/NĐ-CP", "41/2019/QĐ-UBND"})
    EXPECT_TRUE(symbols.count(symbol)) << symbol << " in " << scanned.dump();
  EXPECT_EQ(scanned["document"]["issuer"], "Ủy ban nhân dân tỉnh Quảng Trị") << scanned.dump();

  RunResult no_ocr = Run({"extract", "--no-ocr", (formats / "report-scanned.pdf").string()});
  EXPECT_EQ(no_ocr.exit_code, 1) << no_ocr.command;
  EXPECT_NE(no_ocr.err.find("needs OCR (2 scanned pages)"), std::string::npos) << no_ocr.err;
}

// A Word 97-2003 report with its heading in a table, a table of tasks and
// a hyperlink: its identity and every citation, in reading order.
TEST_F(LexindexCliTest, OldWordDocumentGivesItsCitations) {
  const fs::path doc = fs::path(LEXGRAPH_SOURCE_DIR) / "tests/fixtures/formats/report-tables.doc";
  RunResult run = Run({"extract", doc.string()});
  EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
  Json line = OneJsonLine(run);
  ASSERT_FALSE(line.is_null());
  EXPECT_EQ(line["document"]["symbol"], "14/KH-SKHCHN") << line["document"].dump();
  EXPECT_EQ(line["document"]["type"], "Kế hoạch");
  EXPECT_EQ(line["document"]["date"], "2020-02-18");
  EXPECT_EQ(line["document"]["issuer"], "Sở Khoa học và Công nghệ");
  std::vector<std::string> cited;
  for (const Json& citation : line["citations"])
    cited.push_back(citation["symbol"].get<std::string>() + " " +
                    citation["relation"].get<std::string>());
  EXPECT_EQ(cited, (std::vector<std::string>{"1847/QĐ-TTg basis", "5812/KH-UBND implements",
                                             "05-CT/TW implements", "04/2015/NĐ-CP implements",
                                             "05-CT/TW cites", "08-QĐi/TW cites",
                                             "41/2019/QĐ-UBND cites"}))
      << line["citations"].dump();
}

TEST_F(LexindexCliTest, CitesListsOnlyTheCitingFiles) {
  fs::path corpus = Path("corpus");
  fs::create_directory(corpus);
  fs::path report = corpus / "skhcn-174-bc-2020.md";
  fs::copy_file(ReportPath(), report);
  fs::path other = corpus / "unrelated.md";
  WriteFile(other,
            "Thực hiện Chỉ thị số 06-CT/TW ngày 15/5/2016 của Bộ Chính trị và Nghị định số "
            "04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; Quyết định số 5/QĐ-TTg.\n");
  RunResult run = Run({"extract", "--cites", "chi thi 5-ct/tw", corpus.string()});
  EXPECT_EQ(run.exit_code, 0) << run.command << "\n" << run.err;
  EXPECT_NE(run.out.find(report.string()), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find(other.string()), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("05-CT/TW"), std::string::npos) << "the mention is shown: " << run.out;

  RunResult bad = Run({"extract", "--cites", "xyz", corpus.string()});
  EXPECT_EQ(bad.exit_code, 2) << bad.command << "\n" << bad.out;
  EXPECT_FALSE(bad.err.empty()) << bad.command;
  EXPECT_EQ(bad.out.find(report.string()), std::string::npos) << bad.out;
}

}  // namespace
}  // namespace lexgraph
