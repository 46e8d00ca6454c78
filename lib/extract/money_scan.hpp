// First pass of the money stage: every number core of the text ("6.8 million", "twelve",
// "1.2bn") with the currency written right before or after it ("$", "C$", "EUR", "dlrs",
// "cts"; read in money_scan_currency.cpp). Later passes (money.cpp) join ranges, add bounds and
// rates, and turn the cores without a currency into percentages and quantities.
#pragma once
#include <re2/re2.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/span.hpp"
#include "extract/money_currency.hpp"
#include "extract/money_starts.hpp"
#include "patterns/lazy_re2.hpp"
#include "patterns/phrase_gate.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

class Ruleset;

struct NumberCore {
  Span span;                               // the amount as written, currency included
  Span number;                             // the number and its magnitude only
  double value = 0;                        // in currency units when currency is set
  bool magnitude = false;                  // a magnitude word scaled the number
  const CurrencyForm* currency = nullptr;  // nullptr: a bare number
  bool currency_after = false;             // the currency follows the number ("5 dlrs")
  std::string_view attached;               // letters glued to the digits and not a currency ("km")
  bool joined = false;                     // glued to a following "-5", "/7", ":30"
  bool per_share = false;                  // a figure of a "Shr" row of a results table
  bool article = false;                    // "a" counting one unit: "a dollar", "a grand"
  bool carried = false;                    // the currency is the results table's, not written here
};

class NumberScanner {
 public:
  // Reads the rules money.number, money.unit_end, money.percent and money.weight_*; rules and
  // currencies outlive the scanner.
  NumberScanner(const Ruleset& rules, const CurrencyTable& currencies);
  // All cores of text in order. Cores that are parts of codes or names ("G7", "COVID-19",
  // "A380") are left out. Never fails.
  std::vector<NumberCore> scan(std::string_view text) const;

 private:
  // The leftmost match of money.number at or after pos, as an unanchored search finds it.
  bool next_match(std::string_view text, size_t pos, re2::StringPiece& m) const;
  bool read_core(std::string_view text, size_t floor, size_t begin, size_t end, NumberCore& core) const;
  bool attach_prefix(std::string_view text, size_t floor, NumberCore& core) const;
  void attach_suffix(std::string_view text, NumberCore& core) const;
  void extend_magnitude(std::string_view text, NumberCore& core) const;
  void read_magnitude_typo(std::string_view text, NumberCore& core) const;
  void attach_fraction(std::string_view text, NumberCore& core) const;
  void read_bare_fraction(std::string_view text, NumberCore& core) const;
  void take_fraction(std::string_view text, NumberCore& core, size_t end, double value) const;
  // Whether "the " ends text before pos ("the 100 million mark").
  static bool after_the(std::string_view text, size_t pos);
  // "lost 50 pounds", "40 pounds of cocaine": the pound of the word at [q, e) is a weight.
  bool pound_is_weight(std::string_view text, const NumberCore& core, size_t q, size_t e) const;
  // "10 grand", "a dollar": whether no noun follows the unit ending at e (rule money.unit_end).
  bool ends_unit(std::string_view text, size_t e) const;

  const RE2& number_;
  std::optional<OpeningScan> openings_;  // where a number can open (its gate); none: search all
  // The finer gate for the words openings_ lets through ("a", "for", "this": "a few", "four",
  // "thirty"); none when it cannot be derived.
  std::optional<PhraseGate> phrases_;
  // The rules few documents reach (a "grand", a pound sterling or weight) compile on first use.
  const LazyRE2& unit_end_;       // what may follow "grand" or "a dollar": " a day", ","
  const RE2& percent_;            // starts right after a number: "%", " pct"
  const LazyRE2& weight_before_;  // ends right before the number: "weighed", "lost"
  const LazyRE2& weight_after_;   // starts right after the unit: " of cocaine", " per square inch"
  const LazyRE2& pound_money_of_;  // " of public spending": what makes "pounds of" money
  const CurrencyTable& currencies_;
  // "bilion" -> 1e9, "mlnm" -> 1e6: magnitudes as wire copy misspells them.
  std::unordered_map<std::string, double, AsciiFoldHash, AsciiFoldEqual> magnitude_typos_;
};

}  // namespace newsclaim
