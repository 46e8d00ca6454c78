// Dates stage: temporal expressions normalized to TIMEX3 values, resolved against Settings::anchor.
#pragma once
#include "extract/context.hpp"

namespace newsclaim {

class Ruleset;

class DateExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit DateExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  const Ruleset& rules_;
};

}  // namespace newsclaim
