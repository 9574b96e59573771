// `lexquery coverage` run as a user runs it, on an index of corpus/: the
// per-body and per-year counts against `cites` and against the index's own
// dump, the --expect gap against the corpus's file names (each folder is a
// province, each file name starts with its body: quang-tri/stc-... is Sở
// Tài chính Quảng Trị), every format and exit status.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "lexquery_fixture.h"
#include "test_support.h"
#include "vietnamese_text.h"

namespace fs = std::filesystem;

namespace lexgraph::testing {
namespace {

constexpr const char* kDirective = "Chỉ thị 05-CT/TW";
const std::string kBom = "\xEF\xBB\xBF";
constexpr const char* kExpectFixture =
    LEXGRAPH_SOURCE_DIR "/tests/fixtures/coverage/expected-bodies.txt";

class LexqueryCoverageTest : public LexqueryTest {
 protected:
  static Outcome Coverage(std::vector<std::string> args) {
    args.insert(args.begin(), "coverage");
    return Query(args);
  }
  static Json CoverageJson(std::vector<std::string> args) {
    args.insert(args.begin(), "coverage");
    return QueryJson(args);
  }

  // A report's fields as `lexindex dump` writes them.
  struct Dumped {
    std::string date, issuer;
  };
  static std::map<std::string, Dumped> DumpedDocuments() {
    Outcome dump = Execute({LEXINDEX_PATH, "dump", "--index", Index()}, Scratch());
    std::map<std::string, Dumped> documents;
    std::string path;
    for (const std::string& line : SplitLines(dump.out)) {
      if (line.starts_with("document ")) {
        path = line.substr(9);
        documents[path];
      } else if (!line.starts_with("  ")) {
        path.clear();
      } else if (!path.empty() && line.starts_with("  date ")) {
        documents[path].date = line.substr(7);
      } else if (!path.empty() && line.starts_with("  issuer ")) {
        documents[path].issuer = line.substr(9);
      }
    }
    return documents;
  }

