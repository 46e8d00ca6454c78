#include "text/document.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <bit>
#include <cstring>

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
    case '\r': case 0x0085: case 0x2028: case 0x2029:  // CR, NEL, line and paragraph separators
      return "\n";
    default:
      return nullptr;
  }
}

// Characters below U+0300 are NFC-inert: no normalization work is needed for them.
constexpr char32_t kFirstNonInert = 0x300;

// Whether norm() keeps the byte verbatim when it stands alone: ASCII but the folded controls.
bool plain_ascii(char byte) {
  const auto c = static_cast<unsigned char>(byte);
  return c < 0x80 && c != '\t' && c != '\v' && c != '\f' && c != '\r';
}

// End of the run from i on of ASCII bytes that norm() keeps verbatim (everything below 0x80
// except the folded controls \t \v \f \r). Checks eight bytes at a time: most text is such.
size_t plain_ascii_end(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    // Any byte >= 0x80, or any byte < 0x0E (controls, including the folded ones). Most such
    // words hold a newline, which is kept: their bytes are tested one by one and the scan goes
    // on by words after them (ending the word scan there left the rest of a wire story, with
    // a newline every line, to the byte loop).
    if (((x | ((x - kOnes * 0x0E) & ~x)) & kHigh) != 0) {
      for (size_t k = 0; k < 8; ++k) {
        if (!plain_ascii(s[i + k])) return i + k;
      }
    }
    i += 8;
  }
  while (i < s.size() && plain_ascii(s[i])) ++i;
  return i;
}

// Count of UTF-8 lead (non-continuation) bytes in s[b, e).
uint32_t lead_bytes(std::string_view s, size_t b, size_t e) {
  uint32_t n = 0;
  for (; b + 8 <= e; b += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + b, 8);
    n += 8 - static_cast<uint32_t>(std::popcount(x & ~(x << 1) & 0x8080808080808080ULL));
  }
  for (; b < e; ++b) n += (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80;
  return n;
}

}  // namespace

// Appends norm() bytes together with the original bytes they came from.
class Document::NormBuilder {
 public:
  explicit NormBuilder(size_t size) { out.reserve(size); }
  // Appends src[from, to) verbatim.
  void copy(std::string_view src, size_t from, size_t to) {
    if (to <= from) return;
    start_run(static_cast<uint32_t>(from), true);
    out.append(src.data() + from, to - from);
  }
  // Appends bytes that all came from the original byte orig.
  void emit(std::string_view bytes, size_t orig) {
    if (bytes.empty()) return;
    start_run(static_cast<uint32_t>(orig), bytes.size() == 1);
    out.append(bytes);
  }
  void truncate(size_t size) {
    out.resize(size);
    while (!runs.empty() && runs.back().norm_begin >= size) runs.pop_back();
  }
  std::string out;
  std::vector<MapRun> runs;

