#include "search_query.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "document_query.h"  // ReadIndexedFile
#include "lexgraph/index_error.h"
#include "lexgraph/index_terms.h"
#include "lexgraph/text_terms.h"
#include "report_filter.h"
#include "word_proximity.h"

namespace lexgraph {
namespace {

using Query = Xapian::Query;

// How many of an answer's first reports are ordered with WordProximity:
// enough for the first pages, few enough that reading their positions
// costs little beside the match.
constexpr std::size_t kProximityWindow = 50;

// Builds the Xapian query of an expression, collecting the terms that
// match (not those under NOT) for the snippets.
class QueryBuilder {
 public:
  explicit QueryBuilder(const Xapian::Database& db)
      : db_(db),
        folded_terms_(db.allterms_begin(std::string(terms::kFolded)) !=
                      db.allterms_end(std::string(terms::kFolded))) {}

  // The expression as BuildRanked reads it.
  struct RankedQuery {
    Query every;  // every word must occur: the expression as typed (Build)
    // Where the expression (or the part a NOT leaves) is words typed one
    // after the other: the query that also matches reports holding only
    // some of them, after every report holding all (Loose); else empty.
    Query loose;
    double bonus = 0;  // the weight `loose` adds to a report holding every word
    // The words typed one after the other, in order, for WordProximity.
    std::vector<std::optional<ProximityWord>> sequence;
  };

  RankedQuery BuildRanked(const SearchExpression& e) {
    RankedQuery ranked;
    ranked.every = Build(e);
    const bool has_not =
        e.kind == SearchExpression::Kind::kAndNot && !e.children.empty() &&
        !(e.children[0].kind == SearchExpression::Kind::kAnd && e.children[0].children.empty());
    const SearchExpression& words = has_not ? e.children[0] : e;
    if (!IsLoose(words)) return ranked;
    std::vector<SnippetPattern> patterns = std::move(patterns_);  // gathered by Build above
    ranked.loose = Loose(words, ranked.bonus);
    ranked.sequence = Sequence(words);
    patterns_ = std::move(patterns);
    if (has_not) {
      std::vector<Query> unwanted;
      for (std::size_t i = 1; i < e.children.size(); ++i)
        unwanted.push_back(Build(e.children[i], false));
      ranked.loose = Query(Query::OP_AND_NOT, ranked.loose,
                           Query(Query::OP_OR, unwanted.begin(), unwanted.end()));
    }
    return ranked;
  }

  Query Build(const SearchExpression& e, bool wanted = true) {
    switch (e.kind) {
      case SearchExpression::Kind::kWords:
        return e.words.size() == 1 ? Word(e.words[0], wanted) : Phrase(e.words, wanted);
      case SearchExpression::Kind::kAnd:
      case SearchExpression::Kind::kOr: {
        if (e.children.empty()) return Query::MatchAll;  // a query of NOT terms only
        std::vector<Query> parts;
        for (const SearchExpression& c : e.children) parts.push_back(Build(c, wanted));
        return Query(e.kind == SearchExpression::Kind::kAnd ? Query::OP_AND : Query::OP_OR,
                     parts.begin(), parts.end());
      }
      case SearchExpression::Kind::kAndNot: {
        std::vector<Query> unwanted;
        for (std::size_t i = 1; i < e.children.size(); ++i)
          unwanted.push_back(Build(e.children[i], !wanted));
        return Query(Query::OP_AND_NOT, Build(e.children[0], wanted),
                     Query(Query::OP_OR, unwanted.begin(), unwanted.end()));
      }
    }
    return Query();
  }

  // What the wanted words and phrases (not those under NOT) match, for
  // the snippets.
  const std::vector<SnippetPattern>& patterns() const { return patterns_; }

 private:
  // Words typed one after the other: an AND only implied, over at least
  // two bare words.
  static bool IsLoose(const SearchExpression& e) {
    return e.kind == SearchExpression::Kind::kAnd && !e.typed_and &&
           std::count_if(e.children.begin(), e.children.end(), IsBareWord) >= 2;
  }

