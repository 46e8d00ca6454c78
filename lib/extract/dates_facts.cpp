// Reading the words of a matched expression into DateFacts: which month, day, year, unit,
// number, relation and modifier it states. No anchoring happens here.
#include <cctype>
#include <charconv>

#include "extract/dates_internal.hpp"

namespace newsclaim {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

namespace {

long to_long(std::string_view s) {
  long v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// "15th", "1st" -> 15, 1; 0 otherwise.
int ordinal_number(std::string_view t) {
  if (t.size() < 3) return 0;
  std::string_view suffix = t.substr(t.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  std::string_view digits = t.substr(0, t.size() - 2);
  return all_digits(digits) ? static_cast<int>(to_long(digits)) : 0;
}

// Clock tokens: "15:30", "6:40", "8:00:31", "15h30"; "3" followed by am/pm is handled by the caller.
// dot: "7.30" is a clock too (only before am/pm, where it cannot be a decimal).
bool read_clock(std::string_view t, DateFacts& f, bool dot = false) {
  size_t colon = t.find(':');
  if (colon == std::string_view::npos) colon = t.find('h');
  if (colon == std::string_view::npos && dot) colon = t.find('.');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view h = t.substr(0, colon), m = t.substr(colon + 1), s;
  size_t letters = m.find_first_not_of("0123456789");
  if (letters != std::string_view::npos) {
    if (m[letters] == ':' && t[colon] == ':') s = m.substr(letters + 1, 2);  // seconds
    m = m.substr(0, letters);
  }
  if (!all_digits(h) || !all_digits(m) || (!s.empty() && !all_digits(s))) return false;
  f.hour = static_cast<int>(to_long(h));
  f.minute = static_cast<int>(to_long(m));
  f.minute_stated = true;
  if (!s.empty()) f.second = static_cast<int>(to_long(s));
  return true;
}

// "330", "1140" before am/pm: hours and minutes written without a colon.
void split_hour_minute(long n, DateFacts& f) {
  f.hour = static_cast<int>(n >= 100 ? n / 100 : n);
  f.minute = static_cast<int>(n >= 100 ? n % 100 : 0);
  f.minute_stated = n >= 100;
}

// "1990s" -> 199, "90s" -> 9 (century unknown).
bool read_decade(std::string_view t, DateFacts& f) {
  if (t.size() < 3 || t.back() != 's') return false;
  std::string_view d = t.substr(0, t.size() - 1);
  if (!d.empty() && d.back() == '\'') d.remove_suffix(1);
  if (!all_digits(d) || (d.size() != 4 && d.size() != 2) || d.back() != '0') return false;
  f.decade = static_cast<int>(to_long(d) / 10);
  return true;
}

void add_number(DateFacts& f, long n) {
  if (f.article_number) {  // "a 10-hour flight", "a mere 24 hours": the digits count
    f.article_number = false;
    f.number = n;
    return;
  }
  if (f.number && *f.number > 0 && n > 0 && n < 10 && *f.number >= 20 && *f.number % 10 == 0) {
    *f.number += n;  // "twenty five"
  } else if (f.number && *f.number > 0 && n == 100) {
    *f.number *= 100;  // "a hundred"
  } else if (!f.number || *f.number < 0 || n < 0) {
    if (!f.number || n >= 0) f.number = n;
  }
}

bool read_keyword(std::string_view t, DateFacts& f);

// "3pm", "3:30PM", "11am": a clock time written without a space before am/pm.
bool read_clock_with_suffix(std::string_view t, DateFacts& f) {
  if (t.size() < 3) return false;
  const std::string_view suffix = t.substr(t.size() - 2), body = t.substr(0, t.size() - 2);
  if (suffix != "am" && suffix != "pm") return false;
  if (all_digits(body) && body.size() <= 4)
    split_hour_minute(to_long(body), f);
  else if (!read_clock(body, f, true))
    return false;
  return read_keyword(suffix, f);
}

bool read_digits(std::string_view t, DateFacts& f, bool after_fiscal) {
  if (t == "1/2") return f.half_more = true;
  if (read_clock_with_suffix(t, f)) return true;
  if (read_clock(t, f) || read_decade(t, f)) return true;
  if (int o = ordinal_number(t)) {
    f.ordinal = o;
    f.day = o <= 31 ? o : 0;
    return true;
  }
  if (t.size() == 6 && t[4] == 'q' && all_digits(t.substr(0, 4)) && t[5] >= '1' && t[5] <= '4') {
    f.year = static_cast<int>(to_long(t.substr(0, 4)));  // "2018Q4"
    f.ordinal = t[5] - '0', f.quarter = true;
    return true;
  }
  if (const size_t dot = t.find('.'); dot != std::string_view::npos && dot > 0 &&
                                      all_digits(t.substr(0, dot)) && all_digits(t.substr(dot + 1))) {
    if (!f.number) f.decimal = std::string(t);  // "2.5 hours": as written for the duration value
    add_number(f, to_long(t.substr(0, dot)));
    return true;
  }
  if (const size_t letters = t.find_first_not_of("0123456789.");
      letters != std::string_view::npos && letters > 0) {
    read_digits(t.substr(0, letters), f, false);  // "3.5years", "30mins": the unit written against the number
    return false;                                 // the caller reads the unit
  }
  if (!all_digits(t)) return false;
  const long v = to_long(t);
  if (t.size() == 4 && v >= 1600 && v <= 2099)
    f.year = static_cast<int>(v);
  else if (after_fiscal && t.size() == 2) {
    f.year = static_cast<int>(v);
    f.two_digit_year = true;
  } else {
    f.small_numbers.push_back(v);
    add_number(f, v);
  }
  return true;
}

// q1..q4, h1/h2, fy21, fy2021
bool read_code(std::string_view t, DateFacts& f) {
  if (t.size() == 2 && (t[0] == 'q' || t[0] == 'h') && t[1] >= '1' && t[1] <= '4') {
    f.ordinal = t[1] - '0';
    (t[0] == 'q' ? f.quarter : f.half) = true;
    return true;
  }
  if (t.size() > 2 && t.substr(0, 2) == "fy") {
    f.fiscal = true;
    DateFacts tmp;
    read_digits(t.substr(2), tmp, true);
    f.year = tmp.year;
    f.two_digit_year = tmp.two_digit_year;
    return true;
  }
  return false;
}

bool read_keyword(std::string_view t, DateFacts& f) {
  if (t == "today" || t == "tonight")
    f.day_word = true;
  else if (t == "yesterday")
    f.day_word = true, f.day_offset -= 1;
  else if (t == "tomorrow")
    f.day_word = true, f.day_offset += 1;
  else if (t == "ago" || t == "earlier" || t == "before")
    f.ago = true;
  else if (t == "later" || t == "hence" || t == "from")
    f.later = true;
  else if (t == "half")
    f.half = true;
  else if (t == "fiscal")
    f.fiscal = true;
  else if (t == "every" || t == "each" || t == "per" || t == "once" || t == "twice")
    f.every = true;
  else if (t == "other")
    f.other = true;
  else if (t == "am" || t == "pm") {
    if (f.hour < 0 && !f.decimal.empty()) read_clock(f.decimal, f, true);  // "7.30 pm"
    if (f.hour < 0 && !f.small_numbers.empty()) split_hour_minute(f.small_numbers.back(), f);
    if (f.hour == 12) f.hour = 0;
    if (t == "pm" && f.hour >= 0) f.hour += 12;
    f.meridiem = true;
  } else if (t == "noon" || t == "midday")
    f.hour = 12;
  else if (t == "midnight")
    f.hour = 0;
  else
    return false;
  if (t == "tonight") f.part = "NI";
  return true;
}

// Applies a word's meanings from the lexicon; prev is the previous token.
void read_word(const WordInfo& w, std::string_view prev, std::string_view next, DateFacts& f) {
  if (w.month) f.month = w.month;
  if (w.weekday) f.weekday = w.weekday;
  if (!w.season.empty()) f.season = w.season;
  if (!w.part.empty()) f.part = w.part;
  if (!w.zone.empty()) f.zone = w.zone;
  if (!w.mod.empty() && f.mod.empty()) f.mod = w.mod;
  if (w.approx && f.approx_word.empty() && !w.number) f.approx = true, f.approx_word = "approx";
  if (w.ordinal && !(w.unit.size() && f.number)) f.ordinal = w.ordinal;
  if (!w.unit.empty() && !(w.ordinal && (next == "quarter" || next == "half" || next == "century"))) {
    f.unit = w.unit;
    f.plural_unit = w.plural_unit;
  }
  if (w.number) {
    if (*w.number == 1 && (prev == "and" || next == "half")) return;
    if (prev == "a" || prev == "an")
      f.article_number = false, f.number = *w.number;  // "a few", "a dozen"
    else
      add_number(f, *w.number);
    if (*w.number == 1 && w.relation == std::nullopt && w.unit.empty() && !w.ordinal) f.article_number = true;
  }
  if (w.relation) {
    if (next == "month") f.month_relation = *w.relation, f.has_month_relation = true;
    if (prev == "the" && (w.relation == -1 || w.relation == 1)) f.relation_to_story = true;
    if (f.relation == 0 && prev == "this")
      f.relation = *w.relation;  // "this past Friday", "this coming Monday"
    if (next == "year" && !f.relation) {
      f.year_relation = *w.relation;
      f.has_year_relation = true;
    } else if (!f.relation) {
      f.relation = *w.relation;
    }
  }
}

}  // namespace

DateFacts read_facts(const std::vector<std::string>& tokens, const DateLexicon& lex) {
  DateFacts f;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view t = tokens[i];  // compared with many words: lengths first
    std::string_view prev = i ? std::string_view(tokens[i - 1]) : std::string_view();
    std::string_view next = i + 1 < tokens.size() ? std::string_view(tokens[i + 1]) : std::string_view();
    if ((t == "earlier" || t == "ago") && prev == "year" && (i == 1 || tokens[i - 2] == "the")) {
      f.year_earlier = true;  // "year-earlier", "the year-ago quarter"
      continue;
    }
    if (const size_t digits = t.find_first_of("0123456789"); digits >= 3 && digits != std::string::npos) {
      const WordInfo* w = lex.find(std::string_view(t).substr(0, digits));
      if (w && w->month) {  // "Dec31": a month and its day written together
        f.month = w->month;
        read_digits(std::string_view(t).substr(digits), f, false);
        continue;
      }
    }
    if (std::isdigit(static_cast<unsigned char>(t[0]))) {
      if (!read_digits(t, f, prev == "fiscal" || prev == "year" || prev == "fy")) {
        const size_t letters = t.find_first_not_of("0123456789.");  // "3.5years": then the unit
        const WordInfo* w =
            letters == std::string::npos ? nullptr : lex.find(std::string_view(t).substr(letters));
        if (w) read_word(*w, prev, next, f);
      }
      continue;
    }
    if (read_code(t, f)) continue;
    if (t == "s") continue;
    if (t == "more" || t == "less" || t == "least" || t == "over" || t == "under" || t == "fewer") {
      if (f.approx_word.empty()) f.approx_word = t;
      continue;
    }
    if (t == "hundred" && f.number && *f.number > 0) {
      *f.number *= 100;
      continue;
    }
    if (t == "quarter" || t == "quarters")
      f.quarter = true;  // and a unit, below
    else if (t != "earlier" && t != "later" && read_keyword(t, f))
      continue;
    else if (t == "earlier" || t == "later") {  // "a year earlier" counts back; "earlier today" does not
      if (f.number && !f.unit.empty()) read_keyword(t, f);
      continue;
    }
    if (const WordInfo* w = lex.find(t)) read_word(*w, prev, next, f);
  }
  return f;
}

const DateFacts& facts_of(std::string_view text, const DateLexicon& lex) {
  // News repeats its expressions ("last year", "March 31") from one story to the next: 8192
  // holds the distinct ones of 22 MB of news; then it starts afresh.
  thread_local TextMemo<DateFacts> memo(8192);
  return memo.get(lex.serial(), text, [&] { return read_facts(date_tokens(text), lex); });
}

}  // namespace newsclaim
