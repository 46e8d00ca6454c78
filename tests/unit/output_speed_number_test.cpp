// output/json_text's numbers: a fraction that is a whole number of thousandths (a claim score,
// "2.5" million) is written without fmt, and must read exactly as fmt's shortest round-trip form
// ("{}"), which every other number still gets.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <string>

#include "output/json_text.hpp"

namespace newsclaim {
namespace {

std::string written(double v) {
  std::string out;
  {
    JsonText j(out, false);  // out is complete once j is gone
    j.number(v);
  }
  return out;
}

// What fmt writes for a number that is not whole (whole ones are written as integers).
void check_as_fmt(double v) {
  if (v == std::floor(v)) return;
  REQUIRE_MESSAGE(written(v) == fmt::format("{}", v), fmt::format("{:.17g}", v));
}

}  // namespace

TEST_CASE("every thousandth up to 300 either way") {
  for (long long k = -300000; k <= 300000; ++k) check_as_fmt(static_cast<double>(k) / 1000);
  CHECK(written(0.001) == "0.001");
  CHECK(written(-0.5) == "-0.5");
  CHECK(written(12.34) == "12.34");
}

TEST_CASE("thousandths of every size, scores rounded as the claims writer rounds them, other fractions") {
  std::mt19937_64 rng(5);
  for (int i = 0; i < 200000; ++i) {
    const long long digits = static_cast<long long>(rng() % 16);  // k up to 15 digits
    const auto k =
        static_cast<long long>(rng() % static_cast<unsigned long long>(std::pow(10.0, digits) + 1));
    check_as_fmt(static_cast<double>(i % 2 ? -k : k) / 1000);
    const double score = std::uniform_real_distribution<double>(-2, 2)(rng);
    check_as_fmt(std::round(score * 1000) / 1000);
    check_as_fmt(score);  // not thousandths: fmt's own path
    check_as_fmt(score * 1e-6);
  }
  for (const double v : {0.0005, 2.5e-7, 1.0 / 3, 999999999999.999, 1e15 + 0.5, 123456789012.345, 0.1 + 0.2})
    check_as_fmt(v);
}

}  // namespace newsclaim
