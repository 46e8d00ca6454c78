#include "text/sentence_rules.hpp"

#include <unicode/uchar.h>

#include "text/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsclaim {
namespace {

SentenceClass from_icu(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER: return SentenceClass::kOther;
    case U_SB_SP: return SentenceClass::kSp;
    case U_SB_LOWER: return SentenceClass::kLower;
    case U_SB_UPPER: return SentenceClass::kUpper;
    case U_SB_OLETTER: return SentenceClass::kOLetter;
    case U_SB_NUMERIC: return SentenceClass::kNumeric;
    case U_SB_ATERM: return SentenceClass::kATerm;
    case U_SB_STERM: return SentenceClass::kSTerm;
    case U_SB_CLOSE: return SentenceClass::kClose;
    case U_SB_SCONTINUE: return SentenceClass::kSContinue;
    // CR, LF, Sep (a paragraph break inside a paragraph), Extend and Format.
    default: return SentenceClass::kUnknown;
  }
}

bool is_terminator(SentenceClass c) { return c == SentenceClass::kATerm || c == SentenceClass::kSTerm; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte length of the UTF-8 character whose first byte is c.
uint32_t char_length(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

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

SentenceRules::SentenceRules() {
  for (UChar32 c = 0; c < 0x80; ++c) ascii_[static_cast<size_t>(c)] = from_icu(c);
  for (UChar32 c = 0x80; c < 0x800; ++c) two_byte_[static_cast<size_t>(c - 0x80)] = from_icu(c);
}

SentenceClass SentenceRules::class_at(std::string_view text, uint32_t i) const {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return ascii_[b];
  size_t next = i;
  const char32_t c = utf8::next(text, next);
  if (c < 0x800) return two_byte_[c - 0x80];
  return from_icu(static_cast<UChar32>(c));
}

SentenceClass SentenceRules::class_before(std::string_view text, uint32_t i) const {
  if (i == 0) return SentenceClass::kSp;
  size_t start = i;
  if (static_cast<unsigned char>(text[i - 1]) < 0x80) return ascii_[static_cast<unsigned char>(text[i - 1])];
  (void)utf8::prev(text, start);
  return class_at(text, static_cast<uint32_t>(start));
}

bool SentenceRules::boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const {
  uint32_t i = para.begin;
#if defined(__SSE2__)
  // Other bytes (letters, digits, spaces, other punctuation) only matter around terminators.
  // The last sixteen bytes may reach past the paragraph (not past the text): those are masked.
  for (; i < para.end && i + 16 <= text.size(); i += 16) {
    uint32_t mask = notable16(text.data() + i);
    if (para.end - i < 16) mask &= (1u << (para.end - i)) - 1;
    for (; mask != 0; mask &= mask - 1) {
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
  if (is_continuation(text[i])) return true;  // its first byte was visited
  const SentenceClass c = class_at(text, i);
  if (c == SentenceClass::kUnknown) return false;
  if (is_terminator(c)) {
    if (const uint32_t b = boundary_after(text, i, end)) out.push_back(b);
  }
  return true;
}

// A boundary can only follow a terminator, after its closing punctuation and spaces (SB9,
// SB10, SB11); the other rules say when there is none.
uint32_t SentenceRules::boundary_after(std::string_view text, uint32_t i, uint32_t end) const {
  const bool aterm = class_at(text, i) == SentenceClass::kATerm;
  uint32_t k = i + char_length(text[i]);
  if (aterm && k < end) {
    const SentenceClass next = class_at(text, k);
    if (next == SentenceClass::kNumeric) return 0;  // SB6: "3.5"
    const SentenceClass prev = class_before(text, i);
    if (next == SentenceClass::kUpper && (prev == SentenceClass::kUpper || prev == SentenceClass::kLower)) {
      return 0;  // SB7: "U.S"
    }
  }
  while (k < end && class_at(text, k) == SentenceClass::kClose) k += char_length(text[k]);
  while (k < end && class_at(text, k) == SentenceClass::kSp) k += char_length(text[k]);
  // At the end of the paragraph the boundary comes after the line break, outside it.
  if (k >= end) return 0;
  const SentenceClass next = class_at(text, k);
  if (next == SentenceClass::kSContinue || is_terminator(next)) return 0;  // SB8a: "?!", "etc.,"
  if (aterm && lower_follows(text, k, end)) return 0;                     // SB8: "etc. and"
  return k;
}

bool SentenceRules::lower_follows(std::string_view text, uint32_t k, uint32_t end) const {
  for (; k < end; k += char_length(text[k])) {
    switch (class_at(text, k)) {
      case SentenceClass::kLower: return true;
      case SentenceClass::kUpper: case SentenceClass::kOLetter: case SentenceClass::kATerm:
      case SentenceClass::kSTerm: case SentenceClass::kUnknown: return false;
      default: break;
    }
  }
  return false;
}

}  // namespace newsclaim
