// Holidays named in words ("Christmas", "Thanksgiving Day", "Election Day", "Easter", "Eid
// al-Fitr", "Yom Kippur"): each word in patterns/dates/words.tsv carries a calendar rule,
// computed here for the year the month-day policy picks around the anchor (so "Thanksgiving"
// said in January is last November's).
#include <cctype>
#include <charconv>
#include <string>

#include "extract/dates_calendars.hpp"
#include "extract/dates_internal.hpp"

namespace newsclaim {

using timex::Ymd;

namespace {

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Easter Sunday of year y (the Gregorian computus, anonymous algorithm).
Ymd easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {y, month, day};
}

// The Nth weekday wd of month m ("L": the last one), ISO weekdays 1-7.
Ymd nth_weekday(int y, int m, std::string_view n, int wd) {
  if (n == "L") {
    const Ymd last{y, m, timex::days_in_month(y, m)};
    return timex::add_days(last, -((timex::weekday(last) - wd + 7) % 7));
  }
  const Ymd first{y, m, 1};
  return timex::add_days(first, (wd - timex::weekday(first) + 7) % 7 + 7 * (to_int(n) - 1));
}

// The days "+k" or "-k" that a rule ends with from its sign at `sign` (npos: none, 0), cut off
// the rule.
int cut_shift(std::string_view& rule, size_t sign) {
  if (sign == std::string_view::npos) return 0;
  const int k = to_int(rule.substr(sign + 1)) * (rule[sign] == '-' ? -1 : 1);
  rule = rule.substr(0, sign);
  return k;
}

// A day of another calendar, rule "islamic:10-01" (1 Shawwal) in Gregorian year y, "+k" or "-k"
// days from it ("hindu-eve:07-30-1": the eve of Diwali); an invalid date when the rule names no
// calendar known or the year has no such day.
Ymd other_calendar_day(std::string_view rule, size_t colon, int y) {
  std::string_view month_day = rule.substr(colon + 1);
  const size_t dash = month_day.find('-');
  if (dash == std::string_view::npos) return {};
  const int shift = cut_shift(month_day, month_day.find_first_of("+-", dash + 1));
  const auto d = other_calendar_date(rule.substr(0, colon), to_int(month_day.substr(0, dash)),
                                     to_int(month_day.substr(dash + 1)), y);
  return d ? timex::add_days(*d, shift) : Ymd{};
}

// A rule of words.tsv ("12-25", "11-4-4", "05-L-1", "11-1-1+1", "easter-2", "orthodox+0",
// "hebrew:01-10") in year y.
Ymd holiday_in(std::string_view rule, int y) {
  if (const size_t colon = rule.find(':'); colon != std::string_view::npos)
    return other_calendar_day(rule, colon, y);
  // Easter's rules count days either way from it; others only "+k" after their weekday.
  const bool movable = rule.starts_with("easter") || rule.starts_with("orthodox");
  const int shift = cut_shift(rule, movable ? rule.find_first_of("+-") : rule.find('+', 5));
  if (rule == "easter") return timex::add_days(easter(y), shift);
  if (rule == "orthodox") return timex::add_days(orthodox_easter(y), shift);
  const int m = to_int(rule.substr(0, 2));
  if (rule.size() <= 5) return {y, m, to_int(rule.substr(3))};
  return timex::add_days(nth_weekday(y, m, rule.substr(3, 1), to_int(rule.substr(5))), shift);
}

// What the words around a holiday's name say: "next Halloween", "thanksgiving 2016".
struct HolidayWords {
  std::string key;        // lower-case words of the name joined by spaces, as words.tsv spells holidays
  int year = 0;           // a year written after it
  int relation = 0;       // next +1, last -1
  bool this_one = false;  // "this Christmas"
  int year_relation = 0;  // "Christmas last year": -1
  bool has_year_relation = false;
};

bool is_year(std::string_view t) {
  return t.size() == 4 && (t[0] == '1' || t[0] == '2') && std::isdigit(static_cast<unsigned char>(t[1]));
}

HolidayWords holiday_words(std::string_view text) {
  HolidayWords h;
  const std::vector<std::string> tokens = date_tokens(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (i == 0 && (t == "next" || t == "last" || t == "this")) {
      h.relation = t == "next" ? 1 : t == "last" ? -1 : 0;
      h.this_one = t == "this";
      continue;
    }
    if (i == 0 && t == "the") continue;  // "the Spring Festival", "the Fourth of July"
    if (is_year(t)) {
      h.year = to_int(t);
      continue;
    }
    if (t == "of" && i + 2 == tokens.size() && is_year(tokens[i + 1])) continue;  // "Easter of 2013"
    if (i + 2 == tokens.size() && tokens[i + 1] == "year" && (t == "this" || t == "last" || t == "next")) {
      h.year_relation = t == "next" ? 1 : t == "last" ? -1 : 0;  // "Easter last year"
      h.has_year_relation = true;
      break;
    }
    if (t == "of" && i + 3 == tokens.size() && tokens[i + 2] == "year") continue;  // "of this year"
    h.key += (h.key.empty() ? "" : " ") + t;
  }
  return h;
}

// The holiday's date in the year the words or the anchor give: a stated year; "next" the first
// one after the anchor, "last" the latest before it, "this" the coming one; otherwise the
// month-day policy.
Ymd holiday_date(std::string_view rule, const HolidayWords& h, Ymd anchor, bool future) {
  if (h.year) return holiday_in(rule, h.year);
  if (h.has_year_relation) return holiday_in(rule, anchor.y + h.year_relation);
  const Ymd near = holiday_in(rule, anchor.y);
  if (!timex::valid(near)) return near;
  const long diff = timex::days_from_civil(near) - timex::days_from_civil(anchor);
  if (h.relation > 0) return diff > 0 ? near : holiday_in(rule, anchor.y + 1);
  if (h.relation < 0) return diff < 0 ? near : holiday_in(rule, anchor.y - 1);
  // "this Christmas": the coming one, or one of the past week ("this Easter" said in August is
  // next year's; "this Thanksgiving" said two days after it is that one)
  if (h.this_one) return diff >= -7 ? near : holiday_in(rule, anchor.y + 1);
  const int y = year_for_month_day(anchor, near.m, near.d, future);
  return y == near.y ? near : holiday_in(rule, y);
}

}  // namespace

bool resolve_holiday(const DateCandidate& c, std::string_view text, const DateLexicon& lex,
                     const ResolveState& st, DateItem& item) {
  const HolidayWords h = holiday_words(text);
  const WordInfo* w = lex.find(h.key);
  if (!w || w->holiday.size() < 5) return false;
  const std::string& rule = w->holiday;
  const bool fixed = rule.size() == 5 && rule[2] == '-';
  if (!st.anchor && !h.year) {
    item.value = fixed ? "XXXX-" + rule : "XXXX-XX-XX";
    return true;
  }
  const Ymd d = holiday_date(rule, h, st.anchor.value_or(Ymd{h.year, 1, 1}), c.future());
  if (!timex::valid(d)) return false;
  item.value = timex::format_date(d);
  return true;
}

}  // namespace newsclaim
