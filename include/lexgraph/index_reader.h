// lexgraph/index_reader.h: a consistent read-only view of an index.
//
// The builder commits Xapian before SQLite and treats SQLite as the record
// (index_builder.h), so at any moment Xapian may hold documents SQLite does
// not list: a batch being written, old versions of changed reports, or
// what a killed build left. IndexReader takes an SQLite snapshot, opens
// Xapian, and checks that no commit came in between (retrying if one did),
// so that IsLive() tells exactly which Xapian documents belong to the
// snapshot. Search with LiveDecider(), which is null in the common case
// where Xapian holds the snapshot's documents and no others.
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
#include <string>
#include <unordered_set>
#include <vector>

namespace lexgraph {

namespace sqlite {
class Database;
}

class IndexReader {
 public:
  // Throws IndexError: kUsage when `index` holds no index, kVersion for
  // another schema version, kStorage when a store cannot be read.
  explicit IndexReader(const std::filesystem::path& index);
  ~IndexReader();
  IndexReader(const IndexReader&) = delete;
  IndexReader& operator=(const IndexReader&) = delete;

  Xapian::Database& xapian() { return xapian_; }
  // The SQLite graph, inside the snapshot's read transaction.
  sqlite::Database& graph() { return *graph_; }

  // `id` in the combined database, as postlists and MSets give it.
  bool IsLive(Xapian::docid id) const;

  // Runs `read` over xapian(); when a build has moved Xapian on meanwhile
  // (Xapian::DatabaseModifiedError), reopens it and runs `read` again. This
  // is sound because a build only adds documents until it ends: the
  // snapshot's documents stay as they were. `read` must be repeatable.
  template <typename Read>
  auto ReadXapian(Read read) {
    for (int attempt = 0;; ++attempt) {
      try {
        return read(xapian_);
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= kReadAttempts) throw;
        xapian_.reopen();
        reopened_ = true;
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
  // database already open, and what the reader has cached, still match.
  // When false the index has changed: discard this reader, open a new one.
  void Release();
  bool Renew();
  // Names the snapshot: equal for two readers (or one reader at two times)
  // exactly when they read the same graph file at the same generation, so
  // that an answer computed at one holds at the other.
  std::string snapshot() const;

 private:
  static constexpr int kReadAttempts = 100;
  class Decider;
  void LoadLive() const;
  // Whether the graph file at graph_path_ is still the one opened.
  bool SameGraphFile() const;
  bool XapianHoldsOnlyTheSnapshot() const;

  std::unique_ptr<sqlite::Database> graph_;
  Xapian::Database xapian_;
  std::filesystem::path graph_path_;
  std::int64_t generation_ = 0;  // the snapshot's (meta 'generation')
  std::uintmax_t graph_inode_ = 0, graph_device_ = 0;
  bool in_snapshot_ = false;  // within the read transaction
  // The snapshot's documents, read from it on first use (LoadLive).
  mutable bool live_loaded_ = false;
  bool reopened_ = false;                     // ReadXapian moved xapian_ on
  mutable std::optional<bool> only_snapshot_;  // XapianHoldsOnlyTheSnapshot, once known
  mutable std::vector<Xapian::docid> live_;  // sorted
  // Versions (index_terms.h kVersionSlot) of the snapshot's documents: a
  // MatchDecider sees the docid of a document within its shard, not in the
  // combined database, so it tells live documents by their version.
  mutable std::unordered_set<std::string> live_versions_;
  std::unique_ptr<Decider> decider_;
};

// Where an index is when none is named: $LEXGRAPH_INDEX, else
// ./lexgraph-index (lexindex and lexquery agree on it).
std::filesystem::path DefaultIndexPath();

// Writes both stores of the index in a canonical text form: documents by
// path with their fields, Xapian terms (with positions) and values;
// authorities by identity; citations by document and order; the spellings
// of the synonym table that some report has; skipped files.
// No internal ids, times or absolute paths, so that two indexes of the same
// files compare equal with diff. Throws IndexError as IndexReader does.
void DumpIndex(const std::filesystem::path& index, std::ostream& out);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEX_READER_H_
