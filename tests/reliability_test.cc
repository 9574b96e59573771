// reliability_test.cc: what `lexindex build` survives, run as a user runs
// it on realistic input (generated corpora of a few thousand reports, the
// repository's reports), with `lexindex dump` and `lexquery` as witnesses:
//
//   1. SIGKILL at twenty random moments of a build, each run continuing the
//      last: after each, the index opens and every report it lists is whole
//      in both stores; the run that completes gives a fresh build's dump.
//   2. Queries while a build writes: every answer is one of a committed
//      state, never going back, and the last equals a fresh index's.
//   3. A disk that fills up or a file size limit: a clean error, the index
//      as before (or further, consistent), and the next build completes.
//   4. Hostile trees: odd file names, a 2 GB sparse file, 200 nested
//      folders, symbolic link loops, a file growing while it is read.
//
// What each test tried is written to
// ${LEXGRAPH_RELIABILITY_DIR:-<build dir>/reliability}/reliability.txt.
// $LEXGRAPH_TEST_TIME_SCALE (5 under scripts/test-sanitized) divides the corpus
// sizes and multiplies the timeouts; $LEXGRAPH_RELIABILITY_SEED repeats the
// kill moments of a run (each run prints its seed).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "process_support.h"
#include "test_support.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
using testing::AppendFile;
using testing::Contains;
using testing::FirstDifference;
using testing::Join;
using testing::ReportsHeld;
using testing::RunResult;
using testing::ScaledSeconds;
using testing::Slurp;
using testing::SplitLines;
using testing::Started;
using testing::StartOptions;
using testing::SummaryNumber;
using testing::TimeScale;
using testing::WriteFile;

// Corpus sizes at LEXGRAPH_TEST_TIME_SCALE=1. A build takes 7 to 10 ms a
// report on the shared 2-core machine, a dump 2.5 to 4 ms (Xapian reads
// each term's positions with a read of its own): the kill test (a clean
// build, twenty dumps of the growing index, the completing build and its
// dump, about eleven whole dumps' worth) is the longest, 1 to 2 minutes.
constexpr int kCrashDocs = 2000;
constexpr int kConcurrentDocs = 1500;
constexpr int kDiskFullDocs = 300;
constexpr int kKills = 20;
// Reports per commit in the builds that are interrupted: a Xapian commit
// every 10 reports per shard (on 2 cores), an SQLite one every 40.
constexpr const char* kBatch = "40";

int Scaled(int docs, int at_least) {
  return std::max(at_least, static_cast<int>(docs / TimeScale()));
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

std::string Fixed(double value, int decimals = 2) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(decimals);
  out << value;
  return out.str();
}

// ------------------------------------------------------------------ counts

fs::path ReliabilityDir() {
  const char* env = std::getenv("LEXGRAPH_RELIABILITY_DIR");
  return env && *env ? fs::path(env) : fs::path(LEXGRAPH_RELIABILITY_DEFAULT_DIR);
}

// Writes what `test` tried to <dir>/counts/<test>.txt and rebuilds
// <dir>/reliability.txt from every test's file (the tests run as separate
// processes, perhaps at once: under a lock), and prints it.
void RecordCounts(const std::string& test, const std::vector<std::string>& lines) {
  for (const std::string& line : lines) std::cout << "[reliability] " << line << std::endl;
  const fs::path dir = ReliabilityDir();
  std::error_code ec;
  fs::create_directories(dir / "counts", ec);
  ASSERT_FALSE(ec) << "cannot create " << dir / "counts"
                   << ": " << ec.message();
  WriteFile(dir / "counts" / (test + ".txt"), Join(lines));
  int lock = ::open((dir / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(lock, 0) << std::strerror(errno);
  ::flock(lock, LOCK_EX);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir / "counts", ec))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::string text = "# reliability_test: what each test tried (its latest run)\n";
  for (const fs::path& file : files) text += "\n[" + file.stem().string() + "]\n" + Slurp(file);
  WriteFile(dir / "reliability.txt.new", text);
  fs::rename(dir / "reliability.txt.new", dir / "reliability.txt", ec);
  ::flock(lock, LOCK_UN);
  ::close(lock);
  EXPECT_FALSE(ec) << ec.message();
}

// ------------------------------------------------------------- the dump

// A dump taken apart into what each store says, the text kept whole.
struct DumpModel {
  std::string text;
  long header = -1;
  std::size_t document_lines = 0;
  // path -> its "document" line and indented lines: the graph's row and the
  // Xapian document (data, values, terms with positions).
  std::map<std::string_view, std::string_view> documents;
  // path -> its citations' blocks, in order.
  std::map<std::string_view, std::vector<std::string_view>> citations;
  std::set<std::string_view> authorities;       // "authority X" lines
  std::set<std::string_view> cited_identities;  // the X of "citation P #n rel X"
  std::vector<std::string_view> spellings;      // "spelling ..." lines
  std::vector<std::string_view> skipped;        // "skipped P" blocks
  std::set<std::string_view> terms;             // every Xapian term of the listed documents
  std::vector<std::string> problems;            // duplicate paths, lines of no section

  explicit DumpModel(std::string dump) : text(std::move(dump)) { Parse(); }
  DumpModel(const DumpModel&) = delete;

 private:
  enum class Section { kNone, kDocument, kAuthority, kCitation, kSpelling, kSkipped };

  void Parse() {
    std::string_view all(text);
    Section section = Section::kNone;
    std::size_t block_begin = 0;
    std::string_view key;
    auto close_block = [&](std::size_t end) {
      std::string_view block = all.substr(block_begin, end - block_begin);
      if (section == Section::kDocument) {
        if (!documents.emplace(key, block).second)
          problems.push_back("document listed twice: " + std::string(key));
      } else if (section == Section::kCitation) {
        citations[key].push_back(block);
      } else if (section == Section::kSkipped) {
        skipped.push_back(block);
      }
    };
    std::size_t at = 0;
    while (at < all.size()) {
      std::size_t newline = all.find('\n', at);
      if (newline == std::string_view::npos) {
        problems.push_back("the dump does not end with a new line");
        newline = all.size();
      }
      std::string_view line = all.substr(at, newline - at);
      std::size_t next = std::min(all.size(), newline + 1);
      if (line.starts_with("  ")) {
        if (section == Section::kNone || section == Section::kSpelling)
          problems.push_back("indented line outside a block: " + std::string(line.substr(0, 200)));
        constexpr std::string_view kTerm = "  xapian term ";
        if (section == Section::kDocument && line.starts_with(kTerm)) {
          std::size_t wdf = line.find(" wdf=", kTerm.size());
          if (wdf == std::string_view::npos)
            problems.push_back("term line without wdf: " + std::string(line.substr(0, 200)));
          else
            terms.insert(line.substr(kTerm.size(), wdf - kTerm.size()));
        }
        at = next;
        continue;
      }
      close_block(at);
      section = Section::kNone;
      block_begin = at;
      constexpr std::string_view kHeader = "# lexgraph index dump: ";
      if (line.starts_with(kHeader)) {
        header = std::atol(std::string(line.substr(kHeader.size())).c_str());
      } else if (line.starts_with("document ")) {
        section = Section::kDocument;
        key = line.substr(9);
        ++document_lines;
      } else if (line.starts_with("authority ")) {
        section = Section::kAuthority;
        authorities.insert(line.substr(10));
      } else if (line.starts_with("citation ")) {
        section = Section::kCitation;
        std::string_view rest = line.substr(9);
        std::size_t hash = rest.find(" #");
        std::size_t relation = hash == std::string_view::npos ? hash : rest.find(' ', hash + 2);
        std::size_t identity =
            relation == std::string_view::npos ? relation : rest.find(' ', relation + 1);
        if (identity == std::string_view::npos) {
          problems.push_back("citation line unread: " + std::string(line.substr(0, 200)));
        } else {
          key = rest.substr(0, hash);
          cited_identities.insert(rest.substr(identity + 1));
        }
      } else if (line.starts_with("spelling ")) {
        section = Section::kSpelling;
        spellings.push_back(line);
      } else if (line.starts_with("skipped ")) {
        section = Section::kSkipped;
      } else {
        problems.push_back("line of no section: " + std::string(line.substr(0, 200)));
      }
      at = next;
    }
    close_block(all.size());
  }
};

