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

TEST_CASE("a dateline's region outranks a city of the same name abroad") {
  // Melbourne and Paris are cues of their own countries; the region after them says where.
  for (const char* text : {"MELBOURNE, Fla., March 26 - Shr loss four cts vs loss five cts.",
                           "PARIS, Texas, May 4 - The company cut its dividend to 15 cts a share."}) {
    const auto a = test::analyze(text);
    REQUIRE(a.extraction.money.size() >= 1);
    CHECK(a.extraction.money[0].currency == "USD");
  }
}

TEST_CASE("a Canadian province's wire abbreviation decides a bare dollar") {
  for (const char* text : {"LONDON, Ont., May 4 - The company cut its dividend to 15 cts a share.",
                           "HALIFAX, N.S., May 4 - The company cut its dividend to 15 cts a share.",
                           "MURDOCHVILLE, Que., May 4 - The company cut its dividend to 15 cts a share."}) {
    const auto a = test::analyze(text);
    REQUIRE(a.extraction.money.size() == 1);
    CHECK(a.extraction.money[0].currency == "CAD");
    CHECK(a.extraction.money[0].basis == CurrencyBasis::Context);
  }
}

TEST_CASE("a dateline whose state has no comma before the date still places the story") {
  const auto a = test::analyze("MINNETONKA, Minn. March 16 - Oper shr profit one cts vs loss 22 cts");
  REQUIRE(a.extraction.money.size() == 2);
  for (const Money& m : a.extraction.money) {
    CHECK(m.currency == "USD");
    CHECK(m.basis == CurrencyBasis::Context);
  }
}

TEST_CASE("bare cents in a story from or about a country whose cents are no dollar's") {
  const auto a = test::analyze("JOHANNESBURG, March 12 - Shr 616 cts vs 481\nFinal div 150 cts vs 140\n");
  REQUIRE(a.extraction.money.size() == 4);
  for (const Money& m : a.extraction.money) {
    CHECK(m.currency == "ZAR");
    CHECK(m.basis == CurrencyBasis::Context);
  }
  // the story's own explicit currency decides too
  const auto b =
      test::analyze("The gazetted price of rubber rose to 213 cents a kilo, worth 35.8 mln ringgit a month.");
  REQUIRE(b.extraction.money.size() == 2);
  CHECK(b.extraction.money[0].currency == "MYR");
  // a writer of US dollars writes US cents
  const auto c = test::analyze("NAIROBI, March 3 - Coffee fell to 94 cents a pound from 2.14 dlrs.");
  REQUIRE(c.extraction.money.size() == 2);
  CHECK(c.extraction.money[0].currency == "USD");
}

TEST_CASE("a headline's ticker in parentheses is no dateline; the dateline after it places the story") {
  const auto a =
      test::analyze("LAIDLAW TRANSPORT LTD (LDMF.O) THIRD QTR\n\nTORONTO, June 29 - Shr 20 cts vs 12 cts\n");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(a.extraction.money[0].currency == "CAD");
  // "LAGOS (Reuters) -" is a dateline of a place that decides no dollar: nothing after it counts
  const auto b = test::analyze("LAGOS (Reuters) - It paid 20 dollars.\n\nTORONTO, June 29 - a note.\n");
  REQUIRE(b.extraction.money.size() == 1);
  CHECK(b.extraction.money[0].currency.empty());
}
