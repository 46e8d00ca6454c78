// Hindu festival days from the Sun and the Moon. A tithi is the time the Moon takes to gain 12
// degrees on the Sun; an amanta month runs from one new moon to the next and takes its name
// from the sidereal sign the Sun stands in when it begins (in Meena, Pisces: Chaitra); a month
// in which the Sun enters no sign is adhika (leap) and its festivals are kept in the month
// after it. A festival falls on the day whose sunrise (sunset, midnight) lies in its tithi, or,
// when the tithi holds none, on the day it begins. Longitudes follow Meeus's series to their
// larger terms (a few hundredths of a degree: minutes in time), sidereal positions the Lahiri
// ayanamsa, days Indian Standard Time (UTC+5:30).
#include "extract/dates_hindu.hpp"

#include <array>
#include <cmath>

namespace newsclaim {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kJ2000 = 2451545.0;
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoon2000 = 2451550.26;  // 2000-01-06 18:14 UT, a new moon
constexpr double kUnixEpoch = 2440587.5;     // JD of 1970-01-01 00:00 UT
constexpr double kIndianTime = 5.5 / 24;     // IST - UT, in days

double sin_deg(double deg) { return std::sin(deg * kPi / 180); }

double norm360(double deg) {
  deg = std::fmod(deg, 360.0);
  return deg < 0 ? deg + 360 : deg;
}

// An angle in (-180, 180]: how far a longitude is from a target, either way.
double wrap180(double deg) {
  deg = norm360(deg);
  return deg > 180 ? deg - 360 : deg;
}

// How far the Moon is ahead of the Sun, 0-360 degrees (tithi n: 12(n-1) to 12n).
double elongation(double jd) { return norm360(moon_longitude(jd) - sun_longitude(jd)); }

// Lahiri ayanamsa: the tropical longitude of the sidereal zodiac's origin (23.853 degrees at
// J2000, growing 50.29 arc seconds a year with the precession).
double sidereal_sun(double jd) {
  return norm360(sun_longitude(jd) - (23.853 + 0.0139694 * (jd - kJ2000) / 365.25));
}

// The moment near jd when the elongation reaches target (Newton's steps at the Moon's mean
// speed relative to the Sun, 12.19 degrees a day).
double elongation_at(double target, double jd) {
  for (int i = 0; i < 8; ++i) jd -= wrap180(elongation(jd) - target) / 12.19;
  return jd;
}

double new_moon(long lunation) {
  return elongation_at(0, kNewMoon2000 + kSynodicMonth * static_cast<double>(lunation));
}

double julian_day(timex::Ymd d, double hours) {
  return kUnixEpoch + static_cast<double>(timex::days_from_civil(d)) + hours / 24;
}

// The Indian calendar day a moment falls on.
timex::Ymd indian_day(double jd) {
  return timex::civil_from_days(static_cast<long>(std::floor(jd + kIndianTime - kUnixEpoch)));
}

// Sunrise and sunset in northern India (Delhi) in Indian time, hours: sunrise from
// 5:24 in June to 7:10 in December, sunset from 17:28 to 19:22.
double day_of_year(timex::Ymd d) {
  return static_cast<double>(timex::days_from_civil(d) - timex::days_from_civil({d.y, 1, 1}) + 1);
}
double sunrise_hours(timex::Ymd d) {
  return 6.28 + 0.88 * std::cos(2 * kPi * (day_of_year(d) - 355) / 365.25);
}
double sunset_hours(timex::Ymd d) {
  return 18.42 + 0.95 * std::cos(2 * kPi * (day_of_year(d) - 172) / 365.25);
}

// The UT Julian day of day d's moment of the rule in Indian time.
double rule_moment(timex::Ymd d, TithiRule rule) {
  const double hours = rule == TithiRule::Sunrise      ? sunrise_hours(d)
                       : rule == TithiRule::Midmorning ? 10.5
                       : rule == TithiRule::Sunset     ? sunset_hours(d)
                                                       : 24.0;
  return julian_day(d, hours) - kIndianTime;
}

// The day a tithi from `begin` to `end` is kept: the first whose rule moment lies in it, else
// (a tithi between two such moments) the day it begins.
timex::Ymd kept_day(double begin, double end, TithiRule rule) {
  const timex::Ymd first = indian_day(begin);
  for (long k = 0; k < 2; ++k) {
    const timex::Ymd d = timex::add_days(first, k);
    const double at = rule_moment(d, rule);
    if (begin <= at && at < end) return d;
  }
  return first;
}

// The sidereal sign (0 Mesha .. 11 Meena) the Sun stands in at a moment.
int sun_sign(double jd) { return static_cast<int>(sidereal_sun(jd) / 30); }

// The amanta month (1 Chaitra .. 12 Phalguna) of a lunar month that begins with the Sun in
// sign `sign` and ends with it in `next`, or 0 for an adhika one (the Sun entered no sign).
int amanta_month(int sign, int next) {
  if (sign == next) return 0;
  return sign == 11 ? 1 : sign + 2;
}

// Meeus table 47.A, the terms of 0.0005 degrees or more: multiples of D, M, M', F and the
// coefficient of the sine in millionths of a degree.
struct MoonTerm {
  signed char d, m, mp, f;
  int coeff;
};
constexpr std::array<MoonTerm, 50> kMoonTerms{{
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},  {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793},  {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528},  {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},   {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},    {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},   {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},   {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},    {2, -2, -1, 0, 2048},  {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595},   {4, -1, -1, 0, 1215},   {0, 0, 2, 2, -1110},   {3, 0, -1, 0, -892},
    {2, 1, 1, 0, -810},    {4, -1, -2, 0, 759},    {0, 2, -1, 0, -713},   {2, 2, -1, 0, -700},
    {2, 1, -2, 0, 691},    {2, -1, 0, -2, 596},    {4, 0, 1, 0, 549},     {0, 0, 4, 0, 537},
    {4, -1, 0, 0, 520},    {1, 0, -2, 0, -487},
}};

