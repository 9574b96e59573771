#include "lexgraph/index_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>
#include <string>
#include <thread>

#include "graph_schema.sql.h"
#include "graph_store.h"
#include "lexgraph/graph_reader.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_terms.h"
#include "sqlite_db.h"
#include "xapian_document.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

constexpr int kOpenAttempts = 20;

// The file's identity: a graph replaced (an index made afresh in the same
// folder) is another file, whatever its generation says.
bool FileIdentity(const fs::path& file, std::uintmax_t& inode, std::uintmax_t& device) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return false;
  inode = st.st_ino;
  device = st.st_dev;
  return true;
}

std::int64_t Generation(sqlite::Database& db) {
  sqlite::Statement get(db, "SELECT value FROM meta WHERE key = 'generation'");
  std::int64_t generation = get.Step() ? std::stoll(get.Text(0)) : 0;
  get.Reset();
  return generation;
}

}  // namespace

class IndexReader::Decider : public Xapian::MatchDecider {
 public:
  explicit Decider(const IndexReader& reader) : reader_(reader) {}
  bool operator()(const Xapian::Document& doc) const override {
    return reader_.live_versions_.count(doc.get_value(terms::kVersionSlot)) > 0;
  }

 private:
  const IndexReader& reader_;
};

IndexReader::IndexReader(const fs::path& index) {
  graph_path_ = index / GraphStore::kFileName;
  xapian_path_ = index / "xapian";
  std::error_code ec;
  // The stub is written last when an index is made: without it there is
  // no index yet (or the first build was cut short before anything).
  if (!fs::exists(graph_path_, ec) || !fs::exists(xapian_path_ / "XAPIANDB", ec))
    throw IndexError(IndexError::Kind::kUsage, "no index in " + index.string() +
                                                   " (make one with: lexindex build CORPUS "
                                                   "--index " +
                                                   index.string() + ")");
  for (int attempt = 1;; ++attempt) {
    if (OpenSnapshot(index)) break;
    // A build ended between the snapshot and the opening of Xapian: each
    // attempt needs another build to end meanwhile.
    if (attempt >= kOpenAttempts) ThrowKeptMoving(index, attempt);
  }
  decider_ = std::make_unique<Decider>(*this);
}

bool IndexReader::OpenSnapshot(const fs::path& index) {
  graph_reader_.reset();
  graph_.reset();
  FileIdentity(graph_path_, graph_inode_, graph_device_);
  graph_ =
      std::make_unique<sqlite::Database>(graph_path_.string(), sqlite::Database::Mode::kReadOnly);
  int version = graph_->UserVersion();
  if (version == kGraphSchemaVersion - 1)
    throw IndexError(IndexError::Kind::kVersion,
                     graph_path_.string() + " holds an index of schema version " +
                         std::to_string(version) + "; this program reads version " +
                         std::to_string(kGraphSchemaVersion) +
                         ". Run lexindex build on it once: it updates the index in place.");
  if (version != kGraphSchemaVersion)
    throw IndexError(IndexError::Kind::kVersion,
                     graph_path_.string() + " holds an index of schema version " +
                         std::to_string(version) + "; this program reads version " +
                         std::to_string(kGraphSchemaVersion) + ". Rebuild the index.");
  // Listing every report citing a much-cited directive sorts thousands
  // of rows: in memory, not in a temporary file. (A 64 MB page cache as
  // well made a whole `lexquery` process slower: it is filled afresh by
  // every process.)
  graph_->Exec("PRAGMA temp_store = MEMORY");
  graph_->Exec("BEGIN");
  generation_ = Generation(*graph_);  // starts the snapshot
  in_snapshot_ = true;
  graph_reader_ = std::make_unique<GraphReader>(*graph_);
  now_ =
      std::make_unique<sqlite::Database>(graph_path_.string(), sqlite::Database::Mode::kReadOnly);
  try {
    OpenXapian();
  } catch (const Xapian::Error& e) {
    // A compaction replacing the shards, or a build moving them on while
    // they were opened one after the other, looks like this too.
    if (Purged() || !SameGraphFile()) return false;
    throw IndexError(IndexError::Kind::kStorage, "cannot open the Xapian index in " +
                                                     index.string() + ": " + e.get_description());
  }
  // Xapian, opened after the snapshot, holds every document the snapshot
  // lists unless a purge came in between; and the file stat'ed is the one
  // opened (snapshot() names it), unless the index was made afresh.
  return !Purged() && SameGraphFile();
}

