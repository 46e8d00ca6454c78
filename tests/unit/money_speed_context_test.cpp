// Money stage: the currency of a bare "$" decided from the document (CurrencyContext). Two
// shortcuts must not change a decision: the dateline (a regex with groups) is read only when it
// could change the leader, and capitalized words are hashed only when a cue word opens with
// their first two bytes.
#include <doctest/doctest.h>

#include <string>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

// The currency of the one amount of text ("" when undecided).
std::string currency_of(const std::string& text) {
  const auto a = test::analyze(text);
  REQUIRE(a.extraction.money.size() == 1);
  return a.extraction.money[0].currency;
}

// An Ottawa story (dateline and cue: CAD 1 + 3) naming the U.S. n times.
std::string ottawa_story(int us_mentions) {
  std::string text = "OTTAWA, March 3 - The firm paid $5 million.";
  for (int i = 0; i < us_mentions; ++i) text += " The U.S. agreed.";
  return text;
}

}  // namespace

TEST_CASE("the dateline decides until the mentions lead by more than it weighs") {
  CHECK(currency_of(ottawa_story(3)) == "CAD");  // USD 3, CAD 1 + 3
  CHECK(currency_of(ottawa_story(4)).empty());   // USD 4 leads by 3: the dateline ties it
  CHECK(currency_of(ottawa_story(5)) == "USD");  // leads by 4: no dateline can tie it
  CHECK(currency_of(ottawa_story(9)) == "USD");
}

TEST_CASE("a dateline decides alone, or against a single mention") {
  CHECK(currency_of("SYDNEY, March 3 - The firm paid $5 million. Officials in Canada agreed.") == "AUD");
  CHECK(currency_of("SYDNEY, March 3 - The firm paid $5 million.") == "AUD");
}

TEST_CASE("cue words count in capitals, in phrases and as one letter with dots") {
  CHECK(currency_of("The firm paid $5 million in HONG KONG, Hong Kong and Kowloon.") == "HKD");
  CHECK(currency_of("The firm paid $5 million in NEW ZEALAND and Auckland.") == "NZD");
  CHECK(currency_of("A firm in X paid $5 million, officials in U.S. and U.S. said.") == "USD");
  CHECK(currency_of("A firm paid 5 million francs in Geneva and Zurich.") == "CHF");
  CHECK(currency_of("The firm paid $5 million in CANADA and TORONTO.") == "CAD");  // two cues, in capitals
  CHECK(currency_of("The firm paid $5 million in Canada.").empty());               // one cue is too little
  // Capitalized words that open no cue decide nothing.
  CHECK(currency_of("The Firm Paid $5 Million In Xanadu, Quux And Zed.").empty());
}
