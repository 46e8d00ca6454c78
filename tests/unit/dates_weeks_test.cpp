// Dates stage: weeks named by their place in a month or a year, or by a day in them, valued as
// ISO weeks; weekdays counted in a month next to the anchor's, or named as coming. Sentences
// written for these tests; anchor Friday 2020-08-07 (ISO week 32).
#include <doctest/doctest.h>

#include <optional>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

const char* kAnchor = "2020-08-07";

std::string value_of(std::string_view sentence, std::string_view text, const char* anchor = kAnchor) {
  return test::date_value(sentence, text, anchor);
}

}  // namespace

TEST_CASE("the nth week of a month is its nth whole week") {
  // October 2014 opens on a Wednesday: its first whole week starts Monday the 6th
  CHECK(value_of("Sales slowed in the first week of October 2014.", "the first week of October 2014") ==
        "2014-W41");
  // March 2009 ends on a Tuesday: its last whole week ends Sunday the 29th
  CHECK(value_of("Orders picked up in the last week of March 2009.", "the last week of March 2009") ==
        "2009-W13");
  // no year: the month by the anchor's policy (past reporting: July 2020)
  CHECK(value_of("Traffic dipped in the second week of July, data showed.", "the second week of July") ==
        "2020-W29");
  CHECK(value_of("Talks resume in the second week of next month.", "the second week of next month") ==
        "2020-W38");
}

TEST_CASE("the nth week of a year is its ISO week; the last one holds December 28") {
  CHECK(value_of("Output peaked in the 3rd week of 2018.", "the 3rd week of 2018") == "2018-W03");
  CHECK(value_of("Shops were busy in the last week of 2016.", "the last week of 2016") == "2016-W52");
  CHECK(value_of("It rained in the third last week of 2018.", "the third last week of 2018") == "2018-W50");
  CHECK(value_of("Votes are counted in the final week of this year.", "the final week of this year") ==
        "2020-W53");
}

TEST_CASE("the week of a day is that day's ISO week") {
  CHECK(value_of("Plants will idle the week of March 23, 2020, the firm said.",
                 "the week of March 23, 2020") == "2020-W13");
  CHECK(value_of("Crews return the week of 14 September.", "the week of 14 September") == "2020-W38");
}

TEST_CASE("a week named without any date stays undated, and the last week alone is relative") {
  CHECK(value_of("Crowds grew in the final week of the year.", "the final week of the year", "") ==
        "XXXX-WXX");
  CHECK(value_of("Prices rose over the last week, traders said.", "the last week") == "2020-W31");
}

TEST_CASE("the nth weekday or the last day of a month next to the anchor's") {
  CHECK(value_of("The board meets on the first Tuesday of next month.", "the first Tuesday of next month") ==
        "2020-09-01");
  CHECK(value_of("Shares slid on the second Monday of last month.", "the second Monday of last month") ==
        "2020-07-13");
  CHECK(value_of("Rent is due on the last day of next month.", "the last day of next month") == "2020-09-30");
  CHECK(value_of("Payday is the last Friday of the month.", "the last Friday of the month") == "2020-08-28");
}

TEST_CASE("a coming weekday is the next one") {
  CHECK(value_of("The panel reports coming Thursday.", "coming Thursday") == "2020-08-13");
  CHECK(value_of("We expect a ruling this upcoming Monday.", "this upcoming Monday") == "2020-08-10");
}

TEST_CASE("a week named before its weekday") {
  CHECK(value_of("The panel sits next week on Tuesday.", "next week on Tuesday") == "2020-08-11");
  CHECK(value_of("It was filed last week Monday.", "last week Monday") == "2020-07-27");
  // a comma ends the week: "Monday" is its own expression
  CHECK(value_of("Prices rose last week, Monday figures showed.", "last week") == "2020-W31");
}
