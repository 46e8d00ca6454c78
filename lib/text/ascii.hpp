// Byte-level ASCII helpers shared by the extractors, which match on the normalized text and
// look words up in lower-case gazetteers. Bytes >= 0x80 (UTF-8) are never changed.
#pragma once
#include <string>
#include <string_view>

namespace newsclaim {

// A copy of s with A-Z lowered; every other byte unchanged.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ASCII letter or digit; and with '_', a word byte as RE2's \b sees it.
inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool is_ascii_word_byte(char c) { return is_ascii_alnum(c) || c == '_'; }

}  // namespace newsclaim
