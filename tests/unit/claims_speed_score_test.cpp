// saturate() reads the small counts of a sentence from a table built by halving; the score used to
// call ldexp for every feature. The table must give the very doubles ldexp gives, or the scores
// written with three decimals could round the other way.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "extract/claim_features.hpp"

namespace newsclaim {
namespace {

double saturate_by_ldexp(size_t n) {
  if (n == 0) return 0.0;
  return 2.0 - std::ldexp(1.0, -static_cast<int>(std::min<size_t>(n - 1, 2000)));
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("saturate gives ldexp's doubles for every count") {
  for (size_t n = 0; n < 5000; ++n) REQUIRE_MESSAGE(same_bits(saturate(n), saturate_by_ldexp(n)), n);
  CHECK(saturate(0) == 0.0);
  CHECK(saturate(1) == 1.0);
  CHECK(saturate(2) == 1.5);
  CHECK(saturate(3) == 1.75);
  CHECK(saturate(size_t{1} << 40) == 2.0);
}

}  // namespace newsclaim
