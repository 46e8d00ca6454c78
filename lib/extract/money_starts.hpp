// Where a regex with a StartGate may open a match, found sixteen bytes at a time: the number
// scan of the money stage tries its regex only at these positions (digits, and word starts
// whose key the gate holds). Most bytes of a text are neither, and a byte loop over them cost
// about as much as the regex calls it saved.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "patterns/start_gate.hpp"

namespace newsclaim {

class OpeningScan {
 public:
  // Keeps gate and reads which bytes open some key of it.
  explicit OpeningScan(const StartGate& gate);
  // The first position >= pos where the gate lets a match open (a digit, or a letter at a
  // word start unless the gate allows letters inside words, whose key the gate holds), else
  // text.size(). Positions it skips can never open a match; the regex decides at the others.
  size_t next(std::string_view text, size_t pos) const;

 private:
  bool opens(std::string_view text, size_t pos) const;
  // The gate's key test (StartGate::may_start) with table reads instead of its loop.
  bool key_opens(std::string_view text, size_t pos) const {
    const size_t n = text.size();
    const unsigned s0 = symbols_[static_cast<unsigned char>(text[pos])];
    const unsigned s1 = s0 >= 2 && pos + 1 < n ? symbols_[static_cast<unsigned char>(text[pos + 1])] : 0;
    const uint32_t row = rows_.row(s0, s1);
    if (row == 0) return false;
    const unsigned s2 = s1 >= 2 && pos + 2 < n ? symbols_[static_cast<unsigned char>(text[pos + 2])] : 0;
    return (row >> s2) & 1;
  }

  static constexpr uint8_t kWordByte = 1, kOpensAtStart = 2, kOpensInWord = 4;
  StartGate gate_;
  GateRows rows_;
  std::array<uint8_t, 256> symbols_{};    // StartGate::symbol of each byte
  std::array<uint8_t, 256> bytes_{};      // the flags above per byte
};

}  // namespace newsclaim
