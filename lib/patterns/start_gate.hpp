// StartGate: which word starts of a text can open a match of a regex, decided from the regex's
// text once, so a scan tries the (anchored) regex only there instead of running its DFA over
// every byte. Big DFAs are slow on long varied text (their states fall out of the CPU caches
// between documents); three byte reads and a bit test per word are not.
//
// A position's key is its first three bytes read as symbols: a letter (case folded), '#' for a
// digit (ends the key) or '$' for anything else, the end of the text included (ends the key):
// "The " -> "the", "2020" -> "#", "Q3" -> "q#", "a few" -> "a$". The gate holds every key that
// a match can begin with, computed by walking the regex's syntax tree (sound: a position whose
// key is not in the gate cannot open a match). Regexes using syntax the walker does not model
// (\p classes, POSIX classes, \Q..\E, backslash codes) or able to open a match on a byte that is
// not an ASCII letter or digit get no gate: callers then scan the whole text. Case-insensitive
// groups are taken to fold ASCII only: RE2 also folds the long s and the Kelvin sign onto 's'
// and 'k', and a word spelled with those two signs is not tried.
#pragma once
#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string_view>

namespace newsclaim {

class StartGate {
 public:
  // The gate of an RE2 pattern, or nullopt when it cannot be derived (see above).
  static std::optional<StartGate> of(std::string_view pattern);
  // Whether a match may begin at text[pos] (a word start: an ASCII letter or digit).
  bool may_start(std::string_view text, size_t pos) const { return keys_.test(key_at(text, pos)); }
  // Whether a match may open on a letter inside a word (after an ASCII letter, digit or '_'):
  // false when every opening on a letter follows a \b, so a scan may try word starts only.
  bool letters_in_words() const { return letters_in_words_; }
  // The same test for a key computed once with key_at (several gates, one position).
  bool allows(size_t key) const { return keys_.test(key); }
  // Adds other's keys to this gate's: the gate of "this|other".
  void merge(const StartGate& other) {
    keys_ |= other.keys_;
    letters_in_words_ = letters_in_words_ || other.letters_in_words_;
  }
  // How many of the possible keys may open a match (for tests and tuning).
  size_t size() const { return keys_.count(); }

  static constexpr int kSymbols = 28;  // '$' = 0, '#' = 1, 'a'..'z' = 2..27
  static constexpr int kKeys = kSymbols * kSymbols * kSymbols;
  // The symbol a byte reads as in a key (the derivation in start_gate.cpp uses the same).
  static int symbol(unsigned char c) {
    if (c >= 'a' && c <= 'z') return 2 + (c - 'a');
    if (c >= 'A' && c <= 'Z') return 2 + (c - 'A');
    return c >= '0' && c <= '9' ? 1 : 0;
  }

  // The key of text at pos: its first three symbols.
  static size_t key_at(std::string_view text, size_t pos) {
    size_t key = 0;
    int i = 0;
    for (; i < 3; ++i) {
      const int s = pos + i < text.size() ? symbol(static_cast<unsigned char>(text[pos + i])) : 0;
      key = key * kSymbols + static_cast<size_t>(s);
      if (s < 2) break;  // a digit or a non-letter ends the key
    }
    for (++i; i < 3; ++i) key *= kSymbols;  // pad with '$'
    return key;
  }

 private:
  std::bitset<kKeys> keys_;
  bool letters_in_words_ = false;
};

// A StartGate's keys by their first two symbols (StartGate::symbol; 0 for bytes that end a
// key): a scan loads one row per word and tests the third symbol's bit in it, instead of
// forming the three-symbol key and testing the gate's bitset.
class GateRows {
 public:
  explicit GateRows(const StartGate& gate);
  // Bit s2 set when the key s0 s1 s2 opens a match (only bit 0 matters when s1 or s0 ends the key).
  uint32_t row(size_t s0, size_t s1) const { return rows_[s0 * StartGate::kSymbols + s1]; }

 private:
  std::array<uint32_t, StartGate::kSymbols * StartGate::kSymbols> rows_{};
};

}  // namespace newsclaim
