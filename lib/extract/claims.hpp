// Claims stage: check-worthy sentences linked to their entities, amounts, dates, source and hedges, scored.
#pragma once
#include "extract/context.hpp"

namespace newsclaim {

class Ruleset;

class ClaimExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit ClaimExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  const Ruleset& rules_;
};

}  // namespace newsclaim
