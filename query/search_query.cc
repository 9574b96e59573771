#include "search_query.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "document_query.h"  // ReadIndexedFile
#include "lexgraph/index_error.h"
#include "lexgraph/index_terms.h"
#include "lexgraph/text_terms.h"
#include "report_filter.h"

namespace lexgraph {
namespace {

using Query = Xapian::Query;

// Builds the Xapian query of an expression, collecting the terms that
// match (not those under NOT) for the snippets.
class QueryBuilder {
 public:
  explicit QueryBuilder(const Xapian::Database& db)
      : db_(db),
        folded_terms_(db.allterms_begin(std::string(terms::kFolded)) !=
                      db.allterms_end(std::string(terms::kFolded))) {}

  // The query of the whole expression: as Build, but where the expression
  // (or the part a NOT leaves) is words typed one after the other, a
  // report holding only some of them matches too, ranked after every
  // report holding all (Loose). all_words_bonus() is above 0 when it did.
  Query BuildRanked(const SearchExpression& e) {
    if (e.kind == SearchExpression::Kind::kAndNot && !e.children.empty() &&
        !(e.children[0].kind == SearchExpression::Kind::kAnd && e.children[0].children.empty())) {
      std::vector<Query> unwanted;
      for (std::size_t i = 1; i < e.children.size(); ++i)
        unwanted.push_back(Build(e.children[i], false));
      return Query(Query::OP_AND_NOT, Loose(e.children[0]),
                   Query(Query::OP_OR, unwanted.begin(), unwanted.end()));
    }
    return Loose(e);
  }

  // The weight Loose adds to a report holding every loose word: more than
  // any report's BM25 weight for the query can be, so that those reports
  // rank first whatever their BM25, while their order among themselves
  // (BM25 + this, the same for all) is BM25's. 0 when the last query built
  // asks for every word (nothing added).
  double all_words_bonus() const { return all_words_bonus_; }

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
  // Words typed one after the other (an AND only implied, over at least two
  // bare words) match reports holding any of them; quoted phrases, groups
  // and the words of a typed AND must still occur. Reports holding every
  // word get all_words_bonus() on top of their BM25 weight, so they come
  // first, in BM25 order, and then the others by BM25 alone, in which a
  // report holding more of the words, or rarer ones, weighs more.
  // Chosen over Xapian's alternatives:
  //   - OP_AND_MAYBE(all, any) would still need every word to match;
  //   - OP_ELITE_SET keeps the words of highest weight, not every word, and
  //     ranks a report holding most words anywhere among the others;
  //   - a second query for the rest (all words, then any AND_NOT all)
  //     costs a second match and makes paging across the two lists hard.
  // The bonus is a FixedWeightPostingSource filtered by the AND of the
  // words, under OP_AND_MAYBE, so the match stays one pass. It costs
  // reading the OR of the words (and their pairs) for the first 1,000
  // matches that are counted exactly: about 1.5 times the AND's median for
  // words most reports hold, at 20,000 reports (bench/RESULTS.md, issue 21).
  Query Loose(const SearchExpression& e) {
    all_words_bonus_ = 0;
    if (e.kind != SearchExpression::Kind::kAnd || e.typed_and) return Build(e);
    if (std::count_if(e.children.begin(), e.children.end(), IsBareWord) < 2) return Build(e);
    std::vector<Query> words, required;
    for (const SearchExpression& c : e.children)
      (IsBareWord(c) ? words : required).push_back(Build(c));
    Query any(Query::OP_OR, words.begin(), words.end());
    Query all(Query::OP_AND, words.begin(), words.end());
    if (!required.empty()) {
      required.push_back(any);
      any = Query(Query::OP_AND, required.begin(), required.end());
    }
    std::vector<Query> boosts = Pairs(e);
    all_words_bonus_ =
        BonusAbove(Query(Query::OP_OR, any, Query(Query::OP_OR, boosts.begin(), boosts.end())));
    auto* bonus = new Xapian::FixedWeightPostingSource(all_words_bonus_);
    boosts.emplace_back(Query::OP_FILTER, Query(bonus->release()), all);
    return Query(Query::OP_AND_MAYBE, any, Query(Query::OP_OR, boosts.begin(), boosts.end()));
  }

