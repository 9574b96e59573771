#include "lexgraph/index_builder.h"

#include <xapian.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <fstream>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "authority_identity.h"
#include "corpus_walker.h"
#include "graph_store.h"
#include "index_lock.h"
#include "lexgraph/citation_extractor.h"
#include "lexgraph/index_error.h"
#include "lexgraph/text_decoder.h"
#include "mention_context.h"
#include "xapian_document.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// What a worker made of one file, for the writer.
struct WorkResult {
  enum class Kind { kIndexed, kSameContent, kSkipped };
  Kind kind = Kind::kSkipped;
  const CorpusFile* file = nullptr;
  std::string reason;                 // kSkipped
  std::vector<std::string> warnings;  // kIndexed
  DocumentRecord record;              // kIndexed
  Xapian::Document xapian;            // kIndexed
};

std::string HashHex(std::string_view bytes) {
  XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  char hex[33];
  std::snprintf(hex, sizeof(hex), "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

std::string MebiBytes(std::int64_t bytes) {
  return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB";
}

// Reads the whole file, or says why not.
std::optional<std::string> ReadBytes(const CorpusFile& file, std::int64_t max_bytes,
                                     std::string& reason) {
  if (file.size > max_bytes) {
    reason = "larger than " + MebiBytes(max_bytes) + " (" + std::to_string(file.size) +
             " bytes): not a report?";
    return std::nullopt;
  }
  std::ifstream in(file.full, std::ios::binary);
  if (!in) {
    reason = "cannot open for reading (permissions?)";
    return std::nullopt;
  }
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(file.size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    reason = "read error";
    return std::nullopt;
  }
  // A file that grew while we read it is read again by the next run, when
  // its size and time have settled.
  return bytes;
}

class Worker {
 public:
  explicit Worker(std::int64_t max_file_bytes) : max_file_bytes_(max_file_bytes) {}

  WorkResult Process(const CorpusFile& file, const std::string& stored_hash) const {
    WorkResult result;
    result.file = &file;
    std::optional<std::string> bytes = ReadBytes(file, max_file_bytes_, result.reason);
    if (!bytes) return result;
    std::string hash = HashHex(*bytes);
    if (hash == stored_hash) {
      result.kind = WorkResult::Kind::kSameContent;
      return result;
    }
    if (bytes->empty()) {
      result.reason = "empty file";
      return result;
    }
    DecodedText decoded = DecodeText(*bytes);
    bytes.reset();
    if (!decoded.ok()) {
      result.reason = decoded.error;
      return result;
    }
    Index(file, hash, decoded, result);
    return result;
  }

 private:
  void Index(const CorpusFile& file, const std::string& hash, const DecodedText& decoded,
             WorkResult& result) const {
    DocumentRecord& record = result.record;
    record.path = file.path;
    record.size = file.size;
    record.mtime_ns = file.mtime_ns;
    record.content_hash = hash;
    record.invalid_utf8 = decoded.invalid_sequences;
    if (decoded.invalid_sequences > 0)
      result.warnings.push_back(std::to_string(decoded.invalid_sequences) +
                                " invalid UTF-8 sequence(s) replaced by U+FFFD");
    if (!IsValidUtf8(file.path))
      result.warnings.push_back("file name is not UTF-8 (a legacy encoding?)");
    record.extraction = extractor_.Extract(decoded.text);
    std::string province = ProvinceOfDocument(record.extraction.document);
    record.identity = IdentifyDocument(record.extraction.document);
    record.cited = IdentifyCitations(record.extraction.citations, province);
    MentionContext context(decoded.text);
    for (const Citation& c : record.extraction.citations) {
      record.sentences.push_back(context.SentenceAround(c.begin, c.end));
      record.headings.push_back(context.HeadingAt(c.begin));
    }
    result.xapian = MakeXapianDocument(file.path, decoded.text, record.extraction,
                                       record.identity, record.cited, province);
    result.kind = WorkResult::Kind::kIndexed;
  }

  std::int64_t max_file_bytes_;
  CitationExtractor extractor_;
};

// Results pass from the workers to the writer through this queue. It
// bounds the bytes in flight, so memory does not grow with the corpus
// (one file larger than the bound still passes, alone).
class ResultQueue {
 public:
  explicit ResultQueue(std::int64_t max_bytes) : max_bytes_(max_bytes) {}

  void Reserve(std::int64_t bytes) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return in_flight_ == 0 || in_flight_ + bytes <= max_bytes_; });
    in_flight_ += bytes;
  }
  void Push(WorkResult result) {
    std::lock_guard lock(mutex_);
    results_.push_back(std::move(result));
    ready_.notify_one();
  }
  // Waits up to `timeout` for a result.
  std::optional<WorkResult> Pop(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!ready_.wait_for(lock, timeout, [&] { return !results_.empty(); })) return std::nullopt;
    WorkResult result = std::move(results_.front());
    results_.pop_front();
    return result;
  }
  void Release(std::int64_t bytes) {
    std::lock_guard lock(mutex_);
    in_flight_ -= bytes;
    space_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<WorkResult> results_;
  std::int64_t in_flight_ = 0;
  std::int64_t max_bytes_;
};

