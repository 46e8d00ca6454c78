// First pass of the money stage, the currency of a number core: the symbol, code or name
// written right before the number ("$5", "US$ 5", "c $ 16.4", "ringgit 42") or right after it
// ("5 dlrs", "5 U.S. dollars", "43c"), and the words that make a unit no currency ("a 300-pound
// man", "the 100 million mark").
#include <algorithm>
#include <string>

#include "extract/money_scan.hpp"
#include "extract/money_scan_internal.hpp"
#include "extract/numbers.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

using number_scan::at;
using number_scan::is_space;
using number_scan::kMaxToken;

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

// Start of the whitespace-free token that ends at end (openers like "(" stop it), at most
// kMaxToken bytes back.
size_t token_start(std::string_view text, size_t end) {
  size_t s = end;
  while (s > 0 && end - s < kMaxToken && !is_space(text[s - 1]) && !is_opener(text[s - 1])) --s;
  return s;
}

// Whether a phrase ending with this token keeps it as a word when the lookups below strip
// closing punctuation ("dlrs." retried as "dlrs"): not when it is empty (a double space) or
// all punctuation ("dollars ." retried as "dollars"), which leaves the phrase a word shorter.
bool keeps_words(std::string_view last_token) {
  return std::any_of(last_token.begin(), last_token.end(), [](char c) { return !is_closer(c); });
}

}  // namespace

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
  // "Euro2000" (a tournament); so does one before a year: "Euro 2004", "the Euro 2008 finals".
  // Codes (3 letters) and symbols glue: "EUR1080", "Rs500", "US$5", "EUR 2004".
  const std::string_view written = text.substr(start, q - start);
  if (written.size() >= 4 &&
      std::all_of(written.begin(), written.end(), [](char c) { return is_ascii_alpha(c); }) &&
      (q == core.span.begin ||
       numbers::looks_like_year(text.substr(core.number.begin, core.number.size())))) {
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
  if (RE2::PartialMatch(text.substr(from, core.span.begin - from), weight_before_.get()) ||
      RE2::PartialMatch(text.substr(e, kWindow), weight_after_.get()))
    return true;
  // "2.3 mln pounds of peanut products": "of" counts a weight unless money follows
  const std::string_view after = text.substr(e, 2 * kWindow);
  return after.size() > 4 && ascii_equal_lower(after.substr(0, 4), " of ") &&
         !pound_money_of_.get().Match(after, 0, after.size(), RE2::ANCHOR_START, nullptr, 0);
}

bool NumberScanner::ends_unit(std::string_view text, size_t e) const {
  constexpr size_t kWindow = 16;  // " apiece" and a byte
  const std::string_view w = text.substr(e, kWindow);
  return unit_end_.get().Match(w, 0, w.size(), RE2::ANCHOR_START, nullptr, 0);
}

}  // namespace newsclaim
