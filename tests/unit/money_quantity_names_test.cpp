// money stage, quantities that count nothing: a counted noun in Title Case that a name or a
// table row goes on after ("four Boeing Jets Corp planes", "218 End Stocks   195"), a number
// after a label word ("Chapter 11 proceedings"), quarters (a time).
#include <algorithm>
#include <string>
#include <vector>

#include "test_support.hpp"

using namespace newsclaim;

TEST_CASE("a capitalized noun that a name goes on after is part of the name") {
  const auto a = test::analyze(
      "The airline will buy three McDonnell Douglas MD-80 jets. It holds 2,150,000 Acme Widgets Corp "
      "shares, and the top seed is 7 Anna Simons (Chile).");
  for (const Quantity& q : a.extraction.quantities) CHECK(q.unit != "Dougla");
  for (const Quantity& q : a.extraction.quantities) CHECK(q.unit != "Widget");
  for (const Quantity& q : a.extraction.quantities) CHECK(q.unit != "Simon");
  // past the maker's name and the model, the jets are counted
  REQUIRE(a.extraction.quantities.size() == 1);
  CHECK(a.extraction.quantities[0].unit == "jet");
  CHECK(a.extraction.quantities[0].value == 3);
}

TEST_CASE("a table's next row label after a figure is no counted noun") {
  const auto a = test::analyze("Imports     1.20    1.10      0.95    0.92 End Stocks   4.10    3.80\n");
  CHECK(a.extraction.quantities.empty());
}

