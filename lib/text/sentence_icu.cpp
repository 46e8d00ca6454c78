#include "text/sentence_icu.hpp"

#include <unicode/brkiter.h>

#include "text/utf8.hpp"

namespace newsclaim {
namespace {

// ICU's English sentence iterator with its abbreviation filter, built once and never used
// itself: a clone shares its rules and data and costs a small part of building one (2M
// instructions, most of a worker's start).
const icu::BreakIterator* sentence_prototype() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return prototype.get();
}

}  // namespace

IcuSentenceBreaks::IcuSentenceBreaks() = default;
IcuSentenceBreaks::~IcuSentenceBreaks() = default;

bool IcuSentenceBreaks::ready() {
  if (iterator_) return true;
  if (const icu::BreakIterator* prototype = sentence_prototype()) iterator_.reset(prototype->clone());
  return iterator_ != nullptr;
}

void IcuSentenceBreaks::reset(std::string_view text) {
  text_ = text;
  whole_text_ = false;
}

void IcuSentenceBreaks::convert(std::string_view s) {
  from_utf8_.clear();
  to_utf8_.clear();
  if (utf8::is_ascii(s)) {
    // Widening by hand is several times cheaper than ICU's UTF-8 conversion.
    const auto n = static_cast<int32_t>(s.size());
    char16_t* buf = utf16_.getBuffer(n);
    if (buf == nullptr) return;
    for (int32_t i = 0; i < n; ++i) buf[i] = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    utf16_.releaseBuffer(n);
  } else {
    utf16_ = icu::UnicodeString::fromUTF8(s);
    from_utf8_.resize(s.size() + 1);
    to_utf8_.resize(static_cast<size_t>(utf16_.length()) + 1);
    int32_t u = 0;
    for (size_t b = 0; b < s.size();) {
      const size_t start = b;
      const char32_t cp = utf8::next(s, b);
      for (size_t k = start; k < b; ++k) from_utf8_[k] = u;
      to_utf8_[static_cast<size_t>(u++)] = static_cast<uint32_t>(start);
      if (cp > 0xFFFF) to_utf8_[static_cast<size_t>(u++)] = static_cast<uint32_t>(start);
    }
    from_utf8_[s.size()] = u;
    to_utf8_[static_cast<size_t>(u)] = static_cast<uint32_t>(s.size());
  }
  iterator_->setText(utf16_);
}

void IcuSentenceBreaks::run(int32_t from16, uint32_t base, uint32_t limit, std::vector<uint32_t>& out) {
  for (int32_t brk16 = from16;;) {
    brk16 = iterator_->following(brk16);
    if (brk16 == icu::BreakIterator::DONE) break;
    const uint32_t brk = base + to8(brk16);
    if (brk >= limit) break;
    out.push_back(brk);
  }
}

// Why a paragraph alone gives the boundaries of the whole text: a line break always ends a
// sentence and only spaces stand between it and the paragraph, so no rule joins the paragraph
// to what comes before; rules reading on stop at the first space after the paragraph as they
// would at the line break. ICU's abbreviation filter reads the text around a boundary back
// and forth only as far as an abbreviation goes, never over a space.
void IcuSentenceBreaks::boundaries(Span para, std::vector<uint32_t>& out) {
  if (!ready()) return;
  const uint32_t end = para.end < text_.size() ? para.end + 1 : para.end;
  whole_text_ = false;
  convert(text_.substr(para.begin, end - para.begin));
  run(0, para.begin, para.end, out);
}

void IcuSentenceBreaks::whole_text_boundaries(Span para, std::vector<uint32_t>& out) {
  if (!ready()) return;
  if (!whole_text_) {
    convert(text_);
    whole_text_ = true;
  }
  run(to16(para.begin), 0, para.end, out);
}

}  // namespace newsclaim
