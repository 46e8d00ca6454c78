// Entities stage, clustering internal: the union-find and text index that entities_cluster.cpp
// (exact texts, acronyms, capitals, misspellings) and entities_short_forms.cpp (family names,
// given names, middle names) join mentions with, and the joins the second file provides.
#pragma once
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <vector>

#include "extract/entities_internal.hpp"
#include "text/word_table.hpp"

namespace newsclaim {

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

constexpr size_t kNone = static_cast<size_t>(-1);

// (text, mention index) pairs sorted by text then index: one allocation and binary searches,
// cheaper than a hash map's node per text for the few dozen mentions of an article. Texts are
// ordered by their hash first (any order keeping equal texts together serves): most
// comparisons are then of two numbers instead of two strings.
class TextIndex {
 public:
  struct Item {
    uint64_t hash;
    std::string_view text;
    size_t mention;
    bool operator<(const Item& o) const {
      if (hash != o.hash) return hash < o.hash;
      if (text != o.text) return text < o.text;
      return mention < o.mention;
    }
  };
  void add(std::string_view key, size_t i) { items_.push_back({WordKey::hash_of(key), key, i}); }
  void sort() { std::sort(items_.begin(), items_.end()); }
  const std::vector<Item>& items() const { return items_; }
  // The first mention with this text, or kNone.
  size_t first(std::string_view key) const { return at_or_after(key, 0); }
  // The nearest mention with this text before i, else the first after i; kNone when none.
  size_t nearest(std::string_view key, size_t i) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), Item{WordKey::hash_of(key), key, i});
    if (it != items_.begin() && std::prev(it)->text == key) return std::prev(it)->mention;
    return at_or_after(key, i);
  }

 private:
  size_t at_or_after(std::string_view key, size_t i) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), Item{WordKey::hash_of(key), key, i});
    return it != items_.end() && it->text == key ? it->mention : kNone;
  }
  std::vector<Item> items_;
};

// "Joseph R. Biden Jr." -> "Biden": the last word, or the one before a generational suffix.
std::string_view family_name(std::string_view name);

// Family names two people of the story share: a lone one of them is whoever was named last.
std::vector<std::string_view> shared_family_names(const std::vector<Mention>& ms);

// "Donald J. Trump" ~ "Donald Trump": one person with and without middle names or initials.
void join_middle_names(const std::vector<Mention>& ms, UnionFind& uf);

// A single word joins the nearest earlier (else a later) longer mention it is a short form of:
// a family name, a given name only one person has, an organization's first or last word.
void join_short_forms(const std::vector<Mention>& ms, const Lexicon& lex, UnionFind& uf);

}  // namespace newsclaim
