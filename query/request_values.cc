#include "request_values.h"

#include <charconv>
#include <vector>

#include "cites_query.h"  // ParseRelation
#include "lexgraph/iso_date.h"

namespace lexgraph {
namespace {

std::optional<int> Number(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string Pad2(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

std::optional<DateRange> ParseDateBound(std::string_view text) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : text) {
    if (c == '-' || c == '/' || c == '.') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  std::vector<int> n;
  for (const std::string& p : parts) {
    std::optional<int> v = Number(p);
    if (!v) return std::nullopt;
    n.push_back(*v);
  }
  int year = 0, month = 0, day = 0;
  if (n.size() == 1) {
    year = n[0];
  } else if (n.size() == 2 && parts[0].size() == 4) {
    year = n[0], month = n[1];
  } else if (n.size() == 3 && parts[0].size() == 4) {
    year = n[0], month = n[1], day = n[2];
  } else if (n.size() == 3 && parts[2].size() == 4) {  // 15/5/2016, as Vietnamese write it
    day = n[0], month = n[1], year = n[2];
  } else {
    return std::nullopt;
  }
  if (year < 1900 || year > 2999 || month < 0 || month > 12) return std::nullopt;
  if (day != 0 && (month == 0 || day > DaysInMonth(year, month))) return std::nullopt;
  std::string y = std::to_string(year);
  if (month == 0) return DateRange{y + "-01-01", y + "-12-31"};
  if (day == 0)
    return DateRange{y + "-" + Pad2(month) + "-01",
                     y + "-" + Pad2(month) + "-" + Pad2(DaysInMonth(year, month))};
  std::string date = y + "-" + Pad2(month) + "-" + Pad2(day);
  return DateRange{date, date};
}

std::optional<std::string> ReadDateBound(std::string_view text, bool first, std::string& error) {
  if (text.empty()) return std::string();
  std::optional<DateRange> range = ParseDateBound(text);
  if (!range) {
    error = "not a date; write 2019, 2019-06, 2019-06-01 or 1/6/2019";
    return std::nullopt;
  }
  return first ? range->first : range->last;
}

std::optional<Relation> ReadRelation(std::string_view text, std::string& error) {
  std::optional<Relation> relation = ParseRelation(text);
  if (!relation)
    error =
        "not a relation; use cites, basis, implements, amends, replaces, repeals or guides "
        "(or căn cứ, thực hiện, ...)";
  return relation;
}

}  // namespace lexgraph
