#include "search_expression.h"

#include "lexgraph/text_terms.h"

namespace lexgraph {
namespace {

struct Token {
  enum class Kind { kWords, kAnd, kOr, kNot, kHate, kOpen, kClose };
  Kind kind;
  std::vector<std::string> words;  // kWords
  std::string text;                // as typed, for messages
  bool quoted = false;             // kWords in quotes
};

bool EndsBareToken(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '(' || c == ')';
}

// The index words of `typed`, each as typed ("05-CT/TW" -> 05, CT, TW).
std::vector<std::string> WordsOf(std::string_view typed) {
  std::vector<std::string> words;
  ForEachWord(typed, [&](const WordTerms& w) {
    words.emplace_back(typed.substr(w.begin, w.end - w.begin));
  });
  return words;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c == '(' || c == ')') {
      tokens.push_back({c == '(' ? Token::Kind::kOpen : Token::Kind::kClose, {}, {c}});
      ++i;
    } else if (c == '"') {
      std::size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos) close = text.size();
      std::string_view inside = text.substr(i + 1, close - i - 1);
      std::vector<std::string> words = WordsOf(inside);
      if (!words.empty())
        tokens.push_back({Token::Kind::kWords, std::move(words), std::string(inside), true});
      i = close + 1;
    } else if (c == '-' && i + 1 < text.size() &&
               (text[i + 1] == '"' || text[i + 1] == '(' ||
                (!EndsBareToken(text[i + 1]) && text[i + 1] != '-'))) {
      // Only at the start of a token: "05-CT/TW" keeps its hyphen.
      tokens.push_back({Token::Kind::kHate, {}, "-"});
      ++i;
    } else {
      std::size_t end = i;
      while (end < text.size() && !EndsBareToken(text[end])) ++end;
      std::string_view bare = text.substr(i, end - i);
      if (bare == "AND")
        tokens.push_back({Token::Kind::kAnd, {}, "AND"});
      else if (bare == "OR")
        tokens.push_back({Token::Kind::kOr, {}, "OR"});
      else if (bare == "NOT")
        tokens.push_back({Token::Kind::kNot, {}, "NOT"});
      else if (std::vector<std::string> words = WordsOf(bare); !words.empty())
        tokens.push_back({Token::Kind::kWords, std::move(words), std::string(bare)});
      i = end;
    }
  }
  return tokens;
}