  // Each report of a `cites` answer with whether it has an implements mention.
  static std::map<std::string, bool> Implementing(const Json& cites) {
    std::map<std::string, bool> reports;
    for (const Json& a : cites["authorities"])
      for (const Json& r : a["reports"])
        for (const Json& m : r["mentions"])
          reports[r["path"].get<std::string>()] |= m["relation"] == "implements";
    return reports;
  }
};

// "quang tri" -> "quang-tri", the corpus folder of that province's reports.
std::string Folder(const std::string& province) {
  std::string folder = SearchKey(province);
  for (char& c : folder)
    if (c == ' ') c = '-';
  return folder;
}

TEST_F(LexqueryCoverageTest, PerIssuerCountsAddUpToTheReportsCitesFinds) {
  Json cites = CitesJson({kDirective});
  std::map<std::string, bool> implementing = Implementing(cites);
  Json coverage = CoverageJson({kDirective});
  EXPECT_EQ(coverage["by"], "issuer");
  EXPECT_EQ(coverage["key"], "sym:5-ct/tw");
  ASSERT_EQ(coverage["authorities"].size(), 1u);
  EXPECT_EQ(coverage["authorities"][0]["identity"], cites["authorities"][0]["identity"]);

  std::set<std::string> citing;
  std::size_t citing_sum = 0, implementing_sum = 0, reports_sum = 0;
  for (const Json& g : coverage["groups"]) {
    EXPECT_LE(g["implementing"], g["citing"]) << g;
    EXPECT_LE(g["citing"], g["reports"]) << g;
    EXPECT_EQ(g["citing"], g["citing_reports"].size());
    std::size_t implementing_here = 0;
    for (const Json& path : g["citing_reports"]) {
      citing.insert(path.get<std::string>());
      implementing_here += implementing[path.get<std::string>()];
    }
    EXPECT_EQ(g["implementing"], implementing_here) << g;
    citing_sum += g["citing"].get<std::size_t>();
    implementing_sum += g["implementing"].get<std::size_t>();
    reports_sum += g["reports"].get<std::size_t>();
  }
  EXPECT_EQ(citing, Paths(cites));
  EXPECT_EQ(citing_sum, Paths(cites).size());  // each report in one group only
  EXPECT_EQ(coverage["citing"], citing_sum);
  std::size_t implementing_reports = 0;
  for (const auto& [path, implements] : implementing) implementing_reports += implements;
  EXPECT_GT(implementing_reports, 0u);
  EXPECT_EQ(implementing_sum, implementing_reports);
  EXPECT_EQ(coverage["implementing"], implementing_reports);
  EXPECT_EQ(implementing_sum, Paths(CitesJson({kDirective, "--relation", "implements"})).size());
  // Every report of the index is in a group, citing or not.
  EXPECT_EQ(reports_sum, DumpedDocuments().size());
  EXPECT_EQ(coverage["reports"], reports_sum);
}

TEST_F(LexqueryCoverageTest, ARowIsOneBodyOfOneProvince) {
  Json coverage = CoverageJson({kDirective});
  std::map<std::string, Dumped> documents = DumpedDocuments();
  std::map<std::string, int> rows_per_issuer;
  for (const Json& g : coverage["groups"]) {
    ++rows_per_issuer[g["issuer"].is_null() ? "" : g["issuer"].get<std::string>()];
    for (const Json& path : g["citing_reports"]) {
      std::string p = path;
      EXPECT_EQ(documents[p].issuer, g["issuer"]) << p;
      // The province's reports are in its folder (central bodies: trung-uong/).
      if (!p.starts_with("trung-uong/") && !g["province"].is_null()) {
        EXPECT_TRUE(p.starts_with(Folder(g["province"]) + "/")) << p << " in " << g;
      }
    }
  }
  // Sở Khoa học và Công nghệ reports in Quảng Trị and in Thừa Thiên Huế: two
  // rows, each with its own reports, the citing ones those the scan finds.
  EXPECT_EQ(rows_per_issuer["Sở Khoa học và Công nghệ"], 2);
  std::set<std::string> scanned = ScannedPaths(kDirective);
  for (const Json& g : coverage["groups"]) {
    if (g["issuer"] != "Sở Khoa học và Công nghệ") continue;
    std::string prefix = Folder(g["province"]) + "/skhcn-";
    std::size_t files = 0, citing = 0;
    for (const auto& [path, d] : documents) files += path.starts_with(prefix);
    for (const std::string& path : scanned) citing += path.starts_with(prefix);
    EXPECT_EQ(g["reports"], files) << g;
    EXPECT_EQ(g["citing"], citing) << g;
  }
}

TEST_F(LexqueryCoverageTest, ByYearGroupsTheReportsByTheirDates) {
  Json cites = CitesJson({kDirective});
  std::map<std::string, std::string> date_of;
  for (const Json& r : cites["authorities"][0]["reports"]) date_of[r["path"]] = r["date"];
  std::map<std::string, std::size_t> documents_per_year;
  for (const auto& [path, d] : DumpedDocuments()) ++documents_per_year[d.date.substr(0, 4)];

  Json by_year = CoverageJson({kDirective, "--by", "year"});
  EXPECT_EQ(by_year["by"], "year");
  std::set<std::string> citing;
  std::size_t citing_sum = 0;
  int previous = 0;
  for (const Json& g : by_year["groups"]) {
    ASSERT_FALSE(g["year"].is_null()) << g;  // every report of the corpus is dated
    int year = g["year"];
    EXPECT_GT(year, previous);  // ascending, one row a year
    previous = year;
    EXPECT_EQ(g["reports"], documents_per_year[std::to_string(year)]) << year;
    EXPECT_LE(g["implementing"], g["citing"]);
    for (const Json& path : g["citing_reports"]) {
      EXPECT_EQ(date_of[path].substr(0, 4), std::to_string(year)) << path;
      citing.insert(path.get<std::string>());
    }
    citing_sum += g["citing"].get<std::size_t>();
  }
  EXPECT_EQ(citing, Paths(cites));
  EXPECT_EQ(citing_sum, citing.size());
  EXPECT_EQ(by_year["implementing"], CoverageJson({kDirective})["implementing"]);
}

// The lines of the --expect fixture with the corpus files of the body each
// names: folder ("" for any) and the start of the file name.
struct ExpectedLine {
  const char* line;
  const char* folder;
  const char* file_prefix;
};
constexpr ExpectedLine kExpectedLines[] = {
    {"Sở Khoa học và Công nghệ Quảng Trị", "quang-tri", "skhcn-"},
    {"so khoa hoc va cong nghe, tinh Thua Thien Hue", "thua-thien-hue", "skhcn-"},
    {"Uỷ ban nhân dân tỉnh Hà Tĩnh", "ha-tinh", "ubnd-"},
    {"UBND tỉnh Quảng Trị", "quang-tri", "ubnd-"},
    {"Tinh uy Quang Binh", "quang-binh", "tu-"},
    {"Sở Tài chính, Quảng Trị", "quang-tri", "stc-"},
    {"Sở Nội vụ", "", "snv-"},
    {"Ban Tuyên giáo TW", "trung-uong", "btgtw-"},
    {"Sở Y tế Quảng Trị", "quang-tri", "syt-"},  // no report of it in the corpus
};

bool IsOf(const std::string& path, const ExpectedLine& body) {
  std::size_t slash = path.find('/');
  std::string folder = path.substr(0, slash), file = path.substr(slash + 1);
  return (*body.folder == '\0' || folder == body.folder) && file.starts_with(body.file_prefix);
}

TEST_F(LexqueryCoverageTest, ExpectListsTheBodiesWithNoCitingReport) {
  std::set<std::string> scanned = ScannedPaths(kDirective);
  std::map<std::string, bool> implementing = Implementing(CitesJson({kDirective}));
  std::map<std::string, Dumped> documents = DumpedDocuments();
  Json answer = CoverageJson({kDirective, "--expect", kExpectFixture});
  ASSERT_EQ(answer["expected"].size(), std::size(kExpectedLines));
  std::set<std::string> gap, want_gap;
  for (const Json& line : answer["gap"]) gap.insert(line.get<std::string>());
  for (std::size_t i = 0; i < std::size(kExpectedLines); ++i) {
    const ExpectedLine& body = kExpectedLines[i];
    const Json& e = answer["expected"][i];
    ASSERT_EQ(e["body"], body.line);
    std::size_t citing = 0, implements = 0, reports = 0;
    for (const std::string& path : scanned)
      if (IsOf(path, body)) ++citing, implements += implementing[path];
    for (const auto& [path, d] : documents) reports += IsOf(path, body);
    EXPECT_EQ(e["citing"], citing) << body.line;
    EXPECT_EQ(e["implementing"], implements) << body.line;
    EXPECT_EQ(e["reports"], reports) << body.line;
    // No body of the list reports through a chain only: the gap is as before.
    EXPECT_EQ(e["gap"], citing == 0 && e["chained"] == 0) << body.line;
    if (citing == 0) want_gap.insert(body.line);
  }
  EXPECT_EQ(gap, want_gap);
  // The list has both kinds, so the test can tell them apart.
  EXPECT_GE(want_gap.size(), 3u);
  EXPECT_LE(want_gap.size(), std::size(kExpectedLines) - 4);
}

TEST_F(LexqueryCoverageTest, ExpectReadsAByteOrderMarkAndCrlf) {
  std::string text = Slurp(kExpectFixture);
  ASSERT_FALSE(text.empty());
  std::string windows = kBom;
  for (char c : text) windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::filesystem::path file = Scratch() / "co-quan-windows.txt";
  WriteFile(file, windows);
  Json plain = CoverageJson({kDirective, "--expect", kExpectFixture});
  Json edited = CoverageJson({kDirective, "--expect", file.string()});
  EXPECT_EQ(edited["expected"], plain["expected"]);
  EXPECT_EQ(edited["gap"], plain["gap"]);
}

TEST_F(LexqueryCoverageTest, TableHasItsHeadingsAlignedRowsAndTheGap) {
  Outcome run = Coverage({kDirective, "--expect", kExpectFixture});
  ASSERT_EQ(run.status, 0) << run.err;
  std::size_t cited_by = Paths(CitesJson({kDirective})).size();
  EXPECT_NE(run.out.find("Chỉ thị 05-CT/TW của Bộ Chính trị, ngày 15/05/2016\n"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("Cited by " + std::to_string(cited_by) + " of " +
                         std::to_string(DumpedDocuments().size()) + " report(s)"),
            std::string::npos)
      << run.out;
  std::vector<std::string> lines = SplitLines(run.out);
  auto heading = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.starts_with("Cơ quan ban hành");
  });
  ASSERT_NE(heading, lines.end()) << run.out;
  for (const char* column : {"Tỉnh, thành phố", "Trích dẫn", "Thực hiện", "Số báo cáo"})
    EXPECT_NE(heading->find(column), std::string::npos) << *heading;
  // Right-aligned numbers: every row as wide as the heading, up to "Cộng".
  auto width = [](const std::string& s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; });
  };
  std::size_t rows = 0;
  for (auto line = heading + 1; line != lines.end() && !line->empty(); ++line, ++rows)
    EXPECT_EQ(width(*line), width(*heading)) << *line;
  EXPECT_EQ(rows, CoverageJson({kDirective})["groups"].size() + 1);  // and the total
  for (const std::string& line : lines) {
    if (line.starts_with("Sở Tài chính, Quảng Trị") || line.starts_with("Sở Y tế Quảng Trị")) {
      EXPECT_NE(line.find("chưa có báo cáo"), std::string::npos) << line;
    }
    if (line.starts_with("Sở Khoa học và Công nghệ Quảng Trị")) {
      EXPECT_EQ(line.find("chưa có báo cáo"), std::string::npos) << line;
    }
  }
  EXPECT_EQ(run.out.find("\x1b["), std::string::npos);
}

