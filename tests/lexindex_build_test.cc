// lexindex_build_test.cc: `lexindex build` and `lexindex dump`, run as a user
// runs them, on copies of the repository's corpus and on generated corpora
// in a fresh temp folder: the summary, incremental runs against fresh
// builds, the lock, SIGKILL at any moment, bad input, and refusals.
//
// Every check compares real content: the summary's numbers and `dump`'s
// canonical text, which two indexes of the same files must share.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
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
using namespace std::chrono_literals;
using testing::AppendFile;
using testing::Contains;
using testing::DumpBlock;
using testing::DumpDocuments;
using testing::FirstDifference;
using testing::Join;
using testing::ParseDocuments;
using testing::ReportsHeld;
using testing::RunningAsRoot;
using testing::RunResult;
using testing::SkippedByReason;
using testing::Slurp;
using testing::SplitLines;
using testing::Started;
using testing::SummaryNumber;
using testing::WriteFile;

// Generated corpora for the tests that need a build lasting a second or
// more: a build takes 4 to 6 ms a report on the 2-core machine and `dump`
// about 2.5 ms, so these (not the 3000 reports that take 15 s to build)
// keep the suite well under a minute. The lock test needs the longest build.
constexpr int kLockDocs = 500;
constexpr int kCrashDocs = 300;  // also the build that dumps run against

class LexindexBuildTest : public testing::ProcessTest {};

#define EXPECT_SAME_DUMP(actual, expected)                \
  EXPECT_TRUE((actual) == (expected)) << FirstDifference( \
      (actual), (expected), "dump of the updated index", "dump of a fresh build of the same tree")

constexpr std::string_view kDirective =
    "\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
    "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Sở tiếp tục tổ chức quán triệt đến toàn "
    "thể cán bộ, công chức.\n";

// 1. The repository's corpus: every report, its citations, and a graph that
// links reports to each other without merging two provinces' documents.
TEST_F(LexindexBuildTest, FreshBuildOfTheRepositoryCorpus) {
  fs::path corpus = Path("corpus"), index = Path("index");
  CopyRepoCorpus(corpus);
  RunResult run = Build(corpus, index);
  ASSERT_EQ(run.exit_code, 0) << run.Describe();
  EXPECT_EQ(ReportsHeld(run.out), 22) << run.out;
  EXPECT_EQ(SummaryNumber(run.out, "indexed (new or changed)"), 22) << run.out;
  EXPECT_EQ(SummaryNumber(run.out, "unchanged"), 0) << run.out;
  EXPECT_EQ(SummaryNumber(run.out, "removed (files gone)"), 0) << run.out;
  EXPECT_EQ(SummaryNumber(run.out, "skipped"), 0) << run.out;
  const long citations = SummaryNumber(run.out, "citations found");
  EXPECT_GT(citations, 200) << run.out;

  std::string dump = Dump(index);
  DumpDocuments docs = ParseDocuments(dump);
  EXPECT_EQ(docs.header_count, 22);
  EXPECT_EQ(docs.document_lines, 22u);
  EXPECT_TRUE(docs.size_by_path.contains("quang-tri/skhcn-174-bc-2020.md")) << dump.substr(0, 2000);
  EXPECT_EQ(docs.size_by_path["quang-tri/skhcn-174-bc-2020.md"],
            static_cast<long>(fs::file_size(corpus / "quang-tri/skhcn-174-bc-2020.md")));
  // Every citation found is in the graph.
  std::size_t citation_lines = 0;
  for (const std::string& line : SplitLines(dump))
    if (line.starts_with("citation ")) ++citation_lines;
  EXPECT_EQ(static_cast<long>(citation_lines), citations);

  // The same symbol in two provinces: two authorities, each the province's own report.
  std::vector<std::string> quang_tri =
      DumpBlock(dump, "authority sym:41/2019/qd-ubnd|2019|quang tri");
  std::vector<std::string> ha_tinh = DumpBlock(dump, "authority sym:41/2019/qd-ubnd|2019|ha tinh");
  ASSERT_FALSE(quang_tri.empty()) << "no authority for Quảng Trị's 41/2019/QĐ-UBND";
  ASSERT_FALSE(ha_tinh.empty()) << "no authority for Hà Tĩnh's 41/2019/QĐ-UBND";
  EXPECT_NE(
      std::find(quang_tri.begin(), quang_tri.end(), "  is_document quang-tri/ubnd-41-qd-2019.md"),
      quang_tri.end())
      << Join(quang_tri);
  EXPECT_NE(std::find(ha_tinh.begin(), ha_tinh.end(), "  is_document ha-tinh/ubnd-41-qd-2019.md"),
            ha_tinh.end())
      << Join(ha_tinh);
  // Reports cite their own province's decision, never the other one.
  bool quang_tri_cites = false, ha_tinh_cites = false;
  for (const std::string& line : SplitLines(dump)) {
    if (!line.starts_with("citation ")) continue;
    if (line.ends_with(" sym:41/2019/qd-ubnd|2019|quang tri")) {
      EXPECT_TRUE(line.starts_with("citation quang-tri/")) << line;
      if (line.starts_with("citation quang-tri/skhcn-174-bc-2020.md #")) quang_tri_cites = true;
    }
    if (line.ends_with(" sym:41/2019/qd-ubnd|2019|ha tinh")) {
      EXPECT_TRUE(line.starts_with("citation ha-tinh/")) << line;
      if (line.starts_with("citation ha-tinh/snv-188-bc-2021.md #")) ha_tinh_cites = true;
    }
  }
  EXPECT_TRUE(quang_tri_cites) << "skhcn-174-bc-2020.md implements Quảng Trị's 41/2019/QĐ-UBND";
  EXPECT_TRUE(ha_tinh_cites) << "snv-188-bc-2021.md cites Hà Tĩnh's 41/2019/QĐ-UBND";
}

