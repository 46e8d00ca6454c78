#include "text/boilerplate.hpp"

#include <re2/re2.h>

#include <string>
#include <unordered_set>

#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

bool full_match(const RE2& re, std::string_view text) { return RE2::FullMatch(text, re); }

// A line that reads like a headline in a story list: short and not a full sentence of prose.
bool headline_like(std::string_view p) {
  size_t words = 1;
  for (const char c : p) words += c == ' ';
  return words <= 16 && p.size() <= 140;
}

// Paragraph kind from the single-paragraph rules, or nullptr.
const char* notice_kind(const Ruleset& rules, std::string_view p) {
  if (full_match(rules.re("boilerplate.credit"), p)) return "credit";
  if (full_match(rules.re("boilerplate.copyright"), p)) return "copyright";
  if (p.size() < 400 && full_match(rules.re("boilerplate.cookie"), p)) return "cookie";
  if (full_match(rules.re("boilerplate.share"), p)) return "share";
  return nullptr;
}

}  // namespace

std::vector<Boilerplate> find_boilerplate(const Document& doc, const Layout& layout, const Ruleset& rules) {
  std::vector<Boilerplate> out;
  const auto& paras = layout.paragraphs;
  std::unordered_set<std::string_view> seen;
  size_t last_para = static_cast<size_t>(-1);  // paragraph that ends the last region
  // Adds paragraphs first..last as a region; the next paragraph of the same kind extends it.
  auto add = [&](size_t first, size_t last, const char* kind) {
    const Span span{paras[first].begin, paras[last].end};
    if (!out.empty() && last_para + 1 == first && out.back().kind == kind) {
      out.back().span.end = span.end;
    } else {
      out.push_back({span, kind});
    }
    last_para = last;
  };
  for (size_t i = 0; i < paras.size(); ++i) {
    const std::string_view p = doc.norm_slice(paras[i]);
    if (full_match(rules.re("boilerplate.related_heading"), p)) {
      size_t j = i + 1;
      while (j < paras.size() && !notice_kind(rules, doc.norm_slice(paras[j]))) ++j;
      add(i, j - 1, "related");
      i = j - 1;
      continue;
    }
    if (full_match(rules.re("boilerplate.trending_heading"), p)) {
      size_t j = i + 1;
      for (; j < paras.size(); ++j) {
        const std::string_view q = doc.norm_slice(paras[j]);
        const bool item = RE2::PartialMatch(q, rules.re("boilerplate.list_item"));
        if (!item && !(headline_like(q) && q.back() != '.' && q.back() != '"')) break;
      }
      add(i, j - 1, "trending");
      i = j - 1;
      continue;
    }
    if (const char* kind = notice_kind(rules, p)) {
      add(i, i, kind);
      continue;
    }
    // A paragraph repeated verbatim: the later copy is boilerplate (short lines may repeat).
    if (p.size() >= 40 && !seen.insert(p).second) add(i, i, "duplicate");
  }
  return out;
}

}  // namespace newsclaim
