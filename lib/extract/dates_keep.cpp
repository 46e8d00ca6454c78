// Whether a date match is kept, and how it is trimmed: money, codes and model numbers that only
// look like dates, weak words without their signal ("May", "spring"), articles and day words
// around the match; and whether its value depends on the tense of its sentence.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

#include "extract/dates.hpp"
#include "extract/dates_internal.hpp"
#include "patterns/ruleset.hpp"
#include "patterns/start_gate.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

bool signals_month(std::string_view signal) {
  return one_of(signal, {"in",     "since", "until",   "by",   "from",   "through", "to",
                         "during", "of",    "between", "and",  "before", "after",   "early",
                         "late",   "mid",   "last",    "next", "this",   "or",      "till"});
}

namespace {

// Digits that belong to money, codes or bigger numbers: "$2020", "COVID-19", "1,997", "2020%".
bool part_of_other_number(const std::string& t, Span s) {
  if (!std::isdigit(static_cast<unsigned char>(t[s.begin]))) return false;
  const char b1 = s.begin > 0 ? t[s.begin - 1] : ' ', b2 = s.begin > 1 ? t[s.begin - 2] : ' ';
  if (b1 == '$' || b1 == '#' || (s.begin >= 2 && t.compare(s.begin - 2, 2, "\xC2\xA3") == 0) ||
      (s.begin >= 3 && t.compare(s.begin - 3, 3, "\xE2\x82\xAC") == 0))
    return true;
  if ((b1 == '-' || b1 == '.' || b1 == ',' || b1 == '/' || b1 == ':') && is_ascii_word_byte(b2)) return true;
  const char a1 = s.end < t.size() ? t[s.end] : ' ', a2 = s.end + 1 < t.size() ? t[s.end + 1] : ' ';
  if (a1 == '%') return true;
  return (a1 == '.' || a1 == ',' || a1 == ':' || a1 == '-' || a1 == '/') &&
         std::isdigit(static_cast<unsigned char>(a2));
}

// Weak words need a signal before them: "in May" (not "May"), "in spring", "for years".
bool licensed(DateFamily f, const std::string& text, const std::string& signal) {
  switch (f) {
    case DateFamily::Month:
      return text != "May" || signals_month(signal);
    case DateFamily::SeasonBare:
      return one_of(signal, {"in", "during", "since", "by", "until", "through", "over", "before", "after",
                             "this", "next", "last"});
    case DateFamily::DurationBare:
      return one_of(signal, {"for", "within", "in", "over", "after"});
    default:
      return true;
  }
}

// Families whose value depends on whether the sentence looks forward.
bool tense_matters(DateFamily f) {
  switch (f) {
    case DateFamily::Time:
    case DateFamily::Numeric:
    case DateFamily::Holiday:
    case DateFamily::MonthDay:
    case DateFamily::DayRange:
    case DateFamily::DayMonth:
    case DateFamily::DayOfMonth:
    case DateFamily::Month:
    case DateFamily::Quarter:
    case DateFamily::Relative:
    case DateFamily::Weekday:
    case DateFamily::Week:
    case DateFamily::Season:
    case DateFamily::SeasonBare:
      return true;
    default:
      return false;
  }
}

}  // namespace

// The few bytes after end that keep() and the resolver read (" ended", "-old", " pct").
static std::string text_after(const std::string& t, size_t end) {
  return t.substr(end, std::min<size_t>(20, t.size() - end));
}

bool starts_with_any(std::string_view s, std::initializer_list<const char*> prefixes) {
  for (const char* p : prefixes)
    if (s.rfind(p, 0) == 0) return true;
  return false;
}

