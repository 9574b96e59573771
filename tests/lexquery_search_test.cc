// `lexquery search` as a user runs it, on an index of corpus/: what it finds
// is checked against a scan of the files themselves, word by word, with the
// same terms the index uses (text_terms.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "lexgraph/text_decoder.h"
#include "lexgraph/text_terms.h"
#include "lexquery_fixture.h"
#include "sqlite_db.h"
#include "test_support.h"

namespace lexgraph::testing {
namespace {

namespace fs = std::filesystem;

struct ScannedWord {
  std::string folded, exact;  // exact: the folded form when written without diacritics
};

// Every report of corpus/ as its words, by path relative to corpus/.
const std::vector<std::pair<std::string, std::vector<ScannedWord>>>& Corpus() {
  static const auto* corpus = [] {
    auto* files = new std::vector<std::pair<std::string, std::vector<ScannedWord>>>;
    fs::path root = LEXGRAPH_SOURCE_DIR "/corpus";
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      DecodedText text = DecodeText(Slurp(entry.path()));
      std::vector<ScannedWord> words;
      for (auto& [folded, exact] : WordTermsOf(text.text))
        words.push_back({folded, exact.empty() ? folded : exact});
      files->emplace_back(fs::relative(entry.path(), root).string(), std::move(words));
    }
    return files;
  }();
  return *corpus;
}

// Whether `words` occur one after the other in `text`; a word typed with
// diacritics must match exactly, one typed without matches any spelling.
bool HasPhrase(const std::vector<ScannedWord>& text, const std::vector<std::string>& typed) {
  std::vector<std::pair<std::string, bool>> wanted;  // term, exact?
  for (const std::string& w : typed) {
    auto terms = WordTermsOf(w);
    EXPECT_EQ(terms.size(), 1u) << w;
    wanted.emplace_back(terms[0].second.empty() ? terms[0].first : terms[0].second,
                        !terms[0].second.empty());
  }
  for (std::size_t i = 0; i + wanted.size() <= text.size(); ++i) {
    bool all = true;
    for (std::size_t j = 0; j < wanted.size() && all; ++j)
      all = wanted[j].second ? text[i + j].exact == wanted[j].first
                             : text[i + j].folded == wanted[j].first;
    if (all) return true;
  }
  return false;
}

// The reports of corpus/ holding every one of `phrases` (each a list of words).
std::set<std::string> ScanAll(const std::vector<std::vector<std::string>>& phrases) {
  std::set<std::string> paths;
  for (const auto& [path, words] : Corpus())
    if (std::all_of(phrases.begin(), phrases.end(),
                    [&](const auto& p) { return HasPhrase(words, p); }))
      paths.insert(path);
  return paths;
}

class LexquerySearchTest : public LexqueryTest {
 protected:
  static Json SearchJson(std::vector<std::string> args) {
    args.insert(args.begin(), "search");
    args.push_back("--limit=1000");
    return QueryJson(args);
  }
  static std::set<std::string> Found(std::vector<std::string> args) {
    Json answer = SearchJson(args);
    std::set<std::string> paths;
    for (const Json& hit : answer["hits"]) paths.insert(hit["path"].get<std::string>());
    EXPECT_EQ(answer["matches"], paths.size());
    EXPECT_TRUE(answer["matches_exact"].get<bool>());
    return paths;
  }
  // The reports said to hold every word: the first matches_every_word hits.
  static std::set<std::string> FoundEveryWord(std::vector<std::string> args) {
    Json answer = SearchJson(args);
    std::set<std::string> paths;
    std::size_t every_word = answer["matches_every_word"].get<std::size_t>();
    EXPECT_LE(every_word, answer["hits"].size());
    for (std::size_t i = 0; i < every_word && i < answer["hits"].size(); ++i)
      paths.insert(answer["hits"][i]["path"].get<std::string>());
    return paths;
  }
};

TEST_F(LexquerySearchTest, FindsWhatScanningTheFilesFinds) {
  struct Case {
    std::string query;
    std::vector<std::vector<std::string>> phrases;
  };
  for (const Case& c : std::vector<Case>{
           {"văn hóa", {{"văn"}, {"hóa"}}},
           {"van hoa", {{"van"}, {"hoa"}}},
           {"\"văn hóa\"", {{"văn", "hóa"}}},
           {"\"van hoa\"", {{"van", "hoa"}}},
           {"\"thi đua, khen thưởng\"", {{"thi", "đua", "khen", "thưởng"}}},
           {"\"thi dua khen thuong\" tỉnh", {{"thi", "dua", "khen", "thuong"}, {"tỉnh"}}},
           {"hòa", {{"hòa"}}},
           {"hoa", {{"hoa"}}},
           {"05-CT/TW", {{"05", "ct", "tw"}}},
           {"ngân sách nhà nước", {{"ngân"}, {"sách"}, {"nhà"}, {"nước"}}},
       }) {
    std::set<std::string> scanned = ScanAll(c.phrases);
    EXPECT_FALSE(scanned.empty()) << c.query;
    EXPECT_EQ(FoundEveryWord({c.query}), scanned) << c.query;
  }
}

// Words typed one after the other: the reports holding all of them first
// (as many as the header says), then those holding some, none holding none.
TEST_F(LexquerySearchTest, ReportsHoldingSomeWordsComeAfterThoseHoldingAll) {
  for (const std::string query : {"phong chong dich covid", "dự toán ngân sách năm 2017",
                                  "van hoa cong so ky luat ky cuong"}) {
    std::vector<std::vector<std::string>> words;
    for (const auto& [folded, exact] : WordTermsOf(query))
      words.push_back({exact.empty() ? folded : exact});
    std::set<std::string> all = ScanAll(words), some;
    for (const auto& word : words) {
      std::set<std::string> holding = ScanAll({word});
      some.insert(holding.begin(), holding.end());
    }
    ASSERT_LT(all.size(), some.size()) << query;
    Json answer = SearchJson({query});
    EXPECT_EQ(answer["matches"], some.size()) << query;
    EXPECT_EQ(answer["matches_every_word"], all.size()) << query;
    ASSERT_EQ(answer["hits"].size(), some.size()) << query;
    std::set<std::string> first, rest;
    double previous = 1e300;
    for (std::size_t i = 0; i < answer["hits"].size(); ++i) {
      const Json& hit = answer["hits"][i];
      (i < all.size() ? first : rest).insert(hit["path"].get<std::string>());
      // By weight within each part; only the first part reaches 100%.
      double weight = hit["weight"].get<double>();
      if (i != all.size()) {
        EXPECT_LE(weight, previous) << query << ", rank " << i + 1;
      }
      previous = weight;
      if (i >= all.size()) {
        EXPECT_LT(hit["percent"].get<int>(), 100) << query;
      }
    }
    EXPECT_EQ(first, all) << query;
    EXPECT_EQ(first.size() + rest.size(), some.size()) << query;
  }
  Outcome table = Query({"search", "phong chong dich covid"});
  EXPECT_NE(table.out.find("holding every word"), std::string::npos) << table.out;
}

// What must occur still must: a quoted phrase, the words joined by a typed
// AND, a group, and what NOT leaves out stays out.
TEST_F(LexquerySearchTest, QuotesAndOperatorsKeepTheirExactMeaning) {
  EXPECT_EQ(Found({"ngân AND sách AND nhà AND nước"}),
            ScanAll({{"ngân"}, {"sách"}, {"nhà"}, {"nước"}}));
  EXPECT_EQ(Found({"(ngân sách) nhà"}), ScanAll({{"ngân"}, {"sách"}, {"nhà"}}));
  std::set<std::string> phrase = ScanAll({{"văn", "hóa"}});
  for (const std::string& path : Found({"\"văn hóa\" cơ sở"}))
    EXPECT_TRUE(phrase.count(path)) << path;
  EXPECT_EQ(FoundEveryWord({"\"văn hóa\" cơ sở"}), ScanAll({{"văn", "hóa"}, {"cơ"}, {"sở"}}));
  std::set<std::string> district = ScanAll({{"huyện"}});
  for (const std::string& path : Found({"kinh phí -huyện"}))
    EXPECT_FALSE(district.count(path)) << path;
  for (const std::string& path : Found({"kinh phí NOT huyện"}))
    EXPECT_FALSE(district.count(path)) << path;
  std::set<std::string> either = ScanAll({{"kinh"}}), phi = ScanAll({{"phí"}});
  either.insert(phi.begin(), phi.end());
  EXPECT_EQ(Found({"kinh OR phí"}), either);
}

TEST_F(LexquerySearchTest, DiacriticsAreOptionalAndToneConventionsAreOne) {
  std::set<std::string> with = Found({"\"văn hóa\""});
  std::set<std::string> without = Found({"\"van hoa\""});
  EXPECT_TRUE(std::includes(without.begin(), without.end(), with.begin(), with.end()));
  EXPECT_EQ(Found({"\"văn hoá\""}), with);  // the old tone placement
  EXPECT_EQ(Found({"\"VĂN HÓA\""}), with);
  // With diacritics the word is exact: "hòa" (Cộng hòa) is not "hóa".
  std::set<std::string> hoa_peace = Found({"hòa"}), hoa_change = Found({"hóa"});
  std::set<std::string> hoa_any = Found({"hoa"});
  EXPECT_NE(hoa_peace, hoa_change);
  EXPECT_TRUE(std::includes(hoa_any.begin(), hoa_any.end(), hoa_peace.begin(), hoa_peace.end()));
  EXPECT_TRUE(std::includes(hoa_any.begin(), hoa_any.end(), hoa_change.begin(), hoa_change.end()));
  // i/y spellings are one word: "quy định" and "qui định".
  EXPECT_EQ(Found({"\"qui định\""}), Found({"\"quy định\""}));
}

TEST_F(LexquerySearchTest, OperatorsCombineAsSetsDo) {
  std::set<std::string> kinh_phi = Found({"\"kinh phí\""}), van_hoa = Found({"\"văn hóa\""});
  ASSERT_FALSE(kinh_phi.empty());
  ASSERT_FALSE(van_hoa.empty());
  // Chosen so that none of the sets below is empty or the whole of another.
  std::set<std::string> either, both, only_kinh_phi;
  std::set_union(kinh_phi.begin(), kinh_phi.end(), van_hoa.begin(), van_hoa.end(),
                 std::inserter(either, either.end()));
  std::set_intersection(kinh_phi.begin(), kinh_phi.end(), van_hoa.begin(), van_hoa.end(),
                        std::inserter(both, both.end()));
  std::set_difference(kinh_phi.begin(), kinh_phi.end(), van_hoa.begin(), van_hoa.end(),
                      std::inserter(only_kinh_phi, only_kinh_phi.end()));
  ASSERT_FALSE(both.empty());
  ASSERT_FALSE(only_kinh_phi.empty());
  EXPECT_EQ(Found({"\"kinh phí\" OR \"văn hóa\""}), either);
  EXPECT_EQ(Found({"\"kinh phí\" \"văn hóa\""}), both);
  EXPECT_EQ(Found({"\"kinh phí\" AND \"văn hóa\""}), both);
  EXPECT_EQ(Found({"\"kinh phí\" NOT \"văn hóa\""}), only_kinh_phi);
  EXPECT_EQ(Found({"\"kinh phí\" -\"văn hóa\""}), only_kinh_phi);
  EXPECT_EQ(Found({"(\"kinh phí\" OR \"văn hóa\") -\"kinh phí\""}),
            Found({"\"văn hóa\" -\"kinh phí\""}));
  // The shell may split the query: the words are joined again.
  EXPECT_EQ(Found({"\"kinh phí\"", "OR", "\"văn hóa\""}), either);
}

TEST_F(LexquerySearchTest, FiltersNarrowTheReports) {
  std::set<std::string> all = Found({"tỉnh"});
  Json from_2020 = SearchJson({"tỉnh", "--from", "2020"});
  ASSERT_FALSE(from_2020["hits"].empty());
  for (const Json& hit : from_2020["hits"]) EXPECT_GE(hit["date"].get<std::string>(), "2020-01-01");
  Json up_to_2019 = SearchJson({"tỉnh", "--to", "31/12/2019"});
  for (const Json& hit : up_to_2019["hits"])
    EXPECT_LE(hit["date"].get<std::string>(), "2019-12-31");
  EXPECT_LE(from_2020["hits"].size() + up_to_2019["hits"].size(), all.size());
  EXPECT_EQ(Found({"tỉnh", "--from", "2019", "--to", "2019"}).size() +
                Found({"tỉnh", "--from", "2020"}).size() + up_to_2019["hits"].size(),
            Found({"tỉnh", "--from", "2019"}).size() + up_to_2019["hits"].size());

  // Named: a range-for over a temporary's ["hits"] reads it after it is
  // destroyed (before C++23; AddressSanitizer: stack-use-after-scope).
  Json plans = SearchJson({"tỉnh", "--type", "ke hoach"});
  for (const Json& hit : plans["hits"]) EXPECT_EQ(hit["type"], "Kế hoạch");
  Json by_department = SearchJson({"tỉnh", "--issuer", "Sở Nội vụ"});
  ASSERT_FALSE(by_department["hits"].empty());
  for (const Json& hit : by_department["hits"]) EXPECT_EQ(hit["issuer"], "Sở Nội vụ");

  // --cites: exactly the reports that `cites` lists, among those matching.
  std::set<std::string> citing = Paths(CitesJson({"Chỉ thị 05-CT/TW"}));
  std::set<std::string> expected;
  std::set_intersection(all.begin(), all.end(), citing.begin(), citing.end(),
                        std::inserter(expected, expected.end()));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(Found({"tỉnh", "--cites", "chi thi 5-CT/TW"}), expected);
  std::set<std::string> implementing =
      Paths(CitesJson({"Chỉ thị 05-CT/TW", "--relation", "implements"}));
  std::set<std::string> found = Found({"tỉnh", "--cites", "05-CT/TW", "--relation", "thực hiện"});
  ASSERT_FALSE(found.empty());
  EXPECT_TRUE(std::includes(implementing.begin(), implementing.end(), found.begin(), found.end()));
  // A query of exclusions only, with a filter: the citing reports without the word.
  std::set<std::string> without_thue;
  std::set<std::string> thue = Found({"thuế"});
  std::set_difference(citing.begin(), citing.end(), thue.begin(), thue.end(),
                      std::inserter(without_thue, without_thue.end()));
  EXPECT_EQ(Found({"NOT thuế", "--cites", "05-CT/TW"}), without_thue);
}

TEST_F(LexquerySearchTest, SnippetsMarkTheWordsThatMatched) {
  Json answer = SearchJson({"thi dua khen thuong"});
  ASSERT_FALSE(answer["hits"].empty());
  EXPECT_EQ(answer["parsed"], "thi AND dua AND khen AND thuong");
  for (const Json& hit : answer["hits"]) {
    std::string snippet = hit["snippet"];
    ASSERT_FALSE(hit["marks"].empty()) << snippet;
    for (const Json& mark : hit["marks"]) {
      std::size_t b = mark[0], e = mark[1];
      ASSERT_LT(b, e);
      ASSERT_LE(e, snippet.size());
      for (auto& [folded, exact] : WordTermsOf(snippet.substr(b, e - b)))
        EXPECT_TRUE(folded == "thi" || folded == "dua" || folded == "khen" || folded == "thuong")
            << snippet.substr(b, e - b);
    }
    EXPECT_EQ(hit["file"], "as indexed");
  }
}

TEST_F(LexquerySearchTest, TableAndCsvShowTheSameHits) {
  Outcome table = Query({"search", "\"thi đua\"", "--limit", "3"});
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("\"thi đua\" — "), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("«thi đua»"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("\n1. "), std::string::npos);
  EXPECT_NE(table.out.find("\n3. "), std::string::npos);
  EXPECT_EQ(table.out.find("\n4. "), std::string::npos);
  EXPECT_EQ(table.out.find("\x1b["), std::string::npos);

  Outcome csv = Query({"search", "\"thi đua\"", "--limit", "3", "--format", "csv"});
  ASSERT_EQ(csv.status, 0);
  ASSERT_TRUE(
      csv.out.starts_with("\xEF\xBB\xBF"
                          "rank,path,symbol,"))
      << csv.out;
  Json json = SearchJson({"\"thi đua\""});
  for (std::size_t i = 0; i < 3; ++i)
    EXPECT_NE(csv.out.find("\r\n" + std::to_string(i + 1) + "," +
                           json["hits"][i]["path"].get<std::string>() + ","),
              std::string::npos)
        << csv.out;
  // Paging: --offset 1 starts at the second.
  Json second = QueryJson({"search", "\"thi đua\"", "--offset", "1", "--limit", "1"});
  ASSERT_EQ(second["hits"].size(), 1u);
  EXPECT_EQ(second["hits"][0]["path"], json["hits"][1]["path"]);
}

TEST_F(LexquerySearchTest, ExitStatusSaysWhatHappened) {
  Outcome none = Query({"search", "\"khen thưởng văn hóa xăng\""});
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("no report matches"), std::string::npos) << none.err;
  EXPECT_EQ(Query({"search", "thuế", "--from", "2090"}).status, 1);
  for (std::vector<std::string> bad : std::vector<std::vector<std::string>>{
           {"search", "..."},
           {"search", "thuế AND"},
           {"search", "(thuế"},  // closes at the end: fine
           {"search", "thuế", "--relation", "implements"},
           {"search", "thuế", "--cites", "hello"},
           {"search", "thuế", "--from", "hôm qua"},
           {"search", "thuế", "--format", "xml"},
           {"search"},
       }) {
    Outcome run = Query(bad);
    std::string what;  // for failure messages ({"search"} has no bad[1])
    for (const std::string& arg : bad) what += " " + arg;
    if (bad.size() > 1 && bad[1] == "(thuế") {
      EXPECT_EQ(run.status, 0) << run.err;
      continue;
    }
    EXPECT_EQ(run.status, 2) << what;
    EXPECT_FALSE(run.err.empty()) << what;
  }
  EXPECT_NE(Query({"search", "thuế", "--relation", "implements"}).err.find("--cites"),
            std::string::npos);
}