  static bool IsBareWord(const SearchExpression& e) {
    return e.kind == SearchExpression::Kind::kWords && !e.quoted;
  }

  // The kPair terms of the words typed one after the other ("cải cách
  // hành chính": cai cach, cach hanh, hanh chinh), to add to the weight of
  // the reports where they stand together, as BM25 weighs any term: a
  // pair that few reports hold counts more. Folded, so that a query typed
  // without diacritics prefers the reading of its syllables that the text
  // supports as a sequence. Checking positions instead (OP_PHRASE or
  // OP_NEAR under OP_AND_MAYBE) tripled the time of common words.
  std::vector<Query> Pairs(const SearchExpression& e) const {
    std::vector<Query> pairs;
    for (std::size_t i = 0; i + 1 < e.children.size(); ++i) {
      const SearchExpression& a = e.children[i];
      const SearchExpression& b = e.children[i + 1];
      if (!IsBareWord(a) || !IsBareWord(b) || a.words.size() != 1 || b.words.size() != 1) continue;
      auto first = WordTermsOf(a.words[0]), second = WordTermsOf(b.words[0]);
      if (first.empty() || second.empty()) continue;
      pairs.emplace_back(std::string(terms::kPair) + first[0].first + " " + second[0].first);
    }
    return pairs;
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
  std::vector<std::string> Spellings(const std::string& typed) {
    std::vector<std::pair<std::string, std::string>> terms = WordTermsOf(typed);
    if (terms.empty()) return {};
    auto& [folded, exact] = terms[0];
    if (!exact.empty()) return {exact};
    std::vector<std::string> spellings{folded};
    for (auto it = db_.synonyms_begin(folded); it != db_.synonyms_end(folded); ++it)
      spellings.push_back(*it);
    return spellings;
  }

  // Typed without diacritics, a word is its kFolded term: one term whose
  // statistics are exact, where an OP_SYNONYM of the spellings was
  // weighted from per-shard estimates (index_terms.h). Indexes built
  // before kFolded fall back to the synonym.
  Query Word(const std::string& typed, bool wanted) {
    std::vector<std::string> spellings = Spellings(typed);
    if (wanted) patterns_.push_back({{spellings.begin(), spellings.end()}});
    bool typed_folded = spellings.size() > 1 || (spellings.size() == 1 && IsFolded(typed));
    if (typed_folded && folded_terms_) return Query(std::string(terms::kFolded) + spellings[0]);
    return Query(Query::OP_SYNONYM, spellings.begin(), spellings.end());
  }

  static bool IsFolded(const std::string& typed) {
    std::vector<std::pair<std::string, std::string>> terms = WordTermsOf(typed);
    return !terms.empty() && terms[0].second.empty();
  }

  // Each word as the OR of its spellings that exist, next to each other:
  // Xapian 1.4 runs phrases over OR subqueries (not over OP_SYNONYM).
  Query Phrase(const std::vector<std::string>& typed, bool wanted) {
    std::vector<Query> words;
    SnippetPattern pattern;
    for (const std::string& word : typed) {
      std::vector<std::string> existing;
      for (std::string& term : Spellings(word))
        if (db_.term_exists(term)) existing.push_back(std::move(term));
      if (existing.empty()) return Query::MatchNothing;
      pattern.emplace_back(existing.begin(), existing.end());
      words.emplace_back(Query::OP_OR, existing.begin(), existing.end());
    }
    if (wanted) patterns_.push_back(std::move(pattern));
    return Query(Query::OP_PHRASE, words.begin(), words.end(), words.size());
  }

  const Xapian::Database& db_;
  double all_words_bonus_ = 0;
  bool folded_terms_;  // the index has kFolded terms
  std::vector<SnippetPattern> patterns_;
};

// Counts the candidates that hold every word (weight at least the bonus)
// among those Xapian looks at: all of them when it counts the matches
// exactly.
class AllWordsCounter : public Xapian::MatchSpy {
 public:
  explicit AllWordsCounter(double bonus) : bonus_(bonus) {}
  void operator()(const Xapian::Document&, double weight) override {
    ++seen_;
    if (weight >= bonus_) ++every_word_;
  }
  // How many of `matches` hold every word: the count seen, scaled to the
  // estimate when Xapian stopped counting before the end.
  std::size_t Estimate(std::size_t matches) const {
    if (seen_ == 0 || seen_ >= matches) return every_word_;
    return static_cast<std::size_t>(
        std::llround(static_cast<double>(every_word_) * matches / static_cast<double>(seen_)));
  }