// 2. A second run reads what changed, and gives the index a fresh build gives.
TEST_F(LexindexBuildTest, IncrementalBuildEqualsFreshBuild) {
  fs::path corpus = Path("corpus"), index = Path("index");
  CopyRepoCorpus(corpus);
  RunResult first = Build(corpus, index);
  ASSERT_EQ(first.exit_code, 0) << first.Describe();
  const std::string before = Dump(index);

  AppendFile(corpus / "ca-mau/stp-86-kh-2024.md", kDirective);
  fs::copy_file(corpus / "quang-tri/skhcn-174-bc-2020.md",
                corpus / "quang-tri/skhcn-174-bc-2020-ban-sao.md");
  ASSERT_TRUE(fs::remove(corpus / "ha-tinh/snv-52-bc-2017.md"));

  RunResult second = Build(corpus, index);
  ASSERT_EQ(second.exit_code, 0) << second.Describe();
  EXPECT_EQ(SummaryNumber(second.out, "indexed (new or changed)"), 2) << second.out;
  EXPECT_EQ(SummaryNumber(second.out, "removed (files gone)"), 1) << second.out;
  EXPECT_EQ(SummaryNumber(second.out, "unchanged"), 20) << second.out;
  EXPECT_EQ(SummaryNumber(second.out, "skipped"), 0) << second.out;
  EXPECT_EQ(ReportsHeld(second.out), 22) << second.out;

  const std::string updated = Dump(index);
  EXPECT_NE(updated, before);
  DumpDocuments docs = ParseDocuments(updated);
  EXPECT_FALSE(docs.size_by_path.contains("ha-tinh/snv-52-bc-2017.md"));
  EXPECT_TRUE(docs.size_by_path.contains("quang-tri/skhcn-174-bc-2020-ban-sao.md"));
  EXPECT_EQ(docs.size_by_path["ca-mau/stp-86-kh-2024.md"],
            static_cast<long>(fs::file_size(corpus / "ca-mau/stp-86-kh-2024.md")));
  bool cites_directive = false;
  for (const std::string& line : SplitLines(updated))
    if (line.starts_with("citation ca-mau/stp-86-kh-2024.md #") &&
        line.ends_with(" sym:5-ct/tw|2016|"))
      cites_directive = true;
  EXPECT_TRUE(cites_directive) << "the appended paragraph's Chỉ thị 05-CT/TW is in the graph";

  const std::string fresh = FreshDump(corpus);
  EXPECT_SAME_DUMP(updated, fresh);

  // Nothing changed: nothing read, nothing written.
  RunResult third = Build(corpus, index);
  ASSERT_EQ(third.exit_code, 0) << third.Describe();
  EXPECT_EQ(SummaryNumber(third.out, "indexed (new or changed)"), 0) << third.out;
  EXPECT_EQ(SummaryNumber(third.out, "unchanged"), 22) << third.out;
  EXPECT_EQ(SummaryNumber(third.out, "removed (files gone)"), 0) << third.out;
  EXPECT_EQ(SummaryNumber(third.out, "citations found"), 0) << third.out;
  const std::string again = Dump(index);
  EXPECT_TRUE(again == updated) << FirstDifference(again, updated, "after a run with no change",
                                                   "before it");
}