// The spelling lines `complete` would show if it held only the documents
// whose terms are `terms`: each folded form with those of its spellings
// that some listed document has.
std::vector<std::string> SpellingsFor(const DumpModel& complete,
                                      const std::set<std::string_view>& terms) {
  std::vector<std::string> lines;
  for (std::string_view line : complete.spellings) {
    std::size_t arrow = line.find(" ->");
    std::string kept;
    std::string_view rest = line.substr(arrow + 3);
    while (!rest.empty()) {
      rest.remove_prefix(1);  // the space before each spelling
      std::size_t end = rest.find(' ');
      std::string_view spelling = rest.substr(0, end);
      if (terms.contains(spelling)) kept += " " + std::string(spelling);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
    if (!kept.empty()) lines.push_back(std::string(line.substr(0, arrow + 3)) + kept);
  }
  return lines;
}

// Checks that `partial` (the dump of an index some build was cut short on)
// is a consistent part of `complete` (the dump of a fresh build of the same
// files): well formed, its header counting its documents, each document it
// lists whole in both stores (the graph's row with every field, the Xapian
// document with its data, values and every term with its positions: the
// same block as in `complete`) with all its citations, an authority for
// every identity cited and no other, the synonym table holding exactly the
// spellings of the listed documents, and skipped files as `complete` has
// them. Returns the number of problems (each reported, the first few).
int CheckConsistentPart(const DumpModel& partial, const DumpModel& complete,
                        const std::string& when) {
  int problems = 0;
  auto problem = [&](const std::string& what) {
    if (++problems <= 8) ADD_FAILURE() << when << ": " << what;
  };
  for (const std::string& p : partial.problems) problem(p);
  if (partial.header < 0) problem("no header line");
  if (partial.header != static_cast<long>(partial.document_lines))
    problem("the header counts " + std::to_string(partial.header) + " documents, the dump lists " +
            std::to_string(partial.document_lines));
  for (const auto& [path, block] : partial.documents) {
    auto found = complete.documents.find(path);
    if (found == complete.documents.end()) {
      problem("lists " + std::string(path) + ", which a fresh build does not have");
      continue;
    }
    if (block != found->second)
      problem("document " + std::string(path) + " differs from a fresh build's:\n" +
              FirstDifference(block, found->second, "after the kill", "fresh build"));
    auto cited = partial.citations.find(path);
    auto expected = complete.citations.find(path);
    std::vector<std::string_view> none;
    const auto& have = cited == partial.citations.end() ? none : cited->second;
    const auto& want = expected == complete.citations.end() ? none : expected->second;
    if (have != want)
      problem("document " + std::string(path) + " has " + std::to_string(have.size()) +
              " citation(s) in the graph, a fresh build " + std::to_string(want.size()));
  }
  for (const auto& [path, blocks] : partial.citations)
    if (!partial.documents.contains(path))
      problem("citations of " + std::string(path) + ", which is not listed");
  if (partial.authorities != partial.cited_identities) {
    std::vector<std::string_view> orphans, missing;
    std::set_difference(partial.authorities.begin(), partial.authorities.end(),
                        partial.cited_identities.begin(), partial.cited_identities.end(),
                        std::back_inserter(orphans));
    std::set_difference(partial.cited_identities.begin(), partial.cited_identities.end(),
                        partial.authorities.begin(), partial.authorities.end(),
                        std::back_inserter(missing));
    problem(std::to_string(orphans.size()) + " authorities no listed report cites (first: " +
            (orphans.empty() ? "" : std::string(orphans[0])) + "), " +
            std::to_string(missing.size()) + " cited without an authority");
  }
  for (std::string_view authority : partial.authorities)
    if (!complete.authorities.contains(authority))
      problem("authority " + std::string(authority) + " is not in a fresh build");
  std::vector<std::string> want_spellings = SpellingsFor(complete, partial.terms);
  std::vector<std::string> have_spellings(partial.spellings.begin(), partial.spellings.end());
  if (have_spellings != want_spellings)
    problem("the synonym table is not that of the listed reports:\n" +
            FirstDifference(Join(have_spellings), Join(want_spellings), "dump", "expected"));
  for (std::string_view block : partial.skipped)
    if (std::find(complete.skipped.begin(), complete.skipped.end(), block) ==
        complete.skipped.end())
      problem("skipped entry not in a fresh build: " + std::string(block));
  return problems;
}

// Folder names the generator writes ("ha-tinh-003"), sorted.
std::vector<fs::path> Folders(const fs::path& dir) {
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_directory()) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  return folders;
}

std::uintmax_t TreeBytes(const fs::path& dir, std::uintmax_t* largest = nullptr) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code size_ec;
    if (!it->is_regular_file(size_ec)) continue;
    std::uintmax_t size = it->file_size(size_ec);
    if (size_ec) continue;
    total += size;
    if (largest) *largest = std::max(*largest, size);
  }
  return total;
}

// What the Xapian shards of `index` have committed: each shard's name and
// the time and size of its revision file (iamglass), which every commit
// replaces. Tells whether a killed run had written anything.
std::string XapianRevisions(const fs::path& index) {
  std::vector<std::string> shards;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(index / "xapian", ec)) {
    struct stat info {};
    std::string line = entry.path().filename().string();
    if (::stat((entry.path() / "iamglass").c_str(), &info) == 0)
      line += " " + std::to_string(info.st_mtim.tv_sec) + "." +
              std::to_string(info.st_mtim.tv_nsec) + " " + std::to_string(info.st_size);
    shards.push_back(line);
  }
  std::sort(shards.begin(), shards.end());
  return Join(shards);
}

class ReliabilityTest : public testing::ProcessTest {
 protected:
  void TearDown() override {
    for (const fs::path& mount : mounts_) ::umount2(mount.c_str(), MNT_DETACH);
    ProcessTest::TearDown();
  }

  // `lexquery args...`
  RunResult Query(const std::vector<std::string>& args, int seconds = 0) {
    Started started = Start(LEXQUERY_PATH, args);
    return Finish(started, seconds);
  }

  // The dump of `index` after a run was cut short: `dump` must exit 0.
  std::optional<std::string> DumpAfter(const fs::path& index, const std::string& when) {
    RunResult dump = Run({"dump", "--index", index.string()});
    EXPECT_EQ(dump.exit_code, 0) << when << ": the index does not open\n" << dump.Describe();
    if (dump.exit_code != 0) return std::nullopt;
    return std::move(dump.out);
  }

  std::vector<fs::path> mounts_;  // tmpfs mounted by the test, unmounted at the end
};

// A paragraph that cites the directive, appended to a report.
constexpr std::string_view kDirective =
    "\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
    "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Sở tiếp tục tổ chức quán triệt đến toàn "
    "thể cán bộ, công chức.\n";

// ----------------------------------------------------------------- 1. kills