void IndexReader::OpenXapian() {
  // Opening a shard set that a compaction is replacing can fail or see a
  // shard that is being removed; the stub names the whole set, so a few
  // tries reach one that is whole.
  for (int attempt = 1;; ++attempt) {
    try {
      std::uintmax_t device = 0;
      FileIdentity(xapian_path_ / "XAPIANDB", stub_inode_, device);
      xapian_ = Xapian::Database(xapian_path_.string());
      return;
    } catch (const Xapian::DatabaseOpeningError&) {
      if (attempt >= kOpenAttempts) throw;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= kOpenAttempts) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(attempt));
  }
}

void IndexReader::MoveXapianOn() {
  try {
    xapian_.reopen();
  } catch (const Xapian::Error&) {
    // The shards were replaced by a compaction (reopen reads the old
    // ones' folders, which are gone): open the set the stub names now.
    OpenXapian();
  }
  ++xapian_reopened_;
  // Checked after reopening: a purge that came later cannot have touched
  // the revision opened.
  if (Purged()) throw SnapshotMoved();
}

void IndexReader::ThrowMissingDocument(const Xapian::DocNotFoundError& e) {
  if (Purged()) throw SnapshotMoved();
  throw IndexError(IndexError::Kind::kStorage,
                   "the index in " + graph_path_.parent_path().string() +
                       " is damaged: the graph lists a report that its Xapian half lacks (" +
                       e.get_description() + "); build it again with lexindex build");
}

bool IndexReader::Purged() const {
  sqlite::Statement get(*now_, "SELECT value FROM meta WHERE key = 'purged_at'");
  std::int64_t purged_at = get.Step() ? std::stoll(get.Text(0)) : 0;
  return purged_at > generation_;
}

void ThrowKeptMoving(const fs::path& index, int attempts) {
  throw IndexError(IndexError::Kind::kStorage,
                   "the index in " + index.string() + " changed under every one of " +
                       std::to_string(attempts) +
                       " reads (builds ending one after the other); ask again");
}

IndexReader::~IndexReader() = default;

void IndexReader::Release() {
  if (!in_snapshot_) return;
  graph_->Exec("COMMIT");
  in_snapshot_ = false;
}

bool IndexReader::SameGraphFile() const {
  std::uintmax_t inode = 0, device = 0;
  return FileIdentity(graph_path_, inode, device) && inode == graph_inode_ &&
         device == graph_device_;
}

bool IndexReader::Renew() {
  if (!SameGraphFile()) return false;
  // A compaction replaced the shards this reader holds open: they are
  // deleted files now, whose room is given back only once closed.
  std::uintmax_t stub_inode = 0, device = 0;
  if (!FileIdentity(xapian_path_ / "XAPIANDB", stub_inode, device) || stub_inode != stub_inode_)
    return false;
  if (!in_snapshot_) {
    graph_->Exec("BEGIN");
    in_snapshot_ = true;
  }
  return Generation(*graph_) == generation_;
}

std::string IndexReader::snapshot() const {
  return std::to_string(graph_device_) + ":" + std::to_string(graph_inode_) + ":" +
         std::to_string(generation_);
}

fs::path DefaultIndexPath() {
  const char* env = std::getenv("LEXGRAPH_INDEX");
  return env && *env ? fs::path(env) : fs::path("lexgraph-index");
}

// Reads the snapshot's documents on first use only: `cites`, `refs` and
// the like never need them, and at 100,000 reports reading them would be
// most of such a command's time.
void IndexReader::LoadLive() const {
  if (live_loaded_) return;
  sqlite::Statement docids(*graph_,
                           "SELECT xapian_docid, path, content_hash FROM documents"
                           " ORDER BY xapian_docid");
  while (docids.Step()) {
    live_.push_back(static_cast<Xapian::docid>(docids.Int(0)));
    live_versions_.insert(VersionValue(docids.Text(1), docids.Text(2)));
  }
  live_loaded_ = true;
}

bool IndexReader::XapianHoldsOnlyTheSnapshot() const {
  if (!only_snapshot_) {
    sqlite::Statement count(*graph_, "SELECT count(*) FROM documents");
    count.Step();
    only_snapshot_ = static_cast<Xapian::doccount>(count.Int(0)) == xapian_.get_doccount();
    count.Reset();
  }
  return *only_snapshot_;
}

const Xapian::MatchDecider* IndexReader::LiveDecider() const {
  if (xapian_reopened_ == 0 && XapianHoldsOnlyTheSnapshot()) return nullptr;
  LoadLive();
  return decider_.get();
}

bool IndexReader::IsLive(Xapian::docid id) const {
  LoadLive();
  return std::binary_search(live_.begin(), live_.end(), id);
}

std::size_t IndexReader::document_count() const {
  LoadLive();
  return live_.size();
}

void IndexReader::SetDeadline(std::chrono::steady_clock::time_point deadline) {
  graph_->InterruptAfter(deadline);
}

bool IndexReader::DeadlinePassed() const { return graph_->interrupted(); }

}  // namespace lexgraph
