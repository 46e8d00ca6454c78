#include "text/sentence_rules.hpp"

#include <unicode/uchar.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
// Bit k set when byte k of the 16 at p is a terminator, a control byte or a byte of a
// non-ASCII character (signed, below 0x20): every byte the scan must look at.
uint32_t notable16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i m = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
  return static_cast<uint32_t>(_mm_movemask_epi8(m));
}
#endif

}  // namespace

bool SentenceRules::boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const {
  uint32_t i = para.begin;
#if defined(__SSE2__)
  // Other bytes (letters, digits, spaces, other punctuation) only matter around terminators.
  for (; i + 16 <= para.end; i += 16) {
    for (uint32_t mask = notable16(text.data() + i); mask != 0; mask &= mask - 1) {
      if (!visit(text, i + static_cast<uint32_t>(__builtin_ctz(mask)), para.end, out)) return false;
    }
  }
#endif
  for (; i < para.end; ++i) {
    if (!visit(text, i, para.end, out)) return false;
  }
  return true;
}

bool SentenceRules::visit(std::string_view text, uint32_t i, uint32_t end, std::vector<uint32_t>& out) const {
  const SentenceClass c = class_of(text[i]);
  if (c == SentenceClass::kUnknown) return false;
  if (is_terminator(c)) {
    if (const uint32_t b = boundary_after(text, i, end)) out.push_back(b);
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