// A build of two thousand reports is killed at twenty random
// moments (a seeded RNG; the seed is printed), each kill ending a new run
// that continues the last one's work. The moments are spread over a whole
// build (a clean build's duration and a no-op run's start-up are measured
// first): sorted random points of its reports, each run killed when it
// should reach its point, and now and then one in its first milliseconds
// (opening the stores, deleting what the last kill left). Each kill is
// classified by what the run had done (committed to both stores, to Xapian
// only, nothing), and most must land while it writes. After every kill the
// index opens and is a consistent part of a fresh build
// (CheckConsistentPart); the run that completes gives a fresh build's
// dump, byte for byte.
TEST_F(ReliabilityTest, KilledTwentyTimesThenCompleted) {
  const fs::path corpus = Path("corpus"), index = Path("index"), fresh = Path("fresh-index");
  const int docs = Scaled(kCrashDocs, 400);
  ASSERT_TRUE(Generate(docs, 11, corpus));

  // A clean build of the same files: its duration and its dump.
  auto started_at = Clock::now();
  RunResult clean = Build(corpus, fresh, {"--batch", kBatch});
  const double full_seconds = Seconds(Clock::now() - started_at);
  ASSERT_EQ(clean.exit_code, 0) << clean.Describe();
  ASSERT_EQ(ReportsHeld(clean.out), docs) << clean.out;
  started_at = Clock::now();
  RunResult noop = Build(corpus, fresh, {"--batch", kBatch});
  const double startup_seconds = Seconds(Clock::now() - started_at);
  ASSERT_EQ(noop.exit_code, 0) << noop.Describe();
  const DumpModel complete(Dump(fresh));
  ASSERT_EQ(complete.header, docs);
  ASSERT_TRUE(complete.problems.empty()) << Join(complete.problems);

  std::uint64_t seed = std::random_device{}();
  if (const char* env = std::getenv("LEXGRAPH_RELIABILITY_SEED"); env && *env)
    seed = std::strtoull(env, nullptr, 10);
  std::cout << "[reliability] kill moments: seed " << seed << " (LEXGRAPH_RELIABILITY_SEED=" << seed
            << " repeats them); a clean build of " << docs << " reports takes "
            << Fixed(full_seconds) << " s, a run with nothing to do " << Fixed(startup_seconds)
            << " s" << std::endl;
  RecordProperty("seed", std::to_string(seed));
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  // Which kills come in a run's first milliseconds, and where in the build
  // the others fall: sorted random points of its reports, each kill aimed
  // at the moment the run reaches its point. The aim corrects itself: a
  // run is given the time the reports still to reach take at a clean
  // build's rate, after its start-up and first batch (before which it
  // commits nothing), so whatever the load a kill that fell short or went
  // past moves the next one's aim, and the kills stay spread over the
  // whole build instead of running out of reports to write.
  std::vector<bool> early(kKills);
  for (int i = 0; i < kKills; ++i) early[i] = i > 0 && unit(rng) < 0.15;
  std::vector<double> points;
  for (int i = 0; i < kKills; ++i)
    if (!early[i]) points.push_back(0.95 * unit(rng));
  std::sort(points.begin(), points.end());
  const double seconds_per_report = full_seconds / docs;
  const double first_commit_seconds = seconds_per_report * std::atoi(kBatch);
  long last_count = 0;
  int landed = 0, while_writing = 0, before_first_commit = 0, after_writing = 0, completed = 0,
      in_startup = 0, before_index = 0;
  std::size_t next_point = 0;
  std::vector<std::string> log;
  for (int kill = 0; kill < kKills; ++kill) {
    double delay;
    if (early[kill]) {
      delay = 0.05 + unit(rng) * std::max(0.01, startup_seconds - 0.05);
    } else {
      const double to_write = std::max(0.0, points[next_point++] * docs - last_count);
      delay = std::max(
          0.05, startup_seconds + first_commit_seconds * unit(rng) + to_write * seconds_per_report);
    }
    const std::string revisions_before = XapianRevisions(index);
    Started build = Start(LEXINDEX_PATH,
                          {"build", corpus.string(), "--index", index.string(), "--batch", kBatch});
    ASSERT_GT(build.pid, 0);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    ::kill(build.pid, SIGKILL);
    RunResult killed = Finish(build);
    const std::string when = "kill " + std::to_string(kill + 1) + " of " + std::to_string(kKills) +
                             ", " + Fixed(delay, 3) + " s after the start (seed " +
                             std::to_string(seed) + ")";
    RunResult dumped = Run({"dump", "--index", index.string()});
    if (last_count == 0 && killed.signal == SIGKILL && dumped.exit_code == 2 &&
        Contains(dumped.err, "no index in ")) {
      // Killed before the first build had made the stores: there is no
      // index yet to open (the next build makes it), as lexindex_build_test's
      // KilledWhileCreatingTheIndex accepts.
      ++landed, ++in_startup, ++before_index;
      log.push_back("  kill " + std::to_string(kill + 1) + " at " + Fixed(delay, 3) +
                    " s: before the index existed (dump: no index yet)");
      continue;
    }
    ASSERT_EQ(dumped.exit_code, 0) << when << ": the index does not open\n" << dumped.Describe();
    const DumpModel partial(std::move(dumped.out));
    ASSERT_EQ(CheckConsistentPart(partial, complete, when), 0) << when;
    const long count = partial.header;
    EXPECT_GE(count, last_count) << when << ": committed reports disappeared";
    std::string what;
    if (killed.signal == SIGKILL) {
      ++landed;
      if (count == docs) {
        ++after_writing;
        what = "after its last commit";
      } else if (count > last_count) {
        ++while_writing;
        what = "while writing, after committing to both stores";
      } else if (XapianRevisions(index) != revisions_before) {
        ++while_writing, ++before_first_commit;
        what = "while writing, before its first SQLite commit";
      } else {
        ++in_startup;
        what = "in its start-up, nothing written";
      }
    } else {
      ++completed;
      what = "the run had completed";
      EXPECT_EQ(killed.exit_code, 0) << when << ": " << killed.Describe();
      EXPECT_EQ(count, docs) << when << ": the run ended, so the index is complete";
    }
    log.push_back("  kill " + std::to_string(kill + 1) + " at " + Fixed(delay, 3) + " s: " + what +
                  ", " + std::to_string(count) + " reports committed");
    last_count = count;
  }

  RunResult complete_run = Build(corpus, index, {"--batch", kBatch});
  ASSERT_EQ(complete_run.exit_code, 0) << complete_run.Describe();
  EXPECT_EQ(ReportsHeld(complete_run.out), docs) << complete_run.out;
  const std::string completed_dump = Dump(index);
  EXPECT_TRUE(completed_dump == complete.text)
      << FirstDifference(completed_dump, complete.text, "completed after the kills", "fresh build");

  std::vector<std::string> counts = {
      "corpus: " + std::to_string(docs) + " generated reports, --batch " + kBatch +
          "; clean build " + Fixed(full_seconds) + " s; seed " + std::to_string(seed),
      "kills survived: " + std::to_string(kKills) + " (of which " + std::to_string(landed) +
          " landed in a running build: " + std::to_string(while_writing) + " while writing (" +
          std::to_string(before_first_commit) + " of them before the run's first SQLite commit), " +
          std::to_string(in_startup) + " in its start-up (" + std::to_string(before_index) +
          " before the index existed), " + std::to_string(after_writing) +
          " after its last commit; " + std::to_string(completed) +
          " run(s) completed before their kill)",
      "after each kill: dump opens, every listed report whole in both stores (" +
          std::to_string(last_count) +
          " at the last), then the completed index equals a fresh "
          "build byte for byte"};
  counts.insert(counts.end(), log.begin(), log.end());
  RecordCounts("KilledTwentyTimesThenCompleted", counts);
  // Most kills must land while the build writes, or they prove little.
  EXPECT_GT(while_writing, kKills / 2) << Join(log);
}

// ----------------------------------------------------------- 2. concurrency

// The reports citing the directive in a `cites --format json` answer.
std::set<std::string> CitingPaths(const nlohmann::json& answer) {
  std::set<std::string> paths;
  for (const auto& authority : answer.at("authorities"))
    for (const auto& report : authority.at("reports")) paths.insert(report.at("path"));
  return paths;
}

