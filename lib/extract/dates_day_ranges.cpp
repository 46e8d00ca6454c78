// Two days of one month written once: "July 13-15", "Jan. 5-7, 2021", "March 3 and 15", "from
// 4 to 6 March", "13-15 July 2019". Each day becomes its own date, resolved as the month-day it
// stands for ("July 13", "July 15"), so the year written after the second day, the tense and the
// month-day policy serve both; TIMEX3 has no value for a span of days, and two dates keep the
// offsets a reader highlights.
#include <algorithm>

#include "extract/dates_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

namespace {

// Words after a day pair joined by a word that keep it a pair of dates ("on March 3 and 15 in
// Geneva"); any other lower-case word makes the second number a count ("March 3 and 15 people").
bool date_can_end_here(std::string_view rest) {
  if (rest.empty() || rest[0] != ' ') return true;
  if (rest.size() < 2 || !is_ascii_lower(rest[1])) return true;
  return starts_with_any(rest,
                         {" in ",   " at ", " on ",    " and ",    " or ",     " but ",  " when ", " with ",
                          " as ",   " is ", " was ",   " were ",   " will ",   " the ",  " a ",    " by ",
                          " from ", " to ", " after ", " before ", " during ", " this ", " last ", " next "});
}

// "15 pct", "15.5", "15,000", "15%": the second number goes on as a figure, not a day.
bool figure_follows(std::string_view rest) {
  if (rest.empty()) return false;
  if ((rest[0] == '.' || rest[0] == ',') && rest.size() > 1 && is_ascii_digit(rest[1])) return true;
  return rest[0] == '%' || starts_with_any(rest, {" pct", " percent", " per ", " mln", " million", " billion",
                                                  " dlrs", " cts", " points", " pts"});
}

}  // namespace

std::optional<DayRange> read_day_range(std::string_view text, const DateLexicon& lex) {
  DayRange r;
  int numbers = 0;
  size_t article = std::string_view::npos;  // where "the" opens the day to come ("the 13th")
  for (size_t i = 0; i < text.size();) {
    size_t j = i;
    if (is_ascii_digit(text[i])) {
      int v = 0;
      while (j < text.size() && is_ascii_digit(text[j])) v = v * 10 + (text[j++] - '0');
      const size_t digits_end = j;
      while (j < text.size() && is_ascii_alpha(text[j])) ++j;  // "13th"
      // "the 13th" is the day's phrase; "the 4-6 March match" is the match's
      const size_t begin = j > digits_end ? std::min(i, article) : i;
      if (numbers == 0) r.first = {r.month_first ? r.first.begin : begin, j}, r.day1 = v;
      if (numbers == 1) r.second.begin = begin, r.day2 = v;
      if (numbers == 2) r.year = v;
      ++numbers;
    } else if (is_ascii_alpha(text[i])) {
      while (j < text.size() && is_ascii_alpha(text[j])) ++j;
      const std::string word = ascii_lower(text.substr(i, j - i));
      if (const WordInfo* w = lex.find(word); w && w->month && r.month_word.empty()) {
        r.month_word = text.substr(i, j - i);
        r.month_first = numbers == 0;
        if (r.month_first) r.first.begin = i;
      } else if (word == "the") {
        article = i;
      } else if (numbers == 1) {
        r.joined_by_word = true;  // "and", "to", "through", "or", not "the" of "and the 15th"
        r.listing = word == "and" || word == "or";
      }
    } else {
      ++j;
    }
    if (j > i && is_ascii_digit(text[i])) article = std::string_view::npos;
    i = j;
  }
  if (numbers < 2 || r.month_word.empty()) return std::nullopt;
  r.second.end = text.size();
  return r;
}

bool day_range_ok(const DayRange& r, std::string_view rest) {
  if (r.day2 > 31 || r.day1 < 1 || r.day2 < 1) return false;
  if (r.listing ? r.day2 == r.day1 : r.day2 <= r.day1) return false;
  if (r.month_first && !r.year && figure_follows(rest)) return false;  // "March 3 to 15 pct"
  return !(r.month_first && !r.year && r.joined_by_word && !date_can_end_here(rest));
}

void split_day_range(const DateCandidate& c, std::string_view text, const DateLexicon& lex, ResolveState& st,
                     std::vector<DateItem>& out) {
  const std::optional<DayRange> r = read_day_range(text, lex);
  if (!r) return;
  const std::string year = r->year ? ", " + std::to_string(r->year) : "";
  for (const auto& [part, day] : {std::pair{r->first, r->day1}, std::pair{r->second, r->day2}}) {
    DateCandidate end = c;
    end.family = DateFamily::MonthDay;
    end.span = {c.span.begin + static_cast<uint32_t>(part.begin),
                c.span.begin + static_cast<uint32_t>(part.end)};
    resolve_candidate(end, std::string(r->month_word) + " " + std::to_string(day) + year, lex, st, out);
  }
}

}  // namespace newsclaim
