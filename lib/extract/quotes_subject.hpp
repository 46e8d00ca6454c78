// Quotes stage: the subject of the clause a scare quote stands in, as its speaker when nothing
// attributes it ("Ruhle asked whether the "tone set" by some supporters is dangerous").
#pragma once
#include <optional>
#include <vector>

#include "core/extraction.hpp"
#include "extract/quotes_split.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace re2 {
class RE2;
}

namespace newsclaim {

// The subject opening the main clause of the quote's sentence, after a linking adverb and an
// introductory phrase (clause_opening): "he", "she", "they", or a mention of a person or an
// organization ("Ruhle", "PolitiFact"); nullopt when the clause opens with anything else.
std::optional<Attribution> clause_subject(const Document& doc, const Layout& layout,
                                          const std::vector<Entity>& entities, const re2::RE2& clause_opening,
                                          Span quote);

}  // namespace newsclaim
