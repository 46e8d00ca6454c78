// Internals of the dates stage shared by its files: finding (dates_match.cpp) yields
// candidates named by their rule family; resolving (dates_resolve*.cpp) turns each into
// TIMEX3 DateItems against the anchor. Not part of the library's interface.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extraction.hpp"
#include "extract/context.hpp"
#include "extract/dates_lexicon.hpp"
#include "extract/text_memo.hpp"
#include "extract/timex.hpp"

namespace newsclaim {

// One family per x_* rule of patterns/dates/expressions.re2.
enum class DateFamily {
  Time,
  Iso,
  Numeric,
  Holiday,
  MonthDay,
  DayRange,
  DayMonth,
  DayOfMonth,
  MonthYear,
  Month,
  Quarter,
  QuarterRel,
  Fiscal,
  YearRange,
  Year,
  SpokenYear,
  Decade,
  Century,
  Relative,
  Anaphor,
  Day,
  Weekday,
  Season,
  SeasonBare,
  Week,
  Ago,
  Set,
  Duration,
  DurationBare,
  Ref
};

// Family of a rule name ("x_month_day"); nullopt for a name that is not a family.
std::optional<DateFamily> family_of_rule(std::string_view name);

class DateExtractor;

// Whether an expression's sentence looks forward, worked out on first use: the answer takes two
// regex searches of the words before it (DateExtractor::is_future), and most resolutions never
// ask ("March 3, 2020" states its year). A copy asks about the span and signal it was made for.
class LazyTense {
 public:
  LazyTense() = default;
  explicit LazyTense(bool known) : value_(known ? 1 : 0) {}
  // Asked later of ex about span and signal; ex and ctx must outlive every get().
  LazyTense(const DateExtractor& ex, const Context& ctx, Span span, std::string signal)
      : ex_(&ex), ctx_(&ctx), span_(span), signal_(std::move(signal)), value_(kUnknown) {}
  bool get() const;