TEST_F(LexqueryCoverageTest, CsvStartsWithAByteOrderMarkAndHasARowPerGroup) {
  Outcome run = Coverage({kDirective, "--format", "csv"});
  ASSERT_EQ(run.status, 0) << run.err;
  ASSERT_TRUE(
      run.out.starts_with(kBom + "issuer,province,citing,implementing,reports,chained,chains\r\n"))
      << run.out;
  EXPECT_EQ(SplitLines(run.out).size(), CoverageJson({kDirective})["groups"].size() + 1);

  Outcome by_year = Coverage({kDirective, "--by", "year", "--format", "csv"});
  EXPECT_TRUE(
      by_year.out.starts_with(kBom + "year,citing,implementing,reports,chained,chains\r\n"));

  Outcome expect = Coverage({kDirective, "--expect", kExpectFixture, "--format", "csv"});
  ASSERT_TRUE(expect.out.starts_with(kBom + "expected,matched,citing,implementing,")) << expect.out;
  EXPECT_EQ(SplitLines(expect.out).size(), std::size(kExpectedLines) + 1);
  EXPECT_NE(expect.out.find("\n\"Sở Tài chính, Quảng Trị\",Sở Tài chính (Quảng Trị),0,0,"),
            std::string::npos)
      << expect.out;  // quoted: it holds a comma
}