// A file changed or gone since it was indexed: the hit stays (the index is
// what was indexed), and the snippet says so.
TEST_F(LexquerySearchTest, SaysWhenAFileChangedOrWentAwaySinceIndexing) {
  fs::path corpus = Scratch() / "changing-corpus";
  fs::create_directories(corpus);
  WriteFile(corpus / "a.md", "SỞ TÀI CHÍNH\nSố: 1/BC-STC\nBÁO CÁO\nVề thuế tài nguyên năm 2020.\n");
  WriteFile(corpus / "b.md", "SỞ TÀI CHÍNH\nSố: 2/BC-STC\nBÁO CÁO\nVề thuế bảo vệ môi trường.\n");
  std::string index = (Scratch() / "changing-index").string();
  ASSERT_EQ(
      Execute({LEXINDEX_PATH, "build", corpus.string(), "--index", index, "--quiet"}, Scratch())
          .status,
      0);
  WriteFile(corpus / "a.md", "SỞ TÀI CHÍNH\nSố: 1/BC-STC\nBÁO CÁO\nVề phí năm 2021.\n");
  fs::remove(corpus / "b.md");
  Outcome run =
      Execute({LEXQUERY_PATH, "--index", index, "search", "thuế", "--format=json"}, Scratch());
  ASSERT_EQ(run.status, 0) << run.err;
  Json answer = Json::parse(run.out);
  ASSERT_EQ(answer["hits"].size(), 2u);
  std::set<std::string> states;
  for (const Json& hit : answer["hits"])
    states.insert(hit["path"].get<std::string>() + ":" + hit["file"].get<std::string>());
  EXPECT_EQ(states, (std::set<std::string>{"a.md:changed", "b.md:missing"}));
  Outcome table = Execute({LEXQUERY_PATH, "--index", index, "search", "thuế"}, Scratch());
  EXPECT_NE(table.out.find("(the file is no longer in the indexed folder)"), std::string::npos);
  EXPECT_NE(table.out.find("(the file has changed since it was indexed)"), std::string::npos);
}

