// Weeks named by their place in a month or year, or by a day in them, valued as ISO weeks:
// "the first week of October 2014" holds October's first Monday (2014-W41), "the last week of
// March 2009" its last Sunday (2009-W13: weeks of a month are its whole weeks), "the last week of
// 2016" holds December 28 (the last day sure to be in the year's last ISO week), "the 3rd week
// of 2018" is ISO week 3, "the week of October 7th" the ISO week of that day.
#include <cctype>
#include <cstdio>
#include <string>

#include "extract/dates_internal.hpp"

namespace newsclaim {

using timex::Ymd;

namespace {

// Place of the week: nth from the start ("third") or from_end from the end ("last" 1, "third last" 3).
struct WeekPlace {
  int nth = 0, from_end = 0;
};

WeekPlace week_place(std::string_view head, const DateLexicon& lex) {
  WeekPlace p;
  int ordinal = 0;
  bool last = false;
  for (const std::string& tok : date_tokens(head)) {
    if (tok == "last" || tok == "final") {
      last = true;
    } else if (const WordInfo* w = lex.find(tok); w && w->ordinal) {
      ordinal = w->ordinal;
    } else if (tok.size() >= 3 && std::isdigit(static_cast<unsigned char>(tok[0]))) {
      ordinal = std::atoi(tok.c_str());  // "3rd"
    }
  }
  if (last)
    p.from_end = ordinal ? ordinal : 1;
  else
    p.nth = ordinal;
  return p;
}

// A week the text names but does not date (no year, no anchor).
bool undated_week(DateItem& item) {
  item.value = "XXXX-WXX";
  return true;
}

// The Monday on or after d.
Ymd monday_from(Ymd d) { return timex::add_days(d, (8 - timex::weekday(d)) % 7); }

// "the second week of March": the nth whole week (Monday to Sunday) inside the month, the ISO week
// of its nth Monday; "the last week of March" the last whole one, that of its last Sunday.
bool week_of_month(int y, int m, WeekPlace p, DateItem& item) {
  Ymd d;
  if (p.nth) {
    d = timex::add_days(monday_from({y, m, 1}), 7L * (p.nth - 1));
  } else {
    const Ymd last{y, m, timex::days_in_month(y, m)};  // the week of the month's last Sunday
    d = timex::add_days(last, -(timex::weekday(last) % 7) - 7L * (p.from_end - 1));
  }
  if (d.m != m || d.y != y) return false;  // no fifth Monday this month
  item.value = timex::format_week(d);
  return true;
}

// "the 3rd week of 2018": ISO week nth of y; "the last week of 2016": the one holding December 28.
bool week_of_year(int y, WeekPlace p, DateItem& item) {
  const Ymd d = p.nth ? timex::add_days(monday_from(timex::add_days({y, 1, 4}, -6)), 7L * (p.nth - 1))
                      : timex::add_days({y, 12, 28}, -7L * (p.from_end - 1));
  const std::string v = timex::format_week(d);
  if (std::atoi(v.c_str()) != y) return false;  // "the 54th week of 2018"
  item.value = v;
  return true;
}

// "the week of October 7th", "the week of 4 July 2016": the ISO week of that day.
bool week_of_day(const DateCandidate& c, const DateFacts& f, const ResolveState& st, DateItem& item) {
  int day = f.day;
  if (!day && !f.small_numbers.empty()) day = static_cast<int>(f.small_numbers.front());
  if (!f.month || day < 1 || day > 31) return false;
  if (!f.year && !st.anchor) return undated_week(item);
  const int y = f.year ? f.year : year_for_month_day(*st.anchor, f.month, day, c.future());
  if (!timex::valid({y, f.month, day})) return false;
  item.value = timex::format_week({y, f.month, day});
  return true;
}

}  // namespace

bool resolve_week(const DateCandidate& c, std::string_view text, const DateLexicon& lex,
                  const ResolveState& st, DateItem& item) {
  const size_t of = text.find("week of ");
  if (of == std::string_view::npos) return false;
  const WeekPlace place = week_place(text.substr(0, of), lex);
  std::vector<std::string> tail = date_tokens(text.substr(of + 8));
  if (!tail.empty() && tail.front() == "the") tail.erase(tail.begin());
  const DateFacts f = read_facts(tail, lex);
  item.type = DateType::Date;
  if (!place.nth && !place.from_end) return week_of_day(c, f, st, item);
  if (place.nth > 5 && f.month) return false;
  if (f.month) {
    if (!f.year && !st.anchor) return undated_week(item);
    const int y = f.year ? f.year : year_for_month(*st.anchor, f.month, c.future());
    return week_of_month(y, f.month, place, item);
  }
  if (!f.year && !st.anchor) return undated_week(item);
  const int rel = f.has_year_relation ? f.year_relation : f.relation.value_or(0);
  if (f.unit == "M") {  // "the first week of next month"
    const Ymd m = timex::add_months({st.anchor->y, st.anchor->m, 1}, rel);
    return week_of_month(m.y, m.m, place, item);
  }
  const int y = f.year ? f.year : st.anchor->y + rel;
  return place.nth <= 53 && week_of_year(y, place, item);
}

}  // namespace newsclaim
