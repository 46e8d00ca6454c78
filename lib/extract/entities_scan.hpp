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

}  // namespace newsclaim
