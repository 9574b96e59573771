// `lexquery` run as a user runs it, on an index of corpus/: for `cites`, every
// format, filter and exit status, and the same answer as scanning the files
// (`lexindex extract --cites`) for every reference asked.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "lexquery_fixture.h"
#include "test_support.h"

namespace lexgraph::testing {
namespace {

namespace fs = std::filesystem;

TEST_F(LexqueryTest, AnswersAsScanningTheFilesDoes) {
  for (const char* ref : {"Chỉ thị 05-CT/TW", "Nghị định 04/2015/NĐ-CP", "41/2019/QĐ-UBND",
                          "Kế hoạch 45-KH/TU", "1225/UBND-NC", "Luật Thi đua, khen thưởng"}) {
    std::set<std::string> scanned = ScannedPaths(ref);
    ASSERT_FALSE(scanned.empty()) << ref;
    EXPECT_EQ(Paths(CitesJson({ref})), scanned) << ref;
  }
}

TEST_F(LexqueryTest, EveryWayOfTypingGivesTheSameAnswer) {
  Json typed = CitesJson({"Chỉ thị 05-CT/TW"});
  EXPECT_EQ(typed["key"], "sym:5-ct/tw");
  ASSERT_EQ(typed["authorities"].size(), 1u);  // undated mentions join the 2016 directive
  EXPECT_EQ(typed["authorities"][0]["identity"], "sym:5-ct/tw|2016|");
  EXPECT_EQ(typed["authorities"][0]["reports"].size(), 9u);
  for (const char* other : {"chi thi 5-ct/tw", "05-CT/TW", "CHỈ THỊ SỐ 05–CT/TW"})
    EXPECT_EQ(CitesJson({other})["authorities"], typed["authorities"]) << other;
}

TEST_F(LexqueryTest, JsonMarksEachMentionInItsSentence) {
  Json answer = CitesJson({"Chỉ thị 05-CT/TW"});
  int mentions = 0;
  for (const Json& r : answer["authorities"][0]["reports"])
    for (const Json& m : r["mentions"]) {
      std::string sentence = m["sentence"];
      std::size_t b = m["mention_begin"], e = m["mention_end"];
      ASSERT_LE(b, e);
      ASSERT_LE(e, sentence.size());
      EXPECT_NE(sentence.substr(b, e - b).find("CT/TW"), std::string::npos) << sentence;
      ++mentions;
    }
  EXPECT_GE(mentions, 9);
}

TEST_F(LexqueryTest, TableGroupsByDocumentAndMarksTheMention) {
  Outcome run = Cites({"Chỉ thị 05-CT/TW"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(
      run.out.find("Chỉ thị 05-CT/TW của Bộ Chính trị, ngày 15/05/2016 — cited by 9 report(s)"),
      std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("174/BC-SKHCHN · Báo cáo · 17/12/2020 · Sở Khoa học và Công nghệ"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("quang-tri/skhcn-174-bc-2020.md"), std::string::npos);
  EXPECT_NE(run.out.find("thực hiện: "), std::string::npos);
  EXPECT_NE(run.out.find("«Chỉ thị số 05-CT/TW"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("\x1b["), std::string::npos);  // no colour when not a terminal
}

TEST_F(LexqueryTest, ASymbolOfTwoProvincesIsTwoDocuments) {
  Json answer = CitesJson({"41/2019/QĐ-UBND"});
  ASSERT_EQ(answer["authorities"].size(), 2u);
  EXPECT_EQ(answer["authorities"][0]["scope"], "ha tinh");
  EXPECT_EQ(answer["authorities"][0]["corpus_path"], "ha-tinh/ubnd-41-qd-2019.md");
  EXPECT_EQ(answer["authorities"][1]["scope"], "quang tri");
  EXPECT_EQ(answer["authorities"][1]["corpus_path"], "quang-tri/ubnd-41-qd-2019.md");
  Outcome table = Cites({"41/2019/QĐ-UBND"});
  EXPECT_NE(table.out.find("names 2 different documents"), std::string::npos) << table.out;
}

TEST_F(LexqueryTest, CsvStartsWithAByteOrderMarkAndHasARowPerMention) {
  Outcome run = Cites({"Chỉ thị 05-CT/TW", "--format", "csv"});
  ASSERT_EQ(run.status, 0) << run.err;
  ASSERT_TRUE(
      run.out.starts_with("\xEF\xBB\xBF"
                          "authority,authority_symbol,"))
      << run.out;
  Json answer = CitesJson({"Chỉ thị 05-CT/TW"});
  std::size_t mentions = 0;
  for (const Json& r : answer["authorities"][0]["reports"]) mentions += r["mentions"].size();
  std::size_t rows = 0, quoted_sentences = 0;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("sym:5-ct/tw|2016|,")) ++rows;
    if (line.find(",\"") != std::string::npos) ++quoted_sentences;
  }
  EXPECT_EQ(rows, mentions);        // no sentence holds a new line: one line per row
  EXPECT_GT(quoted_sentences, 0u);  // sentences with commas are quoted
}

TEST_F(LexqueryTest, FiltersNarrowTheReports) {
  Json all = CitesJson({"Chỉ thị 05-CT/TW"});
  Json implements = CitesJson({"Chỉ thị 05-CT/TW", "--relation", "thực hiện"});
  std::size_t n = implements["authorities"][0]["reports"].size();
  EXPECT_GT(n, 0u);
  EXPECT_LT(n, all["authorities"][0]["reports"].size());
  for (const Json& r : implements["authorities"][0]["reports"])
    for (const Json& m : r["mentions"]) EXPECT_EQ(m["relation"], "implements");
  EXPECT_EQ(CitesJson({"Chỉ thị 05-CT/TW", "--relation", "implements"}), implements);

  Json from_2020 = CitesJson({"Chỉ thị 05-CT/TW", "--from", "2020"});
  for (const Json& r : from_2020["authorities"][0]["reports"])
    EXPECT_GE(r["date"].get<std::string>(), "2020-01-01");
  Json to_2016 = CitesJson({"Chỉ thị 05-CT/TW", "--to", "31/12/2016"});
  for (const Json& r : to_2016["authorities"][0]["reports"])
    EXPECT_LE(r["date"].get<std::string>(), "2016-12-31");
  EXPECT_EQ(from_2020["authorities"][0]["reports"].size() +
                to_2016["authorities"][0]["reports"].size() +
                CitesJson({"Chỉ thị 05-CT/TW", "--from", "2017", "--to",
                           "2019"})["authorities"][0]["reports"]
                    .size(),
            all["authorities"][0]["reports"].size());

  Json by_department = CitesJson({"Chỉ thị 05-CT/TW", "--issuer", "so khoa hoc va cong nghe"});
  ASSERT_FALSE(by_department["authorities"].empty());
  for (const Json& r : by_department["authorities"][0]["reports"])
    EXPECT_EQ(r["issuer"], "Sở Khoa học và Công nghệ");
  Json plans = CitesJson({"Chỉ thị 05-CT/TW", "--type", "Kế hoạch"});
  for (const Json& r : plans["authorities"][0]["reports"]) EXPECT_EQ(r["type"], "Kế hoạch");
}

// Reports by path, each with its mentions, whatever their order.
std::map<std::string, nlohmann::json> ReportsByPath(const nlohmann::json& authority) {
  std::map<std::string, nlohmann::json> reports;
  for (const nlohmann::json& r : authority["reports"]) reports[r["path"].get<std::string>()] = r;
  return reports;
}

// A limit lists the newest reports from Xapian and SQLite together; no
// limit lists them all from SQLite: both must say the same.
TEST_F(LexqueryTest, ALimitListsTheNewestAndCountsThemAll) {
  Json all = CitesJson({"Chỉ thị 05-CT/TW"});
  ASSERT_EQ(all["authorities"].size(), 1u);
  std::size_t total = all["authorities"][0]["reports"].size();
  EXPECT_EQ(all["authorities"][0]["reports_total"], total);
  Json three = CitesJson({"Chỉ thị 05-CT/TW", "--limit", "3"});
  EXPECT_EQ(three["authorities"][0]["reports_total"], total);
  ASSERT_EQ(three["authorities"][0]["reports"].size(), 3u);
  std::vector<std::string> dates;
  for (const Json& r : all["authorities"][0]["reports"])
    dates.push_back(r["date"].is_null() ? "" : r["date"].get<std::string>());
  std::sort(dates.rbegin(), dates.rend());
  for (std::size_t i = 0; i < 3; ++i)
    EXPECT_EQ(three["authorities"][0]["reports"][i]["date"], dates[i]) << i;

  for (std::vector<std::string> filter : std::vector<std::vector<std::string>>{
           {},
           {"--relation", "implements"},
           {"--from", "2019"},
           {"--to", "2018"},
           {"--issuer", "so khoa hoc va cong nghe"},
           {"--type", "Báo cáo"},
       }) {
    std::vector<std::string> args = {"Chỉ thị 05-CT/TW"};
    args.insert(args.end(), filter.begin(), filter.end());
    Json whole = CitesJson(args);
    args.insert(args.end(), {"--limit", "1000"});
    Json limited = CitesJson(args);
    std::string what = filter.empty() ? "no filter" : filter[0];
    ASSERT_EQ(whole["authorities"].size(), limited["authorities"].size()) << what;
    if (whole["authorities"].empty()) continue;
    EXPECT_EQ(ReportsByPath(limited["authorities"][0]), ReportsByPath(whole["authorities"][0]))
        << what;
    EXPECT_EQ(limited["authorities"][0]["reports_total"], whole["authorities"][0]["reports_total"])
        << what;
  }

  Outcome table = Cites({"Chỉ thị 05-CT/TW", "--limit", "2"});
  EXPECT_NE(table.out.find("cited by " + std::to_string(total) +
                           " report(s); the 2 newest below (--limit 0 lists all)"),
            std::string::npos)
      << table.out;
  EXPECT_EQ(table.out.find("\n  3. "), std::string::npos);
  // Several documents under one symbol: each keeps its newest.
  Json two = CitesJson({"41/2019/QĐ-UBND", "--limit", "1"});
  ASSERT_EQ(two["authorities"].size(), 2u);
  for (const Json& a : two["authorities"]) EXPECT_EQ(a["reports"].size(), 1u);
}

TEST_F(LexqueryTest, ExitStatusSaysWhatHappened) {
  Outcome none = Cites({"Chỉ thị 99-CT/TW"});
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("no report in the index cites 99-CT/TW"), std::string::npos) << none.err;
  Outcome filtered = Cites({"Chỉ thị 05-CT/TW", "--from", "2030"});
  EXPECT_EQ(filtered.status, 1);
  EXPECT_NE(filtered.err.find("with these filters"), std::string::npos);

  Outcome unparseable = Cites({"hello"});
  EXPECT_EQ(unparseable.status, 2);
  EXPECT_NE(unparseable.err.find("05-CT/TW"), std::string::npos) << unparseable.err;
  EXPECT_EQ(Cites({"05-CT/TW", "--relation", "likes"}).status, 2);
  EXPECT_EQ(Cites({"05-CT/TW", "--from", "năm ngoái"}).status, 2);
  EXPECT_EQ(Cites({"05-CT/TW", "--format", "xml"}).status, 2);

  Outcome missing = Execute(
      {LEXQUERY_PATH, "--index", (Scratch() / "nowhere").string(), "cites", "05-CT/TW"}, Scratch());
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no index in"), std::string::npos) << missing.err;
  EXPECT_NE(missing.err.find("lexindex build"), std::string::npos) << missing.err;
}

TEST_F(LexqueryTest, RefsListsWhatAReportCitesInTextOrder) {
  Json by_symbol = QueryJson({"refs", "174/BC-SKHCHN"});
  EXPECT_EQ(QueryJson({"refs", "quang-tri/skhcn-174-bc-2020.md"}), by_symbol);
  EXPECT_EQ(QueryJson({"refs", "skhcn-174-bc-2020.md"}), by_symbol);
  EXPECT_EQ(by_symbol["document"]["path"], "quang-tri/skhcn-174-bc-2020.md");
  // As many as the graph holds for it.
  Outcome dump = Execute({LEXINDEX_PATH, "dump", "--index", Index()}, Scratch());
  std::size_t in_dump = 0;
  std::istringstream lines(dump.out);
  for (std::string line; std::getline(lines, line);)
    in_dump += line.starts_with("citation quang-tri/skhcn-174-bc-2020.md #");
  ASSERT_EQ(by_symbol["citations"].size(), in_dump);
  const Json& first = by_symbol["citations"][0];
  EXPECT_EQ(first["symbol"], "41/2019/QĐ-UBND");
  EXPECT_EQ(first["relation"], "implements");
  EXPECT_EQ(first["corpus_path"], "quang-tri/ubnd-41-qd-2019.md");  // its own province's
  for (const Json& c : by_symbol["citations"]) {
    std::string sentence = c["sentence"];
    std::size_t b = c["mention_begin"], e = c["mention_end"];
    ASSERT_LE(b, e);
    ASSERT_LE(e, sentence.size());
  }
  Outcome table = Query({"refs", "174/BC-SKHCHN"});
  EXPECT_EQ(table.status, 0);
  EXPECT_NE(table.out.find("1. thực hiện Quyết định 41/2019/QĐ-UBND"), std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("«Quyết định số 41/2019/QĐ-UBND ngày 22/10/2019 của UBND tỉnh»"),
            std::string::npos);
}

TEST_F(LexqueryTest, ShowGivesTheFieldsAndBothDirectionsOfTheGraph) {
  Json plan = QueryJson({"show", "Kế hoạch 45-KH/TU"});
  EXPECT_EQ(plan["document"]["path"], "ha-tinh/tu-45-kh-2016.md");
  EXPECT_EQ(plan["document"]["issuer"], "Tỉnh ủy Hà Tĩnh");
  EXPECT_FALSE(plan["document"]["recipients"].empty());
  std::set<std::string> citing;
  for (const Json& r : plan["cited_by"]) citing.insert(r["path"].get<std::string>());
  EXPECT_EQ(citing,
            (std::set<std::string>{"ha-tinh/ubnd-312-kh-2016.md", "ha-tinh/snv-52-bc-2017.md"}));
  EXPECT_FALSE(plan["cites"].empty());
  Outcome csv = Query({"show", "Kế hoạch 45-KH/TU", "--format", "csv"});
  ASSERT_TRUE(
      csv.out.starts_with("\xEF\xBB\xBF"
                          "direction,report_path,"))
      << csv.out;
  EXPECT_NE(csv.out.find("\ncited_by,ha-tinh/tu-45-kh-2016.md,implements,"), std::string::npos)
      << csv.out;
  EXPECT_NE(csv.out.find("\ncites,ha-tinh/tu-45-kh-2016.md,implements,sym:5-ct/tw|2016|"),
            std::string::npos);
}

TEST_F(LexqueryTest, ADocumentNamedTwiceOrNotAtAllIsSaidSo) {
  Outcome two = Query({"show", "ubnd-41-qd-2019.md"});
  EXPECT_EQ(two.status, 2);
  EXPECT_NE(two.err.find("names 2 reports"), std::string::npos) << two.err;
  EXPECT_NE(two.err.find("ha-tinh/ubnd-41-qd-2019.md"), std::string::npos);
  EXPECT_NE(two.err.find("quang-tri/ubnd-41-qd-2019.md"), std::string::npos);
  EXPECT_EQ(Query({"refs", "41/2019/QĐ-UBND"}).status, 2);  // two provinces again
  Outcome none = Query({"refs", "999/BC-XYZ"});
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("no report of the index"), std::string::npos) << none.err;
}

// One report kept in two folders (an archive copies files between
// departments) is one document with two paths, not two reports that make
// the symbol ambiguous.
TEST_F(LexqueryTest, IdenticalCopiesAreOneDocumentWithTwoPaths) {
  const fs::path corpus = Scratch() / "copies-corpus", index = Scratch() / "copies-index";
  fs::create_directories(corpus / "so-khcn");
  fs::create_directories(corpus / "van-thu");
  const fs::path report = fs::path(LEXGRAPH_SOURCE_DIR) / "corpus/quang-tri/skhcn-174-bc-2020.md";
  fs::copy_file(report, corpus / "so-khcn/174.md");
  fs::copy_file(report, corpus / "van-thu/ban-sao-174.md");
  Outcome built =
      Execute({LEXINDEX_PATH, "build", corpus.string(), "--index", index.string()}, Scratch());
  ASSERT_EQ(built.status, 0) << built.err;
  Outcome shown = Execute(
      {LEXQUERY_PATH, "--index", index.string(), "show", "174/BC-SKHCHN", "--format", "json"},
      Scratch());
  ASSERT_EQ(shown.status, 0) << shown.err;
  Json document = Json::parse(shown.out)["document"];
  EXPECT_EQ(document["path"], "so-khcn/174.md");
  EXPECT_EQ(document["copies"], Json::array({"van-thu/ban-sao-174.md"}));
  Outcome table =
      Execute({LEXQUERY_PATH, "--index", index.string(), "refs", "174/BC-SKHCHN"}, Scratch());
  EXPECT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("bản sao: van-thu/ban-sao-174.md"), std::string::npos) << table.out;
  // Two provinces' reports of one symbol differ in content: still two.
  EXPECT_EQ(Query({"refs", "41/2019/QĐ-UBND"}).status, 2);
}

TEST_F(LexqueryTest, TopRanksDocumentsByTheReportsCitingThem) {
  Json top = QueryJson({"top", "--limit", "5"});
  ASSERT_EQ(top["authorities"].size(), 5u);
  EXPECT_EQ(top["authorities"][0]["identity"], "sym:5-ct/tw|2016|");
  EXPECT_EQ(top["authorities"][0]["reports"], 9);
  for (std::size_t i = 1; i < 5; ++i)
    EXPECT_LE(top["authorities"][i]["reports"], top["authorities"][i - 1]["reports"]);

  Json directives = QueryJson({"top", "--type", "chi thi"});
  ASSERT_FALSE(directives["authorities"].empty());
  for (const Json& a : directives["authorities"]) EXPECT_EQ(a["type"], "Chỉ thị");

  // Counting only reports of 2020 on agrees with asking who cites it then.
  std::size_t cites_2020 =
      CitesJson({"Chỉ thị 05-CT/TW", "--from", "2020"})["authorities"][0]["reports"].size();
  bool found = false;
  Json since_2020 = QueryJson({"top", "--from", "2020", "--limit", "100"});
  for (const Json& a : since_2020["authorities"])
    if (a["identity"] == "sym:5-ct/tw|2016|") {
      EXPECT_EQ(a["reports"], cites_2020);
      found = true;
    }
  EXPECT_TRUE(found);

  Outcome table = Query({"top", "--limit", "5"});
  EXPECT_NE(table.out.find("1. Chỉ thị 05-CT/TW của Bộ Chính trị, ngày 15/05/2016"),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("(Quảng Trị)"), std::string::npos) << table.out;
  Outcome csv = Query({"top", "--format", "csv", "--limit", "2"});
  EXPECT_TRUE(
      csv.out.starts_with("\xEF\xBB\xBF"
                          "rank,authority,"))
      << csv.out;
  EXPECT_NE(csv.out.find("\r\n1,sym:5-ct/tw|2016|,Chỉ thị,05-CT/TW,"), std::string::npos)
      << csv.out;
  EXPECT_EQ(Query({"top", "--type", "Sắc lệnh"}).status, 1);
}

// A document's symbol as its authority shows it: the official case of the
// codes the tables know, whatever case its mentions have (a heading in
// capitals, a query in small letters); for a code they do not know, the
// printed mixed case over the capitals of a heading.
TEST_F(LexqueryTest, AnAuthorityShowsItsSymbolInOfficialCase) {
  std::filesystem::path corpus = Scratch() / "casing-corpus" / "quang-tri";
  std::filesystem::create_directories(corpus);
  auto report = [&](const std::string& file, const std::string& number, const std::string& body) {
    WriteFile(corpus / file,
              "UBND TỈNH QUẢNG TRỊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc\n\n"
              "Số: " +
                  number + " Quảng Trị, ngày 10 tháng 3 năm 2022\n\nBÁO CÁO\n" + body);
  };
  report("a.md", "10/BC-SKHCN",
         "KẾT QUẢ THỰC HIỆN QUYẾT ĐỊNH SỐ 1847/QĐ-TTG\n\n"
         "I. THỰC HIỆN QUYẾT ĐỊNH SỐ 1847/QĐ-TTG VÀ CÔNG VĂN SỐ 144/2025/CV-BSGBTR\n\n"
         "Sở đã triển khai.\n");
  report("b.md", "20/BC-SKHCN",
         "Kết quả thực hiện nhiệm vụ năm 2022\n\n"
         "Thực hiện Quyết định số 1847/QĐ-TTg ngày 27/12/2018 và Công văn số "
         "144/2025/CV-BSGBTr, Sở báo cáo như sau.\n");
  std::string index = (Scratch() / "casing-index").string();
  Outcome build = Execute(
      {LEXINDEX_PATH, "build", (Scratch() / "casing-corpus").string(), "--index", index, "--quiet"},
      Scratch());
  ASSERT_EQ(build.status, 0) << build.err;
  auto authority_symbol = [&](const std::string& ref) {
    Outcome run =
        Execute({LEXQUERY_PATH, "--index", index, "cites", ref, "--format", "json"}, Scratch());
    EXPECT_EQ(run.status, 0) << ref << "\n" << run.err;
    Json answer = Json::parse(run.out);
    EXPECT_EQ(answer["authorities"].size(), 1u) << answer;
    return answer["authorities"][0]["symbol"].get<std::string>();
  };
  EXPECT_EQ(authority_symbol("1847/qđ-ttg"), "1847/QĐ-TTg");
  EXPECT_EQ(authority_symbol("144/2025/cv-bsgbtr"), "144/2025/CV-BSGBTr");
}

}  // namespace
}  // namespace lexgraph::testing
