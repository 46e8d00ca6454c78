#include "extract/money_scan.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "extract/money_scan_internal.hpp"
#include "extract/numbers.hpp"
#include "patterns/ruleset.hpp"
#include "patterns/start_gate.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

using number_scan::at;
using number_scan::is_space;
using number_scan::kMaxToken;

// End of the run of letters starting at begin, at most kMaxToken bytes on.
size_t letters_end(std::string_view text, size_t begin) {
  size_t e = begin;
  while (e < text.size() && e - begin < kMaxToken && is_ascii_alpha(text[e])) ++e;
  return e;
}

// "1.250.000,50" after a core "1.250": the European numeral starting at begin, if any.
size_t european_end(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i < text.size() && is_ascii_digit(text[i])) ++i;
  size_t groups = 0;
  while (at(text, i) == '.' && is_ascii_digit(at(text, i + 1)) && is_ascii_digit(at(text, i + 2)) &&
         is_ascii_digit(at(text, i + 3)) && !is_ascii_digit(at(text, i + 4))) {
    i += 4;
    ++groups;
  }
  if (groups == 0) return begin;
  if (at(text, i) == ',' && is_ascii_digit(at(text, i + 1))) {
    i += 1;
    while (is_ascii_digit(at(text, i))) ++i;
  }
  return i;
}

// "3/8", "13/16", "2/3": the length of a fraction starting at pos (a half down to a
// sixty-fourth, the wire services' price steps, and thirds), and its value; 0 when none.
size_t fraction_at(std::string_view text, size_t pos, double& value) {
  size_t i = pos;
  unsigned n = 0, d = 0;
  for (; is_ascii_digit(at(text, i)) && i - pos < 2; ++i) n = n * 10 + unsigned(text[i] - '0');
  if (i == pos || at(text, i) != '/') return 0;
  const size_t d_begin = ++i;
  for (; is_ascii_digit(at(text, i)) && i - d_begin < 2; ++i) d = d * 10 + unsigned(text[i] - '0');
  if (i == d_begin || is_ascii_digit(at(text, i)) || at(text, i) == '/') return 0;
  // A proper fraction over a power of two, or thirds ("66-2/3 pct", a two-thirds majority).
  if (n == 0 || n >= d || ((d & (d - 1)) != 0 && d != 3)) return 0;
  value = double(n) / double(d);
  return i - pos;
}

// "12-3/8 cts", "35 1/2 dlrs": the length of a fraction right after a whole number ending at
// pos, separator included, and its value; 0 when none.
size_t fraction_after(std::string_view text, size_t pos, double& value) {
  const char sep = at(text, pos);
  if (sep != '-' && sep != ' ') return 0;
  const size_t n = fraction_at(text, pos + 1, value);
  return n == 0 ? 0 : n + 1;
}

// "a dollar", "an ...": the length of the article opening a match that counts one unit (the
// last alternative of money.number), else 0.
size_t article_length(std::string_view match) {
  if (match.size() < 3 || (match[0] | 0x20) != 'a') return 0;
  if (is_space(match[1])) return 1;
  return (match[1] | 0x20) == 'n' && is_space(match[2]) ? 2 : 0;
}

}  // namespace

NumberScanner::NumberScanner(const Ruleset& rules, const CurrencyTable& currencies)
    : number_(rules.re("money.number")),
      unit_end_(rules.lazy("money.unit_end")),
      percent_(rules.re("money.percent")),
      weight_before_(rules.lazy("money.weight_before")),
      weight_after_(rules.lazy("money.weight_after")),
      pound_money_of_(rules.lazy("money.pound_money_of")),
      currencies_(currencies) {
  if (const auto gate = StartGate::of(number_.pattern())) openings_.emplace(*gate);
  if (openings_) phrases_ = PhraseGate::of(number_.pattern());
  for (const auto& row : rules.gazetteer("money.magnitude_typos").rows())
    if (row.size() >= 2) magnitude_typos_[row[0]] = std::strtod(row[1].c_str(), nullptr);
}

// With a gate the regex runs anchored only where a number can open (digits, number words, "a"
// or "half" before a magnitude) instead of its DFA over every byte: the anchored match at the
// leftmost such position is the match an unanchored search returns. A word must also pass the
// phrase gate: most of the words the gate's three letters let through ("a new", "for the")
// open no number, and a failed regex call cost about seven times the phrase test. Digits,
// which always open one, skip that test.
bool NumberScanner::next_match(std::string_view text, size_t pos, re2::StringPiece& m) const {
  if (!openings_) return number_.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1);
  const size_t n = text.size();
  for (size_t p = openings_->next(text, pos); p < n; p = openings_->next(text, p + 1)) {
    if (phrases_ && !is_ascii_digit(text[p]) && !phrases_->may_start(text, p)) continue;
    if (number_.Match(text, p, n, RE2::ANCHOR_START, &m, 1)) return true;
  }
  return false;
}

