// The contracts stage gates each cue and role rule with its own literals (SourceFilter per
// rule): a rule the gate rules out is not run on the sentence. The gate may only skip a rule
// that cannot match; these tests check that for every embedded cue and role rule on generated
// award sentences (with spaces, newlines and tabs between words), and that the gates skip some.
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

std::vector<const RE2*> contract_rules() {
  const Ruleset& rules = test::embedded_rules();
  std::vector<const RE2*> out = {&rules.re("contracts.deal_noun")};
  for (const char* prefix : {"contracts.cue_", "contracts.role_"}) {
    for (const std::string& key : rules.keys_with_prefix(prefix)) out.push_back(&rules.re(key));
  }
  return out;
}

// A sentence of 4 to 17 words drawn from award vocabulary, joined mostly by spaces.
std::string award_sentence(std::mt19937& random) {
  static const std::vector<std::string> words = {"Torvane",
                                                 "Systems",
                                                 "Corp",
                                                 "<TRV>",
                                                 "Kestrel",
                                                 "Marine",
                                                 "the",
                                                 "The",
                                                 "Navy",
                                                 "Coast",
                                                 "Guard",
                                                 "said",
                                                 "says",
                                                 "it",
                                                 "its",
                                                 "has",
                                                 "had",
                                                 "was",
                                                 "been",
                                                 "awarded",
                                                 "won",
                                                 "received",
                                                 "secured",
                                                 "landed",
                                                 "signed",
                                                 "a",
                                                 "an",
                                                 "$5",
                                                 "million",
                                                 "12",
                                                 "mln",
                                                 "dlr",
                                                 "three",
                                                 "four",
                                                 "contract",
                                                 "contracts",
                                                 "deal",
                                                 "order",
                                                 "orders",
                                                 "agreement",
                                                 "tender",
                                                 "to",
                                                 "supply",
                                                 "provide",
                                                 "buy",
                                                 "purchase",
                                                 "from",
                                                 "with",
                                                 "for",
                                                 "by",
                                                 "worth",
                                                 "valued",
                                                 "at",
                                                 "went",
                                                 "same",
                                                 "company",
                                                 "unit",
                                                 "of",
                                                 "and",
                                                 ",",
                                                 ", a unit of Orvell Plc,",
                                                 ".",
                                                 ";",
                                                 "under",
                                                 "which",
                                                 "will",
                                                 "jointly",
                                                 "winning",
                                                 "bid",
                                                 "\xC3\x89lise",
                                                 "AWARDED",
                                                 "Contract"};
  static const std::vector<std::string> gaps = {" ", " ", " ", " ", " ", " ", " ", "\n", "\t"};
  std::string text;
  const size_t length = 4 + random() % 14;
  for (size_t w = 0; w < length; ++w)
    text += (w > 0 ? gaps[random() % gaps.size()] : "") + words[random() % words.size()];
  return text;
}

}  // namespace

TEST_CASE("a gate of one rule skips sentences without its literals") {
  const RE2 rule("(\\w+)\\s(?:has\\s)?been\\sawarded\\b");
  const SourceFilter gate({&rule});
  CHECK((gate.may_match("Torvane has been awarded a contract.") & 1U) == 1);
  CHECK((gate.may_match("Torvane won a contract.") & 1U) == 0);
  CHECK((gate.may_match("Torvane has been\nawarded a contract.") & 1U) ==
        1);  // a newline: every rule is tried
}

TEST_CASE("the embedded contract rules are never skipped where they match") {
  const std::vector<const RE2*> rules = contract_rules();
  REQUIRE(rules.size() >= 20);
  std::vector<SourceFilter> gates;
  for (const RE2* rule : rules) gates.emplace_back(std::vector<const RE2*>{rule});
  std::mt19937 random(23);
  size_t skipped = 0, matched = 0;
  for (int n = 0; n < 3000; ++n) {
    const std::string text = award_sentence(random);
    for (size_t r = 0; r < rules.size(); ++r) {
      const bool allowed = (gates[r].may_match(text) & 1U) != 0;
      if (RE2::PartialMatch(text, *rules[r])) {
        ++matched;
        CHECK_MESSAGE(allowed, rules[r]->pattern() << " on: " << text);
      }
      skipped += allowed ? 0 : 1;
    }
  }
  CHECK(matched > 1000);
  CHECK(skipped > 10000);
}

}  // namespace newsclaim