TEST_F(LexqueryCoverageTest, ASymbolOfSeveralDocumentsCountsEachReportOnce) {
  const char* ref = "41/2019/QĐ-UBND";
  Json cites = CitesJson({ref});
  ASSERT_EQ(cites["authorities"].size(), 2u);
  Json coverage = CoverageJson({ref});
  EXPECT_EQ(coverage["authorities"].size(), 2u);
  EXPECT_EQ(coverage["citing"], Paths(cites).size());
  Outcome table = Coverage({ref});
  EXPECT_NE(table.out.find("names 2 documents"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("(Hà Tĩnh)"), std::string::npos);
  EXPECT_NE(table.out.find("(Quảng Trị)"), std::string::npos);
}

TEST_F(LexqueryCoverageTest, DatesBoundBothSidesAndTheRelationTheCitingOnes) {
  Json from_2020 = CoverageJson({kDirective, "--by", "year", "--from", "2020"});
  EXPECT_EQ(from_2020["from"], "2020-01-01");
  for (const Json& g : from_2020["groups"]) EXPECT_GE(g["year"], 2020);
  std::size_t dated = 0;
  for (const auto& [path, d] : DumpedDocuments()) dated += d.date >= "2020-01-01";
  EXPECT_EQ(from_2020["reports"], dated);
  EXPECT_EQ(from_2020["citing"], Paths(CitesJson({kDirective, "--from", "2020"})).size());

  Json implements = CoverageJson({kDirective, "--relation", "thực hiện"});
  EXPECT_EQ(implements["relation"], "implements");
  EXPECT_EQ(implements["citing"], implements["implementing"]);
  EXPECT_EQ(implements["citing"], CoverageJson({kDirective})["implementing"]);
}

TEST_F(LexqueryCoverageTest, ExitStatusSaysWhatHappened) {
  Outcome none = Coverage({"Chỉ thị 99-CT/TW"});
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("no report in the index cites 99-CT/TW"), std::string::npos) << none.err;
  Outcome none_json = Coverage({"Chỉ thị 99-CT/TW", "--format", "json"});
  EXPECT_EQ(none_json.status, 1);
  EXPECT_EQ(Json::parse(none_json.out)["citing"], 0);
  EXPECT_EQ(Coverage({"Chỉ thị 99-CT/TW", "--expect", kExpectFixture}).status, 1);

  Outcome unparseable = Coverage({"hello"});
  EXPECT_EQ(unparseable.status, 2);
  EXPECT_NE(unparseable.err.find("05-CT/TW"), std::string::npos) << unparseable.err;
  EXPECT_EQ(Coverage({kDirective, "--by", "province"}).status, 2);
  EXPECT_EQ(Coverage({kDirective, "--relation", "likes"}).status, 2);
  EXPECT_EQ(Coverage({kDirective, "--from", "năm ngoái"}).status, 2);

  std::string nowhere = (Scratch() / "no-such-list.txt").string();
  Outcome unreadable = Coverage({kDirective, "--expect", nowhere});
  EXPECT_EQ(unreadable.status, 2);
  EXPECT_NE(unreadable.err.find(nowhere), std::string::npos) << unreadable.err;
  EXPECT_EQ(unreadable.out, "");
  EXPECT_EQ(Coverage({kDirective, "--expect", Scratch().string()}).status, 2);  // a folder
  std::filesystem::path comments = Scratch() / "only-comments.txt";
  WriteFile(comments, "# nothing yet\n\n");
  Outcome empty = Coverage({kDirective, "--expect", comments.string()});
  EXPECT_EQ(empty.status, 2);
  EXPECT_NE(empty.err.find("lists no body"), std::string::npos) << empty.err;
  Outcome by_year = Coverage({kDirective, "--by", "year", "--expect", kExpectFixture});
  EXPECT_EQ(by_year.status, 2);
  EXPECT_NE(by_year.err.find("--by issuer"), std::string::npos) << by_year.err;

  Outcome missing =
      Execute({LEXQUERY_PATH, "--index", (Scratch() / "nowhere").string(), "coverage", kDirective},
              Scratch());
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no index in"), std::string::npos) << missing.err;
}