std::vector<NumberCore> NumberScanner::scan(std::string_view text) const {
  std::vector<NumberCore> out;
  size_t pos = 0;
  size_t floor = 0;  // end of the previous core: a prefix cannot reach back into it
  re2::StringPiece m;
  while (pos < text.size() && next_match(text, pos, m)) {
    const size_t b = static_cast<size_t>(m.data() - text.data());
    const size_t e = b + m.size();
    if (e == b) {
      pos = b + 1;
      continue;
    }
    NumberCore core;
    if (read_core(text, floor, b, e, core)) {
      out.push_back(core);
      pos = floor = std::max<size_t>(e, core.span.end);
    } else {
      pos = e;
    }
  }
  return out;
}

// Fills core from the regex match [begin, end); false when the match is part of something
// else: a code or name ("G7", "COVID-19"), a larger numeral, a European numeral without euros.
bool NumberScanner::read_core(std::string_view text, size_t floor, size_t begin, size_t end,
                              NumberCore& core) const {
  const char before = begin > 0 ? text[begin - 1] : '\0';
  const char before2 = begin > 1 ? text[begin - 2] : '\0';
  if (before == '-' && is_ascii_alpha(before2)) return false;
  if ((before == '/' || before == ':' || before == '.' || before == ',') && is_ascii_digit(before2))
    return false;
  // Single-letter magnitudes ("$300m") count only after a currency symbol.
  double letter_magnitude = 0;
  size_t number_end = end;
  if (end - begin >= 2 && is_ascii_digit(text[end - 2])) {
    const char last = text[end - 1];
    if (last == 'm' || last == 'M' || last == 'k' || last == 'K' || last == 'b' || last == 'B') {
      letter_magnitude = *numbers::magnitude(text.substr(end - 1, 1));
      number_end = end - 1;
    }
  }
  bool european = false;
  const char after = at(text, number_end);
  if ((after == '.' || after == ',') && is_ascii_digit(at(text, number_end + 1))) {
    const size_t eu = european_end(text, begin);
    if (eu <= number_end || letter_magnitude > 0) return false;
    const auto v = numbers::parse_digits(text.substr(begin, eu - begin), true);
    if (!v) return false;
    core.value = *v;
    number_end = end = eu;
    european = true;
  } else if (const auto v = numbers::parse_number(text.substr(begin, number_end - begin))) {
    core.value = *v;
    core.magnitude = numbers::trailing_magnitude(text.substr(begin, number_end - begin)).has_value();
  } else if (const size_t a = article_length(text.substr(begin, end - begin))) {
    core.value = 1;  // "a dollar": the unit word is read as the currency below
    core.article = true;
    number_end = begin + a;
  } else {
    return false;
  }
  // ".5 pct", "$.50", ".5165 shares": a decimal fraction written without its zero, its point
  // after a space, a line's start, "(" or a currency symbol (a sentence's period is followed by a
  // space, and the period of "U.S.5" or "v.2" by no space)
  if (before == '.' && !european && letter_magnitude == 0 && !core.article &&
      (begin == 1 || before2 == ' ' || before2 == '\n' || before2 == '(' || before2 == '$') &&
      std::all_of(text.begin() + static_cast<std::ptrdiff_t>(begin),
                  text.begin() + static_cast<std::ptrdiff_t>(number_end), is_ascii_digit)) {
    core.value /= std::pow(10.0, static_cast<double>(number_end - begin));
    --begin;
  }
  core.span = core.number = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(number_end)};
  const char next = at(text, number_end);
  const char next2 = at(text, number_end + 1);
  if ((next == '/' || next == ':' || next == '-') && is_ascii_digit(next2)) core.joined = true;
  if (!core.magnitude && !core.article && !european && letter_magnitude == 0) read_magnitude_typo(text, core);

  if (is_ascii_alpha(before)) {
    if (!attach_prefix(text, floor, core)) return false;
  } else {
    attach_prefix(text, floor, core);
  }
  if (!core.currency || core.currency->code.empty()) attach_suffix(text, core);
  if (!core.currency_after && !core.magnitude) attach_fraction(text, core);
  if (!core.currency && core.joined && next == '/') read_bare_fraction(text, core);
  if (core.article && (!core.currency || !core.currency_after)) return false;
  if (european && (!core.currency || core.currency->code != "EUR")) return false;

  if (letter_magnitude > 0) {
    bool scaled = core.currency && !core.currency_after;  // "$300m"
    if (!core.currency) {  // "10m euros", "3k dollars": the currency follows the letter
      core.number.end = core.span.end = static_cast<uint32_t>(end);
      attach_suffix(text, core);
      scaled = core.currency != nullptr;
      if (!scaled) core.number.end = core.span.end = static_cast<uint32_t>(number_end);
    }
    if (scaled) {
      core.value *= letter_magnitude;
      core.magnitude = true;
      core.number.end = static_cast<uint32_t>(end);
      core.span.end = std::max<uint32_t>(core.span.end, static_cast<uint32_t>(end));
    } else {
      core.attached = text.substr(number_end, 1);
    }
  }
  if (core.currency) {
    core.value = in_currency_units(core.value, *core.currency);
    extend_magnitude(text, core);
  } else if (is_ascii_alpha(at(text, core.number.end))) {
    const size_t e2 = letters_end(text, core.number.end);
    core.attached = text.substr(core.number.end, e2 - core.number.end);
  }
  return true;
}

