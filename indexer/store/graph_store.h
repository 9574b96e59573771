// graph_store.h: the SQLite half of an index, as the builder writes it.
//
// Holds the documents of the corpus, the authorities they cite and the
// citations between them (graph_schema.sql.h). Changes are made between
// Begin() and Commit(). Every commit links authorities to the corpus
// documents that are them and gives new authorities their attributes;
// authorities that already existed are recounted (attributes, removal when
// no citation is left) by the run's last commit, Commit(true), because a
// much-cited one has thousands of citations to count. The last commit also
// resolves undated mentions of national documents (authorities.same_as).
//
// Opened in WAL mode: readers keep reading the last commit while a build
// writes. Only one GraphStore may write an index at a time (the builder
// holds IndexLock). Not thread-safe: one thread uses it.
#ifndef LEXGRAPH_INDEXER_GRAPH_STORE_H_
#define LEXGRAPH_INDEXER_GRAPH_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "authority_identity.h"
#include "lexgraph/extraction.h"
#include "mention_context.h"
#include "sqlite_db.h"

namespace lexgraph {

// What the index remembers of a file, to tell whether it changed.
struct FileState {
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string content_hash;        // empty for a skipped file
  std::uint32_t xapian_docid = 0;  // 0 for a skipped file
  std::string skip_reason;         // non-empty for a skipped file
};

// One report, read and extracted, ready to be stored.
struct DocumentRecord {
  std::string path;  // relative to the corpus folder
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string content_hash;
  std::uint32_t xapian_docid = 0;
  std::size_t invalid_utf8 = 0;
  int ocr_pages = 0;        // a scan: pages read by OCR
  int ocr_confidence = -1;  // their mean confidence, 0-100
  Extraction extraction;
  AuthorityIdentity identity;                       // its own
  std::vector<AuthorityIdentity> cited;             // one per extraction.citations
  std::vector<MentionContext::Sentence> sentences;  // one per citation
  std::vector<std::string> headings;                // one per citation
  std::vector<std::string> statements;              // one per extraction.stated_relations, cleaned
};

class GraphStore {
 public:
  static constexpr const char* kFileName = "graph.sqlite";

  // Opens (creating if needed) the store at `path`. Throws IndexError
  // (kVersion) for a store of another schema version.
  explicit GraphStore(const std::string& path);
  ~GraphStore();

  // Every indexed and skipped file, by path.
  std::unordered_map<std::string, FileState> LoadFiles();
  std::vector<std::uint32_t> LiveXapianDocids();
  std::optional<std::string> Meta(const std::string& key);

  void Begin();
  // `last`: the end of a run, when authorities that gained or lost
  // citations are brought up to date (see graph_store.cc). The last commit
  // also sets the purge mark (graph_schema.sql.h) to the state it commits:
  // the run then deletes the Xapian documents of older states.
  void Commit(bool last = false);
  // Sets the purge mark to the state committed now, in a transaction of
  // its own: call it before deleting Xapian documents that older states
  // list, outside Begin()/Commit().
  void MarkPurge();
  void SetMeta(const std::string& key, const std::string& value);
  // Stores a report, replacing any earlier version at its path.
  void PutDocument(const DocumentRecord& record);
  void RemoveDocument(const std::string& path);
  // Records a new size and time for a file whose content did not change.
  void TouchFile(const std::string& path, std::int64_t size, std::int64_t mtime_ns);
  void PutSkipped(const std::string& path, std::int64_t size, std::int64_t mtime_ns,
                  const std::string& reason);
  void RemoveSkipped(const std::string& path);

 private:
  struct Statements;
  std::int64_t AuthorityId(const AuthorityIdentity& identity);
  void ForgetCitationsOf(std::int64_t document_id);
  // Stores each run of equal headings once; gives each citation's section.
  std::vector<std::optional<std::int64_t>> PutSections(std::int64_t document_id,
                                                       const std::vector<std::string>& headings);
  void PutStatedRelations(std::int64_t document_id, const DocumentRecord& record);
  void RefreshAuthorities(const std::set<std::int64_t>& ids);

  sqlite::Database db_;
  std::unique_ptr<Statements> statements_;
  std::set<std::int64_t> new_authorities_;      // created in this transaction
  std::set<std::int64_t> touched_authorities_;  // existing ones, since the run began
  std::set<std::string> touched_identities_;
  bool refresh_all_ = false;  // of documents added or removed
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_GRAPH_STORE_H_
