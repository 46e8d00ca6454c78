// Dates stage: Hindu festivals from the Sun and the Moon (dates_hindu.cpp). The longitudes are
// checked against the worked examples of Meeus's "Astronomical Algorithms" (ex. 25.a, 47.a), the
// festival days against the published Indian calendars of 2017-2024; sentences are written for
// these tests.
#include "extract/dates_hindu.hpp"

#include <doctest/doctest.h>

#include "extract/dates_calendars.hpp"
#include "test_support.hpp"

using namespace newsclaim;

namespace {

std::string lunar(int month, int tithi, int year, TithiRule rule) {
  const auto d = hindu_lunar_date(month, tithi, year, rule);
  return d ? newsclaim::timex::format_date(*d) : "<none>";
}

std::string solar(int sign, int year) {
  const auto d = sankranti_date(sign, year);
  return d ? newsclaim::timex::format_date(*d) : "<none>";
}

}  // namespace

TEST_CASE("the Sun's and the Moon's longitudes agree with Meeus's worked examples") {
  CHECK(sun_longitude(2448908.5) == doctest::Approx(199.90895).epsilon(0.00005));    // 1992 Oct 13.0
  CHECK(moon_longitude(2448724.5) == doctest::Approx(133.167265).epsilon(0.00005));  // 1992 Apr 12.0
}

TEST_CASE("festivals kept at sunrise fall on the published days") {
  // Ganesh Chaturthi: Bhadrapada shukla chaturthi
  CHECK(lunar(6, 4, 2019, TithiRule::Sunrise) == "2019-09-02");
  CHECK(lunar(6, 4, 2023, TithiRule::Sunrise) == "2023-09-19");
  // Navaratri begins: Ashvin shukla pratipada; Ugadi: Chaitra shukla pratipada
  CHECK(lunar(7, 1, 2023, TithiRule::Sunrise) == "2023-10-15");
  CHECK(lunar(1, 1, 2024, TithiRule::Sunrise) == "2024-04-09");
  // Guru Nanak Jayanti and Buddha Purnima: Kartika and Vaishakha purnima
  CHECK(lunar(8, 15, 2023, TithiRule::Sunrise) == "2023-11-27");
  CHECK(lunar(2, 15, 2020, TithiRule::Sunrise) == "2020-05-07");
  // Chhath: Kartika shukla shashthi
  CHECK(lunar(8, 6, 2024, TithiRule::Sunrise) == "2024-11-07");
}

TEST_CASE("festivals kept at sunset, in mid-morning and at midnight") {
  // Diwali, Ashvin amavasya at sunset: in 2022 amavasya began in the late afternoon of 24 October
  CHECK(lunar(7, 30, 2019, TithiRule::Sunset) == "2019-10-27");
  CHECK(lunar(7, 30, 2022, TithiRule::Sunset) == "2022-10-24");
  CHECK(lunar(7, 30, 2023, TithiRule::Sunset) == "2023-11-12");
  // Karva Chauth: a chaturthi that holds no sunset is kept on the day it begins
  CHECK(lunar(7, 19, 2018, TithiRule::Sunset) == "2018-10-27");
  // Dussehra: dashami at 10:30, whether it began the evening before or ends at midday
  CHECK(lunar(7, 10, 2019, TithiRule::Midmorning) == "2019-10-08");
  CHECK(lunar(7, 10, 2020, TithiRule::Midmorning) == "2020-10-25");
  CHECK(lunar(7, 10, 2024, TithiRule::Midmorning) == "2024-10-12");
  // Maha Shivaratri: Magha krishna chaturdashi at midnight
  CHECK(lunar(11, 29, 2023, TithiRule::Midnight) == "2023-02-18");
  CHECK(lunar(11, 29, 2024, TithiRule::Midnight) == "2024-03-08");
}

TEST_CASE("the Sun's entry into a sidereal sign names the solar festivals' days") {
  CHECK(solar(10, 2021) == "2021-01-14");  // Makar Sankranti, entry in the morning
  CHECK(solar(10, 2023) == "2023-01-15");  // entry after sunset on the 14th
  CHECK(solar(1, 2019) == "2019-04-14");   // Vaisakhi
}

TEST_CASE("words.tsv rules reach the Hindu days, with a shift of days") {
  const auto diwali_eve = other_calendar_date("hindu-eve", 7, 30, 2021);
  REQUIRE(diwali_eve);
  CHECK(newsclaim::timex::format_date(*diwali_eve) == "2021-11-04");
  CHECK_FALSE(other_calendar_date("hindu", 13, 1, 2021));
  CHECK_FALSE(other_calendar_date("hindu", 1, 31, 2021));
  CHECK_FALSE(other_calendar_date("sankranti", 0, 1, 2021));
}

TEST_CASE("festival names in sentences resolve against the publication date") {
  const char* anchor = "2021-06-15";
  CHECK(test::date_value("Shops stayed open late before Diwali 2022.", "Diwali 2022", anchor) ==
        "2022-10-24");
  CHECK(test::date_value("Crowds gathered for Holi this year.", "Holi this year", anchor) == "2021-03-29");
  CHECK(test::date_value("The rally will be held on Dussehra.", "Dussehra", anchor) == "2021-10-15");
  CHECK(test::date_value("Trains will be full before Chhoti Diwali.", "Chhoti Diwali", anchor) ==
        "2021-11-03");
  CHECK(test::date_value("Farmers marked Pongal 2018 quietly.", "Pongal 2018", anchor) == "2018-01-14");
  CHECK(test::date_value("Sales rose ahead of Raksha Bandhan.", "Raksha Bandhan", anchor) == "2021-08-22");
  CHECK(test::date_value("Temples were lit for Maha Shivaratri.", "Maha Shivaratri", anchor) == "2021-03-11");
}

TEST_CASE("'holi' inside a longer word is no festival") {
  const Analysis a = test::analyze("The holiday weekend drew record crowds to the coast.", "2021-06-15");
  for (const DateItem& d : a.extraction.dates) CHECK(test::text_of(a, d.span) != "holi");
}
