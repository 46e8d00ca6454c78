// FlatMap: an open-addressing hash table from string_view keys to values, filled once (from
// pairs, or key by key with operator[]) and then only read. One probe sequence in one flat
// array per lookup: the gazetteer lookups of every capitalized word were the entities stage's
// largest cost with std::unordered_map (bucket chains and a division per node). The claims
// stage's cue words use it too.
#pragma once
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace newsclaim {

template <typename V>
class FlatMap {
 public:
  FlatMap() = default;
  // Takes (key, value) pairs with distinct keys; the key bytes must outlive the map.
  explicit FlatMap(std::vector<std::pair<std::string_view, V>> items) {
    size_t cap = 16;
    while (cap < items.size() * 2) cap *= 2;
    slots_.assign(cap, Slot{});
    entries_.reserve(items.size());
    for (auto& [key, value] : items) {
      place(hash(key), static_cast<uint32_t>(entries_.size()));
      entries_.push_back({key, std::move(value)});
    }
  }

  // While filling: the value of key, added value-initialized when absent. The reference is
  // valid until the next insertion. The table doubles to stay at most half full (the load
  // the pair constructor gives), so lookups probe as few slots either way.
  V& operator[](std::string_view key) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const uint64_t h = hash(key);
    const auto tag = static_cast<uint32_t>(h >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.index == kEmpty) {
        s = Slot{tag, static_cast<uint32_t>(entries_.size())};
        return entries_.emplace_back(key, V{}).second;
      }
      if (s.tag == tag && entries_[s.index].first == key) return entries_[s.index].second;
    }
  }
  // Room for n keys without regrowing (each regrowth re-hashes every key).
  void reserve(size_t n) {
    entries_.reserve(n);
    size_t cap = 16;
    while (cap < n * 2) cap *= 2;
    if (cap > slots_.size()) {
      slots_.assign(cap, Slot{});
      for (uint32_t k = 0; k < entries_.size(); ++k) place(hash(entries_[k].first), k);
    }
  }
  // Every (key, value), in insertion order.
  const std::vector<std::pair<std::string_view, V>>& entries() const { return entries_; }

  // The value of key, or nullptr.
  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = hash(key);
    const auto tag = static_cast<uint32_t>(h >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty) return nullptr;
      if (s.tag == tag && entries_[s.index].first == key) return &entries_[s.index].second;
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  // 8 bytes per slot keeps the probed array small enough to stay mostly in cache.
  struct Slot {
    uint32_t tag = 0;  // high half of the hash
    uint32_t index = kEmpty;
  };
  void place(uint64_t h, uint32_t index) {
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].index != kEmpty) i = (i + 1) & mask;
    slots_[i] = Slot{static_cast<uint32_t>(h >> 32), index};
  }
  void grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
    for (uint32_t k = 0; k < entries_.size(); ++k) place(hash(entries_[k].first), k);
  }
  // FNV-1a with a final mix: cheap for the short words looked up here.
  static uint64_t hash(std::string_view s) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return h ^ (h >> 29);
  }

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string_view, V>> entries_;
};

}  // namespace newsclaim
