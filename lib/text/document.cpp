#include "text/document.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/utf8.hpp"

namespace newsclaim {
namespace {

// What a code point becomes in norm(): a replacement string, "" to drop it, or nullptr to keep.
const char* fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case '\t': case '\v': case '\f':
      return " ";
    case 0x2026:
      return "...";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    case '\r':
      return "\n";
    default:
      return nullptr;
  }
}

// Characters below U+0300 are NFC-inert: no normalization work is needed for them.
constexpr char32_t kFirstNonInert = 0x300;

}  // namespace

Document Document::from_bytes(std::string_view bytes) {
  utf8::Decoded decoded = utf8::decode(bytes);
  Document doc;
  doc.original_ = std::move(decoded.text);
  doc.invalid_bytes_ = decoded.invalid_bytes;
  doc.nul_bytes_ = decoded.nul_bytes;
  doc.first_invalid_ = decoded.first_invalid;
  doc.build_norm();
  doc.build_code_points();
  return doc;
}

Document Document::from_utf8(std::string text) { return from_bytes(text); }

void Document::build_norm() {
  const std::string_view src = original_;
  const icu::Normalizer2* nfc = nullptr;
  std::string out;
  std::vector<uint32_t> map;
  bool changed = false;
  out.reserve(src.size());
  map.reserve(src.size() + 1);
  size_t i = 0;
  // The code point copied last, verbatim: a combining mark after it composes with it.
  size_t prev_start = 0, prev_out = 0;
  bool prev_verbatim = false;
  while (i < src.size()) {
    size_t start = i;
    const char32_t cp = utf8::next(src, i);
    if (const char* repl = fold(cp)) {
      changed = true;
      prev_verbatim = false;
      for (const char* p = repl; *p; ++p) {
        out.push_back(*p);
        map.push_back(static_cast<uint32_t>(start));
      }
      continue;
    }
    if (cp < kFirstNonInert) {
      prev_start = start;
      prev_out = out.size();
      prev_verbatim = true;
      for (size_t k = start; k < i; ++k) {
        out.push_back(src[k]);
        map.push_back(static_cast<uint32_t>(k));
      }
      continue;
    }
    // A run of non-inert text: normalize from the last boundary up to the next one.
    UErrorCode status = U_ZERO_ERROR;
    if (!nfc) nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && prev_verbatim && !nfc->hasBoundaryBefore(cp)) {
      // "e" + U+0301: the run starts at the base letter so NFC can compose "é".
      out.resize(prev_out);
      map.resize(prev_out);
      start = prev_start;
    }
    prev_verbatim = false;
    size_t run_end = i;
    while (run_end < src.size()) {
      size_t probe = run_end;
      const char32_t next_cp = utf8::next(src, probe);
      if (next_cp < kFirstNonInert || fold(next_cp) || nfc->hasBoundaryBefore(next_cp)) break;
      run_end = probe;
    }
    const auto piece = icu::UnicodeString::fromUTF8(src.substr(start, run_end - start));
    icu::UnicodeString normalized;
    std::string piece_out;
    if (U_SUCCESS(status) && !nfc->isNormalized(piece, status)) {
      nfc->normalize(piece, normalized, status);
      normalized.toUTF8String(piece_out);
      changed = true;
    } else {
      piece_out.assign(src.substr(start, run_end - start));
    }
    // Byte-exact when unchanged; otherwise the whole run maps to its start (a same-length
    // change such as reordered marks must not map into the middle of a character).
    const bool same = std::string_view(piece_out) == src.substr(start, run_end - start);
    for (size_t k = 0; k < piece_out.size(); ++k) {
      out.push_back(piece_out[k]);
      map.push_back(static_cast<uint32_t>(same ? start + k : start));
    }
    i = run_end;
  }
  map.push_back(static_cast<uint32_t>(src.size()));
  if (changed) {
    norm_ = std::move(out);
    norm_to_orig_ = std::move(map);
  } else {
    norm_ = original_;
  }
}

void Document::build_code_points() {
  if (utf8::is_ascii(original_)) return;
  orig_code_point_.resize(original_.size() + 1);
  uint32_t cp = 0;
  for (size_t b = 0; b < original_.size(); ++b) {
    orig_code_point_[b] = cp;
    if ((static_cast<unsigned char>(original_[b]) & 0xC0) != 0x80) {
      orig_code_point_[b] = cp;
      ++cp;
    } else {
      orig_code_point_[b] = cp - 1;
    }
  }
  orig_code_point_[original_.size()] = cp;
}

Span Document::to_original(Span s) const {
  if (norm_to_orig_.empty()) return s;
  const uint32_t begin = norm_to_orig_[s.begin];
  uint32_t end = norm_to_orig_[s.end];
  // A span ending inside an expansion ("..." from U+2026) or a normalized run ends after it.
  if (s.end > s.begin && end <= norm_to_orig_[s.end - 1]) {
    size_t j = norm_to_orig_[s.end - 1];
    utf8::next(original_, j);
    end = static_cast<uint32_t>(j);
  }
  return {begin, end < begin ? begin : end};
}

std::string_view Document::original_slice(Span norm_span) const {
  const Span o = to_original(norm_span);
  return std::string_view(original_).substr(o.begin, o.size());
}

uint32_t Document::code_point_at(uint32_t original_byte) const {
  return orig_code_point_.empty() ? original_byte : orig_code_point_[original_byte];
}

std::pair<uint32_t, uint32_t> Document::output_offsets(Span norm_span) const {
  const Span o = to_original(norm_span);
  return {code_point_at(o.begin), code_point_at(o.end)};
}

}  // namespace newsclaim
