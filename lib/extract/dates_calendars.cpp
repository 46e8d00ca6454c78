// Holidays fixed in calendars other than the Gregorian one: Eid al-Fitr (1 Shawwal), Yom Kippur
// (10 Tishri), Chinese New Year (1st day of the 1st month), Nowruz (1 Farvardin). ICU's calendars
// know these calendars' month lengths and leap rules (the Umm al-Qura tables, the Hebrew leap
// cycle, the astronomical Chinese calendar), so a day of such a calendar becomes the Gregorian
// day it falls on in a given year without tables of our own.
#include "extract/dates_calendars.hpp"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <string>

#include "extract/dates_hindu.hpp"

namespace newsclaim {

namespace {

// The ICU locale keyword of a calendar words.tsv names. "islamic" is the Umm al-Qura calendar,
// the one Saudi Arabia publishes and most news dates follow.
std::string icu_calendar(std::string_view name) {
  if (name == "islamic") return "islamic-umalqura";
  if (name == "hebrew" || name == "chinese" || name == "persian") return std::string(name);
  return {};
}

// One calendar per thread and kind: ICU calendars are not thread-safe, and creating one loads
// its data (a few tens of microseconds), which a document naming Ramadan twice should pay once.
icu::Calendar* calendar(const std::string& keyword) {
  thread_local std::map<std::string, std::unique_ptr<icu::Calendar>> cache;
  auto& slot = cache[keyword];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string locale = "en@calendar=" + keyword;
    slot.reset(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

icu::GregorianCalendar* gregorian() {
  thread_local std::unique_ptr<icu::GregorianCalendar> g = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto cal = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), status);
    if (U_FAILURE(status)) cal.reset();
    return cal;
  }();
  return g.get();
}

}  // namespace

std::optional<timex::Ymd> other_calendar_date(std::string_view name, int month, int day, int year) {
  if (name == "hindu") return hindu_lunar_date(month, day, year, TithiRule::Sunrise);
  if (name == "hindu-morning") return hindu_lunar_date(month, day, year, TithiRule::Midmorning);
  if (name == "hindu-eve") return hindu_lunar_date(month, day, year, TithiRule::Sunset);
  if (name == "hindu-night") return hindu_lunar_date(month, day, year, TithiRule::Midnight);
  if (name == "sankranti") {
    const auto first = sankranti_date(month, year);
    if (!first || day < 1 || day > 32) return std::nullopt;
    return timex::add_days(*first, day - 1);
  }
  const std::string keyword = icu_calendar(name);
  if (keyword.empty() || month < 1 || month > 13 || day < 1 || day > 31 || year < 1 || year > 9999)
    return std::nullopt;
  icu::Calendar* cal = calendar(keyword);
  icu::GregorianCalendar* g = gregorian();
  if (!cal || !g) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  g->clear();
  g->set(year, UCAL_JANUARY, 1);
  cal->setTime(g->getTime(status), status);
  const int first_year = cal->get(UCAL_EXTENDED_YEAR, status);
  if (U_FAILURE(status)) return std::nullopt;
  // The calendar's year running on 1 January, or the next: a lunar year is shorter than the
  // Gregorian one, so the same day may come twice in one Gregorian year; the first is taken.
  for (int own_year = first_year; own_year <= first_year + 1; ++own_year) {
    cal->clear();
    cal->set(UCAL_EXTENDED_YEAR, own_year);
    cal->set(UCAL_MONTH, month - 1);
    cal->set(UCAL_DATE, day);
    if (keyword == "chinese") cal->set(UCAL_IS_LEAP_MONTH, 0);
    const UDate when = cal->getTime(status);
    g->setTime(when, status);
    if (U_FAILURE(status)) return std::nullopt;
    const timex::Ymd out{g->get(UCAL_YEAR, status), g->get(UCAL_MONTH, status) + 1,
                         g->get(UCAL_DATE, status)};
    if (U_SUCCESS(status) && out.y == year && g->get(UCAL_ERA, status) == icu::GregorianCalendar::AD)
      return out;
  }
  return std::nullopt;
}

timex::Ymd orthodox_easter(int year) {
  // Meeus's Julian computus, then the Julian calendar's lag behind the Gregorian one (13 days
  // from 1900 to 2099): Orthodox churches date Easter by the Julian calendar.
  const int a = year % 4, b = year % 7, c = year % 19;
  const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  const int lag = year / 100 - year / 400 - 2;
  return timex::add_days(timex::Ymd{year, month, day}, lag);
}

}  // namespace newsclaim