namespace {

// The word after a leading article ("a year" -> "year"), lower case; "" without an article.
std::string after_article(const std::string& text) {
  size_t space = text.find(' ');
  if (space == std::string::npos) return "";
  std::string first = text.substr(0, space);
  if (first != "a" && first != "an" && first != "A" && first != "An") return "";
  size_t end = space + 1;
  while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
  return ascii_lower(std::string_view(text).substr(space + 1, end - space - 1));
}

// "a 10-hour flight", "a two-year option": TIMEX3 leaves the article out when a number follows.
void trim_article(const std::string& t, const DateLexicon& lex, DateCandidate& c) {
  const std::string text = t.substr(c.span.begin, c.span.size());
  const std::string next = after_article(text);
  if (next.empty()) return;
  const WordInfo* w = lex.find(next);
  if (std::isdigit(static_cast<unsigned char>(next[0])) || (w && w->number && *w->number > 1))
    c.span.begin += static_cast<uint32_t>(text.find(' ') + 1);
}

// "the 14-day waiting period", "over a three-year period", "Under the five-year plan": a
// hyphenated measure modifies a noun, and TIMEX3 marks the measure alone; the article and an
// "over"/"under"/"about" before it belong to the noun phrase (prepositions, not bounds).
void trim_to_hyphenated_measure(const std::string& t, DateCandidate& c) {
  const std::string_view text = std::string_view(t).substr(c.span.begin, c.span.size());
  const size_t space = text.rfind(' ');
  if (space == std::string_view::npos) return;
  const std::string_view measure = text.substr(space + 1);
  const size_t hyphen = measure.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= measure.size() ||
      !is_ascii_alnum(measure[hyphen - 1]) || !is_ascii_alpha(measure[hyphen + 1]))
    return;
  for (size_t b = 0; b < space;) {
    size_t e = text.find(' ', b);
    if (e == std::string_view::npos || e > space) e = space;
    const std::string lower = ascii_lower(text.substr(b, e - b));
    if (!one_of(lower, {"a",      "an",   "the",  "its",   "their",   "his",           "her",  "our",
                        "this",   "that", "over", "under", "about",   "around",        "some", "nearly",
                        "almost", "only", "just", "mere",  "roughly", "approximately", "more", "less",
                        "than",   "up",   "to",   "at",    "least"}))
      return;
    b = e + 1;
  }
  c.span.begin += static_cast<uint32_t>(space + 1);
}

// "a year" is a stretch of time after "for", "in", "about"...; after "flights" or "$5 million"
// it is a rate ("four flights a week"), which TimeML does not mark.
bool article_duration_ok(const std::string& text, const std::string& signal, const DateLexicon& lex) {
  const WordInfo* w = lex.find(after_article(text));
  if (!w || w->unit.empty()) return true;                         // no article, or "a few days"
  if (text.find("and a half") != std::string::npos) return true;  // never a rate
  if (text.find("second") != std::string::npos) return false;     // "a second term"
  return signal.empty() ||
         one_of(signal, {"for",     "in",     "within", "over",   "after", "about", "nearly",  "almost",
                         "than",    "only",   "just",   "least",  "most",  "of",    "under",   "take",
                         "takes",   "took",   "taken",  "lasted", "last",  "spent", "roughly", "around",
                         "some",    "mere",   "by",     "to",     "up",    "once",  "half",    "barely",
                         "through", "during", "than",   "past",   "next",  "first", "as",      "following"});
}

