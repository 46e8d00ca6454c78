// RuleFilter's answer by its definition (a rule may match when each of its clauses has an atom
// somewhere in the text, ASCII case folded): the reference its scans are held to.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/rule_hits.hpp"

namespace newsclaim::test {

// The bits of the first `rules` rules of filter that may match text, from the clauses it reports.
inline uint64_t expected_may_match(const RuleFilter& filter, size_t rules, const std::string& text) {
  std::string folded = text;
  for (char& c : folded) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  uint64_t may = 0;
  for (size_t r = 0; r < rules; ++r) {
    const auto clauses = filter.clauses(r);
    const bool all = std::all_of(clauses.begin(), clauses.end(), [&](const std::vector<std::string>& clause) {
      return std::any_of(clause.begin(), clause.end(),
                         [&](const std::string& atom) { return folded.find(atom) != std::string::npos; });
    });
    may |= all ? uint64_t{1} << r : 0;
  }
  return may;
}

}  // namespace newsclaim::test
