// Quantities for the money stage: a count or measure with its unit noun ("170 Canadian
// embassies" -> 170 "embassy", "30 km", "millions of Europeans"), the unit as a singular lemma.
#pragma once
#include <re2/re2.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/extraction.hpp"
#include "extract/money_currency.hpp"
#include "extract/money_scan.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

class Ruleset;

// "one in five loans": where a ratio's numerator begins, and its two numbers (1 and 5).
struct Ratio {
  uint32_t begin = 0;
  double numerator = 0, denominator = 0;
};

// The ratio whose denominator is the number core ("five" of "one in five", "10" of "two out of
// 10"), or nullopt.
std::optional<Ratio> ratio_before(std::string_view text, const NumberCore& denominator);

class QuantityFinder {
 public:
  // Reads money.units, money.plurals, money.noun_stops and the rules money.vague and
  // money.label_before.
  explicit QuantityFinder(const Ruleset& rules);
  // The quantity a bare number core starts, or nullopt (years, "one of", no noun).
  std::optional<Quantity> at(std::string_view text, const NumberCore& core) const;
  // Appends "millions of Europeans"-style quantities to out.
  void find_vague(std::string_view text, std::vector<Quantity>& out) const;

 private:
  // The counted noun after pos: its singular and the end of the phrase; nullopt when none.
  std::optional<std::pair<std::string, size_t>> noun_after(std::string_view text, size_t pos) const;
  std::string singular(std::string_view word) const;
  // Strips the plural ending of word; w is word lower-cased.
  std::string singular_form(std::string_view word, std::string_view w) const;
  bool is_plural(std::string_view word) const;
  std::optional<std::pair<std::string, size_t>> hyphenated_unit(std::string_view text, size_t pos) const;
  // The unit a listed phrase of up to three words names whose first word is [b, e) ("square
  // feet", "degrees Celsius", "miles per hour", "km/h"), the longest, and its end; else the unit
  // the word alone names; nullopt when neither is listed.
  std::optional<std::pair<std::string, size_t>> unit_phrase(std::string_view text, size_t b, size_t e) const;
  // "40C", "-5 °C", "98.6°F": a temperature's unit glued to the number or after a degree sign;
  // the unit and where it ends, or nullopt.
  static std::optional<std::pair<std::string, size_t>> temperature_unit(std::string_view text,
                                                                        const NumberCore& core);
  std::optional<Quantity> counted(std::string_view text, const NumberCore& core) const;
  static bool name_goes_on(std::string_view text, size_t begin, size_t end);
  // Whether word may be a key of units_, plurals_ or stops_ (any case): a bit test answers
  // most words after a number, which are in none of them, without reading their buckets.
  bool may_be_listed(std::string_view word) const { return listed_.may_hold(word); }
  // The unit a word of units_ names ("kms" -> "km"), any case; nullptr when none.
  const std::string* unit_of(std::string_view word) const {
    if (!may_be_listed(word)) return nullptr;
    const auto it = units_.find(word);
    return it == units_.end() ? nullptr : &it->second;
  }

  // Keys lower-cased; looked up in any case (the words as written).
  std::unordered_map<std::string, std::string, AsciiFoldHash, AsciiFoldEqual> units_, plurals_;
  std::unordered_set<std::string, AsciiFoldHash, AsciiFoldEqual> stops_;
  // First words of the units of more than one word ("square", "degrees", "km").
  std::unordered_set<std::string, AsciiFoldHash, AsciiFoldEqual> phrase_heads_;
  // Of the keys of the three tables. Its hash reads a word without whitespace as the tables'
  // equality does (ASCII lower-cased), so words equal to a key always pass.
  CurrencyKeyFilter listed_;
  const RE2& vague_;
  const RE2& label_before_;  // "Chapter 11 bankruptcy proceedings": the number is a name
};

}  // namespace newsclaim
