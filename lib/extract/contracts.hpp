// Contracts stage: contract awards (supplier, buyer, value, date, count, subject) linked to claims.
// A claim whose sentence holds an award cue and a deal noun (patterns/contracts/awards.re2)
// yields one contract; role rules with named groups fill its fields.
#pragma once
#include <re2/re2.h>

#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/claims_source_filter.hpp"
#include "extract/context.hpp"
#include "extract/links.hpp"
#include "patterns/lazy_re2.hpp"

namespace newsclaim {

class Ruleset;

class ContractExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit ContractExtractor(const Ruleset& rules);
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  // One role rule and the positions of the named groups it has.
  struct RoleRule {
    const RE2* re;
    std::vector<std::pair<std::string, int>> groups;  // ("supplier", 1), ...
  };
  // Group name -> span of the first role rule filling it, within sentence.
  using Roles = std::unordered_map<std::string, Span>;

  bool reports_award(std::string_view text, Span sentence, const std::vector<Money>& money) const;
  bool names_a_deal(std::string_view text, Span sentence, const std::vector<Span>& deals) const;
  std::vector<Span> award_clauses(std::string_view text, Span sentence,
                                  const std::vector<Money>& money) const;
  void add_award(const Context& ctx, Span clause, size_t claim, const MentionIndex& mentions,
                 Extraction& out) const;
  Span trim_subject(std::string_view text, Span subject) const;
  Roles find_roles(std::string_view text, Span sentence, const Extraction& out) const;
  bool usable_subject(std::string_view text, Span subject, const Extraction& out) const;
  bool takeover(std::string_view text, Span subject, const Extraction& out) const;
  bool opens_with_price(std::string_view text, const std::vector<Money>& money, Span subject) const;
  static void drop_restated(Extraction& out);
  void fill_parties(std::string_view text, const Roles& roles, const Extraction& out, const MentionIndex& mentions,
                    const Contract* previous, Contract& c) const;
  void fill_value_and_date(std::string_view text, Span sentence, const std::vector<Span>& deals, const Extraction& out,
                           Contract& c) const;
  std::optional<int> count_value(std::string_view word) const;

  // The cue and role rules, compiled on first use: most documents report no award, and the
  // role rules' name parts are large (a tenth of the start-up otherwise).
  struct AwardRules {
    std::vector<const RE2*> cues;
    std::vector<RoleRule> roles;
    std::vector<SourceFilter> role_filters;  // role_filters[i]: whether roles[i] can match a sentence
  };
  const AwardRules& award_rules() const;
  // Literal gates of deal_noun (index 0) and the cue rules (1 + i): most claim sentences hold
  // no deal word and skip every regex run.
  const std::vector<SourceFilter>& cue_filters() const;

  const Ruleset& rules_;
  std::vector<std::string> cue_keys_, role_keys_;
  mutable std::once_flag award_once_;
  mutable AwardRules award_;
  mutable std::once_flag cue_filters_once_;
  mutable std::vector<SourceFilter> cue_filters_;
  const RE2& deal_noun_;
  // Read only in award sentences (few documents have one): compiled on first use, as the
  // award rules are.
  const LazyRE2& value_hedge_;
  const LazyRE2& subject_units_;  // amount words a subject took from before it ("mln dlr")
  const LazyRE2& company_noun_;   // a party's kind that names no one ("company", "firm")
  const LazyRE2& takeover_;       // a purchase of part of a company ("buy a 26% stake in")
  const LazyRE2& price_hedge_;    // the money stage's hedge before an amount ("about", "more than")
  const LazyRE2& not_deal_;       // "restraining order", "Golden Globe award": no procurement
  std::unordered_map<std::string, int> count_words_;
  std::unordered_set<std::string> unit_rates_;  // the money.rates "per" values that are no period
};

}  // namespace newsclaim