// Sở Nội vụ Hà Tĩnh reports on the province's plan 312/KH-UBND, which
// implements Chỉ thị 05-CT/TW (and Kế hoạch 45-KH/TU that implements it):
// its reports cite the directive only in passing, and implement it through
// the plan.
constexpr const char* kPlan = "ha-tinh/ubnd-312-kh-2016.md";
const std::set<std::string> kThroughThePlan = {"ha-tinh/snv-52-bc-2017.md",
                                               "ha-tinh/snv-188-bc-2021.md"};

TEST_F(LexqueryCoverageTest, ADepartmentImplementingThroughItsProvincesPlanIsCountedApart) {
  Json coverage = CoverageJson({kDirective});
  EXPECT_EQ(coverage["chain_depth"], 3);
  EXPECT_EQ(coverage["chained"], kThroughThePlan.size());
  std::set<std::string> direct = Paths(CitesJson({kDirective, "--relation", "implements"}));
  ASSERT_TRUE(direct.contains(kPlan));
  std::set<std::string> chained;
  std::size_t chained_sum = 0;
  for (const Json& g : coverage["groups"]) {
    EXPECT_EQ(g["chained"], g["chained_reports"].size()) << g;
    chained_sum += g["chained"].get<std::size_t>();
    for (const Json& r : g["chained_reports"]) {
      chained.insert(r["path"].get<std::string>());
      EXPECT_FALSE(direct.contains(r["path"])) << r;  // kept apart from the direct ones
    }
  }
  EXPECT_EQ(chained, kThroughThePlan);
  EXPECT_EQ(chained_sum, kThroughThePlan.size());

  auto department = std::find_if(
      coverage["groups"].begin(), coverage["groups"].end(),
      [](const Json& g) { return g["issuer"] == "Sở Nội vụ" && g["province"] == "Hà Tĩnh"; });
  ASSERT_NE(department, coverage["groups"].end());
  const Json& g = *department;
  EXPECT_EQ(g["implementing"], 0) << g;  // as before: no implements mention of the directive
  EXPECT_EQ(g["chained"], 2) << g;
  const Json& first = g["chained_reports"][0];  // by date: 2017 before 2021
  EXPECT_EQ(first["path"], "ha-tinh/snv-52-bc-2017.md");
  EXPECT_EQ(first["symbol"], "52/BC-SNV");
  ASSERT_EQ(first["via"].size(), 1u) << first;
  EXPECT_EQ(first["via"][0]["path"], kPlan);
  EXPECT_EQ(first["via"][0]["symbol"], "312/KH-UBND");
  EXPECT_EQ(first["authority"], coverage["authorities"][0]["identity"]);
  // The plan implements the directive itself (and through 45-KH/TU): the
  // shortest chain is shown.
  EXPECT_EQ(first["chain"], "52/BC-SNV → 312/KH-UBND → 05-CT/TW");

  Outcome table = Coverage({kDirective});
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find(", 5 of them implementing it directly.\n"
                           "2 more implement it only through a chain"),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("Qua chuỗi"), std::string::npos);
  EXPECT_NE(table.out.find("  ha-tinh/snv-52-bc-2017.md\n    52/BC-SNV → 312/KH-UBND → 05-CT/TW\n"),
            std::string::npos)
      << table.out;

  Outcome csv = Coverage({kDirective, "--format", "csv"});
  EXPECT_NE(csv.out.find("\nSở Nội vụ,Hà Tĩnh,2,0,2,2,ha-tinh/snv-52-bc-2017.md: 52/BC-SNV → "
                         "312/KH-UBND → 05-CT/TW; ha-tinh/snv-188-bc-2021.md: 188/BC-SNV → "
                         "312/KH-UBND → 05-CT/TW\r\n"),
            std::string::npos)
      << csv.out;
  Outcome expect = Coverage({kDirective, "--expect", kExpectFixture, "--format", "csv"});
  EXPECT_TRUE(
      expect.out.starts_with(kBom + "expected,matched,citing,implementing,reports,gap,chained\r\n"))
      << expect.out;
  EXPECT_NE(expect.out.find("\nSở Nội vụ,Sở Nội vụ (Hà Tĩnh),2,0,2,false,2\r\n"), std::string::npos)
      << expect.out;
  Json expected = CoverageJson({kDirective, "--expect", kExpectFixture});
  for (const Json& e : expected["expected"])
    if (e["body"] == "Sở Nội vụ") EXPECT_EQ(e["chained"], 2) << e;
}

