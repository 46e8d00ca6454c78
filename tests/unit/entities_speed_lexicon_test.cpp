// The entities Lexicon is built without a string per case variant: the variants are written
// into a KeyArena (text/word_table.hpp) and the table's slots are prefetched a few rows ahead.
// The arena's views must stay valid and the table must hold every variant the gazetteers give.
#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "extract/entities_lexicon.hpp"
#include "patterns/ruleset.hpp"
#include "text/huge_pages.hpp"
#include "text/word_table.hpp"

namespace newsclaim {
namespace {

TEST_CASE("key arena: copies stay valid and unchanged across blocks, and a room not kept is reused") {
  KeyArena arena;
  std::vector<std::string> texts;
  std::vector<std::string_view> kept;
  for (size_t i = 0; i < 20000; ++i) {  // about 200 KB: several 64 KB blocks
    texts.push_back("key " + std::to_string(i * 7919) + std::string(i % 13, 'x'));
    kept.push_back(arena.copy(texts.back()));
  }
  texts.push_back(std::string(100000, 'y'));  // longer than a block: a block of its own
  kept.push_back(arena.copy(texts.back()));
  for (size_t i = 0; i < texts.size(); ++i) REQUIRE(kept[i] == texts[i]);

  char* scratch = arena.room(5);
  std::memcpy(scratch, "first", 5);
  char* again = arena.room(5);  // not kept: the same bytes are offered again
  CHECK(again == scratch);
  std::memcpy(again, "other", 5);
  CHECK(arena.keep(5) == "other");
  CHECK(kept.back() == texts.back());
}

TEST_CASE("the lexicon knows the capitalized form of every common word") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  const Gazetteer& common = rules.value()->gazetteer("entities.common_words");
  for (size_t r = 0; r < common.size(); ++r) {
    const std::string_view w = common.cell(r, 0);
    CAPTURE(w);
    REQUIRE(lex.common_word(w));
    std::string capital(w);  // the form the lexicon used to make as a string of its own
    if (capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    REQUIRE(lex.common_word(capital));
  }
  // (the roles' three variants: entities_speed_facts_test)
  // Written here: a holiday capitalized, accented places under their ASCII spelling.
  CHECK(lex.calendar_word("Christmas Day"));
  CHECK(lex.not_name("Christmas Day"));
  for (const char* folded : {"Bogota", "Malmo", "Montreal", "Quebec", "Sao Paulo", "Zurich"}) {
    CAPTURE(folded);
    const KnownName* k = lex.known(folded);
    REQUIRE(k != nullptr);
    CHECK(k->type == EntityType::Gpe);
  }
  CHECK(lex.known("Xyzzyville") == nullptr);
  CHECK_FALSE(lex.common_word("XYZZY"));
}

TEST_CASE("prefetching a key changes nothing a lookup answers") {
  WordTable<int> t;
  t.prefetch("absent");  // an empty table: nothing to load
  const std::string keys[] = {"a", "Boston", "Prime Minister of Canada and more"};
  for (const std::string& k : keys) {
    t.prefetch(k);
    t[k] = static_cast<int>(k.size());
  }
  for (const std::string& k : keys) {
    t.prefetch(k);
    REQUIRE(t.find(k) != nullptr);
    CHECK(*t.find(k) == static_cast<int>(k.size()));
  }
  t.prefetch("missing");
  CHECK(t.find("missing") == nullptr);
  CHECK(t.size() == 3);
}

TEST_CASE("huge-page blocks hold what is written, as small blocks do, through growth") {
  std::vector<uint64_t, HugePageAllocator<uint64_t>> v;
  for (uint64_t i = 0; i < 600000; ++i) v.push_back(i * 2654435761U);  // 4.8 MB: grows past 2 MB
  for (uint64_t i = 0; i < v.size(); i += 997) REQUIRE(v[i] == i * 2654435761U);
  std::vector<uint64_t, HugePageAllocator<uint64_t>> small(100, 7);  // below 2 MB: operator new
  CHECK(small[99] == 7);
  v = small;
  CHECK(v.size() == 100);
}

TEST_CASE("a word table without its key list answers as one with it") {
  std::mt19937 random(7);
  std::vector<std::string> keys;
  for (int i = 0; i < 120000; ++i) {  // enough keys for a slot array of several MB
    std::string k;
    const size_t len = 1 + random() % 24;
    while (k.size() < len) k += static_cast<char>('a' + random() % 26);
    keys.push_back(k);
  }
  WordTable<int> listed;
  WordTable<int, false> unlisted;
  unlisted.reserve(keys.size() / 2);  // reserved, then grown
  for (size_t i = 0; i < keys.size(); ++i) {
    listed[keys[i]] += static_cast<int>(i);
    unlisted[keys[i]] += static_cast<int>(i);
  }
  CHECK(listed.size() == unlisted.size());
  CHECK(listed.keys().size() == listed.size());
  for (size_t i = 0; i < keys.size(); i += 7) {
    std::string near = keys[i] + "x";
    REQUIRE(unlisted.find(keys[i]) != nullptr);
    CHECK(*unlisted.find(keys[i]) == *listed.find(keys[i]));
    CHECK((unlisted.find(near) == nullptr) == (listed.find(near) == nullptr));
  }
}

}  // namespace
}  // namespace newsclaim
