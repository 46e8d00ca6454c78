#include "output/json_text.hpp"

#include <fmt/compile.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsclaim {
namespace {

// Bytes a JSON string literal cannot hold as they are: controls, '"', '\\', and DEL.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = t[0x7F] = true;
  return t;
}();

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// True when any of the 8 bytes in w needs an escape. The "has a zero byte" and "has a byte
// below n" tests are exact for the whole word (no false positives across bytes).
bool word_needs_escape(uint64_t w) {
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  return (below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) |
          has_zero(w ^ (kOnes * 0x7F))) != 0;
}

// Offset of the first byte of s at or after from that needs an escape, or s.size().
// 16 bytes at a time with SSE2 (every x86-64 has it), else 8 at a time in a word.
size_t next_escape(std::string_view s, size_t from) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i last_control = _mm_set1_epi8(0x1F);
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), del = _mm_set1_epi8(0x7F);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v);  // v <= 0x1F
    const __m128i hit = _mm_or_si128(_mm_or_si128(control, _mm_cmpeq_epi8(v, quote)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, backslash), _mm_cmpeq_epi8(v, del)));
    if (const int mask = _mm_movemask_epi8(hit)) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (word_needs_escape(w)) break;
  }
  for (; i < s.size(); ++i) {
    if (kNeedsEscape[static_cast<unsigned char>(s[i])]) return i;
  }
  return s.size();
}

char* write_escape(char* p, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  char short_form = 0;
  switch (c) {
    case '"': short_form = '"'; break;
    case '\\': short_form = '\\'; break;
    case '\n': short_form = 'n'; break;
    case '\r': short_form = 'r'; break;
    case '\t': short_form = 't'; break;
    case '\b': short_form = 'b'; break;
    case '\f': short_form = 'f'; break;
  }
  *p++ = '\\';
  if (short_form) {
    *p++ = short_form;
    return p;
  }
  const char u[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  std::memcpy(p, u, 5);
  return p + 5;
}

// Writes s escaped (without quotes) at p, which has room for 6 * s.size() bytes; returns its end.
char* write_escaped(char* p, std::string_view s) {
  size_t done = 0;
  while (true) {
    const size_t hit = next_escape(s, done);
    std::memcpy(p, s.data() + done, hit - done);
    p += hit - done;
    if (hit == s.size()) break;
    p = write_escape(p, static_cast<unsigned char>(s[hit]));
    done = hit + 1;
  }
  return p;
}

// Writes s as a string literal at p, which has room for 6 * s.size() + 2 bytes; returns its end.
char* write_json_string(char* p, std::string_view s) {
  *p++ = '"';
  p = write_escaped(p, s);
  *p++ = '"';
  return p;
}

constexpr size_t kMaxEscapedSize = 6;  // "\u001f" for one input byte

// Writes k / 1000, not a whole number, as fmt's shortest round-trip form writes the double
// nearest to it ("0.125", "-3.5"), for |k| < 10^15: that decimal has at most 15 significant
// digits, so it reads back as the same double, and any other decimal as short or shorter lies
// more than half a unit in the last place away. (Fixed notation: the exponent is -3 to 11.)
char* write_thousandths(char* p, long long k) {
  if (k < 0) *p++ = '-';
  const unsigned long long magnitude =
      k < 0 ? 0ULL - static_cast<unsigned long long>(k) : static_cast<unsigned long long>(k);
  p = std::to_chars(p, p + 20, magnitude / 1000).ptr;
  const auto fraction = static_cast<unsigned>(magnitude % 1000);
  assert(fraction != 0);
  const char digits[3] = {static_cast<char>('0' + fraction / 100),
                          static_cast<char>('0' + fraction / 10 % 10),
                          static_cast<char>('0' + fraction % 10)};
  size_t n = 3;
  while (digits[n - 1] == '0') --n;
  *p++ = '.';
  std::memcpy(p, digits, n);
  return p + n;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  const size_t old = out.size();
  out.resize(old + kMaxEscapedSize * s.size() + 2);
  char* end = write_json_string(out.data() + old, s);
  out.resize(static_cast<size_t>(end - out.data()));
}

const size_t JsonText::kStringPiece = (kBuffer - 2) / kMaxEscapedSize;

char* JsonText::newline(char* p) const {
  *p++ = '\n';
  std::memset(p, ' ', static_cast<size_t>(depth_) * 2);
  return p + depth_ * 2;
}

// Before an element of the innermost container: a comma unless it is the first, and in
// pretty mode a new indented line.
void JsonText::separator() {
  const uint64_t bit = uint64_t{1} << (depth_ - 1);
  char* p = room(2 + 2 * kMaxDepth);
  if (has_items_ & bit) *p++ = ',';
  has_items_ |= bit;
  if (pretty_) p = newline(p);
  commit(p);
}

void JsonText::open(char bracket) {
  before_value();
  *room(1) = bracket;
  ++used_;
  assert(depth_ < kMaxDepth);
  ++depth_;
  has_items_ &= ~(uint64_t{1} << (depth_ - 1));
}

void JsonText::close(char bracket) {
  const bool empty = (has_items_ & (uint64_t{1} << (depth_ - 1))) == 0;
  --depth_;
  char* p = room(2 + 2 * kMaxDepth);
  if (!empty && pretty_) p = newline(p);
  *p++ = bracket;
  commit(p);
}

void JsonText::literal(std::string_view word) {
  before_value();
  char* p = room(word.size());
  std::memcpy(p, word.data(), word.size());
  commit(p + word.size());
}

void JsonText::string(std::string_view s) {
  before_value();
  if (s.size() > kStringPiece) return long_string(s);
  commit(write_json_string(room(kMaxEscapedSize * s.size() + 2), s));
}

// A string whose escapes might not fit the buffer: its pieces are escaped one by one (escapes
// are per byte, so a piece may end inside a UTF-8 sequence).
void JsonText::long_string(std::string_view s) {
  *room(1) = '"';
  ++used_;
  for (size_t at = 0; at < s.size(); at += kStringPiece) {
    const std::string_view piece = s.substr(at, kStringPiece);
    commit(write_escaped(room(kMaxEscapedSize * piece.size()), piece));
  }
  *room(1) = '"';
  ++used_;
}

void JsonText::string_or_null(std::string_view s) {
  if (s.empty()) null();
  else string(s);
}

void JsonText::number(double v) {
  if (!std::isfinite(v)) return null();
  if (v == std::floor(v) && std::fabs(v) < 1e15) return integer(static_cast<long long>(v));
  before_value();
  constexpr size_t kMaxDouble = 32;
  char* p = room(kMaxDouble);
  // Most fractions written are rounded to thousandths (claim scores, "2.5" million).
  const double thousandths = std::round(v * 1000);
  if (std::fabs(thousandths) < 1e15 && thousandths / 1000 == v)
    return commit(write_thousandths(p, static_cast<long long>(thousandths)));
  // fmt's shortest round-trip form ("2.5e-07"); std::to_chars would pick other layouts.
  commit(fmt::format_to_n(p, kMaxDouble, FMT_COMPILE("{}"), v).out);
}

void JsonText::integer(long long v) {
  before_value();
  constexpr size_t kMaxInteger = 20;
  char* p = room(kMaxInteger);
  commit(std::to_chars(p, p + kMaxInteger, v).ptr);
}

}  // namespace newsclaim
