// Which currency a bare name means in one document ("$" and "dollars", "francs", "pesos"): an
// explicit "C$"/"Canadian dollars" elsewhere in it, else the country its dateline and mentions
// point to (patterns/money/currency_countries.tsv). Never guesses: no evidence gives "".
#pragma once
#include <re2/re2.h>

#include <array>
#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/extraction.hpp"
#include "extract/money_currency.hpp"

namespace newsclaim {

class Gazetteer;

// "$5.6 million (C$7.5 million)", "7.5bn yen ($71.5m)": amount converts the amount before it,
// in parentheses right after it. A conversion names the other currency, so it is no evidence
// for the one before it.
bool is_conversion(std::string_view text, Span before, Span amount);

class CurrencyContext {
 public:
  // cues: rows "cue<TAB>ISO code"; dateline, dateline_title: the rules money.dateline (a city
  // in capitals) and money.dateline_title (in Title Case, its date after it).
  CurrencyContext(const Gazetteer& cues, const RE2& dateline, const RE2& dateline_title,
                  const CurrencyTable& currencies);
  // The ISO code of the document's currency of family ("dollar", "franc"), or "" when the text
  // does not decide it. money: the document's amounts (those with a currency are evidence).
  std::string decide(std::string_view text, const std::vector<Money>& money, const std::string& family) const;
  // Whether the document's dateline ("SYDNEY, March 3 -") places it where code is the currency.
  bool dateline_in(std::string_view text, const std::string& code) const;
  // The currency of bare cents in a story about a country whose currency has cents but is no
  // dollar (family "cent" in currency_families.tsv: ZAR, MYR ...): the one such code the story
  // writes ("373.3 mln rand"), else its dateline's ("JOHANNESBURG, March 12 -"); "" otherwise.
  std::string cents_currency(std::string_view text, const std::vector<Money>& money) const;

 private:
  void count_cues(std::string_view text, std::unordered_map<std::string, int>& weight) const;
  void count_dateline(std::string_view text, std::unordered_map<std::string, int>& weight) const;
  bool leads_beyond_dateline(const std::unordered_map<std::string, int>& weight,
                             const std::string& family) const;

  std::unordered_map<std::string, std::string> cue_currency_;  // lower-cased cue -> code
  struct CueWord {
    const std::string* code = nullptr;  // the code of the one-word cue, if the word is one
    bool starts_phrase = false;         // the first word of a phrase cue ("new", "hong")
  };
  CurrencyKeyMap<CueWord> words_;  // lower-cased words, looked up in any case
  CurrencyKeyFilter words_filter_;  // of the keys of words_
  // Per first letter a-z of a key of words_: its second bytes, bit kOneLetter for a one-letter key.
  static constexpr unsigned kOneLetter = 256;
  std::array<std::bitset<257>, 26> word_openings_{};
  bool may_open_cue_word(std::string_view capitalized_word) const;
  int max_cue_words_ = 1;
  const RE2& dateline_;
  const RE2& dateline_title_;
  const CurrencyTable& currencies_;
};

}  // namespace newsclaim
