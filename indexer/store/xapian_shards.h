// xapian_shards.h: the Xapian half of an index, as shards written in
// parallel and read as one database.
//
// Layout: INDEX/xapian/ holds one glass database per shard and a stub file
// INDEX/xapian/XAPIANDB listing them, so that Xapian::Database("INDEX/xapian")
// opens all of them as one (the documents of N shards interleave: combined
// id = (shard id - 1) * N + shard + 1, Xapian's own rule). Each build
// thread writes its own shard, which is how indexing uses every core.
//
// The number of shards is fixed when the index is made. Compact() rewrites
// each shard densely (in parallel) and switches to it by replacing the stub
// with an atomic rename, so a reader or a crash sees the old set or the new
// one, never a mix. Shard folders the stub does not name are leftovers of
// an interrupted compaction and are removed on open.
//
// Not thread-safe as a whole; shard(i) may be used by one thread per shard.
#ifndef LEXGRAPH_INDEXER_XAPIAN_SHARDS_H_
#define LEXGRAPH_INDEXER_XAPIAN_SHARDS_H_

#include <xapian.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lexgraph {

// Xapian 1.4 (glass) does not always report a write that fails: when the
// disk fills up, or a file size limit is reached, while a commit writes a
// value stream, the stream's writer (Glass::ValueUpdater) writes again in
// its destructor, which throws, and the process ends in std::terminate
// (SIGABRT, "terminate called without an active exception") instead of
// getting a Xapian::DatabaseError. The index is then as after a kill -9,
// which it survives (index_builder.h). An XapianWrite marks the calling
// thread as writing the Xapian index while it lives; with a
// XapianTerminateHandler alive (lexindex build makes one: a program's
// choice, not the library's), a terminate raised
// on such a thread ends the process with exit status 3 and the one-line
// message a storage failure gets ("...: writing the Xapian index failed:
// No space left on device ..."), not a crash. Other terminates are left to
// the handler that was there before.
class XapianWrite {
 public:
  XapianWrite();
  ~XapianWrite();
  XapianWrite(const XapianWrite&) = delete;
  XapianWrite& operator=(const XapianWrite&) = delete;
};

class XapianTerminateHandler {
 public:
  XapianTerminateHandler();
  ~XapianTerminateHandler();
  XapianTerminateHandler(const XapianTerminateHandler&) = delete;
  XapianTerminateHandler& operator=(const XapianTerminateHandler&) = delete;

 private:
  void (*previous_)();
};

// Every member that writes (construction, deletion, commit, compaction,
// closing) is an XapianWrite; ShardWriter marks its own adds and commits.
class XapianShards {
 public:
  // Opens the shards of `dir` (INDEX/xapian), creating `shards_if_new`
  // empty ones when there are none. Throws Xapian::Error or IndexError.
  // Shards that hold reports without the terms this version writes are
  // opened with terms_outdated() set.
  XapianShards(const std::filesystem::path& dir, unsigned shards_if_new);
  // Closing a shard commits what it holds (Xapian's destructor).
  ~XapianShards();

  unsigned size() const { return static_cast<unsigned>(shards_.size()); }
  // True when the shards were made by this object: empty, whatever the
  // SQLite half may list.
  bool created() const { return created_; }
  // True when the shards hold reports indexed without the terms this
  // version writes (index_terms.h: no metadata "lexgraph.terms" = "2"):
  // the builder reads every report again, and then MarkTermsCurrent.
  // Until then a word typed without diacritics misses the older reports.
  bool terms_outdated() const { return terms_outdated_; }
  void MarkTermsCurrent();
  Xapian::WritableDatabase& shard(unsigned i) { return *shards_[i]; }
  Xapian::docid Combined(unsigned shard, Xapian::docid id) const {
    return (id - 1) * size() + shard + 1;
  }

  // Deletes from every shard the documents whose combined ids are not in
  // `live` (sorted), and commits. Returns how many it deleted. Calls
  // `before_deleting` once before the first deletion, if there is one
  // (readers are told there: GraphStore::MarkPurge).
  std::size_t DeleteUnlisted(const std::vector<std::uint32_t>& live,
                             const std::function<void()>& before_deleting);
  // Commits every shard.
  void Commit();
  // Rewrites every shard densely, keeping document ids.
  void Compact();
  std::uintmax_t DiskBytes() const;

 private:
  void WriteStub(const std::vector<std::string>& names);
  void CheckTermsVersion();
  void OpenAll();

  std::filesystem::path dir_;
  std::vector<std::string> names_;  // shard folder names, as the stub lists them
  std::vector<std::unique_ptr<Xapian::WritableDatabase>> shards_;
  bool created_ = false;
  bool terms_outdated_ = false;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_XAPIAN_SHARDS_H_
