#include "extract/money_scan.hpp"

#include <algorithm>
#include <cmath>

#include "extract/numbers.hpp"
#include "patterns/ruleset.hpp"
#include "patterns/start_gate.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_opener(char c) { return c == '(' || c == '[' || c == '{' || c == '"' || c == '\''; }
bool is_closer(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
         c == '"' || c == '\'';
}
// Short words that precede "$" in running text ("a $5 fee") and never glue to it as a
// country prefix the way tokenized "c $ 16.4" or "hk $ 10" do.
bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a",  "an", "at",  "as",  "to",  "of",  "in",  "on", "or",
                                                "by", "is", "the", "for", "and", "was", "per", "but"};
  for (std::string_view k : kWords)
    if (w.size() == k.size() &&
        std::equal(w.begin(), w.end(), k.begin(), [](char x, char y) { return (x | 0x20) == y; }))
      return true;
  return false;
}

char at(std::string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }

// Currency forms and the words around a number are short: looking further than this around
// each number would make text without spaces ("1a1a1a...") quadratic.
constexpr size_t kMaxToken = 32;

// Start of the whitespace-free token that ends at end (openers like "(" stop it), at most
// kMaxToken bytes back.
size_t token_start(std::string_view text, size_t end) {
  size_t s = end;
  while (s > 0 && end - s < kMaxToken && !is_space(text[s - 1]) && !is_opener(text[s - 1])) --s;
  return s;
}

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

// "12-3/8 cts", "35 1/2 dlrs": the length of a fraction (a half down to a sixty-fourth, the
// wire services' price steps) right after a whole number ending at pos, and its value; 0 when none.
size_t fraction_after(std::string_view text, size_t pos, double& value) {
  const char sep = at(text, pos);
  if (sep != '-' && sep != ' ') return 0;
  size_t i = pos + 1;
  unsigned n = 0, d = 0;
  for (const size_t b = i; is_ascii_digit(at(text, i)) && i - b < 2; ++i)
    n = n * 10 + unsigned(text[i] - '0');
  if (i == pos + 1 || at(text, i) != '/') return 0;
  const size_t d_begin = ++i;
  for (; is_ascii_digit(at(text, i)) && i - d_begin < 2; ++i) d = d * 10 + unsigned(text[i] - '0');
  if (i == d_begin || is_ascii_digit(at(text, i)) || at(text, i) == '/') return 0;
  if (n == 0 || n >= d || (d & (d - 1)) != 0) return 0;  // a proper fraction over a power of two
  value = double(n) / double(d);
  return i - pos;
}

// Whether a phrase ending with this token keeps it as a word when the lookups below strip
// closing punctuation ("dlrs." retried as "dlrs"): not when it is empty (a double space) or
// all punctuation ("dollars ." retried as "dollars"), which leaves the phrase a word shorter.
bool keeps_words(std::string_view last_token) {
  return std::any_of(last_token.begin(), last_token.end(), [](char c) { return !is_closer(c); });
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
      currencies_(currencies) {
  if (const auto gate = StartGate::of(number_.pattern())) openings_.emplace(*gate);
  if (openings_) phrases_ = PhraseGate::of(number_.pattern());
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
  core.span = core.number = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(number_end)};
  const char next = at(text, number_end);
  const char next2 = at(text, number_end + 1);
  if ((next == '/' || next == ':' || next == '-') && is_ascii_digit(next2)) core.joined = true;

  if (is_ascii_alpha(before)) {
    if (!attach_prefix(text, floor, core)) return false;
  } else {
    attach_prefix(text, floor, core);
  }
  if (!core.currency || core.currency->code.empty()) attach_suffix(text, core);
  if (!core.currency_after && !core.magnitude) attach_fraction(text, core);
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
    // Divide by the inverse scale: 57 / 100 is exactly 0.57, 57 * 0.01 is not.
    if (core.currency->scale < 1)
      core.value /= std::round(1 / core.currency->scale);
    else
      core.value *= core.currency->scale;
    extend_magnitude(text, core);
  } else if (is_ascii_alpha(at(text, core.number.end))) {
    const size_t e2 = letters_end(text, core.number.end);
    core.attached = text.substr(core.number.end, e2 - core.number.end);
  }
  return true;
}

