// The sentence boundaries ICU's "en_US@ss=standard" iterator reports, found without ICU (the
// UAX #29 rules, then ICU's abbreviation filter); Segmenter asks ICU itself for the paragraphs
// these refuse.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "text/sentence_filter.hpp"
#include "text/sentence_rules.hpp"

namespace newsclaim {

class SentenceBreaks {
 public:
  // The process's instance (its tables are read from ICU once; thread-safe, immutable).
  static const SentenceBreaks& instance();

  // Appends to out the boundaries b (para.begin < b < para.end) ICU reports inside para, a
  // trimmed line of text (valid UTF-8). Returns false (out unspecified) when para holds a
  // character the rules do not model (a combining mark, a line separator) or ICU's data was
  // not readable.
  bool boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const;

  const SentenceRules& rules() const { return rules_; }
  const AbbreviationFilter& filter() const { return filter_; }

 private:
  SentenceRules rules_;
  AbbreviationFilter filter_;
};

}  // namespace newsclaim
