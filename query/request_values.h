// request_values.h: the values a question's request gives in words (a date
// bound, a relation), read once for every client: the CLI and the web API
// show the same sentence for the same mistake, prefixed with where it was
// (an option, a parameter).
#ifndef LEXGRAPH_QUERY_REQUEST_VALUES_H_
#define LEXGRAPH_QUERY_REQUEST_VALUES_H_

#include <optional>
#include <string>
#include <string_view>

#include "lexgraph/extraction.h"  // Relation

namespace lexgraph {

// "2019" -> {"2019-01-01", "2019-12-31"}; "2019-06" and "2019-06-01" too;
// "15/5/2016" as the day. std::nullopt when it is none of these, or no day
// of the calendar.
struct DateRange {
  std::string first, last;
};
std::optional<DateRange> ParseDateBound(std::string_view text);

// One bound of a date range ("" when `text` is empty): the first day of
// what `text` names (`first`), else its last; std::nullopt when it is no
// date, `error` then saying so ("not a date; write 2019, ...").
std::optional<std::string> ReadDateBound(std::string_view text, bool first, std::string& error);

// A relation by name or Vietnamese words (ParseRelation); std::nullopt with
// `error` when `text` names none ("not a relation; use cites, ...").
std::optional<Relation> ReadRelation(std::string_view text, std::string& error);

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_REQUEST_VALUES_H_
