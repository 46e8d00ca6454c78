// Quote spans: pairs the double quotation marks of each paragraph into quotations, the
// first step of the quotes stage. norm() folds every double mark to ASCII '"', so the
// original character decides whether a mark opens or closes (“ ” „ « » and straight ").
#pragma once
#include <cstddef>
#include <vector>

#include "core/span.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

struct QuoteSpan {
  Span span;              // with its marks; an unclosed quotation ends at its paragraph's end
  Span content;           // between the marks
  size_t paragraph = 0;   // index into Layout::paragraphs
  bool closed = true;     // false when the paragraph ended before a closing mark
  bool continues = false; // unclosed and the next paragraph reopens it (multi-paragraph quote)
};

// Quotations of doc in text order, non-overlapping, never crossing a paragraph. Marks of a
// second style inside a quotation (straight inside curly) are nested quotes and not reported.
// Linear in the text size.
std::vector<QuoteSpan> find_quote_spans(const Document& doc, const Layout& layout);

}  // namespace newsclaim