// While a build of a few thousand reports runs on an index that already
// holds some, a reader asks `cites` and `search` in turn. Every answer
// comes (exit 0 or 1, never 2 or a signal), from some committed state:
// the number of citing reports (and of search matches, when exact) never
// goes back and never passes the final one. Afterwards the answers equal
// those of a fresh index of the same corpus.
TEST_F(ReliabilityTest, QueriesDuringABuildAlwaysAnswer) {
  const fs::path corpus = Path("corpus"), index = Path("index"), staging = Path("staging");
  const int docs = Scaled(kConcurrentDocs, 400);
  ASSERT_TRUE(Generate(docs, 21, staging));
  std::vector<fs::path> folders = Folders(staging);
  ASSERT_GE(folders.size(), 4u);
  fs::create_directory(corpus);
  for (std::size_t i = 0; i < 2; ++i) fs::rename(folders[i], corpus / folders[i].filename());
  RunResult seed = Build(corpus, index);
  ASSERT_EQ(seed.exit_code, 0) << seed.Describe();
  const long seeded = ReportsHeld(seed.out);
  for (std::size_t i = 2; i < folders.size(); ++i)
    fs::rename(folders[i], corpus / folders[i].filename());

  const std::string directive = "Chỉ thị 05-CT/TW", words = "Hùng Vương";
  auto cites = [&](const fs::path& at) {
    return Query({"cites", directive, "--index", at.string(), "--format", "json"},
                 ScaledSeconds(30));
  };
  auto search = [&](const fs::path& at, const std::string& limit) {
    return Query({"search", words, "--index", at.string(), "--format", "json", "--limit", limit},
                 ScaledSeconds(30));
  };
  // The final answers: a fresh index of the whole corpus.
  const fs::path fresh = Path("fresh-index");
  RunResult fresh_build = Build(corpus, fresh);
  ASSERT_EQ(fresh_build.exit_code, 0) << fresh_build.Describe();
  RunResult final_cites = cites(fresh), final_search = search(fresh, "1000");
  ASSERT_EQ(final_cites.exit_code, 0) << final_cites.Describe();
  ASSERT_EQ(final_search.exit_code, 0) << final_search.Describe();
  const std::size_t final_citing = CitingPaths(nlohmann::json::parse(final_cites.out)).size();
  const nlohmann::json final_search_json = nlohmann::json::parse(final_search.out);
  const long final_matches = final_search_json.at("matches");
  ASSERT_TRUE(final_search_json.at("matches_exact").get<bool>())
      << "choose words with at most 1,000 matches, so that counts are exact";

  Started build = Start(LEXINDEX_PATH,
                        {"build", corpus.string(), "--index", index.string(), "--batch", kBatch});
  ASSERT_GT(build.pid, 0);
  const auto stop_at = Clock::now() + std::chrono::seconds(ScaledSeconds(60));
  constexpr int kMaxQueries = 300;
  int queries = 0, during = 0, failed = 0, intermediate = 0, inexact = 0;
  std::size_t last_citing = 0, first_citing = 0;
  long last_matches = -1;
  std::optional<std::size_t> seen_citing;
  while (queries < kMaxQueries && Clock::now() < stop_at && StillRunning(build)) {
    const bool asking_cites = queries % 2 == 0;
    RunResult answer = asking_cites ? cites(index) : search(index, "5");
    ++queries;
    if (StillRunning(build)) ++during;
    const std::string which = "query " + std::to_string(queries) + " during the build";
    if (answer.signal != 0 || (answer.exit_code != 0 && answer.exit_code != 1)) {
      if (++failed <= 3) ADD_FAILURE() << which << " failed: " << answer.Describe();
      continue;
    }
    nlohmann::json json = nlohmann::json::parse(answer.out, nullptr, false);
    if (json.is_discarded()) {
      if (++failed <= 3) ADD_FAILURE() << which << ": not JSON: " << answer.Describe();
      continue;
    }
    if (asking_cites) {
      const std::size_t citing = CitingPaths(json).size();
      EXPECT_EQ(answer.exit_code, citing > 0 ? 0 : 1) << which << ": " << answer.Describe();
      EXPECT_GE(citing, last_citing) << which << ": fewer citing reports than the answer before";
      EXPECT_LE(citing, final_citing) << which << ": more citing reports than the corpus has";
      if (!seen_citing) first_citing = citing, seen_citing = citing;
      if (citing > first_citing && citing < final_citing) ++intermediate;
      last_citing = citing;
    } else {
      const long matches = json.at("matches");
      if (!json.at("matches_exact").get<bool>()) {
        ++inexact;
        continue;
      }
      EXPECT_GE(matches, last_matches) << which << ": fewer matches than the answer before";
      EXPECT_LE(matches, final_matches) << which << ": more matches than the corpus has";
      last_matches = matches;
    }
  }
  RunResult finished = Finish(build);
  ASSERT_EQ(finished.exit_code, 0) << finished.Describe();
  ASSERT_EQ(ReportsHeld(finished.out), docs) << finished.out;
  EXPECT_EQ(failed, 0) << failed << " of " << queries << " queries failed";
  EXPECT_GE(during, 10) << "too few queries ran while the build wrote to prove anything";
  EXPECT_GT(intermediate, 0) << "no answer saw the build half done";

  // After the build: the same answers as a fresh index.
  RunResult after_cites = cites(index), after_search = search(index, "1000");
  EXPECT_EQ(after_cites.exit_code, 0) << after_cites.Describe();
  EXPECT_TRUE(after_cites.out == final_cites.out)
      << FirstDifference(after_cites.out, final_cites.out, "after the build", "fresh index");
  EXPECT_EQ(after_search.exit_code, 0) << after_search.Describe();
  EXPECT_TRUE(after_search.out == final_search.out)
      << FirstDifference(after_search.out, final_search.out, "after the build", "fresh index");

  RecordCounts(
      "QueriesDuringABuildAlwaysAnswer",
      {"corpus: " + std::to_string(seeded) + " reports indexed, then " +
           std::to_string(docs - seeded) + " more built with --batch " + kBatch,
       "queries answered during builds: " + std::to_string(during) + " (of " +
           std::to_string(queries) + " asked; `cites \"" + directive + "\"` and `search \"" +
           words + "\"` in turn; " + std::to_string(failed) + " failed, " +
           std::to_string(intermediate) + " cites answers saw the build half done, " +
           std::to_string(inexact) + " search counts inexact)",
       "final: " + std::to_string(final_citing) + " citing reports, " +
           std::to_string(final_matches) + " search matches, the same as a fresh index's answers"});
}

// -------------------------------------------------------------- 3. disk full

// The error of a build that ran out of space: one line, that says so.
void ExpectStorageError(const RunResult& run, const std::string& when) {
  EXPECT_EQ(run.signal, 0) << when << ": crashed\n" << run.Describe();
  EXPECT_EQ(run.exit_code, 3) << when << " (3: the index could not be written)\n" << run.Describe();
  std::vector<std::string> lines = SplitLines(run.err);
  EXPECT_EQ(lines.size(), 1u) << when << ": not one line on stderr\n" << run.Describe();
  if (lines.empty()) return;
  EXPECT_TRUE(lines[0].starts_with("lexindex: ")) << when << ": " << lines[0];
  const bool says_why = Contains(lines[0], "No space left on device") ||
                        Contains(lines[0], "File too large") ||
                        Contains(lines[0], "disk is full") || Contains(lines[0], "ulimit -f");
  EXPECT_TRUE(says_why) << when
                        << ": the message does not say the disk or file size is the "
                           "cause: "
                        << lines[0];
}

