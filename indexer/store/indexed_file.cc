#include "lexgraph/indexed_file.h"

#include <system_error>

#include "content_hash.h"
#include "file_bytes.h"
#include "lexgraph/document_decoder.h"

namespace lexgraph {

RereadFile ReadIndexedFile(const std::optional<std::string>& root, const std::string& path,
                           const std::string& hash, std::uintmax_t max_bytes) {
  RereadFile result;
  result.decoded.error = "not read";
  const std::filesystem::path file = std::filesystem::path(root.value_or("")) / path;
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (!root || ec) {
    result.state = "missing";
    return result;
  }
  if (size > max_bytes) {
    result.state = "too large";
    return result;
  }
  std::string error;
  std::optional<std::string> content = ReadFileBytes(file, size, error);
  if (!content) {
    result.state = "missing";
    return result;
  }
  if (ContentHash(*content) != hash) result.state = "changed";
  result.decoded = DecodeDocument(*content, path);
  return result;
}

DecodedText ReadTextFile(const std::filesystem::path& file) {
  DecodedText text;
  std::error_code error;
  if (std::filesystem::is_directory(file, error)) {
    text.error = file.string() + ": is a folder";
    return text;
  }
  std::uintmax_t size = std::filesystem::file_size(file, error);
  std::string why = error.message();
  std::optional<std::string> bytes;
  if (!error) bytes = ReadFileBytes(file, size, why);
  if (!bytes) {
    text.error = file.string() + ": cannot read it (" + why + ")";
    return text;
  }
  text = DecodeText(*bytes);
  if (!text.ok()) text.error = file.string() + ": " + text.error;
  return text;
}

}  // namespace lexgraph
