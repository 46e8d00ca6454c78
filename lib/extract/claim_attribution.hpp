// ClaimAttribution of a claim: who reports it (its source), how the article hedges it and whether
// it is negated. Rules: patterns/claims/attribution.re2; used by the claims stage.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/extraction.hpp"
#include "extract/antecedent.hpp"
#include "extract/claims_source_filter.hpp"
#include "extract/links.hpp"
#include "extract/rule_hits.hpp"

namespace newsclaim {

class Ruleset;

struct ClaimSource {
  std::optional<size_t> entity;  // entity with a mention inside the source phrase
  std::string text;              // the source as written: "the National Post"
};

class ClaimAttribution {
 public:
  // Throws std::logic_error when a claims.* rule is missing.
  explicit ClaimAttribution(const Ruleset& rules);

  // The source named in sentence by the first claims.source_* rule that matches (tried only
  // when may_name_source: the sentence holds a claims.source_trigger word), else the speaker
  // of a quote containing most of the sentence; nullopt when neither.
  std::optional<ClaimSource> source(std::string_view text, Span sentence, const MentionIndex& mentions,
                                    const Extraction& out, bool may_name_source) const;
  // Distinct hedge cues in sentence, lower-cased, in order ("allegedly", "may").
  std::vector<std::string> hedges(std::string_view text, Span sentence) const;
  // Whether a negation cue of the sentence negates something: not "not only", "no more than 5
  // pct", "No. 2" (claims.not_negation) when those are its only cues.
  bool negated(std::string_view text, Span sentence) const;

 private:
  // The source a rule names; a "he" or "she" it names instead is left in pronoun (the quote
  // holding the sentence, if any, tells better who that is).
  std::optional<ClaimSource> named_source(std::string_view text, Span sentence, const MentionIndex& mentions,
                                          std::optional<Span>& pronoun) const;
  bool is_pronoun(std::string_view phrase) const;

  const RE2& hedge_;
  const RE2& negation_;
  const RE2& not_negation_;
  std::vector<const RE2*> source_rules_;
  std::vector<bool> subject_rules_;              // per source rule: its group is the subject of a verb
  std::unique_ptr<SourceFilter> source_filter_;  // which source_rules_ a sentence's words allow
  std::unordered_set<std::string> not_sources_;
  std::unordered_set<std::string> group_nouns_;  // "sources" in "banking sources in Manila said"
  GivenNameGenders genders_;  // "she said" is not Mr Brown
};

}  // namespace newsclaim
