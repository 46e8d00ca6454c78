// Links from a sentence or phrase to the items earlier stages found in it: entity mentions,
// money amounts, dates. Claims and contracts refer to those items by index (core/extraction.hpp).
#pragma once
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "core/extraction.hpp"
#include "extract/antecedent.hpp"

namespace newsclaim {

// Entity mentions of a document sorted by position, for lookups by span.
class MentionIndex {
 public:
  explicit MentionIndex(const std::vector<Entity>& entities);
  // With the story's text: also the sex the story gives each person (story_genders).
  MentionIndex(const std::vector<Entity>& entities, std::string_view text);
  // Distinct entity indexes with a mention overlapping span, in order of first mention.
  std::vector<size_t> entities_in(Span span) const;
  // The entity of the longest mention overlapping span, when that mention covers at least
  // half of span or closes it ("the National Post", "the newspaper Le Courrier" yes;
  // "Namibian prosecutors" no): the span names it. A person named inside span comes first
  // (the last one): the office or firm around a name is no speaker ("Office of Management and
  // Budget Director James Miller", "Allen Sinai of Shearson Lehman Brothers").
  std::optional<size_t> entity_naming(std::string_view text, Span span) const;
  EntityType type_of(size_t entity) const { return types_[entity]; }
  // The sex the story gives the entity; Unknown without the text.
  Gender told_gender(size_t entity) const { return told_.empty() ? Gender::Unknown : told_[entity]; }
  // All mentions, sorted by span.
  const std::vector<MentionRef>& sorted() const { return mentions_; }

 private:
  // First mention that may overlap span (mentions ending after span.begin).
  std::vector<MentionRef>::const_iterator first_candidate(Span span) const;
  std::vector<MentionRef> mentions_;
  std::vector<EntityType> types_;  // per entity
  std::vector<Gender> told_;       // per entity, or empty
};

// The first of items (sorted by span) that may overlap span: the first ending after its start.
template <typename T>
typename std::vector<T>::const_iterator first_item_in(const std::vector<T>& items, Span span) {
  return std::lower_bound(items.begin(), items.end(), span.begin,
                          [](const T& item, uint32_t b) { return item.span.end <= b; });
}

// Indexes of items (sorted by span) overlapping span, in order.
template <typename T>
std::vector<size_t> items_in(const std::vector<T>& items, Span span) {
  std::vector<size_t> out;
  for (auto it = first_item_in(items, span); it != items.end() && it->span.begin < span.end; ++it) {
    if (it->span.overlaps(span)) out.push_back(static_cast<size_t>(it - items.begin()));
  }
  return out;
}

// How many items (sorted by span) overlap span: items_in's size, without building the list.
template <typename T>
size_t count_items_in(const std::vector<T>& items, Span span) {
  size_t n = 0;
  for (auto it = first_item_in(items, span); it != items.end() && it->span.begin < span.end; ++it)
    n += it->span.overlaps(span) ? 1 : 0;
  return n;
}

}  // namespace newsclaim