constexpr std::int64_t kMaxBytesInFlight = 64ll << 20;

// Deletes the Xapian documents SQLite does not list: the old versions of
// changed reports, removed reports, and what a crash left uncommitted.
void DeleteUnlisted(Xapian::WritableDatabase& xapian, GraphStore& graph) {
  std::vector<std::uint32_t> live = graph.LiveXapianDocids();  // sorted
  std::vector<Xapian::docid> unlisted;
  for (auto it = xapian.postlist_begin(""); it != xapian.postlist_end(""); ++it)
    if (!std::binary_search(live.begin(), live.end(), *it)) unlisted.push_back(*it);
  if (unlisted.empty()) return;
  for (Xapian::docid id : unlisted) xapian.delete_document(id);
  xapian.commit();
}

fs::path CanonicalCorpus(const fs::path& corpus) {
  std::error_code ec;
  if (!fs::is_directory(corpus, ec))
    throw IndexError(IndexError::Kind::kUsage,
                     corpus.string() + " is not a folder (the corpus to index is a folder of "
                                       "reports)");
  return fs::canonical(corpus, ec);
}

void CheckSameCorpus(GraphStore& graph, const fs::path& corpus, const fs::path& index) {
  std::optional<std::string> stored = graph.Meta("corpus_root");
  if (stored && *stored != corpus.string())
    throw IndexError(IndexError::Kind::kUsage,
                     "index " + index.string() + " was built from " + *stored +
                         ", not from " + corpus.string() +
                         "; building it from another folder would remove every report of the "
                         "first. Give another --index folder.");
}

class Builder {
 public:
  Builder(const BuildOptions& options) : options_(options), start_(Clock::now()) {}

  BuildSummary Run() {
    fs::path corpus = CanonicalCorpus(options_.corpus);
    std::error_code ec;
    fs::create_directories(options_.index, ec);
    if (ec)
      throw IndexError(IndexError::Kind::kStorage,
                       "cannot create the index folder " + options_.index.string() + ": " +
                           ec.message());
    IndexLock lock(options_.index.string());
    GraphStore graph((options_.index / GraphStore::kFileName).string());
    CheckSameCorpus(graph, corpus, options_.index);
    Xapian::WritableDatabase xapian = OpenXapian();
    DeleteUnlisted(xapian, graph);

    CorpusListing listing = ListCorpus(corpus, options_.index);
    summary_.errors = listing.errors;
    std::unordered_map<std::string, FileState> stored = graph.LoadFiles();
    Plan(listing, stored);

    graph.Begin();
    graph.SetMeta("corpus_root", corpus.string());
    RemoveVanished(listing, stored, graph);
    RecordWalkerSkips(stored, graph);
    Write(stored, xapian, graph);
    xapian.commit();
    graph.Commit();
    DeleteUnlisted(xapian, graph);
    summary_.reports_in_index = graph.LiveXapianDocids().size();
    summary_.elapsed_seconds = Seconds();
    return summary_;
  }

 private:
  double Seconds() const {
    return std::chrono::duration<double>(Clock::now() - start_).count();
  }

