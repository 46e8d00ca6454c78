// Money stage: monetary amounts (value, currency and its basis, ranges, approximations, rates), quantities and percentages.
#pragma once
#include "extract/context.hpp"

namespace newsclaim {

class Ruleset;

class MoneyExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit MoneyExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  const Ruleset& rules_;
};

}  // namespace newsclaim
