#include "text/layout.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"
#include "text/sentence_breaks.hpp"

namespace newsclaim {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

Span trimmed(std::string_view text, uint32_t b, uint32_t e) {
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  return {b, e};
}

std::vector<Span> split_paragraphs(std::string_view text) {
  std::vector<Span> out;
  uint32_t start = 0;
  while (start <= text.size()) {
    const void* nl = std::memchr(text.data() + start, '\n', text.size() - start);
    const auto end = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - text.data())
                        : static_cast<uint32_t>(text.size());
    const Span p = trimmed(text, start, end);
    if (!p.empty()) out.push_back(p);
    start = end + 1;
  }
  return out;
}

// The word (letters and dots) that ends just before byte e, e.g. "Mr." or "U.S." (of "<J.P.").
std::string_view word_before(std::string_view text, uint32_t e) {
  uint32_t b = e;
  while (b > 0 && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"' && text[b - 1] != '<')
    --b;
  return text.substr(b, e - b);
}

// The word starting at b (up to a space or punctuation other than '-' and '\'').
std::string_view word_after(std::string_view text, uint32_t b) {
  uint32_t e = b;
  while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-' ||
                             text[e] == '\'' || static_cast<unsigned char>(text[e]) >= 0x80)) {
    ++e;
  }
  return text.substr(b, e - b);
}

// A break after an abbreviation or initial is false when the sentence goes on.
bool keep_together(std::string_view text, uint32_t brk, const Gazetteer& abbreviations,
                   const Gazetteer& starters) {
  uint32_t e = brk;
  while (e > 0 && is_space(text[e - 1])) --e;
  if (e == 0 || text[e - 1] != '.') return false;
  const std::string_view word = word_before(text, e);
  uint32_t n = brk;
  while (n < text.size() && is_space(text[n])) ++n;
  const char next = n < text.size() ? text[n] : '\0';
  const bool next_lower_or_digit = std::islower(static_cast<unsigned char>(next)) ||
                                   std::isdigit(static_cast<unsigned char>(next));
  // Single initials ("J.") and dotted acronyms before a lower-case word ("U.S. officials").
  if (word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0]))) return true;
  for (const auto* row : abbreviations.find(word)) {
    const bool title = row->size() > 1 && (*row)[1] == "title";
    if (title || next_lower_or_digit) return true;
  }
  // Dotted capitals usually modify or open a name: "the U.S. Customs agency", "J.P. Morgan", "H.J.
  // Heinz Co" go on, while "in the U.S. The company" and "Aluminium Bahrain B.S.C. Last year" end,
  // so only a word that commonly opens a sentence breaks.
  if (is_dotted_capitals(word) && std::isupper(static_cast<unsigned char>(next)))
    return starters.find(word_after(text, n)).empty();
  return next_lower_or_digit && word.size() <= 6 && std::count(word.begin(), word.end(), '.') >= 2;
}

}  // namespace

bool Layout::in_boilerplate(Span span) const {
  auto it = std::upper_bound(boilerplate.begin(), boilerplate.end(), span.begin,
                             [](uint32_t b, const Boilerplate& bp) { return b < bp.span.begin; });
  if (it != boilerplate.begin() && std::prev(it)->span.overlaps(span)) return true;
  return it != boilerplate.end() && it->span.overlaps(span);
}

static size_t index_at(const std::vector<Span>& spans, uint32_t b) {
  auto it = std::upper_bound(spans.begin(), spans.end(), b,
                             [](uint32_t x, const Span& s) { return x < s.begin; });
  if (it == spans.begin()) return static_cast<size_t>(-1);
  return static_cast<size_t>(std::distance(spans.begin(), it) - 1);
}

size_t Layout::sentence_at(uint32_t b) const { return index_at(sentences, b); }

size_t Layout::paragraph_at(uint32_t b) const {
  const size_t i = index_at(paragraphs, b);
  if (i == static_cast<size_t>(-1) || b >= paragraphs[i].end) return static_cast<size_t>(-1);
  return i;
}

void Segmenter::prepare() { (void)SentenceBreaks::instance(); }

Layout Segmenter::segment(const Document& doc, const Ruleset& rules) {
  Layout layout;
  const std::string_view text = doc.norm();
  layout.paragraphs = split_paragraphs(text);
  const Gazetteer& abbreviations = rules.gazetteer("text.abbreviations");
  const Gazetteer& starters = rules.gazetteer("text.sentence_starters");
  const SentenceBreaks& ours = SentenceBreaks::instance();
  icu_.reset(text);
  for (const Span& para : layout.paragraphs) {
    breaks_.clear();
    if (!ours.boundaries(text, para, breaks_)) {
      breaks_.clear();
      // ICU on the paragraph alone agrees with ICU on the whole text when its abbreviations
      // hold no space, which a usable filter has checked.
      if (ours.filter().usable())
        icu_.boundaries(para, breaks_);
      else icu_.whole_text_boundaries(para, breaks_);
    }
    uint32_t start = para.begin;
    for (const uint32_t brk : breaks_) {
      if (keep_together(text, brk, abbreviations, starters)) continue;
      const Span s = trimmed(text, start, brk);
      if (!s.empty()) layout.sentences.push_back(s);
      start = brk;
    }
    const Span last = trimmed(text, start, para.end);
    if (!last.empty()) layout.sentences.push_back(last);
  }
  return layout;
}

}  // namespace newsclaim