  // Words typed one after the other match reports holding any of them;
  // quoted phrases, groups and the words of a typed AND must still occur.
  // Reports holding every word get `bonus` on top of their BM25 weight, so
  // they come first, in BM25 order, and then the others by BM25 alone, in
  // which a report holding more of the words, or rarer ones, weighs more.
  // Chosen over Xapian's alternatives:
  //   - OP_AND_MAYBE(all, any) would still need every word to match;
  //   - OP_ELITE_SET keeps the words of highest weight, not every word, and
  //     ranks a report holding most words anywhere among the others.
  // The bonus is a FixedWeightPostingSource filtered by the AND of the
  // words, under OP_AND_MAYBE, so the match is one pass. Search asks it only
  // when the reports holding every word do not fill the page (reading the
  // OR of common words costs twice the AND: bench/RESULTS.md, issue 21).
  Query Loose(const SearchExpression& e, double& bonus_weight) {
    std::vector<Query> words, required;
    for (const SearchExpression& c : e.children)
      (IsBareWord(c) ? words : required).push_back(Build(c));
    Query any(Query::OP_OR, words.begin(), words.end());
    Query all(Query::OP_AND, words.begin(), words.end());
    if (!required.empty()) {
      required.push_back(any);
      any = Query(Query::OP_AND, required.begin(), required.end());
    }
    bonus_weight = BonusAbove(any);
    auto* bonus = new Xapian::FixedWeightPostingSource(bonus_weight);
    return Query(Query::OP_AND_MAYBE, any, Query(Query::OP_FILTER, Query(bonus->release()), all));
  }

  static bool IsBareWord(const SearchExpression& e) {
    return e.kind == SearchExpression::Kind::kWords && !e.quoted;
  }

  // The words typed one after the other as WordProximity reads them: a
  // bare word of one syllable is its index terms, anything else a gap.
  std::vector<std::optional<ProximityWord>> Sequence(const SearchExpression& e) {
    std::vector<std::optional<ProximityWord>> sequence;
    for (const SearchExpression& c : e.children) {
      std::optional<ProximityWord>& word = sequence.emplace_back();
      if (!IsBareWord(c) || c.words.size() != 1) continue;
      std::vector<std::string> spellings = Spellings(c.words[0]);
      if (spellings.empty()) continue;
      word.emplace();
      word->statistics_term = IsTypedFolded(c.words[0], spellings) && folded_terms_
                                  ? std::string(terms::kFolded) + spellings[0]
                                  : spellings[0];
      word->terms = std::move(spellings);
    }
    return sequence;
  }

  // More than the BM25 weight any report can get from `query`: Xapian's
  // BM25 (k1 = k3 = 1) gives a term at most (k1 + 1)(k3 + 1) times its
  // idf, log((N - n + 0.5) / (n + 0.5)) <= log(2N + 1), once per time it
  // occurs in the query. A power of two, so that subtracting it again
  // gives back the BM25 weight as exactly as doubles can.
  double BonusAbove(const Query& query) const {
    double terms = 0;
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it)
      terms += 1;
    terms = std::max(terms, static_cast<double>(query.get_length()));
    double idf = std::max(2.0, std::log(2.0 * db_.get_doccount() + 1));
    double bound = 4 * idf * (terms + 1) * 2;  // twice, to be safe
    return std::exp2(std::ceil(std::log2(bound)));
  }

  // The index terms a typed word stands for: its exact term when typed with
  // diacritics, else its folded form and every spelling of it.
  // Kept per word: a word typed one after the others is read for the
  // strict query, the loose one and the proximity window alike.
  const std::vector<std::string>& Spellings(const std::string& typed) {
    auto [it, added] = spellings_.try_emplace(typed);
    if (!added) return it->second;
    std::vector<std::pair<std::string, std::string>> terms = WordTermsOf(typed);
    if (terms.empty()) return it->second;
    auto& [folded, exact] = terms[0];
    if (!exact.empty()) {
      it->second = {exact};
      return it->second;
    }
    it->second = {folded};
    for (auto s = db_.synonyms_begin(folded); s != db_.synonyms_end(folded); ++s)
      it->second.push_back(*s);
    return it->second;
  }

  // Typed without diacritics, a word is its kFolded term: one term whose
  // statistics are exact, where an OP_SYNONYM of the spellings was
  // weighted from per-shard estimates (index_terms.h). Indexes built
  // before kFolded fall back to the synonym.
  Query Word(const std::string& typed, bool wanted) {
    std::vector<std::string> spellings = Spellings(typed);
    if (wanted) patterns_.push_back({{spellings.begin(), spellings.end()}});
    if (IsTypedFolded(typed, spellings) && folded_terms_)
      return Query(std::string(terms::kFolded) + spellings[0]);
    return Query(Query::OP_SYNONYM, spellings.begin(), spellings.end());
  }

