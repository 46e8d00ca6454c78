// Resolving calendar expressions (clock times, full and partial dates, months, quarters,
// years, decades, centuries) into TIMEX3 values, and the anchoring policies shared with
// dates_relative.cpp. Without an anchor, unknown parts stay as TIMEX3 placeholders (XXXX).
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "extract/dates_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

using timex::Ymd;

int year_for_month(Ymd anchor, int month, bool future) {
  if (future) return month >= anchor.m - 1 ? anchor.y : anchor.y + 1;
  return month <= anchor.m + 1 ? anchor.y : anchor.y - 1;
}

int year_for_month_day(Ymd anchor, int month, int day, bool future) {
  Ymd candidate{anchor.y, month, day};
  if (!timex::valid(candidate)) return anchor.y;  // Feb 29 outside a leap year: keep the year
  const long diff = timex::days_from_civil(candidate) - timex::days_from_civil(anchor);
  if (future) return diff < -30 ? anchor.y + 1 : anchor.y;
  return diff > 90 ? anchor.y - 1 : anchor.y;
}

Ymd weekday_date(Ymd anchor, int wd, std::optional<int> relation, bool future) {
  const int wa = timex::weekday(anchor);
  if (relation && *relation == 0) return timex::add_days(anchor, wd - wa);
  if (relation && *relation < 0) return timex::add_days(anchor, -(((wa - wd + 6) % 7) + 1));
  if (relation && *relation > 0) return timex::add_days(anchor, ((wd - wa + 6) % 7) + 1);
  if (future) return timex::add_days(anchor, (wd - wa + 7) % 7);
  return timex::add_days(anchor, -((wa - wd + 7) % 7));
}

std::string with_time(const std::string& date, const DateFacts& f) {
  if (f.hour >= 0 && f.hour <= 24) {
    std::string out = date + 'T';
    timex::append_padded(out, f.hour, 2);
    // minutes unless hour grain, ISO 8601 reduced precision: "3 pm" -> T15
    if (f.second >= 0 || f.minute_stated || f.minute != 0) out += ':', timex::append_padded(out, f.minute, 2);
    if (f.second >= 0) out += ':', timex::append_padded(out, f.second, 2);
    return out + f.zone;
  }
  return f.part.empty() ? date : date + "T" + f.part;
}

bool range_signal(std::string_view signal) {
  return one_of(signal, {"to", "through", "thru", "until", "till", "-"});
}

