// PhraseGate: a finer StartGate for scans that stand at word starts. A position's key reads up
// to kLength symbols across the first words there: a letter (case folded), ' ' for a run of
// ASCII spaces, '$' for any other byte or the text's end, which ends the key. Up to the first
// space and within the first kFine symbols, '#' stands for each digit and the punctuation dates
// and numbers are written with (. , : / - ') reads as itself; from there on '#' stands for a run
// of digits and that punctuation reads as '$' (reading all of the key finely made the dates
// trie 3.5 times bigger). "3.5 billion" -> "#.# bill", "The  12th of May" -> "the #th o". The
// gate holds, as a trie, every key a match can begin with, derived from the regex's text
// through the same syntax tree as StartGate, and is as sound (same caveats: ASCII case folding
// only). So "the company" is refused where the rules know "the coming week", which StartGate's
// three symbols ("the") let through, and "3.5 billion" where they know "3.5 years".
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace newsclaim {

class PhraseGate {
 public:
  // The gate of an RE2 pattern, or nullopt when it cannot be derived (syntax StartGate does
  // not model, or more than kMaxNodes trie nodes: a pattern too open to gate this way).
  static std::optional<PhraseGate> of(std::string_view pattern);
  // The gate of the alternation of up to 64 patterns, which also tells them apart (admits).
  static std::optional<PhraseGate> of(const std::vector<std::string_view>& alternatives);
  // Whether a match may begin at text[pos].
  bool may_start(std::string_view text, size_t pos) const;
  // Which alternatives (bit i: alternatives[i]) may match from text[pos].
  uint64_t admits(std::string_view text, size_t pos) const;
  // How many trie nodes the keys take (for tests and tuning).
  size_t size() const { return nodes_.size(); }

  static constexpr int kLength = 8;
  static constexpr int kFine = 4;  // symbols read finely (digits one by one, punctuation)
  static constexpr int kOther = 0, kDigit = 1, kSpace = 28;  // letters: 2..27
  // The punctuation symbols follow kSpace, in the order of kPunctuation.
  static constexpr std::string_view kPunctuation = ".,:/-'";
  static constexpr int kSymbols = kSpace + 1 + static_cast<int>(kPunctuation.size());
  static constexpr size_t kMaxNodes = 200000;
  // The symbol a byte reads as in a key (the derivation uses the same).
  static constexpr int symbol(unsigned char c) {
    if (c >= 'a' && c <= 'z') return 2 + (c - 'a');
    if (c >= 'A' && c <= 'Z') return 2 + (c - 'A');
    if (c >= '0' && c <= '9') return kDigit;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return kSpace;
    const size_t punct = kPunctuation.find(static_cast<char>(c));
    return punct == std::string_view::npos ? kOther : kSpace + 1 + static_cast<int>(punct);
  }
  // The symbol s reads as once the key is read coarsely (punctuation as '$').
  static constexpr int coarse(int s) { return s > kSpace ? kOther : s; }

  // One trie node: a key prefix of the alternatives in members; those in open may end here,
  // so any text may follow.
  struct Node {
    Node() { next.fill(-1); }
    std::array<int32_t, kSymbols> next;  // child per symbol, -1 none
    uint64_t members = 0, open = 0;
    uint8_t depth = 0;  // symbols read
    int8_t last = -1;   // the last of them (-1 at the root): a run of spaces reads as one
    bool spaced = false;  // a space or kFine symbols were read: digits read as runs, punctuation as '$'
    // Whether symbol s, read here, goes on a run (and leaves the key where it is).
    bool extends_run(int s) const { return s == last && (s == kSpace || (s == kDigit && spaced)); }
  };

 private:
  std::vector<Node> nodes_;  // [0] is the root
};

}  // namespace newsclaim
