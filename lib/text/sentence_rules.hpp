// Sentence boundaries inside one ASCII paragraph by the UAX #29 rules, as ICU's sentence
// iterator finds them, without ICU's state machine: Segmenter uses them for every paragraph
// whose bytes are all in classes these rules know, and ICU for the others.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace newsclaim {

// UAX #29 Sentence_Break classes that ASCII bytes have; kUnknown for the bytes these rules
// leave to ICU (non-ASCII, line separators inside a paragraph, anything unexpected).
enum class SentenceClass : uint8_t {
  kOther, kSp, kLower, kUpper, kNumeric, kATerm, kSTerm, kClose, kSContinue, kUnknown
};

class SentenceRules {
 public:
  // Reads each ASCII byte's Sentence_Break from ICU, so the classes are ICU's own.
  SentenceRules();

  SentenceClass class_of(char c) const { return classes_[static_cast<unsigned char>(c)]; }

  // Appends to out the boundaries b (para.begin < b < para.end) that ICU's plain sentence
  // iterator reports inside para, a trimmed line of text (only spaces, then a line break or the
  // end of text, follow it). Returns false, leaving out in an unspecified state, when para holds
  // a byte of kUnknown class.
  bool boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const;

 private:
  // Looks at the byte at i: false when its class is unknown; a boundary after a terminator
  // goes to out.
  bool visit(std::string_view text, uint32_t i, uint32_t end, std::vector<uint32_t>& out) const;
  // The boundary after the terminator at i, or 0 when the rules join it to what follows.
  uint32_t boundary_after(std::string_view text, uint32_t i, uint32_t end) const;
  // UAX #29 SB8: whether a lower-case letter comes before any letter or terminator from k.
  bool lower_follows(std::string_view text, uint32_t k, uint32_t end) const;

  std::array<SentenceClass, 256> classes_{};
};

}  // namespace newsclaim
