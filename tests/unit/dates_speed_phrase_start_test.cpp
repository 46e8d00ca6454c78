// PhraseGate::may_start reads a text's first three letters or digits from one table instead of
// three trie nodes (the usual word start of the dates scan). It must answer as the trie's plain
// reading does for every such start, whatever follows it (the text's end included), on the
// dates gate and on small gates whose keys are admitted, refused or end within three symbols.
#include <doctest/doctest.h>

#include <cctype>
#include <string>
#include <vector>

#include "patterns/phrase_gate.hpp"
#include "patterns/phrase_trie.hpp"
#include "patterns/ruleset.hpp"

using namespace newsclaim;

namespace {

const std::string kWordBytes = "0123456789abcdefghijklmnopqrstuvwxyz";
const std::vector<std::string> kTails = {"",  " ", "  of", "s",        "th", "-",
                                         ".", "1", "'s",   "\xC3\xA9", "0 ", ",1"};

// Every start of three word bytes (cased both ways), with each tail, answers alike; returns how
// many of them the gate admits.
int check_all_starts(const std::vector<std::string_view>& alternatives) {
  const auto gate = PhraseGate::of(alternatives);
  const auto trie = PhraseTrie::of(alternatives);
  REQUIRE(gate.has_value());
  REQUIRE(trie.has_value());
  int admitted = 0;
  for (const char a : kWordBytes)
    for (const char b : kWordBytes)
      for (const char c : kWordBytes)
        for (const std::string& tail : kTails) {
          std::string text = {a, b, c};
          text += tail;
          const bool expected = trie->may_start(text, 0);
          REQUIRE_MESSAGE(gate->may_start(text, 0) == expected, "text: " << text);
          text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
          REQUIRE_MESSAGE(gate->may_start("x " + text, 2) == expected, "text: " << text);
          admitted += expected;
        }
  return admitted;
}

}  // namespace

TEST_CASE("three-symbol starts answer as the trie on the dates gate") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  std::vector<std::string> families;
  for (const std::string& key : rules.value()->keys_with_prefix("dates.x_"))
    families.push_back(rules.value()->pattern(key));
  CHECK(check_all_starts(std::vector<std::string_view>(families.begin(), families.end())) > 1000);
}

TEST_CASE("three-symbol starts answer as the trie where keys end or open early") {
  CHECK(check_all_starts({"ab"}) == 36 * static_cast<int>(kTails.size()));  // open after two symbols
  CHECK(check_all_starts({"a\\b", "mon\\b"}) > 0);     // a \b: the next byte must be no word byte
  CHECK(check_all_starts({"\\d\\d?\\s+years"}) == 0);  // refused at the third symbol: a digit or a space
  CHECK(check_all_starts({"(?i)the\\s+(?:first|last)\\s+week", "\\d{4}", "q[1-4]"}) > 0);
  CHECK(check_all_starts({"x"}) == 36 * 36 * static_cast<int>(kTails.size()));  // open at depth one
  CHECK(check_all_starts({"abcdefghij"}) == 0);  // a full key (eight symbols) longer than the start
}

TEST_CASE("the start table leaves short words and non-letters to the walk") {
  const auto gate = PhraseGate::of(std::vector<std::string_view>{"(?i)in\\s+may|\\d\\d:\\d\\d"});
  REQUIRE(gate.has_value());
  CHECK(gate->may_start("in May", 0));
  CHECK_FALSE(gate->may_start("in June", 0));
  CHECK(gate->may_start("10:30", 0));
  CHECK_FALSE(gate->may_start("10.30", 0));
  CHECK_FALSE(gate->may_start("in", 0));
  CHECK_FALSE(gate->may_start("inn", 0));
}
