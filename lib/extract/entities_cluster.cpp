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

// The first mention of each distinct text (all mentions of one text are joined first).
using TextIndex = std::unordered_map<std::string_view, size_t>;

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

// "Nuctech Company", "Apple Inc.", "Global Affairs Canada" -> "Nuctech", "Apple", "Global
// Affairs" (empty when no suffix to strip).
std::string_view without_org_suffix(std::string_view name, const Lexicon& lex) {
  std::string_view s = name;
  while (true) {
    const size_t sp = s.rfind(' ');
    if (sp == std::string_view::npos) break;
    const std::string_view last = s.substr(sp + 1);
    const KnownName* k = lex.known(last);
    if (!lex.org_cue(last, CuePosition::Last) && !(k && k->type == EntityType::Gpe && !k->city)) break;
    s = s.substr(0, sp);
  }
  return s.size() == name.size() ? std::string_view() : s;
}

void join_all(UnionFind& uf, size_t i, const TextIndex& index, std::string_view key) {
  auto it = index.find(key);
  if (it != index.end()) uf.join(i, it->second);
}

void join_acronyms(const std::vector<Mention>& ms, const TextIndex& index, const Lexicon& lex, UnionFind& uf) {
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!ms[i].defines.empty()) join_all(uf, i, index, ms[i].defines);
    if (const Acronym* a = lex.acronym(ms[i].text)) join_all(uf, i, index, a->expansion);
    if (ms[i].tokens == 1 || ms[i].type != EntityType::Org) continue;
    if (auto s = without_org_suffix(ms[i].text, lex); !s.empty()) join_all(uf, i, index, s);
  }
  // An undeclared acronym matching the initials of a name in the article: "GAC".
  std::unordered_map<std::string, size_t> by_initials;
  for (size_t j = 0; j < ms.size(); ++j) {
    if (ms[j].tokens >= 3 && ms[j].type == EntityType::Org) by_initials.emplace(initials(ms[j].text), j);
  }
  for (size_t i = 0; i < ms.size() && !by_initials.empty(); ++i) {
    if (ms[i].tokens != 1 || ms[i].text.size() < 3 || ms[i].text.size() > 6) continue;
    if (uf.find(i) != i && ms[uf.find(i)].text != ms[i].text) continue;
    auto it = by_initials.find(std::string(ms[i].text));
    if (it != by_initials.end()) uf.join(it->second, i);
  }
}

// Longer mentions by the word a short form would repeat: a person's last word, an
// organization's first and last word.
struct ShortFormIndex {
  std::unordered_map<std::string_view, size_t> person_last, org_first, org_last;

  void add(const Mention& m, size_t i) {
    if (m.tokens < 2) return;
    const std::string_view first = m.text.substr(0, m.text.find(' '));
    const std::string_view last = m.text.substr(m.text.rfind(' ') + 1);
    if (m.type == EntityType::Person) person_last[last] = i;
    if (m.type == EntityType::Org) org_first[first] = i, org_last[last] = i;
  }
  // The longer mention s is a short form of, or npos.
  size_t find(const Mention& s) const {
    auto look = [&](const auto& map) {
      auto it = map.find(s.text);
      return it == map.end() ? static_cast<size_t>(-1) : it->second;
    };
    if (size_t j = look(person_last); j != static_cast<size_t>(-1)) return j;
    if (s.after_the) {
      if (size_t j = look(org_last); j != static_cast<size_t>(-1)) return j;
    }
    return s.type == EntityType::Person ? static_cast<size_t>(-1) : look(org_first);
  }
};

// A single word joins the nearest earlier (else a later) longer mention it is a short form of.
void join_short_forms(const std::vector<Mention>& ms, const Lexicon& lex, UnionFind& uf) {
  ShortFormIndex index;
  std::vector<size_t> pending;
  for (size_t i = 0; i < ms.size(); ++i) {
    index.add(ms[i], i);
    const KnownName* k = ms[i].tokens == 1 ? lex.known(ms[i].text) : nullptr;
    if (ms[i].tokens != 1 || (k && !k->city) || lex.acronym(ms[i].text)) continue;
    if (size_t j = index.find(ms[i]); j != static_cast<size_t>(-1)) uf.join(j, i);
    else pending.push_back(i);
  }
  for (size_t i : pending) {
    if (size_t j = index.find(ms[i]); j != static_cast<size_t>(-1)) uf.join(j, i);
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
      if (a.type != b.type || a.evidence == Evidence::Known || b.evidence == Evidence::Known) continue;
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
  index.reserve(ms.size());
  for (size_t i = 0; i < ms.size(); ++i) uf.join(index.emplace(ms[i].text, i).first->second, i);
  join_acronyms(ms, index, lex, uf);
  join_short_forms(ms, lex, uf);
  std::vector<bool> misspelt(ms.size(), false);
  join_misspellings(ms, uf, misspelt);
  return build_entities(ms, groups_of(uf, ms.size()), misspelt);
}

}  // namespace newsclaim
