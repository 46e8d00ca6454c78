// Which dollar a bare "$" or "dollars" means in one document: an explicit "C$"/"Canadian
// dollars" elsewhere in it, else the country its dateline and mentions point to
// (patterns/money/dollar_countries.tsv). Never guesses: no evidence gives an empty answer.
#pragma once
#include <re2/re2.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/extraction.hpp"

namespace newsclaim {

class Gazetteer;
class CurrencyTable;

class DollarContext {
 public:
  // cues: rows "cue<TAB>ISO code"; dateline: the rule money.dateline.
  DollarContext(const Gazetteer& cues, const RE2& dateline, const CurrencyTable& currencies);
  // The ISO code of the document's dollar, or "" when the text does not decide it.
  // explicit_money: the document's amounts whose currency was written out.
  std::string decide(std::string_view text, const std::vector<Money>& explicit_money) const;

 private:
  void count_cues(std::string_view text, std::unordered_map<std::string, int>& weight) const;
  void count_dateline(std::string_view text, std::unordered_map<std::string, int>& weight) const;

  std::unordered_map<std::string, std::string> cue_currency_;  // lower-cased cue -> code
  std::unordered_set<std::string> phrase_starts_;              // first words of phrase cues
  int max_cue_words_ = 1;
  const RE2& dateline_;
  const CurrencyTable& currencies_;
};

}  // namespace newsclaim