// The first year of a split year ("1986/87", "1987-88") ending right before byte b, past a space
// and an opening parenthesis; 0 when there is none.
int season_year_before(std::string_view t, uint32_t b) {
  for (int skip = 0; skip < 3 && b > 0 && (t[b - 1] == ' ' || t[b - 1] == '('); ++skip) --b;
  if (b < 7 || (b > 7 && is_ascii_alnum(t[b - 8]))) return 0;
  const std::string_view y = t.substr(b - 7, 7);
  if (y[4] != '/' && y[4] != '-') return 0;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (!is_ascii_digit(y[i])) return 0;
  const int first = (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
  const int second = (y[5] - '0') * 10 + (y[6] - '0');
  return (first + 1) % 100 == second ? first : 0;
}

bool digit_before(const std::string& t, uint32_t b) {
  while (b > 0 && t[b - 1] == ' ') --b;
  return b > 0 && std::isdigit(static_cast<unsigned char>(t[b - 1]));
}

// A lower-case word (not a conjunction) or "of" right after: the phrase goes on as a noun phrase.
bool noun_follows(std::string_view rest) {
  if (rest.size() < 2 || rest[0] != ' ' || !std::islower(static_cast<unsigned char>(rest[1]))) return false;
  return !starts_with_any(rest,
                          {" and", " or", " but", " when", " because", " as ", " is ", " was ", " will "});
}

// "In March two firms merged": a day in words after its month ("March two") counts the plural
// noun after it instead. The wires' "April Four rose 3.3 pct", "March One was", "May one its
// bonds" stay dates.
bool counts_plural_noun(std::string_view text, std::string_view rest) {
  if (text.empty() || !is_ascii_alpha(text.back()) || rest.size() < 3 || rest[0] != ' ' ||
      !std::islower(static_cast<unsigned char>(rest[1])))
    return false;
  size_t end = 1;
  while (end < rest.size() && is_ascii_alpha(rest[end])) ++end;
  const std::string_view word = rest.substr(1, end - 1);
  if (word.size() < 3 || word.back() != 's' || word.ends_with("ss")) return false;
  for (const std::string_view w : {"was", "has", "his", "its", "this", "thus", "unless", "plus", "whereas"})
    if (word == w) return false;
  return true;
}

// "Easter Island", "Christmas Island": a capitalized word after a one-word holiday, other than a
// date word ("Christmas Eve", "Easter Sunday", "Easter April 9"), makes them a proper name.
bool name_follows(std::string_view rest) {
  if (rest.size() < 3 || rest[0] != ' ' || !std::isupper(static_cast<unsigned char>(rest[1]))) return false;
  return !starts_with_any(
      rest, {" Eve", " Day", " Monday", " Sunday", " Saturday", " Week", " I ",  " I'",  " Jan", " Feb",
             " Mar", " Apr", " May",    " Jun",    " Jul",      " Aug",  " Sep", " Oct", " Nov", " Dec"});
}

// "daily", "quarterly" as adjectives ("a quarterly dividend", "the party daily Granma") are not sets.
bool set_word_ok(const std::string& t, const DateCandidate& c, const std::string& text) {
  if (text.size() < 5 || text.compare(text.size() - 2, 2, "ly") != 0) return true;
  // "quarterly dividend", "the weekly magazine": an adjective before its noun ("annually" is never one)
  if (text != "annually" && text != "Annually" && c.after.size() > 1 && c.after[0] == ' ' &&
      std::islower(static_cast<unsigned char>(c.after[1])) &&
      !starts_with_any(c.after, {" and",     " or",     " since",  " until",  " through", " for",  " at",
                                 " in ",     " on ",    " to ",    " from",   " by ",     " with", " during",
                                 " outside", " across", " around", " before", " after",   " over "}))
    return false;
  if (one_of(c.signal, {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "average",
                        "first", "party", "s"}))
    return false;
  const size_t next = c.span.end + 1;
  return !(next < t.size() && t[c.span.end] == ' ' && std::isupper(static_cast<unsigned char>(t[next])));
}

// "a quarter of the market", "three-quarters of voters", "by a quarter point", "More than a
// quarter said", "in some quarters": a fraction of something, or the idiom for people, not three
// months. A quarter of time is named ("the first three quarters", "the past quarter"), follows
// a word of time ("in a quarter", "for a quarter", "the preceding three quarters") or counts
// other than one or three ("four quarters of growth").
// rest: the text after the match, 40 bytes or fewer.
bool quarter_as_fraction(std::string_view text, std::string_view signal, std::string_view rest) {
  std::string core = ascii_lower(text);
  for (const std::string_view approx :
       {"about ", "nearly ", "almost ", "approximately ", "around ", "roughly ", "some ", "more than ",
        "less than ", "fewer than ", "at least ", "at most ", "no more than ", "up to ", "over ", "under ",
        "only ", "just ", "a mere "})
    if (core.starts_with(approx) && core.size() > approx.size() + 8) {
      core.erase(0, approx.size());
      break;
    }
  if (one_of(core, {"some quarters", "many quarters", "several quarters"}))
    return one_of(signal, {"in", "from", "among", "across"});  // "feared in some quarters"
  if (one_of(core, {"one-quarter", "three-quarters", "three-quarter", "a one-quarter", "a three-quarter"}))
    return true;
  if (!one_of(core, {"a quarter", "one quarter", "three quarters", "three quarter"})) return false;
  if (rest.starts_with(" of ")) {  // "three quarters of the year" is time, "of this year's output" is not
    const std::string of = ascii_lower(rest.substr(4));
    const bool year_follows = one_of(of.substr(0, 4), {"this", "last", "next"}) && of.size() > 8 &&
                              of.compare(4, 5, " year") == 0 && (of.size() == 9 || of[9] != '\'');
    return !(year_follows || is_ascii_digit(of[0]) || of.starts_with("the year") ||
             of.starts_with("fiscal") || of.starts_with("the fiscal"));
  }
  if (rest.starts_with("-") || starts_with_any(rest, {" point", " percentage", " per cent", " percent",
                                                      " ounce", " share", " mile", " final", " inch"}))
    return true;  // "a quarter-point rise", "a quarter ounce", "the quarter-final"
  return !one_of(signal, {"in",    "for",    "within",    "during",    "over",  "after", "before", "each",
                          "every", "per",    "preceding", "following", "past",  "last",  "next",   "previous",
                          "prior", "recent", "coming",    "remaining", "first", "final", "latest"});
}

// "the week", "the month", "the weekend": the anchor's only when nothing ties them elsewhere.
bool bare_the_unit(const std::string& text) {
  return text == "the week" || text == "the month" || text == "the weekend" || text == "The week" ||
         text == "The month" || text == "The weekend";
}

// "album of the year", "player of the year": the name of an award (the word before " of " at
// byte b, the start of "the year"), no time.
bool award_of_the_year(std::string_view t, uint32_t b) {
  static constexpr std::string_view kAwards[] = {
      "album",       "player",  "artist",    "song",        "record",       "film",        "publisher",
      "footballer",  "manager", "coach",     "personality", "newcomer",     "act",         "sportsman",
      "sportswoman", "actor",   "actress",   "writer",      "entrepreneur", "businessman", "businesswoman",
      "rookie",      "goal",    "cricketer", "golfer",      "athlete",      "designer",    "director"};
  if (b < 4 || t.substr(b - 4, 4) != " of ") return false;
  uint32_t w = b - 4;
  while (w > 0 && is_ascii_lower(t[w - 1])) --w;
  const std::string_view noun = t.substr(w, b - 4 - w);
  return std::find(std::begin(kAwards), std::end(kAwards), noun) != std::end(kAwards);
}

// "the day before the vote": TIMEX3 marks "the day" alone, the rest anchors on an event.
void trim_day_before(const std::string& text, std::string_view rest, DateCandidate& c) {
  for (std::string_view tail : {std::string_view(" before"), std::string_view(" after")}) {
    const bool ends =
        text.size() > tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
    if (ends && rest.size() > 1 && rest[0] == ' ' && std::isalnum(static_cast<unsigned char>(rest[1]))) {
      c.span.end -= static_cast<uint32_t>(tail.size());
      c.after = std::string(tail) + std::string(rest.substr(0, 12 - tail.size()));
      return;  // rest views the old c.after
    }
  }
}

// "the mid-30s", "the 60s": a decade written without its century.
bool two_digit_decade(std::string_view text) {
  size_t digits = 0;
  for (const char c : text) digits += c >= '0' && c <= '9';
  return digits == 2 && text.find('\'') == std::string_view::npos;
}

// "unemployment is in the mid-30s", "worth in the mid 30s": a level word (words.tsv) earlier in
// the sentence makes a two-digit decade that level's figure.
bool level_before(const Context& ctx, const DateLexicon& lex, Span span) {
  const size_t si = ctx.layout.sentence_at(span.begin);
  if (si >= ctx.layout.sentences.size()) return false;
  const std::string_view t = ctx.doc.norm();
  const uint32_t from = ctx.layout.sentences[si].begin;
  std::string word;
  for (uint32_t i = from; i <= span.begin; ++i) {
    const char c = i < span.begin ? t[i] : ' ';
    if (is_ascii_alpha(c)) {
      word += static_cast<char>(c | 0x20);
      continue;
    }
    if (c == '%') return true;
    if (const WordInfo* w = word.empty() ? nullptr : lex.find(word); w && w->level) return true;
    word.clear();
  }
  return false;
}

// "in their 30s, 40s and 50s", "in the low 80s or 90s": a two-digit decade later in a list
// whose first decade follows a possessive or a level word is an age or a level too.
bool age_or_level_list(std::string_view t, Span span) {
  size_t at = span.begin;
  bool listed = false;
  for (;;) {
    size_t gap = 0;
    for (const std::string_view sep : {", ", " and ", " or ", " to ", "-"}) {
      if (at >= sep.size() && t.substr(at - sep.size(), sep.size()) == sep) {
        gap = sep.size();
        break;
      }
    }
    // The decade before the separator: two digits and an "s" ("40s").
    if (gap == 0 || at < gap + 3) break;
    const size_t s = at - gap - 3;
    if (!(t[s] >= '0' && t[s] <= '9' && t[s + 1] >= '0' && t[s + 1] <= '9' && t[s + 2] == 's')) break;
    if (s > 0 && t[s - 1] >= '0' && t[s - 1] <= '9') break;  // "1940s, 50s": a century was written
    at = s;
    listed = true;
  }
  if (!listed || at < 2 || t[at - 1] != ' ') return false;
  size_t w = at - 1;
  while (w > 0 && is_ascii_alpha(t[w - 1])) --w;
  std::string before(t.substr(w, at - 1 - w));
  for (char& c : before) c = static_cast<char>(c | 0x20);
  return age_or_level_word(before);
}

// "the second half of a two-week statement period", "the first half of the match": a half of
// something other than a year. Whether the few words after "of" (to the clause's end) name no
// year: no year or month unit ("year", "decade", "month"), no "fiscal", no month and no number.
bool of_no_year(std::string_view t, uint32_t end, const DateLexicon& lex) {
  constexpr size_t kWords = 6;
  if (t.substr(end, 4) != " of ") return false;
  size_t p = end + 4;
  for (size_t n = 0; n < kWords && p < t.size(); ++n) {
    size_t e = p;
    while (e < t.size() && (is_ascii_alnum(t[e]) || t[e] == '-' || t[e] == '\'')) ++e;
    if (e == p) break;  // punctuation or a line end closes the phrase
    const std::string word = ascii_lower(t.substr(p, e - p));
    if (word == "fiscal" || word == "fy" || std::any_of(word.begin(), word.end(), is_ascii_digit))
      return false;
    if (const WordInfo* w = lex.find(word);
        w && (w->month != 0 || w->unit == "Y" || w->unit == "10Y" || w->unit == "100Y" || w->unit == "M"))
      return false;
    if (e >= t.size() || t[e] != ' ') break;
    p = e + 1;
  }
  return true;
}

}  // namespace