TEST_F(LexqueryCoverageTest, ChainDepthOneGivesTheDirectAnswer) {
  Json deep = CoverageJson({kDirective});
  Json direct = CoverageJson({kDirective, "--chain-depth", "1"});
  EXPECT_EQ(direct["chain_depth"], 1);
  EXPECT_EQ(direct["chained"], 0);
  for (const char* field : {"citing", "implementing", "reports"})
    EXPECT_EQ(direct[field], deep[field]) << field;
  ASSERT_EQ(direct["groups"].size(), deep["groups"].size());
  for (std::size_t i = 0; i < direct["groups"].size(); ++i) {
    Json g = direct["groups"][i], d = deep["groups"][i];
    EXPECT_EQ(g["chained"], 0);
    EXPECT_EQ(g["chained_reports"], Json::array());
    for (const char* field : {"citing", "implementing", "reports", "citing_reports"})
      EXPECT_EQ(g[field], d[field]) << field;
  }
  Outcome table = Coverage({kDirective, "--chain-depth", "1"});
  EXPECT_NE(table.out.find(", 5 of them implementing it.\n\n"), std::string::npos) << table.out;
  EXPECT_EQ(table.out.find("Qua chuỗi"), std::string::npos) << table.out;
  // A relation other than implements follows no chain.
  EXPECT_EQ(CoverageJson({kDirective, "--relation", "cites"})["chained"], 0);
  EXPECT_EQ(CoverageJson({kDirective, "--relation", "implements"})["chained"], 2);
  EXPECT_EQ(Coverage({kDirective, "--chain-depth", "0"}).status, 2);
  EXPECT_EQ(Coverage({kDirective, "--chain-depth", "11"}).status, 2);
}

