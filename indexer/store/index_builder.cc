#include "lexgraph/index_builder.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "authority_identity.h"
#include "content_hash.h"
#include "corpus_walker.h"
#include "file_bytes.h"
#include "graph_store.h"
#include "index_lock.h"
#include "lexgraph/citation_extractor.h"
#include "lexgraph/document_decoder.h"
#include "lexgraph/index_error.h"
#include "lexgraph/ocr_engine.h"
#include "mention_context.h"
#include "xapian_document.h"
#include "xapian_shards.h"

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
  std::string format, encoding;       // kIndexed: what the file was read as
  DocumentRecord record;              // kIndexed
  Xapian::Document xapian;            // kIndexed, until added to a shard
};

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
  // A file that grew while we read it is read again by the next run, when
  // its size and time have settled.
  return ReadFileBytes(file.full, static_cast<std::uintmax_t>(file.size), reason);
}

// Enough for the clause that governs a mention; whole sentences of these
// reports run to 1,000 bytes, and the graph stores one per citation.
constexpr std::size_t kSentenceBytes = 240;
// A stated relation names two documents: room for both and the verb.
constexpr std::size_t kStatementBytes = 600;

class Worker {
 public:
  Worker(std::int64_t max_file_bytes, TextEncoding encoding, OcrEngine* ocr)
      : max_file_bytes_(max_file_bytes), decode_options_{encoding}, ocr_(ocr) {}

  WorkResult Process(const CorpusFile& file, const std::string& stored_hash,
                     const SpellingSink& spellings) const {
    WorkResult result;
    result.file = &file;
    std::optional<std::string> bytes = ReadBytes(file, MaxBytes(file), result.reason);
    if (!bytes) return result;
    std::string hash = ContentHash(*bytes);
    if (hash == stored_hash) {
      result.kind = WorkResult::Kind::kSameContent;
      return result;
    }
    if (bytes->empty()) {
      result.reason = "empty file";
      return result;
    }
    DecodedText decoded = DecodeDocument(*bytes, file.path, decode_options_, ocr_);
    bytes.reset();
    if (!decoded.ok()) {
      result.reason = decoded.error;
      return result;
    }
    Index(file, hash, decoded, spellings, result);
    return result;
  }

 private:
  void Index(const CorpusFile& file, const std::string& hash, const DecodedText& decoded,
             const SpellingSink& spellings, WorkResult& result) const {
    DocumentRecord& record = result.record;
    record.path = file.path;
    record.size = file.size;
    record.mtime_ns = file.mtime_ns;
    record.content_hash = hash;
    record.invalid_utf8 = decoded.invalid_sequences;
    record.ocr_pages = decoded.ocr_pages;
    record.ocr_confidence = decoded.ocr_confidence;
    result.warnings = decoded.warnings;
    result.format = decoded.format;
    result.encoding = decoded.encoding;
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
      record.sentences.push_back(context.SentenceWithMention(c.begin, c.end, kSentenceBytes));
      record.headings.push_back(context.HeadingAt(c.begin));
    }
    for (const StatedRelation& r : record.extraction.stated_relations) {
      // A span ending on its full stop touches the next sentence, which
      // SentenceAround would add.
      std::size_t end = r.end;
      while (end > r.begin && (decoded.text[end - 1] == '.' || decoded.text[end - 1] == ';')) --end;
      record.statements.push_back(context.SentenceAround(r.begin, end, kStatementBytes));
    }
    result.xapian = MakeXapianDocument(file.path, hash, decoded.text, record.extraction,
                                       record.identity, record.cited, province, spellings);
    result.kind = WorkResult::Kind::kIndexed;
  }

  // Scans are large: a PDF or an image may be kScanSizeFactor times the
  // limit. (What is read is held whole: poppler and Leptonica read from
  // memory.)
  std::int64_t MaxBytes(const CorpusFile& file) const {
    return MayBeScanName(file.path) ? max_file_bytes_ * BuildOptions::kScanSizeFactor
                                    : max_file_bytes_;
  }

  std::int64_t max_file_bytes_;
  DecodeOptions decode_options_;
  OcrEngine* ocr_;  // null: scans are skipped
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
    space_.wait(lock, [&] { return Fits(bytes); });
    in_flight_ += bytes;
  }
  bool TryReserve(std::int64_t bytes) {
    std::lock_guard lock(mutex_);
    if (!Fits(bytes)) return false;
    in_flight_ += bytes;
    return true;
  }
  void Push(std::vector<WorkResult>& results) {
    std::lock_guard lock(mutex_);
    for (WorkResult& result : results) results_.push_back(std::move(result));
    results.clear();
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
  bool Fits(std::int64_t bytes) const {
    return in_flight_ == 0 || in_flight_ + bytes <= max_bytes_;
  }

  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<WorkResult> results_;
  std::int64_t in_flight_ = 0;
  std::int64_t max_bytes_;
};

