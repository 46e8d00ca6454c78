// The money stage's number scan tries its regex only where the rule's StartGate lets a number
// open (OpeningScan, eight bytes at a time). These tests hold the fast scan to its definition
// byte by byte, and the gated stage to the ungated one (a money.number the gate cannot model).
#include "extract/money_starts.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>

#include "patterns/ruleset.hpp"
#include "patterns/start_gate.hpp"
#include "test_support.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

// The definition: a position opens when the gate holds its key and it is a digit, or a letter
// at a word start (anywhere in a word when the gate allows it).
bool opens(const StartGate& gate, std::string_view t, size_t p) {
  if (!is_ascii_alnum(t[p]) || !gate.may_start(t, p)) return false;
  const bool digit = t[p] >= '0' && t[p] <= '9';
  return digit || gate.letters_in_words() || p == 0 || !is_ascii_word_byte(t[p - 1]);
}

// Every position the scan returns from every start, against the byte-by-byte definition.
void check_scan(const StartGate& gate, const std::string& text) {
  const OpeningScan scan(gate);
  size_t expected = text.size();
  for (size_t pos = text.size(); pos-- > 0;) {
    if (opens(gate, text, pos)) expected = pos;
    REQUIRE_MESSAGE(scan.next(text, pos) == expected, "from " << pos << " in: " << text);
  }
}

std::string random_text(std::mt19937& rng, size_t size) {
  static const std::string kPieces[] = {"a ",   "an ",  "one",  "twenty", "half ", "million", "m",  "bn",
                                        "2020", "1,5",  "G7",   "x_9",    "_",     " ",       "-",  ".",
                                        "é",    "\n",   "Five", "oNE",    "$",     "dozen",   "ten", "often"};
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::string t;
  while (t.size() < size) t += kPieces[pick(rng)];
  return t;
}

std::string embedded(const std::string& path) {
  for (const PatternFile& f : embedded_pattern_files())
    if (f.path == path) return f.content;
  return {};
}

}  // namespace

TEST_CASE("the eight-byte scan returns exactly the positions the gate opens") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const auto number = StartGate::of(rules.value()->pattern("money.number"));
  REQUIRE(number.has_value());
  CHECK_FALSE(number->letters_in_words());  // number words need a word start

  check_scan(*number, "In 2020 the G7 paid $1.2bn, twenty-five firms took a million and often ten.");
  check_scan(*number, "");
  check_scan(*number, "7");
  std::mt19937 rng(7);
  for (int i = 0; i < 40; ++i) check_scan(*number, random_text(rng, 1 + static_cast<size_t>(i) * 5));

  // A gate whose letters may open inside words is scanned at every letter of its keys.
  const auto inside = StartGate::of("ten|\\d+");
  REQUIRE(inside.has_value());
  CHECK(inside->letters_in_words());
  check_scan(*inside, "often 10 tenths x10");
  for (int i = 0; i < 20; ++i) check_scan(*inside, random_text(rng, 3 + static_cast<size_t>(i) * 7));
}

TEST_CASE("a number rule the gate cannot model is searched whole, with the same results") {
  // An override of amounts.re2 whose number rule opens with \p{Greek}{0} (an empty match the
  // gate does not model): the same strings, no gate.
  std::string amounts = embedded("money/amounts.re2");
  const std::string anchor = "\nnumber: ";
  const size_t at = amounts.find(anchor);
  REQUIRE(at != std::string::npos);
  amounts.insert(at + anchor.size(), "\\p{Greek}{0}");
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("newsclaim-money-gate-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "money");
  std::ofstream(dir / "money" / "amounts.re2", std::ios::binary) << amounts;
  EngineOptions options;
  options.patterns_dir = dir.string();
  auto ungated = Engine::create(options);
  auto overridden = Ruleset::load(dir.string());
  std::filesystem::remove_all(dir);
  REQUIRE(overridden.ok());
  CHECK_FALSE(StartGate::of(overridden.value()->pattern("money.number")).has_value());
  REQUIRE(ungated.ok());

  const std::string text =
      "The G7 pledged $1.2bn in 2020 and twenty-five million euros later; about half a billion "
      "dollars went to 170 embassies, up 12% from a year ago. Shares rose 3pc to 45 cents, and "
      "between $5 million and $7 million a year was paid to forty-two staff. x_9 units cost 5k.";
  const Analysis a = test::analyze(text, "2021-03-05");
  const Analysis b = test::analyze(text, "2021-03-05", ungated.value().get());
  REQUIRE(a.extraction.money.size() == b.extraction.money.size());
  CHECK(a.extraction.money.size() >= 5);
  for (size_t i = 0; i < a.extraction.money.size(); ++i) {
    CHECK(a.extraction.money[i].span == b.extraction.money[i].span);
    CHECK(a.extraction.money[i].value == b.extraction.money[i].value);
  }
  REQUIRE(a.extraction.quantities.size() == b.extraction.quantities.size());
  for (size_t i = 0; i < a.extraction.quantities.size(); ++i)
    CHECK(a.extraction.quantities[i].span == b.extraction.quantities[i].span);
  REQUIRE(a.extraction.percentages.size() == b.extraction.percentages.size());
  CHECK(a.extraction.percentages.size() >= 2);
}

}  // namespace newsclaim
