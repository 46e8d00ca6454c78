#include "extract/rule_hits.hpp"

#include <algorithm>
#include <optional>

namespace newsclaim {

RuleHits::RuleHits(const RE2& re, std::string_view text, Span range) {
  // The range is matched as a text of its own, so ^ and $ anchor at its ends.
  const size_t stop = std::min<size_t>(range.end, text.size());
  const re2::StringPiece input(text.data() + range.begin, stop - std::min<size_t>(range.begin, stop));
  re2::StringPiece match;
  size_t pos = 0;
  while (pos < input.size() && re.Match(input, pos, input.size(), RE2::UNANCHORED, &match, 1)) {
    const auto at = static_cast<size_t>(match.data() - input.data());  // offset in input
    const size_t begin = range.begin + at, end = begin + match.size();
    if (end > begin) hits_.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    // Step past an empty match so the scan always advances.
    pos = at + match.size() > pos ? at + match.size() : pos + 1;
  }
}

std::pair<size_t, size_t> RuleHits::within(Span span) const {
  auto first = std::lower_bound(hits_.begin(), hits_.end(), span.begin,
                                [](Span h, uint32_t b) { return h.begin < b; });
  auto last = first;
  while (last != hits_.end() && last->begin < span.end) ++last;
  // Hits starting inside span but running past its end do not belong to it.
  while (last != first && (last - 1)->end > span.end) --last;
  return {static_cast<size_t>(first - hits_.begin()), static_cast<size_t>(last - hits_.begin())};
}

size_t RuleHits::count_in(Span span) const {
  const auto [first, last] = within(span);
  return last - first;
}

std::optional<Span> first_group(const RE2& re, std::string_view text, Span within, int group) {
  std::vector<re2::StringPiece> groups(static_cast<size_t>(group) + 1);
  const re2::StringPiece input(text.data() + within.begin, within.size());
  if (!re.Match(input, 0, input.size(), RE2::UNANCHORED, groups.data(), group + 1)) {
    return std::nullopt;
  }
  const re2::StringPiece g = groups[static_cast<size_t>(group)];
  if (g.data() == nullptr) return std::nullopt;
  const auto begin = static_cast<uint32_t>(g.data() - text.data());
  return Span{begin, begin + static_cast<uint32_t>(g.size())};
}

}  // namespace newsclaim