constexpr std::int64_t kMaxBytesInFlight = 64ll << 20;

// Inside the index folder: the corpus walker leaves the index out, and a
// rebuild that deletes the stores (not the folder) keeps it.
constexpr const char* kOcrCacheFolder = "ocr-cache";

fs::path CanonicalCorpus(const fs::path& corpus) {
  std::error_code ec;
  if (!fs::is_directory(corpus, ec))
    throw IndexError(IndexError::Kind::kUsage,
                     corpus.string() +
                         " is not a folder (the corpus to index is a folder of "
                         "reports)");
  return fs::canonical(corpus, ec);
}

void CheckSameCorpus(GraphStore& graph, const fs::path& corpus, const fs::path& index) {
  std::optional<std::string> stored = graph.Meta("corpus_root");
  if (stored && *stored != corpus.string())
    throw IndexError(IndexError::Kind::kUsage,
                     "index " + index.string() + " was built from " + *stored + ", not from " +
                         corpus.string() +
                         "; building it from another folder would remove every report of the "
                         "first. Give another --index folder.");
}

// One build thread: reads, extracts and adds to its own shard; hands its
// results to the writer only once its shard has committed them, so that
// SQLite never lists a document Xapian could lose.
class ShardWriter {
 public:
  ShardWriter(Xapian::WritableDatabase& shard, unsigned shard_index, const XapianShards& shards,
              const BuildOptions& options, ResultQueue& queue, OcrEngine* ocr)
      : shard_(shard),
        index_(shard_index),
        shards_(shards),
        options_(options),
        queue_(queue),
        worker_(options.max_file_bytes, options.encoding, ocr),
        // Shards commit in half batches, so that the SQLite writer gets work
        // early and is not left with a whole batch after the last one; fewer
        // Xapian commits would merge less often but hold more memory.
        commit_documents_(std::max<std::size_t>(1, options.batch_documents / (2 * shards.size()))),
        commit_bytes_(std::max<std::int64_t>(1, options.batch_bytes / (2 * shards.size()))) {
    // The exact spelling determines its folded form: remembering spellings
    // already given to the shard is enough to give each one once.
    spellings_ = [this](std::string_view folded, std::string_view exact) {
      spelling_.assign(exact);
      if (known_.count(spelling_)) return;
      if (known_.size() >= kMaxKnownSpellings) known_.clear();  // a cache, not a record
      known_.insert(spelling_);
      shard_.add_synonym(std::string(folded), spelling_);
    };
  }

  void Add(const CorpusFile& file, const std::string& stored_hash) {
    if (!queue_.TryReserve(file.size)) {
      Commit();  // what we hold may be what the queue waits for
      queue_.Reserve(file.size);
    }
    WorkResult result;
    try {
      result = worker_.Process(file, stored_hash, spellings_);
    } catch (const std::exception& e) {
      result = WorkResult();
      result.file = &file;
      result.reason = std::string("could not be indexed: ") + e.what();
    }
    if (result.kind == WorkResult::Kind::kIndexed) {
      XapianWrite writing;
      Xapian::docid id = shard_.add_document(result.xapian);
      result.record.xapian_docid = shards_.Combined(index_, id);
      result.xapian = Xapian::Document();
    }
    pending_bytes_ += file.size;
    pending_.push_back(std::move(result));
    // Scans take seconds a page: a batch of them is committed by time too,
    // so that readers see them and a crash costs minutes, not hours.
    if (pending_.size() >= commit_documents_ || pending_bytes_ >= commit_bytes_ ||
        Clock::now() - last_commit_ > kMaxCommitInterval)
      Commit();
  }

  void Commit() {
    if (pending_.empty()) return;
    {
      XapianWrite writing;
      shard_.commit();
    }
    pending_bytes_ = 0;
    last_commit_ = Clock::now();
    queue_.Push(pending_);
  }

 private:
  static constexpr std::size_t kMaxKnownSpellings = 1 << 20;
  static constexpr std::chrono::seconds kMaxCommitInterval{60};

  Xapian::WritableDatabase& shard_;
  unsigned index_;
  const XapianShards& shards_;
  const BuildOptions& options_;
  ResultQueue& queue_;
  Worker worker_;
  std::size_t commit_documents_;
  std::int64_t commit_bytes_;
  std::vector<WorkResult> pending_;
  std::int64_t pending_bytes_ = 0;
  Clock::time_point last_commit_ = Clock::now();
  std::unordered_set<std::string> known_;
  std::string spelling_;
  SpellingSink spellings_;
};

