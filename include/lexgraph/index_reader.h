// lexgraph/index_reader.h: a consistent read-only view of an index.
//
// The builder commits Xapian before SQLite and treats SQLite as the record
// (index_builder.h), so at any moment Xapian may hold documents SQLite does
// not list: a batch being written, old versions of changed reports, or
// what a killed build left. IndexReader takes an SQLite snapshot and then
// opens Xapian, so that Xapian holds every document of the snapshot, and
// IsLive() tells exactly which Xapian documents belong to it. Search with
// LiveDecider(), which is null in the common case where Xapian holds the
// snapshot's documents and no others.
//
// Snapshots that move on. A build deletes Xapian documents only once a
// newer SQLite state no longer lists them, and marks that in the graph
// first (the purge mark, graph_schema.sql.h); it never changes a document
// in place. So a reader can follow Xapian forward while a build commits
// (ReadXapian reopens it on Xapian::DatabaseModifiedError) for as long as
// no purge has passed its snapshot. When one has, the documents it lists
// may be gone: the reader throws SnapshotMoved, and the read must run
// again from a new reader. ReadIndex() does that, a bounded number of
// times, so that a user never sees it; use it for every read.
//
// Holds the snapshot until destroyed or Release()d (a build can go on
// meanwhile). One thread at a time; open one reader per thread.
#ifndef LEXGRAPH_INDEX_READER_H_
#define LEXGRAPH_INDEX_READER_H_

#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

namespace lexgraph {

namespace sqlite {
class Database;
}
class GraphReader;

// Thrown by an IndexReader whose snapshot a build has purged (above): what
// was read so far is of the old snapshot; read again with a new reader.
// Not an error for the user: ReadIndex() retries on it.
class SnapshotMoved : public std::runtime_error {
 public:
  SnapshotMoved() : std::runtime_error("the index moved on under a read; read it again") {}
};

class IndexReader {
 public:
  // Throws IndexError: kUsage when `index` holds no index, kVersion for
  // another schema version, kStorage when a store cannot be read.
  explicit IndexReader(const std::filesystem::path& index);
  ~IndexReader();
  IndexReader(const IndexReader&) = delete;
  IndexReader& operator=(const IndexReader&) = delete;

  Xapian::Database& xapian() { return xapian_; }
  // The citation graph of the snapshot.
  GraphReader& graph() { return *graph_reader_; }

  // `id` in the combined database, as postlists and MSets give it.
  bool IsLive(Xapian::docid id) const;

  // Runs `read` over xapian(); when a build has moved Xapian on meanwhile
  // (Xapian::DatabaseModifiedError), reopens it and runs `read` again. This
  // is sound while no purge has passed the snapshot: until then Xapian
  // only gains documents, and the snapshot's stay as they were. Throws
  // SnapshotMoved when one has, and IndexError (kStorage) when Xapian
  // lacks a document of the snapshot without a purge: a damaged index.
  // `read` must be repeatable.
  template <typename Read>
  auto ReadXapian(Read read) {
    for (int attempt = 0;; ++attempt) {
      try {
        return read(xapian_);
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= kReadAttempts) throw;
        MoveXapianOn();
      } catch (const Xapian::DocNotFoundError& e) {
        ThrowMissingDocument(e);
      }
    }
  }
  // Accepts the documents of the snapshot only: pass it to get_mset. Null
  // when every document of xapian() is one of the snapshot's, so that no
  // check per match is needed: the builder commits a report to Xapian
  // before SQLite lists it and deletes it from Xapian only once SQLite no
  // longer does, so Xapian holds every document of the snapshot, and the
  // same number of documents means the same documents. Not so once
  // ReadXapian has had to reopen Xapian on a newer revision.
  const Xapian::MatchDecider* LiveDecider() const;
  // The number of reports in the snapshot.
  std::size_t document_count() const;

  // Bounds the time of what is asked from now on: a read of the graph
  // (SQLite) still running at `deadline` fails with IndexError, and
  // DeadlinePassed() is then true. Xapian's searches are not bounded.
  void SetDeadline(std::chrono::steady_clock::time_point deadline);
  bool DeadlinePassed() const;

