// CueLexicon's fast paths: words read from a 64-byte mask of word bytes (SSE2 blocks and a
// byte-by-byte tail), a one-word phrase taken as soon as its word is found, a phrase whose
// second word cannot open with the next word's first letter skipped unread, and the first three
// letters of a word of three or more read without tests of its length. Held to a plain
// word split and to the rows' regexes on written and random texts of every length.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "cue_regex.hpp"
#include "extract/claims_words.hpp"
#include "extract/cue_lexicon.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// Words as RE2's \b sees them, byte by byte: runs of ASCII letters, digits and '_'.
std::vector<std::pair<size_t, size_t>> plain_words(std::string_view s) {
  auto word_byte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < s.size();) {
    if (!word_byte(s[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < s.size() && word_byte(s[end])) ++end;
    words.emplace_back(i, end);
    i = end;
  }
  return words;
}

// Rows sharing first words, as the fast paths group them: a one-word phrase with longer ones
// after the same word, second words of each form (word, prefix, suffix, digits), hyphens.
const std::string kRows =
    "of course\topinion\nin my opinion\topinion\nin-depth\tfact\nin\tfact\none\tnumber\none-off\tfact\n"
    "a third\tnumber\na 3rd\tnumber\ntop 10\tnumber\ntax*\ttopic\ntax break\ttopic\nhas *ed\tfact\n"
    "has been\tfact\nmore than\tcmp\nmore salar+\ttopic\nre_do\tfact\nsaid\tsaid\n";
const std::vector<std::string> kCues = {"opinion", "fact", "number", "topic", "cmp", "said"};

struct Fixture {
  std::shared_ptr<const Ruleset> rules = [] {
    auto r = Ruleset::from_files({{"claims/cue_words.tsv", "phrase\tcue\n" + kRows, "test"}});
    REQUIRE_MESSAGE(r.ok(), r.error().to_string());
    return r.value();
  }();
  CueLexicon lex{rules->gazetteer("claims.cue_words"), kCues};
  std::vector<std::unique_ptr<RE2>> regexes = test::cue_regexes(rules->gazetteer("claims.cue_words"), kCues);

  // The cues the regexes find in text, as CueLexicon's bits.
  uint64_t expected(const std::string& text) const {
    uint64_t bits = 0;
    for (size_t c = 0; c < regexes.size(); ++c)
      if (RE2::PartialMatch(text, *regexes[c])) bits |= uint64_t{1} << c;
    return bits;
  }
  // The cues the lexicon finds, checking on the way that it reports the words a plain split does.
  uint64_t found(const std::string& text) const {
    std::vector<std::pair<size_t, size_t>> words;
    const uint64_t bits = lex.matching(text, [&](size_t b, size_t e) { words.emplace_back(b, e); });
    REQUIRE(words == plain_words(text));
    CHECK(lex.matching(text) == bits);
    return bits;
  }
};

}  // namespace

TEST_CASE("written sentences: shared first words, second words of every form") {
  const Fixture f;
  for (const std::string text : {"Of course.",
                                 "OF COURSE",
                                 "of courses",
                                 "of  \n course",
                                 "of, course",
                                 "In my opinion",
                                 "in my opinions",
                                 "an in-depth look",
                                 "in depth",
                                 "in",
                                 "one",
                                 "one-off",
                                 "one off",
                                 "a third",
                                 "a 3rd",
                                 "a thirds",
                                 "Top 10",
                                 "top 100",
                                 "taxes",
                                 "tax break",
                                 "tax breaks",
                                 "has voted",
                                 "has been",
                                 "has ed",
                                 "has bean",
                                 "more than",
                                 "more salary",
                                 "more salar",
                                 "re_do",
                                 "re_done",
                                 "said",
                                 "Said_",
                                 "",
                                 "_",
                                 "a",
                                 "of",
                                 "2 of course"}) {
    CHECK_MESSAGE(f.found(text) == f.expected(text), text);
  }
}

TEST_CASE("random texts of every length, words across 64-byte blocks") {
  const Fixture f;
  // Bytes on both sides of each word-byte range, non-ASCII bytes, and the rows' own words.
  const std::vector<std::string> pieces = {
      " ",      "  ",    "-",       "\n",   "_",    "@",      "[",     "`",        "{",     "/",   ":",
      "0",      "9",     "A",       "Z",    "a",    "z",      "\x80",  "\xc3\xa9", "\xff",  "of",  "in",
      "course", "my",    "opinion", "one",  "off",  "third",  "3rd",   "top",      "10",    "tax", "break",
      "has",    "voted", "been",    "more", "than", "salary", "re_do", "said",     "depth", "x"};
  std::mt19937 rng(3);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string text;
    const size_t target = rng() % 300;
    while (text.size() < target) text += pieces[rng() % pieces.size()];
    REQUIRE_MESSAGE(f.found(text) == f.expected(text), text);
  }
}

TEST_CASE("word counts from the scan: gaps of one space skipped, exact only on ASCII text") {
  const Fixture f;
  const std::vector<std::string> pieces = {"Anna", "berg", "I",    "don", "'",        "t",   "\"", ":",
                                           "(",    " ",    " ",    " ",   "  ",       ", ",  ". ", "-",
                                           "12",   "Oslo", "said", "\n",  "\xc3\xa9", "\x80"};
  std::mt19937 rng(9);
  size_t exact = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    std::string text;
    const size_t target = rng() % 300;
    while (text.size() < target) text += pieces[rng() % pieces.size()];
    WordCounter counter(text);
    f.lex.matching(text, counter);
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    REQUIRE_MESSAGE(counter.exact() == ascii, text);
    if (!ascii) continue;
    ++exact;
    const WordCount plain = count_words(text), scanned = counter.counts();
    REQUIRE_MESSAGE(plain.words == scanned.words, text);
    REQUIRE_MESSAGE(plain.names == scanned.names, text);
  }
  CHECK(exact > 1000);
}

}  // namespace newsclaim
