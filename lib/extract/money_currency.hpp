// Currency forms for the money stage: every way an amount's currency is written ("EUR", "€",
// "C$", "Canadian dollars", "dlrs", "stg", "cts"), from ICU's English currency data plus the
// news/wire forms of patterns/money/currencies.tsv. Built once, read-only, hash lookups only.
#pragma once
#include <algorithm>
#include <bitset>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsclaim {

class Gazetteer;

// Hash and equality of currency keys that read any text as its key (currency_key below: ASCII
// lower-cased, whitespace runs as one space) without building it, so lookups allocate nothing.
struct CurrencyKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const;
};
struct CurrencyKeyEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const;
};
template <class V>
using CurrencyKeyMap = std::unordered_map<std::string, V, CurrencyKeyHash, CurrencyKeyEqual>;
using CurrencyKeySet = std::unordered_set<std::string, CurrencyKeyHash, CurrencyKeyEqual>;

// A one-hash Bloom filter over the keys of a table (8 KB): most words looked up are in no
// table, and a bit test answers them without reading the table's buckets and nodes, which
// miss the caches. False only for texts whose key was never added.
class CurrencyKeyFilter {
 public:
  void add(std::string_view key) { bits_.set(CurrencyKeyHash{}(key) & (kBits - 1)); }
  bool may_hold(std::string_view text) const { return bits_.test(CurrencyKeyHash{}(text) & (kBits - 1)); }

 private:
  static constexpr size_t kBits = size_t{1} << 16;
  std::bitset<kBits> bits_;
};

// What one written form says about an amount.
struct CurrencyForm {
  std::string code;    // ISO 4217; empty when only the family or nothing is known
  std::string family;  // a bare name ("$", "dollars", "cts", "francs"): "dollar", "franc"...;
                       // the document decides the country
  double scale = 1;    // multiply the number (cents: 0.01)
  bool before = true;  // may stand before the number ("EUR 20", "$5")
  bool after = true;   // may stand after it ("20 euros", "5 $")
  bool phrase_end = false;  // an English word too: money only where no noun follows it
                            // ("10 grand", never "two grand juries")
  bool after_magnitude = false;  // a verb too: money only after a magnitude ("5 billion won")
  std::string exact;   // when non-empty, the form must appear with exactly this case ("EUR")
};

// A number written with form in currency units ("57" with cents is 0.57). Divides by the
// inverse of a sub-unit's scale: 57 / 100 is exactly 0.57, 57 * 0.01 is not. A written decimal
// divided is snapped to billionths: 21.6 / 100 is 0.21600000000000003, "21.6 cents" is 0.216.
inline double in_currency_units(double number, const CurrencyForm& form) {
  if (form.scale >= 1) return number * form.scale;
  const double units = number / std::round(1 / form.scale);
  const double snapped = std::round(units * 1e9) / 1e9;
  return std::fabs(snapped - units) <= 1e-12 * std::max(1.0, std::fabs(units)) ? snapped : units;
}

class CurrencyTable {
 public:
  // ICU's ISO codes (and "M" + code: millions), English names and symbols, then the table
  // rows (which win on conflict).
  // families: more members of a family than ICU's names give ("crown": SEK, DKK, NOK ...).
  CurrencyTable(const Gazetteer& news_forms, const Gazetteer& families);
  // The form written as text (any case, runs of spaces as one), or nullptr. text is checked
  // against the form's exact case when it has one.
  const CurrencyForm* find(std::string_view text) const;
  // The ISO code written in any case ("mxn" in "mxn$ 15"), or nullptr.
  const CurrencyForm* find_code(std::string_view letters) const;
  // Whether an ISO code belongs to a family ("CAD" to "dollar", "CHF" to "franc"), by the last
  // word of its ICU English name or by the families table ("SEK" to "crown").
  bool in_family(const std::string& code, const std::string& family) const {
    const auto it = code_family_.find(code);
    return (it != code_family_.end() && it->second == family) || more_families_.count(family + ' ' + code) > 0;
  }
  // Cheap prefilters: whether some form starts / ends with this word (any case, trailing
  // punctuation ignored). Lets the scanner skip phrase lookups around most numbers.
  bool may_start(std::string_view word) const { return has_word(first_words_, first_filter_, word); }
  bool may_end(std::string_view word) const { return has_word(last_words_, last_filter_, word); }
  // Whether some form of two or more words starts with this word (same reading as may_start).
  bool may_start_phrase(std::string_view word) const {
    return has_word(phrase_first_words_, phrase_first_filter_, word);
  }
  // Longest number of words a form has (bounds the lookups around a number).
  int max_words() const { return max_words_; }

 private:
  void add_icu();
  void add(std::string_view text, CurrencyForm form);
  void add_row(const std::vector<std::string>& row);
  // Whether text is exact, a lower-case word of three letters or more, in capitals.
  static bool shouted(std::string_view text, std::string_view exact);

  CurrencyKeyMap<CurrencyForm> forms_;  // key: lower-cased, spaces collapsed
  static bool has_word(const CurrencyKeySet& words, const CurrencyKeyFilter& filter, std::string_view word);

  std::unordered_map<std::string, std::string> code_family_;  // ISO code -> "dollar", "franc"...
  std::unordered_set<std::string> more_families_;               // "crown SEK": from the families table
  CurrencyKeySet first_words_, last_words_, phrase_first_words_;  // lower-cased
  CurrencyKeyFilter forms_filter_, first_filter_, last_filter_, phrase_first_filter_;
  int max_words_ = 1;
};

// The code a currency had on a day: patterns/money/currency_history.tsv chains each code to the
// one its name had before ("VES" before 2018-08-20 "VEF", before 2008-01-01 "VEB"), so a 1987
// story's "bolivars" are VEB, not the bolivar of a million times their worth.
class CurrencyHistory {
 public:
  // rows "code<TAB>predecessor<TAB>since (YYYY-MM-DD)"; a row without three letters in capitals
  // in each code and a date in that form is skipped.
  explicit CurrencyHistory(const Gazetteer& history);
  // code as it was on day (YYYY-MM-DD); code itself when day is empty or no change came after it.
  std::string_view on(std::string_view code, std::string_view day) const;

 private:
  struct Change {
    std::string predecessor;
    std::string since;
  };
  std::unordered_map<std::string, Change> before_;  // code -> the change that made it
  std::string latest_;                              // the last day a change came (after it: none)
};

// Lower-cases ASCII and collapses whitespace into out (cleared first); the lookup key of a form.
void currency_key(std::string_view text, std::string& out);

}  // namespace newsclaim