// Every command refuses an index of another schema version, and a missing
// one, with a message that says what to do.
TEST_F(LexquerySearchTest, RefusesAMissingIndexOrAnotherSchemaVersion) {
  fs::path old_index = Scratch() / "old-index";
  fs::copy(Index(), old_index, fs::copy_options::recursive);
  {
    sqlite::Database db((old_index / "graph.sqlite").string(),
                        sqlite::Database::Mode::kReadWriteCreate);
    db.Exec("PRAGMA user_version = 99");
  }
  fs::path missing = Scratch() / "no-index-here";
  for (std::vector<std::string> command : std::vector<std::vector<std::string>>{
           {"search", "thuế"},
           {"cites", "05-CT/TW"},
           {"refs", "174/BC-SKHCHN"},
           {"show", "174/BC-SKHCHN"},
           {"top"},
           {"coverage", "05-CT/TW", "--by", "issuer"},
           {"graph", "05-CT/TW"},
       }) {
    std::vector<std::string> args = {LEXQUERY_PATH, "--index", old_index.string()};
    args.insert(args.end(), command.begin(), command.end());
    Outcome old = Execute(args, Scratch());
    EXPECT_EQ(old.status, 2) << command[0];
    EXPECT_NE(old.err.find("schema version 99"), std::string::npos) << old.err;
    EXPECT_NE(old.err.find("Rebuild the index"), std::string::npos) << old.err;
    args[2] = missing.string();
    Outcome none = Execute(args, Scratch());
    EXPECT_EQ(none.status, 2) << command[0];
    EXPECT_NE(none.err.find("no index in " + missing.string()), std::string::npos) << none.err;
    EXPECT_NE(none.err.find("lexindex build"), std::string::npos) << none.err;
  }
}

}  // namespace
}  // namespace lexgraph::testing
