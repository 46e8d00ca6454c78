// TIMEX3 value arithmetic for the dates stage: proleptic Gregorian days, ISO weeks and the
// string forms of TIMEX3 values (2020-08-07, 2020-W32, 2020-Q3, P3Y, XXXX-07-15).
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace newsclaim::timex {

struct Ymd {
  int y = 0, m = 0, d = 0;                      // m 1-12, d 1-31
  friend auto operator<=>(Ymd, Ymd) = default;  // by year, month, day: calendar order
};

// Days since 1970-01-01 of a valid calendar date (negative before).
long days_from_civil(Ymd date);
// The calendar date of a day number from days_from_civil.
Ymd civil_from_days(long days);
// Days in month m of year y (m 1-12).
int days_in_month(int y, int m);
// True when y-m-d exists in the calendar.
bool valid(Ymd date);
// ISO weekday, 1 = Monday .. 7 = Sunday.
int weekday(Ymd date);
// date moved by n days (n may be negative).
Ymd add_days(Ymd date, long n);
// date moved by n months, the day clamped to the target month's length.
Ymd add_months(Ymd date, int n);
// "YYYY-MM-DD" -> Ymd; nullopt unless well formed and valid.
std::optional<Ymd> parse_ymd(std::string_view s);

// Formatting of TIMEX3 values, without printf (its format parsing cost about as much as the
// rest of resolving a date).
// Appends v as printf's "%0<width>ld" writes it: zero-padded to width characters, sign included.
void append_padded(std::string& out, long v, int width);
std::string format_date(Ymd date);         // 2020-08-07
std::string format_month(int y, int m);    // 2020-08
std::string format_year(int y);            // 2020 (four digits)
std::string format_week(Ymd date);         // ISO week of date: 2020-W32
std::string format_quarter(int y, int q);  // 2020-Q3
// A duration: count and TIMEX3 unit ("Y","M","W","D","Q","H","TM","S"; "10Y" for decades):
// P3Y, P18M, PT5H, PT30M, PXD when count is empty (unspecified).
std::string format_duration(const std::string& count, std::string_view unit);

}  // namespace newsclaim::timex
