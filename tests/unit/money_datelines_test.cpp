// money stage: a wire dateline's state abbreviation that is also a word or a name ("Ga.",
// "Miss.", "Del.") decides a bare dollar; the word in running text decides nothing.
#include "test_support.hpp"

using namespace newsclaim;

TEST_CASE("a state abbreviation with its dot in a dateline decides a bare dollar") {
  for (const char* text : {"ALBANY, Ga., May 4 - The company cut its dividend to 15 cts a share.",
                           "JACKSON, Miss., May 4 - The company cut its dividend to 15 cts a share.",
                           "DOVER, Del., May 4 - The company cut its dividend to 15 cts a share.",
                           "HUNTINGTON, W.Va., May 4 - The company cut its dividend to 15 cts a share."}) {
    const auto a = test::analyze(text);
    REQUIRE(a.extraction.money.size() == 1);
    CHECK(a.extraction.money[0].currency == "USD");
    CHECK(a.extraction.money[0].basis == CurrencyBasis::Context);
  }
}

TEST_CASE("the same words in running text decide nothing") {
  const auto a = test::analyze("Miss Jones and Mo Lee paid 15 cts each at the Del Mar fair.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(a.extraction.money[0].basis == CurrencyBasis::Unknown);
}
