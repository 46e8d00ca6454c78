// Dates stage: naming a match tries the families its gates admit in file order, and the last one
// left is taken without its regex when the match is all the combined pattern matched at a word
// start (ASCII, ending on a word byte): one of the admitted families matched it there. Rules with
// \B (or \Q) never take that path; an override adding a \B that can never hold must therefore
// find the same dates, named the same, as the built-in rules.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace newsclaim {
namespace {

const std::vector<std::string> kSentences = {
    "The council met on Monday, March 3, 2014, and again two weeks later.",
    "Shares rose 5% in the third quarter of 1998 from a year earlier, and in fiscal 2019.",
    "The hearing was set for 10:30 a.m. on 15.07.2020, the clerk said, or 2020-07-15 at noon.",
    "Since the 1990s the plant has run every night until midnight, three times a week.",
    "She will retire next year, after 30 years at the bank, by Dec. 31, in the late 1980s.",
    "The fair runs March 3-5 and again from the 12th of May to June 9, 2021.",
    "In spring, the twentieth century ended; nineteen ninety-six was the year before last.",
    "The strike lasted 2 1/2 years, ended three days ago, and may resume this summer or in the fall.",
    "Results for the first half, the year-ago period and the latest quarter come on Thanksgiving.",
    "Prices fell in 2009-2010 and 2015-16, then rose from 9 p.m. to 11 p.m. EST on Friday night.",
};

// A text of words picked at random, many of them date-like, some not ASCII.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> words = {
      "on",    "May",    "3",       "1987",    "last",    "week",    "the",    "at",     "5",
      "p.m.",  "ago",    "Friday",  "bank",    "rose",    ",",       "in",     "March",  "2020",
      "mid-",  "day",    "12/4",    "–",       "first",   "quarter", "of",     "fiscal", "’s",
      "'87",   "years",  "morning", "tonight", "2010-11", "12th",    "spring", "1990s",  "noon",
      "every", "Monday", "summer",  "next",    "century", "EST",     "10:30"};
  std::string text;
  for (int i = 0, n = static_cast<int>(rng() % 24); i < n; ++i)
    text += words[rng() % words.size()] + (rng() % 4 ? " " : "");
  return text;
}

// "begin-end value mod;" for each date found.
std::string dates_of(const Engine& engine, const std::string& text) {
  const Analysis a = test::analyze(text, "2020-08-07", &engine);
  std::string out;
  for (const DateItem& d : a.extraction.dates)
    out +=
        std::to_string(d.span.begin) + "-" + std::to_string(d.span.end) + " " + d.value + " " + d.mod + ";";
  return out;
}

// The built-in date rules with an alternative no text can match (\b\B) added to one rule.
std::string rules_with_never_matching_b() {
  std::ifstream in(std::string(NEWSCLAIM_SOURCE_DIR) + "/patterns/dates/expressions.re2");
  std::stringstream all;
  all << in.rdbuf();
  std::string rules = all.str();
  const std::string rule = "\nx_season_bare: ";
  const size_t at = rules.find(rule);
  REQUIRE(at != std::string::npos);
  rules.insert(at + rule.size(), "(?:\\b\\Bq)|");
  return rules;
}

}  // namespace

TEST_CASE("naming without the last admitted family's regex names as trying it does") {
  const auto dir = std::filesystem::temp_directory_path() / "newsclaim_dates_naming_test";
  std::filesystem::create_directories(dir / "dates");
  std::ofstream(dir / "dates" / "expressions.re2") << rules_with_never_matching_b();
  EngineOptions options;
  options.patterns_dir = dir.string();
  auto slow = Engine::create(options);
  REQUIRE_MESSAGE(slow.ok(), (slow.ok() ? "" : slow.error().to_string()));
  const Engine& fast = test::default_engine();
  std::vector<std::string> texts = kSentences;
  std::mt19937 rng(7);
  for (int i = 0; i < 400; ++i) texts.push_back(random_text(rng));
  size_t found = 0;
  for (const std::string& text : texts) {
    const std::string expected = dates_of(*slow.value(), text);
    CHECK_MESSAGE(dates_of(fast, text) == expected, text);
    found += !expected.empty();
  }
  CHECK(found > 300);  // the texts do hold dates
  std::filesystem::remove_all(dir);
}

}  // namespace newsclaim
