// api_service.h: the JSON API of web_api.h as a service over one index,
// which `lexquery serve` asks for every request. It keeps what makes a
// request cheap without changing its answer:
//
//  - readers of the index, one per request in progress, used again while
//    nothing has been committed (IndexReader::Renew; a reader of an older
//    snapshot is closed), so that a request does not open SQLite and
//    Xapian afresh;
//  - the answers given, by request and snapshot (IndexReader::snapshot()):
//    an index that has not changed gives the same answer to the same
//    request, so a 200 answer is kept and given again while the snapshot
//    is the same. The least recently used go first past `cache_bytes`;
//    refusals and failures are never kept. Each request still renews its
//    reader first, so an answer is never older than the last commit.
//
// Thread-safe: any number of threads may call Answer() at once.
#ifndef LEXGRAPH_QUERY_API_SERVICE_H_
#define LEXGRAPH_QUERY_API_SERVICE_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexgraph/index_reader.h"
#include "web_api.h"

namespace lexgraph {

class ApiService {
 public:
  struct Options {
    std::filesystem::path index;
    ApiLimits limits;
    std::size_t cache_bytes = 64u << 20;  // of answers kept; 0 keeps none
  };

  // What the service has done, for tests and the benchmark's account.
  struct Stats {
    std::uint64_t answered = 0;        // requests to an endpoint
    std::uint64_t from_cache = 0;      // of which answered from the answers kept
    std::uint64_t readers_opened = 0;  // IndexReaders opened
    std::uint64_t read_again = 0;      // reads done again on a newer snapshot (SnapshotMoved)
  };

  explicit ApiService(Options options);
  ~ApiService();
  ApiService(const ApiService&) = delete;
  ApiService& operator=(const ApiService&) = delete;

  // As HandleApi(index, path, params, limits) would answer now.
  ApiResponse Answer(std::string_view path, const ApiParams& params);

  Stats stats() const;

 private:
  struct Kept {
    std::string key;
    std::string snapshot;
    ApiResponse response;
  };

  std::unique_ptr<IndexReader> TakeReader();
  void GiveBack(std::unique_ptr<IndexReader> reader);
  bool Lookup(const std::string& key, const std::string& snapshot, ApiResponse& response);
  void Keep(std::string key, std::string snapshot, const ApiResponse& response);
  // Drops one kept answer; mutex_ held.
  void Forget(std::list<Kept>::iterator kept);

  const Options options_;
  mutable std::mutex mutex_;  // guards everything below
  std::vector<std::unique_ptr<IndexReader>> idle_readers_;
  std::list<Kept> kept_;  // most recently used first
  std::unordered_map<std::string, std::list<Kept>::iterator> kept_by_key_;
  std::size_t kept_bytes_ = 0;
  Stats stats_;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_API_SERVICE_H_
