// Dates stage: two days of one month written once ("July 13-15", "4 to 6 March") become two dates,
// each resolved as its month-day; a pair that cannot be two days stays one date. Sentences
// written for these tests; anchor Friday 2020-08-07.
#include <doctest/doctest.h>

#include <utility>
#include <vector>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

const char* kAnchor = "2020-08-07";

// (text, value) of every date in sentence, in order.
std::vector<std::pair<std::string, std::string>> dates_in(std::string_view sentence) {
  const Analysis a = test::analyze(sentence, kAnchor);
  std::vector<std::pair<std::string, std::string>> out;
  for (const DateItem& d : a.extraction.dates) out.emplace_back(test::text_of(a, d.span), d.value);
  return out;
}

using Dates = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("a month and two days: each day its own date, the month's text on the first") {
  CHECK(dates_in("The talks ran July 13-15 in Geneva.") ==
        Dates{{"July 13", "2020-07-13"}, {"15", "2020-07-15"}});
  CHECK(dates_in("Ministers met Sept. 28-30.") == Dates{{"Sept. 28", "2020-09-28"}, {"30", "2020-09-30"}});
  CHECK(dates_in("Shares were bought between May 5 and 19.") ==
        Dates{{"May 5", "2020-05-05"}, {"19", "2020-05-19"}});
  CHECK(dates_in("Cars sold in the March 11–20 period fell.") ==
        Dates{{"March 11", "2020-03-11"}, {"20", "2020-03-20"}});
}

TEST_CASE("two days before their month: the first day alone, the second with the month") {
  CHECK(dates_in("The fair ran from 4-6 March.") == Dates{{"4", "2020-03-04"}, {"6 March", "2020-03-06"}});
  CHECK(dates_in("The show runs from 11 to 14 September.") ==
        Dates{{"11", "2020-09-11"}, {"14 September", "2020-09-14"}});
}

TEST_CASE("ordinal days with \"the\" before their month: the first day takes the month too") {
  CHECK(dates_in("The fair ran from the 4th to the 6th of March.") ==
        Dates{{"the 4th", "2020-03-04"}, {"the 6th of March", "2020-03-06"}});
  CHECK(dates_in("Voting took place on the 3rd and 4th of May.") ==
        Dates{{"the 3rd", "2020-05-03"}, {"4th of May", "2020-05-04"}});
  CHECK(dates_in("Talks were held between the 1st and the 5th of June.") ==
        Dates{{"the 1st", "2020-06-01"}, {"the 5th of June", "2020-06-05"}});
  // the same day twice is no pair: the second stays alone
  CHECK(dates_in("They met on the 2nd and the 2nd of May.") == Dates{{"the 2nd of May", "2020-05-02"}});
}

TEST_CASE("a year after the second day dates both") {
  CHECK(dates_in("Subscriptions run from September 1 to 30, 2019.") ==
        Dates{{"September 1", "2019-09-01"}, {"30, 2019", "2019-09-30"}});
  CHECK(dates_in("It rained from 13th to 15th July 2018.") ==
        Dates{{"13th", "2018-07-13"}, {"15th July 2018", "2018-07-15"}});
}

TEST_CASE("the tense of the sentence places both days") {
  CHECK(dates_in("Leaders will meet on March 3-4.") == Dates{{"March 3", "2021-03-03"}, {"4", "2021-03-04"}});
}

TEST_CASE("a pair that cannot be two days keeps the first date alone") {
  CHECK(dates_in("Prices rose on March 3 to 15 pct.") == Dates{{"March 3", "2020-03-03"}});
  CHECK(dates_in("On March 3 and 15 people died.") == Dates{{"March 3", "2020-03-03"}});
  CHECK(dates_in("The match on July 20-4 drew a crowd.") == Dates{{"July 20", "2020-07-20"}});
}

TEST_CASE("a spaced hyphen after a dateline is no range") {
  const Dates d = dates_in("BOSTON, March 25 - 4th qtr profit rose.");
  REQUIRE(d.size() == 2);
  CHECK(d[0] == std::pair<std::string, std::string>{"March 25", "2020-03-25"});
  CHECK(d[1].first == "4th qtr");
}