// An index is built, reports are added, and the next build runs out of
// room: under a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: writes fail
// with EFBIG), and on a tmpfs that fills up (ENOSPC) when mounting one is
// permitted. It exits 3 with a one-line error; the index then opens and is
// the previous one or a consistent later state; and the next build, given
// room, completes to a fresh build's dump.
TEST_F(ReliabilityTest, BuildThatRunsOutOfSpaceKeepsThePreviousIndex) {
  const fs::path corpus = Path("corpus"), previous = Path("previous-index"),
                 staging = Path("staging");
  const int docs = Scaled(kDiskFullDocs, 200);
  ASSERT_TRUE(Generate(docs, 31, staging));
  std::vector<fs::path> folders = Folders(staging);
  ASSERT_GE(folders.size(), 2u);
  CopyRepoCorpus(corpus);
  fs::rename(folders[0], corpus / folders[0].filename());
  RunResult first = Build(corpus, previous);
  ASSERT_EQ(first.exit_code, 0) << first.Describe();
  const DumpModel before(Dump(previous));
  for (std::size_t i = 1; i < folders.size(); ++i)
    fs::rename(folders[i], corpus / folders[i].filename());
  const fs::path fresh = Path("fresh-index");
  RunResult fresh_build = Build(corpus, fresh);
  ASSERT_EQ(fresh_build.exit_code, 0) << fresh_build.Describe();
  const DumpModel complete(Dump(fresh));
  ASSERT_GT(complete.header, before.header);
  // The room given: more than the previous index holds, less than the
  // whole one needs (a fresh build's, compacted: a build that adds to an
  // index writes more before it compacts), so that the build runs out of
  // it while writing.
  std::uintmax_t largest = 0, largest_complete = 0;
  const std::uintmax_t index_bytes = TreeBytes(previous, &largest);
  const std::uintmax_t complete_bytes = TreeBytes(fresh, &largest_complete);
  ASSERT_GT(largest_complete, largest + (128 << 10));
  ASSERT_GT(complete_bytes, index_bytes + (512 << 10));

  std::vector<std::string> tried;
  int ran_out = 0;  // builds that ran out of room (and ended as they should)
  // Runs the build that runs out of room on a copy of the previous index
  // at `index`, then checks what it left and completes it.
  auto run_out_of_room = [&](const fs::path& index, const StartOptions& options,
                             const std::string& how, const std::function<void()>& make_room) {
    const std::string when = "a build " + how;
    Started build =
        Start(LEXINDEX_PATH,
              {"build", corpus.string(), "--index", index.string(), "--batch", kBatch}, options);
    RunResult limited = Finish(build);
    if (limited.exit_code == 0) {
      tried.push_back(how + ": had room enough (exit 0)");
      ADD_FAILURE() << when << " did not run out of room: " << limited.Describe();
      return;
    }
    ExpectStorageError(limited, when);
    ++ran_out;
    make_room();
    std::optional<std::string> dump = DumpAfter(index, "after " + when);
    if (!dump) return;
    const DumpModel after(std::move(*dump));
    EXPECT_EQ(CheckConsistentPart(after, complete, "after " + when), 0);
    int lost = 0;
    for (const auto& [path, block] : before.documents)
      if (!after.documents.contains(path) && ++lost <= 3)
        ADD_FAILURE() << "after " << when << ": " << path << " of the previous index is gone";
    RunResult next = Build(corpus, index, {"--batch", kBatch});
    EXPECT_EQ(next.exit_code, 0) << "the build after " << when << ": " << next.Describe();
    const std::string completed = Dump(index);
    EXPECT_TRUE(completed == complete.text)
        << "after " << when << " and a build with room:\n"
        << FirstDifference(completed, complete.text, "completed", "fresh build");
    std::string first_line = SplitLines(limited.err).empty() ? "" : SplitLines(limited.err)[0];
    tried.push_back(how + ": exit " + std::to_string(limited.exit_code) + ", kept " +
                    std::to_string(after.header) + " of " + std::to_string(complete.header) +
                    " reports, then completed (\"" + first_line.substr(0, 160) + "\")");
  };

  // File size limits from just above the largest file of the index to
  // two thirds of the way to the largest file of the whole one.
  int variant = 0;
  const std::uintmax_t growth = largest_complete - largest;
  for (std::uintmax_t extra : {std::uintmax_t(64) << 10, growth / 3, 2 * growth / 3}) {
    const fs::path index = Path("limited-" + std::to_string(++variant));
    fs::copy(previous, index, fs::copy_options::recursive);
    StartOptions options;
    options.file_size_limit = static_cast<std::int64_t>(largest + extra);
    run_out_of_room(index, options,
                    "with a file size limit of " + std::to_string(options.file_size_limit >> 10) +
                        " KiB (the largest index file " + std::to_string(largest >> 10) + " KiB)",
                    [] {});
  }

  // More, evenly spread, so that the writes fail at more places (a Xapian
  // commit's postings, its value streams, the SQLite log, the compaction,
  // which needs room for a copy): each must end as cleanly and leave a
  // consistent index (the builds above already showed that the next one
  // completes it), or, given room enough, complete. On tmpfs sizes up to
  // three times the whole index when mounting one is permitted (every file
  // draws on the same room, so any writer may be the one refused), else
  // file size limits.
  int swept = 0;
  std::map<std::string, int> sweep_errors;
  constexpr int kSweep = 7;
  const fs::path sweep_mount = Path("tmpfs-sweep");
  fs::create_directory(sweep_mount);
  const bool on_tmpfs = ::mount("tmpfs", sweep_mount.c_str(), "tmpfs", 0, "size=64m") == 0;
  if (on_tmpfs) ::umount2(sweep_mount.c_str(), 0);
  for (int step = 1; step <= kSweep; ++step) {
    StartOptions options;
    fs::path index = Path("swept-" + std::to_string(step));
    std::string when;
    if (on_tmpfs) {
      const std::uintmax_t low = index_bytes + (256 << 10);
      const std::uintmax_t size = (low + (3 * complete_bytes - low) * step / kSweep) / 4096 * 4096;
      const std::string size_option = "size=" + std::to_string(size);
      ASSERT_EQ(::mount("tmpfs", sweep_mount.c_str(), "tmpfs", 0, size_option.c_str()), 0)
          << std::strerror(errno);
      mounts_.push_back(sweep_mount);
      index = sweep_mount / "index";
      when = "a build on a tmpfs of " + std::to_string(size) + " bytes";
    } else {
      options.file_size_limit = static_cast<std::int64_t>(
          largest + (64 << 10) + (growth - (64 << 10)) * step / (kSweep + 1));
      when =
          "a build with a file size limit of " + std::to_string(options.file_size_limit) + " bytes";
    }
    fs::copy(previous, index, fs::copy_options::recursive);
    Started build =
        Start(LEXINDEX_PATH,
              {"build", corpus.string(), "--index", index.string(), "--batch", kBatch}, options);
    RunResult limited = Finish(build);
    const bool had_room = on_tmpfs && limited.exit_code == 0;
    if (!had_room) {
      ExpectStorageError(limited, when);
      ++ran_out;
    }
    if (on_tmpfs) {
      EXPECT_EQ(::mount("tmpfs", sweep_mount.c_str(), "tmpfs", MS_REMOUNT, "size=1g"), 0)
          << std::strerror(errno);
    }
    if (std::optional<std::string> dump = DumpAfter(index, "after " + when)) {
      if (had_room) {
        EXPECT_TRUE(*dump == complete.text)
            << FirstDifference(*dump, complete.text, "after " + when, "fresh build");
      }
      const DumpModel after(std::move(*dump));
      EXPECT_EQ(CheckConsistentPart(after, complete, "after " + when), 0);
      for (const auto& [path, block] : before.documents)
        EXPECT_TRUE(after.documents.contains(path))
            << "after " << when << ": " << path << " is gone";
      ++swept;
    }
    std::string first_line = SplitLines(limited.err).empty() ? "" : SplitLines(limited.err)[0];
    std::string kind = limited.signal != 0                                ? "a signal"
                       : had_room                                         ? "none (had room)"
                       : Contains(first_line, "graph.sqlite")             ? "SQLite"
                       : Contains(first_line, "could not recover")        ? "Xapian gave up"
                       : Contains(first_line, "compact")                  ? "compaction"
                       : Contains(first_line, "writing the Xapian index") ? "Xapian"
                                                                          : "other";
    ++sweep_errors[kind];
    if (on_tmpfs) {
      ::umount2(sweep_mount.c_str(), 0);
      mounts_.pop_back();
    } else {
      fs::remove_all(index);
    }
  }
  {
    std::string line = std::to_string(swept) + " more " +
                       (on_tmpfs ? "tmpfs sizes" : "file size limits") +
                       ": each exit 3, one line, a consistent index, or complete (refused in:";
    for (const auto& [kind, count] : sweep_errors) line += " " + kind + " " + std::to_string(count);
    tried.push_back(line + ")");
  }

  // A tmpfs a little larger than the index, and one half way to the whole
  // index's size; then given room.
  std::string tmpfs_note;
  for (std::uintmax_t extra : {std::uintmax_t(256) << 10, (complete_bytes - index_bytes) / 2}) {
    const fs::path mount = Path("tmpfs-" + std::to_string(++variant));
    fs::create_directory(mount);
    const std::uintmax_t size = ((index_bytes + extra) / 4096 + 1) * 4096;
    const std::string options = "size=" + std::to_string(size);
    if (::mount("tmpfs", mount.c_str(), "tmpfs", 0, options.c_str()) != 0) {
      tmpfs_note = std::string("tmpfs variant skipped: mount -t tmpfs not permitted here (") +
                   std::strerror(errno) + ")";
      std::cout << "[reliability] " << tmpfs_note << std::endl;
      break;
    }
    mounts_.push_back(mount);
    const fs::path index = mount / "index";
    fs::copy(previous, index, fs::copy_options::recursive);
    run_out_of_room(index, {},
                    "on a tmpfs of " + std::to_string(size >> 10) + " KiB (the index " +
                        std::to_string(index_bytes >> 10) + " KiB)",
                    [&] {
                      ASSERT_EQ(::mount("tmpfs", mount.c_str(), "tmpfs", MS_REMOUNT, "size=1g"), 0)
                          << std::strerror(errno);
                    });
  }
  if (!tmpfs_note.empty()) tried.push_back(tmpfs_note);

  std::vector<std::string> counts = {
      "builds out of room survived: " + std::to_string(ran_out) +
          " (file size limits and full tmpfs; each a one-line error, the index consistent "
          "and the previous reports kept)",
      "corpus: " + std::to_string(before.header) + " reports indexed, then " +
          std::to_string(complete.header - before.header) + " added; builds run out of room:"};
  for (const std::string& line : tried) counts.push_back("  " + line);
  RecordCounts("BuildThatRunsOutOfSpaceKeepsThePreviousIndex", counts);
}

