#include "extract/claims_source_filter.hpp"

#include <cstring>
#include <memory>

namespace newsclaim {
namespace {

// The filter of the spaced copies. A copy that does not parse (it always does: a space is a
// literal wherever \s is an atom) leaves the filter without a gate: every rule is tried.
RuleFilter spaced_filter(const std::vector<const RE2*>& rules) {
  std::vector<std::pair<std::string, RE2::Options>> copies;
  for (const RE2* rule : rules) copies.emplace_back(spaces_as_written(rule->pattern()), rule->options());
  return RuleFilter::of_texts(copies);
}

}  // namespace

std::string spaces_as_written(std::string_view pattern) {
  if (pattern.find("\\Q") != std::string_view::npos) return std::string(pattern);
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      if (!in_class && pattern[i + 1] == 's') {
        out += ' ';
      } else {
        out += c;
        out += pattern[i + 1];
      }
      ++i;
      continue;
    }
    out += c;
    if (in_class) {
      in_class = c != ']';
      continue;
    }
    if (c != '[') continue;
    // A class opens; a ']' first in it (after an optional '^') is a member, not its end.
    in_class = true;
    if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
    if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
  }
  return out;
}

bool has_other_space(std::string_view text) {
  for (const char c : {'\n', '\t', '\r', '\f'}) {
    if (std::memchr(text.data(), c, text.size()) != nullptr) return true;
  }
  return false;
}

SourceFilter::SourceFilter(const std::vector<const RE2*>& rules)
    : spaced_(spaced_filter(rules)), all_(rules.size() >= 64 ? ~uint64_t{0} : (uint64_t{1} << rules.size()) - 1) {}

uint64_t SourceFilter::may_match(std::string_view sentence) const {
  return has_other_space(sentence) ? all_ : spaced_.may_match(sentence);
}

}  // namespace newsclaim
