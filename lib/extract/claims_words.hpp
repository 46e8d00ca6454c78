// Word and name counts of a claim sentence (ClaimFeatures::words and names). A word is a run of
// ASCII letters, digits and non-ASCII bytes not preceded by an apostrophe ("don't" is one word);
// a name is a word opening with a capital that does not open the sentence or a quotation (after
// '"', ':' or '(') and is not the lone "I". Counted either in a pass of their own (count_words)
// or word by word as CueLexicon::matching reads the sentence (WordCounter), where the two
// readings of a word agree (words_agree).
#pragma once
#include <cstddef>
#include <string_view>

namespace newsclaim {

struct WordCount {
  size_t words = 0;
  size_t names = 0;
};

// The counts of s, in a pass over its bytes.
WordCount count_words(std::string_view s);

// Whether CueLexicon's words of s (runs of ASCII letters, digits and '_') are the words counted
// here: s holds no '_' and no non-ASCII byte.
bool words_agree(std::string_view s);

// The counts of s from its words (runs of ASCII letters and digits), given in order.
class WordCounter {
 public:
  explicit WordCounter(std::string_view s) : s_(s) {}
  // The next word: s[begin, end).
  void operator()(size_t begin, size_t end);
  WordCount counts() const { return counts_; }

 private:
  std::string_view s_;
  size_t last_end_ = 0;  // where the previous word ended
  bool opening_ = true;  // the next word opens the sentence or a quoted sentence
  WordCount counts_;
};

}  // namespace newsclaim
