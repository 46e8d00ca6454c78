// CueLexicon skips a word when every phrase opening with its first three letters needs a second
// word opening with a letter other than the next word's ("of" before "the": "of course" cannot
// start there), a table of second letters by those first letters. Held to the rows' regexes on
// texts of first words followed by every kind of next word (letters of either case, digits and
// '_' whose bits the table shares, none at all), over generated lexicons that mix one-word
// phrases, suffix second words and letter second words under the same first words, and over
// the embedded cue words.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "cue_regex.hpp"
#include "extract/cue_lexicon.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// Next words: each letter in both cases, digits and '_' (whose low six bits equal some letter's:
// '1' and 'q'), words of one byte, a word that starts after punctuation.
const std::vector<std::string> kNextWords = {
    "the",   "The", "course", "Course", "COURSE", "my", "My",  "1q", "q1",    "quarter", "Quarter", "_x",
    "third", "T",   "t",      "9",      "view",   "v",  "xed", "ed", "named", "ced",     "ed_",     "0"};
const std::vector<std::string> kGaps = {" ", "  ", "\n", "-", ", ", "'", ".", " (", "\xc3\xa9", ""};

std::string pick(std::mt19937& rng, const std::vector<std::string>& from) {
  return from[rng() % from.size()];
}

// Rows whose first words are few and shared: "of", "of course", "of c*", "in my view", "in *ed"...
std::string generated_rows(std::mt19937& rng, const std::vector<std::string>& cues) {
  const std::vector<std::string> firsts = {"of", "in", "a", "has", "tax", "one", "i"};
  const std::vector<std::string> seconds = {"course", "my",   "third", "quarter", "*ed",
                                            "the",    "view", "1q",    "t"};
  std::set<std::string> phrases;
  while (phrases.size() < 12) {
    std::string phrase = pick(rng, firsts);
    if (rng() % 5 != 0) {
      phrase += rng() % 4 != 0 ? ' ' : '-';
      phrase += pick(rng, seconds);
    }
    phrases.insert(phrase);
  }
  std::string rows = "phrase\tcue\n";
  for (const std::string& p : phrases) rows += p + "\t" + cues[rng() % cues.size()] + "\n";
  return rows;
}

// Texts of first words, each followed by a gap and a next word of any kind (or by the end).
void check_next_words(const Gazetteer& rows, const std::vector<std::string>& cues, std::mt19937& rng,
                      int texts) {
  const CueLexicon lex(rows, cues);
  const std::vector<std::unique_ptr<RE2>> regexes = test::cue_regexes(rows, cues);
  for (int t = 0; t < texts; ++t) {
    std::string text;
    const size_t words = 1 + rng() % 6;
    for (size_t w = 0; w < words; ++w) {
      const std::string phrase(rows.cell(rng() % rows.size(), 0));
      text += phrase.substr(0, phrase.find_first_of(" -*+"));
      text += pick(rng, kGaps);
      if (w + 1 < words || rng() % 2 == 0) text += pick(rng, kNextWords) + pick(rng, kGaps);
    }
    test::require_regex_cues(lex.matching(text), regexes, cues, text);
  }
}

}  // namespace

TEST_CASE("a first word is skipped only when no phrase can go on with the next word") {
  auto loaded = Ruleset::from_files(
      {{"claims/cue_words.tsv", "phrase\tcue\nof course\tc0\nin my view\tc1\na third\tc0\na quarter\tc1\n",
        "test"}});
  REQUIRE(loaded.ok());
  const CueLexicon lex(loaded.value()->gazetteer("claims.cue_words"), {"c0", "c1"});
  CHECK(lex.matching("of course") == 1);
  CHECK(lex.matching("Of  Course") == 1);
  CHECK(lex.matching("of the course") == 0);
  CHECK(lex.matching("of") == 0);
  CHECK(lex.matching("of, course") == 0);
  CHECK(lex.matching("in my view") == 2);
  CHECK(lex.matching("a 1quarter") == 0);  // '1' shares the bit of 'q': looked up, then refused
  CHECK(lex.matching("a quarter and a third") == 3);
}

TEST_CASE("generated lexicons: one-word, suffix and letter phrases under the same first words") {
  const std::vector<std::string> cues = {"c0", "c1", "c2", "c3"};
  std::mt19937 rng(41);
  for (int lexicon = 0; lexicon < 60; ++lexicon) {
    auto loaded = Ruleset::from_files({{"claims/cue_words.tsv", generated_rows(rng, cues), "test"}});
    REQUIRE_MESSAGE(loaded.ok(), loaded.error().to_string());
    check_next_words(loaded.value()->gazetteer("claims.cue_words"), cues, rng, 300);
  }
}

TEST_CASE("the embedded cue words before every kind of next word") {
  auto loaded = Ruleset::load("");
  REQUIRE(loaded.ok());
  const Gazetteer& rows = loaded.value()->gazetteer("claims.cue_words");
  std::mt19937 rng(43);
  check_next_words(rows, test::cue_names(rows), rng, 6000);
}

}  // namespace newsclaim
