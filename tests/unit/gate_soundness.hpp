// Helpers for the scan-gate tests (StartGate, PhraseGate): building a gate from a pattern, and
// checking that a gate never refuses a word start where its regex matches, on the samples and
// on random texts.
#pragma once
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim::test {

template <class Gate>
Gate gate_of(const std::string& pattern) {
  auto g = Gate::of(pattern);
  REQUIRE_MESSAGE(g.has_value(), pattern);
  return *g;
}

template <class Gate>
bool opens(const Gate& g, std::string_view text) {
  return g.may_start(text, 0);
}

// Every word start where re matches anchored is let through by gate.
template <class Gate>
void check_sound(const RE2& re, const Gate& gate, const std::string& text) {
  for (size_t p = 0; p < text.size(); ++p) {
    if (!is_ascii_alnum(text[p]) || (p > 0 && is_ascii_word_byte(text[p - 1]))) continue;
    if (re.Match(text, p, text.size(), RE2::ANCHOR_START, nullptr, 0))
      REQUIRE_MESSAGE(gate.may_start(text, p), "refused a match at: " << text.substr(p, 30));
  }
}

// check_sound over every file of samples/, whole.
template <class Gate>
void check_sound_on_samples(const RE2& re, const Gate& gate) {
  const std::filesystem::path samples = std::filesystem::path(NEWSCLAIM_SOURCE_DIR) / "samples";
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    check_sound(re, gate, ss.str());
  }
}

// check_sound over `docs` random texts of 60 pieces each, mostly separated by a space.
template <class Gate>
void check_sound_on_random(const RE2& re, const Gate& gate, const std::vector<std::string>& pieces, unsigned seed,
                           int docs) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), space(0, 3);
  for (int doc = 0; doc < docs; ++doc) {
    std::string text;
    for (int i = 0; i < 60; ++i) text += pieces[pick(rng)] + (space(rng) ? " " : "");
    check_sound(re, gate, text);
  }
}

// The x_* families of the embedded dates patterns joined as the dates stage joins them.
inline std::string joined_dates_pattern(const Ruleset& rules) {
  std::string joined;
  for (const std::string& key : rules.keys_with_prefix("dates.x_"))
    joined += (joined.empty() ? "(?:" : "|(?:") + rules.pattern(key) + ")";
  return joined;
}

}  // namespace newsclaim::test
