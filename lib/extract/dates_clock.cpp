// Clock times next to a part of day: "this morning at 3", "Saturday evening at eight", "3 in the
// morning", "eight tonight". A bare hour is a time only because the part of day says which half
// of the day it is in, so the two make one expression; a clock that states am/pm stands alone
// ("Sunday night | at 8 PM", as TIMEX3 marks it) and takes the day of the words before it.
// Clock times in words ("ten thirty am") are read here too.
#include <cctype>
#include <string>

#include "extract/dates_internal.hpp"

namespace newsclaim {

namespace {

bool is_meridiem(const std::string& tok) {
  if (tok == "am" || tok == "pm") return true;
  const bool digit = !tok.empty() && std::isdigit(static_cast<unsigned char>(tok[0]));
  return digit && tok.size() > 2 &&
         (tok.compare(tok.size() - 2, 2, "am") == 0 || tok.compare(tok.size() - 2, 2, "pm") == 0);
}

bool is_hour_word(const std::string& tok) {
  return one_of(tok, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                      "twelve"});
}

// After a bare hour, words that end the clause or go on with it ("at 9 in Paris", "at 8 and"),
// not a noun that the number counts ("at 10 Downing Street", "at 3 stores").
bool clause_goes_on(const std::string& t, size_t end) {
  if (end >= t.size()) return true;
  const char a = t[end], b = end + 1 < t.size() ? t[end + 1] : ' ';
  if (a == '%') return false;
  if (a != ' ')
    return !(std::isdigit(static_cast<unsigned char>(b)) &&
             (a == '.' || a == ',' || a == ':' || a == '/' || a == '-'));
  if (std::isdigit(static_cast<unsigned char>(b)) || std::isupper(static_cast<unsigned char>(b)))
    return false;
  size_t e = end + 1;
  while (e < t.size() && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
  const std::string w = t.substr(end + 1, e - end - 1);
  return w.empty() ||
         one_of(w, {"and",   "or",   "but",   "in",    "on",    "to",     "when",  "local", "sharp",
                    "with",  "for",  "at",    "as",    "after", "before", "until", "till",  "the",
                    "a",     "an",   "he",    "she",   "they",  "we",     "it",    "his",   "her",
                    "their", "our",  "its",   "while", "where", "so",     "then",  "if",    "is",
                    "was",   "will", "would", "that",  "there", "this",   "by",    "from"});
}

}  // namespace

uint32_t clock_match_end(const std::string& t, Span span) {
  const std::string_view text = std::string_view(t).substr(span.begin, span.size());
  const std::vector<std::string> tokens = date_tokens(text);
  if (tokens.empty()) return span.end;
  bool meridiem = false, clock_word = false;
  for (const std::string& tok : tokens) {
    meridiem = meridiem || is_meridiem(tok);
    clock_word = clock_word || one_of(tok, {"noon", "midnight", "midday", "past", "to", "minute", "minutes"});
  }
  if (std::isalpha(static_cast<unsigned char>(text[0]))) {  // "this morning at 3"
    size_t at = text.find(" at ");
    if (at == std::string_view::npos) at = text.find('@');
    if (at == std::string_view::npos || clock_word) return span.end;
    while (at > 0 && text[at - 1] == ' ') --at;
    const bool bare = tokens.back().find(':') == std::string::npos;
    if (meridiem || (bare && !clause_goes_on(t, span.end))) return span.begin + static_cast<uint32_t>(at);
    return span.end;
  }
  // "3 in the morning", "eight tonight": a bare hour first needs a word that makes it a time
  const bool bare_first = all_digits(tokens[0]) || is_hour_word(tokens[0]);
  if (!bare_first || meridiem || clock_word) return span.end;
  if (text.find("o'clock") != std::string_view::npos) return span.end;
  uint32_t b = span.begin;
  while (b > 0 && t[b - 1] == ' ') --b;
  if (b > 0 && t[b - 1] == '@') return span.end;
  const std::string w = word_before(t, span.begin);
  if (one_of(w, {"at", "by", "around", "about", "until", "till", "from", "since", "before", "after", "to"}))
    return span.end;
  return span.begin;
}

void hour_from_words(const std::vector<std::string>& tokens, const DateLexicon& lex, DateFacts& f) {
  if (f.hour >= 0) return;
  int hour = -1, minute = 0;
  bool pm = false, am = false;
  for (const std::string& tok : tokens) {
    if (tok == "am" || tok == "pm") {
      (tok == "pm" ? pm : am) = true;
      continue;
    }
    const WordInfo* w = lex.find(tok);
    if (!w || !w->number || *w->number < 0) continue;
    if (hour < 0)
      hour = static_cast<int>(*w->number);
    else
      minute += static_cast<int>(*w->number);  // "twenty" "three"
  }
  if (hour < 1 || hour > 12 || minute > 59 || !(am || pm)) return;
  f.hour = (hour == 12 ? 0 : hour) + (pm ? 12 : 0);
  f.minute = minute;
  f.minute_stated = minute > 0;
  f.meridiem = true;
}

void hour_from_part_of_day(DateFacts& f) {
  if (f.part.empty()) return;
  f.mod.clear();  // "early morning at 3": early belongs to the morning, not the hour
  if (f.hour < 0) {
    const long n = !f.small_numbers.empty() ? f.small_numbers.back() : f.number.value_or(-1);
    if (n < 1 || n > 1259) return;
    f.hour = static_cast<int>(n >= 100 ? n / 100 : n);
    f.minute = static_cast<int>(n >= 100 ? n % 100 : 0);
    f.minute_stated = n >= 100;
  }
  if (!f.meridiem && f.hour >= 1 && f.hour < 12 && (f.part == "AF" || f.part == "EV" || f.part == "NI"))
    f.hour += 12;
}

}  // namespace newsclaim
