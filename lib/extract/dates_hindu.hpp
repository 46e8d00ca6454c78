// Days of the Hindu lunisolar and solar calendars, for the festivals they fix (Diwali, Holi,
// Dussehra, Pongal, Vaisakhi), computed from the positions of the Sun and the Moon
// (dates_hindu.cpp). ICU has no Hindu lunisolar calendar.
#pragma once
#include <optional>

#include "extract/timex.hpp"

namespace newsclaim {

// When in its day a festival keeps its tithi (lunar day): the tithi in force at sunrise names
// the day for most festivals; Dussehra's is the one in force in mid-morning (10:30, the hour that
// gives the published days when dashami ends or begins in the morning), Diwali's and Holika
// Dahan's at sunset, Janmashtami's and Maha Shivaratri's at midnight.
enum class TithiRule { Sunrise, Midmorning, Sunset, Midnight };

// The Gregorian day, in Indian time, of tithi `tithi` (1-15 the bright half, 1 pratipada .. 15
// purnima; 16-30 the dark half, 30 amavasya) of amanta month `month` (1 Chaitra .. 12 Phalguna;
// an adhika, leap, month is skipped) in Gregorian year `year`; the first when the year holds
// two. Sunrise and sunset are those of central India through the year. nullopt outside
// 1900-2100 or for an invalid month or tithi.
std::optional<timex::Ymd> hindu_lunar_date(int month, int tithi, int year, TithiRule rule);

// The day, in Indian time, on which the Sun enters sidereal sign `sign` (1 Mesha/Aries .. 12
// Meena/Pisces; Lahiri ayanamsa) in Gregorian year `year`: Makar Sankranti (10), Vaisakhi (1).
// An entry after sunset counts for the next day.
std::optional<timex::Ymd> sankranti_date(int sign, int year);

// Apparent geocentric longitudes in degrees at Julian day `jd` (Meeus, "Astronomical
// Algorithms", ch. 25 and 47, the larger terms): exposed for tests.
double sun_longitude(double jd);
double moon_longitude(double jd);

}  // namespace newsclaim
