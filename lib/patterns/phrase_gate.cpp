// Deriving a PhraseGate: push the root of a trie through the pattern's syntax tree
// (gate_syntax.hpp); each byte set extends every open key by the symbols it can match, adding
// trie nodes; a key closes at kLength symbols or at a '$' byte. Keys still open when the
// pattern ends may go on with any byte.
#include "patterns/phrase_gate.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <iterator>
#include <memory>

#include "patterns/gate_syntax.hpp"

namespace newsclaim {

namespace {

using gate_syntax::Node;
using Ids = std::vector<int32_t>;  // open trie nodes, sorted and distinct
struct TooMany {};

class Walker : public gate_syntax::TreeWalk<Walker, Ids> {
 public:
  // Keys the walk makes or reaches are marked as keys of alternative `member` (a bit).
  Walker(std::vector<PhraseGate::Node>& trie, uint64_t member) : trie_(trie), member_(member) {}

  Ids on_set(const Node& n, const Ids& open) { return extend(n.phrase, open); }
  // \b: only a key's start could use it; ignoring it keeps more keys
  static Ids on_boundary(const Ids& open) { return open; }

 private:
  Ids extend(uint64_t symbols, const Ids& open) {
    Ids out;
    for (const int32_t id : open) {
      for (uint64_t rest = trie_[static_cast<size_t>(id)].spaced ? coarse(symbols) : symbols; rest != 0;
           rest &= rest - 1) {
        const int s = std::countr_zero(rest);
        if (trie_[static_cast<size_t>(id)].extends_run(s)) {  // "  ", and "123" read coarsely: one symbol
          out.push_back(id);
          continue;
        }
        const int32_t child = child_of(id, s);
        trie_[static_cast<size_t>(child)].members |= member_;
        if (s != PhraseGate::kOther && trie_[static_cast<size_t>(child)].depth < PhraseGate::kLength)
          out.push_back(child);
      }
    }
    sort_unique(out);
    return out;
  }

  int32_t child_of(int32_t id, int s) {
    const int32_t known = trie_[static_cast<size_t>(id)].next[static_cast<size_t>(s)];
    if (known >= 0) return known;
    if (trie_.size() >= PhraseGate::kMaxNodes) throw TooMany{};
    PhraseGate::Node child;
    child.depth = static_cast<uint8_t>(trie_[static_cast<size_t>(id)].depth + 1);
    child.last = static_cast<int8_t>(s);
    child.spaced =
        trie_[static_cast<size_t>(id)].spaced || s == PhraseGate::kSpace || child.depth >= PhraseGate::kFine;
    trie_.push_back(child);
    const auto made = static_cast<int32_t>(trie_.size() - 1);
    trie_[static_cast<size_t>(id)].next[static_cast<size_t>(s)] = made;
    return made;
  }

  // The symbols of a set once the key is read coarsely: punctuation as '$'.
  static uint64_t coarse(uint64_t symbols) {
    constexpr uint64_t kPunctuation = ~uint64_t{0} << (PhraseGate::kSpace + 1);
    return (symbols & kPunctuation) ? (symbols & ~kPunctuation) | (uint64_t{1} << PhraseGate::kOther)
                                    : symbols;
  }

  std::vector<PhraseGate::Node>& trie_;
  uint64_t member_;
};

}  // namespace

std::optional<PhraseGate> PhraseGate::of(std::string_view pattern) {
  return of(std::vector<std::string_view>{pattern});
}

std::optional<PhraseGate> PhraseGate::of(const std::vector<std::string_view>& alternatives) {
  if (alternatives.empty() || alternatives.size() > 64) return std::nullopt;
  PhraseGate gate;
  gate.nodes_.emplace_back();
  for (size_t i = 0; i < alternatives.size(); ++i) {
    const std::unique_ptr<gate_syntax::Node> tree = gate_syntax::parse(alternatives[i]);
    if (!tree) return std::nullopt;
    const uint64_t member = uint64_t{1} << i;
    gate.nodes_[0].members |= member;
    try {
      Walker walker(gate.nodes_, member);
      for (const int32_t id : walker.walk(*tree, Ids{0})) gate.nodes_[static_cast<size_t>(id)].open |= member;
    } catch (const TooMany&) {
      return std::nullopt;
    }
  }
  return gate;
}

// PhraseGate::symbol of every byte, for the scans.
constexpr std::array<uint8_t, 256> kSymbolOf = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[static_cast<size_t>(c)] = static_cast<uint8_t>(PhraseGate::symbol(static_cast<unsigned char>(c)));
  return table;
}();

namespace {

// The symbol text[i] reads as in a key (kOther past the end), coarse once a space or kFine
// symbols were read.
int symbol_at(std::string_view text, size_t i, bool spaced) {
  const int s = i < text.size() ? kSymbolOf[static_cast<unsigned char>(text[i])] : PhraseGate::kOther;
  return spaced ? PhraseGate::coarse(s) : s;
}

}  // namespace

bool PhraseGate::may_start(std::string_view text, size_t pos) const {
  const Node* n = &nodes_[0];
  for (size_t i = pos;; ++i) {
    if (n->open != 0 || n->depth == kLength) return true;
    const int s = symbol_at(text, i, n->spaced);
    if (n->extends_run(s)) continue;
    const int32_t next = n->next[static_cast<size_t>(s)];
    if (next < 0) return false;
    if (s == kOther) return true;  // a key closed by this byte
    n = &nodes_[static_cast<size_t>(next)];
  }
}

// The alternatives open on the text's path, and those whose keys hold the whole path.
uint64_t PhraseGate::admits(std::string_view text, size_t pos) const {
  size_t node = 0;
  uint64_t open = 0;
  for (size_t i = pos;; ++i) {
    const Node& n = nodes_[node];
    open |= n.open;
    if (n.depth == kLength) return open | n.members;
    const int s = symbol_at(text, i, n.spaced);
    if (n.extends_run(s)) continue;
    const int32_t next = n.next[static_cast<size_t>(s)];
    if (next < 0) return open;
    if (s == kOther) return open | nodes_[static_cast<size_t>(next)].members;  // a key closed by this byte
    node = static_cast<size_t>(next);
  }
}

}  // namespace newsclaim
