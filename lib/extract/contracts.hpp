// Contracts stage: contract awards (supplier, buyer, value, date, count, subject) linked to claims.
#pragma once
#include "extract/context.hpp"

namespace newsclaim {

class Ruleset;

class ContractExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit ContractExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  const Ruleset& rules_;
};

}  // namespace newsclaim
