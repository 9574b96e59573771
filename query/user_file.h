// user_file.h: who may use a shared `lexquery serve` (--users FILE).
//
// One user per line, "NAME:HASH", where HASH is libsodium's Argon2id string
// (crypto_pwhash_str: "$argon2id$v=19$m=65536,t=2,p=1$SALT$HASH"), so the
// file holds no password and a stolen copy costs Argon2id per guess. Lines
// that are empty or start with '#' are ignored. `lexquery passwd FILE USER`
// writes it (SetPassword); an administrator may also delete a user's line.
//
// Names: 1 to 64 of A-Z a-z 0-9 . _ - @ (no ':' and no space).
//
// A UserFile is read once and is immutable: Verify may be called from any
// number of threads. Verifying costs about 0.1 s and 64 MiB (Argon2id's
// "interactive" limits), by design: callers bound how many run at once.
#ifndef LEXGRAPH_QUERY_USER_FILE_H_
#define LEXGRAPH_QUERY_USER_FILE_H_

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lexgraph {

// A users file that cannot be read or written, or a malformed line: the
// message names the file (and the line) and what is wrong.
class UserFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class UserFile {
 public:
  // Reads `path`. Throws UserFileError when it cannot be read, when a line
  // is not NAME:HASH with an Argon2id hash, or when a name comes twice.
  static UserFile Read(const std::filesystem::path& path);

  // True when `user` is listed and `password` is theirs. An unknown user
  // costs the same time as a known one, so that timing does not tell
  // which names exist.
  bool Verify(std::string_view user, std::string_view password) const;

  std::size_t size() const { return hashes_.size(); }

  // Sets `user`'s password in the file at `path` (created if missing):
  // hashes it, then writes the whole file to a temporary beside it and
  // renames it over (readable by its owner only, mode 0600), so that a
  // crash leaves the old file or the new one. Throws UserFileError for a
  // bad name, a password under 8 characters, or a file it cannot write.
  static void SetPassword(const std::filesystem::path& path, std::string_view user,
                          std::string_view password);

  static bool IsValidName(std::string_view user);

 private:
  std::map<std::string, std::string, std::less<>> hashes_;  // name -> Argon2id string
};

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_USER_FILE_H_
