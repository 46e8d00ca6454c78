// The sentence boundaries ICU's "en_US@ss=standard" iterator reports, found for ASCII paragraphs
// without ICU (the UAX #29 rules, then ICU's abbreviation filter); Segmenter asks ICU itself
// for the paragraphs these refuse.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "text/sentence_filter.hpp"
#include "text/sentence_rules.hpp"

namespace newsclaim {

class AsciiSentenceBreaks {
 public:
  // The process's instance (its tables are read from ICU once; thread-safe, immutable).
  static const AsciiSentenceBreaks& instance();

  // Appends to out the boundaries b (para.begin < b < para.end) ICU reports inside para, a
  // trimmed line of text. Returns false (out unspecified) when para holds a byte the rules do
  // not model (any non-ASCII byte, a carriage return) or ICU's data was not readable.
  bool boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const;

  const SentenceRules& rules() const { return rules_; }
  const AbbreviationFilter& filter() const { return filter_; }

 private:
  SentenceRules rules_;
  AbbreviationFilter filter_;
};

}  // namespace newsclaim
