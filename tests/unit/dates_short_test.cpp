// Dates stage on short expressions: numeric month/day forms, days in words, weekday composites,
// holidays, clock forms and decimal durations, and the look-ahead of a sentence made of nothing
// but temporal words. Sentences written for these tests; anchor Friday 2020-08-07 unless stated.
#include <doctest/doctest.h>

#include <optional>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

const char* kAnchor = "2020-08-07";  // a Friday

std::optional<DateItem> date_of(const Analysis& a, std::string_view text) {
  for (const DateItem& d : a.extraction.dates)
    if (test::text_of(a, d.span) == text) return d;
  return std::nullopt;
}

std::string value_of(std::string_view sentence, std::string_view text, const char* anchor = kAnchor) {
  const Analysis a = test::analyze(sentence, anchor);
  auto d = date_of(a, text);
  return d ? d->value : "<none>";
}

size_t count_dates(std::string_view sentence) {
  return test::analyze(sentence, kAnchor).extraction.dates.size();
}

}  // namespace

TEST_CASE("a sentence of temporal words alone looks ahead; reported events stay in the past") {
  CHECK(value_of("Tuesday", "Tuesday") == "2020-08-11");
  CHECK(value_of("on march 3", "march 3") == "2021-03-03");
  CHECK(value_of("Next thanksgiving", "Next thanksgiving") == "2020-11-26");
  CHECK(value_of("The board met Tuesday to weigh the offer.", "Tuesday") == "2020-08-04");
  CHECK(value_of("The museum reopened on March 3, its director said.", "March 3") == "2020-03-03");
}

TEST_CASE("numeric month/day dates without a year, but not fractions or odds") {
  CHECK(value_of("The filing deadline moved to 9/14, the agency said.", "9/14") == "2020-09-14");
  CHECK(value_of("Ballots postmarked by 28/07 were counted.", "28/07") == "2020-07-28");
  CHECK(value_of("The index was revised on 2020-7-4 and again later.", "2020-7-4") == "2020-07-04");
  CHECK(value_of("Figures for 2019-6 were restated.", "2019-6") == "2019-06");
  CHECK(value_of("Output peaked in 2019Q3 before falling.", "2019Q3") == "2019-Q3");
  CHECK(count_dates("The shares rose 3/8 to 41 1/2 in early trading.") == 0);
  CHECK(count_dates("The colt is the 5/2 favourite for the cup.") == 0);
  CHECK(count_dates("He lost the tie-break 6-7 (5/7) on court two.") == 0);
}

TEST_CASE("lower-case months before a day and days written in words") {
  CHECK(value_of("The shipment left the port on march 5, the log shows.", "march 5") == "2020-03-05");
  CHECK(value_of("The fair opened on the second of august, organizers said.", "the second of august") ==
        "2020-08-02");
  CHECK(value_of("Voting closed on March first, officials said.", "March first") == "2020-03-01");
  CHECK(value_of("The rally was held on June the 12th, police said.", "June the 12th") == "2020-06-12");
  CHECK(value_of("Tickets went on sale on the twenty-third of July.", "the twenty-third of July") ==
        "2020-07-23");
  // bare lower-case "may" and "march" stay words
  CHECK(count_dates("Protesters may march through the square.") == 0);
}

TEST_CASE("a day of a month left to the anchor") {
  CHECK(value_of("The clinic closed on the 3rd, a nurse said.", "the 3rd") == "2020-08-03");
  CHECK(value_of("Rent is due on the 20th of next month.", "the 20th of next month") == "2020-09-20");
  CHECK(value_of("The fund paid out on the 15th of last month.", "the 15th of last month") == "2020-07-15");
  CHECK(value_of("The mayor spoke Sunday the 2nd about the budget.", "Sunday the 2nd") == "2020-08-02");
  CHECK(value_of("Polls open the first Tuesday of November.", "the first Tuesday of November") ==
        "2020-11-03");
  CHECK(value_of("The race is held the last Monday of May 2021.", "the last Monday of May 2021") ==
        "2021-05-31");
  CHECK(count_dates("She works on the 14th floor of the tower.") == 0);
}

TEST_CASE("weekdays with a date or a week") {
  // the weekday picks the year: Friday July 18 fell in 2014
  CHECK(value_of("Fri, Jul 18", "Fri, Jul 18", "2013-02-12") == "2014-07-18");
  CHECK(value_of("Sat, Sep 21, 2019", "Sat, Sep 21, 2019") == "2019-09-21");
  CHECK(value_of("The panel meets Wednesday next week.", "Wednesday next week") == "2020-08-12");
  CHECK(value_of("Monday after next", "Monday after next") == "2020-08-17");
  CHECK(value_of("sat.", "sat.") == "2020-08-08");
  CHECK(count_dates("The old dog sat.") == 0);
}