 private:
  // Opens a run at the end of out unless a linear one continues seamlessly into orig.
  void start_run(uint32_t orig, bool linear) {
    const auto at = static_cast<uint32_t>(out.size());
    if (linear && !runs.empty() && runs.back().linear &&
        runs.back().orig_begin + (at - runs.back().norm_begin) == orig) {
      return;
    }
    runs.push_back({at, orig, linear});
  }
};

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
  if (plain_ascii_end(src, 0) == src.size()) {
    norm_ = original_;
    return;
  }
  const icu::Normalizer2* nfc = nullptr;
  NormBuilder b(src.size());
  bool changed = false;
  size_t i = 0;
  // The code point copied last, verbatim: a combining mark after it composes with it.
  size_t prev_start = 0, prev_out = 0;
  bool prev_verbatim = false;
  while (i < src.size()) {
    if (const size_t e = plain_ascii_end(src, i); e > i) {
      b.copy(src, i, e);
      prev_start = e - 1;
      prev_out = b.out.size() - 1;
      prev_verbatim = true;
      i = e;
      continue;
    }
    size_t start = i;
    const char32_t cp = utf8::next(src, i);
    if (const char* repl = fold(cp)) {
      changed = true;
      prev_verbatim = false;
      b.emit(repl, start);
      continue;
    }
    if (cp < kFirstNonInert) {
      prev_start = start;
      prev_out = b.out.size();
      prev_verbatim = true;
      b.copy(src, start, i);
      continue;
    }
    // A run of non-inert text: normalize from the last boundary up to the next one.
    UErrorCode status = U_ZERO_ERROR;
    if (!nfc) nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && prev_verbatim && !nfc->hasBoundaryBefore(cp)) {
      // "e" + U+0301: the run starts at the base letter so NFC can compose "é".
      b.truncate(prev_out);
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
    const std::string_view piece_in = src.substr(start, run_end - start);
    const auto piece = icu::UnicodeString::fromUTF8(piece_in);
    if (U_SUCCESS(status) && !nfc->isNormalized(piece, status)) {
      icu::UnicodeString normalized;
      std::string piece_out;
      nfc->normalize(piece, normalized, status);
      normalized.toUTF8String(piece_out);
      changed = true;
      // Byte-exact when unchanged; otherwise the whole run maps to its start (a same-length
      // change such as reordered marks must not map into the middle of a character).
      if (piece_out == piece_in) {
        b.copy(src, start, run_end);
      } else {
        b.emit(piece_out, start);
      }
    } else {
      b.copy(src, start, run_end);
    }
    i = run_end;
  }
  b.runs.push_back({static_cast<uint32_t>(b.out.size()), static_cast<uint32_t>(src.size()), true});
  if (changed) {
    norm_ = std::move(b.out);
    norm_to_orig_ = std::move(b.runs);
  } else {
    norm_ = original_;
  }
}

void Document::build_code_points() {
  if (utf8::is_ascii(original_)) return;
  const size_t n = original_.size();
  code_point_checkpoints_.resize(n / kCheckpointBytes + 1);
  uint32_t cp = 0;
  for (size_t k = 0; k < code_point_checkpoints_.size(); ++k) {
    code_point_checkpoints_[k] = cp;
    const size_t b = k * kCheckpointBytes;
    cp += lead_bytes(original_, b, std::min(n, b + kCheckpointBytes));
  }
}

uint32_t Document::orig_of(uint32_t norm_byte) const {
  auto it = std::upper_bound(norm_to_orig_.begin(), norm_to_orig_.end(), norm_byte,
                             [](uint32_t b, const MapRun& r) { return b < r.norm_begin; });
  const MapRun& run = *std::prev(it);
  return run.linear ? run.orig_begin + (norm_byte - run.norm_begin) : run.orig_begin;
}

Span Document::to_original(Span s) const {
  if (norm_to_orig_.empty()) return s;
  const uint32_t begin = orig_of(s.begin);
  uint32_t end = orig_of(s.end);
  // A span ending inside an expansion ("..." from U+2026) or a normalized run ends after it.
  if (s.end > s.begin && end <= orig_of(s.end - 1)) {
    size_t j = orig_of(s.end - 1);
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
  if (code_point_checkpoints_.empty()) return original_byte;
  const uint32_t k = original_byte / kCheckpointBytes;
  uint32_t cp = code_point_checkpoints_[k] + lead_bytes(original_, k * kCheckpointBytes, original_byte);
  // A continuation byte belongs to the code point that its lead byte starts.
  if (original_byte < original_.size() && (static_cast<unsigned char>(original_[original_byte]) & 0xC0) == 0x80) --cp;
  return cp;
}

std::pair<uint32_t, uint32_t> Document::output_offsets(Span norm_span) const {
  const Span o = to_original(norm_span);
  return {code_point_at(o.begin), code_point_at(o.end)};
}

}  // namespace newsclaim
