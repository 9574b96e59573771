// ocr_cache.h: the OCR results of files already read, in a folder of their
// own (OcrEngine's cache; see include/lexgraph/ocr_engine.h for what it is
// for).
//
// Layout: FOLDER/ab/abcdef...-0123456789abcdef.json, one file per scanned
// file and settings: the XXH3-128 hash of the file's bytes, then a 64-bit
// hash of the settings string. Each entry is a JSON object:
//   {"settings": "...", "pages": [{"number": 1, "text": "...",
//    "confidence": 91, "error": ""}, ...]}
// An entry that does not parse, or whose settings differ (a hash
// collision), is a miss. Entries are written to a temporary file in the
// same folder and renamed over the old one: a reader sees a whole entry or
// none, and a crash leaves at most a stray temporary file.
//
// Thread-safety: Find and Store may be called from several threads; two
// writers of one entry leave one of the two whole entries.
#ifndef LEXGRAPH_INDEXER_OCR_CACHE_H_
#define LEXGRAPH_INDEXER_OCR_CACHE_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexgraph/ocr_engine.h"

namespace lexgraph {

class OcrCache {
 public:
  // `settings`: every setting that changes what OCR reads.
  OcrCache(std::filesystem::path folder, std::string settings);

  // The key of a file: its bytes' hash and the settings'.
  std::string KeyOf(std::string_view file_bytes) const;

  // The cached pages of `key`, all of `numbers` or nothing.
  std::optional<std::vector<OcrPage>> Find(const std::string& key,
                                           const std::vector<int>& numbers) const;

  // Adds `pages` to the entry of `key` (pages cached before are kept).
  // Returns an error sentence, or "" when written.
  std::string Store(const std::string& key, const std::vector<OcrPage>& pages) const;

 private:
  std::filesystem::path PathOf(const std::string& key) const;
  std::vector<OcrPage> Load(const std::string& key) const;

  std::filesystem::path folder_;
  std::string settings_;
  std::string settings_hash_;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_OCR_CACHE_H_
