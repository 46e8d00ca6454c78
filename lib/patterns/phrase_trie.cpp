// Deriving a PhraseGate's trie: push the root through the pattern's syntax tree
// (gate_syntax.hpp); each byte set extends every open key by the symbols it can match, adding
// trie nodes; a key closes at kLength symbols or at a '$' byte. Keys still open when the
// pattern ends may go on with any byte, but for a \b after a letter or digit: then only a byte
// no word goes on with ("mon\b" refuses "money").
#include "patterns/phrase_trie.hpp"

#include <bit>
#include <memory>

#include "patterns/gate_syntax.hpp"

namespace newsclaim {

namespace {

using gate_syntax::Node;
using Ids = std::vector<int32_t>;  // open trie nodes, sorted and distinct, maybe with kAfterWord
struct TooMany {};

// An open node whose key ends in a letter or digit that a \b follows: its next symbol must
// read a byte \b counts as no word byte (the bytes read as '$' hold '_', a word byte: kept, as
// keeping more keys stays sound).
constexpr int32_t kAfterWord = int32_t{1} << 30;
constexpr uint64_t kNotWordSymbols =  // all but the digit and the letters
    ((uint64_t{1} << PhraseGate::kSymbols) - 1) & ~((uint64_t{1} << PhraseGate::kSpace) - 2);

bool word_symbol(int s) { return s >= PhraseGate::kDigit && s < PhraseGate::kSpace; }

class Walker : public gate_syntax::TreeWalk<Walker, Ids> {
 public:
  // Keys the walk makes or reaches are marked as keys of alternative `member` (a bit).
  Walker(PhraseTrie& trie, uint64_t member) : trie_(trie), member_(member) {}

  Ids on_set(const Node& n, const Ids& open) { return extend(n.phrase, open); }
  // \b after a letter or digit: the next symbol reads no word byte. Elsewhere (a key's start,
  // after a space or punctuation) it is ignored, which keeps more keys.
  Ids on_boundary(const Ids& open) const {
    Ids out = open;
    for (int32_t& id : out)
      if (word_symbol(trie_.node(id & ~kAfterWord).last)) id |= kAfterWord;
    sort_unique(out);
    return out;
  }
  // Where the pattern ends: the keys any text may go on (nodes to mark open), after making
  // those of a key that a \b ends go on with the symbols of no word byte only.
  Ids close(const Ids& ended) {
    Ids open, after_word;
    for (const int32_t id : ended) (id & kAfterWord ? after_word : open).push_back(id);
    for (const int32_t id : extend(kNotWordSymbols, after_word)) open.push_back(id);
    sort_unique(open);
    return open;
  }

 private:
  Ids extend(uint64_t symbols, const Ids& open) {
    Ids out;
    out.reserve(open.size() * static_cast<size_t>(std::popcount(symbols)));
    for (const int32_t flagged : open) {
      const int32_t id = flagged & ~kAfterWord;
      const PhraseTrie::Node n = trie_.node(id);  // a copy: add_child may move the nodes
      const uint64_t allowed = flagged & kAfterWord ? symbols & kNotWordSymbols : symbols;
      for (uint64_t rest = n.spaced ? coarse(allowed) : allowed; rest != 0; rest &= rest - 1) {
        const int s = std::countr_zero(rest);
        if (n.extends_run(s)) {  // "  ", and "123" read coarsely: one symbol
          out.push_back(id);
          continue;
        }
        const int32_t child = trie_.add_child(id, s);
        if (child < 0) throw TooMany{};
        PhraseTrie::Node& c = trie_.node(child);
        c.members |= member_;
        if (s != PhraseGate::kOther && c.depth < PhraseGate::kLength) out.push_back(child);
      }
    }
    sort_unique(out);
    return out;
  }

  // The symbols of a set once the key is read coarsely: punctuation as '$'.
  static uint64_t coarse(uint64_t symbols) {
    constexpr uint64_t kPunctuation = ~uint64_t{0} << (PhraseGate::kSpace + 1);
    return (symbols & kPunctuation) ? (symbols & ~kPunctuation) | (uint64_t{1} << PhraseGate::kOther)
                                    : symbols;
  }

