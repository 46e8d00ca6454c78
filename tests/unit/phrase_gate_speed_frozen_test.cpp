// PhraseGate scans a frozen copy of the trie its keys are derived into (one-word nodes, children
// side by side, found by counting the bits below a symbol). It must answer may_start and
// admits as the trie itself does, at every position of any text, for the rules' gates and for
// small ones whose keys end early, run on across spaces and digits, or close on '$'.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "patterns/phrase_gate.hpp"
#include "patterns/phrase_trie.hpp"
#include "patterns/ruleset.hpp"

using namespace newsclaim;

namespace {

// Every position of text (and its end) answers alike in gate and trie.
void check_same(const PhraseGate& gate, const PhraseTrie& trie, const std::string& text) {
  for (size_t p = 0; p <= text.size(); ++p) {
    REQUIRE_MESSAGE(gate.may_start(text, p) == trie.may_start(text, p),
                    "may_start at: " << text.substr(p, 30));
    REQUIRE_MESSAGE(gate.admits(text, p) == trie.admits(text, p), "admits at: " << text.substr(p, 30));
  }
}

// check_same on `docs` texts of random pieces, mostly joined by one or two spaces, and on as
// many texts of random bytes drawn from those the keys read apart.
void check_same_on_random(const std::vector<std::string_view>& alternatives,
                          const std::vector<std::string>& pieces, unsigned seed, int docs) {
  const auto gate = PhraseGate::of(alternatives);
  const auto trie = PhraseTrie::of(alternatives);
  REQUIRE(gate.has_value());
  REQUIRE(trie.has_value());
  CHECK(gate->size() == trie->size());
  std::mt19937 rng(seed);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), space(0, 4);
  const std::string bytes = "aAmMyYsSdD0123456789 \t\n.,:/-'$_%(\xC3\xA9";
  std::uniform_int_distribution<size_t> byte(0, bytes.size() - 1);
  for (int doc = 0; doc < docs; ++doc) {
    std::string text, noise;
    for (int i = 0; i < 40; ++i) text += pieces[pick(rng)] + std::string(space(rng) % 3, ' ');
    for (int i = 0; i < 200; ++i) noise += bytes[byte(rng)];
    check_same(*gate, *trie, text);
    check_same(*gate, *trie, noise);
  }
}

const std::vector<std::string> kPieces = {
    "the",    "The",     "a",       "last",     "next",       "early",   "mid-",  "March",
    "Mar.",   "May",     "Monday",  "week",     "weekend",    "years",   "ago",   "2020",
    "1990s",  "'90s",    "15",      "3:30",     "10.30",      "p.m.",    "a.m.",  "Q3",
    "FY2021", "fiscal",  "quarter", "St.",      "some",       "few",     "two",   "twenty-one",
    "now",    "of",      "in",      "at",       "1,000",      "3.5",     "5",     "mln",
    "dlrs",   "billion", "million", "half",     "dozen",      "four",    "forty", "$",
    "%",      "(",       ")",       ",",        ".",          "-",       "/",     "\n",
    "\t",     "x_",      "_",       "\xC3\xA9", "07/15/2020", "2015-16", "1/2",   "12th"};

}  // namespace

TEST_CASE("the frozen gate answers as its trie on small gates") {
  check_same_on_random({"(?i:the|a)\\s+(?:day|week)|Monday"}, kPieces, 1, 50);
  check_same_on_random({"\\d+\\s+years|\\d\\d?:\\d\\d|Q[1-4]|(?:19|20)\\d\\d\\b"}, kPieces, 2, 50);
  check_same_on_random({"\\d{1,3}(?:,\\d{3})+\\s+years|in\\s+\\d\\d:\\d\\d", "\\d[-/]\\d|x[^a-z0-9]y"},
                       kPieces, 3, 50);
  check_same_on_random({"(?i)last\\s+year", "(?i)last\\s+(?:monday|friday)", "\\d+\\s+years", "ab?c|now\\b"},
                       kPieces, 4, 50);
}

// The rules' x_* dates families (as the dates stage gates them) and money.number.
struct RuleGates {
  std::vector<std::string> dates;
  std::string number;
};

RuleGates rule_gates() {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  RuleGates out;
  for (const std::string& key : rules.value()->keys_with_prefix("dates.x_"))
    out.dates.push_back(rules.value()->pattern(key));
  out.number = rules.value()->pattern("money.number");
  return out;
}

TEST_CASE("the frozen gates of the rules answer as their tries") {
  const RuleGates rules = rule_gates();
  check_same_on_random(std::vector<std::string_view>(rules.dates.begin(), rules.dates.end()), kPieces, 5,
                       300);
  check_same_on_random({rules.number}, kPieces, 6, 300);
}

TEST_CASE("the dates gate's frozen nodes take a fifth of the bytes the trie's nodes took") {
  const RuleGates rules = rule_gates();
  const auto gate = PhraseGate::of(std::vector<std::string_view>(rules.dates.begin(), rules.dates.end()));
  REQUIRE(gate.has_value());
  // 168 bytes a node before: a 35-entry child table, the key sets and the reading state.
  CHECK(gate->bytes() * 5 <= gate->size() * 168);
}
