// Entities stage: PERSON/ORG/GPE/LOC/NORP mentions clustered into entities with aliases and roles.
#pragma once
#include "extract/context.hpp"

namespace newsclaim {

class Ruleset;

class EntityExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit EntityExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  const Ruleset& rules_;
};

}  // namespace newsclaim
