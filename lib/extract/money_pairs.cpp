// Money stage: two numbers read as one amount or as a pair sharing a unit. A range ("$5 to $7
// billion", "between 10 and 20 dollars"), units and sub-units ("$20 and 43c"), and a bare
// number measured by the next one's unit ("from 1.5 to 2.5 billion stg", "4-5%").
#include <cmath>
#include <string>

#include "extract/money.hpp"
#include "extract/money_internal.hpp"
#include "extract/numbers.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

constexpr size_t kOpenerWindow = 12;     // bytes before a range searched for "between"
constexpr size_t kRangeVerbWindow = 24;  // bytes before a range searched for "ranging from"

// The first number of a pair in the magnitude of the second, when the magnitude belongs to both:
// "1.5 to 2.5 billion" is 1.5 billion, "500,000 to one mln" stays 500,000 (the scaled number
// would stand further from the second than the plain one does).
double first_in_magnitude(std::string_view text, const NumberCore& a, const NumberCore& b, double first,
                          double second) {
  if (a.magnitude || !b.magnitude || first <= 0 || second <= 0) return first;
  const double scaled =
      first * numbers::trailing_magnitude(text.substr(b.number.begin, b.number.size())).value_or(1);
  return std::fabs(std::log10(scaled / second)) < std::fabs(std::log10(first / second)) ? scaled : first;
}

