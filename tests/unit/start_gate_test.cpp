// StartGate: the keys (first three symbols) a regex's matches can open with, derived from the
// regex's text; the gate must never refuse a position where the regex matches (soundness), and
// it must refuse what cannot match, or the dates scan would gain nothing.
#include "patterns/start_gate.hpp"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gate_soundness.hpp"
#include "patterns/ruleset.hpp"
#include "test_support.hpp"

namespace newsclaim {
namespace {

StartGate gate_of(const std::string& pattern) { return test::gate_of<StartGate>(pattern); }
using test::check_sound_on_random;
using test::check_sound_on_samples;
using test::joined_dates_pattern;
using test::opens;

}  // namespace

TEST_CASE("literal words give their first three letters, case folded") {
  const StartGate g = gate_of("(?i:the|a)\\s+day|Monday");
  CHECK(opens(g, "the day"));
  CHECK(opens(g, "The day"));
  CHECK(opens(g, "a day"));
  CHECK(opens(g, "MONDAY"));
  CHECK(opens(g, "these"));  // only three letters are read: an accepted over-approximation
  CHECK_FALSE(opens(g, "an hour"));  // "an" ends at the space: key "an$"
  CHECK_FALSE(opens(g, "dog"));
  CHECK_FALSE(opens(g, "at"));
  CHECK(g.size() == 3);  // "the", "a$", "mon"
}

TEST_CASE("digits close the key; a word may go on after an optional part") {
  const StartGate digits = gate_of("\\d+\\s+years|Q[1-4]|FY\\d\\d");
  CHECK(opens(digits, "2020"));
  CHECK(opens(digits, "7 years"));
  CHECK(opens(digits, "Q3"));
  CHECK(opens(digits, "FY21"));
  CHECK_FALSE(opens(digits, "Quarter"));
  CHECK_FALSE(opens(digits, "fyi"));

  const StartGate optional = gate_of("ab?c|x(?:yz){2,}");
  CHECK(opens(optional, "abc"));
  CHECK(opens(optional, "acme"));  // "ac" then the pattern ends: any byte may follow
  CHECK(opens(optional, "ac"));
  CHECK_FALSE(opens(optional, "abd"));
  CHECK(opens(optional, "xyzyz"));
  CHECK_FALSE(opens(optional, "xzy"));
}

TEST_CASE("classes, escapes and groups are read as RE2 reads them") {
  const StartGate g = gate_of("(?P<m>[A-C]x)|[^\\W\\d_a-yA-Y]q|zz\\.?|e\\{2\\}");
  CHECK(opens(g, "Bx"));
  CHECK_FALSE(opens(g, "Dx"));
  CHECK(opens(g, "Zq"));  // \w without digits, '_', a-y and A-Y: z and Z
  CHECK(opens(g, "zq"));
  CHECK_FALSE(opens(g, "aq"));
  CHECK(opens(g, "zz"));
  CHECK(opens(g, "e{"));
}

TEST_CASE("a gate tells whether a match may open on a letter inside a word") {
  CHECK_FALSE(gate_of("\\b(?:one|two)\\b|\\d+").letters_in_words());  // digits may open anywhere
  CHECK_FALSE(gate_of("(?:\\b(?i:half)|\\ba) million").letters_in_words());
  CHECK(gate_of("\\bone|two").letters_in_words());       // "two" has no \b before it
  CHECK(gate_of("(?:\\b)?one").letters_in_words());      // the \b is optional
  CHECK(gate_of("x\\bone|\\d").letters_in_words());    // \b after the first letter bounds nothing
}

TEST_CASE("patterns the walker cannot vouch for get no gate") {
  CHECK_FALSE(StartGate::of("\\pL+").has_value());         // Unicode classes
  CHECK_FALSE(StartGate::of("[[:alpha:]]+").has_value());  // POSIX classes
  CHECK_FALSE(StartGate::of("\\x41").has_value());         // hex escapes
  CHECK_FALSE(StartGate::of("\\$\\d+").has_value());       // opens on punctuation
  CHECK_FALSE(StartGate::of("(?:a)?").has_value());        // may match nothing
  CHECK_FALSE(StartGate::of("\u00e9t\u00e9").has_value());  // opens on a non-ASCII byte
  CHECK_FALSE(StartGate::of("(ab").has_value());            // unbalanced
  CHECK(StartGate::of("(?i)summer").has_value());           // flags alone are no bytes
}

TEST_CASE("the dates patterns get a gate, and it never refuses a date") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const std::string joined = joined_dates_pattern(*rules.value());
  const auto gate = StartGate::of(joined);
  REQUIRE(gate.has_value());
  CHECK(gate->size() < StartGate::kKeys / 20);  // selective: most words are never tried
  RE2::Options o;
  o.set_longest_match(true);
  o.set_max_mem(64 << 20);
  const RE2 re("\\b(?:" + joined + ")", o);
  REQUIRE(re.ok());

