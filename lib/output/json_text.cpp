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

#if defined(__SSE2__)
// Bit k set when byte k of v needs an escape.
int escape_mask(__m128i v) {
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // v <= 0x1F
  const __m128i hit = _mm_or_si128(
      _mm_or_si128(control, _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));
  return _mm_movemask_epi8(hit);
}
__m128i load128(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
#endif

// Offset of the first byte of s at or after from that needs an escape, or s.size().
// 16 bytes at a time with SSE2 (every x86-64 has it), else 8 at a time in a word.
size_t next_escape(std::string_view s, size_t from) {
  size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    if (const int mask = escape_mask(load128(s.data() + i)))
      return i + static_cast<size_t>(__builtin_ctz(mask));
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
// Not inlined into the fast path for plain strings, which then saves no registers.
[[gnu::noinline]] char* write_escaped(char* p, std::string_view s) {
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

uint64_t load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
uint32_t load32(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// True when no byte of the two words needs an escape.
bool plain_words(uint64_t lo, uint64_t hi) {
#if defined(__SSE2__)
  return escape_mask(_mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo))) == 0;
#else
  return !word_needs_escape(lo) && !word_needs_escape(hi);
#endif
}

// Copies the 16 bytes at src to p when none needs an escape; false (nothing written) otherwise.
bool copy_plain_block(char* p, const char* src) {
#if defined(__SSE2__)
  const __m128i v = load128(src);
  if (escape_mask(v) != 0) return false;
  _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);
#else
  const uint64_t lo = load64(src), hi = load64(src + 8);
  if (word_needs_escape(lo) || word_needs_escape(hi)) return false;
  std::memcpy(p, &lo, 8);
  std::memcpy(p + 8, &hi, 8);
#endif
  return true;
}

// Copies to p the bytes of s up to the first 16-byte block holding one that needs an escape,
// all of s when none does; returns how many. p has room for s.size() bytes. Most strings
// written (names, mention texts, ids) need no escape and are short: they are checked and
// copied in one or two overlapping loads and stores, with no call and no byte loop.
size_t copy_plain(char* p, std::string_view s) {
  const char* src = s.data();
  const size_t n = s.size();
  if (n < 4) {
    for (size_t i = 0; i < n; ++i) {
      if (kNeedsEscape[static_cast<unsigned char>(src[i])]) return i;
      p[i] = src[i];
    }
    return n;
  }
  if (n < 16) {
    // Two overlapping loads cover the string (four bytes each below eight bytes, twice over).
    const uint64_t head = n < 8 ? load32(src) | uint64_t{load32(src + n - 4)} << 32 : load64(src);
    const uint64_t tail = n < 8 ? head : load64(src + n - 8);
    if (!plain_words(head, tail)) return 0;
    if (n < 8) {
      std::memcpy(p, src, 4);
      std::memcpy(p + n - 4, src + n - 4, 4);
    } else {
      std::memcpy(p, &head, 8);
      std::memcpy(p + n - 8, &tail, 8);
    }
    return n;
  }
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    if (!copy_plain_block(p + i, src + i)) return i;
  }
  // The last block overlaps the one before: it starts inside text already copied.
  return i == n || copy_plain_block(p + n - 16, src + n - 16) ? n : i;
}

// Two decimal digits for each number below 100.
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> t{};
  for (int i = 0; i < 100; ++i) {
    t[2 * i] = static_cast<char>('0' + i / 10);
    t[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return t;
}();

// Decimal digits of v.
int decimal_digits(uint32_t v) {
  int n = 1;
  for (uint32_t bound = 10; n < 10 && v >= bound; bound *= 10) ++n;
  return n;
}

// Writes v at p in decimal, two digits a step from the end; returns its end.
char* write_decimal(char* p, uint32_t v) {
  char* const end = p + decimal_digits(v);
  char* q = end;
  while (v >= 100) {
    q -= 2;
    std::memcpy(q, &kDigitPairs[2 * (v % 100)], 2);
    v /= 100;
  }
  if (v >= 10)
    std::memcpy(q - 2, &kDigitPairs[2 * v], 2);
  else
    q[-1] = static_cast<char>('0' + v);
  return end;
}

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

char* JsonText::write_json_string(char* p, std::string_view s) {
  *p++ = '"';
  const size_t plain = copy_plain(p, s);
  p = plain == s.size() ? p + plain : write_escaped(p + plain, s.substr(plain));
  *p++ = '"';
  return p;
}

char* JsonText::write_integer(char* p, long long v) {
  if (v < 0) *p++ = '-';
  const unsigned long long magnitude =
      v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  // Offsets, counts and indexes are small: the rare larger number goes to the library.
  if (magnitude > UINT32_MAX) return std::to_chars(p, p + kMaxInteger, magnitude).ptr;
  return write_decimal(p, static_cast<uint32_t>(magnitude));
}

void append_json_string(std::string& out, std::string_view s) {
  const size_t old = out.size();
  out.resize(old + JsonText::kMaxEscapedSize * s.size() + 2);
  char* end = JsonText::write_json_string(out.data() + old, s);
  out.resize(static_cast<size_t>(end - out.data()));
}

char* JsonText::newline(char* p) const {
  *p++ = '\n';
  std::memset(p, ' ', static_cast<size_t>(depth_) * 2);
  return p + depth_ * 2;
}

void JsonText::flush() {
  out_.append(buffer_, used_);
  used_ = 0;
}

// A string whose escapes might not fit the buffer: its pieces are escaped one by one (escapes
// are per byte, so a piece may end inside a UTF-8 sequence).
void JsonText::long_string(std::string_view s) {
  char* p = value_start(1);
  *p++ = '"';
  commit(p);
  for (size_t at = 0; at < s.size(); at += kStringPiece) {
    const std::string_view piece = s.substr(at, kStringPiece);
    commit(write_escaped(room(kMaxEscapedSize * piece.size()), piece));
  }
  *room(1) = '"';
  ++used_;
}

void JsonText::number(double v) {
  if (!std::isfinite(v)) return null();
  if (v == std::floor(v) && std::fabs(v) < 1e15) return integer(static_cast<long long>(v));
  constexpr size_t kMaxDouble = 32;
  char* p = value_start(kMaxDouble);
  // Most fractions written are rounded to thousandths (claim scores, "2.5" million).
  const double thousandths = std::round(v * 1000);
  if (std::fabs(thousandths) < 1e15 && thousandths / 1000 == v)
    return commit(write_thousandths(p, static_cast<long long>(thousandths)));
  // fmt's shortest round-trip form ("2.5e-07"); std::to_chars would pick other layouts.
  commit(fmt::format_to_n(p, kMaxDouble, FMT_COMPILE("{}"), v).out);
}

}  // namespace newsclaim
