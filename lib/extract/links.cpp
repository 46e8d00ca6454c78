#include "extract/links.hpp"

namespace newsclaim {

MentionIndex::MentionIndex(const std::vector<Entity>& entities) : types_(entities.size()) {
  for (size_t e = 0; e < entities.size(); ++e) {
    types_[e] = entities[e].type;
    for (const Span& m : entities[e].mentions) mentions_.push_back({m, e});
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const MentionRef& a, const MentionRef& b) { return a.span < b.span; });
}

MentionIndex::MentionIndex(const std::vector<Entity>& entities, std::string_view text)
    : MentionIndex(entities) {
  told_ = story_genders(text, entities);
}

std::vector<MentionRef>::const_iterator MentionIndex::first_candidate(Span span) const {
  // Mentions do not nest much; stepping back over a few covers one that starts earlier.
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), span.begin,
                             [](const MentionRef& m, uint32_t b) { return m.span.begin < b; });
  for (int back = 0; back < 4 && it != mentions_.begin(); ++back) --it;
  return it;
}

std::vector<size_t> MentionIndex::entities_in(Span span) const {
  std::vector<size_t> out;
  for (auto it = first_candidate(span); it != mentions_.end() && it->span.begin < span.end; ++it) {
    if (!it->span.overlaps(span)) continue;
    if (std::find(out.begin(), out.end(), it->entity) == out.end()) out.push_back(it->entity);
  }
  return out;
}

std::optional<size_t> MentionIndex::entity_naming(std::string_view text, Span span) const {
  std::optional<size_t> best, person;
  uint32_t best_overlap = 0, best_end = 0;
  for (auto it = first_candidate(span); it != mentions_.end() && it->span.begin < span.end; ++it) {
    const uint32_t begin = std::max(it->span.begin, span.begin), end = std::min(it->span.end, span.end);
    if (end > begin && end - begin > best_overlap)
      best_overlap = end - begin, best_end = end, best = it->entity;
    // (not a possessor: "President Reagan's Council of Economic Advisers")
    if (types_[it->entity] == EntityType::Person && it->span.begin >= span.begin &&
        it->span.end <= span.end && text.substr(it->span.end, 1) != "'")
      person = it->entity;
  }
  if (person) return person;
  // A name closing the phrase is its head: "the newspaper Le Courrier".
  if (2 * best_overlap < span.size() && best_end != span.end) return std::nullopt;
  return best;
}

}  // namespace newsclaim