// "4.7 bilion dlrs", "Assets 1.64 billion vs 1.45 bilion": a misspelled magnitude right after
// the number scales it. Only words opening with b, m or t reach the table.
void NumberScanner::read_magnitude_typo(std::string_view text, NumberCore& core) const {
  const size_t q = core.number.end + 1;
  const char first = static_cast<char>(at(text, q) | 0x20);
  if (at(text, q - 1) != ' ' || (first != 'b' && first != 'm' && first != 't')) return;
  const size_t e = letters_end(text, q);
  if (e - q < 4 || is_ascii_digit(at(text, e))) return;
  const auto it = magnitude_typos_.find(text.substr(q, e - q));
  if (it == magnitude_typos_.end()) return;
  core.value *= it->second;
  core.magnitude = true;
  core.number.end = core.span.end = static_cast<uint32_t>(e);
}

// "12-3/8 cts", "$35 1/2", "12-1/2 pct": a fraction after a whole number is part of an amount or
// a percentage (only of those: "3 1/2 hours" stays a count).
void NumberScanner::attach_fraction(std::string_view text, NumberCore& core) const {
  const std::string_view digits = text.substr(core.number.begin, core.number.size());
  if (!std::all_of(digits.begin(), digits.end(), is_ascii_digit)) return;
  double fraction = 0;
  const size_t n = fraction_after(text, core.number.end, fraction);
  if (n != 0) take_fraction(text, core, core.number.end + n, core.value + fraction);
}

// "5/8 pct", "1/2 dlr", "3/8 cent": a fraction alone, as the wires write fees, margins and
// price moves under one; only before a currency or a percent ("a 3/4 majority", "1/2 price"
// and dates stay apart). The core is the numerator, read so far as joined to "/8".
void NumberScanner::read_bare_fraction(std::string_view text, NumberCore& core) const {
  // "2.88-3/4 dlrs" (grain futures: 2.88 dlrs and 3/4 cent): the fraction of the number before.
  const size_t b = core.number.begin;
  if (b >= 2 && text[b - 1] == '-' && is_ascii_digit(text[b - 2])) return;
  double fraction = 0;
  const size_t n = fraction_at(text, core.number.begin, fraction);
  if (n != 0) take_fraction(text, core, core.number.begin + n, fraction);
}

// The core extended to end with value, when a currency or a percent follows there.
void NumberScanner::take_fraction(std::string_view text, NumberCore& core, size_t end, double value) const {
  NumberCore longer = core;
  longer.number.end = longer.span.end = static_cast<uint32_t>(end);
  if (!longer.currency) attach_suffix(text, longer);
  if (!longer.currency) {
    const std::string_view after = text.substr(longer.number.end, 24);
    if (!percent_.Match(after, 0, after.size(), RE2::ANCHOR_START, nullptr, 0)) return;
  }
  longer.value = value;
  longer.joined = false;
  core = longer;
}

// "75 USD million": a magnitude after a currency code.
void NumberScanner::extend_magnitude(std::string_view text, NumberCore& core) const {
  if (core.magnitude || !core.currency_after) return;
  size_t q = core.span.end;
  if (at(text, q) != ' ') return;
  const size_t e = letters_end(text, ++q);
  if (e - q < 3) return;
  if (const auto m = numbers::magnitude(text.substr(q, e - q))) {
    core.value *= *m;
    core.magnitude = true;
    core.span.end = static_cast<uint32_t>(e);
  }
}

}  // namespace newsclaim