TEST_CASE("capitalized counted nouns still count where the name ends") {
  const auto a = test::analyze(
      "The film won five Oscars, and 120 Britons were flown home. About 30,000 PCs a day are hit. Some 83 "
      "MPs Back Plan.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 4);
  CHECK(q[0].unit == "Oscar");
  CHECK(q[1].unit == "Briton");
  CHECK(q[2].unit == "PC");
  CHECK(q[3].unit == "MP");
}

TEST_CASE("a number after a label word names a thing and counts nothing") {
  const auto a = test::analyze(
      "The firm left Chapter 11 bankruptcy proceedings, bought U.S. number two yellow corn and tested "
      "phase three drugs on Channel 5 viewers.");
  CHECK(a.extraction.quantities.empty());
  const auto b = test::analyze("The panel heard 11 bankruptcy cases and two farmers.");
  CHECK(b.extraction.quantities.size() == 2);
  const auto c = test::analyze(
      "Egypt may buy PL 480 commodities, sell Rule 144 shares after Proposition 13 cuts and board Gate 5 "
      "passengers; a jet would seat 220 passengers.");
  REQUIRE(c.extraction.quantities.size() == 1);
  CHECK(c.extraction.quantities[0].value == 220);
}

TEST_CASE("quarters are a time, or a fraction, not a count") {
  const auto a =
      test::analyze("Sales rose in the first three quarters, and three quarters of buyers paid cash.");
  CHECK(a.extraction.quantities.empty());
}

TEST_CASE("a number after a model's hyphen is part of its name; a range's second number still counts") {
  const auto a = test::analyze(
      "The airline ordered ten 737-800 planes, four A340-300 jets and CF6-50 engines; 10-15 pilots will "
      "train.");
  for (const Quantity& q : a.extraction.quantities) {
    CHECK(q.value != 800);
    CHECK(q.value != 300);
    CHECK(q.value != 50);
  }
  bool pilots = false, planes = false;
  for (const Quantity& q : a.extraction.quantities) {
    pilots = pilots || q.unit == "pilot";
    planes = planes || (q.unit == "plane" && q.value == 10);  // the count before the model
  }
  CHECK(pilots);
  CHECK(planes);
  // a measure after "and" is the other number's: "six and 12-month bills" counts no six bills
  for (const Quantity& q :
       test::analyze("It sold six and 12-month bills and two 500-bed clinics.").extraction.quantities)
    CHECK(q.unit != "bill");
}

TEST_CASE("a number word in title case inside a sentence is a name, no count") {
  const auto a = test::analyze(
      "Ocean's Twelve box office takings rose. The Group of Seven finance ministers met, and League One "
      "leaders lost. Three people died.\nCONTROVERSIES AND GAFFES Two actors refused awards.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 2);
  CHECK(q[0].unit == "person");
  CHECK(q[0].value == 3);
  CHECK(q[1].unit == "actor");
}

TEST_CASE("a counted noun phrase across 'and': coordinated names and modifiers, not a clause") {
  const auto a = test::analyze(
      "It runs 66 Kresge and Jupiter stores in 40 European and Mediterranean countries, with a few "
      "hundred current and former ICC officials. The unit has a 1.2 megabyte drive and offers an "
      "optional tape. Steers were at 68 and Heifers at 66. Kenzie is at 5-2 and actor Jon Edwards at 4-1.");
  std::vector<std::string> units;
  for (const Quantity& x : a.extraction.quantities) units.push_back(x.unit);
  CHECK(units == std::vector<std::string>{"store", "country", "official"});
}

TEST_CASE("a clause after the number or its noun is no part of the counted phrase") {
  const auto a = test::analyze(
      "Seat miles rose to 4.97 billion from 4.75 billion and passenger miles rose too. A poll of 1,300 "
      "bosses suggests gloom. It earned 1.79 billion overseas from 25 overseas branches, while one "
      "person owns a copy.");
  std::vector<std::string> units;
  for (const Quantity& x : a.extraction.quantities) units.push_back(x.unit);
  CHECK(units == std::vector<std::string>{"boss", "branch"});
}

TEST_CASE("a pronoun or clause opener after the counted noun begins the next clause") {
  const auto a = test::analyze(
      "It sold five mln shares he still holds. Service reaches 12 cities when it starts. Rates rose 85 basis "
      "points while management pays less. The index rose 14 when workers struck.");
  std::vector<std::string> texts;
  for (const Quantity& x : a.extraction.quantities) texts.push_back(test::text_of(a, x.span));
  CHECK(texts == std::vector<std::string>{"five mln shares", "12 cities", "85 basis points"});
}

TEST_CASE("versus ends a counted noun phrase, also misspelt \"verses\"") {
  for (const char* text : {"Sales rose to 197,328 vehicles verses 167,490 a year ago.",
                           "Sales rose to 197,328 vehicles versus 167,490 a year ago."}) {
    CAPTURE(text);
    const auto a = test::analyze(text);
    REQUIRE(a.extraction.quantities.size() == 1);
    CHECK(a.extraction.quantities[0].unit == "vehicle");
    CHECK(a.extraction.quantities[0].span.size() == std::string_view("197,328 vehicles").size());
  }
}

TEST_CASE("a day of the month before its month's name is a date, no count") {
  const Analysis a = test::analyze(
      "Since the 11 September attacks, and after the 8 December talks, traders wrote 465 June calls and "
      "played three November Tests.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 465);
  CHECK(q[0].unit == "call");
  CHECK(q[1].value == 3);
  CHECK(q[1].unit == "Test");
}

TEST_CASE("the number after 'one in' or 'two out of' is a ratio's, no count") {
  const auto a = test::analyze(
      "Officially, one in five loans is not repaid. Only two out of 10 claims succeed, and nine out of every "
      "10 flights were late. The bank opened 16,500 accounts in 136 offices. It shipped them on November 30 "
      "in three lots.");
  std::vector<std::string> units;
  for (const Quantity& q : a.extraction.quantities) units.push_back(q.unit);
  CHECK(std::find(units.begin(), units.end(), "loan") == units.end());
  CHECK(std::find(units.begin(), units.end(), "claim") == units.end());
  CHECK(std::find(units.begin(), units.end(), "flight") == units.end());
  // a big number or a day before "in" makes no ratio
  CHECK(std::find(units.begin(), units.end(), "office") != units.end());
  CHECK(std::find(units.begin(), units.end(), "lot") != units.end());
}

TEST_CASE("a ratio in words is a percentage") {
  const auto a = test::analyze(
      "Officially, one in five loans is not repaid, and nine out of every 10 flights were late.");
  const auto& p = a.extraction.percentages;
  REQUIRE(p.size() == 2);
  CHECK(test::text_of(a, p[0].span) == "one in five");
  CHECK(p[0].value == doctest::Approx(20));
  CHECK(test::text_of(a, p[1].span) == "nine out of every 10");
  CHECK(p[1].value == doctest::Approx(90));
}

TEST_CASE("digits alone after a capitalized word inside a sentence are a model's name, no count") {
  const auto a = test::analyze(
      "Owners of Torvik 5000 sedans and Helix Series 4000 workstations complained, as did buyers of "
      "all KORA 7820 computers. About 300 workers and more than 4500 vendors left, and 6,500 Orion "
      "stores opened.");
  std::vector<std::string> units;
  for (const Quantity& q : a.extraction.quantities) units.push_back(q.unit);
  CHECK(std::find(units.begin(), units.end(), "sedan") == units.end());
  CHECK(std::find(units.begin(), units.end(), "workstation") == units.end());
  CHECK(std::find(units.begin(), units.end(), "computer") == units.end());
  // at a sentence's start, after a lower-case word, or written with a separator, digits count
  CHECK(std::find(units.begin(), units.end(), "worker") != units.end());
  CHECK(std::find(units.begin(), units.end(), "vendor") != units.end());
  CHECK(std::find(units.begin(), units.end(), "store") != units.end());
}

TEST_CASE("a decimal fraction written without its zero keeps its point") {
  const auto a =
      test::analyze("Shares rose $.50 to 12 dlrs, holders get .5165 shares each, and the fee is .06 pct.");
  REQUIRE(!a.extraction.money.empty());
  CHECK(test::text_of(a, a.extraction.money[0].span) == "$.50");
  CHECK(a.extraction.money[0].value == doctest::Approx(0.5));
  REQUIRE(a.extraction.quantities.size() == 1);
  CHECK(test::text_of(a, a.extraction.quantities[0].span) == ".5165 shares");
  CHECK(a.extraction.quantities[0].value == doctest::Approx(0.5165));
  REQUIRE(a.extraction.percentages.size() == 1);
  CHECK(a.extraction.percentages[0].value == doctest::Approx(0.06));
}
