// Days of calendars other than the Gregorian one, for holidays those calendars fix
// (dates_calendars.cpp).
#pragma once
#include <optional>
#include <string_view>

#include "extract/timex.hpp"

namespace newsclaim {

// The Gregorian date in `year` of day `day` of month `month` of calendar `name`: "islamic"
// (Umm al-Qura; months 1 Muharram .. 12 Dhu al-Hijjah), "hebrew" (1 Tishri .. 6 Adar I (leap
// years only), 7 Adar (Adar II in leap years), 8 Nisan .. 13 Elul), "chinese" (months 1-12, not
// the leap month) or "persian" (1 Farvardin .. 12 Esfand); "hindu" (amanta months 1 Chaitra ..
// 12 Phalguna, days the tithis 1-30, kept at sunrise; "hindu-morning" at 10:30, "hindu-eve" at sunset,
// "hindu-night" at midnight: dates_hindu.hpp) or "sankranti" (solar months from the Sun's entry into sidereal
// sign 1 Mesha .. 12 Meena). The first such day when the year holds two; nullopt for an unknown
// calendar, a day outside it, or a year it has none in.
std::optional<timex::Ymd> other_calendar_date(std::string_view name, int month, int day, int year);

// Easter Sunday of the Orthodox churches (the Julian computus), as a Gregorian date.
timex::Ymd orthodox_easter(int year);

}  // namespace newsclaim
