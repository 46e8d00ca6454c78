// Boilerplate detection: marks page furniture (related/trending story lists, credits,
// copyright lines, cookie and terms notices, share prompts) and paragraphs repeated verbatim,
// so that nothing inside them is reported as an article fact.
#pragma once
#include <re2/set.h>

#include <memory>
#include <vector>

#include "core/extraction.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

class Ruleset;

// The boilerplate rules of patterns/boilerplate, built once and shared read-only by all threads.
class BoilerplateFinder {
 public:
  explicit BoilerplateFinder(const Ruleset& rules);
  ~BoilerplateFinder();
  // Regions in text order, non-overlapping, each a whole number of paragraphs.
  std::vector<Boilerplate> find(const Document& doc, const Layout& layout) const;

 private:
  // Bits of the whole-paragraph rules a paragraph matches, one pass of a set (kRule* order).
  unsigned paragraph_rules(std::string_view p) const;
  const char* notice_kind(std::string_view p, unsigned matched) const;

  const Ruleset& rules_;
  std::unique_ptr<RE2::Set> whole_paragraph_;
};

}  // namespace newsclaim
