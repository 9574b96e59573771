// lexgraph/iso_date.h: the dates the index stores, ISO "2016-05-15".
// Pure functions; thread-safe.
#ifndef LEXGRAPH_ISO_DATE_H_
#define LEXGRAPH_ISO_DATE_H_

#include <optional>
#include <string>

namespace lexgraph {

// The year of an ISO date ("2016-05-15" -> 2016); std::nullopt when there
// is none.
std::optional<int> YearOfDate(const std::optional<std::string>& iso_date);

// The days of `month` (1-12) in `year`, leap years counted (Gregorian).
int DaysInMonth(int year, int month);
// Whether the day exists in the calendar: 29 February only in leap years.
// The one calendar check of the library.
bool IsCalendarDate(int year, int month, int day);

}  // namespace lexgraph

#endif  // LEXGRAPH_ISO_DATE_H_
