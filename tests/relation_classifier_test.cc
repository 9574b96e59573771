// Scores the relation of each mention against tests/fixtures/relations/
// relations.tsv: sentences from corpus/, from the real documents and written
// for the set, each mention labelled by reading it against the spec's
// "Relations" (../shared/spec/extraction.md), never from extractor output.
// Prints accuracy per relation, the confusion table and every miss, and
// holds the overall accuracy above the level reached.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "lexgraph/extraction.h"
#include "test_support.h"

namespace lexgraph {
namespace {

struct Row {
  std::string sentence, mention, relation, source;
  int occurrence = 1;  // "#2" after the mention: its second occurrence
};

std::vector<Row> ReadRows() {
  std::ifstream in(std::string(LEXGRAPH_SOURCE_DIR) + "/tests/fixtures/relations/relations.tsv");
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // the column names
      header = false;
      continue;
    }
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    if (fields.size() < 4) continue;
    Row row;
    for (std::size_t i = 0; i < fields[0].size(); ++i) {
      if (fields[0][i] == '\\' && i + 1 < fields[0].size() && fields[0][i + 1] == 'n') {
        row.sentence += '\n';
        ++i;
      } else {
        row.sentence += fields[0][i];
      }
    }
    row.mention = fields[1];
    if (auto hash = row.mention.rfind('#'); hash != std::string::npos) {
      row.occurrence = std::stoi(row.mention.substr(hash + 1));
      row.mention.resize(hash);
    }
    row.relation = fields[2];
    row.source = fields[3];
    rows.push_back(std::move(row));
  }
  return rows;
}

constexpr std::array<Relation, 7> kRelations = {
    Relation::kCites,    Relation::kBasis,   Relation::kImplements, Relation::kAmends,
    Relation::kReplaces, Relation::kRepeals, Relation::kGuides,
};

TEST(RelationClassifier, LabelledMentions) {
  std::vector<Row> rows = ReadRows();
  ASSERT_GE(rows.size(), 300u) << "the relation set should hold 300+ labelled mentions";
  std::map<std::string, std::map<std::string, int>> confusion;  // want -> got -> count
  std::map<std::string, std::pair<int, int>> by_source;  // "new", "corpus", "real" -> right, found
  int right = 0, found = 0;
  std::string misses;
  std::string last_sentence;
  Extraction e;
  for (const Row& row : rows) {
    if (row.sentence != last_sentence) {
      e = testing::ExtractText(row.sentence);
      last_sentence = row.sentence;
    }
    std::size_t at = std::string::npos;
    for (int k = 0; k < row.occurrence; ++k)
      at = row.sentence.find(row.mention, at == std::string::npos ? 0 : at + 1);
    ASSERT_NE(at, std::string::npos) << "mention not in its sentence: " << row.mention;
    const Citation* hit = nullptr;
    for (const Citation& c : e.citations)
      if (c.begin < at + row.mention.size() && at < c.end) hit = &c;
    std::string got = hit ? std::string(RelationName(hit->relation)) : "(none)";
    ++confusion[row.relation][got];
    if (!hit) {
      misses += "  not found: " + row.mention + " [" + row.source + "]\n";
      continue;
    }
    ++found;
    std::string group = row.source.substr(0, row.source.find(':'));
    by_source[group].first += got == row.relation;
    by_source[group].second += 1;
    if (got == row.relation) {
      ++right;
      continue;
    }
    std::string shown = row.sentence;
    for (char& c : shown)
      if (c == '\n') c = ' ';
    if (shown.size() > 220) shown = shown.substr(0, 217) + "...";
    misses += "  " + row.mention + ": want " + row.relation + " got " + got + " [" + row.source +
              "]\n      " + shown + "\n";
  }
  double accuracy = found ? double(right) / found : 0.0;
  std::printf("relations: %d labelled, %d found, relation right for %d: accuracy %.3f\n",
              static_cast<int>(rows.size()), found, right, accuracy);
  std::printf("%-11s %5s %6s  confusion (want \\ got)\n", "relation", "n", "acc", "");
  std::printf("%-11s %5s %6s ", "", "", "");
  for (Relation r : kRelations) std::printf(" %10s", std::string(RelationName(r)).c_str());
  std::printf(" %10s\n", "(none)");
  for (Relation want : kRelations) {
    std::string w(RelationName(want));
    int n = 0;
    for (const auto& [got, count] : confusion[w]) n += got == "(none)" ? 0 : count;
    double acc = n ? double(confusion[w][w]) / n : 1.0;
    std::printf("%-11s %5d %6.3f ", w.c_str(), n, acc);
    for (Relation got : kRelations)
      std::printf(" %10d", confusion[w][std::string(RelationName(got))]);
    std::printf(" %10d\n", confusion[w]["(none)"]);
  }
  for (const auto& [group, counts] : by_source)
    std::printf("  from %s: %d/%d right, %.3f\n", group.c_str(), counts.first, counts.second,
                counts.second ? double(counts.first) / counts.second : 1.0);
  std::printf("%s", misses.c_str());
  EXPECT_GE(found, static_cast<int>(rows.size() * 0.97)) << "mentions not found by the extractor";
  // Reached: 472 of 473 found mentions right (0.998).
  EXPECT_GE(accuracy, 0.997);
}

}  // namespace
}  // namespace lexgraph
