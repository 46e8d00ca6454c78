#include "extract/contracts.hpp"

#include "patterns/ruleset.hpp"

namespace newsclaim {

ContractExtractor::ContractExtractor(const Ruleset& rules) : rules_(rules) {}

void ContractExtractor::run(const Context& ctx, Extraction& out) const {
  (void)ctx;
  (void)out;
}

}  // namespace newsclaim
