// Entities stage, internal: a frozen open-addressing hash table from string_view keys to values,
// built once. One probe sequence in one flat array per lookup: the gazetteer lookups of every
// capitalized word were the stage's largest cost with std::unordered_map (bucket chains and a
// division per node).
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
    values_.reserve(items.size());
    for (auto& [key, value] : items) {
      const uint64_t h = hash(key);
      size_t i = h & (cap - 1);
      while (slots_[i].index != kEmpty) i = (i + 1) & (cap - 1);
      slots_[i] = Slot{h, key, static_cast<uint32_t>(values_.size())};
      values_.push_back(std::move(value));
    }
  }

  // The value of key, or nullptr.
  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = hash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty) return nullptr;
      if (s.hash == h && s.key == key) return &values_[s.index];
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;
    uint32_t index = kEmpty;
  };
  // FNV-1a with a final mix: cheap for the short words looked up here.
  static uint64_t hash(std::string_view s) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return h ^ (h >> 29);
  }

  std::vector<Slot> slots_;
  std::vector<V> values_;
};

}  // namespace newsclaim
