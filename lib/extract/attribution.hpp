// Attribution of a claim: who reports it (its source), how the article hedges it and whether
// it is negated. Rules: patterns/claims/attribution.re2; used by the claims stage.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/extraction.hpp"
#include "extract/links.hpp"
#include "extract/rule_hits.hpp"

namespace newsclaim {

class Ruleset;

struct Source {
  std::optional<size_t> entity;  // entity with a mention inside the source phrase
  std::string text;              // the source as written: "the National Post"
};

class Attribution {
 public:
  // Throws std::logic_error when a claims.* rule is missing.
  explicit Attribution(const Ruleset& rules);

  // The source named in sentence by the first claims.source_* rule that matches, else the
  // speaker of a quote containing the sentence; nullopt when neither.
  std::optional<Source> source(std::string_view text, Span sentence, const MentionIndex& mentions,
                               const std::vector<Quote>& quotes) const;
  // Distinct hedge cues in sentence, lower-cased, in order ("allegedly", "may").
  std::vector<std::string> hedges(std::string_view text, Span sentence) const;

 private:
  std::optional<Source> named_source(std::string_view text, Span sentence, const MentionIndex& mentions) const;
  bool is_pronoun(std::string_view phrase) const;

  const RE2& hedge_;
  std::vector<const RE2*> source_rules_;
  std::unordered_set<std::string> not_sources_;
};

}  // namespace newsclaim
