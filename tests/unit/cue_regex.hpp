// The regexes that CueLexicon's rows stand for ("\b(?:more\s+than|tax\w*)\b", case folded): the
// reference its tests hold the hash-based scan to.
#pragma once
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cue_lexicon.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim::test {

// The regex a row stands for, as the notation defines it.
inline std::string regex_of(std::string_view phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if (c == ' ')
      out += "\\s+";
    else if (c == '-')
      out += "-";
    else if (c == '*')
      out += (i == 0 || phrase[i - 1] == ' ' || phrase[i - 1] == '-') ? "\\w+" : "\\w*";
    else if (c == '+')
      out += "\\w+";
    else
      out += c;
  }
  return out;
}

// One regex per cue of cues (Latin-1, so that any byte string is searched as bytes).
inline std::vector<std::unique_ptr<RE2>> cue_regexes(const Gazetteer& rows,
                                                     const std::vector<std::string>& cues) {
  std::vector<std::string> alternatives(cues.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    const size_t cue =
        static_cast<size_t>(std::find(cues.begin(), cues.end(), rows.cell(r, 1)) - cues.begin());
    REQUIRE(cue < cues.size());
    if (!alternatives[cue].empty()) alternatives[cue] += '|';
    alternatives[cue] += regex_of(rows.cell(r, 0));
  }
  RE2::Options latin1;
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  std::vector<std::unique_ptr<RE2>> regexes;
  for (const std::string& a : alternatives) {
    regexes.push_back(
        std::make_unique<RE2>("(?i)\\b(?:" + (a.empty() ? std::string("$^") : a) + ")\\b", latin1));
    REQUIRE(regexes.back()->ok());
  }
  return regexes;
}

// Requires that bits (a lexicon's answer on text) hold exactly the cues whose regexes match text.
inline void require_regex_cues(uint64_t bits, const std::vector<std::unique_ptr<RE2>>& regexes,
                               const std::vector<std::string>& cues, const std::string& text) {
  for (size_t c = 0; c < cues.size(); ++c) {
    const bool want = RE2::PartialMatch(text, *regexes[c]);
    REQUIRE_MESSAGE(((bits >> c) & 1U) == (want ? 1U : 0U), cues[c] << " on: " << text);
  }
}

// The cues rows name, in order of first use.
inline std::vector<std::string> cue_names(const Gazetteer& rows) {
  std::vector<std::string> cues;
  for (size_t r = 0; r < rows.size(); ++r)
    if (std::find(cues.begin(), cues.end(), rows.cell(r, 1)) == cues.end())
      cues.emplace_back(rows.cell(r, 1));
  return cues;
}

}  // namespace newsclaim::test
