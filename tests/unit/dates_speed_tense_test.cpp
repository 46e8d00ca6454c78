// Dates stage: whether an expression's sentence looks forward is worked out only when its
// resolution asks (LazyTense), not for every weekday, month or quarter kept. The values must be
// those the eager answer gave: ahead after a future cue, behind after a past verb, for the pieces
// of a day range too (copies of one candidate with spans of their own), and unchanged when
// nothing asks (a date that states its year).
#include <doctest/doctest.h>

#include <string>

#include "extract/dates_internal.hpp"
#include "test_support.hpp"

namespace newsclaim {
namespace {

// "text=value;" for each date found, the anchor a Friday (2020-08-07).
std::string dates_of(const std::string& text) {
  const Analysis a = test::analyze(text, "2020-08-07");
  std::string out;
  for (const DateItem& d : a.extraction.dates) out += test::text_of(a, d.span) + "=" + d.value + ";";
  return out;
}

}  // namespace

TEST_CASE("a tense known at once needs no extractor") {
  CHECK_FALSE(LazyTense().get());
  CHECK(LazyTense(true).get());
  CHECK_FALSE(LazyTense(false).get());
  DateCandidate c;
  CHECK_FALSE(c.future());
  DateCandidate copy = c;
  copy.tense = LazyTense(true);
  CHECK(copy.future());
  CHECK_FALSE(c.future());
}

TEST_CASE("weekdays, months and quarters lean on their sentence's tense when asked") {
  CHECK(dates_of("The board will meet Monday.") == "Monday=2020-08-10;");
  CHECK(dates_of("The board met Monday.") == "Monday=2020-08-03;");
  CHECK(dates_of("Talks will resume in March.") == "March=2021-03;");
  CHECK(dates_of("Talks ended in March.") == "March=2020-03;");
  CHECK(dates_of("Results are expected to improve in the first quarter.") == "the first quarter=2021-Q1;");
  CHECK(dates_of("Results fell in the first quarter.") == "the first quarter=2020-Q1;");
  CHECK(dates_of("On Tuesday, the league plans to vote.") == "Tuesday=2020-08-11;");  // a cue after it
}

TEST_CASE("both ends of a day range take the tense of the range") {
  CHECK(dates_of("The fair will run March 3-5.") == "March 3=2021-03-03;5=2021-03-05;");
  CHECK(dates_of("The fair ran March 3-5.") == "March 3=2020-03-03;5=2020-03-05;");
}

TEST_CASE("a date stating its year does not depend on the tense") {
  CHECK(dates_of("The board will meet on March 3, 2020.") == "March 3, 2020=2020-03-03;");
  CHECK(dates_of("The board met on March 3, 2020.") == "March 3, 2020=2020-03-03;");
}

}  // namespace newsclaim
