// Start-up structures: the word table filled key by key, the lexicon's acronym table,
// rules compiled on first use from several threads, and engines built on two threads.
// Also the quote rules left to first use: checked as an override's are, and safe to reach
// from two threads at once.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "extract/entities_lexicon.hpp"
#include "extract/quotes.hpp"
#include "patterns/ruleset.hpp"
#include "pipeline.hpp"
#include "text/word_table.hpp"

namespace newsclaim {
namespace {

TEST_CASE("a word table filled key by key finds every key, through regrowth") {
  std::vector<std::string> keys;
  for (int i = 0; i < 1000; ++i) keys.push_back("key" + std::to_string(i));
  WordTable<int> map;
  for (size_t i = 0; i < keys.size(); ++i) map[keys[i]] = static_cast<int>(i) + 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    REQUIRE(map.find(keys[i]) != nullptr);
    CHECK(*map.find(keys[i]) == static_cast<int>(i) + 1);
  }
  CHECK(map.find("key1000") == nullptr);
  CHECK(map.find("") == nullptr);
  map[std::string_view("key7")] += 100;  // an existing key: no new entry
  CHECK(*map.find("key7") == 108);
  REQUIRE(map.keys().size() == 1000);
  CHECK(map.keys().front() == "key0");  // insertion order
  CHECK(map.keys().back() == "key999");
}

TEST_CASE("a reserved word table answers as one grown key by key") {
  const std::vector<std::string> keys = {"Canada", "canada", "CANADA", "Peru", "Lima"};
  WordTable<int> filled;
  filled.reserve(keys.size());
  WordTable<int> built;
  for (size_t i = 0; i < keys.size(); ++i) {
    filled[keys[i]] = static_cast<int>(i);
    built[keys[i]] = static_cast<int>(i);
  }
  for (const auto& k : keys) CHECK(*filled.find(k) == *built.find(k));
  CHECK(filled.find("Chile") == nullptr);
  CHECK(built.find("Chile") == nullptr);
}

TEST_CASE("the lexicon tells an acronym from its expansion") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  const Acronym* un = lex.acronym("UN");
  REQUIRE(un != nullptr);
  CHECK(un->expansion == "United Nations");
  CHECK(un->type == EntityType::Org);
  CHECK(lex.acronym("United Nations") == nullptr);  // an expansion is not an acronym
  CHECK(lex.acronym_of("United Nations") == "UN");
  CHECK(lex.acronym_of("UN").empty());
  CHECK(lex.facts("United Nations") != nullptr);  // still a known form
  CHECK(lex.acronym("Xyzzy") == nullptr);
  CHECK(lex.common_word("however"));
  CHECK(lex.common_word("However"));  // the capitalized variant
}

TEST_CASE("rules compiled on first use from several threads at once are the same rules") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Ruleset& r = *rules.value();
  const auto keys = r.keys_with_prefix("");
  std::vector<std::vector<const RE2*>> seen(4);
  std::vector<std::thread> threads;
  for (auto& out : seen) {
    threads.emplace_back([&r, &keys, &out] {
      for (const auto& key : keys) out.push_back(&r.re(key));
    });
  }
  for (auto& t : threads) t.join();
  for (size_t k = 0; k < keys.size(); ++k) {
    CHECK(seen[0][k]->ok());
    for (const auto& other : seen) CHECK(other[k] == seen[0][k]);  // compiled once
  }
}

TEST_CASE("an engine built on two threads extracts as expected, and again when built twice") {
  auto a = Engine::create({});
  auto b = Engine::create({});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  InputDoc doc;
  doc.id = "t";
  doc.bytes = "Halden Ropes signed a $5 million contract with the United Nations on Monday.";
  doc.published = "2020-08-07";
  Worker wa, wb;
  const Analysis x = a.value()->run(doc, wa), y = b.value()->run(doc, wb);
  CHECK(x.extraction.money.size() == 1);
  CHECK(x.extraction.dates.size() == 1);
  CHECK(x.extraction.entities.size() == y.extraction.entities.size());
  CHECK(x.extraction.money.size() == y.extraction.money.size());
  CHECK(x.extraction.dates.size() == y.extraction.dates.size());
}

TEST_CASE("the quote rules left to first use pass the checks a --patterns directory gets at start-up") {
  std::vector<PatternFile> files = embedded_pattern_files();
  for (auto& f : files) f.origin = "test";  // not the built-in set: every quote rule is built now
  auto rules = Ruleset::from_files(files);
  REQUIRE(rules.ok());
  CHECK_NOTHROW(QuoteExtractor{*rules.value()});
}

TEST_CASE("a quote rule built on first use by two threads at once gives both the same speaker") {
  auto engine = Engine::create({});
  REQUIRE(engine.ok());
  InputDoc doc;
  doc.id = "t";
  // A transcript label inside the quote: read by a rule built on its first use.
  doc.bytes = "\"VOSS: We are ready for the storm,\" the transcript of the meeting reads.";
  doc.published = "2020-08-07";
  std::vector<Analysis> results(2);
  std::vector<std::thread> threads;
  for (auto& out : results) {
    threads.emplace_back([&engine, &doc, &out] {
      Worker w;
      out = engine.value()->run(doc, w);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) {
    REQUIRE(r.extraction.quotes.size() == 1);
    CHECK(r.extraction.quotes[0].speaker_text == "VOSS");
  }
}

}  // namespace
}  // namespace newsclaim
