// The dates stage's vocabulary: words of temporal expressions (patterns/dates/words.tsv) and a
// tokenizer that turns a matched expression into the facts the resolver composes.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsclaim {

class Gazetteer;

// What one word can mean; a word may carry several meanings ("second": unit and ordinal).
struct WordInfo {
  int month = 0, weekday = 0, ordinal = 0;
  std::optional<long> number;   // set for number words; -1 means unspecified ("several")
  std::optional<int> relation;  // this 0, last -1, next +1
  std::string season, part, unit, zone, mod, ref, set, holiday;
  bool plural_unit = false, approx = false;
  bool level = false;  // a measured level ("unemployment"): "the mid-30s" after it is no decade
};

class DateLexicon {
 public:
  explicit DateLexicon(const Gazetteer& words);
  // Meaning of a lower-case word or phrase; nullptr when unknown.
  const WordInfo* find(std::string_view word) const;
  // Unique per lexicon built in the process (a copy keeps it: same words): keys what a thread
  // remembers of texts read with it.
  uint64_t serial() const { return serial_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordInfo, Hash, std::equal_to<>> words_;
  uint64_t serial_;
};

// Lower-case tokens of an expression: words and numbers split at spaces, hyphens, commas,
// slashes and brackets; a trailing '.' dropped ("aug." -> "aug"), "a.m."/"p.m." kept as
// "am"/"pm", a possessive "'s" dropped, a leading apostrophe dropped ("'90s" -> "90s").
std::vector<std::string> date_tokens(std::string_view text);

// The number a token spells ("18", "three", "twenty-five" comes as "twenty","five"): nullopt
// when it is not a number; -1 for unspecified amounts ("several", "few").
std::optional<long> token_number(const DateLexicon& lex, std::string_view token);

}  // namespace newsclaim
