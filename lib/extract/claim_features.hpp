// Check-worthiness of a sentence from rule-based features: counts of cue words
// (patterns/claims/cues.re2), of items found by earlier stages (money, dates, entities) and
// of surface traits (length, question mark, capitalized names). The weights are in
// claim_features.cpp and listed in patterns/claims/README.md.
#pragma once
#include <cstddef>

namespace newsclaim {

struct ClaimFeatures {
  size_t words = 0;          // word count of the sentence
  size_t letter_words = 0;   // of them, words of letters ("Exports 1.2 1.1 0.9" has one)
  bool question = false;     // ends with '?'
  size_t numbers = 0;        // cues.number hits, plus quantities and percentages
  size_t money = 0;          // money items
  size_t dates = 0;          // date items
  size_t entities = 0;       // distinct entities mentioned
  size_t names = 0;          // capitalized words not opening the sentence (a proxy for names)
  size_t comparisons = 0;    // cues.comparison
  size_t factual_verbs = 0;  // cues.factual_verb
  size_t legal_causal = 0;   // cues.legal_causal
  size_t awards = 0;         // cues.award
  size_t topics = 0;         // cues.topic: economy, crime, immigration, health...
  size_t opinion = 0;        // cues.opinion
  size_t first_person = 0;   // cues.first_person
  size_t future = 0;         // cues.future
  size_t ceremony = 0;       // cues.ceremony
  size_t second_person = 0;  // cues.second_person
  bool address = false;      // cues.address: opens by addressing someone
  size_t hedges = 0;         // attribution hedge cues
  bool sourced = false;      // attributed to a source ("according to", "X reported")
};

// Diminishing returns of n cues of a kind: 2 - 0.5^(n-1) (0, 1, 1.5, 1.75...), 0 for none.
double saturate(size_t n);

// True when the sentence states something checkable: a number, amount, date, named entity or
// name, comparison, legal/causal statement or award, in at least four words, two of them words
// of letters (a table's row, "Exports  1.20  1.10", or a lone figure says nothing). Sentences
// without one yield no claim.
bool has_checkable_fact(const ClaimFeatures& f);

// Check-worthiness in [0, 1]: a logistic function of a weighted sum of the features.
double claim_score(const ClaimFeatures& f);

}  // namespace newsclaim