bool DateExtractor::keep(const Context& ctx, DateCandidate& c) const {
  const std::string& t = ctx.doc.norm();
  if (part_of_other_number(t, c.span)) return false;
  // Never across paragraphs (tables); searched inside the span only, or a text without a blank
  // line would be scanned to its end once per match.
  if (std::string_view(t).substr(c.span.begin, c.span.size()).find("\n\n") != std::string_view::npos)
    return false;
  if (c.family == DateFamily::Duration) {
    trim_article(t, lexicon_, c);
    trim_to_hyphenated_measure(t, c);
    // "over the past two years", "under the next government's term": before a determiner
    // "over" and "under" are prepositions, no bound ("over a week" is more than a week)
    const std::string_view head = std::string_view(t).substr(c.span.begin, 12);
    for (const std::string_view prep : {"over ", "under "})
      if (head.size() > prep.size() + 4 && ascii_equal_lower(head.substr(0, prep.size()), prep) &&
          starts_with_any(ascii_lower(head.substr(prep.size())),
                          {"the ", "its ", "their ", "this ", "these "}))
        c.span.begin += static_cast<uint32_t>(prep.size());
    // "published following 10 days of talks": without an article "following" is a preposition
    // ("the following two weeks" keeps it)
    if (ascii_equal_lower(std::string_view(t).substr(c.span.begin, 10), "following ")) c.span.begin += 10;
  }
  const std::string text = t.substr(c.span.begin, c.span.size());
  c.signal = word_before(t, c.span.begin);
  // "August 15-November 30", "Monday-Friday", "July/September": a hyphen, en dash or (after a
  // word) slash with no space joins a range
  if (c.signal.empty() && c.span.begin >= 2 &&
      ((t[c.span.begin - 1] == '-' && is_ascii_alnum(t[c.span.begin - 2])) ||
       (t[c.span.begin - 1] == '/' && is_ascii_alpha(t[c.span.begin - 2])) ||
       (c.span.begin >= 4 && t.compare(c.span.begin - 3, 3, "\u2013") == 0 &&
        is_ascii_alnum(t[c.span.begin - 4]))))
    c.signal = "-";
  c.after = text_after(t, c.span.end);
  if (c.family == DateFamily::Month) c.season_year = season_year_before(t, c.span.begin);
  if (!licensed(c.family, text, c.signal)) return false;
  if (c.signal == "of" && text == "the year" && award_of_the_year(t, c.span.begin)) return false;
  const std::string_view rest = c.after;
  if (rest.starts_with("-final") && ascii_ends_with_lower(text, "quarter"))
    return false;  // "the quarter-final": a round of a cup
  switch (c.family) {
    case DateFamily::Season:
      if (rest.substr(0, 4) == " of ") return false;  // "the fall of Rome"
      if (text.size() >= 4 && text.compare(text.size() - 4, 4, "fall") == 0 && noun_follows(rest))
        return false;  // "the fall in prices"
      break;
    case DateFamily::Duration:
      if (c.span.begin > 0 && t[c.span.begin - 1] == '-' &&
          (text.starts_with("a-") || text.starts_with("a ")))
        return false;  // "$400-million-a-year", "60-miles-a-second": a rate's tail
      if (const size_t tail = compound_tail_end(t, c.span.end, lexicon_);
          tail > c.span.end &&
          is_compound_duration(std::string_view(t).substr(c.span.begin, tail - c.span.begin), lexicon_))
        c.span.end = static_cast<uint32_t>(tail);  // "2 hours and 15 minutes": one duration
      if (rest.rfind("-old", 0) == 0 || rest.rfind(" old", 0) == 0 || rest.rfind(" and older", 0) == 0 ||
          rest.rfind(" or older", 0) == 0)
        return false;  // ages
      if (quarter_as_fraction(text, c.signal, std::string_view(t).substr(c.span.end, 40))) return false;
      if (!article_duration_ok(text, c.signal, lexicon_) ||
          (digit_before(t, c.span.begin) && !after_article(text).empty()))
        return false;  // "358,000 a month" is a rate
      break;
    case DateFamily::Set:
      if (!set_word_ok(t, c, text)) return false;
      break;
    case DateFamily::Quarter:
      // (a quarter "of" a noun is most often the quarter of the event before it: "a sale in the
      // fourth quarter of an investment")
      if (ascii_ends_with_lower(text, "half") && of_no_year(t, c.span.end, lexicon_)) return false;
      break;
    case DateFamily::Ago:
      if (rest.rfind(" than", 0) == 0) {  // "a month earlier than usual": a stretch of time, not a date
        const size_t space = text.rfind(' ');
        if (space == std::string::npos) return false;
        c.span.end = c.span.begin + static_cast<uint32_t>(space);
        c.family = DateFamily::Duration;
      }
      break;
    case DateFamily::Relative:
      if (bare_the_unit(text) &&
          starts_with_any(rest, {" to ", " ended", " ending", " before", " after", " of ", " that", " when",
                                 " in which", " he ", " she ", " they "}))
        return false;  // "the week to May 21", "the month before the vote": another date's week
      break;
    case DateFamily::Anaphor:
      if ((text == "the day" || text == "The day") &&
          starts_with_any(rest, {" that", " when", " of ", " the ", " he ", " she ", " they ", " we ", " it ",
                                 " I ", "-", "'s"}))
        return false;  // "the day that he left", "the day-to-day grind": not a date by itself
      trim_day_before(text, rest, c);
      break;
    case DateFamily::DayOfMonth:
      if (!day_of_month_ok(text, c.signal, rest)) return false;
      break;
    case DateFamily::MonthDay:
      // "In March two firms merged": the month alone; so in "rose in March 3.2 pct" and the
      // tables' "Mar 24.5, Apr 3.2", where the "day" is the whole part of a decimal
      if (counts_plural_noun(text, rest) ||
          (is_ascii_digit(text.back()) && rest.size() >= 2 && rest[0] == '.' && is_ascii_digit(rest[1]))) {
        c.span.end = c.span.begin + static_cast<uint32_t>(text.find(' '));
        c.family = DateFamily::Month;
        return keep(ctx, c);
      }
      break;
    case DateFamily::Year:
      if (!std::isdigit(static_cast<unsigned char>(text.back())) && noun_follows(rest))
        return false;  // "100 AD shares": a name, not an era
      break;
    case DateFamily::Weekday:
      if (!ends_with_day(text) && !is_standalone(ctx, c.span)) return false;  // "fri.", not "he sat."
      break;
    case DateFamily::Numeric:
      if (std::count(text.begin(), text.end(), '/') == 1 &&
          (digit_before(t, c.span.begin) || !month_day_not_fraction(text) || odds_or_score(t, c)))
        return false;  // "2 1/2", "3/8": fractions
      break;
    case DateFamily::DayRange:
      if (const auto r = read_day_range(text, lexicon_); !r || !day_range_ok(*r, rest)) {
        if (!r || r->month_first) {  // "March 3 to 15 pct": the first day alone
          c.span.end = c.span.begin + static_cast<uint32_t>(r ? r->first.end : c.span.size());
          c.family = DateFamily::MonthDay;
        } else {  // "30-2 May": the second day, with the month
          c.span.begin += static_cast<uint32_t>(r->second.begin);
          c.family = DateFamily::DayMonth;
        }
        c.after = text_after(t, c.span.end);
      }
      break;
    case DateFamily::Holiday:
      if (text.find(' ') == std::string::npos && noun_follows(rest) &&
          !starts_with_any(
              rest, {" at ", " in ", " on ", " to ", " for ", " with ", " by ", " from ", " this ", " last ",
                     " next ", " that ", " we ", " they ", " he ", " she ", " it "}))
        return false;  // "a Christmas present", "the Easter holidays": a modifier, not the day
      if (text.find(' ') == std::string::npos && name_follows(rest)) return false;  // "Easter Island"
      break;
    case DateFamily::Decade:
      if (two_digit_decade(text) && (level_before(ctx, lexicon_, c.span) || age_or_level_list(t, c.span)))
        return false;
      break;
    case DateFamily::Day:
      if (c.signal == "usa" && (text == "TODAY" || text == "Today")) return false;  // the newspaper USA TODAY
      // "Radio 4's Today programme", "the Today show": a capitalized day word after a possessive
      // or an article, or before the word for a programme, names the programme
      if ((text == "Today" || text == "Tonight") &&
          (c.signal.ends_with("'s") || c.signal == "the" ||
           starts_with_any(rest, {" programme", " program", " show", " newspaper", " presenter"})))
        return false;
      // NBC's "Today" program, the program "Today,": a capitalized day word alone in quotation
      // marks is a title
      if ((text == "Today" || text == "Tonight") && c.span.begin >= 1 && t[c.span.begin - 1] == '"' &&
          (rest.starts_with("\"") || rest.starts_with(",\"")))
        return false;
      // "He told Today that", "said on Today:", "Russia Today": a day word capitalized inside a
      // sentence (after a word or a comma) is the name of a programme or a paper
      if ((text == "Today" || text == "Tonight") && c.span.begin >= 2 && t[c.span.begin - 1] == ' ' &&
          (is_ascii_alpha(t[c.span.begin - 2]) || is_ascii_digit(t[c.span.begin - 2]) ||
           t[c.span.begin - 2] == ','))
        return false;
      break;
    case DateFamily::Ref:
      if ((text == "the past" || text == "the future" || text == "The past" || text == "The future") &&
          noun_follows(rest))
        return false;  // "the past century", "the future of our peoples": not references to a time
      // "the current account deficit", "current assets", a headline's "CURRENT PAYMENTS SURPLUS":
      // the terms of accounting, no time
      if (ascii_equal_lower(text, "current") &&
          starts_with_any(ascii_lower(rest.substr(0, 14)),
                          {" account", "-account", " assets", " liabilities", " ratio", " affairs",
                           " payments", " expenditure", " transfers"}))
        return false;
      if ((text == "soon" || text == "Soon") &&
          (c.signal == "as" || rest.rfind(" after", 0) == 0 || rest.rfind("-", 0) == 0))
        return false;  // "as soon as", "soon after", "soon-to-open"
      break;
    default:
      break;
  }
  if (tense_matters(c.family)) {
    c.standalone = is_standalone(ctx, c.span);
    c.tense = c.standalone ? LazyTense(true) : LazyTense(*this, ctx, c.span, c.signal);
  }
  return true;
}

}  // namespace newsclaim
