// PhraseGate: the keys (first eight symbols, across words) a regex's matches can open with,
// derived from the regex's text; it must never refuse a word start where the regex matches
// (soundness), and should refuse the common words StartGate's three symbols let through.
#include "patterns/phrase_gate.hpp"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "gate_soundness.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

PhraseGate gate_of(const std::string& pattern) { return test::gate_of<PhraseGate>(pattern); }
using test::check_sound_on_random;
using test::check_sound_on_samples;
using test::joined_dates_pattern;
using test::opens;

}  // namespace

TEST_CASE("keys read on across spaces, up to eight symbols, case folded") {
  const PhraseGate g = gate_of("(?i:the|a)\\s+(?:day|week)|Monday");
  CHECK(opens(g, "the day"));
  CHECK(opens(g, "The  week"));  // a run of spaces reads as one
  CHECK(opens(g, "a day"));
  CHECK(opens(g, "MONDAY"));
  CHECK(opens(g, "the weekly"));  // "the week" is eight symbols: the key ends there
  CHECK_FALSE(opens(g, "the company"));
  CHECK_FALSE(opens(g, "these days"));
  CHECK_FALSE(opens(g, "a year"));
  CHECK_FALSE(opens(g, "the"));  // the text ends where a space must follow
}

TEST_CASE("each digit reads as '#', date punctuation as itself; other bytes end the key") {
  const PhraseGate g = gate_of("\\d+\\s+years|\\d\\d?:\\d\\d|Q[1-4]|(?:19|20)\\d\\d\\b");
  CHECK(opens(g, "7 years"));
  CHECK(opens(g, "2020 years"));
  CHECK(opens(g, "10:30"));
  CHECK_FALSE(opens(g, "10:"));  // the text ends where a digit must follow ':'
  CHECK(opens(g, "Q3"));
  CHECK_FALSE(opens(g, "7 people"));
  CHECK_FALSE(opens(g, "10.30"));  // '.' is no ':'
  CHECK_FALSE(opens(g, "10 30"));
  CHECK_FALSE(opens(g, "Queen"));
  CHECK(opens(g, "1987."));       // four digits are a year: anything may follow
  CHECK_FALSE(opens(g, "198."));  // three are not, and "198 ." is no duration
  CHECK_FALSE(opens(g, "5 mln"));
  CHECK(opens(g, "2020\xE2\x80\x94"));  // a non-ASCII byte ends the key
}

TEST_CASE("past a space or the first four symbols, digits read as a run and punctuation as '$'") {
  const PhraseGate g = gate_of("\\d{1,3}(?:,\\d{3})+\\s+years|in\\s+\\d\\d:\\d\\d");
  CHECK(opens(g, "1,000 years"));
  CHECK(opens(g, "1,000,000 years"));
  CHECK_FALSE(opens(g, "1,000 dlrs"));
  CHECK(opens(g, "1,0000 years"));  // "#,##" then a run of digits: an accepted over-approximation
  CHECK(opens(g, "in 10:30"));
  CHECK(opens(g, "in 10.30"));  // after the space '.' reads as '$' as ':' does
  CHECK_FALSE(opens(g, "in 10 30"));
}

TEST_CASE("punctuation in a class reads as its own symbols; other bytes in it as '$'") {
  const PhraseGate g = gate_of("\\d[-/]\\d|x[^a-z0-9]y");
  CHECK(opens(g, "3-4"));
  CHECK(opens(g, "3/4"));
  CHECK_FALSE(opens(g, "3.4"));
  CHECK(opens(g, "x.y"));  // a negated class holds the punctuation too
  CHECK(opens(g, "x=z"));  // '=' reads as '$', which ends the key
}

TEST_CASE("a pattern that ends lets anything follow; optional parts are skipped") {
  const PhraseGate g = gate_of("ab?c|now\\b");
  CHECK(opens(g, "ac"));
  CHECK(opens(g, "acme"));
  CHECK(opens(g, "abc d"));
  CHECK_FALSE(opens(g, "nowhere"));  // \b after a letter: no word byte may follow
  CHECK(opens(g, "now."));
  CHECK(opens(g, "now"));
  CHECK_FALSE(opens(g, "abd"));
  CHECK_FALSE(opens(g, "no"));
}

