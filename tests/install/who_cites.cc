// who_cites INDEX REF: the reports of INDEX that cite REF, a path a line,
// asked through the installed public API only (lexgraph/*.h). Exit 0 when
// some report cites it, 1 when none, 2 on error.
#include <iostream>
#include <set>
#include <string>

#include "lexgraph/graph_reader.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: who_cites INDEX REF\n";
    return 2;
  }
  lexgraph::ParsedReference parsed = lexgraph::ParseReference(argv[2]);
  if (!parsed.ok()) {
    std::cerr << "who_cites: " << parsed.error << "\n";
    return 2;
  }
  try {
    std::set<std::string> paths = lexgraph::ReadIndex(argv[1], [&](lexgraph::IndexReader& reader) {
      std::set<std::string> found;
      reader.graph().ForEachCitingPairOfKey(
          parsed.reference->key, std::nullopt,
          [&](lexgraph::CitingPair& pair) { found.insert(pair.report.path); });
      return found;
    });
    for (const std::string& path : paths) std::cout << path << "\n";
    return paths.empty() ? 1 : 0;
  } catch (const lexgraph::IndexError& e) {
    std::cerr << "who_cites: " << e.what() << "\n";
    return 2;
  }
}
