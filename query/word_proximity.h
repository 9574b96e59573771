// query/word_proximity.h: how much a report gains where the words of a
// query, typed one after the other, stand together in it as typed.
//
// A Vietnamese word is often two or three syllables, each indexed as a
// word: "cải cách hành chính" is two words of two syllables. A report where
// "cải cách" and "hành chính" stand as typed is about them; one where the
// four syllables are scattered ("cải tạo", "cách làm", "hành chính") is
// not. Typed without diacritics, each syllable matches every spelling of it
// ("thue": thuê, thuế), and a report whose text reads as the syllables in
// the typed sequence ("tra thuế") holds the reading meant.
//
// WordProximity weighs each pair of adjacent typed words that stands
// together somewhere in a report as BM25 would weigh a term: by how often
// it does (saturating), against the report's length, and with the idf of
// the rarer of the two words (a pair is never more common than its rarer
// word; its own frequency is not indexed). Positions are read from the
// exact terms' position lists (index_terms.h), the spellings of a word
// typed without diacritics together, for the reports asked about only:
// search_query.h asks for the first reports of an answer, so the cost is
// bounded by that window, not by the archive.
//
// Holds a reference to the database, which must outlive it. Not
// thread-safe (Xapian::Database is not).
#ifndef LEXGRAPH_QUERY_WORD_PROXIMITY_H_
#define LEXGRAPH_QUERY_WORD_PROXIMITY_H_

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace lexgraph {

// A typed word as proximity reads it.
struct ProximityWord {
  std::vector<std::string> terms;  // its exact index terms: one, or its spellings
  std::string statistics_term;     // the term whose frequency is the word's
};

class WordProximity {
 public:
  // `sequence`: the typed words in order; nullopt where something other
  // than a bare word stands (a phrase, a group), which no pair crosses.
  WordProximity(const Xapian::Database& db, std::vector<std::optional<ProximityWord>> sequence);

  // False when no two bare words are adjacent in the query: Weight is 0.
  bool HasPairs() const { return !pairs_.empty(); }

  // The weight report `did` gains: 0 when no pair stands together in it.
  double Weight(Xapian::docid did) const;

 private:
  struct Pair {
    std::size_t first;  // index into sequence_; the second is first + 1
    double idf;
  };
  std::vector<Xapian::termpos> Positions(Xapian::docid did, const ProximityWord& word) const;

  const Xapian::Database& db_;
  std::vector<std::optional<ProximityWord>> sequence_;
  std::vector<Pair> pairs_;
  double average_length_ = 1;
};

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_WORD_PROXIMITY_H_
