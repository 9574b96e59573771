#include "xapian_shards.h"

#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <sstream>
#include <thread>

#include "lexgraph/index_error.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStubName = "XAPIANDB";
// Metadata of every shard: the version of the terms a document holds
// (index_terms.h), "2" since the folded terms.
constexpr const char* kTermsKey = "lexgraph.terms";
constexpr const char* kTermsVersion = "2";

std::vector<std::string> ReadStub(const fs::path& stub) {
  std::vector<std::string> names;
  std::ifstream in(stub);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string backend, name;
    if (words >> backend >> name) names.push_back(name);
  }
  return names;
}

// "3" -> "3.1" -> "3.2": the next name of a shard rewritten by Compact().
std::string NextName(const std::string& name) {
  std::size_t dot = name.find('.');
  if (dot == std::string::npos) return name + ".1";
  return name.substr(0, dot) + "." + std::to_string(std::stoul(name.substr(dot + 1)) + 1);
}

thread_local int xapian_writes = 0;  // XapianWrite objects alive on this thread
std::atomic<void (*)()> previous_terminate{nullptr};

[[noreturn]] void TerminateOnXapianWrite() {
  if (xapian_writes > 0) {
    int error = errno;  // of the write that failed: nothing ran since
    std::string cause;
    if (std::exception_ptr pending = std::current_exception()) {
      try {
        std::rethrow_exception(pending);
      } catch (const Xapian::Error& e) {
        cause = e.get_description();
      } catch (const std::exception& e) {
        cause = e.what();
      } catch (...) {
      }
    }
    if (cause.empty())
      cause = error == ENOSPC || error == EFBIG || error == EDQUOT || error == EIO
                  ? std::strerror(error)
                  : "a write failed";
    std::string message = std::string(program_invocation_short_name) +
                          ": writing the Xapian index failed: " + cause +
                          " (Xapian could not recover; what was committed before is kept; run "
                          "the build again)\n";
    [[maybe_unused]] ssize_t written = ::write(STDERR_FILENO, message.data(), message.size());
    ::_exit(3);  // IndexError::Kind::kStorage's exit status
  }
  if (void (*previous)() = previous_terminate.load()) previous();
  std::abort();
}

}  // namespace

XapianWrite::XapianWrite() { ++xapian_writes; }
XapianWrite::~XapianWrite() { --xapian_writes; }

XapianTerminateHandler::XapianTerminateHandler()
    : previous_(std::set_terminate(TerminateOnXapianWrite)) {
  if (previous_ != TerminateOnXapianWrite) previous_terminate = previous_;
}

XapianTerminateHandler::~XapianTerminateHandler() { std::set_terminate(previous_); }

XapianShards::XapianShards(const fs::path& dir, unsigned shards_if_new) : dir_(dir) {
  XapianWrite writing;
  fs::create_directories(dir_);
  names_ = ReadStub(dir_ / kStubName);
  if (names_.empty()) {
    // No stub: a new index, or the creation of one was cut short, leaving
    // shard folders half made. Start them afresh, and name them in the stub
    // only once they exist whole.
    for (const fs::directory_entry& entry : fs::directory_iterator(dir_))
      if (entry.is_directory()) fs::remove_all(entry.path());
    for (unsigned i = 0; i < std::max(1u, shards_if_new); ++i) names_.push_back(std::to_string(i));
    OpenAll();
    for (auto& shard : shards_) {
      shard->set_metadata(kTermsKey, kTermsVersion);
      shard->commit();
    }
    WriteStub(names_);
    created_ = true;
  } else {
    OpenAll();
    CheckTermsVersion();
  }
  // Leftovers of a compaction cut short: folders the stub does not name.
  for (const fs::directory_entry& entry : fs::directory_iterator(dir_)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && std::find(names_.begin(), names_.end(), name) == names_.end())
      fs::remove_all(entry.path());
  }
}

XapianShards::~XapianShards() {
  XapianWrite writing;
  shards_.clear();
}

void XapianShards::CheckTermsVersion() {
  bool empty = true;
  for (auto& shard : shards_) {
    if (shard->get_metadata(kTermsKey) == kTermsVersion) return;
    empty = empty && shard->get_doccount() == 0;
  }
  if (empty) {  // nothing indexed yet: nothing of another version to mix with
    MarkTermsCurrent();
    return;
  }
  terms_outdated_ = true;
}

void XapianShards::MarkTermsCurrent() {
  XapianWrite writing;
  for (auto& shard : shards_) {
    shard->set_metadata(kTermsKey, kTermsVersion);
    shard->commit();
  }
  terms_outdated_ = false;
}

void XapianShards::OpenAll() {
  shards_.clear();
  for (const std::string& name : names_)
    shards_.push_back(std::make_unique<Xapian::WritableDatabase>(
        (dir_ / name).string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS));
}

void XapianShards::WriteStub(const std::vector<std::string>& names) {
  fs::path temporary = dir_ / (std::string(kStubName) + ".new");
  {
    std::ofstream out(temporary, std::ios::trunc);
    for (const std::string& name : names) out << "glass " << name << "\n";
    out.flush();
    if (!out) throw IndexError(IndexError::Kind::kStorage, "cannot write " + temporary.string());
  }
  if (::rename(temporary.c_str(), (dir_ / kStubName).c_str()) != 0)
    throw IndexError(IndexError::Kind::kStorage, "cannot replace " + (dir_ / kStubName).string());
}

std::size_t XapianShards::DeleteUnlisted(const std::vector<std::uint32_t>& live,
                                         const std::function<void()>& before_deleting) {
  XapianWrite writing;
  std::size_t deleted = 0;
  for (unsigned s = 0; s < size(); ++s) {
    Xapian::WritableDatabase& db = shard(s);
    std::vector<Xapian::docid> unlisted;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
      if (!std::binary_search(live.begin(), live.end(), Combined(s, *it))) unlisted.push_back(*it);
    if (!unlisted.empty() && deleted == 0 && before_deleting) before_deleting();
    for (Xapian::docid id : unlisted) db.delete_document(id);
    if (!unlisted.empty()) db.commit();
    deleted += unlisted.size();
  }
  return deleted;
}

void XapianShards::Commit() {
  XapianWrite writing;
  for (auto& db : shards_) db->commit();
}

void XapianShards::Compact() {
  XapianWrite writing;
  Commit();
  std::vector<std::string> next(names_.size());
  std::vector<std::string> errors(names_.size());
  std::vector<std::thread> threads;
  for (unsigned s = 0; s < size(); ++s) {
    next[s] = NextName(names_[s]);
    threads.emplace_back([&, s] {
      XapianWrite compacting;
      try {
        fs::remove_all(dir_ / next[s]);
        Xapian::Database((dir_ / names_[s]).string())
            .compact((dir_ / next[s]).string(), Xapian::DBCOMPACT_NO_RENUMBER);
      } catch (const Xapian::Error& e) {
        errors[s] = e.get_description();
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& error : errors)
    if (!error.empty()) {
      for (const std::string& name : next) fs::remove_all(dir_ / name);
      throw IndexError(IndexError::Kind::kStorage, "cannot compact the Xapian index: " + error);
    }
  shards_.clear();  // release the old shards' write locks
  WriteStub(next);
  std::vector<std::string> old = names_;
  names_ = next;
  for (const std::string& name : old) fs::remove_all(dir_ / name);
  OpenAll();
}

std::uintmax_t XapianShards::DiskBytes() const {
  std::uintmax_t bytes = 0;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dir_, ec))
    if (entry.is_regular_file(ec)) bytes += entry.file_size(ec);
  return bytes;
}

}  // namespace lexgraph
