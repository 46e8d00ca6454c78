#include "extract/money_starts.hpp"

#include <bit>
#include <cstring>

#include "patterns/start_gate.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

constexpr uint64_t kOnes = ~uint64_t{0} / 255;  // 0x0101...01

// Bit 7 of each byte of the result is set when lo < byte < hi, for the bytes of x below 0x80
// (bytes from 0x80 never are); lo and hi at most 128. The classic "has between" bit trick,
// exact per byte.
constexpr uint64_t between(uint64_t x, uint64_t lo, uint64_t hi) {
  return (kOnes * (127 + hi) - (x & kOnes * 127)) & ~x & ((x & kOnes * 127) + kOnes * (127 - lo)) &
         kOnes * 128;
}

}  // namespace

OpeningScan::OpeningScan(const StartGate& gate) : gate_(gate), letters_in_words_(gate.letters_in_words()) {
  // A byte opens when some key starts with its symbol: probe every key it can begin. Inside a
  // word only digits open, unless the gate lets letters open there too.
  static constexpr char kProbe[] = " 0abcdefghijklmnopqrstuvwxyz";  // one byte per symbol
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<char>(c);
    if (!is_ascii_word_byte(b)) continue;
    bool opens = false;
    char key[3] = {b, ' ', ' '};
    for (int i = 0; i < StartGate::kSymbols * StartGate::kSymbols && !opens; ++i) {
      key[1] = kProbe[i / StartGate::kSymbols], key[2] = kProbe[i % StartGate::kSymbols];
      opens = gate.may_start(std::string_view(key, 3), 0);
    }
    const bool digit = b >= '0' && b <= '9';
    bytes_[c] = kWordByte;
    if (opens) bytes_[c] |= (letters_in_words_ || digit) ? kOpensAtStart | kOpensInWord : kOpensAtStart;
  }
}

bool OpeningScan::opens(std::string_view text, size_t pos) const {
  const bool in_word = pos > 0 && (bytes_[static_cast<unsigned char>(text[pos - 1])] & kWordByte);
  return (bytes_[static_cast<unsigned char>(text[pos])] & (in_word ? kOpensInWord : kOpensAtStart)) &&
         gate_.may_start(text, pos);
}

// Eight bytes at a time: masks of digits, letters and word bytes (bit 7 of each byte), the
// word bytes shifted by one byte telling which bytes follow a word byte. Only the digits and
// (word-start) letters among them are looked up in the byte table, then in the gate.
size_t OpeningScan::next(std::string_view text, size_t pos) const {
  const size_t n = text.size();
  size_t p = pos;
  if constexpr (std::endian::native == std::endian::little) {
    uint64_t before = p > 0 && (bytes_[static_cast<unsigned char>(text[p - 1])] & kWordByte) ? 0x80 : 0;
    for (; p + 8 <= n; p += 8) {
      uint64_t x;
      std::memcpy(&x, text.data() + p, 8);
      const uint64_t digits = between(x, '0' - 1, '9' + 1);
      const uint64_t letters = between(x | kOnes * 0x20, 'a' - 1, 'z' + 1);
      const uint64_t word = digits | letters | between(x, '_' - 1, '_' + 1);
      const uint64_t after_word = (word << 8) | before;
      uint64_t candidates = digits | (letters_in_words_ ? letters : letters & ~after_word);
      for (; candidates != 0; candidates &= candidates - 1) {
        const int bit = std::countr_zero(candidates);
        const size_t q = p + static_cast<size_t>(bit / 8);
        const uint8_t kind = bytes_[static_cast<unsigned char>(text[q])];
        if ((kind & (((after_word >> bit) & 1) ? kOpensInWord : kOpensAtStart)) && gate_.may_start(text, q))
          return q;
      }
      before = word >> 56;
    }
  }
  for (; p < n; ++p)
    if (opens(text, p)) return p;
  return n;
}

}  // namespace newsclaim
