// Layout: the structure of a document's norm() text that every extractor shares —
// paragraphs (lines), sentences (ICU's sentence breaks, computed without ICU for most
// paragraphs, then refined for news abbreviations) and the boilerplate regions whose contents
// are never reported as facts.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/extraction.hpp"
#include "core/span.hpp"
#include "text/document.hpp"
#include "text/sentence_icu.hpp"

namespace newsclaim {

class Ruleset;

struct Layout {
  std::vector<Span> paragraphs;  // non-blank lines, trimmed, in order
  std::vector<Span> sentences;   // trimmed, never crossing a paragraph, in order
  std::vector<Boilerplate> boilerplate;  // in order, non-overlapping

  // True when span lies (even partly) inside a boilerplate region.
  bool in_boilerplate(Span span) const;
  // Index of the sentence containing byte offset b, or the nearest one before it; npos if none.
  size_t sentence_at(uint32_t b) const;
  // Index of the paragraph containing byte offset b, or npos.
  size_t paragraph_at(uint32_t b) const;
};

// Per-thread segmentation state (ICU iterators are not thread-safe; creating them is slow).
class Segmenter {
 public:
  // Builds the sentence rules' tables, once per process (the first segment() does it
  // otherwise): the pipeline calls this while it builds the extractors. ICU's iterator, needed
  // only for paragraphs with combining marks or separators, is built when one comes. Thread-safe.
  static void prepare();

  // Paragraphs and sentences of doc.norm(); boilerplate is left empty (see boilerplate.hpp).
  Layout segment(const Document& doc, const Ruleset& rules);

 private:
  IcuSentenceBreaks icu_;
  std::vector<uint32_t> breaks_;  // one paragraph's boundaries, reused
};

}  // namespace newsclaim