  // Whether `typed`, whose index terms are `spellings`, was typed without
  // diacritics.
  static bool IsTypedFolded(const std::string& typed, const std::vector<std::string>& spellings) {
    if (spellings.size() > 1) return true;
    std::vector<std::pair<std::string, std::string>> terms = WordTermsOf(typed);
    return spellings.size() == 1 && !terms.empty() && terms[0].second.empty();
  }

  // Each word as the OR of its spellings that exist, next to each other:
  // Xapian 1.4 runs phrases over OR subqueries (not over OP_SYNONYM).
  Query Phrase(const std::vector<std::string>& typed, bool wanted) {
    std::vector<Query> words;
    SnippetPattern pattern;
    for (const std::string& word : typed) {
      std::vector<std::string> existing;
      for (const std::string& term : Spellings(word))
        if (db_.term_exists(term)) existing.push_back(term);
      if (existing.empty()) return Query::MatchNothing;
      pattern.emplace_back(existing.begin(), existing.end());
      words.emplace_back(Query::OP_OR, existing.begin(), existing.end());
    }
    if (wanted) patterns_.push_back(std::move(pattern));
    return Query(Query::OP_PHRASE, words.begin(), words.end(), words.size());
  }

  const Xapian::Database& db_;
  bool folded_terms_;
  std::map<std::string, std::vector<std::string>>
      spellings_;  // by the word typed  // the index has kFolded terms
  std::vector<SnippetPattern> patterns_;
};

// A hit's relevance, 0-100, when partial matches are ranked: its BM25
// weight over the best of the match; a report lacking some word is never
// 100%.
int Percent(double weight, double best, bool every_word) {
  int percent = best > 0 ? static_cast<int>(std::lround(100 * weight / best)) : 100;
  return std::clamp(percent, 1, every_word ? 100 : 99);
}

std::optional<std::string> Field(const nlohmann::json& data, const char* key) {
  auto it = data.find(key);
  if (it == data.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// The snippet from the report's file, read again; says when it is gone or
// has changed since it was indexed.
void AddSnippet(const std::optional<std::string>& root, const std::string& version,
                const std::vector<SnippetPattern>& patterns, SearchHit& hit) {
  // The version is "PATH\nHASH" (VersionValue): the hash holds no new
  // line, the path may ("a\nb.md" is a legal file name), so split at the
  // last one, not the first.
  std::size_t newline = version.rfind('\n');
  std::string path = version.substr(0, newline);
  std::string hash = newline == std::string::npos ? "" : version.substr(newline + 1);
  RereadFile file = ReadIndexedFile(root, path, hash, std::numeric_limits<std::uintmax_t>::max());
  if (!file.state.empty()) hit.file_state = file.state;
  if (file.state == "missing") return;
  if (file.decoded.ok()) hit.snippet = MakeSnippet(file.decoded.text, patterns);
}

// A report of the answer before it is a hit.
struct Candidate {
  Xapian::docid id = 0;  // in the database searched (a Document's own is its shard's)
  Xapian::Document doc;
  double weight = 0;  // BM25, plus WordProximity's where it was read
  bool every_word = true;
  std::string version;  // kVersionSlot: ties go by path
};

// Reports of equal relevance (copies, reports with the same words) come by
// path: Xapian orders them by document id, which depends on which build
// thread indexed which file, so two indexes of the same files answered in
// different orders (and pages) otherwise.
// Matches up to kCountExactlyUpTo are counted exactly, unless `count_exactly`
// is false (then the total is Xapian's estimate from the terms' frequencies).
Xapian::MSet Match(Xapian::Database& db, const Query& query, std::size_t first, std::size_t count,
                   const Xapian::MatchDecider* live, bool count_exactly = true) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_sort_by_relevance_then_value(terms::kVersionSlot, false);
  // Counting exactly up to this many matches costs little and saves
  // showing "about 12" for twelve.
  constexpr Xapian::doccount kCountExactlyUpTo = 1000;
  return enquire.get_mset(first, count, count_exactly ? kCountExactlyUpTo : 0, nullptr, live);
}

// The MSet's reports as candidates; `bonus` is taken off the weight of the
// reports holding every word, which is how they are told.
std::vector<Candidate> Candidates(const Xapian::MSet& mset, double bonus) {
  std::vector<Candidate> candidates;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Candidate& c = candidates.emplace_back();
    c.id = *it;
    c.doc = it.get_document();
    c.weight = it.get_weight();
    if (bonus > 0) {
      c.every_word = c.weight >= bonus;
      if (c.every_word) c.weight -= bonus;
    }
    c.version = c.doc.get_value(terms::kVersionSlot);
  }
  return candidates;
}

}  // namespace

