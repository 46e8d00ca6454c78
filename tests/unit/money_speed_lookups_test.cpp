// Money stage fast paths: numerals of plain digits skip the numeral checks and the word
// accumulator (numbers.cpp), and the quantity tables are looked up with the words as written
// (AsciiFoldHash) instead of lowered copies. Each is compared with the general code it skips.
#include <doctest/doctest.h>

#include <charconv>
#include <random>
#include <string>

#include "extract/numbers.hpp"
#include "test_support.hpp"
#include "text/ascii.hpp"

using namespace newsclaim;

namespace {

std::string random_digits(std::mt19937& rng, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += static_cast<char>('0' + rng() % 10);
  return s;
}

// A numeral-looking token: digits with commas and dots in random places, often badly grouped.
std::string random_numeral(std::mt19937& rng) {
  std::string s = random_digits(rng, 1 + rng() % 4);
  for (int parts = static_cast<int>(rng() % 4); parts > 0; --parts) {
    s += "..,,,"[rng() % 5];
    s += random_digits(rng, rng() % 5);
  }
  return s;
}

}  // namespace

TEST_CASE("plain digits read as from_chars reads them, up to twenty digits and leading zeros") {
  std::mt19937 rng(11);
  for (int i = 0; i < 5000; ++i) {
    const std::string s = random_digits(rng, 1 + rng() % 20);
    double expected = 0;
    std::from_chars(s.data(), s.data() + s.size(), expected);
    CAPTURE(s);
    REQUIRE(numbers::parse_digits(s).has_value());
    CHECK(*numbers::parse_digits(s) == expected);
    CHECK(*numbers::parse_digits(s, true) == expected);
  }
  CHECK_FALSE(numbers::parse_digits("").has_value());
  CHECK_FALSE(numbers::parse_digits("12a").has_value());
}

TEST_CASE("a numeral token alone reads as the accumulator reads it inside a phrase") {
  // " 1,250" goes through the word accumulator (its first token follows a separator); "1,250"
  // is read by parse_digits directly. Both must agree, on good and bad numerals alike.
  std::mt19937 rng(5);
  int valid = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string s = random_numeral(rng);
    CAPTURE(s);
    const auto fast = numbers::parse_number(s);
    const auto general = numbers::parse_number(" " + s);
    REQUIRE(fast.has_value() == general.has_value());
    if (!fast) continue;
    CHECK(*fast == *general);
    ++valid;
  }
  CHECK(valid > 1000);  // the generator makes good numerals too
  CHECK(numbers::parse_number("1,250,000") == 1250000.0);
  CHECK(numbers::parse_number("6.8") == 6.8);
  CHECK_FALSE(numbers::parse_number("1,25").has_value());
}

TEST_CASE("folded hash and equality agree with lowered copies") {
  std::mt19937 rng(3);
  const std::string alphabet = "aAbBzZ-'. 9\xc3\xa9";
  for (int i = 0; i < 20000; ++i) {
    std::string a, b;
    for (size_t n = rng() % 6; n > 0; --n) a += alphabet[rng() % alphabet.size()];
    for (size_t n = rng() % 6; n > 0; --n) b += alphabet[rng() % alphabet.size()];
    if (rng() % 3 == 0) {  // the same text in another case, often
      b = a;
      for (char& c : b)
        if (is_ascii_alpha(c) && rng() % 2) c = static_cast<char>(c ^ 0x20);
    }
    CAPTURE(a);
    CAPTURE(b);
    const bool same = ascii_lower(a) == ascii_lower(b);
    CHECK(AsciiFoldEqual{}(a, b) == same);
    if (same) CHECK(AsciiFoldHash{}(a) == AsciiFoldHash{}(b));
  }
}

TEST_CASE("quantity units and stop words are found in any case") {
  const auto upper =
      test::analyze("SCANNERS WENT TO 170 CANADIAN EMBASSIES. POLICE SAID 8 SOLDIERS DIED 30 KM AWAY.");
  const auto& q = upper.extraction.quantities;
  REQUIRE(q.size() == 3);
  CHECK(q[0].unit == "embassy");
  CHECK(q[1].unit == "soldier");
  CHECK(q[2].unit == "km");
  CHECK(q[2].value == 30);
  // A stop word or a verb form in capitals still ends the noun phrase before its plural.
  CHECK(test::analyze("It Bought 5 OF The Sites.").extraction.quantities.empty());
  CHECK(test::analyze("They Sold 4 REPORTED Houses.").extraction.quantities.empty());
  const auto plain = test::analyze("They Sold 4 Houses.");
  REQUIRE(plain.extraction.quantities.size() == 1);
  CHECK(plain.extraction.quantities[0].unit == "House");
}
