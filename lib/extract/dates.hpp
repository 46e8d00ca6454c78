// Dates stage: temporal expressions normalized to TIMEX3 values, resolved against Settings::anchor.
// One leftmost-longest pattern joins the expression families of patterns/dates/expressions.re2
// (finding, dates_match.cpp); each match is read into facts and anchored (dates_resolve.cpp,
// dates_relative.cpp) in text order, so a bare "10 p.m." can lean on the day named before it.
#pragma once
#include <re2/re2.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/context.hpp"
#include "extract/dates_lexicon.hpp"
#include "patterns/lazy_re2.hpp"
#include "patterns/phrase_gate.hpp"
#include "patterns/start_gate.hpp"

namespace newsclaim {

class Ruleset;
struct DateCandidate;
enum class DateFamily;

class DateExtractor {
 public:
  // Builds everything derived from the rules once; throws std::logic_error on a missing rule.
  explicit DateExtractor(const Ruleset& rules);
  ~DateExtractor();
  // Appends this stage's items to out (in text order). Never fails.
  void run(const Context& ctx, Extraction& out) const;

 private:
  friend class LazyTense;  // asks is_future on first use
  // Candidate expressions of the document in text order (dates_match.cpp).
  std::vector<DateCandidate> find(const Context& ctx) const;
  // Names the match at [begin, end) and keeps it if it is a date; returns where the search goes
  // on (end, or less when a clock time next to a part of day was cut short).
  size_t name_and_keep(const Context& ctx, std::string_view match, size_t begin, size_t end,
                       std::vector<DateCandidate>& out) const;
  // Start of the leftmost-longest match of combined_ at or after pos (npos: none); piece gets it.
  size_t leftmost_match(const std::string& t, size_t pos, re2::StringPiece& piece) const;
  bool keep(const Context& ctx, DateCandidate& c) const;
  bool is_future(const Context& ctx, Span span, const std::string& signal) const;
  // Whether span's sentence holds only temporal words (dates_tense.cpp): it then looks ahead.
  bool is_standalone(const Context& ctx, Span span) const;
  // Whether every token of text is a number or a words.tsv word.
  bool only_temporal_words(std::string_view text) const;
  // A future cue in t[from, to) that is not a plan seen from the past ("was scheduled to").
  // strong_only: only cues that put a whole clause ahead ("will", "plans to"), not "would".
  bool cue_in(const std::string& t, size_t from, size_t to, bool strong_only) const;

  const Ruleset& rules_;
  uint64_t serial_;  // unique per extractor in the process: keys the per-thread naming memo
  // All x_* families, longest match: built on first use (combined()).
  const re2::RE2& combined() const;
  std::string combined_pattern_;
  re2::RE2::Options combined_options_;
  mutable std::once_flag combined_once_;
  mutable std::unique_ptr<re2::RE2> combined_;
  std::optional<StartGate> gate_;      // the word starts that can open a match
  std::optional<GateRows> gate_rows_;  // gate_'s keys by their first two symbols
  std::unique_ptr<re2::RE2> starts_;   // without a gate: combined_, leftmost-first
  // combined_'s PhraseGate, a finer gate for the word starts gate_ lets through; nullptr when
  // the pattern has none.
  const PhraseGate* phrase_gate() const;
  mutable std::once_flag phrase_once_;
  mutable std::optional<PhraseGate> phrase_;
  // Each x_* rule alone, to name a match: its gate, and its regex compiled on first use (most
  // runs meet a few families only, and start-up need not compile the grammar twice).
  struct Namer {
    std::optional<StartGate> gate;
    std::unique_ptr<LazyRE2> re;
  };
  std::vector<Namer> namers_;  // in file order, as families_
  // The family naming match (nullopt: none), remembered per thread (dates_match.cpp). whole:
  // match is all that combined_ matched at a gated word start (not a probe, nor a part of one).
  std::optional<DateFamily> family_of(std::string_view match, bool whole) const;
  std::optional<DateFamily> family_by_rules(std::string_view match, bool whole) const;
  // Whether one of the rules the gates admit for a whole match is sure to match it alone.
  bool some_rule_matches(std::string_view match) const;
  bool trust_whole_matches_ = false;  // gated, and no rule holds \B or \Q
  static uint64_t next_serial();
  std::vector<DateFamily> families_;  // family of each x_* rule, in file order
  bool bare_years_are_years() const;
  mutable std::once_flag bare_years_once_;
  mutable bool bare_years_are_years_ = false;  // the rules name every bare "1987" x_year (probed once)
  const re2::RE2* future_cue_ = nullptr;
  const re2::RE2* future_verb_ = nullptr;  // "meet Monday": a present-tense event verb right before
  DateLexicon lexicon_;
  // The capitalized words that end a news outlet's name (entities/org_cues.tsv, media), in lower
  // case: "the Sunday Times", "China Daily" hold no date.
  std::vector<std::string> outlet_words_;
};

}  // namespace newsclaim
