// Quotes stage: direct quotations with their speaker (an entity when one is found) and cue.
// Marks are paired in quotes_spans, attributed in quotes_speaker, linked in quotes_link; this
// file decides scare quotes and carries a speaker across split and multi-paragraph quotes.
#pragma once
#include "extract/context.hpp"
#include "extract/quotes_lexicon.hpp"
#include "extract/quotes_speaker.hpp"
#include "patterns/lazy_re2.hpp"

namespace newsclaim {

class Ruleset;

class QuoteExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit QuoteExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Reads out.entities. Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  bool is_scare(const Document& doc, const QuoteSpan& q, bool attributed, bool after_scare) const;
  bool describes_known_person(const Document& doc, const Attribution& a) const;
  bool describes_a_person(const Document& doc, uint32_t from, uint32_t to) const;

  QuoteLexicon lexicon_;
  AttributionFinder finder_;
  const LazyRE2& clause_opening_;  // where a sentence's main clause begins (compiled on first use)
  const LazyRE2& term_before_;     // "terms like", "the phrase": a quoted term follows
};

}  // namespace newsclaim
