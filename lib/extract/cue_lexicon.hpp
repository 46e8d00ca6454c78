// CueLexicon: the word and phrase cues of the claims stage (patterns/claims/cue_words.tsv),
// found by hashing each word of a sentence once instead of running a regex over it. A phrase
// is a sequence of words as RE2's \b sees them (runs of ASCII letters, digits and '_'),
// compared case-insensitively; the rows' notation:
//   "more than"   words separated by whitespace (one or more spaces, tabs or newlines)
//   "all-time"    words joined by exactly one hyphen
//   "tax*"        a word starting with "tax" ("tax", "taxes", "taxi"); "salar+": one more letter at least
//   "has *ed"     a word ending in "ed" after at least one letter (first words cannot be suffixes)
// What a regex "\b(?:more\s+than|all-time|tax\w*)\b" matches, this finds, and nothing else.
#pragma once
#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_table.hpp"

namespace newsclaim {

class Gazetteer;

class CueLexicon {
 public:
  // Reads rows "phrase<TAB>cue"; bit i of a result stands for cues[i]. Throws
  // std::logic_error naming the row for an unknown cue or a malformed phrase.
  CueLexicon(const Gazetteer& rows, const std::vector<std::string>& cues);
  // A bit per cue with a phrase in text.
  uint64_t matching(std::string_view text) const;
  // The same, calling on_word(begin, end) on each word of text in order (runs of ASCII letters,
  // digits and '_'), so that a caller counting words needs no pass of its own.
  template <class OnWord>
  uint64_t matching(std::string_view text, OnWord&& on_word) const;

 private:
  static constexpr size_t kTriples = 37 * 37 * 37;
  static constexpr size_t kLongestKey = 30;
  static constexpr size_t kShapes = size_t{1} << 17;
  static constexpr size_t kStartBuckets = 2048;
  enum class Form : uint8_t { kWord, kPrefix, kPrefixPlus, kSuffix };
  enum class Gap : uint8_t { kSpace, kHyphen };
  struct Part {
    std::string text;  // lower case, without '*' / '+'
    Form form = Form::kWord;
    Gap gap = Gap::kSpace;  // between the previous part and this one
  };
  struct Phrase {
    std::vector<Part> parts;
    uint64_t cue = 0;  // its bit
    // Facts that spare most calls of rest_matches: a phrase that is one whole word matches
    // once its word is found; the second word of most others opens with a known letter.
    bool one_word = false;
    char second_letter = 0;  // lower case; 0: any (one word, or a second word that is a suffix)
  };
  struct Word {  // a word of the text: [begin, end)
    size_t begin, end;
  };

  void add(std::string_view phrase, uint64_t cue, size_t row);
  // The cues of the phrases that open with the word w (found: cues already present), whose
  // first three bytes are start; as_word, as_prefix: which kinds of first word it may be.
  uint64_t phrases_at(std::string_view text, Word w, size_t start, bool as_word, bool as_prefix, uint64_t found) const;
  bool rest_matches(const Phrase& p, std::string_view text, Word first) const;
  static bool may_match(const Phrase& p, std::string_view text, Word first, size_t& second);
  uint64_t phrases_from(const std::vector<uint32_t>* ids, uint64_t have, std::string_view text, Word first) const;

  std::vector<Phrase> phrases_;
  std::vector<std::string> keys_;                 // owns the bytes the maps' keys view
  WordTable<std::vector<uint32_t>> by_word_;         // first word -> phrases
  struct Prefix {  // a first word that is a prefix ("tax*"): few, so tried one by one
    std::string text;
    size_t start = 0;  // triple(text)
    std::vector<uint32_t> ids;
  };
  std::vector<Prefix> prefixes_;
  size_t shortest_prefix_ = kLongestKey + 1;      // no word is that long when there are none
  size_t longest_word_ = 0;                        // of by_word_'s keys
  std::bitset<kTriples> prefix_starts_;            // the first three bytes of prefixes_
  std::bitset<kShapes> word_shapes_;               // and of by_word_'s, with their lengths (shape())
  // The cues of the phrases whose first word opens with a triple() in the bucket (triple %
  // kStartBuckets): a word whose bucket holds only cues the sentence has shown adds none.
  std::array<uint64_t, kStartBuckets> start_cues_{};
  // The letters the second word of those phrases opens with, a bit per lower-cased byte (its
  // low six bits), all bits where a phrase is one word or its second word is a suffix: "of
  // course", "in my view", "a third" send a fifth of all words to the hash lookup, and the word
  // after them rarely fits.
  std::array<uint64_t, kStartBuckets> second_letters_{};

