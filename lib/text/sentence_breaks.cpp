#include "text/sentence_breaks.hpp"

#include <algorithm>

namespace newsclaim {

const SentenceBreaks& SentenceBreaks::instance() {
  static const SentenceBreaks breaks;
  return breaks;
}

bool SentenceBreaks::boundaries(std::string_view text, Span para, std::vector<uint32_t>& out) const {
  const size_t first = out.size();
  if (!filter_.usable() || !rules_.boundaries(text, para, out)) return false;
  const auto kept = std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                   [&](uint32_t b) { return filter_.suppresses(text, b); });
  out.erase(kept, out.end());
  return true;
}

}  // namespace newsclaim
