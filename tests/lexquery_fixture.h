// lexquery_fixture.h: `lexquery` run as a user runs it, on an index of
// corpus/ that `lexindex build` makes once per test suite.
#ifndef LEXGRAPH_TESTS_LEXQUERY_FIXTURE_H_
#define LEXGRAPH_TESTS_LEXQUERY_FIXTURE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace lexgraph::testing {

struct Outcome {
  int status = -1;  // exit status; -1 when killed by a signal
  std::string out, err;
};

// Runs args[0] with the rest as arguments (no shell expansion), capturing
// stdout and stderr; `scratch` is a folder for the stderr file.
Outcome Execute(const std::vector<std::string>& args, const std::filesystem::path& scratch);

class LexqueryTest : public ::testing::Test {
 protected:
  using Json = nlohmann::json;

  static void SetUpTestSuite();
  static void TearDownTestSuite();

  static std::filesystem::path& Scratch() { return *scratch_; }
  static std::string Index() { return (*scratch_ / "index").string(); }

  // lexquery --index INDEX args...
  static Outcome Query(std::vector<std::string> args);
  // The same with --format=json, expecting exit status 0.
  static Json QueryJson(std::vector<std::string> args);
  static Outcome Cites(std::vector<std::string> args);
  static Json CitesJson(std::vector<std::string> args);
  // The paths of the reports of a `cites` JSON answer.
  static std::set<std::string> Paths(const Json& answer);
  // The files that scanning finds citing `ref`, relative to corpus/.
  static std::set<std::string> ScannedPaths(const std::string& ref);

 private:
  static std::filesystem::path* scratch_;
};

}  // namespace lexgraph::testing

#endif  // LEXGRAPH_TESTS_LEXQUERY_FIXTURE_H_
