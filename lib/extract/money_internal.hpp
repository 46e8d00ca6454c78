// Money stage, internal: the small text and regex helpers that money.cpp (single amounts,
// bounds, rates, percentages) and money_pairs.cpp (ranges and pairs) share.
#pragma once
#include <re2/re2.h>

#include <algorithm>
#include <string_view>

#include "core/extraction.hpp"
#include "extract/money_currency.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

// The text before pos, at most n bytes, not reaching back over a line break.
inline std::string_view window_before(std::string_view text, size_t pos, size_t n) {
  const size_t start = pos > n ? pos - n : 0;
  std::string_view w = text.substr(start, pos - start);
  const size_t nl = w.rfind('\n');
  return nl == std::string_view::npos ? w : w.substr(nl + 1);
}

// The text from pos on, at most n bytes, up to a line break.
inline std::string_view window_after(std::string_view text, size_t pos, size_t n) {
  std::string_view w = text.substr(std::min(pos, text.size()), n);
  const size_t nl = w.find('\n');
  return nl == std::string_view::npos ? w : w.substr(0, nl);
}

// m's currency code and basis from the form written with it.
inline void set_currency(const CurrencyForm& form, Money& m) {
  m.currency = form.code;
  m.basis = form.code.empty() ? CurrencyBasis::Unknown : CurrencyBasis::Explicit;
}

// Whether re matches in s. The DFA alone answers this; a match call with groups to read runs
// the slower group-reading engines even on the many texts that do not match.
inline bool found(const RE2& re, std::string_view s, RE2::Anchor anchor = RE2::UNANCHORED) {
  return re.Match(s, 0, s.size(), anchor, nullptr, 0);
}

// Whether s opens with a month's name or abbreviation ("March 3", "Mar. 12", "OCT 19"), any case.
inline bool opens_with_month(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"jan",  "january", "feb",    "february", "mar",  "march",
                                                 "apr",  "april",   "may",    "jun",      "june", "jul",
                                                 "july", "aug",     "august", "sep",      "sept", "september",
                                                 "oct",  "october", "nov",    "november", "dec",  "december"};
  size_t end = 0;
  while (end < s.size() && is_ascii_alpha(s[end])) ++end;
  const std::string_view word = s.substr(0, end);
  return std::any_of(std::begin(kMonths), std::end(kMonths),
                     [&](std::string_view m) { return ascii_equal_lower(word, m); });
}

}  // namespace newsclaim