// ------------------------------------------------------------ 4. hostile input

// The summary's lines naming files ("    PATH: reason").
std::vector<std::string> NamedLines(std::string_view summary) {
  std::vector<std::string> named;
  for (const std::string& line : SplitLines(summary))
    if (line.starts_with("    ") && !Contains(line, " × ") && !line.starts_with("    by "))
      named.push_back(line);
  return named;
}

// A tree as an archive may hold it, and worse: a file name with a new line,
// one in no encoding, a 2 GB sparse file named like a report, a report 200
// folders deep, a link to an ancestor folder and two links to each other,
// and a large report appended to while the build reads it. The build ends
// (exit 0 or 1, never a signal), names each odd file in its summary, and
// loses no report: every real report is in the dump, unchanged, the dump
// keeps one line per entry (the new line escaped), and a second build
// reports the grown file as indexed exactly when it changed, to a fresh
// build's dump.
TEST_F(ReliabilityTest, HostileCorpusFinishesAndLosesNothing) {
  const fs::path corpus = Path("corpus"), index = Path("index");
  const fs::path source(LEXGRAPH_SOURCE_DIR);
  CopyRepoCorpus(corpus);
  RunResult first = Build(corpus, index);
  ASSERT_EQ(first.exit_code, 0) << first.Describe();
  const DumpModel already(Dump(index));
  ASSERT_EQ(already.header, 22);

  const std::string report = Slurp(source / "corpus/quang-tri/skhcn-174-bc-2020.md");
  ASSERT_GT(report.size(), 1000u);
  int hostile = 0;
  // 1. A report whose name holds a new line; 2. an empty one, skipped, so
  // that the summary names it.
  const std::string newline_name = "bao\ncao-xuong-dong.md", newline_empty = "rong\nrong.md";
  WriteFile(corpus / newline_name, report), ++hostile;
  WriteFile(corpus / newline_empty, ""), ++hostile;
  // 3. A name in no encoding (0xFF 0xFE are never UTF-8 nor a legacy letter pair).
  const std::string bad_name = "bao-cao-\xff\xfe.md";
  WriteFile(corpus / bad_name, Slurp(source / "corpus/ha-tinh/snv-188-bc-2021.md")), ++hostile;
  // 4. 2 GB of nothing, named like a report: skipped by its size, unread.
  {
    int fd = ::open((corpus / "khong-lo.md").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::ftruncate(fd, 2ll << 30), 0) << std::strerror(errno);
    ::close(fd);
    ++hostile;
  }
  // 5. A report 200 folders deep.
  fs::path deep = corpus / "sau";
  for (int level = 1; level <= 200; ++level) deep /= "c" + std::to_string(level);
  fs::create_directories(deep);
  const std::string deep_path = fs::relative(deep / "bao-cao-sau.md", corpus).generic_string();
  fs::copy_file(source / "corpus/nghe-an/ubnd-03-da-2021.md", corpus / deep_path), ++hostile;
  // 6. A folder link to an ancestor (a loop if followed), 7-8. two file links to each other.
  fs::create_directory_symlink("../..", corpus / "sau/c1/c2/vong"), ++hostile;
  fs::create_symlink("vong-b.md", corpus / "vong-a.md"), ++hostile;
  fs::create_symlink("vong-a.md", corpus / "vong-b.md"), ++hostile;
  // 9. A large report (3 MB) appended to during the build.
  const fs::path growing = corpus / "lon/bao-cao-lon.md";
  fs::create_directories(growing.parent_path());
  {
    std::string large;
    while (large.size() < (3u << 20)) large += report;
    WriteFile(growing, large);
    ++hostile;
  }
  std::atomic<bool> stop{false};
  std::atomic<long> appends{0};
  std::thread appender([&] {
    while (!stop) {
      std::ofstream out(growing, std::ios::binary | std::ios::app);
      out << kDirective;
      out.close();
      ++appends;
      std::this_thread::sleep_for(1ms);
    }
  });

  RunResult run = Build(corpus, index, {"--verbose"});
  stop = true;
  appender.join();
  ASSERT_EQ(run.signal, 0) << run.Describe();
  EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << run.Describe();

  // Each odd file named in the summary, on one line, its name escaped.
  const std::vector<std::string> named = NamedLines(run.out);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"rong\\nrong.md", "empty file"},
      {"bao-cao-\\xff\\xfe.md", "file name is not UTF-8"},
      {"khong-lo.md", "larger than 32 MiB (2147483648 bytes)"},
      {"sau/c1/c2/vong", "symbolic link to a folder, not followed"},
      {"vong-a.md", "symbolic link loop"},
      {"vong-b.md", "symbolic link loop"},
  };
  for (const auto& [path, reason] : expected) {
    bool found = std::any_of(named.begin(), named.end(), [&](const std::string& line) {
      return line.starts_with("    " + path + ": ") && Contains(line, reason);
    });
    EXPECT_TRUE(found) << "no line \"    " << path << ": ..." << reason << "...\" in\n" << run.out;
  }
  for (const std::string& line : named)
    EXPECT_TRUE(Contains(line, ": ")) << "a broken summary line: \"" << line << "\" in\n"
                                      << run.out;

  // Nothing lost: the reports indexed before are there as they were; the
  // new real reports are there; the dump keeps one line per entry.
  const DumpModel after(Dump(index));
  EXPECT_TRUE(after.problems.empty()) << Join(after.problems);
  EXPECT_EQ(after.header, static_cast<long>(after.document_lines));
  for (const auto& [path, block] : already.documents) {
    auto found = after.documents.find(path);
    if (found == after.documents.end())
      ADD_FAILURE() << path << ", indexed before, is gone";
    else
      EXPECT_TRUE(found->second == block)
          << FirstDifference(found->second, block, "after", "before");
  }
  const std::string escaped_newline_name = "bao\\ncao-xuong-dong.md";
  for (const std::string& path : {escaped_newline_name, std::string("bao-cao-\\xff\\xfe.md"),
                                  deep_path, std::string("lon/bao-cao-lon.md")})
    EXPECT_TRUE(after.documents.contains(path)) << path << " is not in the dump";
  EXPECT_EQ(after.header, 22 + 4) << "the real reports, and only them";
  EXPECT_FALSE(Contains(after.text, "\ncao-xuong-dong.md")) << "a broken dump line";
  EXPECT_TRUE(Contains(after.text, "\nskipped rong\\nrong.md\n"));
  // The copy under the odd name has the same citations as its original.
  auto cited = after.citations.find(escaped_newline_name);
  auto original = after.citations.find("quang-tri/skhcn-174-bc-2020.md");
  ASSERT_TRUE(cited != after.citations.end() && original != after.citations.end());
  EXPECT_EQ(cited->second.size(), original->second.size());

  // `lexquery search` finds the report named with a new line, and reads it
  // back for its snippet as the file it indexed.
  RunResult found = Query({"search", "\"Sở Khoa học và Công nghệ\"", "--index", index.string(),
                           "--format", "json", "--limit", "100"});
  ASSERT_EQ(found.exit_code, 0) << found.Describe();
  bool hit = false;
  const nlohmann::json hits = nlohmann::json::parse(found.out).at("hits");
  for (const auto& h : hits)
    if (h.at("path") == newline_name) {
      hit = true;
      EXPECT_EQ(h.at("file"), "as indexed") << h.dump();
      EXPECT_FALSE(h.at("snippet").is_null()) << h.dump();
    }
  EXPECT_TRUE(hit) << "search does not find " << escaped_newline_name << ":\n"
                   << found.out.substr(0, 2000);

  // The grown file: indexed again exactly when it changed since it was read.
  const long size_read = after.documents.contains("lon/bao-cao-lon.md")
                             ? testing::ParseDocuments(after.documents.at("lon/bao-cao-lon.md"))
                                   .size_by_path.begin()
                                   ->second
                             : -1;
  const long size_now = static_cast<long>(fs::file_size(growing));
  RunResult second = Build(corpus, index, {"--verbose"});
  ASSERT_EQ(second.signal, 0) << second.Describe();
  EXPECT_TRUE(second.exit_code == 0 || second.exit_code == 1) << second.Describe();
  const long changed = size_read == size_now ? 0 : 1;
  EXPECT_EQ(SummaryNumber(second.out, "indexed (new or changed)"), changed)
      << "the grown file was read at " << size_read << " bytes, has " << size_now << "\n"
      << second.out;
  EXPECT_EQ(SummaryNumber(second.out, "unchanged"), after.header - changed) << second.out;
  const std::string second_dump = Dump(index);
  EXPECT_EQ(testing::ParseDocuments(second_dump).size_by_path["lon/bao-cao-lon.md"], size_now);
  const std::string fresh = FreshDump(corpus);
  EXPECT_TRUE(second_dump == fresh) << FirstDifference(second_dump, fresh, "second build", "fresh");
  RunResult third = Build(corpus, index);
  EXPECT_EQ(SummaryNumber(third.out, "indexed (new or changed)"), 0) << third.out;

  RecordCounts(
      "HostileCorpusFinishesAndLosesNothing",
      {"hostile files handled: " + std::to_string(hostile) +
           " (new line in a name x2, a name in no encoding, a 2 GB sparse file, a "
           "report 200 folders deep, a folder link to an ancestor, two file links to "
           "each other, a 3 MB report appended to " +
           std::to_string(appends.load()) + " times during the build)",
       "build exit " + std::to_string(run.exit_code) + "; " + std::to_string(after.header) +
           " reports in the index, none lost; the grown "
           "file " +
           (changed ? "re-indexed" : "unchanged") +
           " by the next build, which equals a fresh build"});
}

