#include "extract/entities.hpp"

#include "patterns/ruleset.hpp"

namespace newsclaim {

EntityExtractor::EntityExtractor(const Ruleset& rules) : rules_(rules) {}

void EntityExtractor::run(const Context& ctx, Extraction& out) const {
  (void)ctx;
  (void)out;
}

}  // namespace newsclaim
