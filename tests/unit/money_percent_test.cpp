// money stage: percentages written as fractions in words ("a quarter percentage point") and
// whole numbers with wire-service fractions ("7-1/4 pct").
#include "test_support.hpp"

using namespace newsclaim;

namespace {

Percentage only_percentage(const Analysis& a) {
  REQUIRE(a.extraction.percentages.size() == 1);
  return a.extraction.percentages[0];
}

}  // namespace

TEST_CASE("a fraction in words before a percentage point") {
  const Analysis a = test::analyze("The central bank cut its rate by a quarter percentage point.");
  const Percentage p = only_percentage(a);
  CHECK(test::text_of(a, p.span) == "a quarter percentage point");
  CHECK(p.value == 0.25);
  CHECK(p.points);
  CHECK(only_percentage(test::analyze("Yields rose three-quarters of a percentage point.")).value == 0.75);
  CHECK(only_percentage(test::analyze("Analysts expect half a point, maybe half a percentage point.")).value == 0.5);
}

TEST_CASE("a fraction in words before a percent") {
  const Percentage p = only_percentage(test::analyze("Prices edged up one-half percent in May."));
  CHECK(p.value == 0.5);
  CHECK_FALSE(p.points);
}

TEST_CASE("fractions of other things and numbers before percents are left alone") {
  const Analysis a = test::analyze("A quarter of the staff took a 4 percent raise.");
  const Percentage p = only_percentage(a);
  CHECK(test::text_of(a, p.span) == "4 percent");
  CHECK(test::analyze("Half the cents went missing.").extraction.percentages.empty());
}

TEST_CASE("percentages stay in text order when both kinds occur") {
  const Analysis a = test::analyze("Rates rose 2 percent, then half a percentage point, then 3 pct.");
  REQUIRE(a.extraction.percentages.size() == 3);
  CHECK(a.extraction.percentages[0].value == 2);
  CHECK(a.extraction.percentages[1].value == 0.5);
  CHECK(a.extraction.percentages[2].value == 3);
}

TEST_CASE("a fraction that ends a number in words is read with the number") {
  const Analysis a = test::analyze("Growth will be three and a half pct this year.");
  const Percentage p = only_percentage(a);
  CHECK(test::text_of(a, p.span) == "three and a half pct");
  CHECK(p.value == 3.5);
}

TEST_CASE("a wire-service fraction alone before a percent or a currency") {
  const Analysis fees =
      test::analyze("Fees are 7/8 pct for selling and 3/16 percentage point for management.");
  REQUIRE(fees.extraction.percentages.size() == 2);
  CHECK(test::text_of(fees, fees.extraction.percentages[0].span) == "7/8 pct");
  CHECK(fees.extraction.percentages[0].value == 0.875);
  CHECK(fees.extraction.percentages[1].value == 0.1875);
  CHECK(fees.extraction.percentages[1].points);
  const Analysis move = test::analyze("Boeing slipped 3/8 dlr in early trade.");
  REQUIRE(move.extraction.money.size() == 1);
  CHECK(test::text_of(move, move.extraction.money[0].span) == "3/8 dlr");
  CHECK(*move.extraction.money[0].value == 0.375);
  // Not before a unit, not a ratio, not the eighths of a cent of a grain price ("2.64-1/4 dlrs").
  const Analysis rest =
      test::analyze("A 3/4 majority backed 60/70 pct and 9/10 pct; May wheat ended at 2.64-1/4 dlrs.");
  CHECK(rest.extraction.percentages.empty());
  for (const Money& m : rest.extraction.money) CHECK(*m.value != 0.25);
}

TEST_CASE("a whole number and a third before a percent") {
  const Analysis a = test::analyze("The bylaw needs a 66-2/3 pct vote; the credit falls from 33-1/3 pct.");
  REQUIRE(a.extraction.percentages.size() == 2);
  CHECK(test::text_of(a, a.extraction.percentages[0].span) == "66-2/3 pct");
  CHECK(a.extraction.percentages[0].value == doctest::Approx(66.6667).epsilon(1e-4));
  CHECK(a.extraction.percentages[1].value == doctest::Approx(33.3333).epsilon(1e-4));
}
