// Number parsing shared by the money, quantity, percentage and date stages: numerals with
// thousands separators and decimals, magnitude words ("6.8 million", "$1.2bn", "35 lakh") and
// numbers written in words ("twelve", "half a billion", "a quarter million").
// All functions are pure, allocation-free on the hot path and never throw.
#pragma once
#include <optional>
#include <string_view>

namespace newsclaim::numbers {

// Value of a numeral in digits: "1,250,000", "12,34,567.89" (Indian grouping), "6.8", ".5".
// With decimal_comma the roles swap ("1.250.000,50"). nullopt when text is not exactly a numeral.
std::optional<double> parse_digits(std::string_view text, bool decimal_comma = false);

// Multiplier of a magnitude word, case-insensitive: "thousand"/"k" 1e3, "million"/"mln"/"mn"/"m"
// 1e6, "billion"/"bn"/"bln"/"b" 1e9, "trillion"/"tn" 1e12, "lakh(s)" 1e5, "crore(s)" 1e7.
std::optional<double> magnitude(std::string_view word);

// Multiplier of the magnitude that ends a numeric phrase ("6.8 million", "1.2bn", "55-million"),
// nullopt when it ends in digits or a number word.
std::optional<double> trailing_magnitude(std::string_view phrase);

// Value of one number word, case-insensitive: "twelve" 12, "forty" 40, "hundred" 100.
// Magnitudes are not number words here (see magnitude()).
std::optional<double> word_value(std::string_view word);

// Value of a whole numeric phrase: digits or words, optionally joined by hyphens, followed by
// magnitudes: "6.8 million", "55-million", "1.2bn", "twelve million", "twenty-five",
// "one hundred and five", "half a billion", "a quarter million", "35 lakh", "a dozen".
// nullopt when any token is not part of a number or the phrase carries no number at all.
std::optional<double> parse_number(std::string_view text);

// v rounded to 15 significant digits: the value as the text wrote it, without the binary noise
// that scaling adds ("$16.1m" is 16.1 * 1e6 = 16100000.000000002; "62.85 cents" 0.6285000000000001).
// A decimal written with 15 or fewer digits is the same double after.
double as_written(double v);

// A plain year ("1997", "2017"): four digits starting with 1 or 2, a date rather than a count.
bool looks_like_year(std::string_view number);

}  // namespace newsclaim::numbers
