#include "search_query.h"

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
  bool folded_terms_;  // the index has kFolded terms
  std::vector<SnippetPattern> patterns_;
};

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
      Query query = builder.Build(request.expression);
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
      Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, kCountExactlyUpTo,
                                           nullptr, reader.LiveDecider());
      SearchResult result;
      result.matches = mset.get_matches_estimated();
      result.matches_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
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