  Xapian::WritableDatabase OpenXapian() {
    try {
      return Xapian::WritableDatabase((options_.index / "xapian").string(),
                                      Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::Error& e) {
      throw IndexError(IndexError::Kind::kStorage,
                       "cannot open the Xapian index in " + options_.index.string() + ": " +
                           e.get_description());
    }
  }

  // Sorts the listing into what needs reading and what does not.
  void Plan(const CorpusListing& listing, const std::unordered_map<std::string, FileState>& stored) {
    for (const CorpusFile& file : listing.files) {
      auto it = stored.find(file.path);
      bool same_stat = it != stored.end() && it->second.size == file.size &&
                       it->second.mtime_ns == file.mtime_ns;
      if (!file.skip_reason.empty()) {
        walker_skips_.push_back(&file);
      } else if (same_stat && it->second.skip_reason.empty()) {
        ++summary_.unchanged;
      } else if (same_stat) {
        summary_.skipped.push_back({file.path, it->second.skip_reason});
      } else {
        to_read_.push_back(&file);
        progress_.bytes_total += file.size;
      }
    }
    progress_.files_total = to_read_.size();
    if (listing.files.empty() && !stored.empty() && listing.errors.empty())
      throw IndexError(IndexError::Kind::kUsage,
                       "found no file in " + options_.corpus.string() + ", but the index holds " +
                           std::to_string(stored.size()) +
                           " of its files; not removing them all (is the folder mounted?)");
  }

  void RemoveVanished(const CorpusListing& listing,
                      const std::unordered_map<std::string, FileState>& stored, GraphStore& graph) {
    if (!listing.errors.empty()) return;  // an unreadable folder is not a deleted one
    std::unordered_map<std::string_view, bool> present;
    for (const CorpusFile& file : listing.files) present.emplace(file.path, true);
    for (const auto& [path, state] : stored) {
      if (present.count(path)) continue;
      if (state.skip_reason.empty()) {
        graph.RemoveDocument(path);
        ++summary_.removed;
      } else {
        graph.RemoveSkipped(path);
      }
    }
  }

  void RecordWalkerSkips(const std::unordered_map<std::string, FileState>& stored,
                         GraphStore& graph) {
    for (const CorpusFile* file : walker_skips_) {
      summary_.skipped.push_back({file->path, file->skip_reason});
      auto it = stored.find(file->path);
      if (it != stored.end() && it->second.skip_reason == file->skip_reason &&
          it->second.size == file->size && it->second.mtime_ns == file->mtime_ns)
        continue;
      graph.PutSkipped(file->path, file->size, file->mtime_ns, file->skip_reason);
    }
  }

  void Write(const std::unordered_map<std::string, FileState>& stored,
             Xapian::WritableDatabase& xapian, GraphStore& graph) {
    if (to_read_.empty()) return;
    ResultQueue queue(kMaxBytesInFlight);
    std::atomic<std::size_t> next{0};
    unsigned jobs = options_.jobs ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, to_read_.size()));
    std::atomic<unsigned> running{jobs};
    std::vector<std::thread> threads;
    for (unsigned j = 0; j < jobs; ++j) {
      threads.emplace_back([&] {
        Worker worker(options_.max_file_bytes);
        for (std::size_t i = next++; i < to_read_.size(); i = next++) {
          const CorpusFile& file = *to_read_[i];
          auto it = stored.find(file.path);
          queue.Reserve(file.size);
          WorkResult result;
          try {
            result = worker.Process(file, it == stored.end() ? "" : it->second.content_hash);
          } catch (const std::exception& e) {
            result = WorkResult();
            result.file = &file;
            result.reason = std::string("could not be indexed: ") + e.what();
          }
          queue.Push(std::move(result));
        }
        --running;
      });
    }
    try {
      Consume(queue, xapian, graph);
    } catch (...) {
      // The writer failed (disk full...): stop the workers, keep releasing
      // what they push so none waits for space, and join them.
      next = to_read_.size();
      while (running > 0)
        if (auto r = queue.Pop(std::chrono::milliseconds(50))) queue.Release(r->file->size);
      for (std::thread& t : threads) t.join();
      throw;
    }
    for (std::thread& t : threads) t.join();
  }

  void Consume(ResultQueue& queue, Xapian::WritableDatabase& xapian, GraphStore& graph) {
    std::size_t batch_documents = 0;
    std::int64_t batch_bytes = 0;
    Clock::time_point last_report = Clock::now();
    while (progress_.files_done < to_read_.size()) {
      std::optional<WorkResult> result = queue.Pop(std::chrono::milliseconds(100));
      if (result) {
        Apply(*result, xapian, graph);
        queue.Release(result->file->size);
        ++progress_.files_done;
        progress_.bytes_done += result->file->size;
        ++batch_documents;
        batch_bytes += result->file->size;
        if (batch_documents >= options_.batch_documents || batch_bytes >= options_.batch_bytes) {
          xapian.commit();  // Xapian first: SQLite's commit is the one that counts
          graph.Commit();
          graph.Begin();
          batch_documents = 0;
          batch_bytes = 0;
        }
      }
      if (options_.on_progress && Clock::now() - last_report > std::chrono::milliseconds(100)) {
        progress_.elapsed_seconds = Seconds();
        options_.on_progress(progress_);
        last_report = Clock::now();
      }
    }
    if (options_.on_progress) {
      progress_.elapsed_seconds = Seconds();
      options_.on_progress(progress_);
    }
  }

  void Apply(WorkResult& result, Xapian::WritableDatabase& xapian, GraphStore& graph) {
    const CorpusFile& file = *result.file;
    summary_.bytes_read += file.size;
    switch (result.kind) {
      case WorkResult::Kind::kSkipped:
        summary_.skipped.push_back({file.path, result.reason});
        graph.PutSkipped(file.path, file.size, file.mtime_ns, result.reason);
        break;
      case WorkResult::Kind::kSameContent:
        ++summary_.unchanged;
        graph.TouchFile(file.path, file.size, file.mtime_ns);
        break;
      case WorkResult::Kind::kIndexed:
        result.record.xapian_docid = xapian.add_document(result.xapian);
        graph.PutDocument(result.record);
        ++summary_.indexed;
        summary_.citations += result.record.extraction.citations.size();
        for (const std::string& warning : result.warnings)
          summary_.warnings.push_back({file.path, warning});
        break;
    }
  }

  const BuildOptions& options_;
  Clock::time_point start_;
  std::vector<const CorpusFile*> to_read_;
  std::vector<const CorpusFile*> walker_skips_;
  BuildProgress progress_;
  BuildSummary summary_;
};

}  // namespace

BuildSummary BuildIndex(const BuildOptions& options) {
  try {
    return Builder(options).Run();
  } catch (const Xapian::Error& e) {
    throw IndexError(IndexError::Kind::kStorage,
                     "Xapian failed on " + options.index.string() + ": " + e.get_description());
  }
}

}  // namespace lexgraph
