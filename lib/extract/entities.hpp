// Entities stage: PERSON/ORG/GPE/LOC/NORP mentions clustered into entities with aliases and roles.
// Later stages (quotes, claims, contracts) read out.entities; entity_at finds the one at a span.
#pragma once
#include <re2/re2.h>

#include <memory>
#include <optional>

#include "extract/context.hpp"
#include "patterns/lazy_re2.hpp"

namespace newsclaim {

class Ruleset;
class Lexicon;

class EntityExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit EntityExtractor(const Ruleset& rules);
  ~EntityExtractor();
  // Appends this stage's entities to out, in order of first mention; each entity's mentions
  // are in text order. Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  std::unique_ptr<const Lexicon> lexicon_;
  // Compiled once here: looking a rule up by name costs a std::map search per document.
  // "(CBSA)" after a name: in ~1 document in 7, and its \p{Lu} classes make it the stage's
  // costliest rule to compile (5M instructions): compiled on first use.
  const LazyRE2& acronym_definition_;
  const RE2& company_context_;
  const RE2& company_before_;
  const RE2& place_before_;
  const LazyRE2& club_context_;  // compiled at the first place before a space
  const RE2& person_context_;
  const RE2& person_subject_;
};

// Index of the entity with a mention overlapping span (the longest such mention wins); nullopt
// when none. Linear in the number of mentions.
std::optional<size_t> entity_at(const std::vector<Entity>& entities, Span span);

}  // namespace newsclaim
