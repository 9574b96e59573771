// index_lock.h: one writer per index.
//
// An advisory lock (flock) on INDEX/lock, holding the writer's PID so that
// the second writer can say who holds it. The kernel drops the lock when
// the holder dies, even by kill -9, so a crash never leaves a stale lock.
// Readers do not take it. Not copyable; released on destruction.
#ifndef LEXGRAPH_INDEXER_INDEX_LOCK_H_
#define LEXGRAPH_INDEXER_INDEX_LOCK_H_

#include <string>

namespace lexgraph {

class IndexLock {
 public:
  // Takes the lock of the index folder `index_dir` (which must exist), or
  // throws IndexError(kLocked) "index DIR is locked by PID N ...".
  explicit IndexLock(const std::string& index_dir);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_INDEX_LOCK_H_