// An index whose reports another version of the extractor read (here: an
// older one, whose relations differ) is read again whole by the next build,
// in place, and then holds what a fresh build holds.
TEST_F(LexindexBuildTest, AnotherExtractorVersionReadsEveryReportAgain) {
  fs::path corpus = Path("corpus"), index = Path("index");
  CopyRepoCorpus(corpus);
  RunResult first = Build(corpus, index);
  ASSERT_EQ(first.exit_code, 0) << first.Describe();
  EXPECT_EQ(first.out.find("read again"), std::string::npos) << first.out;
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((index / "graph.sqlite").c_str(), &db), SQLITE_OK);
    const char* older =
        "UPDATE meta SET value = '1' WHERE key = 'extractor_version';"
        "UPDATE citations SET relation = 'cites' WHERE relation = 'implements';";
    EXPECT_EQ(sqlite3_exec(db, older, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  ASSERT_NE(Dump(index), FreshDump(corpus)) << "the older relations show in the dump";
  RunResult again = Build(corpus, index);
  ASSERT_EQ(again.exit_code, 0) << again.Describe();
  EXPECT_EQ(SummaryNumber(again.out, "indexed (new or changed)"), 22) << again.out;
  EXPECT_NE(again.out.find("every report read again: the extractor changed"), std::string::npos)
      << again.out;
  EXPECT_SAME_DUMP(Dump(index), FreshDump(corpus));
  RunResult then = Build(corpus, index);
  EXPECT_EQ(SummaryNumber(then.out, "indexed (new or changed)"), 0) << then.out;
}

// 3. A new modification time with the same bytes is not a change; the same
// size with other bytes is.
TEST_F(LexindexBuildTest, TouchWithoutChangeIsUnchanged) {
  fs::path corpus = Path("corpus"), index = Path("index");
  CopyRepoCorpus(corpus);
  RunResult first = Build(corpus, index);
  ASSERT_EQ(first.exit_code, 0) << first.Describe();
  const std::string before = Dump(index);

  fs::path touched = corpus / "trung-uong/btgtw-38-hd-2021.md";
  struct stat st {};
  ASSERT_EQ(::stat(touched.c_str(), &st), 0);
  struct timespec times[2] = {{st.st_atim.tv_sec + 3600, 0}, {st.st_mtim.tv_sec + 3600, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, touched.c_str(), times, 0), 0);

  RunResult second = Build(corpus, index);
  ASSERT_EQ(second.exit_code, 0) << second.Describe();
  EXPECT_EQ(SummaryNumber(second.out, "indexed (new or changed)"), 0) << second.out;
  EXPECT_EQ(SummaryNumber(second.out, "unchanged"), 22) << second.out;
  EXPECT_EQ(SummaryNumber(second.out, "citations found"), 0) << second.out;
  const std::string after = Dump(index);
  EXPECT_TRUE(after == before) << FirstDifference(after, before, "after touch", "before");

  // Same size, other bytes (one digit of a citation's year), new time: indexed.
  std::string bytes = Slurp(touched);
  std::size_t at = bytes.find("2021");
  ASSERT_NE(at, std::string::npos);
  bytes[at + 3] = '2';
  WriteFile(touched, bytes);
  ASSERT_EQ(fs::file_size(touched), static_cast<std::uintmax_t>(st.st_size));
  struct timespec later[2] = {{st.st_atim.tv_sec + 7200, 0}, {st.st_mtim.tv_sec + 7200, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, touched.c_str(), later, 0), 0);
  RunResult third = Build(corpus, index);
  ASSERT_EQ(third.exit_code, 0) << third.Describe();
  EXPECT_EQ(SummaryNumber(third.out, "indexed (new or changed)"), 1) << third.out;
  EXPECT_EQ(SummaryNumber(third.out, "unchanged"), 21) << third.out;
  const std::string changed = Dump(index);
  EXPECT_NE(changed, before);
  EXPECT_SAME_DUMP(changed, FreshDump(corpus));
}

// 4. Removing all but one report works; an empty corpus folder is refused.
TEST_F(LexindexBuildTest, DeletingAllFilesIsRefused) {
  fs::path corpus = Path("corpus"), index = Path("index");
  CopyRepoCorpus(corpus);
  RunResult first = Build(corpus, index);
  ASSERT_EQ(first.exit_code, 0) << first.Describe();

  const fs::path kept = corpus / "quang-tri/skhcn-174-bc-2020.md";
  for (const auto& entry : fs::recursive_directory_iterator(corpus))
    if (entry.is_regular_file() && entry.path() != kept) fs::remove(entry.path());
  RunResult second = Build(corpus, index);
  ASSERT_EQ(second.exit_code, 0) << second.Describe();
  EXPECT_EQ(SummaryNumber(second.out, "removed (files gone)"), 21) << second.out;
  EXPECT_EQ(SummaryNumber(second.out, "unchanged"), 1) << second.out;
  EXPECT_EQ(ReportsHeld(second.out), 1) << second.out;
  const std::string one = Dump(index);
  DumpDocuments docs = ParseDocuments(one);
  EXPECT_EQ(docs.header_count, 1);
  ASSERT_EQ(docs.size_by_path.size(), 1u) << one.substr(0, 2000);
  EXPECT_EQ(docs.size_by_path.begin()->first, "quang-tri/skhcn-174-bc-2020.md");
  // No authority or citation of the removed reports is left behind.
  EXPECT_SAME_DUMP(one, FreshDump(corpus));

  ASSERT_TRUE(fs::remove(kept));
  RunResult third = Build(corpus, index);
  EXPECT_EQ(third.exit_code, 2) << third.Describe();
  EXPECT_FALSE(third.err.empty()) << third.Describe();
  const std::string after = Dump(index);
  EXPECT_TRUE(after == one) << FirstDifference(after, one, "after the refused build", "before");
}

// 5. One writer at a time; readers keep working while it writes. The
// index exists before the long build starts (one report), so that readers
// have something to keep reading.
TEST_F(LexindexBuildTest, SecondBuildIsLockedOutWhileDumpWorks) {
  fs::path corpus = Path("corpus"), index = Path("index");
  if (!Generate(kLockDocs, 5, Path("staging"))) GTEST_SKIP() << "corpus_generator is not built";
  SeedIndexThenAdd(corpus, index, Path("staging"));
  if (HasFatalFailure()) return;
  Started first =
      Start(LEXINDEX_PATH, {"build", corpus.string(), "--index", index.string(), "--batch", "50"});
  ASSERT_GT(first.pid, 0);
  const std::string pid = std::to_string(first.pid);
  bool locked = false;
  for (auto deadline = std::chrono::steady_clock::now() + 20s;
       std::chrono::steady_clock::now() < deadline && StillRunning(first);
       std::this_thread::sleep_for(2ms)) {
    std::string lock = Slurp(index / "lock");
    while (!lock.empty() && std::isspace(static_cast<unsigned char>(lock.back()))) lock.pop_back();
    if (lock == pid) {
      locked = true;
      break;
    }
  }
  ASSERT_TRUE(locked) << "the lock file never held PID " << pid
                      << " while the build ran (a build of " << kLockDocs
                      << " reports lasts 2 to 3 s)";

  RunResult second = Build(corpus, index);
  const bool first_still_running = StillRunning(first);
  EXPECT_EQ(second.exit_code, 3) << second.Describe();
  EXPECT_TRUE(Contains(second.err, "is locked by PID " + pid)) << second.Describe();
  EXPECT_TRUE(second.out.empty()) << second.Describe();

  RunResult dump = Run({"dump", "--index", index.string()});
  EXPECT_EQ(dump.exit_code, 0) << dump.Describe();
  DumpDocuments during = ParseDocuments(dump.out);
  EXPECT_EQ(static_cast<std::size_t>(during.header_count), during.document_lines);
  EXPECT_TRUE(during.size_by_path.contains("skhcn-174-bc-2020.md"))
      << "the report indexed before the build is still there:\n"
      << dump.out.substr(0, 1000);
  EXPECT_TRUE(first_still_running || StillRunning(first))
      << "the first build ended before the checks; they proved nothing";

  RunResult finished = Finish(first);
  EXPECT_EQ(finished.exit_code, 0) << finished.Describe();
  EXPECT_EQ(ReportsHeld(finished.out), kLockDocs + 1) << finished.out;

  // The lock is released (its file may stay): the next build runs.
  RunResult third = Build(corpus, index);
  EXPECT_EQ(third.exit_code, 0) << third.Describe();
  EXPECT_EQ(SummaryNumber(third.out, "unchanged"), kLockDocs + 1) << third.out;
}

// 5b. Readers keep working however many batches a build commits while they
// read: every dump taken during a build exits 0 and is complete. (The index
// exists before the build starts: creating it is 6c's matter.)
TEST_F(LexindexBuildTest, DumpWhileBuildCommitsManyBatches) {
  fs::path corpus = Path("corpus"), index = Path("index");
  if (!Generate(kCrashDocs, 6, Path("staging"))) GTEST_SKIP() << "corpus_generator is not built";
  SeedIndexThenAdd(corpus, index, Path("staging"));
  if (HasFatalFailure()) return;

  Started build =
      Start(LEXINDEX_PATH, {"build", corpus.string(), "--index", index.string(), "--batch", "10"});
  ASSERT_GT(build.pid, 0);
  int dumps = 0, failed = 0, dumps_with_new_documents = 0;
  long last_count = 1;
  const auto stop_dumping = std::chrono::steady_clock::now() + 4s;
  // Dumps go on until one has seen new reports: under load the first
  // commit may come after six quick dumps of the seed alone.
  while (StillRunning(build) && (dumps < 6 || dumps_with_new_documents == 0) &&
         std::chrono::steady_clock::now() < stop_dumping) {
    RunResult dump = Run({"dump", "--index", index.string()});
    ++dumps;
    if (dump.exit_code != 0 && ++failed > 3) continue;  // three are enough to show
    EXPECT_EQ(dump.exit_code, 0) << "dump #" << dumps << " during the build\n" << dump.Describe();
    if (dump.exit_code != 0) continue;
    DumpDocuments docs = ParseDocuments(dump.out);
    EXPECT_EQ(static_cast<std::size_t>(docs.header_count), docs.document_lines)
        << "dump #" << dumps;
    EXPECT_GE(docs.header_count, last_count) << "committed reports do not disappear";
    last_count = docs.header_count;
    if (docs.header_count > 1) ++dumps_with_new_documents;
  }
  EXPECT_EQ(failed, 0) << "of " << dumps << " dumps during the build, " << failed << " failed";
  RunResult finished = Finish(build);
  EXPECT_EQ(finished.exit_code, 0) << finished.Describe();
  EXPECT_EQ(ReportsHeld(finished.out), kCrashDocs + 1) << finished.out;
  EXPECT_GT(dumps_with_new_documents, 0) << "no dump ran while reports were being committed";
}

// Checks what must hold after a build was killed: the dump opens, lists
// only reports that exist (with `allowed_gone` files, deleted since the
// last complete build, possibly still listed), and its header counts them.
void CheckAfterKill(const RunResult& dump, const fs::path& corpus,
                    const std::set<std::string>& allowed_gone, long& last_count,
                    const std::string& when);

// 6. SIGKILL at any moment leaves an index that opens, and the next build
// completes it to what a fresh build gives.
TEST_F(LexindexBuildTest, KilledBuildsLeaveAUsableIndex) {
  fs::path corpus = Path("corpus"), index = Path("index");
  if (!Generate(kCrashDocs, 9, corpus)) GTEST_SKIP() << "corpus_generator is not built";
  // Each kill ends a new build that continues the last one's work; when a
  // build ends before its kill the invariants hold all the same.
  const std::vector<double> kill_after = {0.2, 0.3, 0.45, 0.65, 0.9};
  long last_count = 0;
  int landed = 0;
  for (double delay : kill_after) {
    Started build = Start(LEXINDEX_PATH,
                          {"build", corpus.string(), "--index", index.string(), "--batch", "20"});
    ASSERT_GT(build.pid, 0);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    ::kill(build.pid, SIGKILL);
    RunResult killed = Finish(build);
    const std::string when = "after a build killed at " + std::to_string(delay) + " s";
    if (killed.signal == SIGKILL) {
      ++landed;
    } else {
      EXPECT_EQ(killed.exit_code, 0) << when << ": " << killed.Describe();
    }
    RunResult dump = Run({"dump", "--index", index.string()});
    // Under load (ctest -j2 beside reliability_test) the first run may not
    // have made the stores 0.2 s after its start: no index yet, as
    // KilledWhileCreatingTheIndex (6c) accepts; the next run makes it.
    if (last_count == 0 && killed.signal == SIGKILL && dump.exit_code == 2 &&
        Contains(dump.err, "no index in "))
      continue;
    ASSERT_EQ(dump.exit_code, 0) << when << ": " << dump.Describe();
    CheckAfterKill(dump, corpus, {}, last_count, when);
    if (killed.signal != SIGKILL) {
      EXPECT_EQ(last_count, kCrashDocs) << when << ": the build ended, so it is complete";
    }
  }
  EXPECT_GT(landed, 0) << "no kill landed while a build ran";
  RecordProperty("kills_landed", landed);

  // Change the corpus, kill the build that applies the change, then complete it.
  std::set<std::string> gone;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(corpus))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (i % 5 == 0) AppendFile(files[i], kDirective);
    if (i % 11 == 3) {
      gone.insert(fs::relative(files[i], corpus).generic_string());
      fs::remove(files[i]);
    }
  }
  for (double delay : {0.15, 0.4}) {
    Started build = Start(LEXINDEX_PATH,
                          {"build", corpus.string(), "--index", index.string(), "--batch", "20"});
    ASSERT_GT(build.pid, 0);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    ::kill(build.pid, SIGKILL);
    RunResult killed = Finish(build);
    RecordProperty("update_killed_at_" + std::to_string(static_cast<int>(delay * 1000)) + "ms",
                   killed.signal == SIGKILL ? "landed" : "build had ended");
    RunResult dump = Run({"dump", "--index", index.string()});
    const std::string when =
        "after an update killed at " + std::to_string(delay) + " s (" + killed.Describe() + ")";
    ASSERT_EQ(dump.exit_code, 0) << when << ": " << dump.Describe();
    long ignored = 0;
    CheckAfterKill(dump, corpus, gone, ignored, when);
  }

  RunResult complete = Build(corpus, index, {"--batch", "20"});
  ASSERT_EQ(complete.exit_code, 0) << complete.Describe();
  EXPECT_EQ(ReportsHeld(complete.out), static_cast<long>(kCrashDocs - gone.size())) << complete.out;
  EXPECT_SAME_DUMP(Dump(index), FreshDump(corpus));
}

