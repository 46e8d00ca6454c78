// Money stage, number scanner internal: the byte helpers that money_scan.cpp (reading number
// cores) and money_scan_currency.cpp (the currency written around them) share. In a namespace
// of their own: other files have helpers of these names that mean other things.
#pragma once
#include <cstddef>
#include <string_view>

namespace newsclaim::number_scan {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// s[i], or '\0' past its end.
inline char at(std::string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }

// Currency forms and the words around a number are short: looking further than this around
// each number would make text without spaces ("1a1a1a...") quadratic.
constexpr size_t kMaxToken = 32;

}  // namespace newsclaim::number_scan
