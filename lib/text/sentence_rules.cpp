#include "text/sentence_rules.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

namespace newsclaim {
namespace {

SentenceClass from_icu(int32_t value) {
  switch (value) {
    case U_SB_OTHER: return SentenceClass::kOther;
    case U_SB_SP: return SentenceClass::kSp;
    case U_SB_LOWER: return SentenceClass::kLower;
    case U_SB_UPPER: return SentenceClass::kUpper;
    case U_SB_NUMERIC: return SentenceClass::kNumeric;
    case U_SB_ATERM: return SentenceClass::kATerm;
    case U_SB_STERM: return SentenceClass::kSTerm;
    case U_SB_CLOSE: return SentenceClass::kClose;
    case U_SB_SCONTINUE: return SentenceClass::kSContinue;
    // CR, LF, Sep (a paragraph break inside a paragraph), Extend, Format and OLetter: the
    // rules here do not model them.
    default: return SentenceClass::kUnknown;
  }
}

bool is_terminator(SentenceClass c) { return c == SentenceClass::kATerm || c == SentenceClass::kSTerm; }

}  // namespace

SentenceRules::SentenceRules() {
  classes_.fill(SentenceClass::kUnknown);
  for (UChar32 c = 0; c < 0x80; ++c) {
    classes_[static_cast<size_t>(c)] = from_icu(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  }
}

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// High bit set in each byte of w that is zero (the lowest such byte is always exact).
uint64_t zero_bytes(uint64_t w) { return (w - kOnes) & ~w & kHighs; }

// Whether any of the eight bytes of w may matter: a terminator, a control byte or a byte of
// a non-ASCII character (all other bytes are letters, digits, spaces or punctuation the rules
// only read around terminators).
bool may_matter(uint64_t w) {
  const uint64_t low = (w - 0x2020202020202020ULL) & ~w & kHighs;  // bytes < 0x20, or >= 0x80
  return ((w & kHighs) | low | zero_bytes(w ^ ('.' * kOnes)) | zero_bytes(w ^ ('!' * kOnes)) |
          zero_bytes(w ^ ('?' * kOnes))) != 0;
}

}  // namespace

bool SentenceRules::boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const {
  uint32_t i = para.begin;
  while (i < para.end) {
    const uint32_t chunk_end = std::min(i + 8, para.end);
    if (chunk_end == i + 8) {
      uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      if (!may_matter(w)) {
        i = chunk_end;
        continue;
      }
    }
    for (; i < chunk_end; ++i) {
      const SentenceClass c = class_of(text[i]);
      if (c == SentenceClass::kUnknown) return false;
      if (!is_terminator(c)) continue;
      if (const uint32_t b = boundary_after(text, i, para.end)) out.push_back(b);
    }
  }
  return true;
}

// A boundary can only follow a terminator, after its closing punctuation and spaces (SB9,
// SB10, SB11); the other rules say when there is none.
uint32_t SentenceRules::boundary_after(std::string_view text, uint32_t i, uint32_t end) const {
  const bool aterm = class_of(text[i]) == SentenceClass::kATerm;
  uint32_t k = i + 1;
  if (aterm && k < end) {
    const SentenceClass next = class_of(text[k]);
    if (next == SentenceClass::kNumeric) return 0;  // SB6: "3.5"
    const SentenceClass prev = i > 0 ? class_of(text[i - 1]) : SentenceClass::kSp;
    if (next == SentenceClass::kUpper && (prev == SentenceClass::kUpper || prev == SentenceClass::kLower)) {
      return 0;  // SB7: "U.S"
    }
  }
  while (k < end && class_of(text[k]) == SentenceClass::kClose) ++k;
  while (k < end && class_of(text[k]) == SentenceClass::kSp) ++k;
  // At the end of the paragraph the boundary comes after the line break, outside it.
  if (k >= end) return 0;
  const SentenceClass next = class_of(text[k]);
  if (next == SentenceClass::kSContinue || is_terminator(next)) return 0;  // SB8a: "?!", "etc.,"
  if (aterm && lower_follows(text, k, end)) return 0;                     // SB8: "etc. and"
  return k;
}

bool SentenceRules::lower_follows(std::string_view text, uint32_t k, uint32_t end) const {
  for (; k < end; ++k) {
    switch (class_of(text[k])) {
      case SentenceClass::kLower: return true;
      case SentenceClass::kUpper: case SentenceClass::kATerm: case SentenceClass::kSTerm:
      case SentenceClass::kUnknown: return false;
      default: break;
    }
  }
  return false;
}

}  // namespace newsclaim