void CheckAfterKill(const RunResult& dump, const fs::path& corpus,
                    const std::set<std::string>& allowed_gone, long& last_count,
                    const std::string& when) {
  DumpDocuments docs = ParseDocuments(dump.out);
  EXPECT_GE(docs.header_count, 0) << when << ": no header\n" << dump.out.substr(0, 500);
  EXPECT_EQ(static_cast<std::size_t>(docs.header_count), docs.document_lines) << when;
  EXPECT_EQ(docs.size_by_path.size(), docs.document_lines) << when << ": a path listed twice";
  int mismatched = 0;
  for (const auto& [path, size] : docs.size_by_path) {
    std::error_code ec;
    if (allowed_gone.contains(path)) continue;
    const fs::path file = corpus / path;
    if (!fs::is_regular_file(file, ec)) {
      ADD_FAILURE() << when << ": the dump lists " << path << ", which is not in the corpus";
      if (++mismatched > 5) break;
      continue;
    }
    // A changed file may still be listed with its old size (its new
    // version not yet committed); an untouched one must match.
    if (allowed_gone.empty() && size != static_cast<long>(fs::file_size(file, ec))) {
      ADD_FAILURE() << when << ": " << path << " listed with size " << size << ", the file has "
                    << fs::file_size(file, ec);
      if (++mismatched > 5) break;
    }
  }
  if (allowed_gone.empty()) {
    EXPECT_GE(docs.header_count, last_count) << when << ": committed reports disappeared";
  }
  last_count = docs.header_count;
}