TEST_CASE("a gate of alternatives tells which of them may match") {
  const auto g = PhraseGate::of(
      std::vector<std::string_view>{"(?i)last\\s+year", "(?i)last\\s+(?:monday|friday)", "\\d+\\s+years"});
  REQUIRE(g.has_value());
  CHECK(g->admits("last year", 0) == 0b001);
  CHECK(g->admits("Last Friday", 0) == 0b010);
  CHECK(g->admits("last ", 0) == 0);  // the text ends where each needs a word
  CHECK(g->admits("3 years", 0) == 0b100);
  CHECK(g->admits("the year", 0) == 0);
  CHECK_FALSE(g->may_start("last week", 0));
  CHECK(g->may_start("last month", 0));  // "last mon" is eight symbols: as "last monday"
  std::vector<std::string> many(65, "a");
  CHECK_FALSE(PhraseGate::of(std::vector<std::string_view>(many.begin(), many.end())).has_value());
}

TEST_CASE("patterns the walker cannot vouch for get no gate") {
  CHECK_FALSE(PhraseGate::of("\\pL+").has_value());
  CHECK_FALSE(PhraseGate::of("(ab").has_value());
  CHECK_FALSE(PhraseGate::of("(?:\\w\\w\\w\\w\\w\\w\\w)x").has_value());  // 63^7 keys: too many nodes
}

TEST_CASE("the dates patterns get a phrase gate, and it never refuses a date") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const std::string pattern = "\\b(?:" + joined_dates_pattern(*rules.value()) + ")";
  const auto gate = PhraseGate::of(pattern);
  REQUIRE(gate.has_value());
  CHECK_FALSE(gate->may_start("the company said", 0));
  CHECK_FALSE(gate->may_start("company", 0));
  CHECK_FALSE(gate->may_start("for the", 0));
  CHECK(gate->may_start("the coming weeks", 0));
  RE2::Options o;
  o.set_longest_match(true);
  o.set_max_mem(64 << 20);
  const RE2 re(pattern, o);
  REQUIRE(re.ok());

  check_sound_on_samples(re, *gate);
  // Random runs of date words, numbers, other words, spaces and punctuation.
  const std::vector<std::string> pieces = {"the",
                                           "The",
                                           "a",
                                           "an",
                                           "last",
                                           "next",
                                           "this",
                                           "early",
                                           "mid-",
                                           "late",
                                           "March",
                                           "Mar.",
                                           "May",
                                           "Sept",
                                           "Monday",
                                           "Mondays",
                                           "weekend",
                                           "week",
                                           "year-earlier",
                                           "years",
                                           "ago",
                                           "2020",
                                           "1990s",
                                           "'90s",
                                           "15",
                                           "3:30",
                                           "p.m.",
                                           "a.m.",
                                           "pm",
                                           "Q3",
                                           "FY2021",
                                           "H1",
                                           "fiscal",
                                           "quarter",
                                           "Christmas",
                                           "Labour",
                                           "Day",
                                           "St.",
                                           "nineteen",
                                           "ninety-six",
                                           "some",
                                           "few",
                                           "two",
                                           "twenty-one",
                                           "now",
                                           "soon",
                                           "recently",
                                           "of",
                                           "in",
                                           "for",
                                           "and",
                                           "at",
                                           "about",
                                           "more",
                                           "than",
                                           "summer",
                                           "fall",
                                           "every",
                                           "daily",
                                           "twice",
                                           "per",
                                           "hundred",
                                           "dozens",
                                           "couple",
                                           "half",
                                           "past",
                                           "noon",
                                           "morning",
                                           "tonight",
                                           "o'clock",
                                           "1/2",
                                           "12th",
                                           "BC",
                                           "A.D.",
                                           ",",
                                           ".",
                                           "-",
                                           "/",
                                           "(",
                                           ")",
                                           "\"",
                                           "'s",
                                           "\n",
                                           "\t",
                                           "  ",
                                           "x_",
                                           "_",
                                           "\u00e9",
                                           "2020-07-15",
                                           "07/15/2020",
                                           "1,000"};
  check_sound_on_random(re, *gate, pieces, 11, 400);
}

}  // namespace newsclaim
