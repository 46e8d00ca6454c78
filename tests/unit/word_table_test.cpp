// WordTable (text/word_table.hpp) and WordList (entities_capitals.hpp): exact lookups for
// keys of every length class (inline keys of 1-3, 4-7 and 8-16 bytes, longer keys compared
// through their bytes) and growth.
#include <algorithm>
#include <deque>
#include <string>

#include <doctest/doctest.h>
#include "extract/entities_capitals.hpp"
#include "text/word_table.hpp"

namespace newsclaim {
namespace {

TEST_CASE("word table: finds each key and no near miss, at every length") {
  std::deque<std::string> keys;  // stable addresses: the table views long keys
  WordTable<int> t;
  for (size_t n = 1; n <= 40; ++n) {
    keys.push_back(std::string(n, 'a'));
    keys.back()[n / 2] = 'x';  // a middle byte the overlapping loads of short keys must see
    t[keys.back()] = static_cast<int>(n);
  }
  for (const std::string& k : keys) {
    const int* v = t.find(k);
    REQUIRE(v != nullptr);
    CHECK(*v == static_cast<int>(k.size()));
    for (size_t i = 0; i < k.size(); ++i) {  // one byte changed anywhere: absent
      std::string near = k;
      near[i] = near[i] == 'a' ? 'b' : 'y';
      CHECK(t.find(near) == nullptr);
    }
    CHECK(t.find(k + "z") == nullptr);  // one byte longer ("a"s would spell the next key)
  }
  CHECK(t.find("") == nullptr);
}

TEST_CASE("word table: a second insertion of a key returns the same value") {
  const std::string a = "Prime Minister of Canada";  // a long key
  const std::string b = a;                           // the same text elsewhere
  WordTable<int> t;
  t[a] = 7;
  CHECK(t[b] == 7);
  CHECK(t.size() == 1);
  CHECK(t.keys().front().data() == a.data());  // the first key's bytes are kept
}

TEST_CASE("word table: values survive the table growing") {
  std::deque<std::string> keys;
  WordTable<int> t;
  for (int i = 0; i < 5000; ++i) {
    keys.push_back(std::string("w").append(std::to_string(i * 7919)));
    t[keys.back()] = i;
  }
  CHECK(t.size() == 5000);
  for (int i = 0; i < 5000; ++i) {
    const int* v = t.find(keys[static_cast<size_t>(i)]);
    REQUIRE(v != nullptr);
    CHECK(*v == i);
  }
  CHECK(t.find("w1") == nullptr);
}

TEST_CASE("word list: a document's words, repeats counted once, after freeze") {
  const std::string text = "Halvorsen Detection Systems said Halvorsen and Ostrava Analytics Group Holdings";
  WordList list;
  CHECK(list.count("Halvorsen") == 0);  // nothing before freeze
  for (size_t i = 0, j = 0; i < text.size(); i = j + 1) {
    j = std::min(text.find(' ', i), text.size());
    list.insert(std::string_view(text).substr(i, j - i));
  }
  list.insert(std::string_view(text).substr(text.find("Halvorsen and")));  // a long key
  list.freeze();
  CHECK(list.count("Halvorsen") == 1);
  CHECK(list.count("Holdings") == 1);
  CHECK(list.count("Halvorsen and Ostrava Analytics Group Holdings") == 1);
  CHECK(list.count("Halvorse") == 0);
  CHECK(list.count("Halvorsen and Ostrava Analytics Group Holding") == 0);
  CHECK(list.count("") == 0);
}

}  // namespace
}  // namespace newsclaim