// Recursive descent over the tokens:
//   or   := and ('OR' and)*
//   and  := unary ('AND'? unary)*
//   unary:= 'NOT' unary | '-' primary | primary
//   prim := '(' or ')' | words
// NOT x excludes x from its AND; -x, as in Xapian's and web search boxes,
// from its whole group: "thuế OR phí -xăng" is (thuế OR phí) AND NOT xăng.
class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  ParsedSearch Parse() {
    ParsedSearch parsed;
    if (tokens_.empty()) return parsed;
    std::optional<SearchExpression> e = Or();
    if (error_.empty() && pos_ < tokens_.size())
      error_ = "unexpected \"" + tokens_[pos_].text + "\" (a ')' with no '(' before it?)";
    parsed.error = error_;
    if (error_.empty()) parsed.expression = std::move(e);
    return parsed;
  }

 private:
  bool At(Token::Kind kind) const { return pos_ < tokens_.size() && tokens_[pos_].kind == kind; }

  std::optional<SearchExpression> Or() {
    hated_.emplace_back();
    std::optional<SearchExpression> e = Sides();
    std::vector<SearchExpression> hated = std::move(hated_.back());
    hated_.pop_back();
    if (!e || hated.empty()) return e;
    SearchExpression without{SearchExpression::Kind::kAndNot, {}, {std::move(*e)}};
    for (SearchExpression& h : hated) without.children.push_back(std::move(h));
    return without;
  }

  std::optional<SearchExpression> Sides() {
    std::vector<SearchExpression> sides;
    for (;;) {
      std::optional<SearchExpression> side = And();
      if (!error_.empty()) return std::nullopt;
      if (!side) {
        error_ = "OR needs something on each side";
        return std::nullopt;
      }
      sides.push_back(std::move(*side));
      if (!At(Token::Kind::kOr)) break;
      ++pos_;
    }
    if (sides.size() == 1) return std::move(sides[0]);
    return SearchExpression{SearchExpression::Kind::kOr, {}, std::move(sides)};
  }

  // nullopt with no error: nothing here (the caller decides).
  std::optional<SearchExpression> And() {
    std::vector<SearchExpression> wanted, unwanted;
    bool any = false;
    bool typed_and = false;
    while (pos_ < tokens_.size() && !At(Token::Kind::kOr) && !At(Token::Kind::kClose)) {
      if (At(Token::Kind::kAnd)) {
        if (!any) return Fail("AND needs something before it");
        typed_and = true;
        ++pos_;
        if (pos_ == tokens_.size() || At(Token::Kind::kOr) || At(Token::Kind::kClose))
          return Fail("AND needs something after it");
        continue;
      }
      bool hate = At(Token::Kind::kHate);
      if (hate) ++pos_;
      bool negated = false;
      while (!hate && At(Token::Kind::kNot)) {
        negated = !negated;
        ++pos_;
      }
      std::optional<SearchExpression> e = Primary();
      if (!error_.empty()) return std::nullopt;
      if (!e) return Fail("NOT needs something after it");
      (hate ? hated_.back() : negated ? unwanted : wanted).push_back(std::move(*e));
      any = true;
    }
    if (!any) return std::nullopt;
    SearchExpression positive =
        wanted.size() == 1 ? std::move(wanted[0])
                           : SearchExpression{SearchExpression::Kind::kAnd, {}, std::move(wanted)};
    positive.typed_and = positive.kind == SearchExpression::Kind::kAnd && typed_and;
    if (unwanted.empty()) return positive;
    SearchExpression e{SearchExpression::Kind::kAndNot, {}, {std::move(positive)}};
    for (SearchExpression& u : unwanted) e.children.push_back(std::move(u));
    return e;
  }

  std::optional<SearchExpression> Primary() {
    if (At(Token::Kind::kWords)) {
      Token& token = tokens_[pos_++];
      SearchExpression words{SearchExpression::Kind::kWords, std::move(token.words), {}};
      words.quoted = token.quoted;
      return words;
    }
    if (At(Token::Kind::kOpen)) {
      ++pos_;
      if (At(Token::Kind::kClose)) return Fail("() holds nothing to look for");
      std::optional<SearchExpression> inner = Or();
      if (!error_.empty()) return std::nullopt;
      if (At(Token::Kind::kClose)) ++pos_;  // an unclosed '(' closes at the end
      return inner;
    }
    return std::nullopt;
  }

  std::nullopt_t Fail(std::string message) {
    error_ = std::move(message);
    return std::nullopt;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::vector<std::vector<SearchExpression>> hated_;  // -x of each open group
  std::string error_;
};

}  // namespace

ParsedSearch ParseSearch(std::string_view text) { return Parser(Tokenize(text)).Parse(); }

std::string ToString(const SearchExpression& e) {
  auto child = [&](const SearchExpression& c) {
    std::string s = ToString(c);
    // AND binds tighter than OR; everything else is grouped to be plain.
    bool group = c.kind != SearchExpression::Kind::kWords &&
                 !(c.kind == SearchExpression::Kind::kAnd && e.kind == SearchExpression::Kind::kOr);
    return group ? "(" + s + ")" : s;
  };
  std::string out;
  switch (e.kind) {
    case SearchExpression::Kind::kWords:
      for (const std::string& w : e.words) out += (out.empty() ? "" : " ") + w;
      return e.words.size() > 1 ? "\"" + out + "\"" : out;
    case SearchExpression::Kind::kAnd:
    case SearchExpression::Kind::kOr:
      for (const SearchExpression& c : e.children)
        out += (out.empty()                              ? ""
                : e.kind == SearchExpression::Kind::kAnd ? " AND "
                                                         : " OR ") +
               child(c);
      return out;
    case SearchExpression::Kind::kAndNot:
      out = e.children[0].kind == SearchExpression::Kind::kAnd && e.children[0].children.empty()
                ? ""
                : child(e.children[0]);
      for (std::size_t i = 1; i < e.children.size(); ++i)
        out += (out.empty() ? "NOT " : " AND NOT ") + child(e.children[i]);
      return out;
  }
  return out;
}

}  // namespace lexgraph