// ------------------------------------------------- 5. reads during builds

// One question asked during the builds: by `lexquery` (args) or of
// `lexquery serve` over HTTP (path and params).
struct Question {
  std::string name;
  std::vector<std::string>
      args;          // lexquery ARGS --index INDEX (lexindex for dump), when not over HTTP
  std::string path;  // /api/..., when over HTTP
  httplib::Params params;
};

// An answer as compared: the exit status (or HTTP status) and the body,
// with what legitimately varies between readers of one state taken out.
struct Answer {
  int status = -1;
  std::string body;
  bool operator==(const Answer&) const = default;
};

// What is compared of an answer. Two things legitimately vary between
// readers of one committed state, and are taken out:
// - A search ranks with the collection statistics Xapian has, which during
//   a build count reports not yet committed (index_reader.h): the weights
//   of one state's hits may differ a little, and so may their order and,
//   when the list is cut, which hits are the best few. What must not
//   differ is which reports match, and how many. So hits are compared as
//   a set, without weights, and only when the list is whole (facets,
//   counted over the best hits, likewise).
// - Snippets and a document's text are read from the corpus file when
//   asked ("file": "changed" once the file differs from what was indexed),
//   and the builds change files before they index them.
std::string ComparableJson(nlohmann::json json) {
  if (json.contains("hits")) {
    nlohmann::json& hits = json["hits"];
    for (nlohmann::json& hit : hits)
      for (const char* varies : {"weight", "percent", "snippet", "marks", "file"})
        hit.erase(varies);
    if (hits.size() < json.at("matches").get<std::size_t>()) {
      hits = nlohmann::json::array();
      json.erase("facets");
    } else {
      std::sort(hits.begin(), hits.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
        return a.at("path").get<std::string>() < b.at("path").get<std::string>();
      });
    }
  }
  json.erase("text");
  json.erase("file");
  return json.dump();
}

Answer Comparable(int status, const std::string& body) {
  Answer answer{status, body};
  nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
  if (!json.is_discarded() && json.is_object()) answer.body = ComparableJson(std::move(json));
  return answer;
}

// Runs `program args` with LEXGRAPH_TRACE_READS set, its output to files
// in `dir` named after `tag`; thread-safe (ProcessTest's runner is not).
// Waits at most `seconds`.
struct ChildResult {
  int exit_code = -1;
  int signal = 0;
  std::string out, err;
};
ChildResult RunChild(const std::string& program, std::vector<std::string> args, const fs::path& dir,
                     const std::string& tag, int seconds) {
  const fs::path out = dir / (tag + ".out"), err = dir / (tag + ".err");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  args.insert(args.begin(), program);
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) env_strings.emplace_back(*e);
  env_strings.emplace_back("LEXGRAPH_TRACE_READS=1");
  std::vector<char*> envp;
  for (std::string& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = -1;
  int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ChildResult result;
  if (spawned != 0) return result;
  const auto give_up = Clock::now() + std::chrono::seconds(seconds);
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() > give_up) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(2ms);
  }
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.out = Slurp(out);
  result.err = Slurp(err);
  return result;
}

// "lexquery: read the index N time(s)" (LEXGRAPH_TRACE_READS; "lexindex:"
// for dump): N, or 0.
int ReadsTraced(const std::string& err) {
  for (const std::string& line : SplitLines(err))
    if (std::size_t at = line.find(": read the index "); at != std::string::npos)
      return std::atoi(line.c_str() + at + 17);
  return 0;
}

// One answer seen by a client, and when it was asked.
struct Seen {
  std::size_t question = 0;
  Clock::time_point asked, answered;
  Answer answer;
  int reads = 0;  // snapshots read to answer (1: no retry)
  bool failed = false;
  std::string detail;  // what failed
};

