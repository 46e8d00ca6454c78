// Dates stage: the PhraseGate reads a \b that follows a letter or digit in a key, so a word that
// only begins like a rule's word ("money" for "mon\b", "thus" for "thu\b") no longer costs an
// anchored search of the combined pattern. The gate and each family's admits() bit must still let
// through every word start where the pattern (or that family) matches, \b or not.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "gate_soundness.hpp"
#include "patterns/phrase_gate.hpp"
#include "patterns/ruleset.hpp"

using namespace newsclaim;

namespace {

RE2::Options longest() {
  RE2::Options o;
  o.set_longest_match(true);
  o.set_max_mem(64 << 20);
  o.set_log_errors(false);
  return o;
}

// Every word start where family i matches anchored has bit i in admits().
void check_admits_sound(const std::vector<std::unique_ptr<RE2>>& families, const PhraseGate& gate,
                        const std::string& text) {
  for (size_t p = 0; p < text.size(); ++p) {
    if (!is_ascii_alnum(text[p]) || (p > 0 && is_ascii_word_byte(text[p - 1]))) continue;
    const uint64_t admitted = gate.admits(text, p);
    for (size_t i = 0; i < families.size(); ++i)
      if (families[i]->Match(text, p, text.size(), RE2::ANCHOR_START, nullptr, 0))
        REQUIRE_MESSAGE(((admitted >> i) & 1) != 0, "family " << i << " refused at: " << text.substr(p, 30));
  }
}

std::string random_text(std::mt19937& rng, const std::vector<std::string>& pieces, int count) {
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), space(0, 3);
  std::string text;
  for (int i = 0; i < count; ++i) text += pieces[pick(rng)] + (space(rng) ? " " : "");
  return text;
}

}  // namespace

TEST_CASE("a \\b after a letter or digit lets only bytes of no word follow the key") {
  const PhraseGate g = test::gate_of<PhraseGate>("(?i:mon|sat)(?:\\.|\\b)|\\d\\d\\b|x\\b\\s+y|z\\b(?:st)?");
  for (const char* kept :
       {"mon", "Mon.", "mon, 5", "sat down", "12", "12-13", "12.5", "x y", "mon_day", "z."})
    CHECK_MESSAGE(g.may_start(kept, 0), std::string(kept));
  for (const char* refused : {"money", "monday", "saturn", "123", "12th", "xy", "x-y", "zst"})
    CHECK_MESSAGE(!g.may_start(refused, 0), std::string(refused));
  // "mon_day": '_' reads as '$' as the bytes of no word do, so the gate lets it through (sound,
  // not exact). A \b after a space or at the key's start is not read either.
  const PhraseGate spaced = test::gate_of<PhraseGate>("a\\s\\bb|\\bq");
  CHECK(spaced.may_start("a b", 0));
  CHECK(spaced.may_start("q", 0));
}

TEST_CASE("gates with \\b never refuse a match on random texts") {
  const std::vector<std::string> patterns = {"(?i:mon|tue|thu)(?:\\.|\\b)", "ab\\b|abc\\b(?:\\s+x)?",
                                             "\\d+\\b\\s*(?:am|pm)", "(?:x|y)\\b(?:-z)?\\b",
                                             "now\\b|nowhere"};
  const std::vector<std::string> pieces = {"mon", "money", "Mon.",    "thus", "thu",  "Tue,", "ab",
                                           "abc", "abcd",  "x",       "y-z",  "y-zz", "12",   "12am",
                                           "pm",  "now",   "nowhere", "_",    ".",    "-"};
  std::mt19937 rng(20261130);
  for (const std::string& pattern : patterns) {
    const RE2 re(pattern, longest());
    REQUIRE(re.ok());
    const PhraseGate gate = test::gate_of<PhraseGate>(pattern);
    for (int doc = 0; doc < 200; ++doc) test::check_sound(re, gate, random_text(rng, pieces, 40));
  }
}

TEST_CASE("the dates gate refuses words that only begin like a weekday, and each family stays sound") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  std::vector<std::string> texts;
  std::vector<std::unique_ptr<RE2>> families;
  for (const std::string& key : rules.value()->keys_with_prefix("dates.x_")) {
    texts.push_back(rules.value()->pattern(key));
    families.push_back(std::make_unique<RE2>(texts.back(), longest()));
    REQUIRE(families.back()->ok());
  }
  const auto gate = PhraseGate::of(std::vector<std::string_view>(texts.begin(), texts.end()));
  REQUIRE(gate.has_value());
  for (const char* refused : {"money market", "monetary policy", "thus far", "wedding", "sunny", "Saturn"})
    CHECK_MESSAGE(!gate->may_start(refused, 0), std::string(refused));
  for (const char* kept : {"Mon.", "Sat, Jul 18", "thu", "Wed 5", "1990s", "2020.", "Sunday"})
    CHECK_MESSAGE(gate->may_start(kept, 0), std::string(kept));
  const std::vector<std::string> pieces = {
      "Mon",   "Mon.",     "money", "Tue",     "Tues.",   "thus",  "Thu",   "Sat",       "Saturn",
      "sun",   "sunny",    "Wed",   "wedding", "Fri",     "fries", "May",   "mayor",     "Mar.",
      "March", "2020",     "2020s", "1987",    "15",      "15th",  "3",     "'87",       "10:30",
      "p.m.",  "am",       "GMT",   "the",     "last",    "next",  "week",  "year",      "years",
      "ago",   "of",       ",",     ".",       "-",       "_",     "early", "Christmas", "Day",
      "Eve",   "election", "day",   "night",   "morning", "FY",    "Q3",    "fiscal",    "quarter"};
  std::mt19937 rng(7);
  for (int doc = 0; doc < 150; ++doc) check_admits_sound(families, *gate, random_text(rng, pieces, 50));
}
