// RuleFilter: the literal gate under the claims stage's SourceFilter (claims_source_filter.hpp).
// It may only skip a rule that cannot match: every test that shows a skip also shows the rule
// failing there, and the last test checks the embedded claims.source_* rules on sentences built
// from their words.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "claims_fixture.hpp"
#include "extract/claims_source_filter.hpp"
#include "extract/rule_hits.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

bool may(const RuleFilter& f, size_t rule, const std::string& text) {
  return ((f.may_match(text) >> rule) & 1U) != 0;
}

bool matches(const RE2& re, const std::string& text) { return RE2::PartialMatch(text, re); }

}  // namespace

TEST_CASE("a rule is tried only where its literals occur") {
  const RE2 according("[Aa]ccording\\sto\\s(\\w+)"), said("([A-Z]\\w+)\\s(?:said|says)\\b");
  const RuleFilter filter({&according, &said});
  const std::string with_both = "According to Reuters, the mayor says no.";
  CHECK(matches(according, with_both));
  CHECK(may(filter, 0, with_both));
  CHECK(may(filter, 1, with_both) == true);
  const std::string said_only = "The port was closed, Reuters said on Monday.";
  CHECK_FALSE(matches(according, said_only));
  CHECK_FALSE(may(filter, 0, said_only));
  CHECK(matches(said, said_only));
  CHECK(may(filter, 1, said_only));
  // A literal present but not as the rule wants it still lets the rule run (and fail there).
  const std::string lower_name = "according to him, they said so";
  CHECK(may(filter, 1, lower_name));
  CHECK_FALSE(matches(said, lower_name));
}

TEST_CASE("a rule needing two literals is skipped when either is missing") {
  const RE2 group("((?i:police|officials))\\s(?:said|confirmed)\\b");
  const RuleFilter filter({&group});
  REQUIRE(filter.clauses(0).size() == 2);
  CHECK_FALSE(may(filter, 0, "The minister said the bridge would reopen."));
  CHECK_FALSE(may(filter, 0, "Police closed the bridge on Friday."));
  CHECK(may(filter, 0, "POLICE SAID the bridge was closed."));
  CHECK(matches(group, "POLICE said the bridge was closed."));
}

TEST_CASE("case folding to ASCII from other letters keeps the rule") {
  // In a case-insensitive rule "s" also matches U+017F (long s) and "k" the Kelvin sign.
  const RE2 sources("(?i:(sources))\\ssaid");
  const RuleFilter filter({&sources});
  const std::string long_s = "Two \xC5\xBFources said so.";
  REQUIRE(matches(sources, long_s));
  CHECK(may(filter, 0, long_s));
}

TEST_CASE("the embedded source rules are never skipped where they match") {
  const std::vector<const RE2*> source = test::embedded_source_rules();
  REQUIRE(source.size() >= 2);
  // As SourceFilter builds it: of the copies with "\s" as " ", on sentences whose only
  // whitespace is the space (the raw rules' "\s" gives an atom per kind of whitespace, and past
  // 64 atoms the filter tries every rule).
  const RuleFilter filter = spaced_filter(source);
  const std::vector<std::string> words = {
      "According", "according", "to",       "the",       "The",      "Daily",       "Post",
      "newspaper", "police",    "Police",   "officials", "court",    "documents",   "show",
      "said",      "says",      "Said",     "SAID",      "reported", "told",        "wrote",
      "added",     "in",        "Paris",    "Anna",      "Berg",     ",",           ", a lawyer,",
      "\"",        "has",       "recently", "allege",    "a",        "spokesman",   "confirmed",
      "on",        "Monday",    ".",        "of",        "Canada",   "\xC3\x89lise"};
  std::mt19937 random(7);
  size_t skipped = 0, matched = 0;
  for (int n = 0; n < 4000; ++n) {
    std::string text;
    const size_t length = 3 + random() % 10;
    for (size_t w = 0; w < length; ++w) text += (w > 0 ? " " : "") + words[random() % words.size()];
    const uint64_t allowed = filter.may_match(text);
    for (size_t r = 0; r < source.size(); ++r) {
      const bool allowed_r = ((allowed >> r) & 1U) != 0;
      if (matches(*source[r], text)) {
        ++matched;
        CHECK_MESSAGE(allowed_r, source[r]->pattern() << " on: " << text);
      }
      skipped += allowed_r ? 0 : 1;
    }
  }
  CHECK(matched > 500);   // the rules do match such text
  CHECK(skipped > 1000);  // the gate does skip work on such text
}

}  // namespace newsclaim
