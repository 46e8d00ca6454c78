// CueLexicon: the claims stage's word and phrase cues, found by hashing words. Its notation
// must mean exactly what the equivalent RE2 regex means ("\b(?:more\s+than|tax\w*)\b", case
// folded), which the last test checks on the embedded cue_words.tsv with generated text.
#include "extract/cue_lexicon.hpp"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "cue_regex.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

const std::vector<std::string> kCues = {"cmp", "topic", "fact", "ceremony"};

std::shared_ptr<const Ruleset> rules_with(const std::string& tsv) {
  auto r = Ruleset::from_files({{"claims/cue_words.tsv", "phrase\tcue\n" + tsv, "test"}});
  REQUIRE_MESSAGE(r.ok(), r.error().to_string());
  return r.value();
}

uint64_t bit(const char* cue) {
  for (size_t i = 0; i < kCues.size(); ++i)
    if (kCues[i] == cue) return uint64_t{1} << i;
  return 0;
}

struct Fixture {
  std::shared_ptr<const Ruleset> rules = rules_with(
      "more than\tcmp\nall-time\tcmp\ntax*\ttopic\nsalar+\ttopic\nhas *ed\tfact\nthank you\tceremony\n");
  CueLexicon lex{rules->gazetteer("claims.cue_words"), kCues};
  bool has(const std::string& text, const char* cue) const { return (lex.matching(text) & bit(cue)) != 0; }
};

TEST_CASE("phrases match whole words, case folded, across any whitespace") {
  const Fixture f;
  CHECK(f.has("It costs MORE than before", "cmp"));
  CHECK(f.has("more \t\nthan", "cmp"));
  CHECK_FALSE(f.has("morethan", "cmp"));
  CHECK_FALSE(f.has("more, than", "cmp"));
  CHECK_FALSE(f.has("evermore thank", "cmp"));
  CHECK(f.has("Thank you all", "ceremony"));
  CHECK_FALSE(f.has("thank yours", "ceremony"));
  CHECK_FALSE(f.has("thank_you", "ceremony"));  // '_' is a word byte, as for \b
  CHECK(f.lex.matching("nothing here at all") == 0);
}

TEST_CASE("a hyphen joins words only where the phrase has one") {
  const Fixture f;
  CHECK(f.has("an all-time high", "cmp"));
  CHECK_FALSE(f.has("all time", "cmp"));
  CHECK_FALSE(f.has("all - time", "cmp"));
  CHECK_FALSE(f.has("all--time", "cmp"));
}

TEST_CASE("prefix and suffix words") {
  const Fixture f;
  CHECK(f.has("a tax", "topic"));
  CHECK(f.has("Taxation and taxis", "topic"));
  CHECK_FALSE(f.has("syntax", "topic"));
  CHECK(f.has("their salaries", "topic"));
  CHECK_FALSE(f.has("salar", "topic"));  // '+': one more letter at least
  CHECK(f.has("she has voted", "fact"));
  CHECK(f.has("has   embraced", "fact"));
  CHECK_FALSE(f.has("has ed", "fact"));  // a suffix needs a letter before it
  CHECK_FALSE(f.has("has voter", "fact"));
  CHECK((f.lex.matching("Taxes: more than ever, thank you") & (bit("topic") | bit("cmp") | bit("ceremony"))) ==
        (bit("topic") | bit("cmp") | bit("ceremony")));
}

TEST_CASE("bad rows name their row") {
  const auto check_bad = [](const std::string& tsv, const std::string& why) {
    auto rules = rules_with(tsv);
    try {
      CueLexicon lex(rules->gazetteer("claims.cue_words"), kCues);
      FAIL("accepted: " << tsv);
    } catch (const std::logic_error& e) {
      CHECK_MESSAGE(std::string(e.what()).find(why) != std::string::npos, e.what());
    }
  };
  check_bad("more than\tcmp\nfoo\tnosuch\n", "row 2: unknown cue 'nosuch'");
  check_bad("*ed voted\tfact\n", "cannot open with a suffix");
  check_bad("ta*\ttopic\n", "three letters");
  check_bad("more  than\tcmp\n", "empty word");
  check_bad("more than \tcmp\n", "ends with a separator");
  check_bad("more,than\tcmp\n", "joined by");
}

TEST_CASE("the embedded cue words find exactly what their regexes find") {
  auto loaded = Ruleset::load("");
  REQUIRE(loaded.ok());
  const Gazetteer& rows = loaded.value()->gazetteer("claims.cue_words");
  const std::vector<std::string> cues = test::cue_names(rows);
  const CueLexicon lex(rows, cues);
  // One regex per cue; text made of the rows' phrases, written out right or slightly wrong.
  const std::vector<std::unique_ptr<RE2>> regexes = test::cue_regexes(rows, cues);
  const std::vector<std::string> gaps = {" ", "  ", "\n", "-", ", ", "'", "--", "\t", "_"};
  std::mt19937 rng(7);
  const auto letters = [&](size_t n) {
    std::string s;
    while (s.size() < n) s += static_cast<char>('a' + rng() % 26);
    return s;
  };
  // A phrase as text: "*" and "+" ends get 0-2 letters, "*" starts 0-2; separators kept or swapped.
  const auto render = [&](std::string_view phrase) {
    std::string out;
    for (size_t i = 0; i < phrase.size(); ++i) {
      const char c = phrase[i];
      if (c == '*' || c == '+') out += letters(rng() % 3);
      else if (c == ' ' || c == '-') out += rng() % 2 ? std::string(1, c) : gaps[rng() % gaps.size()];
      else out += rng() % 5 == 0 ? static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c) : c;
    }
    return out;
  };
  for (int trial = 0; trial < 4000; ++trial) {
    std::string text;
    for (int w = 0; w < 4; ++w) {
      text += rng() % 3 == 0 ? letters(1 + rng() % 6) : render(rows.cell(rng() % rows.size(), 0));
      text += gaps[rng() % gaps.size()];
    }
    test::require_regex_cues(lex.matching(text), regexes, cues, text);
  }
}

}  // namespace
}  // namespace newsclaim
