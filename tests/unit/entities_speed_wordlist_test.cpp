// WordList builds its hash index on the first count() after freeze(), and searches a list of a
// few words without one: both must answer as a set of the inserted words does, for lists on
// either side of that size and for words asked that are prefixes, extensions or repeats.
#include <doctest/doctest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "extract/entities_capitals.hpp"

namespace newsclaim {
namespace {

// A word of 1 to 20 letters from a small alphabet, so that lists repeat words and near misses
// ("Ab" against "Aba") are frequent.
std::string random_word(std::mt19937& rng) {
  std::uniform_int_distribution<int> length(1, 20), letter(0, 2);
  std::string w(static_cast<size_t>(length(rng)), 'a');
  w[0] = 'A';
  for (size_t i = 1; i < w.size(); ++i) w[i] = static_cast<char>('a' + letter(rng));
  return w;
}

TEST_CASE("word list: a few words searched one by one, more through the index, alike") {
  std::mt19937 rng(7);
  for (size_t size = 0; size <= 40; ++size) {
    for (int round = 0; round < 20; ++round) {
      std::vector<std::string> words;  // stable storage: the list keeps views
      words.reserve(size);
      for (size_t k = 0; k < size; ++k) words.push_back(random_word(rng));
      WordList list;
      std::set<std::string> expected;
      for (const std::string& w : words) list.insert(w), expected.insert(w);
      if (!words.empty()) CHECK(list.count(words[0]) == 0);  // nothing before freeze
      list.freeze();
      for (int ask = 0; ask < 60; ++ask) {
        const std::string w = ask % 3 == 0 && !words.empty() ? words[rng() % words.size()] : random_word(rng);
        CHECK_MESSAGE(list.count(w) == expected.count(w), "list of ", size, " asked ", w);
      }
      CHECK(list.count("") == 0);
    }
  }
}

TEST_CASE("word list: sizes around the one searched without an index") {
  for (size_t size = 3; size <= 6; ++size) {
    std::vector<std::string> words;
    for (size_t k = 0; k < size; ++k) words.push_back("Halvorsen" + std::string(k, 's'));
    WordList list;
    for (const std::string& w : words) list.insert(w);
    list.freeze();
    for (const std::string& w : words) CHECK(list.count(w) == 1);
    CHECK(list.count("Halvorse") == 0);
    CHECK(list.count("Halvorsen" + std::string(size, 's')) == 0);
  }
}

}  // namespace
}  // namespace newsclaim
