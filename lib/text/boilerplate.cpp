#include "text/boilerplate.hpp"

#include <re2/re2.h>

#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_set>

#include "patterns/pattern_file.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// A line that reads like a headline in a story list: short and not a full sentence of prose.
bool headline_like(std::string_view p) {
  size_t words = 1;
  for (const char c : p) words += c == ' ';
  return words <= 16 && p.size() <= 140;
}

// The rules matched against a whole paragraph, in the order of their bits.
enum WholeParagraphRule { kRelatedHeading, kTrendingHeading, kCredit, kCopyright, kCookie, kShare, kRuleCount };
constexpr const char* kWholeParagraphRules[kRuleCount] = {
    "boilerplate.related_heading", "boilerplate.trending_heading", "boilerplate.credit",
    "boilerplate.copyright",       "boilerplate.cookie",           "boilerplate.share"};

bool has(unsigned matched, WholeParagraphRule r) { return (matched >> r) & 1U; }

// The repeated-paragraph test's hash: the length and three 8-byte words (first, middle, last).
// std::hash read every byte of every paragraph; paragraphs that hash alike still compare whole.
struct ParagraphHash {
  size_t operator()(std::string_view p) const {
    if (p.size() < 16) return std::hash<std::string_view>{}(p);
    uint64_t h = p.size();
    for (const size_t at : {size_t{0}, p.size() / 2 - 4, p.size() - 8}) {
      uint64_t word;
      std::memcpy(&word, p.data() + at, 8);
      h = (h ^ word) * 0x9E3779B97F4A7C15ULL;
      h ^= h >> 29;
    }
    return static_cast<size_t>(h);
  }
};

}  // namespace

BoilerplateFinder::BoilerplateFinder(const Ruleset& rules) : rules_(rules) {
  // One anchored set pass per paragraph instead of six full matches: most paragraphs match
  // nothing, and RE2's per-call set-up cost more than the scan of a short line.
  whole_paragraph_ = std::make_unique<RE2::Set>(pattern_options(), RE2::ANCHOR_BOTH);
  for (const char* key : kWholeParagraphRules) {
    std::string error;
    if (whole_paragraph_->Add(rules.pattern(key), &error) < 0)
      throw std::logic_error(std::string(key) + ": " + error);
  }
  if (!whole_paragraph_->Compile()) throw std::logic_error("boilerplate: rule set does not compile");
}

BoilerplateFinder::~BoilerplateFinder() = default;

unsigned BoilerplateFinder::paragraph_rules(std::string_view p) const {
  thread_local std::vector<int> hits;
  hits.clear();
  if (!whole_paragraph_->Match(re2::StringPiece(p.data(), p.size()), &hits)) return 0;
  unsigned matched = 0;
  for (const int h : hits) matched |= 1U << static_cast<unsigned>(h);
  return matched;
}

// Paragraph kind from the single-paragraph rules, or nullptr.
const char* BoilerplateFinder::notice_kind(std::string_view p, unsigned matched) const {
  if (has(matched, kCredit)) return "credit";
  if (has(matched, kCopyright)) return "copyright";
  if (p.size() < 400 && has(matched, kCookie)) return "cookie";
  if (has(matched, kShare)) return "share";
  return nullptr;
}

std::vector<Boilerplate> BoilerplateFinder::find(const Document& doc, const Layout& layout) const {
  std::vector<Boilerplate> out;
  const auto& paras = layout.paragraphs;
  std::unordered_set<std::string_view, ParagraphHash> seen;
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
  auto kind_of = [&](size_t j) {
    const std::string_view q = doc.norm_slice(paras[j]);
    return notice_kind(q, paragraph_rules(q));
  };
  for (size_t i = 0; i < paras.size(); ++i) {
    const std::string_view p = doc.norm_slice(paras[i]);
    const unsigned matched = paragraph_rules(p);
    if (has(matched, kRelatedHeading)) {
      size_t j = i + 1;
      while (j < paras.size() && !kind_of(j)) ++j;
      add(i, j - 1, "related");
      i = j - 1;
      continue;
    }
    if (has(matched, kTrendingHeading)) {
      size_t j = i + 1;
      for (; j < paras.size(); ++j) {
        const std::string_view q = doc.norm_slice(paras[j]);
        const bool item = RE2::PartialMatch(q, rules_.re("boilerplate.list_item"));
        if (!item && !(headline_like(q) && q.back() != '.' && q.back() != '"')) break;
      }
      add(i, j - 1, "trending");
      i = j - 1;
      continue;
    }
    if (const char* kind = notice_kind(p, matched)) {
      add(i, i, kind);
      continue;
    }
    // A paragraph repeated verbatim: the later copy is boilerplate (short lines may repeat).
    if (p.size() >= 40 && !seen.insert(p).second) add(i, i, "duplicate");
  }
  return out;
}

}  // namespace newsclaim
