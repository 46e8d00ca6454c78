// cluster() asks its pairwise questions of small arrays: join_misspellings of one record per
// one-word group, join_all_caps only of the multi-word persons and the organizations. Its
// groups must be the ones the plain loops over every group and every mention gave.
#include <doctest/doctest.h>

#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "extract/entities_internal.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// Mentions of the given texts in one line of text (a space between them), all one-word guesses
// unless set otherwise afterwards.
struct Written {
  std::string text;
  std::vector<Mention> ms;
  explicit Written(const std::vector<std::string>& names) {
    for (const std::string& n : names) text += n + " ";
    uint32_t at = 0;
    for (const std::string& n : names) {
      Mention m;
      m.span = {at, at + static_cast<uint32_t>(n.size())};
      m.text = std::string_view(text).substr(at, n.size());
      m.tokens = static_cast<int>(std::count(n.begin(), n.end(), ' ')) + 1;
      m.evidence = Evidence::Guess;
      ms.push_back(m);
      at += static_cast<uint32_t>(n.size()) + 1;
    }
  }
};

// The entity of each mention, by the mention's span.
std::vector<size_t> entity_of_each(const std::vector<Mention>& ms, const std::vector<Entity>& es) {
  std::vector<size_t> out(ms.size(), es.size());
  for (size_t i = 0; i < ms.size(); ++i) {
    for (size_t e = 0; e < es.size(); ++e) {
      for (const Span& s : es[e].mentions) {
        if (s == ms[i].span) out[i] = e;
      }
    }
  }
  return out;
}

// One letter changed, added or dropped, by brute force: count the differing letters, or try
// each letter of the longer word removed.
bool one_edit_apart(const std::string& a, const std::string& b) {
  if (a.size() == b.size()) {
    size_t differ = 0;
    for (size_t i = 0; i < a.size(); ++i) differ += a[i] != b[i];
    return differ == 1;
  }
  const std::string& longer = a.size() > b.size() ? a : b;
  const std::string& shorter = a.size() > b.size() ? b : a;
  if (longer.size() != shorter.size() + 1) return false;
  for (size_t k = 0; k < longer.size(); ++k) {
    if (longer.substr(0, k) + longer.substr(k + 1) == shorter) return true;
  }
  return false;
}

// Whether b is a with two neighbouring letters swapped, by trying every swap.
bool neighbours_swapped(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a == b) return false;
  for (size_t k = 0; k + 1 < a.size(); ++k) {
    std::string t = a;
    std::swap(t[k], t[k + 1]);
    if (t == b) return true;
  }
  return false;
}

// The misspelling rule as it was written, over every pair of groups (one-word mentions of one
// type, joined first by their text): the set of each mention.
std::vector<size_t> reference_sets(const std::vector<Mention>& ms) {
  std::vector<size_t> parent(ms.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x];
    return x;
  };
  auto join = [&](size_t a, size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  };
  std::vector<std::vector<size_t>> groups;
  for (size_t i = 0; i < ms.size(); ++i) {
    auto g = std::find_if(groups.begin(), groups.end(),
                          [&](const auto& x) { return ms[x[0]].text == ms[i].text; });
    if (g == groups.end())
      groups.push_back({i});
    else
      g->push_back(i), join(g->front(), i);
  }
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Mention& a = ms[groups[gi][0]];
    if (a.text.size() < 5) continue;
    for (size_t hi = 0; hi < groups.size(); ++hi) {
      const Mention& b = ms[groups[hi][0]];
      if (gi == hi || groups[hi].size() < groups[gi].size() ||
          !(one_edit_apart(std::string(a.text), std::string(b.text)) ||
            (a.text.size() >= 6 && neighbours_swapped(std::string(a.text), std::string(b.text)))))
        continue;
      if (groups[hi].size() == groups[gi].size() && groups[hi][0] > groups[gi][0]) continue;
      join(groups[hi][0], groups[gi][0]);
      break;
    }
  }
  std::vector<size_t> out(ms.size());
  for (size_t i = 0; i < ms.size(); ++i) out[i] = find(i);
  return out;
}

// Same partition: two mentions share an entity exactly when they share a reference set.
void check_same_partition(const std::vector<size_t>& got, const std::vector<size_t>& want) {
  for (size_t i = 0; i < got.size(); ++i) {
    for (size_t j = i + 1; j < got.size(); ++j) {
      CAPTURE(i);
      CAPTURE(j);
      CHECK((got[i] == got[j]) == (want[i] == want[j]));
    }
  }
}

const Lexicon& lexicon() {
  static const auto rules = Ruleset::load("");
  static const Lexicon lex(*rules.value());
  return lex;
}

TEST_CASE("a one-letter slip joins the name written more often, as over every pair of groups") {
  Written w({"Nuctech", "Nuctech", "Nuchtech", "Zorvald", "Zorvalt", "Zorvaldo", "Brenx"});
  const std::vector<Entity> es = cluster(w.ms, lexicon());
  const std::vector<size_t> e = entity_of_each(w.ms, es);
  CHECK(e[0] == e[1]);
  CHECK(e[2] == e[0]);  // "Nuchtech": the slip of "Nuctech"
  CHECK(e[3] == e[4]);  // equal counts: the later "Zorvalt" is the slip of "Zorvald"
  CHECK(e[6] != e[0]);
  check_same_partition(e, reference_sets(w.ms));
}

TEST_CASE("random one-word names cluster as the rule over every pair of groups does") {
  std::mt19937 random(20261130);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> names;
    const int n = 2 + static_cast<int>(random() % 30);
    for (int k = 0; k < n; ++k) {
      std::string name = "K";  // a capital, then lower case from a small alphabet: many near misses
      const size_t len = 3 + random() % 5;
      while (name.size() < len) name += static_cast<char>('a' + random() % 3);
      names.push_back(name);
    }
    Written w(names);
    CAPTURE(w.text);
    check_same_partition(entity_of_each(w.ms, cluster(w.ms, lexicon())), reference_sets(w.ms));
  }
}

TEST_CASE("a name in capitals joins the longer organization it opens and the person it names") {
  Written w({"Kestrel Biotech Inc", "KESTREL BIOTECH", "Carl Brevik", "BREVIK", "Lund Marine", "LUND"});
  w.ms[0].type = EntityType::Org;
  w.ms[1].type = EntityType::Org;
  w.ms[2].type = EntityType::Person;
  w.ms[3].type = EntityType::Org;
  w.ms[4].type = EntityType::Gpe;  // not an organization: no capitals mention joins it
  w.ms[5].type = EntityType::Org;
  const std::vector<size_t> e = entity_of_each(w.ms, cluster(w.ms, lexicon()));
  CHECK(e[1] == e[0]);
  CHECK(e[3] == e[2]);
  CHECK(e[5] != e[4]);
  CHECK(e[0] != e[2]);
}

}  // namespace
}  // namespace newsclaim
