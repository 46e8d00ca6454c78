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

// PhraseGate::symbol of the letters and digits, 0 for every other byte.
constexpr std::array<uint8_t, 256> kWordSymbolOf = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const int s = PhraseGate::symbol(static_cast<unsigned char>(c));
    table[static_cast<size_t>(c)] =
        s >= PhraseGate::kDigit && s < PhraseGate::kSpace ? static_cast<uint8_t>(s) : 0;
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
  fill_start3();
}

// start3_[a, b, c]: a step of may_start's loop per symbol (a letter or digit reads as itself,
// finely or coarsely); once a step decides, the symbols after it do not matter. A node three
// symbols deep comes early in breadth-first order: after at most 1 + 35 + 35^2 + 35^3 others.
void PhraseGate::fill_start3() {
  constexpr size_t kDeepest = 1 + kSymbols + kSymbols * kSymbols + kSymbols * kSymbols * kSymbols;
  static_assert(kAtNode + kDeepest <= UINT16_MAX, "start3_ holds every node three symbols deep");
  start3_.assign(static_cast<size_t>(kWordSymbols) * kWordSymbols * kWordSymbols, kRefused);
  for (int a = kDigit; a < kSpace; ++a) {
    const uint32_t first = step(0, a);
    for (int b = kDigit; b < kSpace; ++b) {
      const uint32_t second = first < kAtNode ? first : step(first - kAtNode, b);
      for (int c = kDigit; c < kSpace; ++c) {
        const uint32_t third = second < kAtNode ? second : step(second - kAtNode, c);
        start3_[start3_index(a, b, c)] = static_cast<uint16_t>(third);
      }
    }
  }
}

uint32_t PhraseGate::step(size_t at, int s) const {
  const Node n = nodes_[at];
  if (n & (kOpen | kFull)) return kAdmitted;
  if (runs_on(n, s)) return kWalk;  // the symbol would leave the key where it is: walk the text
  if (!((n >> s) & 1)) return kRefused;
  return kAtNode + static_cast<uint32_t>(child(n, s));
}

int PhraseGate::symbol_at(std::string_view text, size_t i, bool spaced) {
  return i < text.size() ? kSymbolOf[spaced][static_cast<unsigned char>(text[i])] : kOther;
}

size_t PhraseGate::child(Node n, int s) {
  return static_cast<size_t>(n >> kFirst) + static_cast<size_t>(std::popcount(n & ((Node{1} << s) - 1)));
}

NEWSCLAIM_WITH_POPCNT bool PhraseGate::may_start(std::string_view text, size_t pos) const {
  size_t at = 0, i = pos;
  if (pos + 3 <= text.size()) {
    const int a = kWordSymbolOf[static_cast<unsigned char>(text[pos])],
              b = kWordSymbolOf[static_cast<unsigned char>(text[pos + 1])],
              c = kWordSymbolOf[static_cast<unsigned char>(text[pos + 2])];
    if (a && b && c) {
      const uint32_t first3 = start3_[start3_index(a, b, c)];
      if (first3 < kWalk) return first3 == kAdmitted;
      if (first3 >= kAtNode) at = first3 - kAtNode, i = pos + 3;
    }
  }
  Node n = nodes_[at];
  for (;; ++i) {
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
