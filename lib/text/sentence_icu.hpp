// ICU's "en_US@ss=standard" sentence iterator over one document's norm() text: Segmenter's
// boundaries for the paragraphs SentenceBreaks refuses, and the reference its tests
// compare it with. One per thread (ICU iterators are not thread-safe). The iterator is built
// on first use: most runs never need it.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

#include "core/span.hpp"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace newsclaim {

class IcuSentenceBreaks {
 public:
  IcuSentenceBreaks();
  ~IcuSentenceBreaks();
  IcuSentenceBreaks(const IcuSentenceBreaks&) = delete;
  IcuSentenceBreaks& operator=(const IcuSentenceBreaks&) = delete;

  // Starts a document: text (UTF-8) must stay alive and unchanged until the next reset().
  void reset(std::string_view text);
  // Appends to out ICU's boundaries b with para.begin < b < para.end, para being a trimmed
  // line of the text; in byte offsets. ICU sees only para and the byte after it, which gives
  // the boundaries it finds over the whole text as long as no abbreviation of its filter holds
  // a space (see the .cpp). Appends nothing when ICU cannot build its iterator.
  void boundaries(Span para, std::vector<uint32_t>& out);
  // The same with ICU over the whole text (converted once per document): for when ICU's
  // abbreviations are unknown, and the reference tests hold boundaries() and
  // SentenceBreaks to.
  void whole_text_boundaries(Span para, std::vector<uint32_t>& out);

 private:
  // Clones the process's iterator (built on the first call, thread-safe); false without one.
  bool ready();
  // Hands s to ICU as UTF-16 with the index maps; offsets are then relative to s.
  void convert(std::string_view s);
  // Appends the boundaries after from16, plus base, below limit.
  void run(int32_t from16, uint32_t base, uint32_t limit, std::vector<uint32_t>& out);
  int32_t to16(uint32_t b) const { return from_utf8_.empty() ? static_cast<int32_t>(b) : from_utf8_[b]; }
  uint32_t to8(int32_t u) const {
    return to_utf8_.empty() ? static_cast<uint32_t>(u) : to_utf8_[static_cast<size_t>(u)];
  }

  std::unique_ptr<icu::BreakIterator> iterator_;
  std::string_view text_;
  bool whole_text_ = false;  // ICU holds the whole text (not a paragraph)
  // The text as UTF-16, on which ICU's iterators run much faster than on UTF-8, with the
  // index maps both ways (empty when the text is ASCII and the indices coincide).
  icu::UnicodeString utf16_;
  std::vector<int32_t> from_utf8_;  // UTF-8 byte -> UTF-16 index; size bytes + 1
  std::vector<uint32_t> to_utf8_;   // UTF-16 index -> UTF-8 byte; size units + 1
};

}  // namespace newsclaim
