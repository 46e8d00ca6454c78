// A month's full English name as written in a sentence ("March", "May"): the entities stage
// keeps months out of names, the quotes stage out of speakers.
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

}  // namespace newsclaim
