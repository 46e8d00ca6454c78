// Entities stage, internal: the words of one capitalized run (names.re2) and the cuts made on
// them before a run becomes mentions: possessives, "-based" suffixes, sentence-final periods.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/entities_lexicon.hpp"

namespace newsclaim {

struct Token {
  uint32_t begin = 0, end = 0;  // norm() bytes
  bool connector = false;       // "of", "van", "&"
  bool break_after = false;     // a possessive, "-based" or a final period ends the name here
  bool place_hint = false;      // "Beijing-based"
  bool possessive = false;      // an "'s" was cut off the end
  bool drop = false;            // not part of any name (a sentence-initial "However")
  bool sentence_start = false;  // first word of a sentence: its capital says nothing
  const WordFacts* facts = nullptr;  // lex.facts(word), looked up once; nullptr when no list has it
};

// Words of norm()[begin, end) split on spaces, each trimmed by trim_token.
void tokenize_run(std::string_view text, uint32_t begin, uint32_t end, const Lexicon& lex,
                  std::vector<Token>& out);

// True for a particle that stays inside a person's name ("van", "bin", "de").
bool name_particle(std::string_view w);

inline std::string_view word(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

}  // namespace newsclaim
