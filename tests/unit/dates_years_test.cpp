// Dates stage: years written by their last two digits after an apostrophe, and decades written
// without their century. Sentences written for these tests; anchor 2020-08-07 unless a case says otherwise.
#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

std::string value_of(std::string_view sentence, std::string_view text, const char* anchor = "2020-08-07") {
  return test::date_value(sentence, text, anchor);
}

}  // namespace

TEST_CASE("a short year after a time preposition, a month or a season") {
  CHECK(value_of("Bond yields hit their lowest level since '82.", "'82") == "1982");
  CHECK(value_of("The pair met in April '87 at a dance.", "April '87") == "1987-04");
  CHECK(value_of("Nothing matched the summer of '69, he said.", "the summer of '69") == "1969-SU");
  // the anchor's century unless that is more than ten years ahead of it
  CHECK(value_of("Fans still talk of the final in '14.", "'14") == "2014");
  CHECK(value_of("Fans still talk of the final in '14.", "'14", "1998-05-01") == "1914");
}

TEST_CASE("other apostrophes before digits are no years") {
  CHECK(value_of("He restored a '57 Chevy.", "'57") == "<none>");
  CHECK(value_of("She said '82 votes' were missing.", "'82") == "<none>");
  CHECK(value_of("The '90s were loud.", "'90s") == "<none>");
}

TEST_CASE("years said aloud with or without a hyphen in their last two words") {
  CHECK(value_of("The mill opened in nineteen eighty six.", "nineteen eighty six") == "1986");
  CHECK(value_of("The mill opened in nineteen eighty-six.", "nineteen eighty-six") == "1986");
}

TEST_CASE("a two-digit decade after a measured level is the level's figure") {
  CHECK(value_of("Youth unemployment in the county is in the mid-30s, the report said.", "the mid-30s") ==
        "<none>");
  CHECK(value_of("Temperatures stayed in the 60s along the coast.", "the 60s") == "<none>");
  CHECK(value_of("Analysts said the firm was worth in the mid 30s a share.", "the mid 30s") == "<none>");
  // without a level word, and with the century, a decade it stays
  CHECK(value_of("The band was famous in the mid-60s.", "the mid-60s") == "196");
  CHECK(value_of("Unemployment rose sharply in the 1930s.", "the 1930s") == "193");
}

TEST_CASE("every decade of a list after a possessive or a level word is an age or a level") {
  CHECK(value_of("The game keeps players busy in their 30s, 40s and 50s.", "40s") == "<none>");
  CHECK(value_of("The game keeps players busy in their 30s, 40s and 50s.", "50s") == "<none>");
  CHECK(value_of("Bids came in the low 80s or 90s.", "90s") == "<none>");
  // a list of decades without either is a list of decades
  CHECK(value_of("Songs of the 50s, 60s and 70s filled the chart.", "70s") == "197");
  CHECK(value_of("Cars of the 1940s, 50s and 60s were shown.", "50s") == "195");
}
