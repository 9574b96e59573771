// process_support.h: running `lexindex`, `lexquery` and the corpus generator
// as child processes, as a user runs them, and reading what they print
// (the build summary, `dump`'s canonical text). Shared by the suites that
// test the programs from outside: lexindex_build_test, reliability_test.
//
// A suite using ProcessTest is compiled with LEXGRAPH_SOURCE_DIR and
// LEXINDEX_PATH defined (and CORPUS_GENERATOR_PATH when the benchmarks,
// which hold the generator, are built).
#ifndef LEXGRAPH_TESTS_PROCESS_SUPPORT_H_
#define LEXGRAPH_TESTS_PROCESS_SUPPORT_H_

#include <gtest/gtest.h>
#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"  // TimeScale, ScaledSeconds

namespace lexgraph::testing {

bool Contains(std::string_view haystack, std::string_view needle);
void AppendFile(const std::filesystem::path& path, std::string_view bytes);
// The lines joined, each ended by '\n'.
std::string Join(const std::vector<std::string>& lines);

// For failure messages: the first line where `a` and `b` differ, with a
// little context from each, instead of two dumps of megabytes.
std::string FirstDifference(std::string_view a, std::string_view b, std::string_view a_name,
                            std::string_view b_name);

// A finished run of a program.
struct RunResult {
  int exit_code = -1;  // -1 when it did not exit normally
  int signal = 0;      // the signal that ended it, if one did
  bool timed_out = false;
  std::string out;
  std::string err;
  std::string command;  // for failure messages

  std::string Describe() const;
};

// A program started in the background, stdout and stderr going to files
// (so neither is a terminal) and stdin from /dev/null.
struct Started {
  pid_t pid = -1;
  std::filesystem::path out, err;
  std::string command;
};

struct StartOptions {
  // RLIMIT_FSIZE for the child, in bytes (-1: none), with SIGXFSZ ignored
  // so that a write past it fails with EFBIG instead of killing it.
  std::int64_t file_size_limit = -1;
};

// The number on the summary line that starts with `label`
// ("indexed (new or changed)"), or -1 when there is no such line.
long SummaryNumber(std::string_view summary, std::string_view label);
// "lexindex: index DIR holds N report(s)": N, or -1.
long ReportsHeld(std::string_view summary);
// The "    N × reason" lines of the summary's "skipped" section, in order.
std::vector<std::string> SkippedByReason(std::string_view summary);

// What a dump says about its documents: path -> size, and the header's count.
struct DumpDocuments {
  long header_count = -1;
  std::map<std::string, long> size_by_path;  // size -1 when the dump has none
  std::size_t document_lines = 0;
};
DumpDocuments ParseDocuments(std::string_view dump);

// The lines of the dump's block that starts with the line `header`
// ("authority sym:..."), header included; empty when there is none.
std::vector<std::string> DumpBlock(std::string_view dump, std::string_view header);

bool RunningAsRoot();

// A test in a fresh temp folder that runs the programs. Every run is
// bounded, so a hang fails the test instead of the suite; children still
// running at the end are killed.
class ProcessTest : public ::testing::Test {
 protected:
  // Seconds a run may take before it is killed (ScaledSeconds(60)).
  static int DefaultTimeout();

  void SetUp() override;
  void TearDown() override;

  std::filesystem::path Path(std::string_view name) const { return dir_ / name; }

  // Starts `program` with `args`, without a shell.
  Started Start(const std::string& program, const std::vector<std::string>& args,
                const StartOptions& options = {});
  // True while `started` runs (it is reaped, and its result kept, when it ends).
  bool StillRunning(Started& started);
  // Waits for `started` (killing it after `seconds`; 0: DefaultTimeout())
  // and collects its output.
  RunResult Finish(Started& started, int seconds = 0);

  // `lexindex args...`
  RunResult Run(const std::vector<std::string>& args, int seconds = 0);
  // `lexindex build CORPUS --index INDEX extra...`
  RunResult Build(const std::filesystem::path& corpus, const std::filesystem::path& index,
                  const std::vector<std::string>& extra = {});
  // The dump of `index`; fails the test unless `dump` exits 0.
  std::string Dump(const std::filesystem::path& index);
  // The dump of a fresh index of `corpus`, built into a new folder.
  std::string FreshDump(const std::filesystem::path& corpus,
                        const std::vector<std::string>& extra = {});

  // Copies the repository's corpus/ to `to`.
  void CopyRepoCorpus(const std::filesystem::path& to);
  // Writes `docs` generated reports to `to`; false when the generator is
  // not built (benchmarks off).
  bool Generate(int docs, int seed, const std::filesystem::path& to);
  // Indexes `corpus` holding one report into `index`, then moves the
  // folders of `staging` into `corpus`: the next build has an existing
  // index to update.
  void SeedIndexThenAdd(const std::filesystem::path& corpus, const std::filesystem::path& index,
                        const std::filesystem::path& staging);

  std::filesystem::path dir_;
  int runs_ = 0;
  int fresh_ = 0;
  std::vector<pid_t> background_;         // killed at the end if still running
  std::map<pid_t, int> finished_status_;  // reaped by StillRunning
};

}  // namespace lexgraph::testing

#endif  // LEXGRAPH_TESTS_PROCESS_SUPPORT_H_