TEST_F(LexqueryCoverageTest, CitesImplementingListsTheChainedReportsApart) {
  Json direct = CitesJson({kDirective, "--relation", "implements"});
  Json answer = CitesJson({kDirective, "--implementing"});
  EXPECT_EQ(answer["authorities"], direct["authorities"]);
  EXPECT_EQ(answer["chain_depth"], 3);
  std::set<std::string> chained;
  for (const Json& r : answer["chained"]) {
    chained.insert(r["path"].get<std::string>());
    EXPECT_EQ(r["via"][0]["path"], kPlan) << r;
  }
  EXPECT_EQ(chained, kThroughThePlan);
  EXPECT_EQ(CitesJson({kDirective, "--implementing", "--chain-depth", "1"})["chained"],
            Json::array());

  Outcome table = Cites({kDirective, "--implementing"});
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("Implementing it only through a chain of plans of the corpus (up to 3 "
                           "links): 2 report(s)"),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("chuỗi thực hiện: 188/BC-SNV → 312/KH-UBND → 05-CT/TW"),
            std::string::npos);

  Outcome csv = Cites({kDirective, "--implementing", "--format", "csv"});
  std::vector<std::string> lines = SplitLines(csv.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(lines[0].ends_with(",mention,chain\r")) << lines[0];
  std::size_t direct_rows = 0, chain_rows = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].ends_with(",\r"))
      ++direct_rows;
    else if (lines[i].ends_with("→ 312/KH-UBND → 05-CT/TW\r"))
      ++chain_rows;
  }
  EXPECT_EQ(chain_rows, 2u) << csv.out;
  EXPECT_EQ(direct_rows + chain_rows, lines.size() - 1) << csv.out;
  // Plain cites is as it was.
  EXPECT_TRUE(SplitLines(Cites({kDirective, "--format", "csv"}).out)[0].ends_with(",mention\r"));
  EXPECT_EQ(Cites({kDirective, "--implementing", "--relation", "basis"}).status, 2);
}

