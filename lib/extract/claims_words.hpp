// Word and name counts of a claim sentence (ClaimFeatures::words and names). A word is a run of
// ASCII letters, digits and non-ASCII bytes not preceded by an apostrophe ("don't" is one word);
// a name is a word opening with a capital that does not open the sentence or a quotation (after
// '"', ':' or '(') and is not the lone "I". Counted either in a pass of their own (count_words)
// or word by word as CueLexicon::matching reads the sentence (WordCounter), where the two
// readings of a word agree.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsclaim {

struct WordCount {
  size_t words = 0;
  size_t names = 0;
  size_t letter_words = 0;  // words of two bytes or more that open with a letter ("vs", not "1986")
};

// The counts of s, in a pass over its bytes.
WordCount count_words(std::string_view s);

// Counts the word s[begin, end) (a whole run of word bytes) unless an apostrophe glues it to the
// word before ("don't"); opening: whether it opens the sentence or a quotation, cleared when the
// word counts. Shared by count_words and WordCounter, so that both read a word alike.
inline void count_word(std::string_view s, size_t begin, size_t end, bool& opening, WordCount& counts) {
  if (begin > 0 && s[begin - 1] == '\'') return;
  ++counts.words;
  const char c = s[begin];
  if (end >= begin + 2 &&
      ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80))
    ++counts.letter_words;
  if (c >= 'A' && c <= 'Z' && !opening && !(c == 'I' && end == begin + 1)) ++counts.names;
  opening = false;
}

// The counts of s from CueLexicon's words of s (runs of ASCII letters, digits and '_'), given
// in order. They are count_words' when the two readings of a word agree: s holds no '_' (the
// caller's test) and no non-ASCII byte (exact(), seen here between the words).
class WordCounter {
 public:
  explicit WordCounter(std::string_view s) : s_(s) {}
  // The next word: s[begin, end).
  void operator()(size_t begin, size_t end) {
    // Most gaps are one space, which opens nothing; others are read for '"', ':' or '('.
    if (begin != last_end_ + 1 || s_[last_end_] != ' ') {
      for (size_t i = last_end_; i < begin; ++i)
        opening_ = opening_ || kOpeners[static_cast<unsigned char>(s_[i])];
    }
    last_end_ = end;
    count_word(s_, begin, end, opening_, counts_);
  }
  // Whether s has no non-ASCII byte (the lexicon's words have none, so this is all of s).
  bool exact() const;
  WordCount counts() const { return counts_; }

 private:
  static constexpr std::array<bool, 256> kOpeners = [] {
    std::array<bool, 256> t{};
    t['"'] = t[':'] = t['('] = true;
    return t;
  }();

  std::string_view s_;
  size_t last_end_ = 0;  // where the previous word ended
  bool opening_ = true;  // the next word opens the sentence or a quoted sentence
  WordCount counts_;
};

}  // namespace newsclaim
