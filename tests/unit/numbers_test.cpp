// numbers: digits with separators, magnitudes and numbers in words.
#include "extract/numbers.hpp"

#include <doctest/doctest.h>

using newsclaim::numbers::as_written;
using newsclaim::numbers::magnitude;
using newsclaim::numbers::parse_digits;
using newsclaim::numbers::parse_number;
using newsclaim::numbers::word_value;

TEST_CASE("digits with thousands separators and decimals") {
  CHECK(parse_digits("1,250,000") == 1250000.0);
  CHECK(parse_digits("6.8") == 6.8);
  CHECK(parse_digits("1997") == 1997.0);
  CHECK(parse_digits(".5") == 0.5);
  CHECK(parse_digits("007") == 7.0);
}

TEST_CASE("long whole numbers read as the nearest double, however many digits") {
  CHECK(parse_digits("999,999,999,999,999") == 999999999999999.0);  // 15 digits: exact
  CHECK(parse_digits("9007199254740993") == 9007199254740993.0);    // 2^53 + 1: rounds
  CHECK(parse_digits("12345678901234567890123") == 12345678901234567890123.0);
}

TEST_CASE("Indian lakh grouping is a valid numeral") {
  CHECK(parse_digits("12,34,567.89") == doctest::Approx(1234567.89));
}

TEST_CASE("badly grouped or mixed numerals are rejected") {
  CHECK_FALSE(parse_digits("1,2"));
  CHECK_FALSE(parse_digits("12,3456"));
  CHECK_FALSE(parse_digits("5."));
  CHECK_FALSE(parse_digits("5a"));
  CHECK_FALSE(parse_digits(""));
}

TEST_CASE("a decimal comma swaps the separators") {
  CHECK(parse_digits("1.250.000", true) == 1250000.0);
  CHECK(parse_digits("1.250.000,50", true) == doctest::Approx(1250000.5));
}

TEST_CASE("magnitude words and abbreviations") {
  CHECK(magnitude("million") == 1e6);
  CHECK(magnitude("MLN") == 1e6);
  CHECK(magnitude("bn") == 1e9);
  CHECK(magnitude("k") == 1e3);
  CHECK(magnitude("lakh") == 1e5);
  CHECK(magnitude("crores") == 1e7);
  CHECK_FALSE(magnitude("millionaire"));
  CHECK(magnitude("THOUSANDS") == 1e3);  // the longest entry, in capitals
  CHECK(magnitude("Crore") == 1e7);
  CHECK_FALSE(magnitude(""));
  CHECK_FALSE(magnitude("9"));
  CHECK_FALSE(magnitude("zillion"));  // no magnitude starts with z
}

TEST_CASE("single number words") {
  CHECK(word_value("Twelve") == 12.0);
  CHECK(word_value("forty") == 40.0);
  CHECK_FALSE(word_value("fourty"));
  CHECK(word_value("SEVENTEEN") == 17.0);  // the longest entry, in capitals
  CHECK(word_value("zero") == 0.0);
  CHECK_FALSE(word_value(""));
  CHECK_FALSE(word_value("-one"));
  CHECK_FALSE(word_value("seventeens"));
}

TEST_CASE("numbers with magnitudes") {
  CHECK(parse_number("6.8 million") == doctest::Approx(6.8e6));
  CHECK(parse_number("55-million") == doctest::Approx(55e6));
  CHECK(parse_number("1.2bn") == doctest::Approx(1.2e9));
  CHECK(parse_number("300m") == doctest::Approx(300e6));
  CHECK(parse_number("35 lakh") == doctest::Approx(3.5e6));
  CHECK(parse_number("4 crore") == doctest::Approx(4e7));
  CHECK(parse_number("2 trillion") == doctest::Approx(2e12));
}

TEST_CASE("numbers in words") {
  CHECK(parse_number("twelve") == 12.0);
  CHECK(parse_number("twenty-five") == 25.0);
  CHECK(parse_number("one hundred and five") == 105.0);
  CHECK(parse_number("twelve million") == doctest::Approx(12e6));
  CHECK(parse_number("two hundred thousand") == doctest::Approx(2e5));
  CHECK(parse_number("a dozen") == 12.0);
}

TEST_CASE("articles and fractions before a magnitude") {
  CHECK(parse_number("a million") == doctest::Approx(1e6));
  CHECK(parse_number("half a billion") == doctest::Approx(5e8));
  CHECK(parse_number("a quarter million") == doctest::Approx(2.5e5));
  CHECK(parse_number("two and a half million") == doctest::Approx(2.5e6));
}

TEST_CASE("a fraction after a magnitude takes that part of the magnitude") {
  CHECK(parse_number("a billion and a half") == doctest::Approx(1.5e9));
  CHECK(parse_number("three million and a half") == doctest::Approx(3.5e6));
  CHECK(parse_number("a thousand and a quarter") == doctest::Approx(1250));
  // A number word after the magnitude is counted on its own again.
  CHECK(parse_number("a million and five") == doctest::Approx(1000005));
  CHECK(parse_number("a hundred and a half") == doctest::Approx(100.5));
}

TEST_CASE("text that is not a number") {
  CHECK_FALSE(parse_number("million"));
  CHECK_FALSE(parse_number("twelve apostles"));
  CHECK_FALSE(parse_number(""));
  CHECK_FALSE(parse_number("and"));
}

TEST_CASE("whole results are snapped to integers") {
  CHECK(parse_number("8.2 mln") == 8200000.0);
  CHECK(parse_number("1.94 billion") == 1940000000.0);
}

TEST_CASE("the magnitude that ends a phrase") {
  CHECK(newsclaim::numbers::trailing_magnitude("55-million") == 1e6);
  CHECK(newsclaim::numbers::trailing_magnitude("1.2bn") == 1e9);
  CHECK_FALSE(newsclaim::numbers::trailing_magnitude("twelve"));
  CHECK_FALSE(newsclaim::numbers::trailing_magnitude("1,250"));
}

TEST_CASE("and joins words only after a hundred or a magnitude, or before a fraction") {
  CHECK(parse_number("two hundred and six") == doctest::Approx(206));
  CHECK(parse_number("a billion and forty") == doctest::Approx(1000000040));
  CHECK(parse_number("four and a half") == doctest::Approx(4.5));
  CHECK_FALSE(parse_number("one and two").has_value());
  CHECK_FALSE(parse_number("five and six").has_value());
}

TEST_CASE("a value keeps the decimal it was written as, without scaling's binary noise") {
  CHECK(as_written(16.1 * 1e6) == 16.1e6);
  CHECK(as_written(62.85 / 100) == 0.6285);
  CHECK(as_written(0.1 + 0.2) == 0.3);
  CHECK(as_written(2.0 / 3) == 0.666666666666667);  // a ratio keeps 15 digits
  CHECK(as_written(1234567.5) == 1234567.5);
  CHECK(as_written(-3.25) == -3.25);
  CHECK(as_written(42) == 42);
}
