// file_bytes.h: a whole file's bytes, for everything that reads reports
// (lexindex extract, the index builder, search's snippets).
#ifndef LEXGRAPH_INDEXER_FILE_BYTES_H_
#define LEXGRAPH_INDEXER_FILE_BYTES_H_

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace lexgraph {

// The first `size` bytes of the file at `path` (its size as the caller
// found it: a file that grows meanwhile is read to that size, one that
// shrinks to its end); std::nullopt with `error` set ("cannot open for
// reading (permissions?)", "read error") when it cannot be read. Size
// limits are the caller's, with its own words. Thread-safe.
std::optional<std::string> ReadFileBytes(const std::filesystem::path& path, std::uintmax_t size,
                                         std::string& error);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_FILE_BYTES_H_
