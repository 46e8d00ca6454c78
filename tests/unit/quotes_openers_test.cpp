// Quotes stage: sentence openers that are no speakers. A participle opening the sentence before
// a preposition ("Speaking at ...", "Asked about ..."), a conjunction or a time adverb
// ("Although in the next breath he declared:", "Later ... Mr X was heard saying") — and the
// verbs of overheard speech; prepositions ending in -ing ("Following ...", "Regarding ..."). Sentences
// written for these tests.
#include <string>

#include "test_support.hpp"

using newsclaim::Analysis;
using newsclaim::test::analyze;

namespace {

// The speaker text of the text's only quote ("" when it has none).
std::string only_speaker(const std::string& text) {
  const Analysis a = analyze(text);
  REQUIRE(a.extraction.quotes.size() == 1);
  return a.extraction.quotes[0].speaker_text;
}

}  // namespace

TEST_CASE("a participle opening the sentence is no speaker") {
  CHECK(only_speaker("Speaking at the Leeds conference he said: \"Old people are not a burden.\"") != "Speaking");
  CHECK(only_speaker("Speaking at the Leeds conference he said: \"Old people are not a burden.\"") != "Leeds");
  CHECK(only_speaker("Writing in the Ledger, Dana Whitfield argued: \"The plan fails.\"") == "Dana Whitfield");
  // a name that ends like a participle still speaks
  CHECK(only_speaker("Manning said: \"We will win the vote.\"") == "Manning");
}

TEST_CASE("a conjunction or a time adverb opening the sentence is no speaker") {
  CHECK(only_speaker("Although in the next breath he declared: \"I get alarmed by what I read.\"") != "Although");
  CHECK(only_speaker("Later in off-air remarks in a studio, Mr Orvell was heard saying he was \"tired of it all\".") ==
        "Mr Orvell");
}

TEST_CASE("a preposition ending in -ing opening the sentence is no speaker") {
  CHECK(only_speaker("Following a hastily called, two-hour meeting, the board issued a note calling the bid "
                     "\"an insult to shareholders\" of the firm.") == "the board");
  CHECK(only_speaker(
            "Regarding the merger, Tomas Ruelle wrote that the plan was \"dead on arrival\" for now.") ==
        "Tomas Ruelle");
}
