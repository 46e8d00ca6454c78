// org_cue_any_case asks the lexicon whether any role or cue form has the title-case shape of a
// word in capitals before spelling that form out; dateline_run asks where a run stands before
// it looks its words up. Both must answer as the plain code did: the title-case form built,
// then looked up.
#include <doctest/doctest.h>

#include <array>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extract/entities_capitals.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// The plain code: the word's own facts, else its title-case form ("INC" -> "Inc") when that
// differs from it, for ASCII words of up to 16 bytes.
bool org_cue_by_title(std::string_view w, const WordFacts* f, const Lexicon& lex, CuePosition p) {
  if (Lexicon::org_cue(f, p)) return true;
  if (w.size() > 16) return false;
  std::string title(w);
  bool changed = false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (static_cast<unsigned char>(w[i]) >= 0x80) return false;
    if (i > 0 && w[i] >= 'A' && w[i] <= 'Z') title[i] = static_cast<char>(w[i] - 'A' + 'a'), changed = true;
  }
  return changed && lex.org_cue(title, p);
}

// The plain code of caps_title_not_name: the title-case form of a word in capitals looked up.
bool not_name_by_title(std::string_view w, const WordFacts* f, const Lexicon& lex) {
  if (w.size() < 3 || w.size() > 16 || !caps_word(w)) return false;
  std::string title(w);
  for (size_t i = 0; i < w.size(); ++i) {
    if (static_cast<unsigned char>(w[i]) >= 0x80) return false;
    if (i > 0 && w[i] >= 'A' && w[i] <= 'Z') title[i] = static_cast<char>(w[i] - 'A' + 'a');
  }
  return !lex.acronym(w, f) && lex.not_name(title);
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::vector<std::string> words_to_ask(const Ruleset& rules) {
  std::vector<std::string> words = {"",
                                    "A",
                                    "I",
                                    "INC",
                                    "Inc",
                                    "CORP",
                                    "LTD",
                                    "BANK",
                                    "ZÜRICH",
                                    "CO.",
                                    "S.A.",
                                    "COMPANY",
                                    "GROUP",
                                    "AG",
                                    "PLC",
                                    "SAYS",
                                    "TO",
                                    "NV",
                                    "HOLDINGS",
                                    "X",
                                    "ÉCOLE",
                                    "INTERNATIONALIZATIONS",
                                    "MINISTRY",
                                    "PRESIDENT",
                                    "CHIEF EXECUTIVE"};
  // every cue and role form of the built-in lists, as written and in capitals
  for (const char* name :
       {"entities.org_cues", "entities.roles", "entities.not_names", "entities.currencies", "dates.words"}) {
    const Gazetteer& g = rules.gazetteer(name);
    for (size_t r = 0; r < g.size(); ++r) {
      words.emplace_back(g.cell(r, 0));
      words.push_back(upper(g.cell(r, 0)));
    }
  }
  // and capitals at random, most of them no cue of any kind
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> length(1, 20), letter(0, 25);
  for (int k = 0; k < 20000; ++k) {
    std::string w(static_cast<size_t>(length(rng)), 'A');
    for (char& c : w) c = static_cast<char>('A' + letter(rng));
    words.push_back(std::move(w));
  }
  return words;
}

// The built-in rules and their lexicon, loaded once for the test cases below.
struct BuiltIn {
  std::shared_ptr<const Ruleset> rules;
  std::unique_ptr<const Lexicon> lex;
  BuiltIn() {
    auto loaded = Ruleset::load("");
    REQUIRE(loaded.ok());
    rules = loaded.value();
    lex = std::make_unique<Lexicon>(*rules);
  }
};

// Asks fast and plain (each (w, f, lex) -> bool) about every word of words_to_ask; checks that
// they agree and returns how many times plain said yes.
template <typename Fast, typename Plain>
size_t agreeing(const BuiltIn& b, Fast fast, Plain plain) {
  size_t yes = 0;
  for (const std::string& w : words_to_ask(*b.rules)) {
    const WordFacts* f = b.lex->facts(w);
    const bool expected = plain(w, f, *b.lex);
    CHECK_MESSAGE(fast(w, f, *b.lex) == expected, w);
    yes += expected;
  }
  return yes;
}

TEST_CASE("org_cue_any_case: the shape test first answers as the title-case lookup does") {
  const BuiltIn b;
  size_t cues = 0;
  for (size_t p = 0; p < kCueNames.size(); ++p) {
    const auto where = static_cast<CuePosition>(p);
    CAPTURE(kCueNames[p].name);
    cues += agreeing(
        b,
        [&](std::string_view w, const WordFacts* f, const Lexicon& lex) {
          return org_cue_any_case(w, f, lex, where);
        },
        [&](std::string_view w, const WordFacts* f, const Lexicon& lex) {
          return org_cue_by_title(w, f, lex, where);
        });
  }
  CHECK(cues > 100);  // the lists' cues in capitals are found ("INC", "BANK", "MINISTRY")
  const Lexicon& lex = *b.lex;
  CHECK(org_cue_any_case("INC", lex.facts("INC"), lex, CuePosition::Suffix));
  CHECK(org_cue_any_case("BANK", lex.facts("BANK"), lex, CuePosition::Last));
  CHECK_FALSE(org_cue_any_case("SAYS", lex.facts("SAYS"), lex, CuePosition::Last));
}

TEST_CASE("caps_title_not_name: the shape test first answers as the title-case lookup does") {
  const BuiltIn b;
  const size_t not_names = agreeing(b, caps_title_not_name, not_name_by_title);
  CHECK(not_names > 20);  // months, weekdays and currencies in capitals ("FEBRUARY", "MONDAY")
  const Lexicon& lex = *b.lex;
  CHECK(caps_title_not_name("FEBRUARY", lex.facts("FEBRUARY"), lex));
  CHECK_FALSE(caps_title_not_name("BRISTOW", lex.facts("BRISTOW"), lex));
}

}  // namespace
}  // namespace newsclaim
