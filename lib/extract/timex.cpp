#include "extract/timex.hpp"

#include <cstdio>

namespace newsclaim::timex {

// Howard Hinnant's public-domain civil calendar algorithms (days <-> y/m/d), rewritten here.
long days_from_civil(Ymd date) {
  const int y = date.y - (date.m <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (date.m + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + date.d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

bool valid(Ymd date) {
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= days_in_month(date.y, date.m);
}

int weekday(Ymd date) {
  const long z = days_from_civil(date);  // 1970-01-01 was a Thursday (ISO 4)
  const long w = ((z % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

Ymd add_days(Ymd date, long n) { return civil_from_days(days_from_civil(date) + n); }

Ymd add_months(Ymd date, int n) {
  int index = date.y * 12 + (date.m - 1) + n;
  Ymd out{index / 12, index % 12 + 1, date.d};
  if (out.d > days_in_month(out.y, out.m)) out.d = days_in_month(out.y, out.m);
  return out;
}

std::optional<Ymd> parse_ymd(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Ymd d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.y < 0 || !valid(d)) return std::nullopt;
  return d;
}

std::string format_date(Ymd date) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.y, date.m, date.d);
  return buf;
}

std::string format_month(int y, int m) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

std::string format_year(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

// The ISO year owns the week that holds its Thursday.
std::string format_week(Ymd date) {
  const Ymd thursday = add_days(date, 4 - weekday(date));
  const long first = days_from_civil({thursday.y, 1, 1});
  const long week = (days_from_civil(thursday) - first) / 7 + 1;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-W%02ld", thursday.y, week);
  return buf;
}

std::string format_quarter(int y, int q) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", y, q);
  return buf;
}

std::string format_duration(const std::string& count, std::string_view unit) {
  long n = -1;  // -1: unspecified (X)
  if (!count.empty() && count != "X") n = std::stol(count);
  std::string_view u = unit;
  long factor = 1;
  if (u == "10Y" || u == "100Y") factor = u == "10Y" ? 10 : 100, u = "Y";  // decades count in years
  if (u == "2W") factor = 2, u = "W";
  if (u == "WE") u = "W";
  const bool clock = u == "H" || u == "TM" || u == "S";
  const char* letter = u == "TM" ? "M" : u.data();
  char buf[48];
  if (n < 0)
    std::snprintf(buf, sizeof buf, "P%sX%.*s", clock ? "T" : "", static_cast<int>(u == "TM" ? 1 : u.size()),
                  letter);
  else
    std::snprintf(buf, sizeof buf, "P%s%ld%.*s", clock ? "T" : "", n * factor,
                  static_cast<int>(u == "TM" ? 1 : u.size()), letter);
  return buf;
}

}  // namespace newsclaim::timex