  PhraseTrie& trie_;
  uint64_t member_;
};

uint64_t edge_key(int32_t id, int s) { return static_cast<uint64_t>(id) * 64 + static_cast<uint64_t>(s) + 1; }

}  // namespace

PhraseTrie::PhraseTrie() : nodes_(1), edges_(1024) {}

std::optional<PhraseTrie> PhraseTrie::of(const std::vector<std::string_view>& alternatives) {
  if (alternatives.empty() || alternatives.size() > 64) return std::nullopt;
  PhraseTrie trie;
  for (size_t i = 0; i < alternatives.size(); ++i) {
    const std::unique_ptr<gate_syntax::Node> tree = gate_syntax::parse(alternatives[i]);
    if (!tree) return std::nullopt;
    const uint64_t member = uint64_t{1} << i;
    trie.nodes_[0].members |= member;
    try {
      Walker walker(trie, member);
      for (const int32_t id : walker.close(walker.walk(*tree, Ids{0}))) trie.node(id).open |= member;
    } catch (const TooMany&) {
      return std::nullopt;
    }
  }
  return trie;
}

size_t PhraseTrie::slot_of(uint64_t edge) const {
  const size_t mask = edges_.size() - 1;
  for (size_t i = static_cast<size_t>((edge * 0x9E3779B97F4A7C15ULL) >> 40) & mask;; i = (i + 1) & mask)
    if (edges_[i] == 0 || edges_[i] >> 32 == edge) return i;
}

int32_t PhraseTrie::child(int32_t id, int s) const {
  if (!((node(id).children >> s) & 1)) return -1;
  return static_cast<int32_t>(static_cast<uint32_t>(edges_[slot_of(edge_key(id, s))]));
}

int32_t PhraseTrie::add_child(int32_t id, int s) {
  if ((node(id).children >> s) & 1) return child(id, s);
  if (nodes_.size() >= PhraseGate::kMaxNodes) return -1;
  if (2 * (edge_count_ + 1) > edges_.size()) grow_edges();
  const auto made = static_cast<int32_t>(nodes_.size());
  edges_[slot_of(edge_key(id, s))] = edge_key(id, s) << 32 | static_cast<uint32_t>(made);
  ++edge_count_;
  Node c;
  c.depth = static_cast<uint8_t>(node(id).depth + 1);
  c.last = static_cast<int8_t>(s);
  c.spaced = node(id).spaced || s == PhraseGate::kSpace || c.depth >= PhraseGate::kFine;
  node(id).children |= uint64_t{1} << s;
  nodes_.push_back(c);
  return made;
}

void PhraseTrie::grow_edges() {
  std::vector<uint64_t> old(edges_.size() * 2);
  old.swap(edges_);
  for (const uint64_t e : old)
    if (e != 0) edges_[slot_of(e >> 32)] = e;
}

bool PhraseTrie::may_start(std::string_view text, size_t pos) const {
  int32_t id = 0;
  for (size_t i = pos;; ++i) {
    const Node& n = node(id);
    if (n.open != 0 || n.depth == PhraseGate::kLength) return true;
    const int s = PhraseGate::symbol_at(text, i, n.spaced);
    if (n.extends_run(s)) continue;
    const int32_t next = child(id, s);
    if (next < 0) return false;
    if (s == PhraseGate::kOther) return true;  // a key closed by this byte
    id = next;
  }
}

// The alternatives open on the text's path, and those whose keys hold the whole path.
uint64_t PhraseTrie::admits(std::string_view text, size_t pos) const {
  int32_t id = 0;
  uint64_t open = 0;
  for (size_t i = pos;; ++i) {
    const Node& n = node(id);
    open |= n.open;
    if (n.depth == PhraseGate::kLength) return open | n.members;
    const int s = PhraseGate::symbol_at(text, i, n.spaced);
    if (n.extends_run(s)) continue;
    const int32_t next = child(id, s);
    if (next < 0) return open;
    if (s == PhraseGate::kOther) return open | node(next).members;  // a key closed by this byte
    id = next;
  }
}

}  // namespace newsclaim
