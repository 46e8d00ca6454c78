#include "extract/rule_hits.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>

#include "patterns/ruleset.hpp"

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
  // Called per sentence and rule: the groups live on the stack, not in a vector.
  constexpr int kMaxGroup = 15;
  if (group < 0 || group > kMaxGroup) return std::nullopt;
  std::array<re2::StringPiece, kMaxGroup + 1> groups{};
  const re2::StringPiece input(text.data() + within.begin, within.size());
  if (!re.Match(input, 0, input.size(), RE2::UNANCHORED, groups.data(), group + 1)) {
    return std::nullopt;
  }
  const re2::StringPiece g = groups[static_cast<size_t>(group)];
  if (g.data() == nullptr) return std::nullopt;
  const auto begin = static_cast<uint32_t>(g.data() - text.data());
  return Span{begin, begin + static_cast<uint32_t>(g.size())};
}

std::unique_ptr<RE2::Set> make_rule_set(const Ruleset& rules, const std::vector<std::string>& keys) {
  // Latin-1 keeps the set's DFA small (no multi-byte UTF-8 sequences): the rules it holds are
  // ASCII word lists and prefilters, and a non-ASCII class still matches the UTF-8 bytes.
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& key : keys) {
    std::string error;
    if (set->Add(rules.pattern(key), &error) < 0) throw std::logic_error(key + ": " + error);
  }
  if (!set->Compile()) throw std::logic_error("rule set does not compile (out of memory?)");
  return set;
}

std::vector<int> matching_rules(const RE2::Set& set, std::string_view text) {
  std::vector<int> found;
  set.Match(re2::StringPiece(text.data(), text.size()), &found);
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace newsclaim
