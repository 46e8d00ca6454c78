// Byte-level ASCII helpers shared by the extractors, which match on the normalized text and
// look words up in lower-case gazetteers. Bytes >= 0x80 (UTF-8) are never changed.
#pragma once
#include <cstdint>
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

// A copy of s with a-z raised; every other byte unchanged.
inline std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
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
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
// Two or more capitals each followed by a period: "U.S.", "J.P.", "B.S.C." (not "Co." or "J.").
inline bool is_dotted_capitals(std::string_view w) {
  if (w.size() < 4 || w.size() % 2) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!is_ascii_upper(w[i]) || w[i + 1] != '.') return false;
  return true;
}
// ASCII letter or digit; and with '_', a word byte as RE2's \b sees it.
inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool is_ascii_word_byte(char c) { return is_ascii_alnum(c) || c == '_'; }

// The offset of the first occurrence of w in text at or after from that no ASCII letter touches
// on either side ("Quist" in "Quist Inc", not in "Quisted"), or npos. Case-sensitive.
inline size_t find_word(std::string_view text, std::string_view w, size_t from = 0) {
  if (w.empty()) return std::string_view::npos;
  for (size_t at = text.find(w, from); at != std::string_view::npos; at = text.find(w, at + 1)) {
    const size_t e = at + w.size();
    if ((at == 0 || !is_ascii_alpha(text[at - 1])) && (e >= text.size() || !is_ascii_alpha(text[e])))
      return at;
  }
  return std::string_view::npos;
}

// How many times find_word finds w in text.
inline size_t count_word(std::string_view text, std::string_view w) {
  size_t n = 0;
  for (size_t at = find_word(text, w); at != std::string_view::npos; at = find_word(text, w, at + 1)) ++n;
  return n;
}

// The lower-case word right before byte b and one space ("in" of "in Paterson", "magazine" of
// "magazine Rolling Stone"), or empty.
inline std::string_view lower_word_before(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ') return {};
  size_t start = b - 1;
  while (start > 0 && is_ascii_lower(text[start - 1])) --start;
  return text.substr(start, b - 1 - start);
}

// Whether s ends with tail (lower case) in any ASCII case, without a copy.
inline bool ascii_ends_with_lower(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && ascii_equal_lower(s.substr(s.size() - tail.size()), tail);
}

// Hash and equality of ASCII-case-folded text, for tables keyed by lower-case words: a word
// read in the text is looked up as written ("Embassies", "KM") instead of as a lowered copy.
struct AsciiFoldHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(ascii_lower(c))) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};
struct AsciiFoldEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
  }
};

}  // namespace newsclaim
