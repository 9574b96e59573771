#include "process_support.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "test_support.h"

extern char** environ;

namespace lexgraph::testing {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

void AppendFile(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  ASSERT_TRUE(out.good()) << "cannot append to " << path;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

std::string FirstDifference(std::string_view a, std::string_view b, std::string_view a_name,
                            std::string_view b_name) {
  std::vector<std::string> la = SplitLines(a), lb = SplitLines(b);
  std::size_t i = 0;
  while (i < la.size() && i < lb.size() && la[i] == lb[i]) ++i;
  std::ostringstream out;
  out << a_name << " has " << la.size() << " lines, " << b_name << " has " << lb.size()
      << "; first difference at line " << i + 1 << ":\n";
  std::size_t from = i >= 3 ? i - 3 : 0;
  for (const auto& [name, lines] : {std::pair{a_name, &la}, std::pair{b_name, &lb}}) {
    out << "--- " << name << "\n";
    for (std::size_t k = from; k < std::min(lines->size(), i + 6); ++k)
      out << (k == i ? "> " : "  ") << (*lines)[k].substr(0, 300) << "\n";
  }
  return out.str();
}

std::string RunResult::Describe() const {
  std::string text = command + "\n  exit " + std::to_string(exit_code);
  if (signal) text += ", signal " + std::to_string(signal);
  if (timed_out) text += ", TIMED OUT";
  text += "\n  stderr: " + err.substr(0, 2000) + "\n  stdout: " + out.substr(0, 600);
  if (out.size() > 600) text += "...";
  return text;
}

long SummaryNumber(std::string_view summary, std::string_view label) {
  for (const std::string& line : SplitLines(summary)) {
    std::string_view rest(line);
    if (!rest.starts_with("  ")) continue;
    rest.remove_prefix(2);
    if (!rest.starts_with(label)) continue;
    rest.remove_prefix(label.size());
    std::size_t digit = rest.find_first_not_of(' ');
    if (digit == std::string_view::npos || digit == 0) continue;
    try {
      return std::stol(std::string(rest.substr(digit)));
    } catch (...) {
      return -1;
    }
  }
  return -1;
}

long ReportsHeld(std::string_view summary) {
  for (const std::string& line : SplitLines(summary)) {
    std::size_t holds = line.find(" holds ");
    if (!line.starts_with("lexindex: index ") || holds == std::string::npos) continue;
    try {
      return std::stol(line.substr(holds + 7));
    } catch (...) {
      return -1;
    }
  }
  return -1;
}

std::vector<std::string> SkippedByReason(std::string_view summary) {
  std::vector<std::string> found;
  bool in_skipped = false;
  for (const std::string& line : SplitLines(summary)) {
    if (line.starts_with("  skipped ") && line.ends_with(":")) {
      in_skipped = true;
      continue;
    }
    if (!line.starts_with("    ")) in_skipped = false;
    if (in_skipped && Contains(line, " × ")) found.push_back(line);
  }
  return found;
}

DumpDocuments ParseDocuments(std::string_view dump) {
  DumpDocuments docs;
  std::string current;
  bool in_document = false;
  for (const std::string& line : SplitLines(dump)) {
    constexpr std::string_view kHeader = "# lexgraph index dump: ";
    if (line.starts_with(kHeader)) {
      try {
        docs.header_count = std::stol(line.substr(kHeader.size()));
      } catch (...) {
      }
      continue;
    }
    if (line.starts_with("document ")) {
      current = line.substr(9);
      docs.size_by_path.emplace(current, -1);
      ++docs.document_lines;
      in_document = true;
      continue;
    }
    if (!line.starts_with("  ")) {
      in_document = false;
      continue;
    }
    if (in_document && line.starts_with("  size ")) {
      try {
        docs.size_by_path[current] = std::stol(line.substr(7));
      } catch (...) {
      }
    }
  }
  return docs;
}

std::vector<std::string> DumpBlock(std::string_view dump, std::string_view header) {
  std::vector<std::string> block;
  for (const std::string& line : SplitLines(dump)) {
    if (!block.empty()) {
      if (!line.starts_with("  ")) break;
      block.push_back(line);
    } else if (line == header) {
      block.push_back(line);
    }
  }
  return block;
}

bool RunningAsRoot() { return ::geteuid() == 0; }

int ProcessTest::DefaultTimeout() { return ScaledSeconds(60); }

void ProcessTest::SetUp() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string pattern = (fs::temp_directory_path() /
                         (std::string(info->test_suite_name()) + "-" + info->name() + "-XXXXXX"))
                            .string();
  ASSERT_NE(::mkdtemp(pattern.data()), nullptr) << "mkdtemp " << pattern;
  dir_ = pattern;
}

void ProcessTest::TearDown() {
  for (pid_t pid : background_) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
  std::error_code ec;
  // Files made unreadable by a test must not stop the clean-up.
  for (auto it = fs::recursive_directory_iterator(dir_, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code perm_ec;
    if (!it->is_symlink(perm_ec))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, perm_ec);
  }
  fs::remove_all(dir_, ec);
}

Started ProcessTest::Start(const std::string& program, const std::vector<std::string>& args,
                           const StartOptions& options) {
  Started started;
  int n = ++runs_;
  started.out = dir_ / ("run-" + std::to_string(n) + ".out");
  started.err = dir_ / ("run-" + std::to_string(n) + ".err");
  std::vector<std::string> argv_strings{program};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings) {
    argv.push_back(arg.data());
    started.command += (started.command.empty() ? "" : " ") + arg;
  }
  argv.push_back(nullptr);

