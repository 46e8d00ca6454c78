// Dates stage: holidays that calendars other than the Gregorian one fix (Islamic Umm al-Qura,
// Hebrew, Chinese, Persian) and Orthodox Easter. Expected days are the published calendar facts;
// sentences written for these tests; anchor Friday 2020-08-07.
#include "extract/dates_calendars.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

const char* kAnchor = "2020-08-07";

std::string value_of(std::string_view sentence, std::string_view text) {
  return test::date_value(sentence, text, kAnchor);
}

std::string day(std::string_view calendar, int month, int d, int year) {
  const auto ymd = other_calendar_date(calendar, month, d, year);
  return ymd ? newsclaim::timex::format_date(*ymd) : "<none>";
}

bool names_entity(const Analysis& a, std::string_view name) {
  for (const Entity& e : a.extraction.entities)
    if (e.name == name) return true;
  return false;
}

}  // namespace

TEST_CASE("a day of another calendar falls on its Gregorian day") {
  CHECK(day("islamic", 9, 1, 2020) == "2020-04-24");    // 1 Ramadan 1441
  CHECK(day("islamic", 10, 1, 2020) == "2020-05-24");   // Eid al-Fitr
  CHECK(day("islamic", 12, 10, 2020) == "2020-07-31");  // Eid al-Adha
  CHECK(day("hebrew", 1, 10, 2020) == "2020-09-28");    // Yom Kippur 5781
  CHECK(day("hebrew", 8, 15, 2020) == "2020-04-09");    // Passover 5780
  CHECK(day("hebrew", 3, 25, 2020) == "2020-12-11");    // Hanukkah 5781
  CHECK(day("hebrew", 7, 14, 2019) == "2019-03-21");    // Purim in a leap year falls in Adar II
  CHECK(day("chinese", 1, 1, 2020) == "2020-01-25");
  CHECK(day("chinese", 8, 15, 2020) == "2020-10-01");  // Mid-Autumn Festival
  CHECK(day("persian", 1, 1, 2020) == "2020-03-20");   // Nowruz
}

TEST_CASE("a lunar day that comes twice in one Gregorian year is its first") {
  const auto first = other_calendar_date("islamic", 10, 1, 2000);
  REQUIRE(first);
  CHECK(first->m == 1);  // 1 Shawwal came in January 2000 and again in late December
}

TEST_CASE("an unknown calendar or a day outside the calendar has no date") {
  CHECK(day("mayan", 1, 1, 2020) == "<none>");
  CHECK(day("islamic", 14, 1, 2020) == "<none>");
  CHECK(day("hebrew", 1, 0, 2020) == "<none>");
}

TEST_CASE("Orthodox Easter follows the Julian computus") {
  CHECK(newsclaim::timex::format_date(orthodox_easter(2020)) == "2020-04-19");
  CHECK(newsclaim::timex::format_date(orthodox_easter(2021)) == "2021-05-02");
  CHECK(newsclaim::timex::format_date(orthodox_easter(2017)) ==
        "2017-04-16");  // the same Sunday as Western Easter
}

TEST_CASE("holidays of other calendars in sentences, resolved around the anchor") {
  CHECK(value_of("Shops stayed open late during Ramadan.", "Ramadan") == "2020-04-24");
  CHECK(value_of("Prayers were held on Eid al-Fitr.", "Eid al-Fitr") == "2020-05-24");
  CHECK(value_of("The city will be quiet on Yom Kippur.", "Yom Kippur") == "2020-09-28");
  CHECK(value_of("Trains were full before the Spring Festival.", "the Spring Festival") == "2020-01-25");
  CHECK(value_of("Markets reopen after Nowruz 2021.", "Nowruz 2021") == "2021-03-21");  // 1 Farvardin 1400
  CHECK(value_of("Families met for Passover last year.", "Passover last year") == "2019-04-20");
  CHECK(value_of("Bells rang for Orthodox Easter.", "Orthodox Easter") == "2020-04-19");
  CHECK(value_of("Rockets fell on the eve of Eid ul-Adha 2019.", "Eid ul-Adha 2019") == "2019-08-11");
}

TEST_CASE("names made of common words are holidays only when capitalized") {
  CHECK(value_of("The village holds a spring festival every May.", "spring festival") == "<none>");
  CHECK(value_of("It was a day of atonement for the club.", "day of atonement") == "<none>");
}

TEST_CASE("a holiday of another calendar is no organization or person") {
  const Analysis a = test::analyze("Muslims marked Eid al-Fitr and Jews Yom Kippur.", kAnchor);
  CHECK_FALSE(names_entity(a, "Eid"));
  CHECK_FALSE(names_entity(a, "Yom Kippur"));
}
