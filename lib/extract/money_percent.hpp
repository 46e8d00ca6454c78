// Percentages written as a fraction in words: "a quarter percentage point" (0.25, points),
// "half a percent", "three-quarters of a percentage point". Digits before a percent sign or
// word are read by the money stage itself (money.cpp); these have no number core to start from.
#pragma once
#include <re2/re2.h>

#include <string_view>
#include <vector>

#include "core/extraction.hpp"
#include "patterns/lazy_re2.hpp"

namespace newsclaim {

class Ruleset;

// "growth of -0.3%", "compared with minus 0.7 pct": a sign or "minus" before a percentage makes
// it negative and joins its span; not "plus or minus 15 pct" (a tolerance), "3-4%" (a range) nor
// "allocations minus 15 pct" (a subtraction: only after a preposition, a verb of level, "and", a
// comma, a bracket or a line's start).
void read_percent_sign(std::string_view text, Percentage& p);

class FractionPercents {
 public:
  // Reads the rule money.fraction_percent.
  explicit FractionPercents(const Ruleset& rules);
  // Appends the fraction percentages of text to out (in text order), leaving out those that
  // overlap a percentage out already holds. Never fails.
  void find(std::string_view text, std::vector<Percentage>& out) const;

 private:
  const LazyRE2& rule_;  // one document in ~80 reaches it: compiled on first use
};

}  // namespace newsclaim
