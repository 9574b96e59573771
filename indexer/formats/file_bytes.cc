#include "file_bytes.h"

#include <fstream>

namespace lexgraph {

std::optional<std::string> ReadFileBytes(const std::filesystem::path& path, std::uintmax_t size,
                                         std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open for reading (permissions?)";
    return std::nullopt;
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return bytes;
}

}  // namespace lexgraph
