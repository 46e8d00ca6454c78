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
