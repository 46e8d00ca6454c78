// Resolving expressions relative to the anchor (this week, last month, Thursday, yesterday,
// two years ago, this summer), durations (P3Y), sets (P1Y, XXXX-WXX-4) and symbolic
// references (PRESENT_REF, PAST_REF, FUTURE_REF).
#include <cctype>
#include <cstdio>
#include <initializer_list>
#include <string>

#include "extract/dates_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

using timex::Ymd;

namespace {

const char* kSeasons[] = {"SP", "SU", "FA", "WI"};

int season_start(const std::string& s) {
  for (int i = 0; i < 4; ++i)
    if (s == kSeasons[i]) return 3 + 3 * i;  // spring starts in March ... winter in December
  return 0;
}

// "last summer": the latest one over; "next summer": the first not begun; otherwise past
// reporting means the latest one begun, forward-looking text the first not over.
int season_year(Ymd a, int start, std::optional<int> relation, bool future) {
  const int end = start + 2;  // winter ends in February of the next year (month 14)
  if (relation && *relation < 0) return a.m > end ? a.y : a.y - 1;
  if (relation && *relation > 0) return a.m < start ? a.y : a.y + 1;
  if (relation) return a.y;
  if (future) return a.m > end ? a.y + 1 : a.y;
  return a.m < start && start != 12 ? a.y - 1 : (start == 12 && a.m < 12 ? a.y - 1 : a.y);
}

// Whether the text right after the expression goes on with a lower-case word other than
// those listed: "winter wheat", "future losses" (a noun after), not "winter and", "future is".
bool lower_word_follows_except(std::string_view after, std::initializer_list<std::string_view> words) {
  if (after.size() < 3 || after[0] != ' ' || !std::islower(static_cast<unsigned char>(after[1])))
    return false;
  size_t end = 1;
  while (end < after.size() && std::isalpha(static_cast<unsigned char>(after[end]))) ++end;
  const std::string_view next = after.substr(1, end - 1);
  for (std::string_view w : words)
    if (next == w) return false;
  return true;
}

// A lower-case word right after that is not a function word: "winter wheat", "spring training".
bool modifier_of_noun(std::string_view after) {
  return lower_word_follows_except(
      after, {"and", "or", "but", "when", "as",  "the",  "of",    "to",   "with",   "in",
              "on",  "at", "for", "is",   "was", "will", "would", "that", "before", "after"});
}

// Whether the words are a season here: "fall" and "spring" are nouns too ("stop the fall",
// "a fall in prices"), so "the fall" needs a time preposition; "winter wheat" is a crop.
bool season_ok(const DateCandidate& c, std::string_view text) {
  if (c.family == DateFamily::SeasonBare) return !modifier_of_noun(c.after);
  if (text != "the fall" && text != "the spring") return true;
  return one_of(c.signal, {"in", "during", "by", "since", "until", "till", "through", "over", "before",
                           "after", "into", "from", "to", "throughout", "for"});
}

bool resolve_season(const DateCandidate& c, const DateFacts& f, std::string_view text, const ResolveState& st,
                    DateItem& item) {
  const int start = season_start(f.season);
  if (!start || !season_ok(c, text)) return false;
  int y = f.year;
  if (!y && st.anchor) y = season_year(*st.anchor, start, f.relation, c.future());
  item.value = (y ? timex::format_year(y) : "XXXX") + "-" + f.season;
  return true;
}

// "For the year ended Sept. 30": a fiscal stretch of time, not the calendar year.
bool year_as_span(std::string_view text, std::string_view after) {
  const bool past_year = text == "the past year" || text == "the last year";
  const bool ended =
      after.rfind(" ended", 0) == 0 || after.rfind(" ending", 0) == 0 || after.rfind(" to date", 0) == 0;
  return past_year || (text.rfind("the ", 0) == 0 && ended);
}

// The week, month, year or decade the anchor is in, moved by relation.
bool resolve_unit_relative(const DateCandidate& c, const DateFacts& f, ResolveState& st,
                           std::string_view text, DateItem& item) {
  if (c.after.rfind("-on-", 0) == 0 || c.after.rfind("-over-", 0) == 0)
    return false;  // "the year-on-year rise": a comparison, not a time
  const bool after_next = text.find("after next") != std::string_view::npos;  // "the week after next"
  const int rel = after_next ? 2 : f.has_year_relation ? f.year_relation : f.relation.value_or(0);
  if (f.unit == "10Y" && rel > 0) {  // "the next decade" is a stretch of time in TimeML
    item.type = DateType::Duration;
    item.value = "P10Y";
    return true;
  }
  if (f.unit == "Y" && year_as_span(text, c.after)) {
    item.type = DateType::Duration;
    item.value = "P1Y";
    return true;
  }
  if (!st.anchor) {
    item.value = f.unit == "W" || f.unit == "WE" ? "XXXX-WXX"
                 : f.unit == "M"                 ? "XXXX-XX"
                 : f.unit == "D"                 ? "XXXX-XX-XX"
                                                 : "XXXX";
    return f.unit == "W" || f.unit == "WE" || f.unit == "M" || f.unit == "Y" || f.unit == "10Y" ||
           f.unit == "D";
  }
  const Ymd a = *st.anchor;
  const bool whole = text.find("entire") != std::string_view::npos ||
                     text.find("full") != std::string_view::npos ||
                     text.find("whole") != std::string_view::npos;
  if (f.unit == "Y" && whole && st.last_ref && st.at - st.last_ref_at < 300) {
    item.value =
        timex::format_year(st.last_ref->y);  // "a loss in the fourth quarter of 2005 and for the entire year"
    return true;
  }
  if (f.unit == "WE") {  // past reporting: the weekend just gone unless the anchor is in one
    int shift = rel * 7;
    if (!f.relation && !c.future() && timex::weekday(a) < 6) shift = -7;
    item.value = timex::format_week(timex::add_days(a, shift)) + "-WE";
    return true;
  }
  if (f.unit == "W" && text == "the week")  // TimeBank gold leaves a bare "the week" unnumbered
    item.value = timex::format_year(a.y) + "-WXX";
  else if (f.unit == "M" && text == "the month" && st.month_named && !st.month_named_day &&
           !st.month_named_with_year &&
           st.at - st.month_named_end < 300) {  // "March exports ... in the month"
    item.value = timex::format_month(st.month_named->y, st.month_named->m);
    st.month_named_end = c.span.end;  // and the next "the month" a little further on too
  } else if (f.unit == "D")           // "the day", "the day before" with no date before it: the anchor's
    item.value = timex::format_date(timex::add_days(a, f.ago ? -1 : f.later ? 1 : rel));
  else if (f.unit == "W")
    item.value = timex::format_week(timex::add_days(a, rel * 7));
  else if (f.unit == "M")
    item.value = timex::format_month(timex::add_months(a, rel).y, timex::add_months(a, rel).m);
  else if (f.unit == "Y")
    item.value = timex::format_year(a.y + rel);
  else if (f.unit == "10Y")
    item.value = std::to_string(a.y / 10 + rel);
  else
    return false;
  return true;
}

bool resolve_day(const DateFacts& f, const ResolveState& st, std::string_view text, DateItem& item) {
  int offset = f.day_offset;
  if (text.find("before yesterday") != std::string_view::npos) offset = -2;
  if (text.find("after tomorrow") != std::string_view::npos) offset = 2;
  DateFacts g = f;
  if (text.find("last night") != std::string_view::npos) offset = -1;
  if (text.find("tonight") != std::string_view::npos) g.part.clear();  // TimeML: tonight is the day
  std::string date = st.anchor ? timex::format_date(timex::add_days(*st.anchor, offset)) : "XXXX-XX-XX";
  if (!f.day_word && st.last_day && text.find("this") == std::string_view::npos &&
      text.find("last") == std::string_view::npos)
    date = timex::format_date(*st.last_day);  // "the morning" of the day just mentioned
  item.value = with_time(date, g);
  if (!g.part.empty()) item.type = DateType::Time;
  return true;
}

// "the previous Friday", "the following Monday" count from the day the story is at (the last
// day named, a few paragraphs back at most); "last Friday" and a bare weekday from the anchor.
Ymd weekday_base(const DateFacts& f, const ResolveState& st) {
  if (f.relation_to_story && st.last_day && st.last_ref_unit == 'D' && st.at - st.last_ref_at < 1500)
    return *st.last_day;
  return *st.anchor;
}

// "Friday after next": a week after the next Friday; "Wednesday next week", "Wednesday of
// last week": that weekday in the week named.
Ymd weekday_in_week(const DateFacts& f, std::string_view text, Ymd anchor, bool future) {
  if (text.find("after next") != std::string_view::npos)
    return timex::add_days(weekday_date(anchor, f.weekday, std::nullopt, true), 7);
  if (f.unit == "W")
    return timex::add_days(anchor, f.relation.value_or(0) * 7 + f.weekday - timex::weekday(anchor));
  return weekday_date(anchor, f.weekday, f.relation, future);
}

// The second end of a range of days ("from Monday to Thursday", "tomorrow and Friday"): the
// first such weekday after the day named right before it. A range's end follows its start
// whatever the tense ("talks that ran from Monday to Thursday", told on the Tuesday, are this
// week's); a listing only when it looks ahead ("meets on Monday and Tuesday"), for one may go
// back ("yesterday and Tuesday"). nullopt when neither applies.
std::optional<Ymd> weekday_after_previous(const DateCandidate& c, const DateFacts& f, const ResolveState& st,
                                          Ymd policy) {
  if (f.relation || !st.last_day || st.at < st.last_day_end || st.at - st.last_day_end > 10)
    return std::nullopt;
  const bool range = range_signal(c.signal);
  // "the auction tomorrow and Friday's hike": a possessive names what has happened
  if (!range && !(one_of(c.signal, {"and", "or"}) && *st.last_day > *st.anchor && policy < *st.last_day &&
                  !c.after.starts_with("'s")))
    return std::nullopt;
  const Ymd prev = *st.last_day;
  return timex::add_days(prev, ((f.weekday - timex::weekday(prev) + 6) % 7) + 1);
}

// A weekday by the tense policy; alone in its sentence ("Tuesday", "on friday") the anchor's own
// weekday means the next one: a heading or query would say "today" for the anchor's day.
Ymd bare_weekday(const DateCandidate& c, const DateFacts& f, const ResolveState& st) {
  const Ymd d = weekday_date(weekday_base(f, st), f.weekday, f.relation, c.future());
  if (const std::optional<Ymd> after = weekday_after_previous(c, f, st, d)) return *after;
  const bool bare = c.standalone && !f.relation && f.part.empty();  // "Tuesday morning" may be today's
  return bare && d == *st.anchor ? timex::add_days(d, 7) : d;
}

bool resolve_weekday(const DateCandidate& c, const DateFacts& f, std::string_view text,
                     const ResolveState& st, DateItem& item) {
  if (!f.weekday) return false;
  const bool in_week = f.unit == "W" || text.find("after next") != std::string_view::npos;
  const std::string date = !st.anchor ? "XXXX-WXX-" + std::to_string(f.weekday)
                           : in_week  ? timex::format_date(weekday_in_week(f, text, *st.anchor, c.future()))
                                      : timex::format_date(bare_weekday(c, f, st));
  // "Thursday night": most TimeBank gold gives the day alone (the night runs into the next day)
  DateFacts g = f;
  if (g.part == "NI") g.part.clear();
  item.value = with_time(date, g);
  if (!g.part.empty()) item.type = DateType::Time;
  return true;
}

// "two years ago": the anchor moved back, at the granularity of the unit.
bool resolve_ago(const DateFacts& f, ResolveState& st, DateItem& item) {
  const long n = f.year_earlier ? 1 : f.number.value_or(1);
  const std::string unit = f.year_earlier ? std::string("Y") : f.unit;
  if (!f.year_earlier && n > 1 && !f.plural_unit) return false;  // "125,000 week ago": a table, not English
  if (n < 0) {
    item.value = f.later ? "FUTURE_REF" : "PAST_REF";
    return true;
  }
  if (!st.anchor) {
    item.value = unit == "D" ? "XXXX-XX-XX" : unit == "M" ? "XXXX-XX" : "XXXX";
    return true;
  }
  const long sign = f.later ? 1 : -1;
  const Ymd a = *st.anchor;
  if (unit == "Y" &&
      st.quarter_in_context()) {  // "a year earlier" after a quarter: that quarter's year before
    item.value = timex::format_quarter(st.last_quarter_year - static_cast<int>(n), st.last_quarter);
  } else if (unit == "Y" || unit == "10Y" || unit == "100Y") {
    const long years = n * (unit == "10Y" ? 10 : unit == "100Y" ? 100 : 1);
    item.value = timex::format_year(a.y + static_cast<int>(sign * years));
  } else if (unit == "M") {
    const Ymd d = timex::add_months(a, static_cast<int>(sign * n));
    item.value = timex::format_month(d.y, d.m);
  } else if (unit == "W" || unit == "2W") {
    item.value = timex::format_week(timex::add_days(a, sign * n * 7 * (unit == "2W" ? 2 : 1)));
  } else if (unit == "D") {
    item.value = timex::format_date(timex::add_days(a, sign * n));
  } else if (unit == "Q") {
    const int q = (a.m - 1) / 3 + static_cast<int>(sign * n);
    const int index = a.y * 4 + q;
    item.value = timex::format_quarter(index / 4, index % 4 + 1);
  } else {
    return false;
  }
  return true;
}

// "the year before", "the year earlier": a year back from the time the story is at (the
// quarter or date named last, a few paragraphs back at most), else from the anchor.
bool resolve_year_before(const DateFacts& f, ResolveState& st, DateItem& item) {
  const bool date_named = st.last_ref && st.at - st.last_ref_at < 1500;
  if (date_named && !(st.quarter_in_context() && st.last_quarter_at >= st.last_ref_at)) {
    item.value = timex::format_year(st.last_ref->y - 1);
    return true;
  }
  DateFacts g = f;
  g.year_earlier = true;  // as "a year earlier", which also follows a quarter
  return resolve_ago(g, st, item);
}

// "the year before." counts back; "the year before independence" is a year anchored on an
// event, which the words alone do not date.
bool year_before(const DateFacts& f, std::string_view text, std::string_view after) {
  if (f.unit != "Y" || text != "the year") return false;
  for (std::string_view tail : {std::string_view(" before"), std::string_view(" earlier")}) {
    if (after.rfind(tail, 0) != 0) continue;
    const std::string_view rest = after.substr(tail.size());
    if (rest.empty() || (rest[0] != ' ' && !std::isalpha(static_cast<unsigned char>(rest[0])))) return true;
    for (std::string_view w : {" and", " but", " in ", " when", " as ", " to ", " while", " at ", " on "})
      if (rest.rfind(w, 0) == 0) return true;
  }
  return false;
}

// "last year's $1.55 billion" right after a quarter's figures: that quarter a year earlier, as
// "a year earlier" there (the quarter named after any other date).
bool last_years_results(const DateFacts& f, std::string_view text, std::string_view after,
                        const ResolveState& st) {
  if (f.unit != "Y" || text != "last year" || after.rfind("'s", 0) != 0 || !st.quarter_in_context())
    return false;
  return !st.last_ref || st.last_quarter_at >= st.last_ref_at;
}

// "the quarter", "the latest quarter", "the year-ago quarter", "the 1988 quarter".
bool resolve_quarter_rel(const DateFacts& f, ResolveState& st, DateItem& item) {
  if (!st.anchor) {
    item.value = "XXXX-QX";
    return true;
  }
  const Ymd a = *st.anchor;
  int index = a.y * 4 + (a.m - 1) / 3;             // the anchor's quarter, 0-based within the year
  if (!f.relation || *f.relation < 0) index -= 1;  // reports speak of the last completed quarter
  if (f.relation && *f.relation > 0) index += 1;
  int y = index / 4, q = index % 4 + 1;
  if (st.quarter_in_context() && (!f.relation || *f.relation <= 0))
    y = st.last_quarter_year, q = st.last_quarter;
  if (f.year_earlier)
    y -= 1;
  else if (f.year)
    y = f.year;
  else
    st.last_quarter_year = y, st.last_quarter = q, st.last_quarter_at = st.at;
  item.value = timex::format_quarter(y, q);
  return true;
}

// "future losses", "future quarters": TimeML marks the adjective as a reference ahead; "its
// future is bright" is a noun, and "future of" a topic.
bool future_before_noun(std::string_view after) {
  return lower_word_follows_except(after,
                                   {"of", "is", "was", "looks", "will", "remains", "and", "or", "for", "in"});
}

bool resolve_set(const DateFacts& f, std::string_view text, const DateLexicon& lex, DateItem& item) {
  item.type = DateType::Set;
  const std::string lower = ascii_lower(text);
  if (const WordInfo* w = lex.find(lower); w && !w->set.empty()) {
    item.value = w->set;
    return true;
  }
  if (f.weekday)
    item.value = "XXXX-WXX-" + std::to_string(f.weekday) + (f.part.empty() ? "" : "T" + f.part);
  else if (!f.season.empty())
    item.value = "XXXX-" + f.season;
  else if (!f.part.empty())
    item.value = "XXXX-XX-XXT" + f.part;
  else if (!f.unit.empty())
    item.value = timex::format_duration(f.other ? "2" : "1", f.unit);
  else
    return false;
  return true;
}

}  // namespace

