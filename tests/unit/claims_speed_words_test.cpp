// Word and name counts of claim sentences: counted in a pass of their own (count_words) or word
// by word inside CueLexicon's scan (WordCounter), which must agree on ASCII text without '_'.
#include "extract/claims_words.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extract/cue_lexicon.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// The embedded cue words, under the claims stage's family names.
CueLexicon embedded_lexicon() {
  auto loaded = Ruleset::load("");
  REQUIRE(loaded.ok());
  return CueLexicon(loaded.value()->gazetteer("claims.cue_words"),
                    {"number", "comparison", "factual_verb", "legal_causal", "award", "opinion", "first_person",
                     "future", "ceremony", "second_person", "address", "topic", "source_trigger", "hedge",
                     "negation"});
}

// The counts as the claims stage takes them from the lexicon's scan (exact: ASCII, no '_').
WordCount counted_by_scan(const CueLexicon& lexicon, std::string_view s) {
  WordCounter counter(s);
  lexicon.matching(s, counter);
  REQUIRE(counter.exact());
  return counter.counts();
}

}  // namespace

TEST_CASE("words and names") {
  const WordCount c = count_words("Anna Berg said I don't know whether Oslo (Norway) voted.");
  CHECK(c.words == 10);  // "don't" is one word; "I" and the opening "Anna" are no names
  CHECK(c.names == 2);   // Berg, Oslo; "(Norway" opens a parenthesis
}

TEST_CASE("a quotation or a colon opens a sentence again") {
  CHECK(count_words("He said: \"Taxes will rise.\" Then Paris").names == 1);
  CHECK(count_words("He met Anna in Rome").names == 2);
}

TEST_CASE("the scan's counts are not exact over non-ASCII bytes") {
  const std::string s = "Caf\xC3\xA9 Paris";  // one word to count_words, "Caf" to the scan
  const CueLexicon lexicon = embedded_lexicon();
  WordCounter counter(s);
  lexicon.matching(s, counter);
  CHECK_FALSE(counter.exact());
  WordCounter trailing("Paris caf\xC3\xA9");
  lexicon.matching("Paris caf\xC3\xA9", trailing);
  CHECK_FALSE(trailing.exact());
}

TEST_CASE("the scan's counts are count_words' wherever the words agree") {
  const CueLexicon lexicon = embedded_lexicon();
  const std::vector<std::string> pieces = {"Anna", "berg", "I", "i", "don", "'", "t", "\"", ":", "(", ")", " ", " ",
                                           "  ", ",", ".", "-", "12", "3rd", "Oslo", "said", "US", "a", "\n", "'s"};
  std::mt19937 random(5);
  size_t compared = 0;
  for (int n = 0; n < 5000; ++n) {
    std::string s;
    const size_t length = 1 + random() % 14;
    for (size_t k = 0; k < length; ++k) s += pieces[random() % pieces.size()];
    const WordCount a = count_words(s), b = counted_by_scan(lexicon, s);
    CHECK_MESSAGE(a.words == b.words, s);
    CHECK_MESSAGE(a.names == b.names, s);
    compared += a.names > 0 ? 1 : 0;
  }
  CHECK(compared > 500);  // sentences with names
}

}  // namespace newsclaim
