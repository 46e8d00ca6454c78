// Links from a sentence or phrase to the items earlier stages found in it: entity mentions,
// money amounts, dates. Claims and contracts refer to those items by index (core/extraction.hpp).
#pragma once
#include <algorithm>
#include <optional>
#include <vector>

#include "core/extraction.hpp"

namespace newsclaim {

// Entity mentions of a document sorted by position, for lookups by span.
class MentionIndex {
 public:
  explicit MentionIndex(const std::vector<Entity>& entities);
  // Distinct entity indexes with a mention overlapping span, in order of first mention.
  std::vector<size_t> entities_in(Span span) const;
  // The entity of the first mention overlapping span; nullopt when none does.
  std::optional<size_t> entity_at(Span span) const;

 private:
  struct Mention {
    Span span;
    size_t entity;
  };
  // First mention that may overlap span (mentions ending after span.begin).
  std::vector<Mention>::const_iterator first_candidate(Span span) const;
  std::vector<Mention> mentions_;
};

// Indexes of items (sorted by span) overlapping span, in order.
template <typename T>
std::vector<size_t> items_in(const std::vector<T>& items, Span span) {
  auto it = std::lower_bound(items.begin(), items.end(), span.begin,
                             [](const T& item, uint32_t b) { return item.span.end <= b; });
  std::vector<size_t> out;
  for (; it != items.end() && it->span.begin < span.end; ++it) {
    if (it->span.overlaps(span)) out.push_back(static_cast<size_t>(it - items.begin()));
  }
  return out;
}

}  // namespace newsclaim
