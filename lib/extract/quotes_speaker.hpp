// Quote attribution: finds the speaker and the speech verb of one quotation in the text next
// to it, with the rules of patterns/quotes/attribution.re2 ("…," Carvin said / said Carvin /
// according to X / Voss, who said: "…"). Linking the speaker to an entity is quotes_link's job.
#pragma once
#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/span.hpp"
#include "extract/quotes_lexicon.hpp"
#include "extract/quotes_spans.hpp"
#include "extract/quotes_split.hpp"
#include "patterns/lazy_re2.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

class Ruleset;

class AttributionFinder {
 public:
  // Reads the quotes.* rules; throws std::logic_error when one is missing or lacks its groups.
  AttributionFinder(const Ruleset& rules, const QuoteLexicon& lexicon);

  // The attribution of quotes[i]: right after its closing mark, else earlier in its sentence,
  // else a transcript label inside it. nullopt when none. Work is bounded per quote.
  std::optional<Attribution> find(const Document& doc, const Layout& layout,
                                  const std::vector<QuoteSpan>& quotes, size_t i) const;
  // For a quote that find() gave nothing: when it opens its paragraph and the paragraph before
  // holds no quotation, the speech verb of that paragraph's last sentence and its subject ("In
  // particular, he told a conference, a decline would hurt.\n\n"Trying to …""). nullopt when
  // that sentence has no speech verb.
  std::optional<Attribution> previous_speech(const Document& doc, const Layout& layout,
                                             const std::vector<QuoteSpan>& quotes, size_t i) const;

 private:
  std::optional<Attribution> first_rule(const Document& doc, const Layout& layout,
                                        const std::vector<QuoteSpan>& quotes, size_t i) const;
  void titled_owner(std::string_view text, Attribution& a) const;
  struct Rule {
    const RE2* re = nullptr;               // finds the match (DFA)
    std::shared_ptr<const LazyRE2> groups;  // reads its groups (see rule()); compiled on first use
    std::vector<std::pair<int, SpeakerKind>> speakers;  // capture group -> what it holds
    int cue = -1;
    bool retry = false;  // try again after a match tidy() rejects
    std::optional<Shape> shape;  // split by MatchSplitter; groups are read when absent
  };
  Rule rule(const Ruleset& rules, const char* key, std::optional<Shape> shape, bool retry = false) const;
  std::optional<std::pair<Attribution, uint32_t>> match(const Rule& rule, std::string_view text,
                                                        Span window) const;
  std::optional<Attribution> apply(const Rule& rule, std::string_view text, Span window) const;
  std::optional<Attribution> after(const Document& doc, Span window) const;
  std::optional<Attribution> before(const Document& doc, Span window) const;
  std::optional<Attribution> passive_agent(const Document& doc, const Layout& layout,
                                           const std::vector<QuoteSpan>& quotes, size_t i) const;
  std::optional<Attribution> main_subject(std::string_view text, Span window, Span cue) const;
  bool head_leads(std::string_view text, const Attribution& a) const;
  std::optional<Attribution> according_later(const Document& doc, const Layout& layout,
                                             const QuoteSpan& q) const;
  bool tidy(std::string_view text, Attribution& a) const;
  bool titled_name_before(std::string_view text, Span s) const;
  void join_title_of(std::string_view text, Attribution& a) const;

  // The rules few documents reach (each in at most ~1 in 15 of sampled news): compiled on
  // first use when the patterns are the built-in ones (tests check those), at once when a
  // --patterns directory is in play, so that a bad override still fails at start-up.
  struct RareRules {
    Rule lead_main_subject, lead_main_description, lead_appositive_subject, sentence_according,
        sentence_final_cue, sentence_final_inverted, lead_colon, lead_inverted, lead_inverted_end,
        lead_possessive, inside_label, after_agent, after_quoted_as, lead_quoted_as, after_name_appositive;
  };
  const RareRules& rare() const;

  const Ruleset& rules_;
  const QuoteLexicon& lexicon_;
  MatchSplitter splitter_;
  Rule after_speaker_cue_, after_cue_speaker_, after_passive_;
  const RE2& lead_cue_;
  const LazyRE2& lead_passive_;
  const LazyRE2& titled_before_;
  Rule lead_subject_;
  mutable std::once_flag rare_once_;
  mutable RareRules rare_;
};

}  // namespace newsclaim
