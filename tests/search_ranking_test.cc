// How `lexquery search` ranks, tested from outside as a user runs it:
//   - the same files give the same ranking (issue 21, item 4): indexes
//     built with one thread, with two (twice), and one grown in two builds
//     answer a set of realistic queries, typed with and without
//     diacritics, with the same top ten, paths and weights;
//   - words that stand together, as typed, outrank the same words
//     scattered, and a query typed without diacritics prefers the report
//     whose text reads as the same words in sequence (items 2 and 3).
// (Partial matches and the operators: lexquery_search_test.)
// The corpus is corpus/ and a generated one, so that two threads split
// hundreds of reports between their shards in whatever order they finish.
#include <gtest/gtest.h>
#include <xapian.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process_support.h"

namespace lexgraph::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr int kGeneratedReports = 400;

// Realistic queries over corpus/ and the generator's reports: half typed
// with diacritics, half without (each syllable then matches every
// spelling), plus phrases and operators.
const std::vector<std::string> kQueries = {
    "cải cách hành chính",
    "cai cach hanh chinh",
    "chuyển đổi số",
    "chuyen doi so",
    "phòng chống tham nhũng",
    "phong chong dich covid",
    "thanh tra thuế năm 2020",
    "thanh tra thue nam 2020",
    "dự toán ngân sách năm 2017",
    "du toan ngan sach",
    "khoa học và công nghệ",
    "khoa hoc cong nghe",
    "kỷ luật kỷ cương",
    "van hoa cong so ky luat ky cuong",
    "hóa đơn điện tử",
    "hoa don dien tu",
    "\"thủ tục hành chính\" một cửa",
    "tiep cong dan OR khieu nai",
    "báo cáo -tham nhũng",
};

struct Hit {
  std::string path;
  double weight = 0;
};

class SearchRankingTest : public ProcessTest {
 protected:
  // `lexquery search QUERY` on `index`, as JSON; fails the test unless it
  // exits 0 (found) or 1 (nothing found).
  Json Search(const fs::path& index, const std::string& query, int limit = 10, int offset = 0) {
    Started started = Start(
        LEXQUERY_PATH, {"--index", index.string(), "search", query, "--format=json",
                        "--limit=" + std::to_string(limit), "--offset=" + std::to_string(offset)});
    RunResult run = Finish(started);
    EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << run.Describe();
    return Json::parse(run.out, nullptr, false);
  }

  std::vector<Hit> TopTen(const fs::path& index, const std::string& query, int limit = 10,
                          int offset = 0) {
    std::vector<Hit> hits;
    Json answer = Search(index, query, limit, offset);
    if (answer.is_discarded() || !answer.contains("hits")) return hits;
    for (const Json& h : answer["hits"])
      hits.push_back({h["path"].get<std::string>(), h["weight"].get<double>()});
    return hits;
  }

  // Builds `corpus` into `index` with `jobs` threads, expecting success.
  void BuildWith(const fs::path& corpus, const fs::path& index, int jobs) {
    RunResult run = Build(corpus, index, {"--jobs", std::to_string(jobs)});
    ASSERT_EQ(run.exit_code, 0) << run.Describe();
  }
};

void ExpectSameRanking(const std::vector<Hit>& a, const std::vector<Hit>& b,
                       const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].path, b[i].path) << what << ", rank " << i + 1;
    EXPECT_LE(std::abs(a[i].weight - b[i].weight), 1e-9 * std::abs(a[i].weight))
        << what << ", rank " << i + 1 << ": " << a[i].weight << " vs " << b[i].weight;
  }
}

TEST_F(SearchRankingTest, SameFilesRankAlikeWhateverTheThreadsShardsAndOrder) {
  fs::path corpus = Path("corpus");
  fs::create_directories(corpus);
  CopyRepoCorpus(corpus / "repo");
  if (!Generate(kGeneratedReports, 21, corpus / "generated"))
    GTEST_SKIP() << "corpus_generator is not built";
  BuildWith(corpus, Path("two"), 2);
  BuildWith(corpus, Path("two-again"), 2);
  BuildWith(corpus, Path("one"), 1);
  // Grown in two builds: the generated reports first, corpus/ added after,
  // so every report sits in another shard, under another id.
  fs::path grown = Path("grown-corpus");
  fs::create_directories(grown);
  fs::copy(corpus / "generated", grown / "generated", fs::copy_options::recursive);
  BuildWith(grown, Path("grown"), 2);
  fs::copy(corpus / "repo", grown / "repo", fs::copy_options::recursive);
  BuildWith(grown, Path("grown"), 2);

  std::size_t nonempty = 0;
  for (const std::string& query : kQueries) {
    std::vector<Hit> reference = TopTen(Path("two"), query);
    if (!reference.empty()) ++nonempty;
    ExpectSameRanking(reference, TopTen(Path("two-again"), query), query + ", two builds");
    ExpectSameRanking(reference, TopTen(Path("one"), query), query + ", one thread");
    ExpectSameRanking(reference, TopTen(Path("grown"), query), query + ", grown index");
  }
  EXPECT_GE(nonempty, kQueries.size() - 2) << "the queries should find reports";
}

