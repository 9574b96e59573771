// lexgraph/index_error.h: the one exception type the index code throws.
//
// Thrown for what the user must act on (the index is locked by another
// process, it was written by another version, the disk is full, a store is
// damaged); what() is a complete sentence naming the index folder. Bad
// input files are never reported this way: they are skipped and counted.
#ifndef LEXGRAPH_INDEX_ERROR_H_
#define LEXGRAPH_INDEX_ERROR_H_

#include <stdexcept>
#include <string>

namespace lexgraph {

class IndexError : public std::runtime_error {
 public:
  enum class Kind {
    kLocked,   // another writer holds the index
    kVersion,  // written by another schema version
    kUsage,    // wrong arguments: missing corpus folder, another corpus...
    kStorage,  // SQLite, Xapian or the file system failed
  };
  IndexError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEX_ERROR_H_
