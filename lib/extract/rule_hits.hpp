// RuleHits: every match of one rule over a whole document, found in one linear scan, so that
// later per-sentence questions ("how many number cues in this sentence?") are binary searches
// instead of one regex run per sentence. Used by the claims and contracts stages.
#pragma once
#include <re2/re2.h>
#include <re2/set.h>

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

}  // namespace newsclaim
