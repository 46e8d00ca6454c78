// Money stage: a bare dollar's currency is decided from evidence per code in a hash map, so
// the decision must not depend on the order the evidence comes in. Ranges test their bounds
// before their connector regex, so a falling pair must stay two amounts whatever joins it. The
// counted noun's singular is built once, for the last plural of the phrase.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

// The currency of the one bare amount after the sentences naming places.
std::string currency_after(const std::vector<std::string>& mentions) {
  std::string text = "A firm paid $5 million.";
  for (const std::string& m : mentions) text += " Officials in " + m + " agreed.";
  const auto a = test::analyze(text);
  REQUIRE(a.extraction.money.size() == 1);
  return a.extraction.money[0].currency;
}

// The decision rule on mention counts: the one code with the most mentions, two at least.
std::string expected_currency(const std::map<std::string, int>& counts) {
  int best = 0, holders = 0;
  std::string code;
  for (const auto& [c, n] : counts) {
    if (n > best)
      best = n, holders = 1, code = c;
    else if (n == best)
      ++holders;
  }
  return best >= 2 && holders == 1 ? code : "";
}

}  // namespace

TEST_CASE("a bare dollar's currency does not depend on the order its evidence comes in") {
  const std::map<std::string, std::string> places = {
      {"Canada", "CAD"}, {"Australia", "AUD"}, {"Singapore", "SGD"}};
  const std::vector<std::map<std::string, int>> cases = {
      {{"Canada", 3}, {"Australia", 2}},                    // CAD leads
      {{"Canada", 2}, {"Australia", 2}},                    // a tie decides nothing
      {{"Canada", 1}},                                      // one mention is too little
      {{"Canada", 2}, {"Australia", 2}, {"Singapore", 3}},  // the last code seen leads
      {{"Australia", 4}, {"Singapore", 1}, {"Canada", 4}},
  };
  for (const auto& counts : cases) {
    std::vector<std::string> mentions;
    std::map<std::string, int> by_code;
    for (const auto& [place, n] : counts) {
      mentions.insert(mentions.end(), n, place);
      by_code[places.at(place)] += n;
    }
    const std::string expected = expected_currency(by_code);
    std::sort(mentions.begin(), mentions.end());
    int orders = 0;
    do {
      CAPTURE(mentions.front());
      CHECK(currency_after(mentions) == expected);
    } while (std::next_permutation(mentions.begin(), mentions.end()) && ++orders < 30);
  }
  CHECK(currency_after({"Canada", "Canada"}) == "CAD");
}

TEST_CASE("explicit foreign dollars in either order tie, and a third one decides") {
  for (const char* text : {"It paid C$1 million and A$2 million. A rival paid $3 million.",
                           "It paid A$1 million and C$2 million. A rival paid $3 million."}) {
    const auto a = test::analyze(text);
    REQUIRE(a.extraction.money.size() == 3);
    CHECK(a.extraction.money[2].currency.empty());
  }
  const auto a = test::analyze("It paid A$1 million, C$2 million and C$4 million. A rival paid $3 million.");
  REQUIRE(a.extraction.money.size() == 4);
  CHECK(a.extraction.money[3].currency == "CAD");
}

TEST_CASE("a falling pair stays two amounts whatever joins it; a rising one is a range") {
  for (const std::string connector : {" to ", "-", " - ", " through "}) {
    CAPTURE(connector);
    const auto falling = test::analyze("Repairs could cost $7 million" + connector + "$5 million.");
    REQUIRE(falling.extraction.money.size() == 2);
    CHECK_FALSE(falling.extraction.money[0].min.has_value());
    const auto rising = test::analyze("Repairs could cost $5 million" + connector + "$7 million.");
    REQUIRE(rising.extraction.money.size() == 1);
    CHECK(*rising.extraction.money[0].min == 5e6);
    CHECK(*rising.extraction.money[0].max == 7e6);
  }
  const auto equal = test::analyze("Repairs could cost $5 million to $5 million.");
  CHECK(equal.extraction.money.size() == 2);
}

TEST_CASE("the counted noun is the singular of the phrase's last plural") {
  const auto a = test::analyze(
      "It hired 3 sales managers. It kept 4 women and 7 boxes and crates in 12 Canadian embassies.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 4);
  CHECK(q[0].unit == "manager");
  CHECK(test::text_of(a, q[0].span) == "3 sales managers");
  CHECK(q[1].unit == "woman");
  CHECK(q[2].unit == "box");
  CHECK(test::text_of(a, q[2].span) == "7 boxes");
  CHECK(q[3].unit == "embassy");
}