  check_sound_on_samples(re, *gate);
  // Random runs of date words, numbers, other words and punctuation.
  const std::vector<std::string> pieces = {
      "the", "The", "a", "an", "last", "next", "this", "early", "mid-", "late", "March", "Mar.", "May", "Sept",
      "Monday", "Mondays", "weekend", "week", "year-earlier", "years", "ago", "2020", "1990s", "'90s", "15",
      "3:30", "p.m.", "a.m.", "Q3", "FY2021", "H1", "fiscal", "quarter", "Christmas", "Labour", "Day", "St.",
      "nineteen", "ninety-six", "some", "few", "two", "twenty-one", "now", "soon", "recently", "of", "in",
      "for", "and", "summer", "fall", "every", "daily", "twice", "per", "hundred", "dozens", "couple",
      ",", ".", "-", "/", "(", ")", "\"", "'s", "\n", "  ", "x_", "_", "\u00e9", "2020-07-15", "07/15/2020"};
  check_sound_on_random(re, *gate, pieces, 7, 300);
}

TEST_CASE("dates patterns the gate cannot model are searched whole, with the same results") {
  // An override of expressions.re2 whose x_ref uses \\Q...\\E (same strings, no gate).
  std::string expressions;
  for (const PatternFile& f : embedded_pattern_files())
    if (f.path == "dates/expressions.re2") expressions = f.content;
  REQUIRE_FALSE(expressions.empty());
  const std::string anchor = "x_ref: (?i:now|";
  const size_t at = expressions.find(anchor);
  REQUIRE(at != std::string::npos);
  expressions.replace(at, anchor.size(), "x_ref: (?i:\\Qnow\\E|");
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("newsclaim-gate-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "dates");
  std::ofstream(dir / "dates" / "expressions.re2", std::ios::binary) << expressions;
  EngineOptions options;
  options.patterns_dir = dir.string();
  auto ungated = Engine::create(options);
  std::filesystem::remove_all(dir);
  REQUIRE(ungated.ok());

  const std::string text =
      "On Monday, March 3, 2025, the council said that by next week, or within 30 days at most, it "
      "would act. Right now the plan, first drafted in the 1990s and revised in Q3 2019, is on hold "
      "until 5 p.m. Friday; 15 people met last night and again this morning, two years ago today.";
  const Analysis a = test::analyze(text, "2025-03-05");
  const Analysis b = test::analyze(text, "2025-03-05", ungated.value().get());
  REQUIRE(a.extraction.dates.size() == b.extraction.dates.size());
  CHECK(a.extraction.dates.size() >= 10);
  for (size_t i = 0; i < a.extraction.dates.size(); ++i) {
    CHECK(a.extraction.dates[i].span == b.extraction.dates[i].span);
    CHECK(a.extraction.dates[i].value == b.extraction.dates[i].value);
  }
}

}  // namespace newsclaim
