#include "lexgraph/index_reader.h"

#include <algorithm>
#include <cstdlib>
#include <ostream>
#include <string>

#include <sys/stat.h>

#include "graph_schema.sql.h"
#include "graph_store.h"
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
  std::string graph_path = (index / GraphStore::kFileName).string();
  std::error_code ec;
  // The stub is written last when an index is made: without it there is
  // no index yet (or the first build was cut short before anything).
  if (!fs::exists(graph_path, ec) || !fs::exists(index / "xapian" / "XAPIANDB", ec))
    throw IndexError(IndexError::Kind::kUsage,
                     "no index in " + index.string() + " (make one with: lexindex build CORPUS "
                                                       "--index " + index.string() + ")");
  graph_path_ = graph_path;
  for (int attempt = 0;; ++attempt) {
    FileIdentity(graph_path_, graph_inode_, graph_device_);
    graph_ = std::make_unique<sqlite::Database>(graph_path, sqlite::Database::Mode::kReadOnly);
    int version = graph_->UserVersion();
    if (version != kGraphSchemaVersion)
      throw IndexError(IndexError::Kind::kVersion,
                       graph_path + " holds an index of schema version " +
                           std::to_string(version) + "; this program reads version " +
                           std::to_string(kGraphSchemaVersion) + ". Rebuild the index.");
    // Listing every report citing a much-cited directive sorts thousands
    // of rows: in memory, not in a temporary file. (A 64 MB page cache as
    // well made a whole `lexquery` process slower: it is filled afresh by
    // every process.)
    graph_->Exec("PRAGMA temp_store = MEMORY");
    graph_->Exec("BEGIN");
    std::int64_t generation = Generation(*graph_);  // starts the snapshot
    generation_ = generation;
    in_snapshot_ = true;
    try {
      xapian_ = Xapian::Database((index / "xapian").string());
    } catch (const Xapian::DatabaseModifiedError& e) {
      // A build committed twice while the shards were being opened one
      // after the other: open them again.
      if (attempt + 1 < kOpenAttempts) {
        graph_.reset();
        continue;
      }
      throw IndexError(IndexError::Kind::kStorage,
                       "cannot open the Xapian index in " + index.string() + ": " +
                           e.get_description());
    } catch (const Xapian::Error& e) {
      throw IndexError(IndexError::Kind::kStorage,
                       "cannot open the Xapian index in " + index.string() + ": " +
                           e.get_description());
    }
    // A commit after our snapshot may have deleted documents it lists;
    // none did if the generation has not moved.
    // And the file stat'ed is the one opened (snapshot() names it), unless
    // the index was made afresh meanwhile.
    sqlite::Database now(graph_path, sqlite::Database::Mode::kReadOnly);
    if ((Generation(now) == generation && SameGraphFile()) || attempt + 1 == kOpenAttempts) break;
    graph_.reset();
  }
  decider_ = std::make_unique<Decider>(*this);
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
  if (!reopened_ && XapianHoldsOnlyTheSnapshot()) return nullptr;
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
