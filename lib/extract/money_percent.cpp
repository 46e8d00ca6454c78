#include "extract/money_percent.hpp"

#include <algorithm>
#include <cstring>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

// Bytes before a percent word searched for its fraction: "three-quarters of a " and a margin.
constexpr size_t kBefore = 48;
constexpr size_t kAfter = 24;  // "percentage points" and a margin

// The value of a fraction in words: "three-quarters" 0.75, "half a" 0.5, "two thirds" 2/3.
double fraction_value(std::string_view words) {
  const std::string w = ascii_lower(words);
  const double count = w.rfind("three", 0) == 0 ? 3 : w.rfind("two", 0) == 0 ? 2 : 1;
  if (w.find("quarter") != std::string::npos) return count / 4;
  if (w.find("third") != std::string::npos) return count / 3;
  if (w.find("eighth") != std::string::npos) return count / 8;
  return 0.5;
}

// The next percent word at or after pos: "percent", "per cent" or "pct", in lower case (the
// fractions are written in running text, not capitals headlines), else npos. memchr stops at
// each 'p', rarer than the other letters of the words.
size_t next_percent_word(std::string_view text, size_t pos) {
  for (size_t i = pos; i < text.size(); ++i) {
    const void* hit = std::memchr(text.data() + i, 'p', text.size() - i);
    if (!hit) return std::string_view::npos;
    i = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
    const std::string_view w = text.substr(i, 8);
    if (w.substr(0, 3) == "pct" || w.substr(0, 7) == "percent" || w == "per cent") return i;
  }
  return std::string_view::npos;
}

// Whether w may hold a fraction word, any case of its first letter: a few byte searches
// instead of the rule's automaton before most percent words, which follow digits.
bool may_hold_fraction(std::string_view w) {
  for (std::string_view stem : {"alf", "uarter", "hird", "ighth"})
    if (w.find(stem) != std::string_view::npos) return true;
  return false;
}

// Whether span overlaps one of out[*next, n), which are in text order like the spans asked
// about ("two and a half pct" is read from its number: its "a half pct" is no second
// percentage). *next moves on past the items that end before span: linear over a text.
bool overlaps_next(const std::vector<Percentage>& out, size_t n, size_t* next, Span span) {
  while (*next < n && out[*next].span.end <= span.begin) ++*next;
  return *next < n && out[*next].span.begin < span.end;
}

}  // namespace

void read_percent_sign(std::string_view text, Percentage& p) {
  if (p.value <= 0) return;
  const std::string_view before = text.substr(0, p.span.begin);
  uint32_t sign = 0;
  std::string_view rest;
  if (before.ends_with('-')) {
    sign = 1;
    rest = before.substr(0, before.size() - 1);
    if (!rest.empty() && rest.back() != ' ' && rest.back() != '(' && rest.back() != '\n') return;
  } else if (ascii_ends_with_lower(before, "minus ")) {
    sign = 6;
    rest = before.substr(0, before.size() - 6);
    if (!rest.empty() && is_ascii_alnum(rest.back())) return;  // "xminus"
  } else {
    return;
  }
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  size_t w = rest.size();
  while (w > 0 && is_ascii_alpha(rest[w - 1])) --w;
  const std::string word = ascii_lower(rest.substr(w));
  if (word.empty()) {
    if (!rest.empty() && rest.back() != ',' && rest.back() != '(' && rest.back() != '\n' &&
        rest.back() != ':')
      return;
  } else {
    // "plus or minus 10 pct", "plus and minus 15 pct"
    if (word == "or" || word == "and") {
      std::string_view more = rest.substr(0, w);
      while (!more.empty() && more.back() == ' ') more.remove_suffix(1);
      if (ascii_ends_with_lower(more, "plus")) return;
    }
    static constexpr std::string_view kOpeners[] = {
        "of",   "at",    "with",   "to",       "from",   "was",  "were",    "is",  "are",
        "be",   "been",  "by",     "and",      "or",     "than", "reached", "hit", "fell",
        "rose", "stood", "showed", "recorded", "versus", "vs",   "against"};
    if (std::find(std::begin(kOpeners), std::end(kOpeners), word) == std::end(kOpeners)) return;
  }
  p.span.begin -= sign;
  p.value = -p.value;
}

FractionPercents::FractionPercents(const Ruleset& rules) : rule_(rules.lazy("money.fraction_percent")) {}

void FractionPercents::find(std::string_view text, std::vector<Percentage>& out) const {
  const size_t existing = out.size();
  size_t next_existing = 0;
  size_t done = 0;  // end of the last percentage found: no window reads back into it
  for (size_t at = next_percent_word(text, 0); at != std::string_view::npos;
       at = next_percent_word(text, at + 1)) {
    const size_t from = std::max(done, at > kBefore ? at - kBefore : 0);
    const std::string_view w = text.substr(from, std::min(text.size(), at + kAfter) - from);
    re2::StringPiece g[2];
    if (!may_hold_fraction(w.substr(0, at - from))) continue;
    if (!rule_.get().Match(w, 0, w.size(), RE2::UNANCHORED, g, 2)) continue;
    Percentage p;
    p.span.begin = static_cast<uint32_t>(from + (g[0].data() - w.data()));
    p.span.end = static_cast<uint32_t>(p.span.begin + g[0].size());
    if (p.span.end <= at || overlaps_next(out, existing, &next_existing, p.span))
      continue;  // at: an earlier word's
    p.value = fraction_value(std::string_view(g[1].data(), g[1].size()));
    const std::string tail = ascii_lower(std::string_view(g[0].data(), g[0].size()));
    p.points = tail.find("point") != std::string::npos;
    out.push_back(p);
    done = p.span.end;
    at = p.span.end - 1;
  }
}

}  // namespace newsclaim
