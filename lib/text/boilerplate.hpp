// Boilerplate detection: marks page furniture (related/trending story lists, credits,
// copyright lines, cookie and terms notices, share prompts) and paragraphs repeated verbatim,
// so that nothing inside them is reported as an article fact.
#pragma once
#include <vector>

#include "core/extraction.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

class Ruleset;

// Regions in text order, non-overlapping, each a whole number of paragraphs.
std::vector<Boilerplate> find_boilerplate(const Document& doc, const Layout& layout, const Ruleset& rules);

}  // namespace newsclaim