bool resolve_relative(const DateCandidate& c, const DateFacts& f, std::string_view text,
                      const DateLexicon& lex, ResolveState& st, DateItem& item) {
  switch (c.family) {
    case DateFamily::Relative:
      if (year_before(f, text, c.after)) return resolve_year_before(f, st, item);
      if (last_years_results(f, text, c.after, st)) {  // "up from last year's $1.5 billion"
        item.value = timex::format_quarter(st.last_quarter_year - 1, st.last_quarter);
        return true;
      }
      return resolve_unit_relative(c, f, st, text, item);
    case DateFamily::Day:
      return resolve_day(f, st, text, item);
    case DateFamily::Weekday:
      return resolve_weekday(c, f, text, st, item);
    case DateFamily::Season:
    case DateFamily::SeasonBare:
      return resolve_season(c, f, text, st, item);
    case DateFamily::Ago:
      return resolve_ago(f, st, item);
    case DateFamily::QuarterRel:
      return resolve_quarter_rel(f, st, item);
    case DateFamily::Set:
      return resolve_set(f, text, lex, item);
    case DateFamily::Duration:
    case DateFamily::DurationBare:
      return resolve_duration(c, f, text, lex, item);
    case DateFamily::Ref: {
      std::string key;
      for (const auto& t : date_tokens(text)) key += (key.empty() ? "" : " ") + t;
      const WordInfo* w = lex.find(key);
      if (!w || w->ref.empty() || (key == "future" && !future_before_noun(c.after))) return false;
      item.value = w->ref;
      return true;
    }
    default:
      return false;
  }
}

}  // namespace newsclaim
