// PhraseTrie: the trie a PhraseGate's keys are derived into (phrase_trie.cpp), before the gate
// freezes it into its compact scanning layout (phrase_gate.hpp). Internal to lib/patterns; its
// scans are the plain reading of the keys, which the frozen gate's are tested against.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "patterns/phrase_gate.hpp"

namespace newsclaim {

class PhraseTrie {
 public:
  // One trie node: a key prefix of the alternatives in members; those in open may end here,
  // so any text may follow.
  struct Node {
    uint64_t children = 0;  // bit s: a child for symbol s (child())
    uint64_t members = 0, open = 0;
    uint8_t depth = 0;    // symbols read
    int8_t last = -1;     // the last of them (-1 at the root): a run of spaces reads as one
    bool spaced = false;  // a space or kFine symbols were read: digits read as runs, punctuation as '$'
    // Whether symbol s, read here, goes on a run (and leaves the key where it is).
    bool extends_run(int s) const {
      return s == last && (s == PhraseGate::kSpace || (s == PhraseGate::kDigit && spaced));
    }
  };

  // The keys of the alternation of up to 64 patterns (bit i of members: alternatives[i]), or
  // nullopt as PhraseGate::of says.
  static std::optional<PhraseTrie> of(const std::vector<std::string_view>& alternatives);

  // The same answers as PhraseGate's, read from the trie (for tests).
  bool may_start(std::string_view text, size_t pos) const;
  uint64_t admits(std::string_view text, size_t pos) const;

  size_t size() const { return nodes_.size(); }
  const Node& node(int32_t id) const { return nodes_[static_cast<size_t>(id)]; }
  Node& node(int32_t id) { return nodes_[static_cast<size_t>(id)]; }
  // id's child for symbol s, -1 when it has none.
  int32_t child(int32_t id, int s) const;
  // id's child for symbol s, made when new; -1 when that would pass PhraseGate::kMaxNodes.
  int32_t add_child(int32_t id, int s);

 private:
  PhraseTrie();
  // Slot of the edge (id, s) in edges_: the edge, or the empty slot where it goes.
  size_t slot_of(uint64_t edge) const;
  void grow_edges();

  std::vector<Node> nodes_;  // [0] is the root
  // The edges, an open-addressing hash table: (parent * 64 + symbol + 1) << 32 | child; 0: empty.
  // A node keeps only a bit per child, so nodes stay small while the trie grows.
  std::vector<uint64_t> edges_;
  size_t edge_count_ = 0;
};

}  // namespace newsclaim
