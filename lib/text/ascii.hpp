// Byte-level ASCII helpers shared by the extractors, which match on the normalized text and
// look words up in lower-case gazetteers. Bytes >= 0x80 (UTF-8) are never changed.
#pragma once
#include <string>
#include <string_view>

namespace newsclaim {

// c lowered when it is A-Z; every other byte unchanged.
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A copy of s with A-Z lowered; every other byte unchanged.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Whether text, lowered, equals lower (a lower-case word), without a copy.
inline bool ascii_equal_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i)
    if (ascii_lower(text[i]) != lower[i]) return false;
  return true;
}

// ASCII letter: std::isalpha in the "C" locale, without its call.
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// ASCII letter or digit; and with '_', a word byte as RE2's \b sees it.
inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool is_ascii_word_byte(char c) { return is_ascii_alnum(c) || c == '_'; }

}  // namespace newsclaim
