#include "extract/claim_features.hpp"

#include <algorithm>
#include <cmath>

namespace newsclaim {
namespace {

// Diminishing returns: the first cue of a kind says most; more add a little (0, 1, 1.5, 1.75...).
double saturate(size_t n) { return n == 0 ? 0.0 : 2.0 - std::pow(0.5, static_cast<double>(n - 1)); }

// Short utterances ("All right.", "Yes, sir.") are rarely claims; long ones carry more facts.
double length_weight(size_t words) {
  if (words < 4) return -2.0;
  if (words < 7) return -0.8;
  if (words < 12) return 0.0;
  return 0.3;
}

// Evidence that the sentence states a fact someone could check.
double fact_evidence(const ClaimFeatures& f) {
  double s = 0;
  s += 1.2 * saturate(f.numbers);
  s += 0.7 * saturate(f.money);
  s += 0.4 * saturate(f.dates);
  s += 0.35 * saturate(std::max(f.entities, f.names));
  s += 0.6 * saturate(f.comparisons);
  s += 0.45 * saturate(f.factual_verbs);
  s += 0.4 * saturate(f.legal_causal);
  s += 0.5 * saturate(f.awards);
  if (f.sourced) s += 0.3;
  return s;
}

// Evidence that it is opinion, promise, question or ceremony rather than a stated fact.
double non_fact_evidence(const ClaimFeatures& f) {
  double s = 0;
  s += 0.8 * saturate(f.opinion);
  s += 0.3 * saturate(f.first_person);
  s += 0.5 * saturate(f.future);
  s += 1.5 * saturate(f.ceremony);
  s += 0.4 * saturate(f.hedges);
  if (f.question) s += 1.2;
  return s;
}

}  // namespace

bool has_checkable_fact(const ClaimFeatures& f) {
  // Datelines, bylines and interjections ("June 9, 2023", "By Jane Roe") are too short to claim.
  if (f.words < 4) return false;
  return f.numbers + f.money + f.dates + f.entities + f.names + f.comparisons + f.factual_verbs +
             f.legal_causal + f.awards >
         0;
}

double claim_score(const ClaimFeatures& f) {
  constexpr double kBias = -2.0;
  const double z = kBias + length_weight(f.words) + fact_evidence(f) - non_fact_evidence(f);
  const double score = 1.0 / (1.0 + std::exp(-z));
  // Three decimals are enough to rank and keep the JSON stable across platforms.
  return std::round(score * 1000.0) / 1000.0;
}

}  // namespace newsclaim
