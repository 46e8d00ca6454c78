// Sentence boundaries inside one paragraph by the UAX #29 rules, as ICU's sentence iterator
// finds them, without ICU's state machine: Segmenter uses them for every paragraph whose
// characters are all in classes these rules model, and ICU for the others.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace newsclaim {

// UAX #29 Sentence_Break classes; kUnknown for those these rules leave to ICU: Extend and
// Format (which UAX #29 makes invisible), and line or paragraph separators inside a paragraph.
enum class SentenceClass : uint8_t {
  kOther, kSp, kLower, kUpper, kOLetter, kNumeric, kATerm, kSTerm, kClose, kSContinue, kUnknown
};

class SentenceRules {
 public:
  // Reads the Sentence_Break of ASCII and two-byte UTF-8 characters from ICU into tables, so
  // the classes are ICU's own.
  SentenceRules();

  // The class of the character whose UTF-8 encoding starts at byte i of text (valid UTF-8).
  SentenceClass class_at(std::string_view text, uint32_t i) const;

  // Appends to out the boundaries b (para.begin < b < para.end) that ICU's plain sentence
  // iterator reports inside para, a trimmed line of valid UTF-8 text (only spaces, then a line
  // break or the end of text, follow it). Returns false, leaving out in an unspecified state,
  // when para holds a character of kUnknown class.
  bool boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const;

 private:
  // Looks at the byte at i: false when it starts a character of unknown class; a boundary
  // after a terminator goes to out.
  bool visit(std::string_view text, uint32_t i, uint32_t end, std::vector<uint32_t>& out) const;
  // The boundary after the terminator at i, or 0 when the rules join it to what follows.
  uint32_t boundary_after(std::string_view text, uint32_t i, uint32_t end) const;
  // UAX #29 SB8: whether a lower-case letter comes before any letter or terminator from k.
  bool lower_follows(std::string_view text, uint32_t k, uint32_t end) const;
  // The class of the character that ends just before byte i (kSp at the start of text).
  SentenceClass class_before(std::string_view text, uint32_t i) const;

  std::array<SentenceClass, 128> ascii_{};
  std::array<SentenceClass, 0x800 - 0x80> two_byte_{};  // U+0080..U+07FF
};

}  // namespace newsclaim