  // The first three bytes of a word as a number, case folded (a shorter word pads with 0).
  static size_t triple(std::string_view w) {
    const auto at = [&](size_t i) { return i < w.size() ? symbol(w[i]) : 0; };
    return (at(0) * 37 + at(1)) * 37 + at(2);
  }
  // triple() of a word of three bytes or more, from its first byte: no test of its length.
  static size_t triple_at(const char* w) { return (symbol(w[0]) * 37 + symbol(w[1])) * 37 + symbol(w[2]); }
  // A word's first three bytes and its length, folded into kShapes bits: many common words
  // share a cue word's first three letters ("the", "thousand"), few its length as well.
  static size_t shape(size_t triple, size_t length) { return (triple * 32 + length) % kShapes; }
  static size_t symbol(char c) { return kSymbols[static_cast<unsigned char>(c)]; }
  // A word byte as RE2's \b sees it: an ASCII letter, digit or '_'.
  static bool word_byte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }
  // Whether the word after end of text (past the bytes that are no word bytes) opens with a
  // byte whose bit is in letters; false when no word follows, true when letters has every bit.
  static bool next_may_follow(std::string_view text, size_t end, uint64_t letters) {
    if (letters == ~uint64_t{0}) return true;
    while (end < text.size() && !word_byte(text[end])) ++end;
    return end < text.size() && ((letters >> letter_bit(text[end])) & 1U) != 0;
  }
  static unsigned letter_bit(char c) { return static_cast<unsigned char>(c | 0x20) & 63U; }
  // Bit k: whether text[base + k] is a word byte (0 past the end of text).
  static uint64_t word_mask(std::string_view text, size_t base);
  // Letters of either case 1..26, digits 27..36, anything else 0: a table, as every byte of
  // every sentence is looked up.
  static constexpr std::array<uint8_t, 256> kSymbols = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = static_cast<uint8_t>(c - 'a' + 1);
    for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = static_cast<uint8_t>(c - 'A' + 1);
    for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<uint8_t>(c - '0' + 27);
    return t;
  }();
  static constexpr std::array<bool, 256> kWordBytes = [] {
    std::array<bool, 256> t{};
    for (size_t c = 0; c < 256; ++c) t[c] = kSymbols[c] != 0 || c == '_';
    return t;
  }();
};

template <class OnWord>
uint64_t CueLexicon::matching(std::string_view text, OnWord&& on_word) const {
  uint64_t found = 0;
  auto word = [&](size_t begin, size_t end) {
    on_word(begin, end);
    // Most words open no phrase: the tests on their first three letters (and length) skip them unread.
    const size_t size = end - begin;
    const size_t start = size >= 3 ? triple_at(text.data() + begin) : triple(text.substr(begin, size));
    // Most words that open a phrase open only phrases of cues found already ("said" again).
    if ((start_cues_[start % kStartBuckets] & ~found) == 0) return;
    if (!next_may_follow(text, end, second_letters_[start % kStartBuckets])) return;
    const bool as_word = size <= longest_word_ && word_shapes_[shape(start, size)];
    const bool as_prefix = size >= shortest_prefix_ && prefix_starts_[start];
    if (as_word || as_prefix) found |= phrases_at(text, Word{begin, end}, start, as_word, as_prefix, found);
  };
  // Words are read from a mask of the word bytes, 64 bytes at a time: testing byte by byte
  // where each word starts and ends cost more than all the rest of the scan.
  bool in_word = false;
  size_t begin = 0;
  uint64_t carry = 0;  // 1 when the byte before the block is a word byte
  for (size_t base = 0; base < text.size(); base += 64) {
    const uint64_t mask = word_mask(text, base);
    const uint64_t after_word = (mask << 1) | carry;
    uint64_t starts = mask & ~after_word, ends = ~mask & after_word;  // bytes past the text are 0
    while (in_word ? ends != 0 : starts != 0) {
      if (in_word) {
        word(begin, base + static_cast<size_t>(std::countr_zero(ends)));
        ends &= ends - 1;
      } else {
        begin = base + static_cast<size_t>(std::countr_zero(starts));
        starts &= starts - 1;
      }
      in_word = !in_word;
    }
    carry = mask >> 63;
  }
  if (in_word) word(begin, text.size());
  return found;
}

}  // namespace newsclaim