bool in_range(int year) { return year >= 1900 && year <= 2100; }

}  // namespace

double sun_longitude(double jd) {
  const double t = (jd - kJ2000) / 36525;
  const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_deg(m) +
                   (0.019993 - 0.000101 * t) * sin_deg(2 * m) + 0.000289 * sin_deg(3 * m);
  const double omega = 125.04 - 1934.136 * t;
  return norm360(l0 + c - 0.00569 - 0.00478 * sin_deg(omega));
}

double moon_longitude(double jd) {
  const double t = (jd - kJ2000) / 36525;
  const double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
  const double d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t * t;
  const double m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t * t;
  const double mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t * t;
  const double f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t * t;
  const double e = 1 - 0.002516 * t - 0.0000074 * t * t;
  double sum = 0;
  for (const MoonTerm& k : kMoonTerms) {
    const double factor = k.m == 0 ? 1 : (k.m == 1 || k.m == -1) ? e : e * e;
    sum += k.coeff * factor * sin_deg(k.d * d + k.m * m + k.mp * mp + k.f * f);
  }
  const double a1 = 119.75 + 131.849 * t, a2 = 53.09 + 479264.290 * t;
  sum += 3958 * sin_deg(a1) + 1962 * sin_deg(lp - f) + 318 * sin_deg(a2);
  // nutation in longitude, as for the Sun's apparent longitude
  const double omega = 125.04 - 1934.136 * t;
  return norm360(lp + sum / 1e6 - 0.00478 * sin_deg(omega));
}

std::optional<timex::Ymd> hindu_lunar_date(int month, int tithi, int year, TithiRule rule) {
  if (month < 1 || month > 12 || tithi < 1 || tithi > 30 || !in_range(year)) return std::nullopt;
  // From the lunation before December of the year before, so that a month begun then counts.
  const double from = julian_day({year - 1, 11, 15}, 0);
  long k = static_cast<long>(std::floor((from - kNewMoon2000) / kSynodicMonth));
  // Each new moon and the Sun's sign at it, found once: a month's end is the next one's start.
  double next = new_moon(k);
  int next_sign = sun_sign(next);
  for (int n = 0; n < 16; ++n) {
    const double start = next;
    const int sign = next_sign;
    next = new_moon(++k);
    next_sign = sun_sign(next);
    if (amanta_month(sign, next_sign) != month) continue;
    const double begin = tithi == 1 ? start : elongation_at(12.0 * (tithi - 1), start + (tithi - 1) * 0.98);
    const double end = tithi == 30 ? next : elongation_at(12.0 * tithi, start + tithi * 0.98);
    const timex::Ymd day = kept_day(begin, end, rule);
    if (day.y == year) return day;
  }
  return std::nullopt;
}

std::optional<timex::Ymd> sankranti_date(int sign, int year) {
  if (sign < 1 || sign > 12 || !in_range(year)) return std::nullopt;
  const double target = 30.0 * (sign - 1);
  double jd = julian_day({year, 1, 1}, 0);
  jd += norm360(target - sidereal_sun(jd)) / 0.9856;
  for (int i = 0; i < 5; ++i) jd -= wrap180(sidereal_sun(jd) - target) / 0.9856;
  timex::Ymd day = indian_day(jd);
  if (jd >= rule_moment(day, TithiRule::Sunset)) day = timex::add_days(day, 1);
  if (day.y != year) return std::nullopt;
  return day;
}

}  // namespace newsclaim