 private:
  double bonus_;
  std::size_t seen_ = 0, every_word_ = 0;
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

}  // namespace

SearchResult Search(IndexReader& reader, const SearchRequest& request) {
  std::optional<std::string> root = request.snippets ? reader.graph().CorpusRoot() : std::nullopt;
  CitesFilter filter = ResolveInForce(reader, request.filter);
  try {
    return reader.ReadXapian([&](Xapian::Database& db) {
      QueryBuilder builder(db);
      Query query = request.partial_matches ? builder.BuildRanked(request.expression)
                                            : builder.Build(request.expression);
      double bonus = request.partial_matches ? builder.all_words_bonus() : 0;
      Query filters = ReportFilterQuery(db, filter, request.cites);
      if (!filters.empty()) query = Query(Query::OP_FILTER, query, filters);
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      // Reports of equal relevance (copies, reports with the same words)
      // come by path: Xapian orders them by document id, which depends on
      // which build thread indexed which file, so two indexes of the same
      // files answered in different orders (and pages) otherwise.
      enquire.set_sort_by_relevance_then_value(terms::kVersionSlot, false);
      // Counting exactly up to this many matches costs little and saves
      // showing "about 12" for twelve.
      constexpr Xapian::doccount kCountExactlyUpTo = 1000;
      AllWordsCounter all_words(bonus);
      if (bonus > 0) enquire.add_matchspy(&all_words);
      Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, kCountExactlyUpTo,
                                           nullptr, reader.LiveDecider());
      SearchResult result;
      result.matches = mset.get_matches_estimated();
      result.matches_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
      result.matches_every_word = bonus > 0 ? all_words.Estimate(result.matches) : result.matches;
      // The best BM25 weight of the whole match, for percents: the first
      // report holding every word if there is one (it comes first).
      double best = mset.get_max_attained();
      if (bonus > 0 && best >= bonus) best -= bonus;
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        Xapian::Document doc = it.get_document();
        nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
        SearchHit& hit = result.hits.emplace_back();
        hit.path = Field(data, "path").value_or("");
        hit.symbol = Field(data, "symbol");
        hit.type = Field(data, "type");
        hit.date = Field(data, "date");
        hit.issuer = Field(data, "issuer");
        hit.title = Field(data, "title");
        hit.weight = it.get_weight();
        hit.percent = it.get_percent();
        if (bonus > 0) {
          bool every_word = hit.weight >= bonus;
          if (every_word) hit.weight -= bonus;
          hit.percent = Percent(hit.weight, best, every_word);
        }
        if (request.snippets)
          AddSnippet(root, doc.get_value(terms::kVersionSlot), builder.patterns(), hit);
      }
      return result;
    });
  } catch (const Xapian::Error& e) {
    throw IndexError(IndexError::Kind::kStorage, "cannot search the index: " + e.get_description());
  }
}

}  // namespace lexgraph
