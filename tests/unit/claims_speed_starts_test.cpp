// CueLexicon skips a word whose first three letters open only phrases of cues the text has shown
// already (a table of cues by those letters). Held to the rows' regexes on texts dense with
// phrases, over generated lexicons whose phrases of different cues share first letters on purpose
// (so that a found cue and a missing one meet in the table), and over the embedded cue words.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
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

const std::vector<std::string> kGaps = {" ", "  ", "\n", "-", ", ", "'", "_", ".", "\xc3\xa9"};

std::string letters(std::mt19937& rng, size_t n) {
  std::string s;
  while (s.size() < n) s += static_cast<char>('a' + rng() % 26);
  return s;
}

// A row's phrase written as text: '*' and '+' become 0-2 letters, a gap is kept or swapped,
// a letter is sometimes upper case.
std::string as_text(std::string_view phrase, std::mt19937& rng) {
  std::string out;
  for (const char c : phrase) {
    if (c == '*' || c == '+')
      out += letters(rng, rng() % 3);
    else if (c == ' ' || c == '-')
      out += rng() % 3 != 0 ? std::string(1, c) : kGaps[rng() % kGaps.size()];
    else
      out += rng() % 4 == 0 && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

// Rows over a few first-word openings shared by every cue: "tax*", "taxes", "tax break", "sai+"...
std::string generated_rows(std::mt19937& rng, const std::vector<std::string>& cues) {
  const std::vector<std::string> openings = {"tax", "mor", "sai", "wer", "one", "in", "of", "a", "thr", "no"};
  std::set<std::string> phrases;
  while (phrases.size() < 40) {
    const std::string& open = openings[rng() % openings.size()];
    std::string phrase = open + letters(rng, rng() % 3);
    if (phrase.size() >= 3 && rng() % 4 == 0) phrase += rng() % 2 ? "*" : "+";
    if (rng() % 3 == 0)
      phrase += (rng() % 2 ? " " : "-") + openings[rng() % openings.size()] + letters(rng, rng() % 2);
    phrases.insert(phrase);
  }
  std::string rows = "phrase\tcue\n";
  for (const std::string& p : phrases) rows += p + "\t" + cues[rng() % cues.size()] + "\n";
  return rows;
}

// Texts of many phrases and near misses; the lexicon's bits against the regexes'.
void check_dense_texts(const Gazetteer& rows, const std::vector<std::string>& cues, std::mt19937& rng,
                       int texts) {
  const CueLexicon lex(rows, cues);
  const std::vector<std::unique_ptr<RE2>> regexes = test::cue_regexes(rows, cues);
  for (int t = 0; t < texts; ++t) {
    std::string text;
    const size_t words = 2 + rng() % 40;
    for (size_t w = 0; w < words; ++w) {
      const std::string phrase(rows.cell(rng() % rows.size(), 0));
      text += rng() % 4 == 0 ? phrase.substr(0, 3) + letters(rng, rng() % 4) : as_text(phrase, rng);
      text += kGaps[rng() % kGaps.size()];
    }
    test::require_regex_cues(lex.matching(text), regexes, cues, text);
  }
}

}  // namespace

TEST_CASE("generated lexicons: phrases of different cues open with the same letters") {
  const std::vector<std::string> cues = {"c0", "c1", "c2", "c3", "c4", "c5", "c6"};
  std::mt19937 rng(17);
  for (int lexicon = 0; lexicon < 30; ++lexicon) {
    auto loaded = Ruleset::from_files({{"claims/cue_words.tsv", generated_rows(rng, cues), "test"}});
    REQUIRE_MESSAGE(loaded.ok(), loaded.error().to_string());
    check_dense_texts(loaded.value()->gazetteer("claims.cue_words"), cues, rng, 400);
  }
}

TEST_CASE("the embedded cue words on texts dense with phrases") {
  auto loaded = Ruleset::load("");
  REQUIRE(loaded.ok());
  const Gazetteer& rows = loaded.value()->gazetteer("claims.cue_words");
  const std::vector<std::string> cues = test::cue_names(rows);
  std::mt19937 rng(23);
  check_dense_texts(rows, cues, rng, 6000);
}

}  // namespace newsclaim
