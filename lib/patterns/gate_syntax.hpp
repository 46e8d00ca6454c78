// The RE2 syntax the pattern files use, read into a small tree of byte sets, concatenations,
// alternations and repeats: what StartGate and PhraseGate derive their keys from. Internal to
// lib/patterns.
#pragma once
#include <bitset>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "patterns/phrase_gate.hpp"
#include "patterns/start_gate.hpp"

namespace newsclaim::gate_syntax {

struct Node {
  enum Kind { Set, Empty, Boundary, Concat, Alt, Repeat } kind = Empty;  // Boundary: \b
  std::bitset<StartGate::kSymbols> symbols;  // Set: its bytes read as StartGate symbols
  uint32_t phrase = 0;                       // Set: and as PhraseGate symbols (bit per symbol)
  std::vector<std::unique_ptr<Node>> kids;   // Concat, Alt, Repeat (one)
  int min = 0, max = 0;                      // Repeat; max -1: unbounded
};

// The tree of pattern; nullptr when it uses syntax the tree does not model (\p classes, POSIX
// classes, \Q..\E, backslash codes; see start_gate.hpp).
std::unique_ptr<Node> parse(std::string_view pattern);

}  // namespace newsclaim::gate_syntax
