#include "api_service.h"

#include <iterator>
#include <utility>

namespace lexgraph {
namespace {

// More than the server's worker threads (cpp-httplib: max(8, cores - 1)),
// so that each keeps its reader.
constexpr std::size_t kMaxIdleReaders = 32;

// The request as one string: the path, then each parameter in the order
// ApiParams keeps (by name; a name given twice in the order given).
std::string RequestKey(std::string_view path, const ApiParams& params) {
  std::string key(path);
  for (const auto& [name, value] : params) {
    key += '\0';
    key += name;
    key += '=';
    key += value;
  }
  return key;
}

std::size_t SizeOf(const std::string& key, const ApiResponse& response) {
  return key.size() + response.body.size() + response.content_type.size() +
         response.attachment.size() + 128;  // the entry and the map's node, roughly
}

}  // namespace

ApiService::ApiService(Options options) : options_(std::move(options)) {}

ApiService::~ApiService() = default;

ApiResponse ApiService::Answer(std::string_view path, const ApiParams& params) {
  if (!IsApiPath(path)) return ErrorResponse(404, "no such endpoint");
  {
    std::lock_guard lock(mutex_);
    ++stats_.answered;
  }
  return Guarded([&] {
    std::string key = RequestKey(path, params);
    for (int reads = 1;; ++reads) {
      std::unique_ptr<IndexReader> reader = TakeReader();
      std::string snapshot = reader->snapshot();
      ApiResponse response;
      try {
        if (!Lookup(key, snapshot, response)) {
          response = AnswerApi(*reader, path, params, options_.limits);
          if (response.status == 200) Keep(key, std::move(snapshot), response);
        }
      } catch (const SnapshotMoved&) {
        // A build ended under the read: this reader is dropped, and the
        // next one reads a newer snapshot.
        {
          std::lock_guard lock(mutex_);
          ++stats_.read_again;
        }
        if (reads >= kSnapshotAttempts) ThrowKeptMoving(options_.index, reads);
        continue;
      }
      response.reads = reads;
      // A reader that failed is not used again.
      if (response.status < 500) GiveBack(std::move(reader));
      return response;
    }
  });
}

ApiService::Stats ApiService::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

std::unique_ptr<IndexReader> ApiService::TakeReader() {
  for (;;) {
    std::unique_ptr<IndexReader> reader;
    {
      std::lock_guard lock(mutex_);
      if (idle_readers_.empty()) break;
      reader = std::move(idle_readers_.back());
      idle_readers_.pop_back();
    }
    try {
      // Renew reads the graph: not under the last request's deadline.
      reader->SetDeadline(std::chrono::steady_clock::time_point::max());
      if (reader->Renew()) return reader;
    } catch (...) {
      // Unreadable now: closed here; a new one is opened below.
    }
  }
  auto reader = std::make_unique<IndexReader>(options_.index);
  std::lock_guard lock(mutex_);
  ++stats_.readers_opened;
  return reader;
}

void ApiService::GiveBack(std::unique_ptr<IndexReader> reader) {
  try {
    reader->Release();  // an idle reader holds back no checkpoint of a build
  } catch (...) {
    return;
  }
  std::lock_guard lock(mutex_);
  if (idle_readers_.size() < kMaxIdleReaders) idle_readers_.push_back(std::move(reader));
}

bool ApiService::Lookup(const std::string& key, const std::string& snapshot,
                        ApiResponse& response) {
  std::lock_guard lock(mutex_);
  auto it = kept_by_key_.find(key);
  if (it == kept_by_key_.end()) return false;
  if (it->second->snapshot != snapshot) {  // the index has changed since
    Forget(it->second);
    return false;
  }
  kept_.splice(kept_.begin(), kept_, it->second);
  response = it->second->response;
  ++stats_.from_cache;
  return true;
}

void ApiService::Keep(std::string key, std::string snapshot, const ApiResponse& response) {
  std::size_t size = SizeOf(key, response);
  // One answer may take an eighth of the room at most, so that a few
  // large ones do not push out every other.
  if (size > options_.cache_bytes / 8) return;
  std::lock_guard lock(mutex_);
  if (auto it = kept_by_key_.find(key); it != kept_by_key_.end()) Forget(it->second);
  while (!kept_.empty() && kept_bytes_ + size > options_.cache_bytes)
    Forget(std::prev(kept_.end()));
  kept_.push_front(Kept{key, std::move(snapshot), response});
  kept_by_key_.emplace(std::move(key), kept_.begin());
  kept_bytes_ += size;
}

void ApiService::Forget(std::list<Kept>::iterator kept) {
  kept_bytes_ -= SizeOf(kept->key, kept->response);
  kept_by_key_.erase(kept->key);
  kept_.erase(kept);
}

}  // namespace lexgraph