  if (options.file_size_limit >= 0) {
    // posix_spawn cannot set a resource limit: fork, and in the child only
    // async-signal-safe calls before exec (other threads may hold locks).
    started.command = "(ulimit -f " + std::to_string(options.file_size_limit / 512) +
                      " bytes/512, SIGXFSZ ignored) " + started.command;
    const std::string out = started.out.string(), err = started.err.string();
    pid_t pid = ::fork();
    if (pid == 0) {
      struct rlimit limit;
      limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(options.file_size_limit);
      struct sigaction ignore {};
      ignore.sa_handler = SIG_IGN;
      int in_fd = ::open("/dev/null", O_RDONLY);
      int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in_fd < 0 || out_fd < 0 || err_fd < 0 || ::dup2(in_fd, STDIN_FILENO) < 0 ||
          ::dup2(out_fd, STDOUT_FILENO) < 0 || ::dup2(err_fd, STDERR_FILENO) < 0 ||
          ::sigaction(SIGXFSZ, &ignore, nullptr) != 0 || ::setrlimit(RLIMIT_FSIZE, &limit) != 0)
        ::_exit(127);
      ::execve(program.c_str(), argv.data(), environ);
      ::_exit(127);
    }
    EXPECT_GT(pid, 0) << "cannot fork for " << started.command << ": " << std::strerror(errno);
    started.pid = pid > 0 ? pid : -1;
    if (started.pid > 0) background_.push_back(started.pid);
    return started;
  }

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, started.out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, started.err.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int error = posix_spawn(&started.pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  EXPECT_EQ(error, 0) << "cannot start " << started.command << ": " << std::strerror(error);
  if (error != 0) started.pid = -1;
  if (started.pid > 0) background_.push_back(started.pid);
  return started;
}

bool ProcessTest::StillRunning(Started& started) {
  if (started.pid <= 0) return false;
  if (finished_status_.contains(started.pid)) return false;
  int status = 0;
  pid_t done = ::waitpid(started.pid, &status, WNOHANG);
  if (done == 0) return true;
  finished_status_[started.pid] = status;
  return false;
}

RunResult ProcessTest::Finish(Started& started, int seconds) {
  if (seconds <= 0) seconds = DefaultTimeout();
  RunResult result;
  result.command = started.command;
  if (started.pid <= 0) return result;
  int status = 0;
  auto found = finished_status_.find(started.pid);
  if (found != finished_status_.end()) {
    status = found->second;
  } else {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (true) {
      pid_t done = ::waitpid(started.pid, &status, WNOHANG);
      if (done == started.pid) break;
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(started.pid, SIGKILL);
        ::waitpid(started.pid, &status, 0);
        result.timed_out = true;
        break;
      }
      std::this_thread::sleep_for(2ms);
    }
  }
  std::erase(background_, started.pid);
  finished_status_.erase(started.pid);
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.out = Slurp(started.out);
  result.err = Slurp(started.err);
  std::error_code ec;
  fs::remove(started.out, ec);
  fs::remove(started.err, ec);
  return result;
}

RunResult ProcessTest::Run(const std::vector<std::string>& args, int seconds) {
  Started started = Start(LEXINDEX_PATH, args);
  return Finish(started, seconds);
}

RunResult ProcessTest::Build(const fs::path& corpus, const fs::path& index,
                             const std::vector<std::string>& extra) {
  std::vector<std::string> args{"build", corpus.string(), "--index", index.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return Run(args);
}

std::string ProcessTest::Dump(const fs::path& index) {
  RunResult run = Run({"dump", "--index", index.string()});
  EXPECT_EQ(run.exit_code, 0) << run.Describe();
  EXPECT_TRUE(run.out.starts_with("# lexgraph index dump: ")) << run.Describe();
  return run.out;
}

std::string ProcessTest::FreshDump(const fs::path& corpus, const std::vector<std::string>& extra) {
  fs::path index = dir_ / ("fresh-index-" + std::to_string(++fresh_));
  RunResult run = Build(corpus, index, extra);
  EXPECT_EQ(run.exit_code, 0) << run.Describe();
  return Dump(index);
}

void ProcessTest::CopyRepoCorpus(const fs::path& to) {
  fs::copy(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus", to, fs::copy_options::recursive);
}

bool ProcessTest::Generate(int docs, int seed, const fs::path& to) {
#ifdef CORPUS_GENERATOR_PATH
  Started started = Start(CORPUS_GENERATOR_PATH, {"--docs", std::to_string(docs), "--seed",
                                                  std::to_string(seed), "--out", to.string()});
  RunResult run = Finish(started);
  EXPECT_EQ(run.exit_code, 0) << run.Describe();
  return run.exit_code == 0;
#else
  (void)docs, (void)seed, (void)to;
  return false;
#endif
}

void ProcessTest::SeedIndexThenAdd(const fs::path& corpus, const fs::path& index,
                                   const fs::path& staging) {
  fs::create_directory(corpus);
  fs::copy_file(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus/quang-tri/skhcn-174-bc-2020.md",
                corpus / "skhcn-174-bc-2020.md");
  RunResult seed = Build(corpus, index);
  ASSERT_EQ(seed.exit_code, 0) << seed.Describe();
  for (const auto& entry : fs::directory_iterator(staging))
    fs::rename(entry.path(), corpus / entry.path().filename());
}

}  // namespace lexgraph::testing
