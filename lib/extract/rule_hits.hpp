// RuleHits: every match of one rule over a whole document, found in one linear scan, so that
// later per-sentence questions ("how many number cues in this sentence?") are binary searches
// instead of one regex run per sentence. Used by the claims and contracts stages. Also the
// helpers that decide which rules to run on a sentence at all: RE2::Set, RuleFilter.
#pragma once
#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/span.hpp"

namespace newsclaim {

class RuleHits {
 public:
  // All non-overlapping matches of re in text (byte spans, in order). Empty matches are skipped.
  RuleHits(const RE2& re, std::string_view text) : RuleHits(re, text, Span{0, static_cast<uint32_t>(text.size())}) {}
  // Matches of re inside range of text only (offsets still index text).
  RuleHits(const RE2& re, std::string_view text, Span range);
  // Matches lying entirely inside span, as a range [first, last) of hits().
  std::pair<size_t, size_t> within(Span span) const;
  size_t count_in(Span span) const;
  const std::vector<Span>& hits() const { return hits_; }

 private:
  std::vector<Span> hits_;
};

// The span of capture group `group` (1..15) of re's first match inside `within` of text; an
// empty optional when re does not match there or the group did not take part.
std::optional<Span> first_group(const RE2& re, std::string_view text, Span within, int group);

// An RE2::Set of the rules named by keys (index i = keys[i]), compiled, for "which of these
// rules match this sentence" in one pass. The set reads bytes as Latin-1: exact for ASCII
// rules; for rules with non-ASCII classes a prefilter (it may say yes where UTF-8 would not). Throws std::logic_error when a rule is missing or the
// set does not compile.
std::unique_ptr<RE2::Set> make_rule_set(const class Ruleset& rules, const std::vector<std::string>& keys);

// Indexes of the rules of set matching text, ascending.
std::vector<int> matching_rules(const RE2::Set& set, std::string_view text);

// RuleFilter: which of up to 64 rules can match a text at all, from the literals ("atoms") each
// rule cannot match without, which RE2's FilteredRE2 derives from the rule's syntax ("said" or
// "says" for "{NAME} (?:said|says)"). A plain scan for the atoms then spares the rules whose
// atoms are absent their far costlier regex runs. Exact: a rule it rules out cannot match.
class RuleFilter {
 public:
  // Throws std::logic_error when there are more than 64 rules.
  explicit RuleFilter(const std::vector<const RE2*>& rules);
  // The same from each rule's regex text and options, compiled once here (by FilteredRE2).
  static RuleFilter of_texts(const std::vector<std::pair<std::string, RE2::Options>>& rules);
  // Bit i clear: rules[i] matches nowhere in text. Bit i set: it may.
  uint64_t may_match(std::string_view text) const;
  // The atoms of rule i as clauses, each "one of these": for tests ({{"said", "says"}}).
  std::vector<std::vector<std::string>> clauses(size_t rule) const;
  // Whether the atoms are looked for by their first three bytes, 16 offsets at a time (a few
  // atoms, none assumed present: the gates of single rules), else by the hashed three bytes.
  bool scans_heads() const { return scans_heads_; }

 private:
  RuleFilter() = default;
  void build(const std::vector<std::pair<std::string, RE2::Options>>& rules);
  uint64_t atoms_in(std::string_view text) const;
  // atoms_in by head_nibbles_: the offsets where an atom's first three bytes may stand, 16 at
  // a time, each then checked by atoms_at.
  uint64_t atoms_by_heads(std::string_view text) const;
  // Adds to found the atoms (not yet in it) that start at byte i of text.
  void atoms_at(std::string_view text, size_t i, uint64_t& found) const;
  void add_grams(const std::string& atom);
  void add_gram(unsigned b0, unsigned b1, unsigned b2) {
    const size_t g = gram_of(b0 | b1 << 8 | b2 << 16);
    grams_[g / 64] |= uint64_t{1} << (g % 64);
  }
  bool gram_at(uint32_t three) const {
    const size_t g = gram_of(three);
    return ((grams_[g / 64] >> (g % 64)) & 1U) != 0;
  }
  // Three bytes (the low 24 bits) as a bit of grams_: each byte with bit 5 set, so that a letter
  // reads as its lower case (other bytes may meet another byte, which only lets more through).
  static size_t gram_of(uint32_t three) { return ((three | 0x202020U) & 0xFFFFFFU) * 0x9E3779B1U >> 16; }

  std::vector<std::string> atoms_;              // lower case; at most 64 (bit i: atoms_[i])
  uint64_t always_ = 0;                          // atoms assumed present in every text
  std::vector<std::vector<uint64_t>> clauses_;   // per rule: masks of atoms, each needed once
  // Atoms by their first, second and third byte (ASCII folded): a position holds an atom only
  // if it is in all three masks of the bytes there (atoms have three bytes at least).
  std::array<std::array<uint64_t, 256>, 3> by_byte_{};
  // Three bytes at even offsets tell where an atom may start: one starting at an even i holds
  // its first three bytes there, one starting at the odd i - 1 its bytes 1 to 3 (a three-byte
  // atom its bytes 1 and 2 and any byte after them: all 256 are entered). The scan reads half
  // the offsets, and most three bytes of news text are no atom's (pairs such as "th" or "re"
  // were: a filter of pairs sent a fifth of the offsets to the atoms' own test).
  std::array<uint64_t, 65536 / 64> grams_{};
  // With at most kHeadAtoms atoms (and SSSE3), the atoms by their first three bytes (bit 5 set,
  // as in gram_of), as tables of each byte's low and high four bits: table 2k + h, entry v has
  // bit i when half h of byte k of atom i is v. Byte shuffles look up 16 offsets at once, some
  // 30 instructions where the hashed grams cost ten per two offsets.
  static constexpr size_t kHeadAtoms = 8;
  bool scans_heads_ = false;
  std::array<std::array<uint8_t, 16>, 6> head_nibbles_{};
  uint64_t all_rules_ = 0;
};

}  // namespace newsclaim
