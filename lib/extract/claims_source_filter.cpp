#include "extract/claims_source_filter.hpp"

#include <cstring>
#include <memory>

namespace newsclaim {

RuleFilter spaced_filter(const std::vector<const RE2*>& rules) {
  std::vector<std::pair<std::string, RE2::Options>> copies;
  for (const RE2* rule : rules) copies.emplace_back(filter_copy(rule->pattern()), rule->options());
  return RuleFilter::of_texts(copies);
}

namespace {

// The length of a counted repetition "{m,n}" at the start of s, else 0.
size_t bounded_repeat(std::string_view s) {
  const auto digits = [&](size_t from) {
    size_t i = from;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i;
  };
  if (s.empty() || s[0] != '{') return 0;
  const size_t comma = digits(1);
  if (comma == 1 || comma >= s.size() || s[comma] != ',') return 0;
  const size_t close = digits(comma + 1);
  if (close == comma + 1 || close >= s.size() || s[close] != '}') return 0;
  return close + 1;
}

}  // namespace

std::string filter_copy(std::string_view pattern) {
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
    if (!in_class) {
      if (const size_t n = bounded_repeat(pattern.substr(i)); n != 0) {
        out += pattern.substr(i, pattern.find(',', i) - i + 1);  // "{m,"
        out += '}';
        i += n - 1;
        continue;
      }
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
    : spaced_(spaced_filter(rules)),
      all_(rules.size() >= 64 ? ~uint64_t{0} : (uint64_t{1} << rules.size()) - 1) {}

uint64_t SourceFilter::may_match(std::string_view sentence) const {
  return has_other_space(sentence) ? all_ : spaced_.may_match(sentence);
}

}  // namespace newsclaim