// The letters of the word before pos, past the spaces before pos ("March" of "March 10"); empty
// when none.
std::string_view word_before(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && is_ascii_alpha(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

// Whether the word right before pos is capitalized and opens no range: "March" of "March 10 to
// 2.8 billion dlrs" makes "10" a day, not an amount ("Between 4 and 5 pct" still pairs).
bool after_capitalized_word(std::string_view text, size_t pos) {
  const std::string_view word = word_before(text, pos);
  if (word.empty() || !is_ascii_upper(word[0])) return false;
  return !ascii_equal_lower(word, "from") && !ascii_equal_lower(word, "between");
}

// Whether the word right before pos is a month's name: "April 1 to 4.6 billion dlrs" is a day.
bool after_month(std::string_view text, size_t pos) {
  const std::string_view word = word_before(text, pos);
  return !word.empty() && opens_with_month(word);
}

// No cast to an integer: a 100-digit "amount" would overflow it (undefined behaviour).
bool is_whole(double v) { return std::isfinite(v) && v == std::trunc(v); }

// Whether the text at pos ends a clause (punctuation, line end or text end).
bool ends_clause(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  const char c = text[pos];
  return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == '\n';
}

}  // namespace

// "$5-10 million", "$5 to $7 billion", "between 10 and 20 dollars": one amount with min and
// max. "from $5 million to $7 million" is a change, not a range, and stays two amounts, as do a
// price move and the new level ("fell 12 cents to 3.40 dlrs").
bool MoneyExtractor::join_range(std::string_view text, const NumberCore& a, const NumberCore& b,
                                Money& out) const {
  const CurrencyForm* form = a.currency ? a.currency : b.currency;
  if (!form || b.span.begin < a.span.end) return false;
  // "quarter ended January 28 to 285 mln dlrs": a bare day after its month opens no range.
  if (!a.currency && after_month(text, a.span.begin)) return false;
  if (a.currency && b.currency && a.currency->code != b.currency->code) {
    // "US$16 million to $28 million": a bare dollar takes the written-out one.
    const CurrencyForm* bare = !a.currency->family.empty()   ? a.currency
                               : !b.currency->family.empty() ? b.currency
                                                             : nullptr;
    const CurrencyForm* coded = bare == a.currency ? b.currency : a.currency;
    if (!bare || bare->scale != coded->scale || !currencies_.in_family(coded->code, bare->family))
      return false;
    form = coded;
  }
  // Bounds first: half the pairs of amounts fall, and then no regex needs to read their gap.
  const double hi = b.value * (b.currency ? 1 : form->scale);
  const double lo = first_in_magnitude(text, a, b, a.value * (a.currency ? 1 : form->scale), hi);
  if (!(lo < hi)) return false;
  std::string connector;
  const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
  if (!found(range_connector_, gap, RE2::ANCHOR_BOTH) || !RE2::FullMatch(gap, range_connector_, &connector))
    return false;
  std::string opener;
  const std::string_view before = window_before(text, a.span.begin, kOpenerWindow);
  if (found(range_opener_, before)) RE2::PartialMatch(before, range_opener_, &opener);
  const std::string op = ascii_lower(opener);
  const bool ranges_from =
      op == "from" && found(range_from_, window_before(text, a.span.begin, kRangeVerbWindow));
  if ((op == "from" && !ranges_from) || ((connector == "and" || connector == "AND") && op != "between"))
    return false;
  if (a.currency && moves_to_level(text, a, lo, hi, b)) return false;
  if (!b.currency && RE2::PartialMatch(window_after(text, b.number.end, 20), percent_)) return false;
  const size_t begin = op == "between" || ranges_from
                           ? a.span.begin - (before.size() - before.rfind(opener.front()))
                           : a.span.begin;
  out.span = Span{static_cast<uint32_t>(begin), b.span.end};
  out.min = lo;
  out.max = hi;
  set_currency(*form, out);
  add_approx(text, out.span, out);
  return true;
}

// "between 4 and 5 pct", "3 to 4 percent", "4-5%", "from 1.5 to 2.5 billion stg": a bare number
// joined to the next amount, whose unit measures it too. A year is no such number ("grew in 1986
// and 5 pct in 1987" has no "1986 pct"), "and" pairs only after "between", and "or" not at all
// ("profit 799,000 dlrs or 10 cts a share", "rose 799,000 or 5 pct" measure two things).
bool MoneyExtractor::shares_next_unit(std::string_view text, const NumberCore& a, const NumberCore& b) const {
  if (a.currency || !a.attached.empty() || b.span.begin < a.span.end ||
      after_capitalized_word(text, a.span.begin))
    return false;
  const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
  if (gap.size() > 9) return false;
  // The DFA alone: reading the group would run RE2's slower engines for every bare number
  if (!found(range_connector_, gap, RE2::ANCHOR_BOTH)) return false;
  const size_t first = gap.find_first_not_of(" \t\n\r\f\v"), last = gap.find_last_not_of(" \t\n\r\f\v");
  const std::string_view connector =
      first == std::string_view::npos ? gap : gap.substr(first, last + 1 - first);
  if (ascii_equal_lower(connector, "and")) {
    std::string opener;
    if (!RE2::PartialMatch(window_before(text, a.span.begin, kOpenerWindow), range_opener_, &opener) ||
        ascii_lower(opener) != "between")
      return false;
  }
  return !numbers::looks_like_year(text.substr(a.number.begin, a.number.size()));
}

// The bare first number of a pair in the next amount's currency and magnitude: "1.5" of "from
// 1.5 to 2.5 billion stg" is 1.5 billion pounds.
Money MoneyExtractor::first_of_pair(std::string_view text, const NumberCore& a, const NumberCore& b) const {
  Money m;
  m.span = a.span;
  m.value = first_in_magnitude(text, a, b, a.value * b.currency->scale, b.value);
  set_currency(*b.currency, m);
  add_approx(text, m.span, m);
  return m;
}

// "4" of "between 4 and 5 pct" or "4-5%": a percentage as the number after it is one.
bool MoneyExtractor::add_first_percentage(std::string_view text, const NumberCore& a, const NumberCore& b,
                                          Extraction& out) const {
  bool points = false;
  if (b.currency || percent_after(text, b, &points) == 0 || !shares_next_unit(text, a, b)) return false;
  Percentage p;
  p.span = a.number;
  p.value = a.value;
  p.points = points;
  read_percent_sign(text, p);
  out.percentages.push_back(p);
  return true;
}

// "thirteen dollars forty-five cents", "$20 and 43c", "15 dollars 50.": units and sub-units
// written as one amount.
bool MoneyExtractor::join_subunit(std::string_view text, const NumberCore& a, const NumberCore& b,
                                  Money& out) const {
  if (!a.currency || a.currency->scale != 1 || a.magnitude || b.magnitude || b.span.begin < a.span.end)
    return false;
  // 14 cents is 0.14 in currency units, and 0.14 * 100 is 14.000000000000002: round.
  double cents = b.currency ? b.value * 100 : b.value;
  if (std::fabs(cents - std::round(cents)) < 1e-6) cents = std::round(cents);
  if (!is_whole(a.value) || !is_whole(cents) || cents >= 100) return false;
  const std::string_view between = text.substr(a.span.end, b.span.begin - a.span.end);
  const bool with_and = ascii_lower(between) == " and ";
  if (!with_and && between != " ") return false;
  if (b.currency) {
    if (b.currency->scale != 0.01 || !b.currency_after) return false;
  } else if ((!ends_clause(text, b.span.end) && (with_and || !a.currency_after)) || is_percentage(text, b)) {
    return false;  // "$5 and 10 other items" is no "$5.10", "6,100 francs 25 pct" no 6,100.25
  }
  out = single(a);
  out.value = a.value + cents / 100;
  out.span.end = b.span.end;
  add_approx(text, out.span, out);
  return true;
}

// "fell 12 cents to 3.40 dlrs", "Dixons 4p to 373": a price move a, then "to" and the new
// level b (lo and hi their values in currency units). A verb of change before the move says
// so; without one, a bare level more than kMoveRatio times the move does, for prices written
// without magnitudes and without "between" or "from": a range's ends lie closer ("10 cents to
// 15"; "$1 million to $10 million" has magnitudes, "20 dlrs to 300 dlrs" writes its unit twice).
bool MoneyExtractor::moves_to_level(std::string_view text, const NumberCore& a, double lo, double hi,
                                    const NumberCore& b) const {
  constexpr double kMoveRatio = 8;
  constexpr double kByMoveRatio = 3;
  if (b.span.begin < a.span.end) return false;
  const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
  if (!ascii_equal_lower(gap, " to ")) return false;
  const std::string_view before = window_before(text, a.span.begin, kOpenerWindow);
  if (found(change_before_, before)) return true;
  // "rose by 834 mln francs to 24.79 billion", "boost income by 400m euros to 2.5bn euros",
  // "the budget rise by $19bn to $419.3bn": an amount in its own words after "by", or one far
  // below the next, is the move ("cut costs by $2 to $3 million" stays a range)
  if (found(move_by_, before)) return a.currency_after || hi > kByMoveRatio * lo;
  return !b.currency && !a.magnitude && !b.magnitude && lo > 0 && hi > kMoveRatio * lo &&
         !found(range_opener_, before);
}

// "Bass dipped 13p to 879": the bare level after a price move is in the move's currency, which
// it does not write itself (basis context, as a results table's carried figures), and in its
// magnitude unless it writes its own ("declined 75.4 mln dlrs to 104.0": 104 million; "rose 75
// mln dlrs to 1.2 billion").
void MoneyExtractor::carry_to_level(std::string_view text, const NumberCore& a, NumberCore& b) const {
  if (b.currency || b.joined || !b.attached.empty() || !a.currency || is_percentage(text, b)) return;
  if (b.magnitude && a.currency->scale < 1) return;  // "12p to 1.2 mln" is no level in pence
  // "the bond fell 10 pfennigs to 103.20": a level in hundredths after a move in a sub-unit is in
  // the whole unit (a bond's price, a rate); only pence quote share prices ("13p to 879")
  if (a.currency->scale < 1 && a.currency->code != "GBP") {
    const std::string_view level = text.substr(b.number.begin, b.number.size());
    const size_t dot = level.find('.');
    if (dot != std::string_view::npos && level.size() - dot > 2) return;
  }
  double level = in_currency_units(b.value, *a.currency);
  if (a.magnitude && !b.magnitude)
    level *= numbers::trailing_magnitude(text.substr(a.number.begin, a.number.size())).value_or(1);
  if (!moves_to_level(text, a, a.value, level, b) || quantities_.at(text, b)) return;
  b.currency = a.currency;
  b.value = level;
  b.carried = true;
}

// Whether the bare amount b, with a magnitude word, is compared with the amount or count that
// first spans: "73.97 billion dlrs from 55.6 billion", "688 mln francs, after a restated 756 mln
// loss", "from 5 mln dlrs to 7 mln", "3.66 mln tonnes from 3.46 mln". chained: first is itself
// compared, so "and" goes on ("compared with 118.6 mln in April and 141.3 mln in May").
bool MoneyExtractor::compared_with(std::string_view text, Span first, const NumberCore& b,
                                   bool chained) const {
  if (b.currency || !b.magnitude || b.joined || !b.attached.empty() || b.span.begin < first.end) return false;
  const std::string_view gap = text.substr(first.end, b.span.begin - first.end);
  if (gap.size() > 64) return false;
  if (ascii_equal_lower(gap, " to "))
    return found(range_opener_, window_before(text, first.begin, kOpenerWindow));
  if (!found(compared_gap_.get(), gap, RE2::ANCHOR_BOTH)) return false;
  return chained || !ascii_ends_with_lower(gap, " and ");
}

// b compared with the amount a is in a's currency, which it does not write again (basis
// context). One that counts something ("from 2 mln customers") or is a percentage stays so.
void MoneyExtractor::carry_to_compared(std::string_view text, const NumberCore& a, NumberCore& b) const {
  if (!compared_with(text, a.span, b, a.carried) || is_percentage(text, b) || quantities_.at(text, b)) return;
  b.currency = a.currency;
  b.value = in_currency_units(b.value, *a.currency);
  b.carried = true;
}

// "received 7.2 mln in contracts", "6.6 billion in assets": a bare figure with a magnitude
// before "in" and a noun of money (money.money_noun_after; no determiner between: "614 in the
// debt area" counts positions) is an amount in the currency last written in its paragraph (an
// amount in a whole unit, last), else in the report's dollar; basis context. Only a figure with
// a magnitude word: "1986 in earnings" is a year.
void MoneyExtractor::carry_to_money_noun(std::string_view text, const NumberCore* last, NumberCore& b) const {
  constexpr size_t kReach = 400;  // bytes back to the amount whose currency is carried
  if (b.currency || !b.magnitude || b.joined || !b.attached.empty()) return;
  re2::StringPiece gap;
  const re2::StringPiece rest(text.data() + b.span.end, std::min<size_t>(96, text.size() - b.span.end));
  if (!money_noun_after_.get().Match(rest, 0, rest.size(), RE2::ANCHOR_START, &gap, 1)) return;
  for (const std::string_view det : {" the ", " a ", " an ", " its ", " their ", " his ", " her "})
    if (std::string_view(gap.data(), gap.size()).find(det) != std::string_view::npos) return;
  if (is_percentage(text, b) || quantities_.at(text, b)) return;
  const bool near =
      last && last->span.end <= b.span.begin && b.span.begin - last->span.end <= kReach &&
      text.substr(last->span.end, b.span.begin - last->span.end).find("\n\n") == std::string_view::npos;
  const CurrencyForm* form = near ? last->currency : currencies_.find("$");
  if (!form) return;
  b.currency = form;
  b.value = in_currency_units(b.value, *form);
  b.carried = true;
}

// b compared with the count before it ("3.66 mln tonnes from 3.46 mln") counts the same unit;
// chained: that count is itself compared.
bool MoneyExtractor::add_compared_quantity(std::string_view text, const NumberCore& b, bool chained,
                                           Extraction& out) const {
  if (out.quantities.empty()) return false;
  const Quantity& q = out.quantities.back();
  if (!compared_with(text, q.span, b, chained) || is_percentage(text, b)) return false;
  out.quantities.push_back(Quantity{b.number, b.value, q.unit});
  return true;
}

}  // namespace newsclaim
