// A RuleFilter of at most eight atoms (the contracts stage's one-rule gates) finds them by their
// first three bytes, sixteen offsets at a time (byte shuffles over tables of their halves), then
// checks each candidate offset in full. These tests hold its answers to the plain definition (a
// rule may match when each of its clauses has an atom somewhere in the text, ASCII case folded)
// on texts of every length up to 80 bytes with atoms at every offset, in either case, cut short
// at the end, and next to bytes that equal an atom's only once bit 5 is set; and check that the
// embedded contracts gates take this path.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "claims_fixture.hpp"
#include "extract/claims_source_filter.hpp"
#include "extract/rule_hits.hpp"
#include "rule_filter_reference.hpp"

namespace newsclaim {
namespace {

// The scan by heads needs SSSE3 (x86-64 processors have it); elsewhere the grams answer.
#if defined(__x86_64__) && defined(__GNUC__)
const bool kHeadScan = __builtin_cpu_supports("ssse3");
#else
const bool kHeadScan = false;
#endif

RuleFilter filter_of(const std::vector<std::string>& patterns) {
  std::vector<std::pair<std::string, RE2::Options>> rules;
  for (const std::string& p : patterns) rules.emplace_back(p, RE2::Options());
  return RuleFilter::of_texts(rules);
}

// Text of random bytes drawn mostly from the atoms' own letters and their bit-5 twins, with
// atoms (whole, cut short, in either case) written in.
std::string text_with_atoms(std::mt19937& rng, const std::vector<std::string>& atoms, size_t size) {
  static const std::string kBytes = "bidBIDtenTENdeaDEAl@`{[ ,.-\x02\"saySAYKk\xc3\xa9";
  std::string text;
  while (text.size() < size) {
    if (rng() % 3 == 0) {
      std::string atom = atoms[rng() % atoms.size()];
      if (rng() % 4 == 0) atom.resize(atom.size() - 1);
      for (char& c : atom) c = rng() % 2 == 0 && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      text += atom;
    } else {
      text += kBytes[rng() % kBytes.size()];
    }
  }
  text.resize(size);
  return text;
}

}  // namespace

TEST_CASE("a few atoms: found at every offset of texts of every length") {
  const std::vector<std::string> patterns = {"(?i)\\bbid\\b", "(?i)tender|deal", "(?i), said\\b", "x@y|say"};
  const RuleFilter filter = filter_of(patterns);
  REQUIRE(filter.scans_heads() == kHeadScan);
  for (size_t size = 0; size <= 80; ++size) {
    for (size_t at = 0; at + 3 <= size; ++at) {
      for (const std::string atom : {"bid", "BiD", "deal", "TENDER", ", said", "x@y", "say"}) {
        std::string text(size, '.');
        if (at + atom.size() > size) continue;
        text.replace(at, atom.size(), atom);
        REQUIRE_MESSAGE(filter.may_match(text) == test::expected_may_match(filter, patterns.size(), text),
                        text);
      }
    }
    // Bytes equal to an atom's once bit 5 is set ("x`y" for "x@y", "BI\x04" for "bid") are no atom.
    for (const std::string twin : {"x`y", "X`Y", "bi\x04", "\x02id", "sa\x19", "de\x01l"}) {
      std::string text(size, ' ');
      if (twin.size() > size) continue;
      text.replace(size - twin.size(), twin.size(), twin);
      REQUIRE_MESSAGE(filter.may_match(text) == test::expected_may_match(filter, patterns.size(), text),
                      text);
    }
  }
}

TEST_CASE("a few atoms: random texts against the definition") {
  const std::vector<std::string> patterns = {"(?i)\\bbid\\b", "(?i)tender|deal", "(?i), said\\b", "x@y|say"};
  const RuleFilter filter = filter_of(patterns);
  REQUIRE(filter.scans_heads() == kHeadScan);
  const std::vector<std::string> atoms = {"bid", "tender", "deal", ", said", "x@y", "say"};
  std::mt19937 rng(7);
  for (int t = 0; t < 20000; ++t) {
    const std::string text = text_with_atoms(rng, atoms, rng() % 90);
    REQUIRE_MESSAGE(filter.may_match(text) == test::expected_may_match(filter, patterns.size(), text), text);
  }
}

TEST_CASE("more than eight atoms are looked for by hashed grams, with the same answers") {
  const std::vector<std::string> patterns = {"alpha|bravo|charlie|delta|echo", "foxtrot|golf|hotel|india"};
  const RuleFilter filter = filter_of(patterns);
  CHECK_FALSE(filter.scans_heads());
  CHECK(filter.may_match("a golf day") == 2);
  CHECK(filter.may_match("ECHO golf") == 3);
  CHECK(filter.may_match("gol") == 0);
}

TEST_CASE("the embedded contracts gates of one rule each scan by heads, as the definition says") {
  const Ruleset& rules = test::embedded_rules();
  std::vector<std::string> keys = {"contracts.deal_noun"};
  for (const std::string& key : rules.keys_with_prefix("contracts.role_")) keys.push_back(key);
  std::mt19937 rng(11);
  size_t heads = 0;
  for (const std::string& key : keys) {
    // As SourceFilter builds the gate: from the rule with each \s written as a space.
    const RuleFilter filter = filter_of({filter_copy(rules.re(key).pattern())});
    heads += filter.scans_heads() ? 1 : 0;
    std::vector<std::string> atoms;
    for (const auto& clause : filter.clauses(0)) atoms.insert(atoms.end(), clause.begin(), clause.end());
    if (atoms.empty()) continue;
    for (int t = 0; t < 300; ++t) {
      const std::string text = text_with_atoms(rng, atoms, rng() % 120);
      REQUIRE_MESSAGE(filter.may_match(text) == test::expected_may_match(filter, 1, text),
                      key << ": " << text);
    }
  }
  CHECK(heads >= (kHeadScan ? keys.size() / 2 : 0));
}

}  // namespace newsclaim