TEST_CASE("holidays in any case, with a year or a relation") {
  CHECK(value_of("Stores will open early on black friday.", "black friday") == "2020-11-27");
  CHECK(value_of("Stores saw crowds on black friday.", "black friday") == "2019-11-29");
  CHECK(value_of("The parade returned for thanksgiving 2016.", "thanksgiving 2016") == "2016-11-24");
  CHECK(value_of("Sales rose around Easter of 2019, the chain said.", "Easter of 2019") == "2019-04-21");
  CHECK(value_of("The shop closed last Halloween.", "last Halloween") == "2019-10-31");
}

TEST_CASE("quarter and year abbreviations") {
  CHECK(value_of("Margins shrank in the 2nd qtr of 2019.", "the 2nd qtr of 2019") == "2019-Q2");
  CHECK(value_of("Sales beat last yr by a wide margin.", "last yr") == "2019");
}

TEST_CASE("clock forms") {
  CHECK(value_of("The polls closed at 15h30 in Paris.", "15h30") == "2020-08-07T15:30");
  CHECK(value_of("The bell rang at 1140 a.m. sharp.", "1140 a.m.") == "2020-08-07T11:40");
  CHECK(value_of("The ship docked at half past 3 pm.", "half past 3 pm") == "2020-08-07T15:30");
  CHECK(value_of("The ship docked at a quarter to noon.", "a quarter to noon") == "2020-08-07T11:45");
  CHECK(value_of("The log ends at 17:49:19 exactly.", "17:49:19") == "2020-08-07T17:49:19");
  // a date before its time stays its own expression; the time takes its day
  CHECK(value_of("The launch is set for Tue, Sep 8, 2020 19h00.", "19h00") == "2020-09-08T19:00");
  CHECK(value_of("The meeting moved to 9/15 at 10:30.", "10:30") == "2020-09-15T10:30");
}

TEST_CASE("durations with a decimal amount") {
  CHECK(value_of("The flight lasted 2.5 hours.", "2.5 hours") == "PT2.5H");
  CHECK(value_of("The contract runs for 3.5years.", "3.5years") == "P3.5Y");
  CHECK(value_of("The test ran for 45 mins.", "45 mins") == "PT45M");
}

TEST_CASE("alone in its sentence, the anchor's own weekday is next week's") {
  CHECK(value_of("friday", "friday") == "2020-08-14");
  CHECK(value_of("The council voted Friday.", "Friday") == "2020-08-07");
}

TEST_CASE("year-month forms and ranges of years") {
  CHECK(value_of("Output fell in march 2015, the ministry said.", "march 2015") == "2015-03");
  CHECK(value_of("The card expires 10/2022.", "10/2022") == "2022-10");
  // a digit that follows the year's last is the second year of a range, not a month
  const Analysis a = test::analyze("The 2005-6 budget was cut.", kAnchor);
  REQUIRE(a.extraction.dates.size() == 2);
  CHECK(a.extraction.dates[0].value == "2005");
  CHECK(a.extraction.dates[1].value == "2006");
}

TEST_CASE("end of a unit without an article, and the week after next") {
  const Analysis a = test::analyze("The firm hopes to close the deal by end of year.", kAnchor);
  auto d = date_of(a, "end of year");
  REQUIRE(d);
  CHECK(d->value == "2020");
  CHECK(d->mod == "end");
  CHECK(value_of("The report is due the week after next.", "the week after next") == "2020-W34");
}

TEST_CASE("holidays keep their words without an anchor; 24-hour readings are not durations") {
  const Analysis a = test::analyze("Fireworks are banned on the Fourth of July.");
  auto d = date_of(a, "the Fourth of July");
  REQUIRE(d);
  CHECK(d->value == "XXXX-07-04");
  // a 24-hour clock reading is a time of day, not a duration of 2,200 hours
  const auto curfew = date_of(test::analyze("The curfew starts at 2200 hrs.", kAnchor), "2200 hrs");
  REQUIRE(curfew);
  CHECK(curfew->type == DateType::Time);
  CHECK(curfew->value == "2020-08-07T22:00");
  CHECK(value_of("The crossing takes two to 2.5 hours.", "two to 2.5 hours") == "PT2H");
}

TEST_CASE("amounts of falling units make one duration") {
  CHECK(value_of("The hearing lasted 2 hours and 15 minutes.", "2 hours and 15 minutes") == "PT2H15M");
  CHECK(value_of("She spent one year, six months abroad.", "one year, six months") == "P1Y6M");
  // not falling units: two durations
  const Analysis a = test::analyze("He served 10 years, 5 years of it abroad.", kAnchor);
  CHECK(date_of(a, "10 years"));
  CHECK(date_of(a, "5 years"));
}

TEST_CASE("years with their era, and the last day of a month") {
  CHECK(value_of("The town was buried in AD 79.", "AD 79") == "0079");
  CHECK(value_of("The wall dates from 300 BC, experts say.", "300 BC") == "BC0300");
  CHECK(count_dates("The fund holds 100 AD shares.") == 0);
  CHECK(value_of("Bids close on the last day of February.", "the last day of February") == "2020-02-29");
  CHECK(value_of("Rent was due by the last day of the month.", "the last day of the month") == "2020-08-31");
}
