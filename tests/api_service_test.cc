// api_service_test: the service `lexquery serve` answers through keeps
// readers and answers, and must answer exactly as a reader opened afresh
// would: after a commit, after an index made anew in the same folder,
// from many threads; and never keep a refusal.
#include "api_service.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "lexquery_fixture.h"
#include "test_support.h"
#include "web_api.h"

namespace lexgraph::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

class ApiServiceTest : public LexqueryTest {
 protected:
  // A corpus of its own in `name`: the reports of corpus/ citing 05-CT/TW
  // that `paths` names; an index of it in name/index.
  static fs::path SmallCorpus(const std::string& name, const std::vector<std::string>& paths) {
    fs::path root = Scratch() / name;
    fs::remove_all(root);
    for (const std::string& path : paths) {
      fs::create_directories((root / "corpus" / path).parent_path());
      fs::copy_file(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus" / path, root / "corpus" / path);
    }
    return root;
  }

  static void Build(const fs::path& root) {
    Outcome build = Execute({LEXINDEX_PATH, "build", (root / "corpus").string(), "--index",
                             (root / "index").string(), "--quiet"},
                            Scratch());
    ASSERT_EQ(build.status, 0) << build.err;
  }

  static std::size_t ReportsCiting(ApiService& service, const std::string& ref) {
    ApiResponse response = service.Answer("/api/query", {{"q", ref}});
    EXPECT_EQ(response.status, 200) << response.body;
    return Json::parse(response.body)["reports"].get<std::size_t>();
  }
};

const ApiParams kCites = {{"q", "Chỉ thị 05-CT/TW"}};

TEST_F(ApiServiceTest, AQuestionAskedAgainIsAnsweredFromWhatWasKept) {
  ApiService service({Index(), {}, 1u << 20});
  ApiResponse first = service.Answer("/api/query", kCites);
  ApiResponse again = service.Answer("/api/query", kCites);
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(first.body, HandleApi(Index(), "/api/query", kCites).body);
  ApiService::Stats stats = service.stats();
  EXPECT_EQ(stats.answered, 2u);
  EXPECT_EQ(stats.from_cache, 1u);
  EXPECT_EQ(stats.readers_opened, 1u);  // the second request took the first's reader
  // Another question is not the same question.
  ApiResponse other = service.Answer("/api/query", {{"q", "Chỉ thị 05-CT/TW"}, {"limit", "3"}});
  EXPECT_NE(other.body, first.body);
  EXPECT_EQ(service.stats().from_cache, 1u);
}

TEST_F(ApiServiceTest, ACommitMakesTheKeptAnswersStale) {
  fs::path root =
      SmallCorpus("commit", {"quang-tri/skhcn-174-bc-2020.md", "quang-tri/skhcn-14-kh-2020.md"});
  Build(root);
  ApiService service({root / "index", {}, 1u << 20});
  EXPECT_EQ(ReportsCiting(service, "Chỉ thị 05-CT/TW"), 2u);
  EXPECT_EQ(ReportsCiting(service, "Chỉ thị 05-CT/TW"), 2u);
  EXPECT_EQ(service.stats().from_cache, 1u);

  fs::copy_file(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus/quang-tri/skhcn-156-bc-2021.md",
                root / "corpus/quang-tri/skhcn-156-bc-2021.md");
  Build(root);  // adds one report citing it: a commit
  EXPECT_EQ(ReportsCiting(service, "Chỉ thị 05-CT/TW"), 3u);
  EXPECT_EQ(service.stats().from_cache, 1u);
  EXPECT_EQ(service.stats().readers_opened, 2u);  // the old snapshot's reader was closed
  EXPECT_EQ(ReportsCiting(service, "Chỉ thị 05-CT/TW"), 3u);
  EXPECT_EQ(service.stats().from_cache, 2u);
}

// A folder whose index is deleted and made again from other reports holds
// another graph file, which may well be at the same generation.
TEST_F(ApiServiceTest, AnIndexMadeAnewInTheSameFolderIsReadAnew) {
  fs::path root =
      SmallCorpus("anew", {"quang-tri/skhcn-174-bc-2020.md", "quang-tri/skhcn-14-kh-2020.md"});
  Build(root);
  ApiService service({root / "index", {}, 1u << 20});
  EXPECT_EQ(ReportsCiting(service, "Chỉ thị 05-CT/TW"), 2u);
  fs::remove_all(root / "index");
  fs::remove(root / "corpus/quang-tri/skhcn-14-kh-2020.md");
  Build(root);
  EXPECT_EQ(ReportsCiting(service, "Chỉ thị 05-CT/TW"), 1u);
  EXPECT_EQ(service.stats().from_cache, 0u);
}

TEST_F(ApiServiceTest, RefusalsAndFailuresAreNeverKept) {
  ApiService service({Index(), {}, 1u << 20});
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(service.Answer("/api/query", {{"q", "05-CT/TW"}, {"limit", "0"}}).status, 400);
    EXPECT_EQ(service.Answer("/api/nothing", {}).status, 404);
  }
  ApiLimits no_time;
  no_time.max_request_time = std::chrono::milliseconds(0);
  ApiService hurried({Index(), no_time, 1u << 20});
  const ApiParams graph = {{"ref", "Chỉ thị 05-CT/TW"}, {"depth", "10"}};
  EXPECT_EQ(hurried.Answer("/api/graph", graph).status, 503);
  EXPECT_EQ(hurried.Answer("/api/graph", graph).status, 503);
  EXPECT_EQ(service.stats().from_cache + hurried.stats().from_cache, 0u);

