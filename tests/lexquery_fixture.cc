#include "lexquery_fixture.h"

#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <sstream>

#include "test_support.h"

namespace lexgraph::testing {

namespace fs = std::filesystem;

Outcome Execute(const std::vector<std::string>& args, const fs::path& scratch) {
  std::string command;
  for (const std::string& arg : args) command += ShellQuote(arg) + " ";
  fs::path err = scratch / "stderr.txt";
  command += "2>" + ShellQuote(err.string());
  Outcome run;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[65536];
  for (std::size_t n; (n = fread(buffer, 1, sizeof(buffer), pipe)) > 0;) run.out.append(buffer, n);
  int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = Slurp(err);
  return run;
}

fs::path* LexqueryTest::scratch_ = nullptr;

void LexqueryTest::SetUpTestSuite() {
  char pattern[] = "/tmp/lexquery_test-XXXXXX";
  scratch_ = new fs::path(mkdtemp(pattern));
  Outcome build = Execute(
      {LEXINDEX_PATH, "build", LEXGRAPH_SOURCE_DIR "/corpus", "--index", Index(), "--quiet"},
      *scratch_);
  ASSERT_EQ(build.status, 0) << build.err;
}

void LexqueryTest::TearDownTestSuite() {
  fs::remove_all(*scratch_);
  delete scratch_;
  scratch_ = nullptr;
}

Outcome LexqueryTest::Query(std::vector<std::string> args) {
  args.insert(args.begin(), {LEXQUERY_PATH, "--index", Index()});
  return Execute(args, *scratch_);
}

nlohmann::json LexqueryTest::QueryJson(std::vector<std::string> args) {
  args.push_back("--format=json");
  Outcome run = Query(args);
  EXPECT_EQ(run.status, 0) << run.err;
  return Json::parse(run.out);
}

Outcome LexqueryTest::Cites(std::vector<std::string> args) {
  args.insert(args.begin(), "cites");
  return Query(args);
}

nlohmann::json LexqueryTest::CitesJson(std::vector<std::string> args) {
  args.insert(args.begin(), "cites");
  return QueryJson(args);
}

std::set<std::string> LexqueryTest::Paths(const Json& answer) {
  std::set<std::string> paths;
  for (const Json& a : answer["authorities"])
    for (const Json& r : a["reports"]) paths.insert(r["path"].get<std::string>());
  return paths;
}

std::set<std::string> LexqueryTest::ScannedPaths(const std::string& ref) {
  Outcome run = Execute({LEXINDEX_PATH, "extract", "--cites", ref, LEXGRAPH_SOURCE_DIR "/corpus/"},
                        *scratch_);
  std::set<std::string> paths;
  std::istringstream lines(run.out);
  std::string prefix = std::string(LEXGRAPH_SOURCE_DIR) + "/corpus/";
  for (std::string line; std::getline(lines, line);)
    if (line.starts_with(prefix)) paths.insert(line.substr(prefix.size()));
  return paths;
}

}  // namespace lexgraph::testing
