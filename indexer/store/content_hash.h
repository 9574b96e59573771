// content_hash.h: the hash by which the index knows a file's bytes (and
// names a path too long for a Xapian term): XXH3-128, as 32 hex digits.
// Not cryptographic; collisions between different reports are not a
// practical concern at 128 bits. Pure function; thread-safe.
#ifndef LEXGRAPH_INDEXER_CONTENT_HASH_H_
#define LEXGRAPH_INDEXER_CONTENT_HASH_H_

#include <string>
#include <string_view>

namespace lexgraph {

std::string ContentHash(std::string_view bytes);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_CONTENT_HASH_H_
