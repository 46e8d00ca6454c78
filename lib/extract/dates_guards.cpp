// Checks on short numeric and ordinal dates before they are kept (dates_match.cpp): fractions,
// betting odds and scores that look like month/day, a bare "the 15th", weekday abbreviations.
#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/dates_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

namespace {

bool starts_with_one_of(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (s.substr(0, p.size()) == p) return true;
  return false;
}

}  // namespace

// "2/15", "22/04" are dates; "1/2", "3/8", "11/16" fractions (a numerator below a denominator
// that fractions use, no leading zero); "24/7" and "9/11" are set phrases.
bool month_day_not_fraction(const std::string& text) {
  const int a = std::atoi(text.c_str());
  const size_t slash = text.find('/');
  size_t b_at = slash + 1;
  while (b_at < text.size() && text[b_at] == ' ') ++b_at;
  const int b = std::atoi(text.c_str() + b_at);
  if ((a == 24 && b == 7) || (a == 9 && b == 11)) return false;
  const bool padded = text[0] == '0' || text[b_at] == '0';
  const bool denominator =
      b == 2 || b == 3 || b == 4 || b == 5 || b == 6 || b == 8 || b == 10 || b == 16 || b == 32 || b == 64;
  return padded || !(a < b && denominator);
}

// "3/1 favourite", "odds of 25/1", "at 9/4", "7-6 (7/5)": betting odds and tie-break scores.
bool odds_or_score(const std::string& t, const DateCandidate& c) {
  if (one_of(c.signal, {"at", "odds"}) || (c.span.begin > 0 && t[c.span.begin - 1] == '(')) return true;
  if (c.signal == "of" && word_before(t, start_of_word_before(t, c.span.begin)) == "odds") return true;
  const std::string around =
      ascii_lower(std::string_view(t).substr(c.span.end, std::min<size_t>(32, t.size() - c.span.end)));
  for (const char* w : {"odds", "favourite", "favorite", " shot", " bet"})
    if (around.find(w) != std::string::npos) return true;
  return false;
}

// "Tuesday", "last friday night": a full weekday name, not an abbreviation ("Tue", "sat.").
bool ends_with_day(const std::string& text) {
  const std::string lower = ascii_lower(text);
  return lower.find("day") != std::string::npos;
}

// "on the 15th", "by the 3rd.": a bare "the 15th" is a day only after a time preposition and
// with no word after it ("the 15th floor", "the 2nd Circuit", "the 3rd time" are not).
bool day_of_month_ok(const std::string& text, const std::string& signal, std::string_view rest) {
  const bool bare = text.size() > 4 && (text[0] == 't' || text[0] == 'T') && text.compare(1, 3, "he ") == 0 &&
                    text.find(' ', 4) == std::string::npos;
  if (!bare) return true;  // a weekday or a month names it
  if (!one_of(signal, {"on", "by", "until", "till", "since", "from", "through", "before", "after", "of"}))
    return false;
  return rest.empty() || rest[0] == '.' || rest[0] == ',' || rest[0] == ';' || rest[0] == ')' ||
         rest[0] == '\n' ||
         starts_with_one_of(rest, {" and ", " or ", " to ", " at ", " in ", " when ", " -"});
}

}  // namespace newsclaim
