// PhraseGate: the keys derived into a PhraseTrie (phrase_trie.cpp), frozen breadth first into
// one-word nodes whose children lie side by side; the scans read a key through them.
#include "patterns/phrase_gate.hpp"

#include <array>
#include <bit>

#include "patterns/phrase_trie.hpp"

namespace newsclaim {

namespace {

// PhraseGate::symbol of every byte, read finely ([0]) and coarsely ([1]).
constexpr std::array<std::array<uint8_t, 256>, 2> kSymbolOf = [] {
  std::array<std::array<uint8_t, 256>, 2> table{};
  for (int c = 0; c < 256; ++c) {
    const int s = PhraseGate::symbol(static_cast<unsigned char>(c));
    table[0][static_cast<size_t>(c)] = static_cast<uint8_t>(s);
    table[1][static_cast<size_t>(c)] = static_cast<uint8_t>(PhraseGate::coarse(s));
  }
  return table;
}();

// The scans count the child mask's bits at each node. x86-64's baseline has no POPCNT, so
// std::popcount calls a library routine there; the scans are also built for CPUs with it, and
// the loader picks the build that fits.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define NEWSCLAIM_WITH_POPCNT [[gnu::target_clones("popcnt", "default")]]
#else
#define NEWSCLAIM_WITH_POPCNT
#endif

}  // namespace

std::optional<PhraseGate> PhraseGate::of(std::string_view pattern) {
  return of(std::vector<std::string_view>{pattern});
}

std::optional<PhraseGate> PhraseGate::of(const std::vector<std::string_view>& alternatives) {
  const std::optional<PhraseTrie> trie = PhraseTrie::of(alternatives);
  if (!trie) return std::nullopt;
  return PhraseGate(*trie);
}

// Breadth first: a node's children are queued together, in symbol order.
PhraseGate::PhraseGate(const PhraseTrie& trie) {
  std::vector<int32_t> order{0};  // trie node of each gate node
  order.reserve(trie.size());
  nodes_.reserve(trie.size());
  members_.reserve(trie.size());
  open_.reserve(trie.size());
  for (size_t i = 0; i < order.size(); ++i) {
    const PhraseTrie::Node& t = trie.node(order[i]);
    Node n = t.children | static_cast<Node>(order.size()) << kFirst;
    for (uint64_t rest = t.children; rest != 0; rest &= rest - 1)
      order.push_back(trie.child(order[i], std::countr_zero(rest)));
    if (t.spaced) n |= kSpaced;
    if (t.depth == kLength) n |= kFull;
    if (t.open != 0) n |= kOpen;
    if (t.extends_run(kSpace)) n |= kRunsSpace;
    if (t.extends_run(kDigit)) n |= kRunsDigit;
    nodes_.push_back(n);
    members_.push_back(t.members);
    open_.push_back(t.open);
  }
}

int PhraseGate::symbol_at(std::string_view text, size_t i, bool spaced) {
  return i < text.size() ? kSymbolOf[spaced][static_cast<unsigned char>(text[i])] : kOther;
}

size_t PhraseGate::child(Node n, int s) {
  return static_cast<size_t>(n >> kFirst) + static_cast<size_t>(std::popcount(n & ((Node{1} << s) - 1)));
}

NEWSCLAIM_WITH_POPCNT bool PhraseGate::may_start(std::string_view text, size_t pos) const {
  Node n = nodes_[0];
  for (size_t i = pos;; ++i) {
    if (n & (kOpen | kFull)) return true;
    const int s = symbol_at(text, i, n & kSpaced);
    if (runs_on(n, s)) continue;
    if (!((n >> s) & 1)) return false;
    if (s == kOther) return true;  // a key closed by this byte
    n = nodes_[child(n, s)];
  }
}

// The alternatives open on the text's path, and those whose keys hold the whole path.
NEWSCLAIM_WITH_POPCNT uint64_t PhraseGate::admits(std::string_view text, size_t pos) const {
  size_t at = 0;
  uint64_t open = 0;
  for (size_t i = pos;; ++i) {
    const Node n = nodes_[at];
    open |= open_[at];
    if (n & kFull) return open | members_[at];
    const int s = symbol_at(text, i, n & kSpaced);
    if (runs_on(n, s)) continue;
    if (!((n >> s) & 1)) return open;
    if (s == kOther) return open | members_[child(n, s)];  // a key closed by this byte
    at = child(n, s);
  }
}

}  // namespace newsclaim
