// Entities stage, internal: the tokenizer rule that finds runs of capitalized words joined by
// single spaces and connectors ("Minister of Foreign Affairs Francois-Phillipe Champagne").
// Hand-written rather than RE2 because it runs once per capitalized word of every article.
#pragma once
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "extract/entities_lexicon.hpp"

namespace newsclaim {

// Runs of capitalized words in text, in order. A word starts with an upper-case letter (any
// script) and goes on over letters, digits, marks and inner ' or -, with a trailing '.' kept
// ("Inc.", "U.S."; entities_tokens decides later whether it ends a sentence). Words join when one
// space, or one space + one or two connectors + one space, separates them.
std::vector<Span> scan_capitalized_runs(std::string_view text, const WordTable<bool>& connectors);

// Length of the Arabic article glued to the capitalized name w opens with ("al-Sabah",
// "el-Sisi": 3), or 0. Such a word continues a run and is a name word, no connector.
inline size_t arabic_article_length(std::string_view w) {
  if (w.size() < 4 || w[2] != '-' || w[3] < 'A' || w[3] > 'Z') return 0;
  return w.starts_with("al") || w.starts_with("el") ? 3 : 0;
}

}  // namespace newsclaim
