// Deriving a StartGate: read the pattern into the tree of gate_syntax.hpp (byte sets,
// concatenations, alternations and repeats), then push the empty key through it: each
// byte set extends every open key by the symbols it can match; a key closes at three letters,
// at a digit or at any other byte. Keys still open when the pattern ends may go on with any byte.
#include "patterns/start_gate.hpp"

#include "patterns/gate_syntax.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace newsclaim {

namespace {

using Symbols = std::bitset<StartGate::kSymbols>;
using gate_syntax::Node;

// A key being built: up to three symbols; done once it cannot grow; bounded when a \b stood
// before its first symbol.
struct Key {
  uint8_t sym[3] = {0, 0, 0};
  uint8_t len = 0;
  bool done = false;
  bool bounded = false;
  uint32_t code() const {
    return static_cast<uint32_t>(len) | (done ? 4u : 0u) | (uint32_t{sym[0]} << 3) | (uint32_t{sym[1]} << 8) |
           (uint32_t{sym[2]} << 13) | (bounded ? 1u << 18 : 0u);
  }
  static Key from(uint32_t c) {
    Key k;
    k.len = static_cast<uint8_t>(c & 3);
    k.done = (c & 4) != 0;
    k.bounded = (c & (1u << 18)) != 0;
    k.sym[0] = static_cast<uint8_t>((c >> 3) & 31), k.sym[1] = static_cast<uint8_t>((c >> 8) & 31);
    k.sym[2] = static_cast<uint8_t>((c >> 13) & 31);
    return k;
  }
};
using Keys = std::vector<uint32_t>;  // key codes, sorted and distinct

// Pushes open keys through a tree. Keys that close are final (nothing after them can change
// them), so they go straight to done_ and only the few open keys travel on. Sorted vectors and
// a bit per closed key keep this cheap: the dates gate is derived at every start-up.
class Walker : public gate_syntax::TreeWalk<Walker, Keys> {
 public:
  Keys on_set(const Node& n, const Keys& open) { return extend(n.symbols, open); }
  // A \b before anything was read marks the key: the match opens at a word boundary.
  static Keys on_boundary(const Keys& open) {
    Keys out;
    for (const uint32_t code : open) {
      Key k = Key::from(code);
      if (k.len == 0) k.bounded = true;
      out.push_back(k.code());
    }
    sort_unique(out);
    return out;
  }
  const Keys& done() const { return done_; }

 private:
  Keys extend(const Symbols& symbols, const Keys& open) {
    Keys out;
    for (const uint32_t code : open) {
      const Key k = Key::from(code);
      for (size_t s = 0; s < symbols.size(); ++s) {
        if (!symbols.test(s)) continue;
        Key next = k;
        next.sym[next.len++] = static_cast<uint8_t>(s);
        next.done = s < 2 || next.len == 3;
        const uint32_t c = next.code();
        if (!next.done) out.push_back(c);
        else if (!seen_[seen_index(next)]) seen_.set(seen_index(next)), done_.push_back(c);
      }
    }
    sort_unique(out);
    return out;
  }

  // A closed key's place in seen_: its symbols (padded with '$', which a closed key's length
  // leaves unambiguous) and its \b mark. 5 kB to clear, where one bit per code was 64 kB.
  static size_t seen_index(const Key& k) {
    size_t i = 0;
    for (int j = 0; j < 3; ++j) i = i * StartGate::kSymbols + (j < k.len ? k.sym[j] : 0);
    return i * 2 + (k.bounded ? 1 : 0);
  }

  std::bitset<2 * StartGate::kKeys> seen_;  // closed keys already in done_
  Keys done_;
};

}  // namespace

std::optional<StartGate> StartGate::of(std::string_view pattern) {
  const std::unique_ptr<Node> tree = gate_syntax::parse(pattern);
  if (!tree) return std::nullopt;
  Walker walker;
  Keys keys = walker.walk(*tree, Keys{Key{}.code()});  // still open at the pattern's end
  keys.insert(keys.end(), walker.done().begin(), walker.done().end());
  StartGate gate;
  for (const uint32_t code : keys) {
    const Key k = Key::from(code);
    if (k.len == 0 || k.sym[0] == 0) return std::nullopt;  // opens on a non-alnum byte
    if (k.sym[0] >= 2 && !k.bounded) gate.letters_in_words_ = true;
    // The key's symbols, then every way an open key can go on (a done key pads with '$').
    size_t base = 0;
    for (int i = 0; i < 3; ++i) base = base * kSymbols + (i < k.len ? k.sym[i] : 0);
    if (k.done) {
      gate.keys_.set(base);
      continue;
    }
    size_t stride = 1;
    for (int i = k.len; i < 3; ++i) stride *= kSymbols;
    for (size_t rest = 0; rest < stride; ++rest) gate.keys_.set(base + rest);
  }
  return gate;
}

GateRows::GateRows(const StartGate& gate) {
  for (size_t key = 0; key < static_cast<size_t>(StartGate::kKeys); ++key)
    if (gate.allows(key)) rows_[key / StartGate::kSymbols] |= uint32_t{1} << (key % StartGate::kSymbols);
}

}  // namespace newsclaim
