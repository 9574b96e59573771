#include "index_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "lexgraph/index_error.h"

namespace lexgraph {

IndexLock::IndexLock(const std::string& index_dir) {
  std::string path = index_dir + "/lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw IndexError(IndexError::Kind::kStorage,
                     "cannot open " + path + ": " + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    int error = errno;
    char pid[32] = {0};
    ssize_t n = ::pread(fd_, pid, sizeof(pid) - 1, 0);
    ::close(fd_);
    fd_ = -1;
    if (error != EWOULDBLOCK)
      throw IndexError(IndexError::Kind::kStorage,
                       "cannot lock " + path + ": " + std::strerror(error));
    std::string holder = n > 0 ? std::string(pid, static_cast<std::size_t>(n)) : "?";
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
    throw IndexError(IndexError::Kind::kLocked,
                     "index " + index_dir + " is locked by PID " + holder +
                         " (another lexindex build is writing it); try again when it ends");
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) != 0 || ::pwrite(fd_, pid.data(), pid.size(), 0) < 0) {
    // The lock holds without the PID; only the message of a second writer
    // would be poorer.
  }
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) ::close(fd_);  // closing drops the flock
}

}  // namespace lexgraph
