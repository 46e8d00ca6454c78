#include "extract/dates.hpp"

#include "patterns/ruleset.hpp"

namespace newsclaim {

DateExtractor::DateExtractor(const Ruleset& rules) : rules_(rules) {}

void DateExtractor::run(const Context& ctx, Extraction& out) const {
  (void)ctx;
  (void)out;
}

}  // namespace newsclaim