class Builder {
 public:
  Builder(const BuildOptions& options) : options_(options), start_(Clock::now()) {}

  BuildSummary Run() {
    fs::path corpus = CanonicalCorpus(options_.corpus);
    std::error_code ec;
    fs::create_directories(options_.index, ec);
    if (ec)
      throw IndexError(
          IndexError::Kind::kStorage,
          "cannot create the index folder " + options_.index.string() + ": " + ec.message());
    IndexLock lock(options_.index.string());
    GraphStore graph((options_.index / GraphStore::kFileName).string());
    if (options_.ocr) {
      OcrOptions ocr = options_.ocr_options;
      if (ocr.cache_folder.empty()) ocr.cache_folder = options_.index / kOcrCacheFolder;
      ocr_ = std::make_unique<OcrEngine>(std::move(ocr));
    }
    CheckSameCorpus(graph, corpus, options_.index);
    unsigned jobs =
        options_.jobs ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
    XapianShards shards(options_.index / "xapian", jobs);
    // What a killed build left in Xapian: documents SQLite never listed, or
    // no longer lists (a build killed after its last commit).
    shards.DeleteUnlisted(graph.LiveXapianDocids(), [&] { graph.MarkPurge(); });

    CorpusListing listing = ListCorpus(corpus, options_.index);
    summary_.errors = listing.errors;
    std::unordered_map<std::string, FileState> stored = graph.LoadFiles();
    // The full text is new (or was lost), its reports lack the terms this
    // version writes, or they were extracted by another version of the
    // extractor: every report must be read again, whatever SQLite
    // remembers of it (scans come from the OCR cache).
    const std::string extractor_version = std::to_string(kExtractorVersion);
    const bool extractor_changed =
        !stored.empty() && graph.Meta("extractor_version").value_or("") != extractor_version;
    const bool read_all = shards.created() || shards.terms_outdated() || extractor_changed;
    if (!stored.empty() && !shards.created()) {
      if (extractor_changed)
        summary_.read_again = "the extractor changed since these reports were indexed";
      else if (shards.terms_outdated())
        summary_.read_again = "the full text lacked the terms this version writes";
    }
    if (read_all) {
      for (auto& [path, state] : stored) {
        state.mtime_ns = -1;
        state.content_hash.clear();
      }
    }
    Plan(listing, stored);

    graph.Begin();
    graph.SetMeta("corpus_root", corpus.string());
    if (read_all) {
      // What SQLite lists names Xapian documents that are gone, or that are
      // read again below (the old ones go as unlisted, at the end).
      for (const auto& [path, state] : stored)
        if (state.skip_reason.empty()) graph.RemoveDocument(path);
    }
    // From the first commit on, every report listed is extracted by this
    // version: a run killed later goes on where it stopped.
    graph.SetMeta("extractor_version", extractor_version);
    RemoveVanished(listing, stored, graph);
    RecordWalkerSkips(stored, graph);
    Write(stored, shards, graph);
    graph.Commit(/*last=*/true);  // sets the purge mark too
    std::vector<std::uint32_t> live = graph.LiveXapianDocids();
    shards.DeleteUnlisted(live, nullptr);  // old versions of changed reports, removed reports
    // Only now: a build killed before this reads everything again.
    if (shards.terms_outdated()) shards.MarkTermsCurrent();
    summary_.reports_in_index = live.size();
    // Dense shards are a quarter smaller and faster to read; rewriting them
    // pays when much of the index is new.
    if (summary_.indexed + summary_.removed >= std::max<std::size_t>(1, live.size() / 4))
      shards.Compact();
    if (ocr_) summary_.ocr_pages_from_cache = ocr_->Progress().pages_from_cache;
    summary_.elapsed_seconds = Seconds();
    return summary_;
  }

 private:
  double Seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

