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
  auto add = [&](Span span, const char* kind) {
    if (!out.empty() && out.back().span.end >= span.begin && out.back().kind == kind) {
      out.back().span.end = span.end;  // extend a run of the same kind
    } else {
      out.push_back({span, kind});
    }
  };
  for (size_t i = 0; i < paras.size(); ++i) {
    const std::string_view p = doc.norm_slice(paras[i]);
    if (full_match(rules.re("boilerplate.related_heading"), p)) {
      Span region = paras[i];
      size_t j = i + 1;
      for (; j < paras.size() && !notice_kind(rules, doc.norm_slice(paras[j])); ++j) region.end = paras[j].end;
      add(region, "related");
      i = j - 1;
      continue;
    }
    if (full_match(rules.re("boilerplate.trending_heading"), p)) {
      Span region = paras[i];
      size_t j = i + 1;
      for (; j < paras.size(); ++j) {
        const std::string_view q = doc.norm_slice(paras[j]);
        const bool item = RE2::PartialMatch(q, rules.re("boilerplate.list_item"));
        if (!item && !(headline_like(q) && q.back() != '.' && q.back() != '"')) break;
        region.end = paras[j].end;
      }
      add(region, "trending");
      i = j - 1;
      continue;
    }
    if (const char* kind = notice_kind(rules, p)) {
      add(paras[i], kind);
      continue;
    }
    // A paragraph repeated verbatim: the later copy is boilerplate (short lines may repeat).
    if (p.size() >= 40 && !seen.insert(p).second) add(paras[i], "duplicate");
  }
  return out;
}

}  // namespace newsclaim