// Four clients ask `lexquery` and `lexquery serve` a mix of questions while
// five builds in a row add, change and delete reports, and two threads
// keep both cores busy. Every read answers (exit 0 or 1, HTTP 200, or 404
// for a report a build deleted), and every answer equals the answer of a
// committed state of the index that held while it was asked: the state
// before or after a build that ran meanwhile (each build commits once:
// fewer changes than a batch), computed when no build runs. Never a mix.
TEST_F(ReliabilityTest, ReadsDuringBuildsAreAlwaysACommittedState) {
  const fs::path corpus = Path("corpus"), index = Path("index"), staging = Path("staging");
  const fs::path scratch = Path("clients");
  fs::create_directories(scratch);
  const int docs = Scaled(700, 150);
  ASSERT_TRUE(Generate(docs, 33, staging));
  std::vector<fs::path> folders = Folders(staging);
  ASSERT_GE(folders.size(), 8u);
  fs::create_directory(corpus);
  const std::size_t seeded_folders = folders.size() / 2;
  for (std::size_t i = 0; i < seeded_folders; ++i)
    fs::rename(folders[i], corpus / folders[i].filename());
  RunResult seed = Build(corpus, index);
  ASSERT_EQ(seed.exit_code, 0) << seed.Describe();

  // The reports the builds change and delete, and the two asked about.
  std::vector<fs::path> reports;
  for (const auto& entry : fs::recursive_directory_iterator(corpus))
    if (entry.is_regular_file()) reports.push_back(entry.path());
  std::sort(reports.begin(), reports.end());
  ASSERT_GE(reports.size(), 40u);
  const std::string changed_report = fs::relative(reports[1], corpus).string();
  const std::string deleted_report = fs::relative(reports[2], corpus).string();

  Started server = Start(LEXQUERY_PATH, {"serve", "--index", index.string(), "--port", "0"});
  ASSERT_GT(server.pid, 0);
  int port = 0;
  for (auto until = Clock::now() + std::chrono::seconds(ScaledSeconds(20));
       port == 0 && Clock::now() < until; std::this_thread::sleep_for(20ms)) {
    std::string said = Slurp(server.err);
    if (std::size_t at = said.find("http://127.0.0.1:"); at != std::string::npos)
      port = std::atoi(said.c_str() + at + 17);
  }
  ASSERT_GT(port, 0) << "lexquery serve did not say where it serves: " << Slurp(server.err);

  const std::string directive = "Chỉ thị 05-CT/TW", words = "Hùng Vương";
  const std::vector<Question> questions = {
      {"cites", {"cites", directive, "--format", "json"}, "", {}},
      {"search", {"search", words, "--format", "json", "--limit", "1000"}, "", {}},
      {"cites in force", {"cites", directive, "--in-force", "--format", "json"}, "", {}},
      {"status", {"status", directive, "--format", "json"}, "", {}},
      {"coverage", {"coverage", directive, "--format", "json"}, "", {}},
      {"top", {"top", "--format", "json"}, "", {}},
      {"graph", {"graph", directive, "--format", "json"}, "", {}},
      {"show changed", {"show", changed_report, "--format", "json"}, "", {}},
      {"refs deleted", {"refs", deleted_report, "--format", "json"}, "", {}},
      {"dump", {"dump"}, "", {}},
      {"api/cites", {}, "/api/cites", {{"ref", directive}, {"limit", "1000"}}},
      {"api/query", {}, "/api/query", {{"q", directive}}},
      {"api/search", {}, "/api/search", {{"q", words}, {"limit", "100"}}},
      {"api/coverage", {}, "/api/coverage", {{"ref", directive}}},
      {"api/top", {}, "/api/top", {}},
      {"api/document", {}, "/api/document", {{"id", changed_report}}},
      {"api/graph", {}, "/api/graph", {{"ref", directive}}},
      {"api/status", {}, "/api/status", {{"ref", directive}}},
  };
  const int timeout = ScaledSeconds(60);
  auto ask = [&](std::size_t q, const std::string& tag) {
    const Question& question = questions[q];
    Seen seen;
    seen.question = q;
    seen.asked = Clock::now();
    if (question.path.empty()) {
      std::vector<std::string> args = question.args;
      args.insert(args.end(), {"--index", index.string()});
      ChildResult run =
          RunChild(args[0] == "dump" ? LEXINDEX_PATH : LEXQUERY_PATH, args, scratch, tag, timeout);
      seen.answer = Comparable(run.exit_code, run.out);
      seen.reads = ReadsTraced(run.err);
      seen.failed = run.signal != 0 || (run.exit_code != 0 && run.exit_code != 1);
      if (seen.failed)
        seen.detail = "exit " + std::to_string(run.exit_code) + ", signal " +
                      std::to_string(run.signal) + ": " + run.err;
    } else {
      httplib::Client client("127.0.0.1", port);
      client.set_read_timeout(timeout, 0);
      httplib::Result res = client.Get(question.path, question.params, httplib::Headers{});
      if (!res) {
        seen.failed = true;
        seen.detail = "no answer: " + httplib::to_string(res.error());
      } else {
        seen.answer = Comparable(res->status, res->body);
        seen.reads = std::atoi(res->get_header_value("X-LexGraph-Reads").c_str());
        seen.failed = res->status != 200 && res->status != 404;
        if (seen.failed) seen.detail = "HTTP " + std::to_string(res->status) + ": " + res->body;
      }
    }
    seen.answered = Clock::now();
    return seen;
  };
  // Each committed state's answers, asked while no build runs.
  std::vector<std::vector<Answer>> states;
  auto record_state = [&] {
    std::vector<Answer> answers;
    for (std::size_t q = 0; q < questions.size(); ++q) {
      Seen seen = ask(q, "state");
      EXPECT_FALSE(seen.failed) << questions[q].name << " with no build running: " << seen.detail;
      answers.push_back(seen.answer);
    }
    states.push_back(std::move(answers));
  };
  record_state();
  {
    nlohmann::json search = nlohmann::json::parse(states[0][1].body);
    ASSERT_TRUE(search.at("matches_exact").get<bool>()) << "choose rarer words";
  }

  std::atomic<bool> stop{false};
  std::vector<std::thread> load;
  for (int i = 0; i < 2; ++i)
    load.emplace_back([&stop] {
      volatile std::uint64_t x = 1;
      while (!stop.load(std::memory_order_relaxed)) x = x * 6364136223846793005ull + 1;
    });
  constexpr int kClients = 4, kMaxPerClient = 400;
  std::vector<std::vector<Seen>> seen_by(kClients);
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c)
    clients.emplace_back([&, c] {
      std::mt19937 pick(static_cast<unsigned>(c + 1));
      for (int i = 0; i < kMaxPerClient && !stop; ++i)
        seen_by[c].push_back(ask(pick() % questions.size(), "client-" + std::to_string(c)));
    });

  // Five builds, each committing once: a new folder, reports changed and
  // reports deleted. The times say which states a read could have seen.
  constexpr int kBuilds = 5;
  std::vector<Clock::time_point> build_start, build_end;
  std::size_t next_folder = seeded_folders, next_report = 3;
  for (int b = 0; b < kBuilds; ++b) {
    if (next_folder < folders.size()) {
      fs::rename(folders[next_folder], corpus / folders[next_folder].filename());
      ++next_folder;
    }
    AppendFile(corpus / changed_report, kDirective);  // changes what it cites
    // A tenth of the reports changed: their old versions are what the end
    // of the build deletes from Xapian under the readers of the state
    // before (fewer than a quarter, so that no compaction replaces the
    // shards and the readers must follow them). The fourth build changes
    // a third: it compacts, and readers open while the shards are replaced.
    const std::size_t to_change = reports.size() / (b == 3 ? 3 : 10);
    for (std::size_t i = 0; i < to_change && next_report + 1 < reports.size(); ++i, ++next_report)
      AppendFile(reports[next_report], kDirective);
    for (int i = 0; i < 3 && next_report < reports.size(); ++i) fs::remove(reports[next_report++]);
    if (b == 2) fs::remove(corpus / deleted_report);
    build_start.push_back(Clock::now());
    RunResult built = Build(corpus, index);
    build_end.push_back(Clock::now());
    ASSERT_EQ(built.exit_code, 0) << "build " << b + 1 << ": " << built.Describe();
    record_state();
  }
  stop = true;
  for (std::thread& t : clients) t.join();
  for (std::thread& t : load) t.join();
  ::kill(server.pid, SIGTERM);
  Finish(server);

  // Every answer: one of the states that held while it was asked.
  int reads = 0, during = 0, failed = 0, mixed = 0, retried = 0, retries = 0;
  for (const std::vector<Seen>& client : seen_by)
    for (const Seen& seen : client) {
      ++reads;
      std::size_t first = 0, last = 0;  // states possible: first..last
      for (int b = 0; b < kBuilds; ++b) {
        if (build_end[b] < seen.asked) first = b + 1;
        if (build_start[b] < seen.answered) last = b + 1;
      }
      if (last > first) ++during;
      if (seen.reads > 1) ++retried, retries += seen.reads - 1;
      const std::string& name = questions[seen.question].name;
      if (seen.failed) {
        if (++failed <= 3) ADD_FAILURE() << name << " failed: " << seen.detail;
        continue;
      }
      EXPECT_GE(seen.reads, 1) << name << ": the number of reads was not said";
      bool matched = false;
      for (std::size_t s = first; s <= last && !matched; ++s)
        matched = states[s][seen.question] == seen.answer;
      if (!matched && ++mixed <= 3)
        ADD_FAILURE() << name << " (states " << first << " to " << last
                      << " possible) answered what no committed state answers: "
                      << FirstDifference(seen.answer.body, states[first][seen.question].body,
                                         "answer", "state " + std::to_string(first));
    }
  EXPECT_EQ(failed, 0) << failed << " of " << reads << " reads failed";
  EXPECT_EQ(mixed, 0) << mixed << " of " << reads << " answers were of no committed state";
  EXPECT_GE(during, 20) << "too few reads ran while a build wrote to prove anything";
  for (std::size_t s = 1; s < states.size(); ++s)
    EXPECT_NE(states[s][0], states[s - 1][0]) << "build " << s << " changed no cites answer";

  RecordCounts(
      "ReadsDuringBuildsAreAlwaysACommittedState",
      {"reads during builds: " + std::to_string(reads) + " by " + std::to_string(kClients) +
       " clients (lexquery and serve, " + std::to_string(questions.size()) + " questions), " +
       std::to_string(during) + " while one of " + std::to_string(kBuilds) +
       " builds ran, both cores loaded; " + std::to_string(failed) + " failed, " +
       std::to_string(mixed) + " not a committed state; " + std::to_string(retried) +
       " read again on a newer snapshot (" + std::to_string(retries) + " retries)"});
}

}  // namespace
}  // namespace lexgraph
