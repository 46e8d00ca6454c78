// SourceFilter: the literal gate of the claims stage's source rules, with "\s" read as a space in
// sentences whose only whitespace is the space (others try every rule). It may only skip a rule
// that cannot match: the last test checks the embedded claims.source_* rules on generated
// sentences, with and without newlines and tabs.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "claims_fixture.hpp"
#include "extract/claims_source_filter.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

bool may(const SourceFilter& f, size_t rule, const std::string& text) {
  return ((f.may_match(text) >> rule) & 1U) != 0;
}

}  // namespace

TEST_CASE("\\s becomes a space outside character classes only") {
  CHECK(filter_copy("a\\sb\\s+c") == "a b +c");
  CHECK(filter_copy("[\\s,]x\\s") == "[\\s,]x ");
  CHECK(filter_copy("[^]\\s]\\s") == "[^]\\s] ");
  CHECK(filter_copy("[]\\s]\\s") == "[]\\s] ");
  CHECK(filter_copy("\\\\s\\S") == "\\\\s\\S");  // an escaped backslash, then 's'; \S stays
  CHECK(filter_copy("\\Qa\\sb\\E") == "\\Qa\\sb\\E");
}

TEST_CASE("a counted repetition loses its upper bound outside character classes only") {
  CHECK(filter_copy("(?:\\w+\\s){0,60}?said") == "(?:\\w+ ){0,}?said");
  CHECK(filter_copy("a{2,12}b{3}c{4,}") == "a{2,}b{3}c{4,}");
  CHECK(filter_copy("[{1,2}]x") == "[{1,2}]x");
  CHECK(filter_copy("\\{1,2\\}") == "\\{1,2\\}");    // escaped braces are literals
  CHECK(filter_copy("a{,2}b{1,}") == "a{,2}b{1,}");  // no repetition in RE2, and none bounded
  // The copy is a larger language: what the rule matches, the copy matches.
  const RE2 rule("(?:[a-z]+ ){1,3}?said"), copy(filter_copy(rule.pattern()));
  REQUIRE(copy.ok());
  for (const char* text : {"they all said", "one two three said", "a b c d e f said", "said"})
    CHECK((RE2::PartialMatch(text, rule) <= RE2::PartialMatch(text, copy)));
}

TEST_CASE("whitespace other than the space") {
  CHECK_FALSE(has_other_space("Reuters said so, on Monday."));
  CHECK(has_other_space("Reuters\nsaid so."));
  CHECK(has_other_space("Reuters said\tso."));
  CHECK(has_other_space("a\rb"));
  CHECK(has_other_space("a\fb"));
}

TEST_CASE("a comma before the verb is a literal of the spaced copy") {
  const RE2 apposition("([A-Z]\\w+),\\s[^,]+,\\s(?:said|told)\\b"), said("([A-Z]\\w+)\\s(?:said|told)\\b");
  const SourceFilter filter({&apposition, &said});
  const std::string plain = "The bridge will close, Anna Berg said on Monday.";
  CHECK_FALSE(RE2::PartialMatch(plain, apposition));
  CHECK_FALSE(may(filter, 0, plain));  // no ", said" / ", told"
  CHECK(may(filter, 1, plain));
  const std::string apposed = "Anna Berg, a lawyer, said the bridge will close.";
  CHECK(RE2::PartialMatch(apposed, apposition));
  CHECK(may(filter, 0, apposed));
  // A newline where the rule has \s: the copies cannot say whether it matches, so every rule
  // is tried.
  const std::string broken = "Anna Berg, a lawyer,\nsaid the bridge will close.";
  CHECK(RE2::PartialMatch(broken, apposition));
  CHECK(may(filter, 0, broken));
  CHECK(filter.may_match("The bridge\nwill close.") == 3);
}

TEST_CASE("the embedded source rules are never skipped where they match") {
  const std::vector<const RE2*> source = test::embedded_source_rules();
  REQUIRE(source.size() >= 4);
  const SourceFilter filter(source);
  const std::vector<std::string> words = {
      "According", "according", "to",     "the",         "The",  "newspaper", "police", "officials",
      "court",     "documents", "show",   "said",        "says", "reported",  "told",   "wrote",
      "added",     "argued",    "in",     "Paris",       "Anna", "Berg",      ",",      ", a lawyer,",
      ",\"",       "\"",        "has",    "recently",    "a",    "spokesman", "on",     "Monday",
      ".",         "of",        "Canada", "\xC3\x89lise"};
  const std::vector<std::string> gaps = {" ", " ", " ", " ", " ", " ", "\n", "\t", "  "};
  std::mt19937 random(11);
  size_t skipped = 0, matched = 0;
  for (int n = 0; n < 6000; ++n) {
    std::string text;
    const size_t length = 3 + random() % 10;
    for (size_t w = 0; w < length; ++w)
      text += (w > 0 ? gaps[random() % gaps.size()] : "") + words[random() % words.size()];
    const uint64_t allowed = filter.may_match(text);
    for (size_t r = 0; r < source.size(); ++r) {
      const bool allowed_r = ((allowed >> r) & 1U) != 0;
      if (RE2::PartialMatch(text, *source[r])) {
        ++matched;
        CHECK_MESSAGE(allowed_r, source[r]->pattern() << " on: " << text);
      }
      skipped += allowed_r ? 0 : 1;
    }
  }
  CHECK(matched > 500);
  CHECK(skipped > 2000);
}

}  // namespace newsclaim