  // For a reader kept between uses (lexquery serve keeps a few, web_api.h):
  // Release() ends the snapshot's SQLite read transaction, so that an idle
  // reader holds back no checkpoint of a build; Renew() starts a new one and
  // is true when it is the same snapshot: the same graph file (not replaced)
  // at the same generation (every commit moves it on), so that the Xapian
  // database already open, and what the reader has cached, still match,
  // and the same Xapian shards (not replaced by a compaction).
  // When false the index has changed: discard this reader, open a new one.
  void Release();
  bool Renew();
  // Names the snapshot: equal for two readers (or one reader at two times)
  // exactly when they read the same graph file at the same generation, so
  // that an answer computed at one holds at the other.
  std::string snapshot() const;
  // How many times this reader has reopened Xapian on a newer revision.
  int xapian_reopened() const { return xapian_reopened_; }

 private:
  // The store's own code (the dump) reads the graph's tables directly.
  friend struct IndexReaderInternals;
  static constexpr int kReadAttempts = 100;
  class Decider;
  // Opens the snapshot: SQLite first, then Xapian; false when a purge
  // passed it meanwhile (open again).
  bool OpenSnapshot(const std::filesystem::path& index);
  void OpenXapian();
  // Reopens Xapian on its newest revision (opening the shards afresh when
  // a compaction replaced them); throws SnapshotMoved when a purge has
  // passed the snapshot.
  void MoveXapianOn();
  [[noreturn]] void ThrowMissingDocument(const Xapian::DocNotFoundError& e);
  // Whether a build has purged Xapian documents that the snapshot lists:
  // the graph's purge mark, read outside the snapshot, is past it.
  bool Purged() const;
  void LoadLive() const;
  // Whether the graph file at graph_path_ is still the one opened.
  bool SameGraphFile() const;
  bool XapianHoldsOnlyTheSnapshot() const;

  std::unique_ptr<sqlite::Database> graph_;
  std::unique_ptr<GraphReader> graph_reader_;  // reads graph_
  Xapian::Database xapian_;
  std::filesystem::path graph_path_;
  std::filesystem::path xapian_path_;
  // Reads the graph's current state (autocommit), beside the snapshot.
  std::unique_ptr<sqlite::Database> now_;
  std::int64_t generation_ = 0;  // the snapshot's (meta 'generation')
  int xapian_reopened_ = 0;      // times ReadXapian moved xapian_ on
  std::uintmax_t graph_inode_ = 0, graph_device_ = 0;
  std::uintmax_t stub_inode_ = 0;  // of the Xapian stub, when the shards were opened
  bool in_snapshot_ = false;       // within the read transaction
  // The snapshot's documents, read from it on first use (LoadLive).
  mutable bool live_loaded_ = false;
  mutable std::optional<bool> only_snapshot_;  // XapianHoldsOnlyTheSnapshot, once known
  mutable std::vector<Xapian::docid> live_;    // sorted
  // Versions (index_terms.h kVersionSlot) of the snapshot's documents: a
  // MatchDecider sees the docid of a document within its shard, not in the
  // combined database, so it tells live documents by their version.
  mutable std::unordered_set<std::string> live_versions_;
  std::unique_ptr<Decider> decider_;
};

// Runs `read(reader)` on a new IndexReader of `index` and returns what it
// returns; when the snapshot moves on under it (SnapshotMoved), runs it
// again on a newer one, up to kSnapshotAttempts times in all (each retry
// needs a build to have ended meanwhile), then throws IndexError
// (kStorage). `read` must be repeatable and write nothing outside what it
// returns. `attempts`, when given, gets how many reads it took.
inline constexpr int kSnapshotAttempts = 20;
[[noreturn]] void ThrowKeptMoving(const std::filesystem::path& index, int attempts);

template <typename Read>
auto ReadIndex(const std::filesystem::path& index, Read read, int* attempts = nullptr) {
  for (int attempt = 1;; ++attempt) {
    if (attempts) *attempts = attempt;
    try {
      IndexReader reader(index);
      return read(reader);
    } catch (const SnapshotMoved&) {
      if (attempt >= kSnapshotAttempts) ThrowKeptMoving(index, attempt);
    }
  }
}

// Where an index is when none is named: $LEXGRAPH_INDEX, else
// ./lexgraph-index (lexindex and lexquery agree on it).
std::filesystem::path DefaultIndexPath();

// Writes both stores of the index in a canonical text form: documents by
// path with their fields, Xapian terms (with positions) and values;
// authorities by identity; citations by document and order; the spellings
// of the synonym table that some report has; skipped files.
// No internal ids, times or absolute paths, so that two indexes of the same
// files compare equal with diff. One snapshot: when a build moves the index
// on under it, the dump starts again on a newer one (ReadIndex), and only
// the whole dump reaches `out`. Returns how many snapshots it read. Throws
// IndexError as IndexReader does.
int DumpIndex(const std::filesystem::path& index, std::ostream& out);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEX_READER_H_
