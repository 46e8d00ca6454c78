// Money stage: monetary amounts (value, currency and its basis, ranges, approximations, rates),
// quantities and percentages. Number cores come from NumberScanner (money_scan.hpp); this
// stage joins ranges and pairs (money_pairs.cpp), reads bounds and rates around amounts and
// decides bare dollars/francs (money_resolve.cpp).
#pragma once
#include <memory>
#include <string>
#include <unordered_map>

#include "extract/context.hpp"
#include "extract/money_context.hpp"
#include "extract/money_currency.hpp"
#include "extract/money_percent.hpp"
#include "extract/money_quantity.hpp"
#include "extract/money_scan.hpp"

namespace newsclaim {

class Ruleset;

class MoneyExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit MoneyExtractor(const Ruleset& rules);
  // The same around a currency table built already from rules' money.currencies (the pipeline
  // builds it as a start-up task of its own: it is most of this stage's start-up cost).
  MoneyExtractor(const Ruleset& rules, CurrencyTable currencies);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  bool join_subunit(std::string_view text, const NumberCore& a, const NumberCore& b, Money& out) const;
  bool join_range(std::string_view text, const NumberCore& a, const NumberCore& b, Money& out) const;
  Money single(const NumberCore& core) const;
  bool moves_to_level(std::string_view text, const NumberCore& a, double lo, double hi,
                      const NumberCore& b) const;
  void carry_to_level(std::string_view text, const NumberCore& a, NumberCore& b) const;
  bool compared_with(std::string_view text, Span first, const NumberCore& b, bool chained) const;
  void carry_to_compared(std::string_view text, const NumberCore& a, NumberCore& b) const;
  void carry_to_money_noun(std::string_view text, const NumberCore* last, NumberCore& b) const;
  bool add_compared_quantity(std::string_view text, const NumberCore& b, bool chained, Extraction& out) const;
  bool shares_next_unit(std::string_view text, const NumberCore& a, const NumberCore& b) const;
  Money first_of_pair(std::string_view text, const NumberCore& a, const NumberCore& b) const;
  bool add_first_percentage(std::string_view text, const NumberCore& a, const NumberCore& b,
                            Extraction& out) const;
  void add_approx(std::string_view text, Span amount, Money& m) const;
  void add_approx_after(std::string_view text, Span amount, Money& m) const;
  void add_rate(std::string_view text, Money& m) const;
  // m.per from a rate unit of money/rates.tsv; false when unit is none.
  bool set_per(re2::StringPiece unit, Money& m) const;
  bool is_exchange_rate(std::string_view text, const NumberCore& core) const;
  void resolve_bare(const Context& ctx, std::vector<Money>& money, const std::vector<std::string>& pending,
                    const std::vector<bool>& cents) const;
  void date_currencies(const Context& ctx, std::vector<Money>& money) const;
  // "more than $150m (£80m)", "less than $10m (£5.29m; 7.6m euros)": a conversion in brackets
  // restates the amount before it, bound and all.
  static void bound_conversions(std::string_view text, std::vector<Money>& money);
  void mark_table_rows(std::string_view text, std::vector<NumberCore>& cores) const;
  size_t percent_after(std::string_view text, const NumberCore& core, bool* points) const;
  bool is_percentage(std::string_view text, const NumberCore& core) const;
  bool add_percentage(std::string_view text, const NumberCore& core, Extraction& out) const;

  CurrencyTable currencies_;
  CurrencyHistory history_;
  NumberScanner scanner_;
  CurrencyContext context_;
  QuantityFinder quantities_;
  FractionPercents fraction_percents_;
  const RE2& approx_;
  const RE2& approx_after_;
  const RE2& exchange_rate_;
  const RE2& rate_;
  const RE2& rate_word_;
  const RE2& range_connector_;
  const RE2& range_opener_;
  const RE2& range_from_;            // "ranging from 10 to 14 dlrs": "from" opens a range
  const RE2& change_before_;         // "fell 12 cents to 3.40 dlrs": a price move, then the new level
  const RE2& move_by_;               // "rose by 834 mln francs to 24.79 billion": the same
  const LazyRE2& compared_gap_;      // "73.97 billion dlrs from 55.6 billion": compiled on first use
  const LazyRE2& money_noun_after_;  // "7.2 mln in contracts": the same
  const RE2& percent_;
  const LazyRE2& table_row_;  // results tables (one document in ~10): both compiled on first use
  const LazyRE2& table_label_;
  std::unordered_map<std::string, std::string> rates_;  // rate word -> per
};

}  // namespace newsclaim
