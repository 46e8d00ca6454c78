// Years written by their last two digits after an apostrophe: "since '82", "April '87", "the
// summer of '69". The century is the anchor's unless that puts the year well ahead of it.
#include <algorithm>
#include <cctype>
#include <string>

#include "extract/dates_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }

// "'82" at i of t: an apostrophe opening a word, two digits, then no more word.
bool short_year_at(std::string_view t, size_t i) {
  if (i + 2 >= t.size() || t[i] != '\'' || !digit(t[i + 1]) || !digit(t[i + 2])) return false;
  if (i > 0 && is_ascii_word_byte(t[i - 1])) return false;  // "rock'n'roll", "O'82"
  return i + 3 == t.size() || !(is_ascii_word_byte(t[i + 3]) || t[i + 3] == '\'');
}

}  // namespace

int apostrophe_year(std::string_view text, const ResolveState& st) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (!short_year_at(text, i)) continue;
    const int yy = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
    if (!st.anchor) return yy < 50 ? 2000 + yy : 1900 + yy;
    const int century = st.anchor->y / 100 * 100;
    return century + yy > st.anchor->y + 10 ? century - 100 + yy : century + yy;
  }
  return 0;
}

void add_bare_short_years(const std::string& t, std::vector<DateCandidate>& out) {
  std::vector<DateCandidate> found;
  for (size_t i = t.find('\''); i != std::string::npos; i = t.find('\'', i + 1)) {
    if (!short_year_at(t, i)) continue;
    const std::string signal = word_before(t, static_cast<uint32_t>(i));
    if (!one_of(signal, {"since", "in", "of", "until", "till", "by", "from", "to", "through", "before",
                         "after", "circa", "and"}))
      continue;  // "a '82 Chevy" is a model year, "scored '82" no year at all
    DateCandidate c;
    c.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 3)};
    c.family = DateFamily::Year;
    c.signal = signal;
    found.push_back(c);
  }
  if (found.empty()) return;
  for (const DateCandidate& c : found) {
    const bool inside = std::any_of(out.begin(), out.end(), [&](const DateCandidate& o) {
      return o.span.begin < c.span.end && c.span.begin < o.span.end;
    });
    if (!inside) out.push_back(c);
  }
  std::sort(out.begin(), out.end(),
            [](const DateCandidate& a, const DateCandidate& b) { return a.span.begin < b.span.begin; });
}

}  // namespace newsclaim