  ApiService nowhere({Scratch() / "no-index-here", {}, 1u << 20});
  ApiResponse missing = nowhere.Answer("/api/query", kCites);
  EXPECT_EQ(missing.status, 500);
  EXPECT_NE(missing.body.find("no index in"), std::string::npos) << missing.body;
}

TEST_F(ApiServiceTest, KeepsNoMoreThanItsRoom) {
  ApiService none({Index(), {}, 0});
  none.Answer("/api/query", kCites);
  none.Answer("/api/query", kCites);
  EXPECT_EQ(none.stats().from_cache, 0u);

  // Thirty questions whose answers are of one size (pages past the last
  // report), in room for about eight of them: the oldest go first.
  auto question = [](int page) {
    return ApiParams{{"q", "Chỉ thị 05-CT/TW"}, {"offset", std::to_string(100 + page)}};
  };
  std::size_t one = HandleApi(Index(), "/api/query", question(0)).body.size();
  ApiService small({Index(), {}, 8 * (one + 512)});
  for (int page = 0; page < 30; ++page)
    EXPECT_EQ(small.Answer("/api/query", question(page)).status, 200);
  EXPECT_EQ(small.stats().from_cache, 0u);
  small.Answer("/api/query", question(29));
  EXPECT_EQ(small.stats().from_cache, 1u);  // the latest is kept
  small.Answer("/api/query", question(0));
  EXPECT_EQ(small.stats().from_cache, 1u);  // the first has gone
}

TEST_F(ApiServiceTest, ManyThreadsAtOnceGetWhatAFreshReaderGives) {
  const std::vector<std::pair<std::string, ApiParams>> questions = {
      {"/api/query", kCites},
      {"/api/query", {{"q", "cải cách hành chính"}}},
      {"/api/cites", {{"ref", "41/2019/QĐ-UBND"}}},
      {"/api/graph", {{"ref", "Kế hoạch 45-KH/TU"}, {"depth", "2"}}},
  };
  std::vector<std::string> expected;
  for (const auto& [path, params] : questions)
    expected.push_back(HandleApi(Index(), path, params).body);
  ApiService service({Index(), {}, 1u << 20});
  std::vector<std::thread> threads;
  std::vector<int> wrong(8, 0);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 40; ++i) {
        std::size_t q = static_cast<std::size_t>(t + i) % questions.size();
        if (service.Answer(questions[q].first, questions[q].second).body != expected[q]) ++wrong[t];
      }
    });
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(wrong[t], 0) << "thread " << t;
  ApiService::Stats stats = service.stats();
  EXPECT_EQ(stats.answered, 320u);
  EXPECT_GE(stats.from_cache, 320u - 8 * questions.size());
  EXPECT_LE(stats.readers_opened, 8u);
}

}  // namespace
}  // namespace lexgraph::testing
