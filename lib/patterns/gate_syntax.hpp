// The RE2 syntax the pattern files use, read into a small tree of byte sets, concatenations,
// alternations and repeats: what StartGate and PhraseGate derive their keys from. Internal to
// lib/patterns.
#pragma once
#include <algorithm>
#include <bitset>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string_view>
#include <vector>

#include "patterns/phrase_gate.hpp"
#include "patterns/start_gate.hpp"

namespace newsclaim::gate_syntax {

struct Node {
  enum Kind { Set, Empty, Boundary, Concat, Alt, Repeat } kind = Empty;  // Boundary: \b
  std::bitset<StartGate::kSymbols> symbols;  // Set: its bytes read as StartGate symbols
  uint64_t phrase = 0;                       // Set: and as PhraseGate symbols (bit per symbol)
  std::vector<std::unique_ptr<Node>> kids;   // Concat, Alt, Repeat (one)
  int min = 0, max = 0;                      // Repeat; max -1: unbounded
};

// The tree of pattern; nullptr when it uses syntax the tree does not model (\p classes, POSIX
// classes, \Q..\E, backslash codes; see start_gate.hpp).
std::unique_ptr<Node> parse(std::string_view pattern);

// Pushes a set of open states (a sorted, distinct vector) through a tree, the part StartGate's
// and PhraseGate's derivations share: a concatenation in order, an alternation as the union of
// its kids, a repeat to a fixed point (the states are finite, so it settles). Derived says what
// a byte set does (on_set(node, open)) and a \b (on_boundary(open)).
template <class Derived, class States>
class TreeWalk {
 public:
  States walk(const Node& n, const States& open) {
    if (open.empty()) return {};  // every state closed before this node: nothing left to extend
    switch (n.kind) {
      case Node::Set:
        return self().on_set(n, open);
      case Node::Empty:
        return open;
      case Node::Boundary:
        return self().on_boundary(open);
      case Node::Concat: {  // the first kid walks open itself: no copy of it
        if (n.kids.empty()) return open;
        States cur = walk(*n.kids[0], open);
        for (size_t i = 1; i < n.kids.size(); ++i) cur = walk(*n.kids[i], cur);
        return cur;
      }
      case Node::Alt: {
        if (n.kids.size() == 1)
          return walk(*n.kids[0], open);  // a group: its kid's states are sorted already
        States out;
        for (const auto& kid : n.kids) {
          const States k = walk(*kid, open);
          out.insert(out.end(), k.begin(), k.end());
        }
        sort_unique(out);
        return out;
      }
      case Node::Repeat:
        return repeat(n, open);
    }
    return open;
  }

 protected:
  static void sort_unique(States& states) {
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
  }

 private:
  Derived& self() { return static_cast<Derived&>(*this); }

  // The kid min times, then again while it yields states not seen yet.
  States repeat(const Node& n, const States& open) {
    States cur = open;
    for (int i = 0; i < n.min; ++i) cur = walk(*n.kids[0], cur);
    States all = cur;
    for (int i = n.min; (n.max < 0 || i < n.max) && !cur.empty(); ++i) {
      const States next = walk(*n.kids[0], cur);
      States fresh, merged;
      std::set_difference(next.begin(), next.end(), all.begin(), all.end(), std::back_inserter(fresh));
      std::set_union(all.begin(), all.end(), fresh.begin(), fresh.end(), std::back_inserter(merged));
      all = std::move(merged);
      cur = std::move(fresh);
    }
    return all;
  }
};

}  // namespace newsclaim::gate_syntax
