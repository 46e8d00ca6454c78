// Dates stage: TextMemo, the flat per-thread table the stage names and reads its expressions
// through, must answer as the node-based map it replaced: the value made for a text the first
// time, across many texts (the table doubling as it fills), the empty text, a full table
// starting afresh and a change of owner.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/text_memo.hpp"

using namespace newsclaim;

namespace {

// A text of a few words and numbers, as date expressions are ("March 3", "the 1990s").
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> words = {"march", "3",   "the", "last", "year", "1990s", "a",
                                                 "week",  "ago", "",    " ",    "Q3",   "since", "31st"};
  std::string text;
  const int n = static_cast<int>(rng() % 4);
  for (int i = 0; i < n; ++i) {
    if (i) text += ' ';
    text += words[rng() % words.size()];
  }
  return text;
}

}  // namespace

TEST_CASE("TextMemo gives the value first made for each text, as a map would") {
  std::mt19937 rng(7);
  for (const size_t limit : {1, 2, 5, 64, 1000}) {
    TextMemo<std::string> memo(limit);
    std::unordered_map<std::string, std::string> reference;  // forgotten when the memo starts afresh
    int made = 0;
    for (int i = 0; i < 20000; ++i) {
      const std::string text = random_text(rng);
      bool called = false;
      const std::string& got = memo.get(1, text, [&] {
        called = true;
        return "value " + std::to_string(++made);
      });
      if (const auto it = reference.find(text); it != reference.end()) {
        CHECK_MESSAGE(!called, text);
        CHECK(got == it->second);
      } else {
        CHECK_MESSAGE(called, text);
        if (reference.size() >= limit) reference.clear();
        reference.emplace(text, got);
      }
      CHECK(memo.size() == reference.size());
    }
  }
}

TEST_CASE("TextMemo tells apart many distinct texts as its table grows") {
  TextMemo<int> memo(50000);
  for (int i = 0; i < 40000; ++i) {
    CHECK(memo.get(1, std::to_string(i) + "th", [&] { return i; }) == i);
    if (i % 997 == 0)  // every text so far is still there after each doubling
      for (int j = 0; j <= i; j += 31) CHECK(memo.get(1, std::to_string(j) + "th", [] { return -1; }) == j);
  }
  for (int i = 0; i < 40000; ++i) CHECK(memo.get(1, std::to_string(i) + "th", [] { return -1; }) == i);
  CHECK(memo.size() == 40000);
  CHECK(memo.get(1, "", [] { return 7; }) == 7);
  CHECK(memo.get(1, "", [] { return 8; }) == 7);
}

TEST_CASE("TextMemo starts afresh for another owner") {
  TextMemo<int> memo(10);
  CHECK(memo.get(1, "march 3", [] { return 1; }) == 1);
  CHECK(memo.get(2, "march 3", [] { return 2; }) == 2);
  CHECK(memo.size() == 1);
  CHECK(memo.get(1, "march 3", [] { return 3; }) == 3);
}
