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
  void build_norm();
  void build_code_points();

  std::string original_;
  std::string norm_;
  // norm byte i came from original byte norm_to_orig_[i]; size norm_.size() + 1.
  // Empty when norm_ == original_ (identity).
  std::vector<uint32_t> norm_to_orig_;
  // original byte -> code point index; size original_.size() + 1. Empty when ASCII.
  std::vector<uint32_t> orig_code_point_;
  size_t invalid_bytes_ = 0;
  size_t nul_bytes_ = 0;
  size_t first_invalid_ = std::string::npos;
};

}  // namespace newsclaim