// 6c. A kill in the first milliseconds of the first build, while the
// stores are being created, leaves a folder that is either no index yet
// (dump: exit 2, "no index") or an empty one (exit 0), and that the next
// build completes. The kills are timed from the moment the Xapian folder
// appears, so that they land while it is being made whatever the load.
//
// DISABLED: fails on lexindex as of 59d13c1 (a lexindex bug, not a test bug).
// A build killed after it created xapian/0 but before the shard's first
// revision (xapian/0/iamglass) and the XAPIANDB stub exist leaves an index
// that `dump` cannot open (exit 3, "cannot open the Xapian index ...:
// DatabaseNotFoundError: Couldn't detect type of database") and that every
// later build refuses (exit 3, "Xapian failed on ...: DatabaseNotFoundError:
// .../xapian/0/iamglass: Failed to open glass revision file for reading"):
// the index stays unusable until its folder is deleted by hand. Remove the
// DISABLED_ prefix once XapianShards creates shards so that a half-made one
// is recreated (or named by the stub only once complete) and readers of a
// folder without a stub say "no index".
TEST_F(LexindexBuildTest, KilledWhileCreatingTheIndex) {
  fs::path corpus = Path("corpus");
  fs::create_directory(corpus);
  fs::copy(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus/ha-tinh", corpus / "ha-tinh",
           fs::copy_options::recursive);
  const std::string fresh = FreshDump(corpus);
  ASSERT_EQ(ParseDocuments(fresh).header_count, 5);
  int landed = 0;
  for (int step = 0; step < 24; ++step) {
    const auto delay = std::chrono::microseconds(500 * step);
    fs::path index = Path("index-" + std::to_string(step));
    Started build = Start(LEXINDEX_PATH, {"build", corpus.string(), "--index", index.string()});
    ASSERT_GT(build.pid, 0);
    for (auto deadline = std::chrono::steady_clock::now() + 10s;
         !fs::exists(index / "xapian") && std::chrono::steady_clock::now() < deadline &&
         StillRunning(build);
         std::this_thread::sleep_for(50us)) {
    }
    std::this_thread::sleep_for(delay);
    ::kill(build.pid, SIGKILL);
    RunResult killed = Finish(build);
    if (killed.signal == SIGKILL) ++landed;
    const std::string when = "first build killed " + std::to_string(delay.count()) + " µs after " +
                             index.string() + "/xapian appeared (" +
                             (killed.signal ? "killed" : "it had ended") + ")";
    RunResult dump = Run({"dump", "--index", index.string()});
    const bool no_index_yet = dump.exit_code == 2 && Contains(dump.err, "no index");
    EXPECT_TRUE(dump.exit_code == 0 || no_index_yet) << when << ": " << dump.Describe();
    RunResult next = Build(corpus, index);
    ASSERT_EQ(next.exit_code, 0) << when << ", the next build: " << next.Describe();
    const std::string completed = Dump(index);
    ASSERT_TRUE(completed == fresh) << when << "\n"
                                    << FirstDifference(completed, fresh, "completed", "fresh");
    fs::remove_all(index);
  }
  EXPECT_GT(landed, 0) << "no kill landed while a build ran";
}

