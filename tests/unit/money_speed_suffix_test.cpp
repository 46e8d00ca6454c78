// Money stage: a currency written after the number is looked up longest phrase first
// (NumberScanner::attach_suffix). Phrases of several words are looked up only when their first
// word opens some form of several words (CurrencyTable::may_start_phrase), unless stripping
// closing punctuation could leave the phrase a word shorter. The gate must be sound, and the
// amounts found around such phrases must stay what they were.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/money_currency.hpp"
#include "patterns/ruleset.hpp"
#include "test_support.hpp"

using namespace newsclaim;

namespace {

// The money items of a sentence as (text, currency) pairs.
std::vector<std::pair<std::string, std::string>> amounts(std::string_view text) {
  const Analysis a = test::analyze(text);
  std::vector<std::pair<std::string, std::string>> out;
  for (const Money& m : a.extraction.money) out.emplace_back(test::text_of(a, m.span), m.currency);
  return out;
}

using Amounts = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("a form of several words is found after the number, with punctuation after it") {
  CHECK(amounts("It paid 5 Canadian dollars each.") == Amounts{{"5 Canadian dollars", "CAD"}});
  CHECK(amounts("It paid 20 Hong Kong dollars, he said.") == Amounts{{"20 Hong Kong dollars", "HKD"}});
  CHECK(amounts("It paid 9 new Taiwan dollars.") == Amounts{{"9 new Taiwan dollars", "TWD"}});
  CHECK(amounts("It paid 7 Swiss francs.") == Amounts{{"7 Swiss francs", "CHF"}});
  CHECK(amounts("It paid 5 dlrs. said Smith.") == Amounts{{"5 dlrs", "USD"}});
}

TEST_CASE("a last token of punctuation or a double space is retried as a shorter phrase") {
  // Tokenized text: the lookup of "dollars ." strips the "." and finds "dollars" with the space
  // before it, which the amount keeps. These phrases are looked up whatever their first word.
  CHECK(amounts("It paid 10 U.S. dollars .") == Amounts{{"10 U.S. dollars ", "USD"}});
  CHECK(amounts("It paid 5 dollars .") == Amounts{{"5 dollars ", ""}});
  CHECK(amounts("It paid 5 dollars  said Smith.") == Amounts{{"5 dollars ", ""}});
  CHECK(amounts("It paid 3 dollars \" said Smith.") == Amounts{{"3 dollars ", ""}});
  CHECK(amounts("It paid 4 euro cents ' said Smith.") == Amounts{{"4 euro cents ", "EUR"}});
}

TEST_CASE("every form of several words opens with a word may_start_phrase accepts") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const CurrencyTable table(rules.value()->gazetteer("money.currencies"),
                            rules.value()->gazetteer("money.currency_families"));
  const std::vector<std::string> words = {
      "U.S.",       "us",     "Canadian", "canadian", "Hong",    "Kong",  "new",   "Taiwan",
      "dollars",    "dollar", "dlrs",     "Swiss",    "francs",  "euro",  "cents", "pound",
      "sterling",   "Saudi",  "riyals",   "South",    "African", "rand",  "the",   "said",
      "Australian", "NEW",    "ZEALAND",  "dollars.", "Mexican", "pesos", "yen"};
  std::mt19937 rng(17);
  int phrases_found = 0;
  for (int i = 0; i < 200000; ++i) {
    const size_t n = 2 + rng() % 2;
    std::string phrase = words[rng() % words.size()];
    const std::string first = phrase;
    for (size_t k = 1; k < n; ++k) phrase += " " + words[rng() % words.size()];
    if (!table.find(phrase)) continue;
    ++phrases_found;
    CAPTURE(phrase);
    CHECK(table.may_start_phrase(first));
  }
  CHECK(phrases_found > 100);
  CHECK_FALSE(table.may_start_phrase("said"));
  CHECK_FALSE(table.may_start_phrase("dollars"));
  CHECK(table.may_start_phrase("Canadian"));
}