 private:
  static constexpr int8_t kUnknown = -1;
  const DateExtractor* ex_ = nullptr;
  const Context* ctx_ = nullptr;
  Span span_{};
  std::string signal_;
  mutable int8_t value_ = 0;
};

struct DateCandidate {
  Span span;  // byte span in norm()
  DateFamily family{};
  std::string signal;       // lower-case word right before the span ("since", "in"), maybe empty
  std::string after;        // a few bytes of text right after the span (" ended", "-old")
  LazyTense tense;          // false unless its family's value depends on it (tense_matters)
  bool standalone = false;  // its sentence holds temporal words only ("Tuesday", "on march 3")
  // The first year of a split year written right before ("1986/87 (October-September)",
  // "the 1987-88 April-March season"): the year a month without one opens; 0 when none.
  int season_year = 0;
  // Its sentence looks forward ("will", "next", "scheduled").
  bool future() const { return tense.get(); }
};

// What resolution carries from one expression to the next, in text order.
struct ResolveState {
  std::optional<timex::Ymd> anchor;
  std::optional<timex::Ymd> last_day;  // the last day-level date mentioned (for bare clock times)
  uint32_t last_day_end = 0;           // where its expression ended (byte offset)
  // The last calendar date mentioned, at its granularity: 'Y' year, 'M' month, 'D' day; what
  // "that year", "the same day", "the following month" refer to.
  std::optional<timex::Ymd> last_ref;
  char last_ref_unit = 0;
  uint32_t last_ref_at = 0;
  int last_quarter_year = 0, last_quarter = 0;  // the last quarter mentioned (for "a year earlier")
  uint32_t last_quarter_at = 0;                 // where it was mentioned (byte offset)
  bool last_quarter_reported = false;           // it was over or under way, not a forecast
  uint32_t at = 0;                              // where the expression being resolved starts
  // The last quarter when it was mentioned close before: earnings reports chain
  // "the third quarter ... a year earlier" within a paragraph or two.
  bool quarter_in_context() const { return last_quarter && at - last_quarter_at < 800; }
  // The last date that named its month ("April", "March 3, 2020") and where it ended: the first
  // end of a range ("from April to June") the second end is read against.
  std::optional<timex::Ymd> month_named;
  bool month_named_day = false;        // it named a day too
  bool month_named_with_year = false;  // and its year ("February 2019", often a comparison)
  uint32_t month_named_end = 0;
  // The year each month (1-12) was last resolved to and where: a month named again without a
  // year a little later means the same one ("join in April ... the summit in April"), unless
  // that mention stated its year ("up from 9 billion in April 2019 ... in April").
  int month_year[13] = {};
  // The expression being resolved ends a range in the year after its start ("April-March",
  // "from November to February"): that year is no year of the month to repeat.
  bool range_wrapped = false;
  uint32_t month_at[13] = {};
  uint32_t month_stated_year_at[13] = {};  // 1 + where a month was last named with its year
  int repeated_month_year(int month) const {
    if (month < 1 || month > 12 || !month_year[month] || at - month_at[month] >= 1500) return 0;
    return month_stated_year_at[month] == month_at[month] + 1 ? 0 : month_year[month];
  }
  // The year and month the second end of a range states when the expression being resolved is
  // its first end ("between February and October of 1986"; "the January-June period" states
  // the month alone, year 0): 0 when it is not.
  int range_end_year = 0, range_end_month = 0;
  bool day_first = false;    // numeric dates read as day/month
  bool order_known = false;  // --date-order or the text decided that order
};

// The facts the words of one expression state, before any anchoring.
struct DateFacts {
  int year = 0, month = 0, day = 0, weekday = 0, ordinal = 0;  // 0: not stated
  int year_relation = 0;  // "this/last/next year" inside a larger expression
  bool has_year_relation = false;
  int month_relation = 0;  // "next/last month" inside a larger expression ("the first Monday of next month")
  bool has_month_relation = false;
  bool two_digit_year = false;     // "FY21", "'82"
  std::optional<int> relation;     // this 0, last -1, next +1 (of the unit or weekday)
  bool relation_to_story = false;  // "the previous Friday": counted from the story's day, not the anchor
  std::optional<long> number;      // amount of units; -1 unspecified ("several")
  std::string decimal;             // an amount with a fraction as written ("3.5"), else empty
  bool half_more = false;          // "2 1/2 years"
  bool article_number = false;     // the number so far is an article ("a"), digits may follow
  std::string unit, season, part, zone, mod, approx_word;
  bool approx = false, plural_unit = false;
  int hour = -1, minute = 0;   // clock time, 24-hour once am/pm is applied
  bool minute_stated = false;  // "3:00 pm", "15h" (value T15:00); "3 pm" is hour grain (T15)
  bool meridiem = false;       // am/pm was stated
  int second = -1;             // stated seconds ("8:00:31"), else -1
  int day_offset = 0;          // yesterday -1, tomorrow +1
  bool day_word = false;       // today/yesterday/tomorrow/tonight present
  bool ago = false, later = false, half = false, quarter = false, fiscal = false;
  bool every = false, other = false, year_earlier = false;
  bool same_period_year_before = false;  // "the same period last year" (set by dates.cpp)
  int decade = -1;                       // "1990s" -> 199, "90s" -> 9 (two digits: century unknown)
  std::vector<long> small_numbers;       // plain 1-2 digit numbers in order (days, hours)
};

// Reads the tokens of an expression (see date_tokens) into facts.
DateFacts read_facts(const std::vector<std::string>& tokens, const DateLexicon& lex);
// read_facts(date_tokens(text), lex), remembered per thread by text: news repeats its
// expressions ("last year", "March 31") from one story to the next.
const DateFacts& facts_of(std::string_view text, const DateLexicon& lex);

// Shared anchoring policies (dates_resolve.cpp).
// Year of a month named without one: past reporting takes the latest occurrence up to one
// month ahead of the anchor, forward-looking text the next one from a month back.
int year_for_month(timex::Ymd anchor, int month, bool future);
// Year of a month-day named without one (same policy, in days).
int year_for_month_day(timex::Ymd anchor, int month, int day, bool future);
// The weekday wd (1-7) near the anchor: relation -1 the one before, +1 the one after, 0 in
// the anchor's ISO week; no relation: the latest on or before the anchor, or the next on or
// after it in forward-looking text.
timex::Ymd weekday_date(timex::Ymd anchor, int wd, std::optional<int> relation, bool future);
// A date value with a part of day or clock suffix: 2020-08-01TMO, 2020-08-07T15:00.
std::string with_time(const std::string& date, const DateFacts& f);

// Family resolvers (dates_resolve.cpp: calendar dates; dates_relative.cpp: the rest). Each
// returns false when the words do not make a temporal expression after all.
bool resolve_calendar(const DateCandidate& c, const DateFacts& f, ResolveState& st, DateItem& item);
bool resolve_relative(const DateCandidate& c, const DateFacts& f, std::string_view text,
                      const DateLexicon& lex, ResolveState& st, DateItem& item);

// Checks before a candidate is kept (dates_guards.cpp).
// "2/15" may be a month/day; "1/2", "3/8" (fractions), "24/7", "9/11" are not. text: "a/b".
bool month_day_not_fraction(const std::string& text);
// Betting odds or a tie-break score ("3/1 favourite", "at 9/4", "(7/5)"); t is norm().
bool odds_or_score(const std::string& t, const DateCandidate& c);
// A full weekday name ("Tuesday night"), not an abbreviation ("Tue", "sat.").
bool ends_with_day(const std::string& text);
// Whether a day of a month is one here: a bare "the 15th" needs a time preposition before it
// and no word after it; other forms always are.
bool day_of_month_ok(const std::string& text, const std::string& signal, std::string_view rest);

// Clock times next to a part of day (dates_clock.cpp).
// Where a clock-time match of t (span) should end: a part of day whose "at" leads to a clock
// with am/pm ends before " at" (the clock is its own expression, as TIMEX3 marks "Sunday night"
// and "8 PM"), as does one whose bare hour runs into a name or noun ("this morning at 10 Downing
// Street"). span.end: keep it; span.begin: no time here (a bare hour first, with nothing before
// it that makes it a time: "9 tomorrow" after "rose"), search on from the next word.
uint32_t clock_match_end(const std::string& t, Span span);
// Whether s is one or more ASCII digits.
bool all_digits(std::string_view s);
// A bare hour ("at 3", "eight tonight") as a 24-hour clock: its number read as the hour (730 ->
// 7:30), moved to the afternoon or evening its part of day says ("this evening at 8" -> 20:00).
void hour_from_part_of_day(DateFacts& f);
// A clock time in words with am/pm ("ten thirty am", "four twenty-three p m"): the first number
// word the hour, the rest its minutes; f unchanged when it already holds an hour.
void hour_from_words(const std::vector<std::string>& tokens, const DateLexicon& lex, DateFacts& f);

// Weeks (dates_weeks.cpp): "the first week of October 2014" (the ISO week of the month's first
// Monday), "the last week of March" (that of its last Sunday), "the last week of 2016" (the ISO
// week of December 28), "the 3rd week of 2018" (ISO
// week 3), "the week of October 7th" (the ISO week of that day); false when no week is named.
bool resolve_week(const DateCandidate& c, std::string_view text, const DateLexicon& lex,
                  const ResolveState& st, DateItem& item);

// Years by their last two digits (dates_years.cpp).
// The year of the first "'87" in text: the anchor's century, or the one before when that would
// put it more than ten years ahead ("'82" in 2008 is 1982); 0 when text holds none.
int apostrophe_year(std::string_view text, const ResolveState& st);
// Adds "'82" standing alone after a time preposition ("since '82") to out, kept in text order.
void add_bare_short_years(const std::string& t, std::vector<DateCandidate>& out);

// Durations (dates_durations.cpp): the value of an amount of units, a part of one, or a
// compound ("2 hours and 15 minutes" -> PT2H15M); false when the words are no duration.
bool resolve_duration(const DateCandidate& c, const DateFacts& f, std::string_view text,
                      const DateLexicon& lex, DateItem& item);
// Where amounts of smaller units that follow a duration ending at byte end of t stop
// ("2 hours| and 15 minutes"); end itself when none follow.
size_t compound_tail_end(std::string_view t, size_t end, const DateLexicon& lex);
// Whether text states amounts of two or more falling units ("1 year, 6 months").
bool is_compound_duration(std::string_view text, const DateLexicon& lex);

// "Christmas", "Election Day": the holiday's date nearest the anchor by the month-day policy
// (dates_holidays.cpp); false when the words name no holiday of words.tsv.
bool resolve_holiday(const DateCandidate& c, std::string_view text, const DateLexicon& lex,
                     const ResolveState& st, DateItem& item);

// The lower-case word ending right before byte b of t (skipping spaces), or "" (dates_tense.cpp).
std::string word_before(const std::string& t, uint32_t b);
// Where that word starts (b itself when there is none).
uint32_t start_of_word_before(const std::string& t, uint32_t b);
// std::atoi of s (leading whitespace, a sign, digits; 0 without digits), without the C
// library's locale-aware strtol: values are read back from every resolved date.
inline int atoi_ascii(const char* s) {
  while (*s == ' ' || (*s >= '\t' && *s <= '\r')) ++s;
  const bool negative = *s == '-';
  if (*s == '-' || *s == '+') ++s;
  int v = 0;
  for (; *s >= '0' && *s <= '9'; ++s) v = v * 10 + (*s - '0');
  return negative ? -v : v;
}
// Whether w is one of words.
bool one_of(std::string_view w, std::initializer_list<std::string_view> words);
// Whether the word before an expression makes it the second end of a range: "to", "through",
// "until", or "-" for an unspaced hyphen, en dash or slash ("August 15-November 30").
bool range_signal(std::string_view signal);
// Whether the word before a month makes it a date ("in May", "since March", "early June"): what
// licenses the weak "May".
bool signals_month(std::string_view signal);
// Whether the lower-case word before a two-digit decade makes it an age or a level, not a
// decade: a possessive ("his 50s") or a level word ("the low 90s").
bool age_or_level_word(std::string_view w);

// Whether s starts with one of prefixes (dates_keep.cpp).
bool starts_with_any(std::string_view s, std::initializer_list<const char*> prefixes);

// Two days of one month written once, "July 13-15", "4 to 6 March 2019" (dates_day_ranges.cpp):
// byte ranges of each end within the text (the first end takes the month when it comes first,
// the second the year and the month after it), the days, the month's word and the year written.
struct DayRange {
  struct Part {
    size_t begin = 0, end = 0;
  };
  Part first, second;
  int day1 = 0, day2 = 0, year = 0;
  std::string_view month_word;  // as written, without a period ("Sept")
  bool month_first = false;     // "July 13-15", not "13-15 July"
  bool joined_by_word = false;  // "and", "to", "through", "or" rather than a dash
  bool listing = false;         // "and"/"or": two days, not a span
};
std::optional<DayRange> read_day_range(std::string_view text, const DateLexicon& lex);
// Whether the pair reads as two days (the second after the first; nothing after it makes the
// second number a figure or a count: "March 3 to 15 pct", "March 3 and 15 people"); rest is
// the text after the match.
bool day_range_ok(const DayRange& r, std::string_view rest);
// Resolves each day of the pair as its month-day would be, into two items.
void split_day_range(const DateCandidate& c, std::string_view text, const DateLexicon& lex, ResolveState& st,
                     std::vector<DateItem>& out);

// Resolves one candidate (text = its norm() slice) into zero, one or two items (ranges).
void resolve_candidate(const DateCandidate& c, std::string_view text, const DateLexicon& lex,
                       ResolveState& state, std::vector<DateItem>& out);

}  // namespace newsclaim
