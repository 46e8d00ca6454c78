#include "extract/claim_features.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace newsclaim {
namespace {

// saturate() of the small counts a sentence has: halving writes the powers of two ldexp does.
constexpr std::array<double, 64> kSaturated = [] {
  std::array<double, 64> t{};
  double power = 1.0;  // 0.5^(n-1)
  for (size_t n = 1; n < t.size(); ++n, power /= 2) t[n] = 2.0 - power;
  return t;
}();

// Short utterances ("All right.", "Yes, sir.") are rarely claims; long ones carry more facts.
double length_weight(size_t words) {
  if (words < 4) return -1.7;
  if (words < 7) return -1.0;
  if (words < 12) return 0.0;
  return 0.3;
}

// Evidence that the sentence states a fact someone could check.
double fact_evidence(const ClaimFeatures& f) {
  double s = 0;
  s += 1.3 * saturate(f.numbers);
  s += 0.4 * saturate(f.money);
  s += 0.1 * saturate(f.dates);
  s += 0.35 * saturate(std::max(f.entities, f.names));
  s += 0.6 * saturate(f.comparisons);
  s += 0.8 * saturate(f.factual_verbs);
  s += 0.35 * saturate(f.legal_causal);
  s += 0.3 * saturate(f.awards);
  s += 1.2 * saturate(f.topics);
  if (f.sourced) s += 0.2;
  return s;
}

// Evidence that it is opinion, promise, question, ceremony or talk addressed to someone.
double non_fact_evidence(const ClaimFeatures& f) {
  double s = 0;
  s += 0.5 * saturate(f.opinion);
  s += 1.2 * saturate(f.first_person);
  s += 1.0 * saturate(f.future);
  s += 1.1 * saturate(f.ceremony);
  s += 0.35 * saturate(f.hedges);
  s += 0.4 * saturate(f.second_person);
  if (f.address) s += 0.3;
  if (f.question) s += 0.8;
  return s;
}

}  // namespace

// 0.5^(n-1) is a power of two, which ldexp writes exactly (pow's result, without its cost).
double saturate(size_t n) {
  if (n < kSaturated.size()) return kSaturated[n];
  return 2.0 - std::ldexp(1.0, -static_cast<int>(std::min<size_t>(n - 1, 2000)));
}

bool has_checkable_fact(const ClaimFeatures& f) {
  // Datelines, bylines and interjections ("June 9, 2023", "By Jane Roe") are too short to
  // claim; a bare figure ("Three hundred percent.") still is one.
  if (f.words < 4 && !(f.words >= 2 && f.numbers > 0 && f.dates == 0 && f.names == 0)) return false;
  if (f.letter_words < 2) return false;  // "Exports  1.20  1.10  0.95", "38,153", "12 mths"
  return f.numbers + f.money + f.dates + f.entities + f.names + f.comparisons + f.factual_verbs +
             f.legal_causal + f.awards + f.topics >
         0;
}

double claim_score(const ClaimFeatures& f) {
  constexpr double kBias = -2.2;
  const double z = kBias + length_weight(f.words) + fact_evidence(f) - non_fact_evidence(f);
  const double score = 1.0 / (1.0 + std::exp(-z));
  // Three decimals are enough to rank and keep the JSON stable across platforms.
  return std::round(score * 1000.0) / 1000.0;
}

}  // namespace newsclaim