// Two reports of the same words, the same number of times: in one they
// stand together as typed, in the other they are scattered.
TEST_F(SearchRankingTest, WordsStandingTogetherOutrankTheSameWordsScattered) {
  fs::path corpus = Path("pairs");
  fs::create_directories(corpus);
  std::ofstream(corpus / "together.md")
      << "Báo cáo kết quả cải cách hành chính năm 2020 của Sở. Thanh tra thuế năm 2020 "
         "đã hoàn thành; người dân nộp hồ sơ tại bộ phận một cửa của Việt Nam.\n";
  std::ofstream(corpus / "scattered.md")
      << "Báo cáo hành chính về cải tạo nhà cho thuê năm 2020 của Sở. Cách làm thanh "
         "lý tài sản, tra cứu hồ sơ tại bộ phận một cửa của Việt Nam, chính quyền thuế.\n";
  BuildWith(corpus, Path("pairs-index"), 2);
  for (const std::string query : {"cải cách hành chính", "cai cach hanh chinh",
                                  "thanh tra thue nam 2020", "thanh tra thuế năm 2020"}) {
    std::vector<Hit> hits = TopTen(Path("pairs-index"), query);
    ASSERT_FALSE(hits.empty()) << query;
    EXPECT_EQ(hits[0].path, "together.md") << query;
  }
}

// The first 50 reports of an answer are reordered by where the words stand
// together, the rest are BM25's order, and the reports holding every word
// are read apart from the others where they fill the page: pages cut
// anywhere, across the window's end too, are pieces of one list.
TEST_F(SearchRankingTest, PagesArePiecesOfOneList) {
  fs::path corpus = Path("corpus");
  fs::create_directories(corpus);
  CopyRepoCorpus(corpus / "repo");
  if (!Generate(kGeneratedReports, 22, corpus / "generated"))
    GTEST_SKIP() << "corpus_generator is not built";
  BuildWith(corpus, Path("index"), 2);
  for (const std::string query : {"cải cách hành chính", "cai cach hanh chinh",
                                  "thanh tra thue nam 2020", "phong chong dich covid"}) {
    std::vector<Hit> whole = TopTen(Path("index"), query, 80);
    ASSERT_GE(whole.size(), 60u) << query;
    for (int offset : {0, 10, 45, 50, 55}) {
      std::vector<Hit> page = TopTen(Path("index"), query, 10, offset);
      std::vector<Hit> piece(whole.begin() + offset, whole.begin() + offset + 10);
      ExpectSameRanking(piece, page, query + ", page from " + std::to_string(offset));
    }
  }
}

// An index built before the folded and pair terms is read again in place by
// the next build: every report gets them, and it then ranks as a fresh
// index of the same files does.
TEST_F(SearchRankingTest, AnIndexWithoutTheNewTermsIsReadAgainInPlace) {
  fs::path corpus = Path("corpus");
  fs::create_directories(corpus);
  CopyRepoCorpus(corpus / "repo");
  BuildWith(corpus, Path("index"), 2);
  // As an older lexindex left it: no terms version in any shard.
  for (const auto& entry : fs::directory_iterator(Path("index") / "xapian"))
    if (entry.is_directory()) {
      Xapian::WritableDatabase shard(entry.path().string());
      shard.set_metadata("lexgraph.terms", "");
      shard.commit();
    }
  RunResult again = Build(corpus, Path("index"), {"--jobs", "2"});
  EXPECT_EQ(again.exit_code, 0) << again.Describe();
  EXPECT_EQ(SummaryNumber(again.out, "indexed (new or changed)"), ReportsHeld(again.out))
      << "every report read again: " << again.out;
  RunResult then = Build(corpus, Path("index"), {"--jobs", "2"});
  EXPECT_EQ(SummaryNumber(then.out, "indexed (new or changed)"), 0) << then.out;
  BuildWith(corpus, Path("fresh"), 2);
  EXPECT_EQ(Dump(Path("index")), Dump(Path("fresh")));
}

}  // namespace
}  // namespace lexgraph::testing
