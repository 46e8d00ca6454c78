// Money stage, internal: the small text and regex helpers that money.cpp (single amounts,
// bounds, rates, percentages) and money_pairs.cpp (ranges and pairs) share.
#pragma once
#include <re2/re2.h>

#include <algorithm>
#include <string_view>

#include "core/extraction.hpp"
#include "extract/money_currency.hpp"

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

}  // namespace newsclaim
