// Span: a half-open byte range into Document::norm(), the text every extractor matches on.
// Byte spans are converted to code point offsets of the original text in exactly one place:
// Document::to_output_span(). Invariant (checked by tests and the fuzzer):
//   doc.original_slice(span) == the item's reported "text".
#pragma once
#include <cstdint>

namespace newsclaim {

struct Span {
  uint32_t begin = 0;  // byte offset into Document::norm(), inclusive
  uint32_t end = 0;    // byte offset into Document::norm(), exclusive

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(Span a, Span b) = default;
  friend bool operator<(Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

}  // namespace newsclaim
