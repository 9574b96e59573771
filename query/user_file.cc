#include "user_file.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMinPasswordLength = 8;

void EnsureSodium() {
  // Thread-safe, and does nothing after the first call.
  if (sodium_init() < 0) throw UserFileError("libsodium cannot start (no source of randomness?)");
}

std::string Hash(std::string_view password) {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw UserFileError("cannot hash the password (out of memory?)");
  return out;
}

// An Argon2id string of an unknown user is still verified against this
// one, so that a name that does not exist takes as long as one that does.
const std::string& DecoyHash() {
  static const std::string* decoy = new std::string(Hash("no user has this password"));
  return *decoy;
}

// The lines of `path` as they are, or none when it does not exist.
std::vector<std::string> Lines(const fs::path& path) {
  std::vector<std::string> lines;
  std::error_code ec;
  if (!fs::exists(path, ec)) return lines;
  std::ifstream in(path);
  if (!in) throw UserFileError("cannot read the users file " + path.string());
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

bool IsComment(const std::string& line) { return line.empty() || line[0] == '#'; }

void WriteWhole(const fs::path& path, const std::string& content) {
  fs::path temporary = path;
  temporary += ".tmp";
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    throw UserFileError("cannot write " + temporary.string() + ": " + std::strerror(errno));
  ::fchmod(fd, 0600);  // an older temporary may have had other bits
  const char* data = content.data();
  std::size_t left = content.size();
  bool ok = true;
  while (left > 0 && ok) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) {
      data += n;
      left -= static_cast<std::size_t>(n);
    }
  }
  ok = ok && ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (!ok || ::rename(temporary.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    ::unlink(temporary.c_str());
    throw UserFileError("cannot write the users file " + path.string() + ": " + why);
  }
}

}  // namespace

bool UserFile::IsValidName(std::string_view user) {
  if (user.empty() || user.size() > 64) return false;
  for (char c : user)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
          c == '_' || c == '-' || c == '@'))
      return false;
  return true;
}

UserFile UserFile::Read(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw UserFileError("no users file " + path.string() + " (make one with: lexquery passwd " +
                        path.string() + " NAME)");
  UserFile users;
  std::vector<std::string> lines = Lines(path);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (IsComment(line)) continue;
    std::string where = path.string() + ", line " + std::to_string(i + 1);
    std::size_t colon = line.find(':');
    std::string name = line.substr(0, colon);
    if (colon == std::string::npos || !IsValidName(name))
      throw UserFileError(where + ": not NAME:HASH (as lexquery passwd writes it)");
    std::string hash = line.substr(colon + 1);
    if (hash.rfind("$argon2id$", 0) != 0 || hash.size() >= crypto_pwhash_STRBYTES)
      throw UserFileError(where + ": the hash of " + name + " is not an Argon2id string");
    if (!users.hashes_.emplace(name, hash).second)
      throw UserFileError(where + ": " + name + " is listed twice");
  }
  return users;
}

bool UserFile::Verify(std::string_view user, std::string_view password) const {
  EnsureSodium();
  auto it = hashes_.find(user);
  const std::string& hash = it == hashes_.end() ? DecoyHash() : it->second;
  bool matches = crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
  return matches && it != hashes_.end();
}

void UserFile::SetPassword(const fs::path& path, std::string_view user, std::string_view password) {
  if (!IsValidName(user))
    throw UserFileError("a user name is 1 to 64 letters, digits or . _ - @ (not \"" +
                        std::string(user) + "\")");
  if (password.size() < kMinPasswordLength)
    throw UserFileError("a password has at least " + std::to_string(kMinPasswordLength) +
                        " characters");
  std::string line = std::string(user) + ":" + Hash(password);
  std::ostringstream out;
  bool replaced = false;
  for (const std::string& old : Lines(path)) {
    if (!IsComment(old) && old.substr(0, old.find(':')) == user) {
      if (!replaced) out << line << '\n';
      replaced = true;
      continue;
    }
    out << old << '\n';
  }
  if (!replaced) out << line << '\n';
  WriteWhole(path, out.str());
}

}  // namespace lexgraph
