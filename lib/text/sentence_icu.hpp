// ICU's "en_US@ss=standard" sentence iterator over one document's norm() text: Segmenter's
// boundaries for the paragraphs AsciiSentenceBreaks refuses, and the reference its tests
// compare it with. One per thread (ICU iterators are not thread-safe).
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
  // Builds the iterator every instance clones, once per process (the first instance does it
  // otherwise). Thread-safe.
  static void prepare();

  // Starts a document: text (UTF-8) must stay alive and unchanged until the next reset().
  // It is handed to ICU on the first boundaries() call.
  void reset(std::string_view text);
  // Appends to out ICU's boundaries b with para.begin < b < para.end, para being a trimmed
  // line of the text; in byte offsets. Appends nothing when ICU could not build its iterator.
  void boundaries(Span para, std::vector<uint32_t>& out);

 private:
  void convert();
  int32_t to16(uint32_t b) const { return from_utf8_.empty() ? static_cast<int32_t>(b) : from_utf8_[b]; }
  uint32_t to8(int32_t u) const {
    return to_utf8_.empty() ? static_cast<uint32_t>(u) : to_utf8_[static_cast<size_t>(u)];
  }

  std::unique_ptr<icu::BreakIterator> iterator_;
  std::string_view text_;
  bool converted_ = false;
  // The text as UTF-16, on which ICU's iterators run much faster than on UTF-8, with the
  // index maps both ways (empty when the text is ASCII and the indices coincide).
  icu::UnicodeString utf16_;
  std::vector<int32_t> from_utf8_;  // UTF-8 byte -> UTF-16 index; size bytes + 1
  std::vector<uint32_t> to_utf8_;   // UTF-16 index -> UTF-8 byte; size units + 1
};

}  // namespace newsclaim
