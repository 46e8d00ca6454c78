#include "extract/claims_words.hpp"

#include <array>

#include "text/utf8.hpp"

namespace newsclaim {
namespace {

// The word test as a table: std::isalnum is a library call, made for every byte of every
// sentence (the program keeps the "C" locale, so they agree). A word byte: a letter, a digit or
// any non-ASCII byte.
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[static_cast<size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  return t;
}();
bool is_word_byte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }
bool opens_quote(char c) { return c == '"' || c == ':' || c == '('; }

}  // namespace

// The loop jumps from word to word instead of testing both neighbours of every byte.
WordCount count_words(std::string_view s) {
  WordCount counts;
  bool opening = true;
  size_t i = 0;
  while (i < s.size()) {
    if (!is_word_byte(s[i])) {
      if (opens_quote(s[i])) opening = true;
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < s.size() && is_word_byte(s[end])) ++end;
    count_word(s, i, end, opening, counts);
    i = end;
  }
  return counts;
}

bool WordCounter::exact() const { return utf8::is_ascii(s_); }

}  // namespace newsclaim