// A corpus made for the walk: a plan implementing the directive, a plan on
// that plan, a report on the latter (three links), a report on the report
// (four), and two plans implementing each other (a cycle), one of them on
// the second plan too.
TEST_F(LexqueryCoverageTest, TheChainDepthCutsTheChainAndACycleEnds) {
  fs::path corpus = Scratch() / "implementing-corpus" / "quang-tri";
  fs::create_directories(corpus);
  auto report = [&](const std::string& file, const std::string& number, const std::string& kind,
                    const std::string& body) {
    WriteFile(corpus / file,
              "UBND TỈNH QUẢNG TRỊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc\n\n"
              "Số: " +
                  number + " Quảng Trị, ngày 10 tháng 3 năm 2022\n\n" + kind +
                  "\nVề việc thử nghiệm\n\n" + body + "\n");
  };
  auto on = [](const std::string& what) {
    return "Thực hiện " + what +
           " ngày 10/3/2022 của Sở Khoa học và Công nghệ, Sở báo cáo như sau.";
  };
  report("a.md", "10/KH-SKHCN", "KẾ HOẠCH",
         "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Sở xây dựng kế hoạch.");
  report("b.md", "20/KH-SKHCN", "KẾ HOẠCH", on("Kế hoạch số 10/KH-SKHCN"));
  report("c.md", "30/BC-SKHCN", "BÁO CÁO", on("Kế hoạch số 20/KH-SKHCN"));
  report("d.md", "40/BC-SKHCN", "BÁO CÁO", on("Báo cáo số 30/BC-SKHCN"));
  report("e.md", "50/KH-SKHCN", "KẾ HOẠCH",
         on("Kế hoạch số 60/KH-SKHCN") + "\n\n" + on("Kế hoạch số 20/KH-SKHCN"));
  report("f.md", "60/KH-SKHCN", "KẾ HOẠCH", on("Kế hoạch số 50/KH-SKHCN"));
  std::string index = (Scratch() / "implementing-index").string();
  Outcome build = Execute({LEXINDEX_PATH, "build", (Scratch() / "implementing-corpus").string(),
                           "--index", index, "--quiet"},
                          Scratch());
  ASSERT_EQ(build.status, 0) << build.err;
  auto chains_of = [&](int depth) {
    Outcome run = Execute({LEXQUERY_PATH, "--index", index, "coverage", kDirective, "--chain-depth",
                           std::to_string(depth), "--format", "json"},
                          Scratch());
    EXPECT_EQ(run.status, 0) << run.err;
    std::map<std::string, std::string> chains;
    Json answer = Json::parse(run.out);  // kept: a loop over a temporary's part would dangle
    for (const Json& g : answer["groups"])
      for (const Json& r : g["chained_reports"]) chains[r["path"]] = r["chain"];
    return chains;
  };
  using Chains = std::map<std::string, std::string>;
  EXPECT_EQ(chains_of(1), Chains{});
  EXPECT_EQ(chains_of(2), (Chains{{"quang-tri/b.md", "20/KH-SKHCN → 10/KH-SKHCN → 05-CT/TW"}}));
  Chains three = {{"quang-tri/b.md", "20/KH-SKHCN → 10/KH-SKHCN → 05-CT/TW"},
                  {"quang-tri/c.md", "30/BC-SKHCN → 20/KH-SKHCN → 10/KH-SKHCN → 05-CT/TW"},
                  {"quang-tri/e.md", "50/KH-SKHCN → 20/KH-SKHCN → 10/KH-SKHCN → 05-CT/TW"}};
  EXPECT_EQ(chains_of(3), three);
  Chains four = three;
  four["quang-tri/d.md"] = "40/BC-SKHCN → 30/BC-SKHCN → 20/KH-SKHCN → 10/KH-SKHCN → 05-CT/TW";
  four["quang-tri/f.md"] = "60/KH-SKHCN → 50/KH-SKHCN → 20/KH-SKHCN → 10/KH-SKHCN → 05-CT/TW";
  EXPECT_EQ(chains_of(4), four);
  EXPECT_EQ(chains_of(10), four);  // the cycle of e and f ends
  // Directly implementing: a.md only, never listed as chained.
  Outcome direct = Execute(
      {LEXQUERY_PATH, "--index", index, "coverage", kDirective, "--format", "json"}, Scratch());
  EXPECT_EQ(Json::parse(direct.out)["implementing"], 1) << direct.out;
}

}  // namespace
// A table lists twenty chains at most, and says how many more JSON holds.
TEST_F(LexqueryCoverageTest, TheTableListsTwentyChainsAndCountsTheRest) {
  fs::path corpus = Scratch() / "many-chains-corpus" / "quang-tri";
  fs::create_directories(corpus);
  auto report = [&](const std::string& file, const std::string& number, const std::string& body) {
    WriteFile(corpus / file,
              "UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\n\nSố: " + number +
                  "\n\nQuảng Trị, ngày 10 tháng 3 năm 2022\n\nBÁO CÁO\nKết quả công tác\n\n" +
                  body + "\n");
  };
  report("plan.md", "10/KH-SNV",
         "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Sở xây dựng kế hoạch.");
  for (int i = 1; i <= 23; ++i)
    report("r" + std::to_string(i) + ".md", std::to_string(100 + i) + "/BC-SNV",
           "Thực hiện Kế hoạch số 10/KH-SNV ngày 10/3/2022 của Sở Nội vụ, Sở báo cáo như sau.");
  std::string index = (Scratch() / "many-chains-index").string();
  Outcome build = Execute({LEXINDEX_PATH, "build", (Scratch() / "many-chains-corpus").string(),
                           "--index", index, "--quiet"},
                          Scratch());
  ASSERT_EQ(build.status, 0) << build.err;
  Outcome table = Execute({LEXQUERY_PATH, "--index", index, "coverage", kDirective}, Scratch());
  ASSERT_EQ(table.status, 0) << table.err;
  std::size_t listed = 0;
  for (const std::string& line : SplitLines(table.out))
    listed += line.find(" → ") != std::string::npos;
  EXPECT_EQ(listed, 20u) << table.out;
  EXPECT_NE(table.out.find("… and 3 more"), std::string::npos) << table.out;
  Outcome json = Execute(
      {LEXQUERY_PATH, "--index", index, "coverage", kDirective, "--format", "json"}, Scratch());
  EXPECT_EQ(Json::parse(json.out)["chained"], 23) << json.out;
}

}  // namespace lexgraph::testing
