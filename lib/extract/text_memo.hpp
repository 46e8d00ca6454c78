// TextMemo: values a thread has computed from short texts, by text (the dates stage names and
// reads its expressions through one). An open-addressing table whose slots hold the hash, where
// the key's bytes lie in one arena and where its value lies: a hit reads one slot, then the key
// and the value side by side, where a node-based map reads a bucket, a node and its successor.
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace newsclaim {

// Per thread, so no lock; owner is the serial of what computed the values (another owner starts
// afresh). All values are forgotten when limit of them are held.
template <class V>
class TextMemo {
 public:
  // The table starts small and doubles as it fills: a run of one article touches little memory.
  explicit TextMemo(size_t limit) : limit_(limit), slots_(16) {}

  // The value remembered for text, else make()'s, remembered; the reference lives until the
  // next get(). make() must not use this memo.
  template <class Make>
  const V& get(uint64_t owner, std::string_view text, Make make) {
    if (owner_ != owner) clear(), owner_ = owner;
    const uint64_t hash = std::hash<std::string_view>{}(text);
    size_t i = find(hash, text);
    if (slots_[i].value != kEmpty) return values_[slots_[i].value];
    if (values_.size() >= limit_ || keys_.size() + text.size() > UINT32_MAX)
      clear(), i = find(hash, text);
    else if (2 * (values_.size() + 1) > slots_.size())  // at most half full: short probes
      grow(), i = find(hash, text);
    values_.push_back(make());
    slots_[i] = {static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(keys_.size()),
                 static_cast<uint32_t>(text.size()), static_cast<uint32_t>(values_.size() - 1)};
    keys_.append(text);
    return values_.back();
  }

  size_t size() const { return values_.size(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t tag = 0;                   // the hash's high half
    uint32_t key_at = 0, key_size = 0;  // the key's bytes in keys_
    uint32_t value = kEmpty;            // index in values_; kEmpty: a free slot
  };

  // The slot holding text, or the free slot where it goes.
  size_t find(uint64_t hash, std::string_view text) const {
    const size_t mask = slots_.size() - 1;
    const auto tag = static_cast<uint32_t>(hash >> 32);
    for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == kEmpty) return i;
      if (s.tag == tag && s.key_size == text.size() &&
          std::memcmp(keys_.data() + s.key_at, text.data(), text.size()) == 0)
        return i;
    }
  }

  // Twice the slots, the keys placed again by their hashes.
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.value == kEmpty) continue;
      const std::string_view key(keys_.data() + s.key_at, s.key_size);
      slots_[find(std::hash<std::string_view>{}(key), key)] = s;
    }
  }

  void clear() {
    if (values_.empty()) return;
    slots_.assign(slots_.size(), Slot{});
    values_.clear();
    keys_.clear();
  }

  size_t limit_;
  uint64_t owner_ = 0;
  std::vector<Slot> slots_;
  std::vector<V> values_;
  std::string keys_;
};

}  // namespace newsclaim