// A currency written before the number: "$5", "US$ 5", "c $ 16.4", "EUR 20", "Rs.500",
// "USD115", "malaysia ringgit 42". Returns whether one was found.
bool NumberScanner::attach_prefix(std::string_view text, size_t floor, NumberCore& core) const {
  size_t q = core.span.begin;
  if (q > 0 && text[q - 1] == ' ') --q;
  if (q <= floor) return false;
  size_t s = std::max(floor, token_start(text, q));
  // A hyphen joins amounts, never a currency: "US$5m-US$10m".
  if (const size_t dash = text.substr(s, q - s).rfind('-'); dash != std::string_view::npos) s += dash + 1;
  if (s == q) return false;
  const std::string_view token = text.substr(s, q - s);
  const bool dollar_sign = token.back() == '$';
  if (!dollar_sign && !currencies_.may_end(token)) return false;
  const CurrencyForm* form = currencies_.find(token);
  size_t start = s;
  if (form && !form->before) form = nullptr;
  if (!form && token.size() > 1 && token.back() == '$') {
    // "mxn$ 15", "Z$5": an ISO code glued to "$", else the "$" alone.
    form = currencies_.find_code(token.substr(0, token.size() - 1));
    if (!form) {
      form = currencies_.find("$");
      start = q - 1;
    }
  }
  if (form && token == "$" && s >= floor + 2 && text[s - 1] == ' ') {
    // Tokenized text: "c $ 16.4 million", "hk $ 10.05 billion", "u.s. $ 5".
    const size_t w = token_start(text, s - 1);
    const std::string_view word = text.substr(w, s - 1 - w);
    // "u.s. $ 5" too: letters with dots. Not the "s" of a split possessive: "company ' s $ 5".
    const bool letters =
        std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_alpha(c) || c == '.'; });
    const size_t quote = w >= 2 && text[w - 1] == ' ' ? w - 2 : w - (w >= 1 ? 1 : 0);
    const bool possessive = w >= 1 && text[quote] == '\'';
    if (!word.empty() && word.size() <= 4 && is_ascii_alpha(word[0]) && letters && !possessive &&
        !is_function_word(word)) {
      std::string joined(word);
      joined += '$';
      if (const CurrencyForm* f = currencies_.find(joined); f && f->before) {
        form = f;
        start = w;
      }
    }
  }
  if (!form) {
    // Words: "ringgit 42", "malaysia ringgit 42".
    size_t w = s;
    for (int n = 1; n <= currencies_.max_words() && !form; ++n) {
      if (n > 1) {
        if (w < floor + 2 || text[w - 1] != ' ') break;
        w = std::max(floor, token_start(text, w - 1));
      }
      const CurrencyForm* f = currencies_.find(text.substr(w, q - w));
      if (f && f->before) {
        form = f;
        start = w;
      }
    }
  }
  if (!form) return false;
  // A currency name glued to digits names a thing, not an amount: "Euro1080" (a channel),
  // "Euro2000" (a tournament). Codes (3 letters) and symbols glue: "EUR1080", "Rs500", "US$5".
  const std::string_view written = text.substr(start, q - start);
  if (q == core.span.begin && written.size() >= 4 &&
      std::all_of(written.begin(), written.end(), [](char c) { return is_ascii_alpha(c); })) {
    return false;
  }
  core.currency = form;
  core.span.begin = static_cast<uint32_t>(start);
  return true;
}

