#include "extract/claims.hpp"

#include "patterns/ruleset.hpp"

namespace newsclaim {

ClaimExtractor::ClaimExtractor(const Ruleset& rules) : rules_(rules) {}

void ClaimExtractor::run(const Context& ctx, Extraction& out) const {
  (void)ctx;
  (void)out;
}

}  // namespace newsclaim
