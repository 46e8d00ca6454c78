// A month's or weekday's full English name as written in a sentence ("March", "May",
// "Monday"): the entities stage keeps them out of names ("the Commission on Monday", a
// headline's trailing "Sunday"), the quotes stage out of speakers ("on Wednesday Lord Woolf
// said"); a month's name or abbreviation after a day's number makes the money stage's count a
// date ("the 11 September attacks").
#pragma once
#include <algorithm>
#include <array>
#include <string_view>

namespace newsclaim {

inline bool is_month_name(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return std::find(kMonths.begin(), kMonths.end(), w) != kMonths.end();
}

// "Sept", "Dec": a month's abbreviation as the news writes it, without its period ("May" is
// the name itself).
inline bool is_month_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kAbbreviations = {
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end();
}

inline bool is_weekday_name(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                            "Friday", "Saturday", "Sunday"};
  return std::find(kDays.begin(), kDays.end(), w) != kDays.end();
}

}  // namespace newsclaim
