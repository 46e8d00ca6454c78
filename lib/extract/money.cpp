#include "extract/money.hpp"

#include "patterns/ruleset.hpp"

namespace newsclaim {

MoneyExtractor::MoneyExtractor(const Ruleset& rules) : rules_(rules) {}

void MoneyExtractor::run(const Context& ctx, Extraction& out) const {
  (void)ctx;
  (void)out;
}

}  // namespace newsclaim