// 7. Bad input is skipped with its reason; nothing aborts the build.
TEST_F(LexindexBuildTest, BadInputsAreSkippedWithTheirReason) {
  fs::path corpus = Path("corpus"), index = Path("index");
  fs::create_directories(corpus / "sub");
  const fs::path source(LEXGRAPH_SOURCE_DIR);
  fs::copy_file(source / "corpus/quang-tri/skhcn-174-bc-2020.md", corpus / "good.md");
  fs::copy_file(source / "corpus/trung-uong/btgtw-38-hd-2021.md", corpus / "sub/inner.md");
  WriteFile(corpus / "empty.md", "");
  WriteFile(corpus / "binary.md", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0 text", 25));
  WriteFile(corpus / "big.md", std::string(2u << 20, 'a'));  // 2 MiB, with --max-file-size 1
  // Scans are large: a 2 MiB PDF is read (and found cut off), a 9 MiB one is not.
  WriteFile(corpus / "big-scan.pdf", "%PDF-1.4\n" + std::string(2u << 20, ' '));
  WriteFile(corpus / "huge-scan.pdf", "%PDF-1.4\n" + std::string(9u << 20, ' '));
  std::string bad_utf8 = Slurp(source / "corpus/ha-tinh/snv-188-bc-2021.md");
  ASSERT_GT(bad_utf8.size(), 1000u);
  for (std::size_t at : {300u, 301u, 700u}) bad_utf8[at] = '\xff';
  WriteFile(corpus / "bad-utf8.md", bad_utf8);
  fs::create_symlink("loop-b.md", corpus / "loop-a.md");
  fs::create_symlink("loop-a.md", corpus / "loop-b.md");
  fs::create_directory_symlink("sub", corpus / "mirror");
  fs::create_symlink("nowhere.md", corpus / "broken.md");
  const std::string legacy_name = "\xc4\xe1 bao-cao.md";  // TCVN3 bytes, not UTF-8
  fs::copy_file(source / "corpus/nghe-an/ubnd-03-da-2021.md", corpus / legacy_name);
  WriteFile(corpus / "scan.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");

  RunResult run = Build(corpus, index, {"--max-file-size", "1", "--verbose"});
  ASSERT_EQ(run.signal, 0) << run.Describe();
  EXPECT_EQ(run.exit_code, 0) << run.Describe();
  EXPECT_EQ(ReportsHeld(run.out), 4) << run.out;
  EXPECT_EQ(SummaryNumber(run.out, "indexed (new or changed)"), 4) << run.out;
  EXPECT_EQ(SummaryNumber(run.out, "skipped"), 10) << run.out;
  const std::vector<std::pair<std::string, std::string>> named = {
      {"empty.md", "empty file"},
      {"binary.md", "binary file"},
      {"big.md", "larger than 1 MiB"},
      {"big-scan.pdf", "damaged PDF: truncated"},
      {"huge-scan.pdf", "larger than 8 MiB"},
      {"loop-a.md", "symbolic link loop"},
      {"loop-b.md", "symbolic link loop"},
      {"mirror", "not followed"},
      {"broken.md", "broken symbolic link"},
      {"scan.pdf", "damaged PDF"},
      {"bad-utf8.md", "invalid UTF-8 sequence(s) replaced"},
  };
  const std::vector<std::string> lines = SplitLines(run.out);
  for (const auto& [path, reason] : named) {
    bool found = std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
      return line.starts_with("    " + path + ": ") && Contains(line, reason);
    });
    EXPECT_TRUE(found) << "no line \"    " << path << ": ..." << reason << "...\" in\n" << run.out;
  }
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                          [](const std::string& line) {
                            return Contains(line, "bao-cao.md: ") && Contains(line, "not UTF-8");
                          }))
      << "the legacy file name is indexed with a warning:\n"
      << run.out;

  const std::string dump = Dump(index);
  DumpDocuments docs = ParseDocuments(dump);
  std::vector<std::string> paths;
  for (const auto& [path, size] : docs.size_by_path) paths.push_back(path);
  EXPECT_EQ(paths.size(), 4u) << Join(paths);
  for (const char* indexed : {"bad-utf8.md", "good.md", "sub/inner.md"})
    EXPECT_TRUE(docs.size_by_path.contains(indexed)) << indexed << " not in\n" << Join(paths);
  EXPECT_EQ(std::count_if(paths.begin(), paths.end(),
                          [](const std::string& path) { return path.ends_with(" bao-cao.md"); }),
            1)
      << "the report with a legacy file name is indexed:\n"
      << Join(paths);
  EXPECT_FALSE(docs.size_by_path.contains("mirror/inner.md"));
  // The repaired report is indexed with its count of bad sequences and its citations.
  std::vector<std::string> repaired = DumpBlock(dump, "document bad-utf8.md");
  bool counted = std::any_of(repaired.begin(), repaired.end(), [](const std::string& line) {
    return line.starts_with("  invalid_utf8 ") && line != "  invalid_utf8 0";
  });
  EXPECT_TRUE(counted) << Join(
      std::vector(repaired.begin(), repaired.begin() + std::min<std::size_t>(16, repaired.size())));
  EXPECT_TRUE(Contains(dump, "\ncitation bad-utf8.md #0 ")) << "its citations are in the graph";
  for (const char* skipped : {"empty.md", "binary.md", "big.md", "loop-a.md", "loop-b.md", "mirror",
                              "broken.md", "scan.pdf"})
    EXPECT_TRUE(Contains(dump, "\nskipped " + std::string(skipped) + "\n")) << skipped;

  // Again: the same files skipped for the same reasons, nothing re-indexed.
  RunResult again = Build(corpus, index, {"--max-file-size", "1", "--verbose"});
  EXPECT_EQ(again.exit_code, 0) << again.Describe();
  EXPECT_EQ(SummaryNumber(again.out, "indexed (new or changed)"), 0) << again.out;
  EXPECT_EQ(SummaryNumber(again.out, "unchanged"), 4) << again.out;
  EXPECT_EQ(SummaryNumber(again.out, "skipped"), 10) << again.out;
  EXPECT_EQ(SkippedByReason(again.out), SkippedByReason(run.out)) << "first:\n"
                                                                  << run.out << "second:\n"
                                                                  << again.out;
  const std::string dump_again = Dump(index);
  EXPECT_TRUE(dump_again == dump) << FirstDifference(dump_again, dump, "second", "first");
}

