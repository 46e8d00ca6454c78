// The entities stage looks each word up once and asks the kept WordFacts its questions
// (Lexicon's static queries, tokens' and mentions' facts): those answers must be the ones the
// lookups by text give, for every gazetteer form, their case variants and words no list has.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/entities_lexicon.hpp"
#include "extract/entities_tokens.hpp"
#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

// Forms to ask about: every first cell of the entities gazetteers and a few case variants,
// plus words that are in no list.
std::vector<std::string> sample_forms(const Ruleset& rules) {
  std::vector<std::string> out = {"Xyzzy", "xyzzy", "Qwerty Plc", "", "A", "ACME", "Zephyrtown"};
  for (const char* key : {"entities.places", "entities.organizations", "entities.acronyms", "entities.roles",
                          "entities.org_cues", "entities.first_names", "entities.common_words",
                          "entities.not_names", "entities.products", "entities.demonyms"}) {
    const Gazetteer& g = rules.gazetteer(key);
    for (size_t r = 0; r < g.size(); r += 7) {  // every seventh row: all kinds, a bounded test
      const std::string w(g.cell(r, 0));
      out.push_back(w);
      std::string upper = w;
      for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      out.push_back(upper);
      std::string title = ascii_lower(w);
      if (!title.empty()) title[0] = upper[0];
      out.push_back(title);
    }
  }
  const Gazetteer& acronyms = rules.gazetteer("entities.acronyms");
  for (size_t r = 0; r < acronyms.size(); ++r) out.emplace_back(acronyms.cell(r, *acronyms.column("expansion")));
  return out;
}

TEST_CASE("the queries on looked-up facts answer as the lookups by text") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  size_t roles = 0, cues = 0, acronyms = 0;
  for (const std::string& w : sample_forms(*rules.value())) {
    CAPTURE(w);
    const WordFacts* f = lex.facts(w);
    const KnownName* k = lex.known(w);
    REQUIRE((Lexicon::known(f) != nullptr) == (k != nullptr));
    if (k) CHECK(Lexicon::known(f)->type == k->type);
    const RoleKind* r = lex.role(w);
    REQUIRE((Lexicon::role(f) != nullptr) == (r != nullptr));
    if (r) {
      CHECK(*Lexicon::role(f) == *r);
      ++roles;
    }
    for (size_t p = 0; p < kCueNames.size(); ++p) {
      const auto where = static_cast<CuePosition>(p);
      CHECK(Lexicon::org_cue(f, where) == lex.org_cue(w, where));
      cues += lex.org_cue(w, where);
    }
    CHECK(Lexicon::first_name(f) == lex.first_name(w));
    CHECK(Lexicon::not_name(f) == lex.not_name(w));
    CHECK(Lexicon::common_word(f) == lex.common_word(w));
    CHECK(lex.acronym(w, f) == lex.acronym(w));
    CHECK(lex.acronym_of(w, f) == lex.acronym_of(w));
    acronyms += lex.acronym(w) != nullptr;
  }
  CHECK(roles > 10);  // the sample reaches every kind of answer
  CHECK(cues > 10);
  CHECK(acronyms > 10);
}

// Capitalized forms as the lexicon adds them for roles: "Prime Minister", "PRIME MINISTER".
std::string capitalized(std::string_view w, bool every_word, bool all) {
  std::string out(w);
  bool start = true;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z' && (all || start)) c = static_cast<char>(c - 'a' + 'A');
    start = every_word && (c == ' ' || c == '-');
  }
  return out;
}

TEST_CASE("every role and cue form passes the shape filter before the role and cue table") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  const Gazetteer& roles = rules.value()->gazetteer("entities.roles");
  for (size_t r = 0; r < roles.size(); ++r) {
    for (const std::string& w : {std::string(roles.cell(r, 0)), capitalized(roles.cell(r, 0), false, false),
                                 capitalized(roles.cell(r, 0), true, false), capitalized(roles.cell(r, 0), false, true)}) {
      CAPTURE(w);
      REQUIRE(lex.role(w) != nullptr);
      REQUIRE(Lexicon::role(lex.facts(w)) != nullptr);
      CHECK(*Lexicon::role(lex.facts(w)) == *lex.role(w));
    }
  }
  const Gazetteer& cues = rules.value()->gazetteer("entities.org_cues");
  const size_t position = *cues.column("position");
  size_t checked = 0;
  for (size_t r = 0; r < cues.size(); ++r) {
    for (size_t p = 0; p < kCueNames.size(); ++p) {
      if (cues.cell(r, position) != kCueNames[p].name) continue;
      CAPTURE(cues.cell(r, 0));
      CHECK(lex.org_cue(cues.cell(r, 0), static_cast<CuePosition>(p)));
      ++checked;
    }
  }
  CHECK(checked > 100);
  // and the filter turns most other words away: a handful of words in no list
  for (const char* w : {"said", "the", "walked", "Tuesday's", "zz"}) CHECK(lex.role(w) == nullptr);
}

TEST_CASE("each token keeps the facts of its word as cut, also after a possessive is put back") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  const std::string text = "Minister Jan Kowalski of McDonald's Corp met Beijing-based Acme Inc. The";
  std::vector<Token> tokens;
  tokenize_run(text, 0, static_cast<uint32_t>(text.size()), lex, tokens);
  REQUIRE(tokens.size() >= 8);
  bool glued = false;
  for (const Token& t : tokens) {
    CAPTURE(word(text, t));
    CHECK(t.facts == lex.facts(word(text, t)));
    glued |= word(text, t) == "McDonald's";
  }
  CHECK(glued);  // "'s Corp": the possessive belongs to the company's name
  CHECK(word(text, tokens[0]) == "Minister");
  CHECK(Lexicon::role(tokens[0].facts) != nullptr);
}

}  // namespace
}  // namespace newsclaim
