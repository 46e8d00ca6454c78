// Dates stage: movable feasts counted from Easter and fixed-date holidays added to words.tsv.
// Sentences written for these tests; anchor Friday 2020-08-07 (Easter 2020 fell on April 12).
#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

const char* kAnchor = "2020-08-07";

std::string value_of(std::string_view sentence, std::string_view text) {
  return test::date_value(sentence, text, kAnchor);
}

}  // namespace

TEST_CASE("feasts counted from Easter") {
  CHECK(value_of("Pilgrims filled the square on Palm Sunday.", "Palm Sunday") == "2020-04-05");
  CHECK(value_of("The pope washed feet on Maundy Thursday.", "Maundy Thursday") == "2020-04-09");
  CHECK(value_of("Churches reopened for Pentecost, the bishop said.", "Pentecost") == "2020-05-31");
  CHECK(value_of("Lent begins on Ash Wednesday 2021.", "Ash Wednesday 2021") == "2021-02-17");
  CHECK(value_of("Beaches were packed on Whit Monday.", "Whit Monday") == "2020-06-01");
}

TEST_CASE("fixed and nth-weekday holidays") {
  CHECK(value_of("Wreaths were laid on Remembrance Sunday, the day of the march.", "Remembrance Sunday") ==
        "2019-11-10");
  CHECK(value_of("Wreaths were laid on Remembrance Sunday last year.", "Remembrance Sunday last year") ==
        "2019-11-10");
  CHECK(value_of("The marathon is run on Patriots' Day.", "Patriots' Day") == "2020-04-20");
  CHECK(value_of("Fireworks are sold out for Bonfire Night.", "Bonfire Night") == "2020-11-05");
  CHECK(value_of("Flags flew for St. George's Day in April.", "St. George's Day") == "2020-04-23");
}

TEST_CASE("a holiday word used as a common noun is no date") {
  CHECK(value_of("She had an epiphany about the budget.", "epiphany") == "<none>");
}

TEST_CASE("a holiday word inside a proper name is no date, a date word after it keeps the day") {
  CHECK(value_of("The statues of Easter Island drew tourists.", "Easter") == "<none>");
  CHECK(value_of("Flights to Christmas Island were cut.", "Christmas") == "<none>");
  CHECK(value_of("The shop shut on Christmas Eve.", "Christmas Eve") == "2019-12-24");
}

TEST_CASE("the newspaper USA TODAY is no date") {
  CHECK(value_of("The senator told USA TODAY the vote was close.", "TODAY") == "<none>");
  CHECK(value_of("The senator told USA Today the vote was close.", "Today") == "<none>");
  CHECK(value_of("Few firms in the USA today pay that.", "today") == "2020-08-07");
}

TEST_CASE("a radio or television programme named Today or Tonight is no date") {
  CHECK(value_of("The minister told Radio Orla's Today programme he would stay.", "Today") == "<none>");
  CHECK(value_of("She said on the Tonight show that it was over.", "Tonight") == "<none>");
  CHECK(value_of("He told Today presenter Ann Lee he agreed.", "Today") == "<none>");
  CHECK(value_of("Today marks the start of the talks.", "Today") == "2020-08-07");
  CHECK(value_of("The talks end late. Tonight the leaders dine.", "Tonight") == "2020-08-07");
  // capitalized inside a sentence, after a word or a comma, the day word is a name
  CHECK(value_of("Mr Balls told Today that the plan would fail.", "Today") == "<none>");
  CHECK(value_of("Defending the plans, he said on Today: \"We will act.\"", "Today") == "<none>");
  CHECK(value_of("The channel, once known as Russia Today, was renamed.", "Today") == "<none>");
  // alone in quotation marks, after a possessive ("NBC's") or a noun, the day word is a title
  CHECK(value_of("The aide spoke on the network's \"Today\" program at dawn.", "Today") == "<none>");
  CHECK(value_of("The poll, published in \"Tonight,\" showed a lead.", "Tonight") == "<none>");
  CHECK(value_of("\"Today we vote,\" he said.", "Today") == "2020-08-07");
}

TEST_CASE("an award named 'of the year' is no date; a part of the year is one") {
  CHECK(value_of("She was named player of the year on Friday.", "the year") == "<none>");
  CHECK(value_of("Their debut won album of the year.", "the year") == "<none>");
  CHECK(value_of("Sales rose at the end of the year.", "the end of the year") == "2020");
  CHECK(value_of("Prices rose for most of the year.", "the year") == "2020");
}

TEST_CASE("a holiday followed by a preposition is the day, and a clock after it takes that day") {
  const Analysis a = test::analyze("The family will dine on Christmas at 6 pm.", kAnchor);
  bool christmas = false;
  std::string clock;
  for (const DateItem& d : a.extraction.dates) {
    if (test::text_of(a, d.span) == "Christmas") christmas = d.value == "2020-12-25";
    if (test::text_of(a, d.span) == "6 pm") clock = d.value;
  }
  CHECK(christmas);
  CHECK(clock == "2020-12-25T18");
  CHECK(value_of("Shops sold out of Easter eggs.", "Easter") == "<none>");
}

TEST_CASE("a holiday with a year relation after it") {
  CHECK(value_of("Sales at Christmas last year were weak.", "Christmas last year") == "2019-12-25");
  CHECK(value_of("Easter this year fell in April.", "Easter this year") == "2020-04-12");
  CHECK(value_of("Crowds are expected on Black Friday of next year.", "Black Friday of next year") ==
        "2021-11-26");
}

TEST_CASE("international observance days of the UN and the WHO") {
  CHECK(value_of("Nurses marched on World Health Day.", "World Health Day") == "2020-04-07");
  CHECK(value_of("The report came out on World Environment Day 2019.", "World Environment Day 2019") ==
        "2019-06-05");
  CHECK(value_of("Editors spoke out on World Press Freedom Day.", "World Press Freedom Day") == "2020-05-03");
  CHECK(value_of("Camps held vigils on World Refugee Day.", "World Refugee Day") == "2020-06-20");
  CHECK(value_of("The charter was read aloud on Human Rights Day 2019.", "Human Rights Day 2019") ==
        "2019-12-10");
  CHECK(value_of("Schools closed for the International Day of Peace 2019.",
                 "International Day of Peace 2019") == "2019-09-21");
  CHECK(value_of("Survivors spoke on Holocaust Memorial Day.", "Holocaust Memorial Day") == "2020-01-27");
  CHECK(value_of("Teachers were thanked on World Teachers' Day 2019.", "World Teachers' Day 2019") ==
        "2019-10-05");
}

TEST_CASE("'this' holiday is the coming one, or one of the past week") {
  CHECK(value_of("Families are planning for this Easter already.", "this Easter") == "2021-04-04");
  CHECK(test::date_value("Shops hope this Christmas will be busy.", "this Christmas", "2020-02-10") ==
        "2020-12-25");
  CHECK(test::date_value("Sales were weak this Christmas, retailers said.", "this Christmas", "2020-12-28") ==
        "2020-12-25");
}