SearchResult Search(IndexReader& reader, const SearchRequest& request) {
  std::optional<std::string> root = request.snippets ? reader.graph().CorpusRoot() : std::nullopt;
  CitesFilter filter = ResolveInForce(reader, request.filter);
  try {
    return reader.ReadXapian([&](Xapian::Database& db) {
      QueryBuilder builder(db);
      QueryBuilder::RankedQuery ranked;
      if (request.partial_matches)
        ranked = builder.BuildRanked(request.expression);
      else
        ranked.every = builder.Build(request.expression);
      Query filters = ReportFilterQuery(db, filter, request.cites);
      auto filtered = [&](const Query& q) {
        return filters.empty() ? q : Query(Query::OP_FILTER, q, filters);
      };
      const Xapian::MatchDecider* live = reader.LiveDecider();
      WordProximity proximity(db, std::move(ranked.sequence));
      // The first kProximityWindow reports are ordered with the weight of
      // the typed words standing together; a page within them is cut from
      // the window so ordered, a page past it from BM25's order.
      const bool reorder = proximity.HasPairs() && request.offset < kProximityWindow;
      const std::size_t first = reorder ? 0 : request.offset;
      const std::size_t count =
          reorder ? std::max(kProximityWindow, request.offset + request.limit) : request.limit;

      // The reports holding every word first, by themselves: where they fill
      // what is asked, the OR of the words (twice the time for words most
      // reports hold) is not read, only estimated for the total.
      Xapian::MSet every = Match(db, filtered(ranked.every), first, count, live);
      SearchResult result;
      result.matches_every_word = every.get_matches_estimated();
      result.matches = result.matches_every_word;
      result.matches_exact = every.get_matches_lower_bound() == every.get_matches_upper_bound();
      std::vector<Candidate> candidates;
      double best = every.get_max_attained();  // the best weight of the whole answer
      if (ranked.loose.empty() || every.size() == count) {
        candidates = Candidates(every, 0);
        if (!ranked.loose.empty()) {
          Xapian::MSet loose = Match(db, filtered(ranked.loose), 0, 0, live, false);
          result.matches = std::max<std::size_t>(loose.get_matches_estimated(), result.matches);
          result.matches_exact = result.matches_exact &&
                                 loose.get_matches_lower_bound() == loose.get_matches_upper_bound();
        }
      } else {
        Xapian::MSet loose = Match(db, filtered(ranked.loose), first, count, live);
        candidates = Candidates(loose, ranked.bonus);
        best = loose.get_max_attained();
        if (best >= ranked.bonus) best -= ranked.bonus;
        result.matches = loose.get_matches_estimated();
        result.matches_exact = result.matches_exact &&
                               loose.get_matches_lower_bound() == loose.get_matches_upper_bound();
      }
      if (reorder) {
        std::size_t window = std::min(candidates.size(), kProximityWindow);
        for (std::size_t i = 0; i < window; ++i)
          candidates[i].weight += proximity.Weight(candidates[i].id);
        std::stable_sort(candidates.begin(), candidates.begin() + window,
                         [](const Candidate& a, const Candidate& b) {
                           if (a.every_word != b.every_word) return a.every_word;
                           if (a.weight != b.weight) return a.weight > b.weight;
                           return a.version < b.version;
                         });
      }
      // Reordered, the best is the window's first.
      if (reorder && !candidates.empty()) best = candidates[0].weight;
      const std::size_t skip = reorder ? request.offset : 0;
      for (std::size_t i = skip; i < candidates.size() && i < skip + request.limit; ++i) {
        const Candidate& c = candidates[i];
        nlohmann::json data = nlohmann::json::parse(c.doc.get_data(), nullptr, false);
        SearchHit& hit = result.hits.emplace_back();
        hit.path = Field(data, "path").value_or("");
        hit.symbol = Field(data, "symbol");
        hit.type = Field(data, "type");
        hit.date = Field(data, "date");
        hit.issuer = Field(data, "issuer");
        hit.title = Field(data, "title");
        hit.weight = c.weight;
        hit.percent = Percent(c.weight, best, c.every_word);
        if (request.snippets) AddSnippet(root, c.version, builder.patterns(), hit);
      }
      return result;
    });
  } catch (const Xapian::Error& e) {
    throw IndexError(IndexError::Kind::kStorage, "cannot search the index: " + e.get_description());
  }
}

}  // namespace lexgraph
