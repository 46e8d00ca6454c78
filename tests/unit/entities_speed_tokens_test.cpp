// The entities tokenizer's shortcuts (and org_cue_any_case's, which asks about a word's
// title-case form only when it differs from the word): a word's hyphens and apostrophes, noted while its end
// is found, gate the tests only such words can pass (possessive, lower-case suffix, contraction, party tag);
// two byte tests rule out a currency sign after most words; a word that keeps its period is looked up once
// for every question about it. Each token must still be cut, marked and given the facts of its word as the
// tests in full would.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/entities_capitals.hpp"
#include "extract/entities_lexicon.hpp"
#include "extract/entities_tokens.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

const Lexicon& lexicon() {
  static const auto rules = Ruleset::load("");
  static const Lexicon lex(*rules.value());
  return lex;
}

// Tokens of the run text[begin, end) (end npos: to the end of text).
std::vector<Token> tokens_of(const std::string& text, size_t begin = 0, size_t end = std::string::npos) {
  std::vector<Token> t;
  const auto e = static_cast<uint32_t>(std::min(end, text.size()));
  tokenize_run(text, static_cast<uint32_t>(begin), e, lexicon(), t);
  return t;
}

std::vector<std::string> words(const std::string& text, size_t end = std::string::npos) {
  std::vector<std::string> out;
  for (const Token& t : tokens_of(text, 0, end)) out.emplace_back(word(text, t));
  return out;
}

}  // namespace

TEST_CASE("words with an apostrophe: possessives cut, contractions dropped, others kept") {
  const std::string text = "Trump's Won't O'Brien We'll McDonald's Corp";
  const std::vector<Token> t = tokens_of(text);
  REQUIRE(t.size() == 6);
  CHECK(word(text, t[0]) == "Trump");
  CHECK((t[0].possessive && t[0].break_after));
  CHECK(t[1].drop);                                      // "Won't"
  CHECK((word(text, t[2]) == "O'Brien" && !t[2].drop));  // an apostrophe inside a name
  CHECK(t[3].drop);                                      // "We'll"
  CHECK(word(text, t[4]) == "McDonald's");               // put back before a company suffix
  CHECK(!t[4].possessive);
}

TEST_CASE("words with a hyphen: suffixes cut, given names kept, party tags dropped") {
  const std::string beijing = "Beijing-based Acme";
  const std::vector<Token> b = tokens_of(beijing);
  REQUIRE(b.size() == 2);
  CHECK((word(beijing, b[0]) == "Beijing" && b[0].place_hint && b[0].break_after));
  CHECK(words("Ban Ki-moon") == std::vector<std::string>{"Ban", "Ki-moon"});
  const std::string opened = "(R-Utah) said";  // the run starts after the parenthesis
  const std::vector<Token> p = tokens_of(opened, 1, 8);
  REQUIRE(p.size() == 1);
  CHECK(p[0].drop);
  const std::string tagged = "Lee, R-Utah";  // a comma opens the tag too
  const std::vector<Token> t = tokens_of(tagged);
  REQUIRE(t.size() == 2);
  CHECK(t[1].drop);
  CHECK(!tokens_of("D-Wave Systems")[0].drop);  // a company's name, no tag: nothing opens it
}

TEST_CASE("a currency sign after a short code skips the code; other words stay") {
  using Words = std::vector<std::string>;
  CHECK(words("US $40", 2) == Words{});
  CHECK(words("US$40", 2) == Words{});
  CHECK(words("GB \xC2\xA3"
              "20",
              2) == Words{});
  CHECK(words("EU \xE2\x82\xAC"
              "5",
              2) == Words{});
  CHECK(words("Air Force $40 billion", 9) == Words{"Air", "Force"});  // no short code before the sign
  CHECK(words("Air Force 40", 9) == Words{"Air", "Force"});
  CHECK(words("Air Force \xC3\xA9t\xC3\xA9", 9) == Words{"Air", "Force"});
  CHECK(words("Acme US", 7) == Words{"Acme", "US"});  // a code at the text's end
}

