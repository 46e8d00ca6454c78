#include "extract/money_starts.hpp"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "patterns/start_gate.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

OpeningScan::OpeningScan(const StartGate& gate) : gate_(gate), rows_(gate) {
  // A byte opens when some key starts with its symbol. Inside a word only digits open, unless
  // the gate lets letters open there too.
  constexpr size_t kPerFirst = StartGate::kSymbols * StartGate::kSymbols;
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<char>(c);
    symbols_[c] = static_cast<uint8_t>(StartGate::symbol(static_cast<unsigned char>(c)));
    if (!is_ascii_word_byte(b)) continue;
    bool opens = false;
    for (size_t k = symbols_[c] * kPerFirst; k < (symbols_[c] + 1u) * kPerFirst && !opens; ++k) opens = gate_.allows(k);
    const bool digit = b >= '0' && b <= '9';
    bytes_[c] = kWordByte;
    if (opens) bytes_[c] |= (gate_.letters_in_words() || digit) ? kOpensAtStart | kOpensInWord : kOpensAtStart;
  }
}

bool OpeningScan::opens(std::string_view text, size_t pos) const {
  const bool in_word = pos > 0 && (bytes_[static_cast<unsigned char>(text[pos - 1])] & kWordByte);
  return (bytes_[static_cast<unsigned char>(text[pos])] & (in_word ? kOpensInWord : kOpensAtStart)) &&
         key_opens(text, pos);
}

// Sixteen bytes at a time (SSE2, on every x86-64): masks of digits, letters and word bytes,
// the word bytes shifted by one telling which bytes follow a word byte. Only the digits and
// (word-start) letters among them are looked up in the byte table, then in the gate. Signed
// compares leave bytes from 0x80 (negative) out of every range.
size_t OpeningScan::next(std::string_view text, size_t pos) const {
  const size_t n = text.size();
  size_t p = pos;
#if defined(__SSE2__)
  unsigned before = p > 0 && (bytes_[static_cast<unsigned char>(text[p - 1])] & kWordByte) ? 1 : 0;
  auto in_range = [](__m128i x, char lo, char hi) {
    return static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                      _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))))));
  };
  for (; p + 16 <= n; p += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p));
    const unsigned digits = in_range(x, '0', '9');
    const unsigned letters = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
    const unsigned underscores = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('_'))));
    const unsigned word = digits | letters | underscores;
    const unsigned after_word = (word << 1) | before;
    unsigned candidates = digits | (gate_.letters_in_words() ? letters : letters & ~after_word);
    for (; candidates != 0; candidates &= candidates - 1) {
      const int bit = std::countr_zero(candidates);
      const size_t q = p + static_cast<size_t>(bit);
      const uint8_t kind = bytes_[static_cast<unsigned char>(text[q])];
      if ((kind & (((after_word >> bit) & 1) ? kOpensInWord : kOpensAtStart)) && key_opens(text, q))
        return q;
    }
    before = (word >> 15) & 1;
  }
#endif
  for (; p < n; ++p)
    if (opens(text, p)) return p;
  return n;
}

}  // namespace newsclaim
