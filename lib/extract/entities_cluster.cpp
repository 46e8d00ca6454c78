// Clustering mentions into entities: the same text, a defined or well-known acronym, a name
// with its organization suffix ("Nuctech Company" ~ "Nuctech"), a later surname ("Carvin" ~
// "Stephanie Carvin") and a one-letter misspelling of a frequent name ("Nuchtech" ~ "Nuctech").
#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "extract/entities_internal.hpp"
#include "extract/entities_tokens.hpp"

namespace newsclaim {

namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // Joins b's set into a's; the smaller index stays the root so clusters keep text order.
  void join(size_t a, size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

using TextIndex = std::unordered_map<std::string_view, std::vector<size_t>>;

bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

std::string initials(std::string_view name) {
  std::string out;
  for (auto w : words_of(name)) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  }
  return out;
}

// "Nuctech Company", "Apple Inc." -> "Nuctech", "Apple" (empty when no suffix to strip).
std::string_view without_org_suffix(std::string_view name, const Lexicon& lex) {
  std::string_view s = name;
  while (true) {
    const size_t sp = s.rfind(' ');
    if (sp == std::string_view::npos || !lex.org_cue(s.substr(sp + 1), CuePosition::Last)) break;
    s = s.substr(0, sp);
  }
  return s.size() == name.size() ? std::string_view() : s;
}

void join_all(UnionFind& uf, size_t i, const TextIndex& index, std::string_view key) {
  auto it = index.find(key);
  if (it == index.end()) return;
  for (size_t j : it->second) uf.join(i, j);
}

void join_acronyms(const std::vector<Mention>& ms, const TextIndex& index, const Lexicon& lex, UnionFind& uf) {
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!ms[i].defines.empty()) join_all(uf, i, index, ms[i].defines);
    if (const Acronym* a = lex.acronym(ms[i].text)) join_all(uf, i, index, a->expansion);
    if (ms[i].tokens == 1 || ms[i].text.size() < 2) continue;
    if (auto s = without_org_suffix(ms[i].text, lex); !s.empty()) join_all(uf, i, index, s);
  }
  // An undeclared acronym matching the initials of a name in the article: "GAC".
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].tokens != 1 || ms[i].text.size() < 3 || ms[i].text.size() > 6) continue;
    if (uf.find(i) != i && ms[uf.find(i)].text != ms[i].text) continue;
    for (size_t j = 0; j < ms.size(); ++j) {
      if (ms[j].tokens >= 3 && ms[j].type == EntityType::Org && initials(ms[j].text) == ms[i].text) {
        uf.join(j, i);
        break;
      }
    }
  }
}

// A single word that ends (or starts) an earlier multi-word PERSON joins the nearest one.
void join_surnames(const std::vector<Mention>& ms, UnionFind& uf) {
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].tokens != 1 || ms[i].evidence == Evidence::Known) continue;
    for (size_t j = i; j-- > 0;) {
      if (ms[j].type != EntityType::Person || ms[j].tokens < 2) continue;
      const auto w = words_of(ms[j].text);
      if (w.back() == ms[i].text) {
        uf.join(j, i);
        break;
      }
    }
  }
}

std::vector<std::vector<size_t>> groups_of(UnionFind& uf, size_t n) {
  std::vector<std::vector<size_t>> groups;
  std::vector<size_t> slot(n, static_cast<size_t>(-1));
  for (size_t i = 0; i < n; ++i) {
    const size_t r = uf.find(i);
    if (slot[r] == static_cast<size_t>(-1)) {
      slot[r] = groups.size();
      groups.emplace_back();
    }
    groups[slot[r]].push_back(i);
  }
  return groups;
}

// A one-letter variant of a name used at least twice joins it ("Nuchtech" ~ "Nuctech").
void join_misspellings(const std::vector<Mention>& ms, UnionFind& uf, std::vector<bool>& misspelt) {
  auto groups = groups_of(uf, ms.size());
  for (auto& g : groups) {
    const Mention& a = ms[g[0]];
    if (a.tokens != 1 || a.text.size() < 5) continue;
    for (auto& h : groups) {
      const Mention& b = ms[h[0]];
      if (&g == &h || b.tokens != 1 || h.size() < g.size() || !one_edit_apart(a.text, b.text)) continue;
      if (h.size() == g.size() && h[0] > g[0]) continue;  // equal counts: the later form is the slip
      for (size_t i : g) misspelt[i] = ms[i].text == a.text;
      uf.join(h[0], g[0]);
      break;
    }
  }
}

}  // namespace

std::vector<Entity> cluster(const std::vector<Mention>& ms, const Lexicon& lex) {
  UnionFind uf(ms.size());
  TextIndex index;
  for (size_t i = 0; i < ms.size(); ++i) index[ms[i].text].push_back(i);
  for (const auto& [text, list] : index) {
    for (size_t j : list) uf.join(list[0], j);
  }
  join_acronyms(ms, index, lex, uf);
  join_surnames(ms, uf);
  std::vector<bool> misspelt(ms.size(), false);
  join_misspellings(ms, uf, misspelt);
  return build_entities(ms, groups_of(uf, ms.size()), misspelt);
}

}  // namespace newsclaim
