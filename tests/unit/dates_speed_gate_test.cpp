// Dates stage: the combined pattern is tried only at the word starts its PhraseGate lets
// through. Digits read one '#' each and date punctuation as itself (in a key's first four
// symbols), so numbers that cannot
// open a date ("3.5 billion", "1,000 dlrs", "5 mln") are refused; the gate must still let
// through every word start where the pattern matches, on number-heavy random texts too.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "gate_soundness.hpp"
#include "patterns/phrase_gate.hpp"
#include "patterns/ruleset.hpp"

using namespace newsclaim;

namespace {

struct DatesPattern {
  std::string text;
  PhraseGate gate;
};

DatesPattern dates_pattern() {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  std::string text = "\\b(?:" + test::joined_dates_pattern(*rules.value()) + ")";
  PhraseGate gate = test::gate_of<PhraseGate>(text);
  return {std::move(text), std::move(gate)};
}

}  // namespace

TEST_CASE("the dates gate refuses numbers that open no date, and keeps those that do") {
  const DatesPattern p = dates_pattern();
  for (const char* refused : {"3.5 billion", "1,000 dlrs", "5 mln dlrs", "12 pct", "25,000 vs", "40 cts"})
    CHECK_MESSAGE(!p.gate.may_start(refused, 0), std::string(refused));
  // past the first four symbols digits read as a run and ',' as '$', which ends the key
  CHECK(p.gate.may_start("1,000,000 dlrs", 0));
  for (const char* kept : {"3.5 years", "1,000 years", "5 min", "12 p.m.", "2020.", "15.07.2020", "7.30pm",
                           "10:30", "2015-16", "3/4", "1990s", "5 May"})
    CHECK_MESSAGE(p.gate.may_start(kept, 0), std::string(kept));
}

TEST_CASE("the dates gate never refuses a match on number-heavy texts") {
  const DatesPattern p = dates_pattern();
  RE2::Options o;
  o.set_longest_match(true);
  o.set_max_mem(64 << 20);
  const RE2 re(p.text, o);
  REQUIRE(re.ok());
  const std::vector<std::string> pieces = {
      "3",          "15",      "2020",  "1987",    "198",   "000",     "1,000",     "2,500,000", "3.5",
      "7.30",       "17.30",   "10:30", "8:00:31", "15h30", "2015-16", "2009-2010", "3/4",       "07/15/2020",
      "15.07.2020", "'87",     "1990s", "90s",     "'90s",  "a.m.",    "p.m.",      "pm",        "AM",
      "am",         "billion", "mln",   "dlrs",    "pct",   "vs",      "years",     "year",      "min",
      "mins",       "hours",   "days",  "May",     "March", "Dec.",    "Q3",        "FY21",      "of",
      "the",        "in",      "since", "by",      "-",     ",",       ".",         "/",         ":",
      "'",          "(",       ")",     "%",       "$",     "GMT"};
  test::check_sound_on_random(re, p.gate, pieces, 20261130, 300);
  test::check_sound_on_samples(re, p.gate);
}