// A currency written after the number: "5 dlrs", "15 mln dlrs" (magnitude already in the core),
// "5 U.S. dollars", "10 $", "100元", "one-yen", "20Rs", "22 cts". Single letters ("43c", "50p")
// only when glued to the digits.
void NumberScanner::attach_suffix(std::string_view text, NumberCore& core) const {
  size_t q = core.number.end;
  const bool glued = q < text.size() && !is_space(text[q]) && text[q] != '-';
  if (at(text, q) == ' ' || (at(text, q) == '-' && is_ascii_alpha(at(text, q + 1)))) ++q;
  if (q >= text.size() || is_space(text[q])) return;
  size_t first_end = q;
  while (first_end < text.size() && first_end - q < kMaxToken && !is_space(text[first_end]) &&
         text[first_end] != '/')
    ++first_end;
  if (!currencies_.may_start(text.substr(q, first_end - q))) return;
  // Token ends, longest phrase first.
  size_t ends[4];
  int n = 0;
  for (size_t i = q; n < std::min(4, currencies_.max_words()) && i < text.size();) {
    size_t j = i;
    while (j < text.size() && j - i < kMaxToken && !is_space(text[j]) && text[j] != '/') ++j;  // "dlrs/bbl"
    ends[n++] = j;
    if (j >= text.size() || text[j] != ' ') break;
    i = j + 1;
  }
  const bool phrase_opens = n > 1 && currencies_.may_start_phrase(text.substr(q, ends[0] - q));
  for (int k = n - 1; k >= 0; --k) {
    if (k > 0 && !phrase_opens && keeps_words(text.substr(ends[k - 1] + 1, ends[k] - ends[k - 1] - 1)))
      continue;  // a phrase of several words that no form of several words opens with
    size_t e = ends[k];
    const CurrencyForm* form = nullptr;
    while (e > q) {
      form = currencies_.find(text.substr(q, e - q));
      if ((form && form->after) || !is_closer(text[e - 1])) break;
      --e;  // "dlrs." "dollars," : retry without the punctuation
    }
    if (!form || !form->after) continue;
    const bool single_letter = e - q == 1 && is_ascii_alpha(text[q]);
    if (single_letter && !glued) continue;
    if (pound_is_weight(text, core, q, e)) continue;
    // "50 Cent is no stranger to feuds": a plural number before a capitalized singular sub-unit
    // is a name (prose writes "50 cents", headlines "50 Cents").
    if (text.substr(q, e - q) == "Cent" && core.value != 1) continue;
    if ((form->phrase_end || core.article) && !ends_unit(text, e)) continue;
    if (form->after_magnitude && !core.magnitude) continue;
    // "the 100 million mark.", "the $4 trillion mark for": a milestone, not a currency. A form
    // read only after a magnitude is a noun after an amount with its currency, or after "the"
    // where no noun follows ("the 500 mln mark surplus" stays money).
    if (form->after_magnitude && (core.currency || (after_the(text, core.span.begin) && ends_unit(text, e))))
      return;
    // A dollar "$" before the number is refined by a following name ("$9.99 US dollars").
    if (core.currency && form->family.empty() && form->code.empty()) return;
    core.currency = form;
    core.currency_after = true;
    core.span.end = static_cast<uint32_t>(e);
    return;
  }
}

bool NumberScanner::after_the(std::string_view text, size_t pos) {
  return pos >= 4 && ascii_equal_lower(text.substr(pos - 4, 3), "the") && text[pos - 1] == ' ' &&
         (pos == 4 || !is_ascii_alpha(text[pos - 5]));
}

bool NumberScanner::pound_is_weight(std::string_view text, const NumberCore& core, size_t q, size_t e) const {
  const std::string_view word = text.substr(q, e - q);
  if (word != "pound" && word != "pounds") return false;
  if (text[q - 1] == '-') return true;  // "a 300-pound man"; "a one-yen bid" is money
  constexpr size_t kWindow = 40;
  const size_t from = core.span.begin > kWindow ? core.span.begin - kWindow : 0;
  return RE2::PartialMatch(text.substr(from, core.span.begin - from), weight_before_.get()) ||
         RE2::PartialMatch(text.substr(e, kWindow), weight_after_.get());
}

// "12-3/8 cts", "$35 1/2", "12-1/2 pct": a fraction after a whole number is part of an amount or
// a percentage (only of those: "3 1/2 hours" stays a count).
void NumberScanner::attach_fraction(std::string_view text, NumberCore& core) const {
  const std::string_view digits = text.substr(core.number.begin, core.number.size());
  if (!std::all_of(digits.begin(), digits.end(), is_ascii_digit)) return;
  double fraction = 0;
  const size_t n = fraction_after(text, core.number.end, fraction);
  if (n == 0) return;
  NumberCore longer = core;
  longer.number.end = longer.span.end = static_cast<uint32_t>(core.number.end + n);
  if (!longer.currency) attach_suffix(text, longer);
  if (!longer.currency) {
    const std::string_view after = text.substr(longer.number.end, 24);
    if (!percent_.Match(after, 0, after.size(), RE2::ANCHOR_START, nullptr, 0)) return;
  }
  longer.value += fraction;
  longer.joined = false;
  core = longer;
}

bool NumberScanner::ends_unit(std::string_view text, size_t e) const {
  constexpr size_t kWindow = 16;  // " apiece" and a byte
  const std::string_view w = text.substr(e, kWindow);
  return unit_end_.get().Match(w, 0, w.size(), RE2::ANCHOR_START, nullptr, 0);
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
