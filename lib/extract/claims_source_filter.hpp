// SourceFilter: which claims.source_* rules can match a sentence at all, from the literals each
// rule cannot match without (RuleFilter). A rule's "\s" is any of five bytes, so its literals stop
// at each one: ",\s(?:said|told)" yields only "said" and "told", found in nearly every sentence
// that names a source. Most sentences' only whitespace is the space, and there the rule means the
// same with each "\s" written as " ": that copy's literals are ", said" and ", told", which most
// sentences lack. So a sentence without tab, newline, carriage return or form feed is filtered by
// the copies; any other (rare: the normalized text folds tabs and form feeds) tries every rule,
// which spares start-up a second filter (building one costs some 8 M instructions). Used by
// ClaimAttribution.
#pragma once
#include <re2/re2.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/rule_hits.hpp"

namespace newsclaim {

class SourceFilter {
 public:
  // Up to 64 rules; bit i of a result stands for rules[i].
  explicit SourceFilter(const std::vector<const RE2*>& rules);
  // Bit i clear: rules[i] matches nowhere in sentence. Bit i set: it may.
  uint64_t may_match(std::string_view sentence) const;

 private:
  RuleFilter spaced_;  // of the copies with "\s" as " "
  uint64_t all_ = 0;   // a bit per rule
};

// The copy of pattern the filter reads: each "\s" outside a character class written as " " (the
// same language over text whose only whitespace is the space), and each counted repetition
// "{m,n}" as "{m,}" (a larger language, so literals it needs the rule needs too; RE2 compiles
// "{0,60}" as sixty copies, and compiling the copies was most of the filter's cost). A pattern
// using \Q...\E is returned unchanged.
std::string filter_copy(std::string_view pattern);

// The filter of the copies of rules (filter_copy), as SourceFilter reads sentences whose only
// whitespace is the space. A copy that does not parse (it always does: a space is a literal
// wherever \s is an atom) leaves the filter without a gate: every rule is tried.
RuleFilter spaced_filter(const std::vector<const RE2*>& rules);

// Whether text holds whitespace other than the space, as RE2's \s sees it (\t \n \f \r).
bool has_other_space(std::string_view text);

}  // namespace newsclaim
