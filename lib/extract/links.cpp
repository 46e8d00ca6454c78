#include "extract/links.hpp"

namespace newsclaim {

MentionIndex::MentionIndex(const std::vector<Entity>& entities) {
  for (size_t e = 0; e < entities.size(); ++e) {
    for (const Span& m : entities[e].mentions) mentions_.push_back({m, e});
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

std::vector<MentionIndex::Mention>::const_iterator MentionIndex::first_candidate(Span span) const {
  // Mentions do not nest much; stepping back over a few covers one that starts earlier.
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), span.begin,
                             [](const Mention& m, uint32_t b) { return m.span.begin < b; });
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

std::optional<size_t> MentionIndex::entity_at(Span span) const {
  for (auto it = first_candidate(span); it != mentions_.end() && it->span.begin < span.end; ++it) {
    if (it->span.overlaps(span)) return it->entity;
  }
  return std::nullopt;
}

}  // namespace newsclaim
