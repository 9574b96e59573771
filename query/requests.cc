#include "requests.h"

#include "lexgraph/text_decoder.h"
#include "request_values.h"

namespace lexgraph {
namespace {

// Reads one field after another and keeps the first mistake.
class Checker {
 public:
  bool ok() const { return !error_; }
  const RequestError& error() const { return *error_; }
  void Refuse(std::string field, std::string message) {
    if (!error_) error_ = RequestError{std::move(field), std::move(message)};
  }

  std::optional<Reference> Ref(const std::string& field, const std::string& typed) {
    if (typed.find_first_not_of(" \t\r\n") == std::string::npos) {
      Refuse(field, "give the document, e.g. \"Chỉ thị 05-CT/TW\"");
      return std::nullopt;
    }
    ParsedReference parsed = ParseReference(typed);
    if (!parsed.ok()) Refuse(field, parsed.error);
    return parsed.reference;
  }

  std::optional<Relation> RelationOf(const std::string& field, const std::string& text) {
    if (text.empty()) return std::nullopt;
    std::string error;
    std::optional<Relation> relation = ReadRelation(text, error);
    if (!relation) Refuse(field, text + ": " + error);
    return relation;
  }

  std::string DateBound(const std::string& field, const std::string& text, bool first) {
    std::string error;
    std::optional<std::string> bound = ReadDateBound(text, first, error);
    if (!bound) Refuse(field, text + ": " + error);
    return bound.value_or("");
  }

  int InRange(const std::string& field, int value, int min, int max, const std::string& what) {
    if (value < min || value > max)
      Refuse(field, what + ": " + std::to_string(min) + " to " + std::to_string(max));
    return value;
  }

 private:
  std::optional<RequestError> error_;
};

const char kChainDepth[] = "counts the links of a chain";

}  // namespace

std::string RequestError::Sentence(const std::function<std::string(const std::string&)>& name,
                                   const std::string& separator) const {
  std::string text;
  for (std::size_t at = 0; at < message.size();) {
    std::size_t open = message.find('{', at), close = message.find('}', open);
    if (open == std::string::npos || close == std::string::npos) {
      text += message.substr(at);
      break;
    }
    text += message.substr(at, open - at) + name(message.substr(open + 1, close - open - 1));
    at = close + 1;
  }
  std::string prefix = name(field);
  return prefix.empty() ? text : prefix + separator + text;
}

Checked<CitesRequest> CheckCites(const CitesAsked& asked) {
  Checker c;
  CitesRequest r;
  r.typed = asked.ref;
  std::optional<Reference> reference = c.Ref("ref", asked.ref);
  r.filter.relation = c.RelationOf("relation", asked.relation);
  r.filter.from = c.DateBound("from", asked.from, true);
  r.filter.to = c.DateBound("to", asked.to, false);
  r.filter.issuer = asked.issuer;
  r.filter.type = asked.type;
  r.filter.in_force = asked.in_force;
  r.implementing = asked.implementing;
  r.chain_depth = c.InRange("chain_depth", asked.chain_depth, 1, kMaxChainDepth, kChainDepth);
  if (asked.implementing) {
    if (r.filter.relation && *r.filter.relation != Relation::kImplements)
      c.Refuse("relation", "cannot be " + asked.relation +
                               " with {implementing}, which lists the reports implementing the"
                               " document");
    r.filter.relation = Relation::kImplements;
  }
  if (!c.ok()) return c.error();
  r.reference = *reference;
  return r;
}

Checked<CheckedSearch> CheckSearch(const SearchAsked& asked) {
  Checker c;
  CheckedSearch s;
  DecodedText text = DecodeText(asked.query, {TextEncoding::kUtf8});  // NFC, as the index is
  if (!text.ok() || text.invalid_sequences > 0) return RequestError{"query", "not UTF-8 text"};
  s.typed = text.text;
  ParsedSearch parsed = ParseSearch(s.typed);
  if (!parsed.ok()) return RequestError{"query", "cannot read the query: " + parsed.error};
  if (!parsed.expression)
    return RequestError{"query", "the query holds no word to look for; e.g. \"hóa đơn điện tử\""};
  SearchRequest& request = s.request;
  request.expression = std::move(*parsed.expression);
  if (!asked.cites.empty()) request.cites = c.Ref("cites", asked.cites);
  request.filter.relation = c.RelationOf("relation", asked.relation);
  if (request.filter.relation && asked.cites.empty())
    c.Refuse("relation", "says how a report cites {cites}: give {cites} too");
  request.filter.from = c.DateBound("from", asked.from, true);
  request.filter.to = c.DateBound("to", asked.to, false);
  request.filter.issuer = asked.issuer;
  request.filter.type = asked.type;
  request.filter.in_force = asked.in_force;
  if (!c.ok()) return c.error();
  return s;
}

Checked<CoverageRequest> CheckCoverage(const CoverageAsked& asked) {
  Checker c;
  CoverageRequest r;
  r.question.typed = asked.ref;
  std::optional<Reference> reference = c.Ref("ref", asked.ref);
  if (asked.by == "year")
    r.by = CoverageBy::kYear;
  else if (asked.by != "issuer")
    c.Refuse("by", asked.by + ": use issuer or year");
  r.question.filter.relation = c.RelationOf("relation", asked.relation);
  r.question.filter.from = c.DateBound("from", asked.from, true);
  r.question.filter.to = c.DateBound("to", asked.to, false);
  r.question.filter.chain_depth =
      c.InRange("chain_depth", asked.chain_depth, 1, kMaxChainDepth, kChainDepth);
  if (asked.expect && r.by != CoverageBy::kIssuer)
    c.Refuse("expect", "lists issuing bodies: use it with {by} issuer");
  if (!c.ok()) return c.error();
  r.question.reference = *reference;
  return r;
}

Checked<GraphRequest> CheckGraph(const GraphAsked& asked) {
  Checker c;
  GraphRequest r;
  r.typed = asked.ref;
  std::optional<Reference> reference = c.Ref("ref", asked.ref);
  r.options.depth = c.InRange("depth", asked.depth, 1, kMaxGraphDepth, "the depth of the graph");
  r.options.relation = c.RelationOf("relation", asked.relation);
  if (!c.ok()) return c.error();
  r.reference = *reference;
  return r;
}

Checked<TopFilter> CheckTop(const TopAsked& asked) {
  Checker c;
  TopFilter filter;
  filter.type = asked.type;
  filter.from = c.DateBound("from", asked.from, true);
  filter.to = c.DateBound("to", asked.to, false);
  if (!c.ok()) return c.error();
  return filter;
}

Checked<StatusRequest> CheckStatus(const StatusAsked& asked) {
  Checker c;
  std::optional<Reference> reference = c.Ref("ref", asked.ref);
  if (!c.ok()) return c.error();
  return StatusRequest{asked.ref, *reference};
}

}  // namespace lexgraph
