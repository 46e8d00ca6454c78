#include "extract/timex.hpp"

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

void append_padded(std::string& out, long v, int width) {
  char digits[24];
  int n = 0;
  unsigned long magnitude = v < 0 ? 0ul - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (v < 0) out += '-', --width;
  if (n < width) out.append(static_cast<size_t>(width - n), '0');
  while (n > 0) out += digits[--n];
}

std::string format_date(Ymd date) {
  std::string out = format_month(date.y, date.m);
  out += '-';
  append_padded(out, date.d, 2);
  return out;
}

std::string format_month(int y, int m) {
  std::string out = format_year(y);
  out += '-';
  append_padded(out, m, 2);
  return out;
}

std::string format_year(int y) {
  std::string out;
  append_padded(out, y, 4);
  return out;
}

// The ISO year owns the week that holds its Thursday.
std::string format_week(Ymd date) {
  const Ymd thursday = add_days(date, 4 - weekday(date));
  const long first = days_from_civil({thursday.y, 1, 1});
  const long week = (days_from_civil(thursday) - first) / 7 + 1;
  std::string out = format_year(thursday.y);
  out += "-W";
  append_padded(out, week, 2);
  return out;
}

std::string format_quarter(int y, int q) {
  std::string out = format_year(y);
  out += "-Q";
  append_padded(out, q, 1);
  return out;
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
  std::string out = clock ? "PT" : "P";
  if (n < 0)
    out += 'X';
  else
    append_padded(out, n * factor, 1);
  out += u == "TM" ? std::string_view("M") : u;
  return out;
}

}  // namespace newsclaim::timex
