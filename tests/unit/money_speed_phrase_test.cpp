// Money stage: the number scan tries money.number only at the words its PhraseGate lets
// through (NumberScanner::next_match). The gate must never refuse a word where the rule matches
// (on the samples and on random texts of number words, magnitudes, units and common words),
// and should refuse the common words the three-letter gate lets through.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "gate_soundness.hpp"
#include "patterns/phrase_gate.hpp"
#include "patterns/ruleset.hpp"

using namespace newsclaim;

TEST_CASE("money.number gets a phrase gate that refuses common words") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const RE2& number = rules.value()->re("money.number");
  const auto gate = PhraseGate::of(number.pattern());
  REQUIRE(gate.has_value());
  CHECK_FALSE(gate->may_start("a new plant", 0));
  CHECK_FALSE(gate->may_start("for the year", 0));
  CHECK_FALSE(gate->may_start("this week", 0));
  CHECK_FALSE(gate->may_start("foreign banks", 0));
  CHECK(gate->may_start("a few million dollars", 0));
  CHECK(gate->may_start("four hundred", 0));
  CHECK(gate->may_start("thirty-one", 0));
  CHECK(gate->may_start("a dollar a day", 0));
}

TEST_CASE("money.number's phrase gate never refuses a number") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const RE2& number = rules.value()->re("money.number");
  const PhraseGate gate = test::gate_of<PhraseGate>(number.pattern());
  test::check_sound_on_samples(number, gate);
  const std::vector<std::string> pieces = {
      "a",       "A",        "an",       "An",      "the",       "for",      "four",    "Four",    "forty",
      "fourth",  "this",     "thirty",   "three",   "third",     "through",  "one",     "One",     "two",
      "ten",     "twelve",   "twenty",   "ninety",  "hundred",   "Hundred",  "dozen",   "half",    "Half",
      "quarter", "several",  "few",      "million", "Million",   "billion",  "bln",     "mln",     "mn",
      "bn",      "trillion", "thousand", "and",     "-",         "--",       "dollar",  "dollars", "pound",
      "grand",   "buck",     "cent",     "euro",    "yen",       "new",      "lot",     "year",    "said",
      "5",       "12",       "1,000",    "3.5",     "2020",      "$",        "US$",     "(",       ")",
      ",",       ".",        "a few",    "a half",  "an eighth", "per cent", "pct",     "%",       "Net",
      "foreign", "former",   "forecast", "force",   "think",     "tender",   "electric"};
  test::check_sound_on_random(number, gate, pieces, 1987, 400);
}
