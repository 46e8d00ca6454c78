// Claims stage: check-worthy sentences linked to their entities, amounts, dates, source and hedges, scored.
// One claim per sentence that states something checkable (claim_features.hpp); runs after
// entities, money, dates and quotes and links to their items by index.
#pragma once
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "extract/claim_attribution.hpp"
#include "extract/claim_features.hpp"
#include "extract/claims_words.hpp"
#include "extract/context.hpp"
#include "extract/cue_lexicon.hpp"

namespace newsclaim {

class Ruleset;

class ClaimExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit ClaimExtractor(const Ruleset& rules);
  ~ClaimExtractor();
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  // Cue families present in one sentence (patterns/claims/cue_words.tsv, cues.re2 and the
  // hedge and negation rules of attribution.re2): a bit per family, enum Cue in claims.cpp.
  // Also counts the sentence's words and names.
  uint64_t cues_in(std::string_view sentence, WordCount& counts) const;
  ClaimFeatures features(const Context& ctx, const Extraction& out, Span sentence, uint64_t cues,
                         WordCount counts) const;

  ClaimAttribution attribution_;
  CueLexicon words_;                // the families' words and phrases, by hash lookups
  std::unique_ptr<RE2::Set> rules_;  // the families' regexes, one pass per sentence
  std::vector<int> rule_cue_;        // set index -> family
};

}  // namespace newsclaim
