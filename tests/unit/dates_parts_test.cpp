// Dates stage: clock times next to a part of day ("this evening at 8", "4 in the morning", "nine
// tonight") and "midday". Sentences written for these tests; anchor Friday 2020-08-07.
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

std::string value_of(std::string_view sentence, std::string_view text) {
  const Analysis a = test::analyze(sentence, kAnchor);
  auto d = date_of(a, text);
  return d ? d->value : "<none>";
}

bool has_item(std::string_view sentence, std::string_view text) {
  return date_of(test::analyze(sentence, kAnchor), text).has_value();
}

}  // namespace

TEST_CASE("a part of day followed by a bare hour is one time, in that half of the day") {
  CHECK(value_of("The ferry leaves this evening at 8, the captain said.", "this evening at 8") ==
        "2020-08-07T20");
  CHECK(value_of("Guards changed shifts Saturday morning at 6, a log showed.", "Saturday morning at 6") ==
        "2020-08-01T06");
  CHECK(value_of("The council met this afternoon at two.", "this afternoon at two") == "2020-08-07T14");
  CHECK(value_of("Doors open tonight @ 10:45 for members.", "tonight @ 10:45") == "2020-08-07T22:45");
  CHECK(value_of("The pumps failed yesterday evening at 9 and again later.", "yesterday evening at 9") ==
        "2020-08-06T21");
}

TEST_CASE("a bare hour before a part of day is a time after a word like at") {
  CHECK(value_of("The blast woke residents at 4 in the morning.", "4 in the morning") == "2020-08-07T04");
  CHECK(value_of("She phoned the station at 730 in the evening.", "730 in the evening") ==
        "2020-08-07T19:30");
  CHECK(value_of("The count ends at nine tonight.", "nine tonight") == "2020-08-07T21");
  CHECK(value_of("The bells rang at 3 o'clock in the afternoon.", "3 o'clock in the afternoon") ==
        "2020-08-07T15");
  CHECK(value_of("Flights resume by 6 tomorrow morning.", "6 tomorrow morning") == "2020-08-08T06");
  // a number that counts something is not an hour
  CHECK_FALSE(has_item("The home side scored 3 tonight against the leaders.", "3 tonight"));
  CHECK(has_item("The home side scored 3 tonight against the leaders.", "tonight"));
}

TEST_CASE("a clock stating am or pm stays its own expression after a part of day") {
  const char* s = "Relatives will call Sunday night at 8 p.m. from the hotel.";
  CHECK(has_item(s, "Sunday night"));
  CHECK(value_of(s, "8 p.m.") == "2020-08-09T20");
  CHECK_FALSE(has_item(s, "Sunday night at 8 p.m."));
  CHECK(has_item("Markets opened this morning at 9:30am in Tokyo.", "this morning"));
  CHECK(value_of("Markets opened this morning at 9:30am in Tokyo.", "9:30am") == "2020-08-07T09:30");
}

TEST_CASE("a bare hour running into a name or a counted noun is no time") {
  const char* s = "The premier spoke this morning at 10 Downing Street.";
  CHECK(has_item(s, "this morning"));
  CHECK_FALSE(has_item(s, "this morning at 10"));
  CHECK_FALSE(has_item("Crews worked Friday evening at 12 sites across the city.", "Friday evening at 12"));
  CHECK_FALSE(has_item("The index stood this morning at 3.5 percent.", "this morning at 3"));
}

TEST_CASE("midday is noon") {
  CHECK(value_of("Trading was halted at midday in London.", "midday") == "2020-08-07T12");
}

TEST_CASE("a clock written with a dot before am or pm") {
  CHECK(value_of("The match kicked off at 7.45pm in heavy rain.", "7.45pm") == "2020-08-07T19:45");
  CHECK(value_of("Polls closed at 10.15 p.m. on Thursday.", "10.15 p.m. on Thursday") == "2020-08-06T22:15");
  // without am/pm a dotted number is no clock
  CHECK_FALSE(has_item("The index closed at 7.45 in thin trade.", "7.45"));
}

TEST_CASE("weekdays repeated in a part of day keep the part") {
  CHECK(value_of("The choir rehearses Tuesday nights in the hall.", "Tuesday nights") == "XXXX-WXX-2TNI");
  CHECK(value_of("The market runs Friday mornings.", "Friday mornings") == "XXXX-WXX-5TMO");
}

TEST_CASE("clock times in words") {
  CHECK(value_of("The ministers gather at about three p.m. local time.", "three p.m.") == "2020-08-07T15");
  CHECK(value_of("The ferry docked at ten forty-five am.", "ten forty-five am") == "2020-08-07T10:45");
  CHECK(value_of("Curfew starts at half past nine pm.", "half past nine pm") == "2020-08-07T21:30");
  CHECK(value_of("The alarm rang at one oh five a m.", "one oh five a m") == "2020-08-07T01:05");
  // "PM" in capitals after a number word is a prime minister
  CHECK_FALSE(has_item("Not one PM has managed it.", "one PM"));
}

TEST_CASE("the day before yesterday and after tomorrow, with or without the article") {
  CHECK(value_of("The vote is set for day after tomorrow.", "day after tomorrow") == "2020-08-09");
  CHECK(value_of("He flew out day before yesterday.", "day before yesterday") == "2020-08-05");
}

TEST_CASE("a duration glued to a rate's amount is no duration") {
  const Analysis a = test::analyze("It grew into a $400-million-a-year business within two years.", "2016-10-01");
  CHECK_FALSE(date_of(a, "a-year").has_value());
  CHECK(date_of(a, "two years").has_value());
}
