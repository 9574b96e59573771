#include "word_proximity.h"

#include <algorithm>
#include <cmath>

namespace lexgraph {
namespace {

// Xapian's BM25Weight defaults, which weigh the words themselves.
constexpr double kK1 = 1.0;
constexpr double kB = 0.5;
constexpr double kMinNormalisedLength = 0.5;

// The idf Xapian's BM25Weight gives a term held by `held` of `total`
// reports, including its floor for terms most reports hold (so that such a
// word still counts a little rather than not at all).
double Idf(double held, double total) {
  double ratio = (total - held + 0.5) / (held + 0.5);
  if (ratio < 2) ratio = ratio * 0.5 + 1;
  return std::log(ratio);
}

}  // namespace

WordProximity::WordProximity(const Xapian::Database& db,
                             std::vector<std::optional<ProximityWord>> sequence)
    : db_(db), sequence_(std::move(sequence)) {
  const double total = db_.get_doccount();
  if (total == 0) return;
  average_length_ = std::max(db_.get_avlength(), 1.0);
  for (std::size_t i = 0; i + 1 < sequence_.size(); ++i) {
    if (!sequence_[i] || !sequence_[i + 1]) continue;
    double held = std::min(db_.get_termfreq(sequence_[i]->statistics_term),
                           db_.get_termfreq(sequence_[i + 1]->statistics_term));
    if (held == 0) continue;  // a word no report holds: no report holds the pair
    pairs_.push_back({i, Idf(held, total)});
  }
}

std::vector<Xapian::termpos> WordProximity::Positions(Xapian::docid did,
                                                      const ProximityWord& word) const {
  std::vector<Xapian::termpos> positions;
  for (const std::string& term : word.terms)
    for (auto it = db_.positionlist_begin(did, term); it != db_.positionlist_end(did, term); ++it)
      positions.push_back(*it);
  // The spellings of a word are different terms at different positions.
  if (word.terms.size() > 1) std::sort(positions.begin(), positions.end());
  return positions;
}

double WordProximity::Weight(Xapian::docid did) const {
  if (pairs_.empty()) return 0;
  // Each word's positions are read once, though most words are in two pairs.
  std::vector<std::optional<std::vector<Xapian::termpos>>> read(sequence_.size());
  auto positions = [&](std::size_t i) -> const std::vector<Xapian::termpos>& {
    if (!read[i]) read[i] = Positions(did, *sequence_[i]);
    return *read[i];
  };
  const double length = std::max(db_.get_doclength(did) / average_length_, kMinNormalisedLength);
  const double norm = kK1 * ((1 - kB) + kB * length);
  double weight = 0;
  for (const Pair& pair : pairs_) {
    const auto& first = positions(pair.first);
    if (first.empty()) continue;
    const auto& second = positions(pair.first + 1);
    // Both lists are sorted: count the positions p of the first with p + 1
    // in the second, in one pass.
    double together = 0;
    auto next = second.begin();
    for (Xapian::termpos p : first) {
      next = std::lower_bound(next, second.end(), p + 1);
      if (next == second.end()) break;
      if (*next == p + 1) ++together;
    }
    if (together > 0) weight += pair.idf * (kK1 + 1) * together / (norm + together);
  }
  return weight;
}

}  // namespace lexgraph
