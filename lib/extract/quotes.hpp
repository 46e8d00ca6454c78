// Quotes stage: direct quotations with their speaker (an entity when one is found) and cue.
#pragma once
#include "extract/context.hpp"

namespace newsclaim {

class Ruleset;

class QuoteExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit QuoteExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  const Ruleset& rules_;
};

}  // namespace newsclaim
