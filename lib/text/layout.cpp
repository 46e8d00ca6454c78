#include "text/layout.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

Span trimmed(std::string_view text, uint32_t b, uint32_t e) {
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  return {b, e};
}

std::vector<Span> split_paragraphs(std::string_view text) {
  std::vector<Span> out;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      const Span p = trimmed(text, start, i);
      if (!p.empty()) out.push_back(p);
      start = i + 1;
    }
  }
  return out;
}

// The word (letters and dots) that ends just before byte e, e.g. "Mr." or "U.S.".
std::string_view word_before(std::string_view text, uint32_t e) {
  uint32_t b = e;
  while (b > 0 && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"') --b;
  return text.substr(b, e - b);
}

// A break after an abbreviation or initial is false when the sentence goes on.
bool keep_together(std::string_view text, uint32_t brk, const Gazetteer& abbreviations) {
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

Segmenter::Segmenter() {
  UErrorCode status = U_ZERO_ERROR;
  sentences_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), status));
  if (U_FAILURE(status)) sentences_.reset();
}

Segmenter::~Segmenter() = default;

Layout Segmenter::segment(const Document& doc, const Ruleset& rules) {
  Layout layout;
  const std::string_view text = doc.norm();
  layout.paragraphs = split_paragraphs(text);
  const Gazetteer& abbreviations = rules.gazetteer("text.abbreviations");
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status) && sentences_) sentences_->setText(ut, status);
  for (const Span& para : layout.paragraphs) {
    uint32_t start = para.begin;
    int32_t brk = para.begin;
    while (U_SUCCESS(status) && sentences_) {
      brk = sentences_->following(brk);
      if (brk == icu::BreakIterator::DONE || static_cast<uint32_t>(brk) >= para.end) break;
      if (keep_together(text, static_cast<uint32_t>(brk), abbreviations)) continue;
      const Span s = trimmed(text, start, static_cast<uint32_t>(brk));
      if (!s.empty()) layout.sentences.push_back(s);
      start = static_cast<uint32_t>(brk);
    }
    const Span last = trimmed(text, start, para.end);
    if (!last.empty()) layout.sentences.push_back(last);
  }
  utext_close(ut);
  return layout;
}

}  // namespace newsclaim
