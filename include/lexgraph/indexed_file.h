// lexgraph/indexed_file.h: reading again a file of the corpus that an
// index was built from, and other text files a user names.
//
// The index keeps a report's fields and citations, not its text: snippets
// and a report's full text are read from its file when asked. That file may
// have changed since, or gone; these functions say which. Thread-safe.
#ifndef LEXGRAPH_INDEXED_FILE_H_
#define LEXGRAPH_INDEXED_FILE_H_

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "lexgraph/text_decoder.h"  // DecodedText

namespace lexgraph {

// An indexed file read again: `root` (the index's corpus folder,
// GraphReader::CorpusRoot) joined to `path` as the index stores it,
// compared with the content hash it was indexed with, and decoded as the
// index decoded it (DecodeDocument). The path read is never one from
// elsewhere than the index.
struct RereadFile {
  std::string state;    // "" as indexed, "changed", "missing", "too large"
  DecodedText decoded;  // the file's text; not ok() when it was not read or
                        // cannot be decoded
};
RereadFile ReadIndexedFile(const std::optional<std::string>& root, const std::string& path,
                           const std::string& hash, std::uintmax_t max_bytes);

// A text file a user names (a list, a query), decoded as DecodeText does.
// Not ok() when it is a folder or cannot be read, `error` then saying so
// after the file's name ("FILE: is a folder", "FILE: cannot read it
// (Permission denied)").
DecodedText ReadTextFile(const std::filesystem::path& file);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXED_FILE_H_
