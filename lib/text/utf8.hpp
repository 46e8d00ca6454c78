// UTF-8 decoding for input bytes and code point stepping over already-valid UTF-8.
// Input bytes are decoded once (Document::from_bytes); all later code sees valid UTF-8.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace newsclaim::utf8 {

struct Decoded {
  std::string text;          // valid UTF-8; each invalid byte replaced by U+FFFD
  size_t invalid_bytes = 0;  // how many bytes were replaced
  size_t nul_bytes = 0;      // U+0000 characters kept in text
  size_t first_invalid = std::string::npos;  // byte offset of the first invalid byte in the input
};

// Decodes bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF).
Decoded decode(std::string_view bytes);

// Length of the well-formed sequence starting at s[i] (1 to 4), or 0 when the byte at i
// starts none (RFC 3629, as decode). i < s.size().
size_t valid_sequence_length(std::string_view s, size_t i);

// True when every byte is < 0x80.
bool is_ascii(std::string_view s);

// Decodes the code point at s[i] and advances i past it. s must be valid UTF-8 and i < s.size().
char32_t next(std::string_view s, size_t& i);

// Decodes the code point that ends just before s[i] and moves i to its first byte. i > 0.
char32_t prev(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of cp to out.
void append(std::string& out, char32_t cp);

// Number of code points in s (valid UTF-8).
size_t length(std::string_view s);

}  // namespace newsclaim::utf8
