// Document: one article's text in two forms. original() is the decoded input, the text that
// output offsets index; norm() is what extractors match on: NFC, typographic quotes folded to
// ' and ", dashes to -, exotic spaces to ' ', the ellipsis to "...", soft hyphens and
// zero-width characters dropped. Spans (core/span.hpp) are byte ranges of norm().
// Invariant: for every reported item, original_slice(span) is its "text", and
// output_offsets(span) are the code point offsets of that slice in original().
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/span.hpp"

namespace newsclaim {

class Document {
 public:
  // Decodes bytes as UTF-8 (invalid bytes become U+FFFD) and builds the normalized view.
  static Document from_bytes(std::string_view bytes);
  // As from_bytes, for text already known to be valid UTF-8.
  static Document from_utf8(std::string text);

  const std::string& original() const { return original_; }
  const std::string& norm() const { return norm_; }
  std::string_view norm_slice(Span span) const {
    return std::string_view(norm_).substr(span.begin, span.size());
  }
  // Bytes of original() that produced norm() bytes [span.begin, span.end).
  Span to_original(Span norm_span) const;
  std::string_view original_slice(Span norm_span) const;
  // Code point offsets of to_original(span) in original(), end exclusive (the output contract).
  std::pair<uint32_t, uint32_t> output_offsets(Span norm_span) const;
  // Code point offset of an original() byte offset.
  uint32_t code_point_at(uint32_t original_byte) const;

  size_t invalid_bytes() const { return invalid_bytes_; }
  size_t nul_bytes() const { return nul_bytes_; }
  size_t first_invalid_byte() const { return first_invalid_; }

 private:
  // A run of norm() bytes from norm_begin on: linear runs map byte for byte to original()
  // from orig_begin; other runs (expansions, normalized text) map every byte to orig_begin.
  struct MapRun {
    uint32_t norm_begin;
    uint32_t orig_begin;
    bool linear;
  };
  // Code points counted before every kCheckpointBytes-th byte of original().
  static constexpr uint32_t kCheckpointBytes = 64;

  class NormBuilder;
  void build_norm();
  void build_code_points();
  // The original byte that norm byte i came from; i may be norm_.size().
  uint32_t orig_of(uint32_t norm_byte) const;

  std::string original_;
  std::string norm_;
  // norm -> original byte map, sorted by norm_begin, ending with a linear run at
  // norm_.size(). Empty when norm_ == original_ (identity).
  std::vector<MapRun> norm_to_orig_;
  // Code points before original byte k * kCheckpointBytes. Empty when original() is ASCII.
  std::vector<uint32_t> code_point_checkpoints_;
  size_t invalid_bytes_ = 0;
  size_t nul_bytes_ = 0;
  size_t first_invalid_ = std::string::npos;
};

}  // namespace newsclaim
