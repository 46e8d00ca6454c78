#include "extract/quotes.hpp"

#include "patterns/ruleset.hpp"

namespace newsclaim {

QuoteExtractor::QuoteExtractor(const Ruleset& rules) : rules_(rules) {}

void QuoteExtractor::run(const Context& ctx, Extraction& out) const {
  (void)ctx;
  (void)out;
}

}  // namespace newsclaim