namespace {

std::string two(int v) {
  std::string out;
  timex::append_padded(out, v, 2);
  return out;
}

// The second end of a range or pair ("from April to June", "March 3 and March 9"): the year
// that puts month/day on or after the date named right before it; 0 when there is no such date.
// "to", "through", "until" wrap into the next year ("from November to February"); "and", "or"
// only keep the year (a listing may go back: "in May and March").
int year_after_previous(const DateCandidate& c, int month, int day, const ResolveState& st) {
  const bool range = range_signal(c.signal);
  if (!range && !one_of(c.signal, {"and", "or"})) return 0;
  if (!st.month_named || st.at < st.month_named_end || st.at - st.month_named_end > 10) return 0;
  const Ymd prev = *st.month_named;
  const bool before = month < prev.m || (month == prev.m && st.month_named_day && day && day < prev.d);
  if (!before) return prev.y;
  return range ? prev.y + 1 : 0;
}

// "Friday, July 18" without a year: the year the policy picked unless the weekday says it is the
// one before or after (the weekday was written for a reason).
Ymd weekday_consistent(Ymd d, int weekday) {
  if (!weekday || !timex::valid(d) || timex::weekday(d) == weekday) return d;
  for (const int y : {d.y - 1, d.y + 1})
    if (timex::valid({y, d.m, d.d}) && timex::weekday({y, d.m, d.d}) == weekday) return {y, d.m, d.d};
  return d;
}

// A month-day with or without its year; XXXX when neither the text nor the anchor says.
std::string month_day_value(const DateCandidate& c, const DateFacts& f, const ResolveState& st) {
  if (!timex::valid({f.year ? f.year : 2000, f.month, f.day})) return "";
  if (f.year) return timex::format_date({f.year, f.month, f.day});
  if (!st.anchor) return "XXXX-" + two(f.month) + "-" + two(f.day);
  if (const int y = year_after_previous(c, f.month, f.day, st); y && timex::valid({y, f.month, f.day}))
    return timex::format_date({y, f.month, f.day});
  if (const int y = st.repeated_month_year(f.month); y && timex::valid({y, f.month, f.day}))
    return timex::format_date({y, f.month, f.day});
  return timex::format_date(weekday_consistent(
      {year_for_month_day(*st.anchor, f.month, f.day, c.future()), f.month, f.day}, f.weekday));
}

// The day a clock time belongs to: the one it names, else the last day mentioned, else the anchor.
std::string day_of_time(const DateCandidate& c, const DateFacts& f, const ResolveState& st) {
  if (f.month && f.day) return month_day_value(c, f, st);
  if (!st.anchor) return "XXXX-XX-XX";
  if (f.weekday) return timex::format_date(weekday_date(*st.anchor, f.weekday, f.relation, c.future()));
  if (f.day_word) return timex::format_date(timex::add_days(*st.anchor, f.day_offset));
  if (f.relation == 0) return timex::format_date(*st.anchor);  // "this morning at 3"
  return timex::format_date(st.last_day ? *st.last_day : *st.anchor);
}

int year_of(const DateFacts& f, const ResolveState& st, int fallback) {
  if (f.year) return f.two_digit_year ? (f.year < 50 ? 2000 + f.year : 1900 + f.year) : f.year;
  if (f.has_year_relation && st.anchor) return st.anchor->y + f.year_relation;
  return fallback;
}

bool resolve_numeric(const DateCandidate& c, const DateFacts& f, const ResolveState& st, DateItem& item) {
  if (f.year && f.small_numbers.size() == 1 && f.small_numbers[0] >= 1 && f.small_numbers[0] <= 12) {
    item.value = timex::format_month(f.year, static_cast<int>(f.small_numbers[0]));  // "10/2014"
    return true;
  }
  if (f.small_numbers.size() < 2) return false;
  int a = static_cast<int>(f.small_numbers[0]), b = static_cast<int>(f.small_numbers[1]);
  int y = f.year;
  if (!y && f.small_numbers.size() >= 3) {
    const int yy = static_cast<int>(f.small_numbers[2]);
    y = yy < 50 ? 2000 + yy : 1900 + yy;
  }
  const bool day_first = a > 12 || (b <= 12 && st.day_first);
  Ymd d = day_first ? Ymd{y, b, a} : Ymd{y, a, b};
  if (!timex::valid({y ? y : 2000, d.m, d.d})) return false;
  if (!y) {  // "2/15": a month-day, its year from the anchor as for "Feb. 15"
    DateFacts md = f;
    md.month = d.m, md.day = d.d;
    item.value = month_day_value(c, md, st);
  } else {
    item.value = timex::format_date(d);
  }
  item.ambiguous = !st.order_known && a <= 12 && b <= 12 && a != b;
  return true;
}

// "the first Tuesday of October", "the last Monday of March 2015", "the second Friday of the
// month": the Nth weekday of a month (its year by the month policy), "last" the month's last one.
// The month and year a day of a month lies in: the month named (its year by the month policy) or
// the anchor's, moved by "next/last month".
Ymd month_of(const DateCandidate& c, const DateFacts& f, const ResolveState& st) {
  if (f.month) return {f.year ? f.year : year_for_month(*st.anchor, f.month, c.future()), f.month, 1};
  return timex::add_months({st.anchor->y, st.anchor->m, 1}, f.has_month_relation ? f.month_relation : 0);
}

bool nth_weekday_of_month(const DateCandidate& c, const DateFacts& f, const ResolveState& st,
                          DateItem& item) {
  const bool last = f.relation && *f.relation < 0 && !f.ordinal;  // not "the first Monday of last month"
  if (!last && (f.ordinal < 1 || f.ordinal > 5)) return false;
  if (!st.anchor && !(f.year && f.month)) return false;
  const Ymd m = f.year && f.month ? Ymd{f.year, f.month, 1} : month_of(c, f, st);
  const int month = m.m, y = m.y;
  Ymd d{y, month, 1};
  if (last) {
    d.d = timex::days_in_month(y, month);
    d = timex::add_days(d, -((timex::weekday(d) - f.weekday + 7) % 7));
  } else {
    d = timex::add_days(d, (f.weekday - timex::weekday(d) + 7) % 7 + 7 * (f.ordinal - 1));
    if (d.m != month) return false;  // no fifth Monday this month
  }
  item.value = timex::format_date(d);
  return true;
}

// "the last day of February", "the last day of the month": its month's last date.
bool last_day_of_month(const DateCandidate& c, const DateFacts& f, const ResolveState& st, DateItem& item) {
  if (!st.anchor && !(f.year && f.month)) return false;
  const Ymd m = f.year && f.month ? Ymd{f.year, f.month, 1} : month_of(c, f, st);
  const int month = m.m, y = m.y;
  item.value = timex::format_date({y, month, timex::days_in_month(y, month)});
  return true;
}

// "on the 15th", "Tuesday the 19th", "the 20th of next month": a day of a month the words leave
// to the anchor. A relative month counts from the anchor's; otherwise the nearest month whose
// day fits (and falls on the weekday named), behind the anchor in past reporting, ahead of it
// in forward-looking text.
bool resolve_day_of_month(const DateCandidate& c, const DateFacts& f, const ResolveState& st,
                          DateItem& item) {
  if (f.weekday && (f.month || f.unit == "M")) return nth_weekday_of_month(c, f, st, item);
  if (!f.day && f.relation && *f.relation < 0) return last_day_of_month(c, f, st, item);
  if (f.day < 1 || f.day > 31) return false;
  if (!st.anchor) {
    item.value = "XXXX-XX-" + two(f.day);
    return true;
  }
  const Ymd a = *st.anchor;
  if (f.unit == "M") {
    const Ymd m = timex::add_months({a.y, a.m, 1}, f.relation.value_or(0));
    if (!timex::valid({m.y, m.m, f.day})) return false;
    item.value = timex::format_date({m.y, m.m, f.day});
    return true;
  }
  const int step = c.future() ? 1 : -1;
  for (int k = 0; k < 14; ++k) {
    const Ymd m = timex::add_months({a.y, a.m, 1}, k * step);
    const Ymd d{m.y, m.m, f.day};
    if (!timex::valid(d) || (f.weekday && timex::weekday(d) != f.weekday)) continue;
    const long diff = timex::days_from_civil(d) - timex::days_from_civil(a);
    if (c.future() ? diff < 0 : diff > 0) continue;
    item.value = timex::format_date(d);
    return true;
  }
  return false;
}

// "June T-bonds", "the September contract", "May delivery": a futures month, always one ahead.
bool contract_month(std::string_view after) {
  if (after.size() < 4 || after[0] != ' ') return false;
  size_t end = 1;
  while (end < after.size() && (std::isalpha(static_cast<unsigned char>(after[end])) || after[end] == '-'))
    ++end;
  const std::string word = ascii_lower(after.substr(1, end - 1));
  if (one_of(word, {"futures", "contract", "contracts", "delivery", "shipment", "t-bond", "t-bonds", "bond",
                    "bonds", "calls", "puts", "options", "eurodollars"}))
    return true;
  // "600 contracts of July soymeal", "spreading May/July soybeans", "July oats again set": a
  // traded commodity in lower case after the month, then punctuation or a word of the trading
  // report; a statistic's noun ("March crude output", "JANUARY CRUDE OIL MOVEMENTS") keeps the
  // month a past one
  if (!one_of(after.substr(1, end - 1),
              {"soymeal", "soyoil", "soybeans", "corn", "wheat", "oats", "cocoa", "sugar", "coffee", "cotton",
               "gold", "silver", "copper", "hogs", "bellies", "cattle"}))
    return false;
  const std::string_view next = after.substr(end);
  if (next.empty()) return false;
  if (next[0] == ',' || next[0] == '.' || next[0] == ';' || next[0] == ')') return true;
  size_t w = 1;
  while (w < next.size() && is_ascii_lower(next[w])) ++w;
  if (next[0] != ' ' || (w < next.size() && next[w] != ' ' && next[w] != ',')) return false;
  return one_of(
      next.substr(1, w - 1),
      {"futures", "contract", "contracts", "delivery", "at",      "to",     "and",    "with",   "was",
       "were",    "rose",     "fell",      "closed",   "settled", "traded", "gained", "lost",   "eased",
       "firmed",  "again",    "also",      "is",       "are",     "hit",    "ended",  "opened", "set"});
}

// "to review the January-June period" in forward-looking text: the first month of a range
// within one year takes the year its last month would, so a stretch that has begun (read from
// a June anchor) is this year's, not next year's; 0 when the month opens no such range or the
// text looks back (the past policy already keeps a month up to the next one this year's).
static int range_start_year(const DateCandidate& c, int month, const ResolveState& st) {
  if (st.range_end_year || st.range_end_month <= month || !c.future()) return 0;
  return year_for_month(*st.anchor, st.range_end_month, true);
}

bool resolve_month(const DateCandidate& c, const DateFacts& f, const ResolveState& st, DateItem& item) {
  if (!f.month) return false;
  int y = year_of(f, st, c.season_year);
  if (!y && st.anchor) {
    const int am = st.anchor->m;
    if (f.relation && *f.relation < 0)
      y = f.month < am ? st.anchor->y : st.anchor->y - 1;
    else if (f.relation && *f.relation > 0)
      y = f.month > am ? st.anchor->y : st.anchor->y + 1;
    else if (f.relation)
      y = st.anchor->y;
    else if (!(y = year_after_previous(c, f.month, 0, st)) && !(y = range_start_year(c, f.month, st)) &&
             !(y = st.repeated_month_year(f.month)))
      y = year_for_month(*st.anchor, f.month, c.future() || contract_month(c.after));
  }
  item.value = y ? timex::format_month(y, f.month) : "XXXX-" + two(f.month);
  return true;
}

// Which quarter a bare "third quarter" means: past reporting does not name a quarter well
// ahead, forward-looking text not one long over.
int year_for_quarter(const ResolveState& st, int q, bool future) {
  const int aq = (st.anchor->m - 1) / 3 + 1;  // a report may look back at the quarter just over
  if (future) return q < aq - 1 ? st.anchor->y + 1 : st.anchor->y;
  return q > aq + 1 ? st.anchor->y - 1 : st.anchor->y;
}

// "the second half of fiscal 1987": the fiscal year named right after the phrase (a split one,
// "fiscal 1986/87", names no single year); 0 when none is.
static int fiscal_year_after(std::string_view after) {
  for (const std::string_view lead : {" of fiscal year ", " of fiscal "}) {
    if (!after.starts_with(lead)) continue;
    const std::string_view y = after.substr(lead.size());
    if (y.size() < 4 || !std::all_of(y.begin(), y.begin() + 4, is_ascii_digit)) return 0;
    if (y.size() > 4 && (y[4] == '/' || is_ascii_alnum(y[4]))) return 0;
    return (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
  }
  return 0;
}

bool resolve_quarter(const DateCandidate& c, const DateFacts& f, ResolveState& st, DateItem& item) {
  if (f.ordinal < 1 || f.ordinal > (f.half ? 2 : 4)) return false;
  for (std::string_view unit : {" hour", " minute", " mile", " point", " inning"})
    if (c.after.rfind(unit, 0) == 0) return false;  // "the first half hour of trading": not of a year
  int y = year_of(f, st, 0);
  if (!y) y = fiscal_year_after(c.after);
  if (!y && st.anchor) {
    const int q = f.half ? f.ordinal * 2 : f.ordinal;
    y = year_for_quarter(st, q, c.future());
  }
  const std::string year = y ? timex::format_year(y) : "XXXX";
  item.value = year + (f.half ? "-H" : "-Q") + std::to_string(f.ordinal);
  // "A year earlier" compares with the quarter reported on: a quarter in a forecast ("losses will
  // go on into the fourth quarter") does not replace it, though it is the context when nothing
  // was reported ("plans to build 485,000 cars in the second quarter, against 497,000 a year ago").
  const bool begun = !st.anchor || y * 4 + f.ordinal <= st.anchor->y * 4 + (st.anchor->m + 2) / 3;
  const bool reported = (begun && !c.future()) || c.after.rfind(" ended", 0) == 0;
  if (y && !f.half && (reported || !st.quarter_in_context() || !st.last_quarter_reported)) {
    st.last_quarter_year = y, st.last_quarter = f.ordinal, st.last_quarter_at = st.at;
    st.last_quarter_reported = reported;
  }
  return true;
}

bool resolve_year_like(const DateCandidate& c, const DateFacts& f, ResolveState& st, DateItem& item) {
  switch (c.family) {
    case DateFamily::Year:
    case DateFamily::SpokenYear:
    case DateFamily::Fiscal: {
      const int y = year_of(f, st, 0);
      if (!y) return false;
      item.value = timex::format_year(y);
      return true;
    }
    case DateFamily::Decade: {
      if (f.decade < 0) return false;
      // "a man in his 50s", "prices in the low 90s": ages and levels, not decades
      if (f.decade < 10 && age_or_level_word(c.signal)) return false;
      int d = f.decade;
      if (d < 10) d += (st.anchor && st.anchor->y >= 2010 && d <= (st.anchor->y % 100) / 10) ? 200 : 190;
      item.value = std::to_string(d);
      return true;
    }
    case DateFamily::Century: {
      const int n = f.ordinal ? f.ordinal : (f.day ? f.day : 0);
      if (n < 1 || n > 30) return false;
      item.value = two(n - 1);
      return true;
    }
    default:
      return false;
  }
}

// "that year", "the same day", "later that month", "the following year": the date mentioned
// last (at most a few paragraphs back), moved by relation; nothing when there is none.
// The year written right after "the same day in 1985", "the same month of 2019"; 0 without one.
int year_right_after(std::string_view after) {
  for (std::string_view lead : {std::string_view(" in "), std::string_view(" of ")}) {
    if (after.rfind(lead, 0) != 0 || after.size() < lead.size() + 4) continue;
    const std::string_view digits = after.substr(lead.size(), 4);
    const bool year = (digits.rfind("19", 0) == 0 || digits.rfind("20", 0) == 0) &&
                      std::isdigit(static_cast<unsigned char>(digits[2])) &&
                      std::isdigit(static_cast<unsigned char>(digits[3])) &&
                      (after.size() == lead.size() + 4 ||
                       !std::isdigit(static_cast<unsigned char>(after[lead.size() + 4])));
    if (year) return std::atoi(std::string(digits).c_str());
  }
  return 0;
}

bool resolve_anaphor(const DateCandidate& c, const DateFacts& f, const ResolveState& st, DateItem& item) {
  if (!st.last_ref || st.at - st.last_ref_at > 1500) return false;
  if (const int y = year_right_after(c.after); y && !f.same_period_year_before && f.relation == 0) {
    // "on the same day in 1985": the day last named, in the year written after it
    const Ymd r{y, st.last_ref->m, st.last_ref->d};
    if (f.unit == "D" && st.last_ref_unit == 'D' && timex::valid(r)) {
      item.value = timex::format_date(r);
      return true;
    }
    if (f.unit == "M" && st.last_ref_unit != 'Y') {
      item.value = timex::format_month(y, r.m);
      return true;
    }
  }
  if (f.same_period_year_before) {  // "the same month a year ago": the date last named, a year back
    const timex::Ymd r = *st.last_ref;
    if (st.quarter_in_context() && st.last_quarter_at >= st.last_ref_at)
      item.value = timex::format_quarter(st.last_quarter_year - 1, st.last_quarter);
    else
      item.value = st.last_ref_unit == 'Y' ? timex::format_year(r.y - 1) : timex::format_month(r.y - 1, r.m);
    return true;
  }
  const char unit = f.unit == "Y" ? 'Y' : f.unit == "M" ? 'M' : f.unit == "D" ? 'D' : 0;
  int rel = f.has_year_relation ? f.year_relation : f.relation.value_or(0);
  if (f.ago || f.later) rel = f.ago ? -1 : 1;  // "the day before", "the day after"
  const timex::Ymd r = *st.last_ref;
  if (unit == 'Y')
    item.value = timex::format_year(r.y + rel);
  else if (unit == 'M' && st.last_ref_unit != 'Y') {
    const timex::Ymd m = timex::add_months(r, rel);
    item.value = timex::format_month(m.y, m.m);
  } else if (unit == 'D' && st.last_ref_unit == 'D')
    item.value = timex::format_date(timex::add_days(r, rel));
  else
    return false;
  return true;
}

}  // namespace

namespace {

bool resolve_calendar_family(const DateCandidate& c, const DateFacts& f, ResolveState& st, DateItem& item) {
  switch (c.family) {
    case DateFamily::Time:
      if (f.hour < 0 || f.hour > 24 || f.minute > 59) return false;
      item.type = DateType::Time;
      item.value = with_time(day_of_time(c, f, st), f);
      return true;
    case DateFamily::Iso:
    case DateFamily::MonthDay:
    case DateFamily::DayMonth:
      item.value = month_day_value(c, f, st);
      return !item.value.empty();
    case DateFamily::Numeric:
      return resolve_numeric(c, f, st, item);
    case DateFamily::DayOfMonth:
      return resolve_day_of_month(c, f, st, item);
    case DateFamily::MonthYear:
    case DateFamily::Month:
      return resolve_month(c, f, st, item);
    case DateFamily::SpokenYear:
      if (f.month) return resolve_month(c, f, st, item);
      return resolve_year_like(c, f, st, item);
    case DateFamily::Quarter:
      return resolve_quarter(c, f, st, item);
    case DateFamily::Anaphor:
      return resolve_anaphor(c, f, st, item);
    default:
      return resolve_year_like(c, f, st, item);
  }
}

// Remembers a date that named its month, as the first end of a range that may follow.
void remember_month_named(const DateCandidate& c, const DateFacts& f, const DateItem& item,
                          ResolveState& st) {
  const std::string& v = item.value;
  if (!f.month || v.size() < 7 || v[4] != '-' || v[0] == 'X') return;
  const int day = v.size() >= 10 ? atoi_ascii(v.c_str() + 8) : 0;
  st.range_wrapped = !f.year && st.month_named && st.at >= st.month_named_end &&
                     st.at - st.month_named_end <= 10 && atoi_ascii(v.c_str()) > st.month_named->y;
  st.month_named = Ymd{atoi_ascii(v.c_str()), atoi_ascii(v.c_str() + 5), day ? day : 1};
  st.month_named_day = day > 0;
  st.month_named_with_year = f.year != 0;
  st.month_named_end = c.span.end;
  if (f.year && f.month >= 1 && f.month <= 12) st.month_stated_year_at[f.month] = c.span.begin + 1;
}

}  // namespace

bool resolve_calendar(const DateCandidate& c, const DateFacts& f, ResolveState& st, DateItem& item) {
  if (!resolve_calendar_family(c, f, st, item)) return false;
  remember_month_named(c, f, item, st);
  return true;
}

}  // namespace newsclaim
