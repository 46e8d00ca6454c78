// Dates stage: with the embedded rules the combined pattern compiles on the first word start
// that may open a date, not at start-up (a --patterns directory still compiles it at once, so
// its errors show there). Both must find the same dates, also when several threads reach the
// first date at the same moment, and a document with no date-like word must still work.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "pipeline.hpp"

namespace newsclaim {
namespace {

const std::vector<std::string> kSentences = {
    "The council met on Monday, March 3, 2014, and again two weeks later.",
    "Shares rose 5% in the third quarter of 1998 from a year earlier.",
    "The hearing was set for 10:30 a.m. on 15.07.2020, the clerk said.",
    "Since the 1990s the plant has run every night until midnight.",
    "No figure here names any time at all.",
    "",
    "She will retire next year, after 30 years at the bank, by Dec. 31.",
};

// A text of words picked at random, many of them date-like.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> words = {"on", "May", "3",     "1987", "last",   "week", "the",
                                                 "at", "5",   "p.m.",  "ago",  "Friday", "bank", "rose",
                                                 ",",  "in",  "March", "2020", "mid-",   "day",  "12/4"};
  std::string text;
  for (int i = 0, n = static_cast<int>(rng() % 20); i < n; ++i) text += words[rng() % words.size()] + " ";
  return text;
}

std::string dates_of(const Engine& engine, const std::string& text) {
  InputDoc doc;
  doc.id = "t";
  doc.bytes = text;
  doc.published = "2020-08-07";
  Worker w;
  std::string out;
  for (const DateItem& d : engine.run(doc, w).extraction.dates)
    out +=
        std::to_string(d.span.begin) + "-" + std::to_string(d.span.end) + " " + d.value + " " + d.mod + ";";
  return out;
}

std::vector<std::string> texts() {
  std::vector<std::string> all = kSentences;
  std::mt19937 rng(11);
  for (int i = 0; i < 300; ++i) all.push_back(random_text(rng));
  return all;
}

}  // namespace

TEST_CASE("the combined dates pattern built on first use finds what one built at start-up finds") {
  const auto dir = std::filesystem::temp_directory_path() / "newsclaim_dates_lazy_test";
  std::filesystem::create_directories(dir);  // an empty override: every rule compiled at once
  EngineOptions eager_options;
  eager_options.patterns_dir = dir.string();
  auto eager = Engine::create(eager_options);
  auto lazy = Engine::create({});
  REQUIRE(eager.ok());
  REQUIRE(lazy.ok());
  CHECK(dates_of(*lazy.value(), "").empty());  // nothing built yet: no date, no failure
  CHECK(dates_of(*lazy.value(), "Monday").size() > 0);
  for (const std::string& text : texts())
    CHECK_MESSAGE(dates_of(*lazy.value(), text) == dates_of(*eager.value(), text), text);
  std::filesystem::remove(dir);
}

TEST_CASE("threads meeting their first date at once all find the dates") {
  auto reference = Engine::create({});
  REQUIRE(reference.ok());
  std::vector<std::string> expected;
  for (const std::string& text : kSentences) expected.push_back(dates_of(*reference.value(), text));
  auto engine = Engine::create({});  // fresh: nothing compiled
  REQUIRE(engine.ok());
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (auto& out : got) {
    threads.emplace_back([&engine, &out] {
      for (const std::string& text : kSentences) out.push_back(dates_of(*engine.value(), text));
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == expected);
}

}  // namespace newsclaim
