// WordTable: the hash table for word lookups, filled once and then only read: the entities
// Lexicon's gazetteers and the claims cue words (and WordKey, the hash of a word, also used for
// the entities stage's per-document word sets). The stages wait on memory far more than they
// compute, so a lookup is laid out to touch few cache lines: a probe reads one byte per slot
// (seven hash bits; the whole array stays in the L2 cache), and only a slot whose byte matches
// is read, holding a key of up to 16 bytes inline next to its value. With keys as views into
// the gazetteer text a found word cost three misses (slot, entry, key bytes).
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "text/huge_pages.hpp"

namespace newsclaim {

// A word as two 64-bit numbers: a key of up to 16 bytes spelled by two overlapping loads
// (with its length they determine it), a longer key by its address and full hash.
struct WordKey {
  static constexpr size_t kInline = 16;
  uint64_t a = 0, b = 0;

  // The key of s, and its hash in h.
  static WordKey of(std::string_view s, uint64_t& h) {
    const char* p = s.data();
    const size_t n = s.size();
    WordKey k;
    if (n > kInline) {
      h = n;
      for (size_t i = 0; i + 8 <= n; i += 8) h = mix(h ^ load64(p + i)) * 0x9E3779B97F4A7C15ULL;
      k.a = reinterpret_cast<uintptr_t>(p), k.b = mix(h ^ load64(p + n - 8));
    } else if (n >= 8) {
      k.a = load64(p), k.b = load64(p + n - 8);
    } else if (n >= 4) {
      k.a = load32(p) | load32(p + n - 4) << 32;
    } else if (n > 0) {
      k.a = byte(p, 0) | byte(p, n / 2) << 8 | byte(p, n - 1) << 16;
    }
    h = k.hash(n);
    return k;
  }
  // A hash of s: equal words hash equal.
  static uint64_t hash_of(std::string_view s) {
    uint64_t h = 0;
    (void)of(s, h);
    return h;
  }
  // The hash of a key of n bytes: a long key keeps it, a short key's follows from its bytes.
  uint64_t hash(size_t n) const {
    if (n > kInline) return b;
    return mix((a ^ n) * 0x9E3779B97F4A7C15ULL + b * 0xC2B2AE3D27D4EB4FULL);
  }

 private:
  static uint64_t load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint64_t load32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static uint64_t byte(const char* p, size_t i) { return static_cast<unsigned char>(p[i]); }
  static uint64_t mix(uint64_t h) {
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    return h ^ (h >> 32);
  }
};

// kListKeys: whether keys() lists the keys; a large table only ever searched leaves the list out
// (the lexicon's 80k keys would fill 1.3 MB of fresh memory that nothing reads).
template <typename V, bool kListKeys = true>
class WordTable {
 public:
  // Room for n keys without regrowing (each regrowth re-hashes every key).
  void reserve(size_t n) {
    if (capacity_for(n) > slots_.size()) rehash(capacity_for(n));
    if constexpr (kListKeys) keys_.reserve(n);
  }
  // While filling: the value of key, added value-initialized when absent. The reference is
  // valid until the next insertion. A key's bytes must outlive the table (keys() views them,
  // and keys over 16 bytes are compared through them).
  V& operator[](std::string_view key) {
    if (4 * (size_ + 1) > 3 * slots_.size()) rehash(capacity_for(size_ + 1));
    uint64_t h = 0;
    const WordKey k = WordKey::of(key, h);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      if (tags_[i] == kEmpty) {
        tags_[i] = tag_of(h);
        slots_[i].key = k, slots_[i].len = static_cast<uint32_t>(key.size());
        ++size_;
        if constexpr (kListKeys) keys_.push_back(key);
        return slots_[i].value;
      }
      if (tags_[i] == tag_of(h) && same(slots_[i], k, key)) return slots_[i].value;
    }
  }
  // The value of key, or nullptr.
  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    uint64_t h = 0;
    const WordKey k = WordKey::of(key, h);
    const uint8_t tag = tag_of(h);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      if (tags_[i] == kEmpty) return nullptr;
      if (tags_[i] == tag && same(slots_[i], k, key)) return &slots_[i].value;
    }
  }
  // Starts loading what operator[](key) or find(key) will read first: a loop filling the table
  // calls it a few keys ahead, so that the probes of a large table wait on memory together.
  void prefetch(std::string_view key) const {
    if (slots_.empty()) return;
    uint64_t h = 0;
    (void)WordKey::of(key, h);
    const size_t i = h & (slots_.size() - 1);
    __builtin_prefetch(&tags_[i]);
    __builtin_prefetch(&slots_[i]);
  }
  // Every key, in insertion order.
  const std::vector<std::string_view>& keys() const {
    static_assert(kListKeys, "a table made without its key list");
    return keys_;
  }
  size_t size() const { return size_; }

 private:
  static constexpr uint8_t kEmpty = 0;
  struct alignas(32) Slot {  // 32 bytes for a 12-byte value: two slots per cache line
    WordKey key;
    uint32_t len = 0;
    V value{};
  };

  // At most three quarters full: a miss then probes a few bytes of one cache line, and the
  // slots (32 bytes each) take half the memory a half-full table would.
  static size_t capacity_for(size_t n) {
    size_t cap = 16;
    while (3 * cap < 4 * n) cap *= 2;
    return cap;
  }
  // The high hash bits (the low ones pick the slot), never kEmpty.
  static uint8_t tag_of(uint64_t h) { return static_cast<uint8_t>(h >> 57) | 0x80; }
  void rehash(size_t cap) {
    std::vector<Slot, HugePageAllocator<Slot>> old_slots(cap);
    std::vector<uint8_t> old_tags(cap, kEmpty);
    old_slots.swap(slots_), old_tags.swap(tags_);
    for (size_t k = 0; k < old_slots.size(); ++k) {
      if (old_tags[k] == kEmpty) continue;
      const uint64_t h = old_slots[k].key.hash(old_slots[k].len);
      size_t i = h & (cap - 1);
      while (tags_[i] != kEmpty) i = (i + 1) & (cap - 1);
      tags_[i] = old_tags[k], slots_[i] = std::move(old_slots[k]);
    }
  }
  static bool same(const Slot& s, const WordKey& k, std::string_view key) {
    if (s.len != key.size() || s.key.b != k.b) return false;
    if (s.len <= WordKey::kInline) return s.key.a == k.a;
    return std::memcmp(reinterpret_cast<const char*>(s.key.a), key.data(), key.size()) == 0;
  }

  std::vector<uint8_t> tags_;  // per slot: kEmpty, or 0x80 and seven hash bits
  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // 4 MB for the lexicon: in 2 MB pages
  std::vector<std::string_view> keys_;                // empty unless kListKeys
  size_t size_ = 0;
};

// Bytes for keys made while filling a table (case variants of gazetteer words), in blocks that
// never move, so the table's views stay valid: one allocation per 64 KB instead of a string
// per key.
class KeyArena {
 public:
  // n writable bytes, kept only by a keep(n) before the next call.
  char* room(size_t n) {
    if (blocks_.empty() || size_ - used_ < n) {
      size_ = n > kBlock ? n : kBlock;
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(size_));
      used_ = 0;
    }
    return blocks_.back().get() + used_;
  }
  // The n bytes last given by room(n), now kept for the arena's lifetime.
  std::string_view keep(size_t n) {
    const std::string_view kept(blocks_.back().get() + used_, n);
    used_ += n;
    return kept;
  }
  // A kept copy of s.
  std::string_view copy(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    return keep(s.size());
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t size_ = 0, used_ = 0;
};

}  // namespace newsclaim