// 7b. A file that cannot be read is named, the rest indexed, and the exit
// status is 1. Root reads a chmod 000 file, so there it cannot be tested.
TEST_F(LexindexBuildTest, UnreadableFileGivesExitOne) {
  fs::path corpus = Path("corpus"), index = Path("index");
  fs::create_directories(corpus);
  fs::copy_file(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus/quang-tri/skhcn-174-bc-2020.md",
                corpus / "good.md");
  WriteFile(corpus / "locked.md", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.\n");
  fs::permissions(corpus / "locked.md", fs::perms::none);
  RunResult run;
  if (RunningAsRoot()) {
    // Root reads every file (CI runs as root): the build runs as user
    // nobody, from a copy of lexindex in the test's folder, which nobody
    // can reach wherever the checkout is.
    const fs::path lexindex = Path("lexindex");
    fs::copy_file(LEXINDEX_PATH, lexindex);
    fs::permissions(lexindex, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
    // The folder and the corpus become nobody's: locked.md too, which its
    // owner cannot read either (mode 000).
    ASSERT_EQ(::chown(dir_.c_str(), 65534, 65534), 0) << std::strerror(errno);
    for (const auto& entry : fs::recursive_directory_iterator(dir_))
      ASSERT_EQ(::lchown(entry.path().c_str(), 65534, 65534), 0) << std::strerror(errno);
    Started as_nobody =
        Start("/usr/bin/setpriv",
              {"--reuid=nobody", "--regid=nogroup", "--clear-groups", lexindex.string(), "build",
               corpus.string(), "--index", index.string(), "--verbose"});
    ASSERT_GT(as_nobody.pid, 0);
    run = Finish(as_nobody);
  } else {
    ASSERT_FALSE(std::ifstream(corpus / "locked.md").good()) << "a chmod 000 file is readable";
    run = Build(corpus, index, {"--verbose"});
  }
  EXPECT_EQ(run.exit_code, 1) << run.Describe();
  EXPECT_EQ(ReportsHeld(run.out), 1) << run.out;
  EXPECT_TRUE(Contains(run.out, "    locked.md: cannot")) << run.out;
  DumpDocuments docs = ParseDocuments(Dump(index));
  EXPECT_TRUE(docs.size_by_path.contains("good.md"));
  EXPECT_FALSE(docs.size_by_path.contains("locked.md"));
}

// 7b. An archive as offices keep it: Word, PDF, saved pages and legacy
// encodings are indexed as the same report; what cannot be read is
// skipped with what to do about it; the summary counts formats and
// encodings.
TEST_F(LexindexBuildTest, ArchiveFormatsAreIndexedAndCounted) {
  fs::path corpus = Path("corpus"), index = Path("index");
  fs::create_directories(corpus / "2019");
  const fs::path formats = fs::path(LEXGRAPH_SOURCE_DIR) / "tests/fixtures/formats";
  const std::vector<std::string> reports = {
      "report.txt",       "report.docx",    "report.pdf",        "report.html",
      "report-tcvn3.txt", "report-vni.txt", "report-cp1258.txt", "report-vntime.docx",
      "report.doc",       "report-vni.doc"};
  for (const std::string& name : reports) fs::copy_file(formats / name, corpus / "2019" / name);
  fs::copy_file(formats / "report-scanned.pdf", corpus / "2019/scan.pdf");
  WriteFile(corpus / "2019/old.doc",
            std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'));

  RunResult run = Build(corpus, index, {"--verbose"});
  EXPECT_EQ(run.exit_code, 0) << run.Describe();
  // The scan is another report (of the province's People's Committee), read by OCR.
  EXPECT_EQ(ReportsHeld(run.out), static_cast<long>(reports.size()) + 1) << run.out;
  const std::vector<std::string> lines = SplitLines(run.out);
  auto line_with = [&](std::string_view start) {
    for (const std::string& line : lines)
      if (line.starts_with(start)) return line;
    return std::string();
  };
  const std::string by_format = line_with("    by format") + ",";  // "2 doc," is not "2 docx"
  for (const char* count : {"4 text,", "2 docx,", "2 doc,", "2 pdf,", "1 html,"})
    EXPECT_TRUE(Contains(by_format, count)) << count << " in: " << by_format;
  const std::string by_encoding = line_with("    by encoding");
  for (const char* count : {"6 UTF-8", "1 UTF-16", "1 TCVN3", "2 VNI", "1 windows-1258"})
    EXPECT_TRUE(Contains(by_encoding, count)) << count << " in: " << by_encoding;
  EXPECT_EQ(line_with("    read by OCR"), "    read by OCR             1 report(s), 2 page(s)")
      << run.out;
  EXPECT_TRUE(Contains(run.out, "    2019/old.doc: ")) << run.out;
  EXPECT_TRUE(Contains(line_with("    2019/old.doc: "), "save it as .docx")) << run.out;

  // Every copy is indexed as the same report.
  const std::string dump = Dump(index);
  DumpDocuments docs = ParseDocuments(dump);
  for (const std::string& name : reports)
    EXPECT_TRUE(docs.size_by_path.contains("2019/" + name)) << name << " not in the index";
  const std::vector<std::string> dump_lines = SplitLines(dump);
  EXPECT_EQ(
      std::count(dump_lines.begin(), dump_lines.end(), "  identity sym:86/bc-stc|2019|quang tri"),
      static_cast<long>(reports.size()))
      << "every copy is the same report of the same body:\n"
      << dump.substr(0, 3000);
  RunResult again = Build(corpus, index, {});
  EXPECT_EQ(SummaryNumber(again.out, "unchanged"), static_cast<long>(reports.size()) + 1)
      << again.out;
}

// 8. What goes where: no progress line when stderr is not a terminal,
// nothing at all with --quiet, and messages that name the problem.
TEST_F(LexindexBuildTest, OutputAndUsageErrors) {
  fs::path corpus = Path("corpus");
  CopyRepoCorpus(corpus);

  RunResult plain = Build(corpus, Path("index"));
  EXPECT_EQ(plain.exit_code, 0) << plain.Describe();
  EXPECT_FALSE(Contains(plain.err, "\r"))
      << "progress line on a stderr that is a file: " << plain.err.substr(0, 500);
  EXPECT_FALSE(Contains(plain.err, "files/s")) << plain.err.substr(0, 500);
  EXPECT_EQ(ReportsHeld(plain.out), 22) << plain.Describe();

  RunResult quiet = Build(corpus, Path("quiet-index"), {"--quiet"});
  EXPECT_EQ(quiet.exit_code, 0) << quiet.Describe();
  EXPECT_EQ(quiet.out, "") << quiet.Describe();
  EXPECT_FALSE(Contains(quiet.err, "\r")) << quiet.Describe();
  EXPECT_EQ(ParseDocuments(Dump(Path("quiet-index"))).header_count, 22)
      << "--quiet still builds the index";

  const fs::path missing = Path("no-such-folder");
  RunResult absent = Build(missing, Path("index-of-nothing"));
  EXPECT_EQ(absent.exit_code, 2) << absent.Describe();
  EXPECT_TRUE(Contains(absent.err, "no-such-folder")) << absent.Describe();
  EXPECT_TRUE(absent.out.empty()) << absent.Describe();

  fs::create_directory(Path("not-an-index"));
  WriteFile(Path("not-an-index") / "notes.txt", "hello\n");
  RunResult not_index = Run({"dump", "--index", Path("not-an-index").string()});
  EXPECT_EQ(not_index.exit_code, 2) << not_index.Describe();
  EXPECT_TRUE(Contains(not_index.err, "no index")) << not_index.Describe();
  EXPECT_TRUE(not_index.out.empty()) << not_index.Describe();
}

// 9. An index belongs to one corpus folder.
TEST_F(LexindexBuildTest, AnotherCorpusIsRefused) {
  fs::path a = Path("corpus-a"), b = Path("corpus-b"), index = Path("index");
  CopyRepoCorpus(a);
  fs::create_directories(b / "nghe-an");
  fs::copy_file(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus/nghe-an/ubnd-03-da-2021.md",
                b / "nghe-an/ubnd-03-da-2021.md");
  RunResult first = Build(a, index);
  ASSERT_EQ(first.exit_code, 0) << first.Describe();
  const std::string before = Dump(index);

  RunResult other = Build(b, index);
  EXPECT_EQ(other.exit_code, 2) << other.Describe();
  EXPECT_FALSE(other.err.empty()) << other.Describe();
  const std::string after = Dump(index);
  EXPECT_EQ(ParseDocuments(after).header_count, 22);
  EXPECT_TRUE(after == before) << FirstDifference(after, before, "after", "before");

  // A's own folder is still accepted.
  RunResult again = Build(a, index);
  EXPECT_EQ(again.exit_code, 0) << again.Describe();
  EXPECT_EQ(SummaryNumber(again.out, "unchanged"), 22) << again.out;
}

}  // namespace
}  // namespace lexgraph
