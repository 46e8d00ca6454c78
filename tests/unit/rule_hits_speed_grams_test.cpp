// RuleFilter's atom scan of more than eight atoms reads three bytes at even offsets only (hashed,
// bit 5 set in each byte) and looks for atoms where three bytes of one occur. These tests compare
// its answers with the plain definition (a rule may match when each of its clauses has an atom
// somewhere in the text, ASCII case folded) on written and generated texts: atoms of three bytes
// and more at odd and even offsets, at the very end, in either case, next to bytes that differ
// only in bit 5.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extract/rule_hits.hpp"
#include "rule_filter_reference.hpp"

namespace newsclaim {
namespace {

// A last rule whose eight atoms the texts never hold: with them a filter has more than eight
// atoms, which the grams scan looks for (fewer take the head scan: rule_hits_speed_heads_test).
const std::string kFiller = "alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel";

struct Rules {
  std::vector<std::unique_ptr<RE2>> owned;
  std::vector<const RE2*> pointers;
  explicit Rules(const std::vector<std::string>& patterns) {
    for (const std::string& p : patterns) {
      owned.push_back(std::make_unique<RE2>(p));
      pointers.push_back(owned.back().get());
    }
  }
};

}  // namespace

TEST_CASE("an atom is found at odd and even offsets and at the end of the text") {
  const Rules rules({"(?i)\\bcontract\\b", "bid", "said|told", kFiller});
  const RuleFilter filter(rules.pointers);
  REQUIRE_FALSE(filter.scans_heads());
  CHECK(filter.may_match("contract") == 1);
  CHECK(filter.may_match("a contract") == 1);
  CHECK(filter.may_match("an CONTRACT") == 1);
  CHECK(filter.may_match("bid") == 2);
  CHECK(filter.may_match("xbid") == 2);
  CHECK(filter.may_match("a bi") == 0);
  CHECK(filter.may_match("she told") == 4);
  CHECK(filter.may_match("he said") == 4);
  CHECK(filter.may_match("bi") == 0);
  CHECK(filter.may_match("") == 0);
}

TEST_CASE("three-byte atoms at odd offsets, up to the last byte") {
  const Rules rules({"(?i)\\bbid\\b", "(?i)\\bsay\\b", "(?i)\\bx,y\\b", kFiller});
  const RuleFilter filter(rules.pointers);
  REQUIRE_FALSE(filter.scans_heads());
  for (const std::string before : {"", "a", "ab", "abc", "abcd"}) {
    for (const std::string after : {"", ".", "..", "..."}) {
      CHECK(filter.may_match(before + "bid" + after) == 1);
      CHECK(filter.may_match(before + "BiD" + after) == 1);
      CHECK(filter.may_match(before + "SAY" + after) == 2);
      CHECK(filter.may_match(before + "x,y" + after) == 4);
      CHECK(filter.may_match(before +
                             "bI"
                             "d" +
                             after) == 1);
      // "x,y" with '\x0c' for ',': the same three bytes once bit 5 is set in each, no atom.
      CHECK(filter.may_match(before + "x\x0cy" + after) == 0);
      CHECK(filter.may_match(before + "bi" + after) == 0);
    }
  }
}

TEST_CASE("the three-byte scan agrees with the definition on generated texts") {
  const Rules rules({"(?i)\\b(?:contracts?|deals?|orders?|agreements?|tenders?|bids?)\\b",
                     "(\\w+)\\s(?:said|says|told)\\s(?:reporters|Reuters)", "[Aa]ccording\\sto\\s(\\w+)",
                     "(?i)awarded\\s(?:a|the)\\s(?:contract|tender)", "x\\d+-(?:est|ing)", "(?i)bid|x1-|@`"});
  const RuleFilter filter(rules.pointers);
  REQUIRE_FALSE(filter.scans_heads());
  const std::vector<std::string> pieces = {
      "contract", "CONTRACT", "Deal", "ord",      "order",   "er",   "agree",   "ment",      "bid",
      "b",        "id",       "said", "sa",       "id",      "told", "Reuters", "reporters", "according",
      "Accord",   "ing",      "to",   "awarded",  "AWARDED", "est",  "x1-",     " ",         " ",
      "  ",       ",",        ".",    "\xC3\xA9", "tender",  "tend", "s",       "\x0c",      "@",
      "`",        "x",        "1",    "-",        "BID",     "Bi",   "d"};
  std::mt19937 random(5);
  size_t nonzero = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = random() % 12;
    for (size_t w = 0; w < length; ++w) text += pieces[random() % pieces.size()];
    const uint64_t want = test::expected_may_match(filter, rules.pointers.size(), text);
    CHECK_MESSAGE(filter.may_match(text) == want, text);
    nonzero += want != 0 ? 1 : 0;
  }
  CHECK(nonzero > 5000);
}

TEST_CASE("a long s or a Kelvin sign lets every rule through") {
  const Rules rules({"(?i)tasks"});
  const RuleFilter filter(rules.pointers);
  CHECK(filter.may_match("ta\xC5\xBFks") == 1);
  CHECK(filter.may_match("\xE2\x84\xAA") == 1);
  CHECK(filter.may_match("tanks") == 0);
}

}  // namespace newsclaim