  // Sorts the listing into what needs reading and what does not.
  void Plan(const CorpusListing& listing,
            const std::unordered_map<std::string, FileState>& stored) {
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
        bytes_total_ += file.size;
      }
    }
    if (listing.files.empty() && !stored.empty() && listing.errors.empty())
      throw IndexError(IndexError::Kind::kUsage,
                       "found no file in " + options_.corpus.string() + ", but the index holds " +
                           std::to_string(stored.size()) +
                           " of its files; not removing them all (is the folder mounted?)");
  }

  void RemoveVanished(const CorpusListing& listing,
                      const std::unordered_map<std::string, FileState>& stored, GraphStore& graph) {
    if (!listing.errors.empty()) return;  // an unreadable folder is not a deleted one
    std::unordered_set<std::string_view> present;
    for (const CorpusFile& file : listing.files) present.insert(file.path);
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

  // Runs one ShardWriter thread per shard and, on this thread, stores in
  // SQLite what they have committed to Xapian.
  void Write(const std::unordered_map<std::string, FileState>& stored, XapianShards& shards,
             GraphStore& graph) {
    if (to_read_.empty()) return;
    ResultQueue queue(kMaxBytesInFlight);
    std::atomic<std::size_t> next{0};
    unsigned threads_wanted = std::min<unsigned>(shards.size(), to_read_.size());
    std::atomic<unsigned> running{threads_wanted};
    std::vector<std::string> thread_errors(threads_wanted);
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < threads_wanted; ++t) {
      threads.emplace_back([&, t] {
        try {
          ShardWriter writer(shards.shard(t), t, shards, options_, queue, ocr_.get());
          for (std::size_t i = next++; i < to_read_.size(); i = next++) {
            const CorpusFile& file = *to_read_[i];
            auto it = stored.find(file.path);
            writer.Add(file, it == stored.end() ? "" : it->second.content_hash);
            files_done_ += 1;
            bytes_done_ += file.size;
          }
          writer.Commit();
        } catch (const Xapian::Error& e) {
          thread_errors[t] = e.get_description();
          next = to_read_.size();            // stop the others
        } catch (const std::exception& e) {  // out of memory, file system
          thread_errors[t] = e.what();
          next = to_read_.size();
        }
        --running;
      });
    }
    try {
      Consume(queue, running, graph);
    } catch (...) {
      // SQLite failed (disk full...): stop the threads, keep releasing
      // what they push so none waits for space, and join them.
      next = to_read_.size();
      while (running > 0)
        if (auto r = queue.Pop(std::chrono::milliseconds(50))) queue.Release(r->file->size);
      for (std::thread& t : threads) t.join();
      throw;
    }
    for (std::thread& t : threads) t.join();
    for (const std::string& error : thread_errors)
      if (!error.empty())
        throw IndexError(IndexError::Kind::kStorage,
                         "writing the Xapian index failed: " + error +
                             " (what was committed before is kept; run the build again)");
  }

  void Consume(ResultQueue& queue, const std::atomic<unsigned>& running, GraphStore& graph) {
    std::size_t batch_documents = 0;
    Clock::time_point last_report = Clock::now();
    for (;;) {
      bool finished = running == 0;  // read before popping: no result comes after
      std::optional<WorkResult> result = queue.Pop(std::chrono::milliseconds(100));
      if (result) {
        Apply(*result, graph);
        queue.Release(result->file->size);
        if (++batch_documents >= options_.batch_documents) {
          graph.Commit();
          graph.Begin();
          batch_documents = 0;
        }
      } else if (finished) {
        break;
      }
      if (options_.on_progress && Clock::now() - last_report > std::chrono::milliseconds(100)) {
        options_.on_progress(Progress());
        last_report = Clock::now();
      }
    }
    if (options_.on_progress) options_.on_progress(Progress());
  }

  BuildProgress Progress() const {
    BuildProgress progress;
    progress.files_done = files_done_;
    progress.files_total = to_read_.size();
    progress.bytes_done = bytes_done_;
    progress.bytes_total = bytes_total_;
    progress.elapsed_seconds = Seconds();
    if (ocr_) {
      OcrProgress ocr = ocr_->Progress();
      progress.ocr_pages_done = ocr.pages_done;
      progress.ocr_pages_waiting = ocr.pages_waiting;
      progress.ocr_seconds_per_page = ocr.seconds_per_page;
    }
    return progress;
  }

  void Apply(WorkResult& result, GraphStore& graph) {
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
        graph.PutDocument(result.record);
        ++summary_.indexed;
        summary_.citations += result.record.extraction.citations.size();
        ++summary_.formats[result.format];
        if (result.record.ocr_pages > 0) {
          ++summary_.ocr_reports;
          summary_.ocr_pages += result.record.ocr_pages;
        }
        ++summary_.encodings[result.encoding];
        for (const std::string& warning : result.warnings)
          summary_.warnings.push_back({file.path, warning});
        break;
    }
  }

  const BuildOptions& options_;
  Clock::time_point start_;
  std::unique_ptr<OcrEngine> ocr_;  // shared by the ShardWriters' workers
  std::vector<const CorpusFile*> to_read_;
  std::vector<const CorpusFile*> walker_skips_;
  std::int64_t bytes_total_ = 0;
  std::atomic<std::size_t> files_done_{0};
  std::atomic<std::int64_t> bytes_done_{0};
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
