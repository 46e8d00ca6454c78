// The anchor: publication dates in the shapes feeds write them, and date lines in the text.
#include "extract/anchor.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace newsclaim;

TEST_CASE("ISO 8601 with and without time and zone") {
  CHECK(parse_publication_date("2020-08-07") == "2020-08-07");
  CHECK(parse_publication_date("2020-08-07T10:00:00-04:00") == "2020-08-07");
  CHECK(parse_publication_date("2020-08-07T23:59:00Z") == "2020-08-07");
  CHECK(parse_publication_date("2020-08-07 10:00:00") == "2020-08-07");
  CHECK(parse_publication_date("20200807") == "2020-08-07");
  CHECK(parse_publication_date("2020/08/07") == "2020-08-07");
}

TEST_CASE("written dates, RFC 2822 and numeric forms") {
  CHECK(parse_publication_date("Aug 7, 2020") == "2020-08-07");
  CHECK(parse_publication_date("August 7, 2020 10:32 AM EDT") == "2020-08-07");
  CHECK(parse_publication_date("7 August 2020") == "2020-08-07");
  CHECK(parse_publication_date("Friday, August 7, 2020") == "2020-08-07");
  CHECK(parse_publication_date("Fri, 07 Aug 2020 14:00:00 +0000") == "2020-08-07");
  CHECK(parse_publication_date("08/07/2020") == "2020-08-07");
  CHECK(parse_publication_date("07.08.2020") == "2020-08-07");
  CHECK(parse_publication_date("Sept. 4, 2008") == "2008-09-04");
}

TEST_CASE("text that is not a date does not parse") {
  CHECK_FALSE(parse_publication_date(""));
  CHECK_FALSE(parse_publication_date("yesterday"));
  CHECK_FALSE(parse_publication_date("May the best team win in 2020"));
  CHECK_FALSE(parse_publication_date("2020-13-45"));
  CHECK_FALSE(parse_publication_date("Aug 2020"));
}

TEST_CASE("impossible calendar days are rejected in every shape") {
  CHECK_FALSE(parse_publication_date("2020-02-30"));
  CHECK_FALSE(parse_publication_date("2021-02-29"));  // not a leap year
  CHECK(parse_publication_date("2020-02-29") == "2020-02-29");
  CHECK_FALSE(parse_publication_date("20210431"));
  CHECK_FALSE(parse_publication_date("31 April 2021"));
  CHECK_FALSE(parse_publication_date("Feb 30, 2020"));
  CHECK_FALSE(parse_publication_date("30.02.2020"));
  CHECK_FALSE(parse_publication_date("2020-02-30T08:00:00Z"));
  CHECK_FALSE(parse_publication_date("1900-02-29"));  // century years leap only every 400
}

TEST_CASE("a date line or dateline near the top anchors the document") {
  const Analysis a =
      test::analyze("Mill town votes on budget\n\nSeptember 04, 2008\n\nThe council met on Tuesday.");
  CHECK(a.extraction.published == "2008-09-04");
  CHECK(a.extraction.published_source == "text");
  const Analysis b =
      test::analyze("OTTAWA, Aug. 7, 2020 (Reuters) - The ministry said Thursday it would act.");
  CHECK(b.extraction.published == "2020-08-07");
  bool thursday = false;
  for (const DateItem& d : b.extraction.dates)
    if (test::text_of(b, d.span) == "Thursday") thursday = d.value == "2020-08-06";
  CHECK(thursday);
}

TEST_CASE("the input's published field wins over the text, and no date means null") {
  const Analysis a = test::analyze("September 04, 2008\n\nThe council met.", "2020-08-07");
  CHECK(a.extraction.published == "2020-08-07");
  CHECK(a.extraction.published_source == "input");
  const Analysis b = test::analyze("The council met on Tuesday in 2019.");
  CHECK(b.extraction.published.empty());
}
