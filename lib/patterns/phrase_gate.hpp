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
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace newsclaim {

class PhraseTrie;

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
  // How many trie nodes the keys take, and the bytes they hold (for tests and tuning).
  size_t size() const { return nodes_.size(); }
  size_t bytes() const {
    return nodes_.size() * (sizeof(Node) + 2 * sizeof(uint64_t)) + start3_.size() * sizeof(uint16_t);
  }

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

  // The symbol text[i] reads as in a key: kOther past the end, coarse once spaced.
  static int symbol_at(std::string_view text, size_t i, bool spaced);

 private:
  // A trie node as the scans read it, one word (the dates gate's 30,000 nodes take 240 KB, so
  // a scan's path through them mostly stays in L2): bit s < kSymbols is set when it has a child
  // for symbol s, then come the flags, and from kFirst on the index of its first child. The
  // children lie side by side in symbol order, so the child for symbol s is nodes_[first + (bits
  // of the mask below s)]. The key sets only admits() reads lie apart.
  using Node = uint64_t;
  static constexpr Node kSpaced = Node{1} << kSymbols;  // punctuation reads as '$', digits as runs
  static constexpr Node kFull = kSpaced << 1;           // kLength symbols read: the key ends
  static constexpr Node kOpen = kSpaced << 2;           // an alternative may end here
  static constexpr Node kRunsSpace = kSpaced << 3;      // a space here goes on a run of them,
  static constexpr Node kRunsDigit = kSpaced << 4;      // or a digit: the key stays where it is
  static constexpr int kFirst = kSymbols + 5;
  static_assert(kFirst + 24 <= 64 && kMaxNodes < (size_t{1} << 24));
  explicit PhraseGate(const PhraseTrie& trie);
  // The index of n's child for symbol s, which it has.
  static size_t child(Node n, int s);
  static bool runs_on(Node n, int s) {
    return (s == kSpace && (n & kRunsSpace) != 0) || (s == kDigit && (n & kRunsDigit) != 0);
  }

  std::vector<Node> nodes_;               // breadth first: [0] is the root
  std::vector<uint64_t> members_, open_;  // per node: the alternatives whose keys pass it, end at it

  // may_start's first three steps when the text opens with three letters or digits, the usual
  // word start (half the dates gate's refusals come at the fourth symbol): one lookup instead of
  // three nodes' reading. Indexed by start3_index(); what the three steps came to.
  static constexpr uint32_t kRefused = 0, kAdmitted = 1, kWalk = 2, kAtNode = 3;  // kAtNode + node
  static constexpr int kWordSymbols = kSpace - kDigit;  // the digit and the 26 letters
  static size_t start3_index(int a, int b, int c) {
    return (static_cast<size_t>(a - kDigit) * kWordSymbols + static_cast<size_t>(b - kDigit)) * kWordSymbols +
           static_cast<size_t>(c - kDigit);
  }
  void fill_start3();
  // One step of may_start's loop at node at reading word symbol s: a verdict, or the child.
  uint32_t step(size_t at, int s) const;
  std::vector<uint16_t> start3_;
};

}  // namespace newsclaim