TEST_CASE("random runs: every token has its cut word's facts, and the gated marks only on such words") {
  const std::vector<std::string> vocabulary = {"Acme",
                                               "Inc.",
                                               "Corp.",
                                               "Ont.",
                                               "N.J.",
                                               "U.S.",
                                               "Jan.",
                                               "Smith.",
                                               "W.",
                                               "Jr.",
                                               "St.",
                                               "Trump's",
                                               "Won't",
                                               "O'Brien",
                                               "We'll",
                                               "Beijing-based",
                                               "Ki-moon",
                                               "R-Utah",
                                               "D-Mass.",
                                               "U.S.-led",
                                               "of",
                                               "and",
                                               "&",
                                               "the",
                                               "Prime",
                                               "Minister",
                                               "Co",
                                               "Ltd.",
                                               "Newark,",
                                               "US",
                                               "GB",
                                               "$40",
                                               "\xC2\xA3"
                                               "5",
                                               "President",
                                               "Ford"};
  std::mt19937 rng(17);
  for (int round = 0; round < 20000; ++round) {
    std::string text = round % 3 == 0 ? "Newark, " : "";
    const size_t n = 1 + rng() % 6;
    for (size_t k = 0; k < n; ++k) {
      if (k > 0 || !text.empty()) text += ' ';
      text += vocabulary[rng() % vocabulary.size()];
    }
    std::vector<Token> t;
    tokenize_run(text, 0, static_cast<uint32_t>(text.size()), lexicon(), t);
    for (const Token& tok : t) {
      const std::string_view w = word(text, tok);
      CAPTURE(text);
      CAPTURE(w);
      REQUIRE(tok.facts == lexicon().facts(w));
      const std::string_view whole = std::string_view(text).substr(tok.begin);
      const std::string_view full = whole.substr(0, whole.find(' '));
      if (tok.possessive) CHECK(full.find('\'') != std::string_view::npos);
      if (tok.place_hint) CHECK(full.find('-') != std::string_view::npos);
    }
  }
}

TEST_CASE("an organization cue in any case: as the title-case form compared in full says") {
  const Lexicon& lex = lexicon();
  // "LTD" -> "Ltd", "CORP." -> "Corp.": ASCII words of up to 16 bytes, all but the first byte
  // lowered; others (longer, or not ASCII) have no other form to ask about.
  auto reference = [&](const std::string& w, CuePosition p) {
    if (Lexicon::org_cue(lex.facts(w), p)) return true;
    if (w.size() > 16) return false;
    std::string title = w;
    for (size_t i = 0; i < w.size(); ++i) {
      if (static_cast<unsigned char>(w[i]) >= 0x80) return false;
      if (i > 0 && w[i] >= 'A' && w[i] <= 'Z') title[i] = static_cast<char>(w[i] - 'A' + 'a');
    }
    return title != w && lex.org_cue(title, p);
  };
  size_t cues = 0;
  for (std::string w : {"LTD",    "Ltd",      "ltd",      "CORP.",       "Corp",
                        "INC",    "inc",      "COMPANY",  "Company",     "BANK",
                        "AGENCY", "MINISTRY", "Ministry", "GmbH",        "AG",
                        "PLC",    "Smith",    "SMITH",    "\xC3\x89TAT", "INTERNATIONALIZATION",
                        "",       "A",        "X-RAY",    "CO",          "Co"}) {
    for (const CuePosition p : {CuePosition::Suffix, CuePosition::Last, CuePosition::First}) {
      CAPTURE(w);
      const bool expected = reference(w, p);
      CHECK(org_cue_any_case(w, lex.facts(w), lex, p) == expected);
      cues += expected;
    }
  }
  CHECK(cues > 10);
}

}  // namespace newsclaim
