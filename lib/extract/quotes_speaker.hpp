// Quote attribution: finds the speaker and the speech verb of one quotation in the text next
// to it, with the rules of patterns/quotes/attribution.re2 ("…," Carvin said / said Carvin /
// according to X / Voss, who said: "…"). Linking the speaker to an entity is quotes_link's job.
#pragma once
#include <re2/re2.h>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/span.hpp"
#include "extract/quotes_lexicon.hpp"
#include "extract/quotes_spans.hpp"
#include "text/document.hpp"
#include "text/layout.hpp"

namespace newsclaim {

class Ruleset;

enum class SpeakerKind { Name, Pronoun, Description, Group };

struct SpeakerAttribution {
  Span speaker;  // the speaker's words in norm(): "Carvin", "he", "a spokeswoman for CBSA"
  Span head;     // the head noun of a description ("spokeswoman"); else equal to speaker
  SpeakerKind kind = SpeakerKind::Name;
  Span cue;      // "said", "according to"
};

class AttributionFinder {
 public:
  // Reads the quotes.* rules; throws std::logic_error when one is missing or lacks its groups.
  AttributionFinder(const Ruleset& rules, const QuoteLexicon& lexicon);

  // The attribution of quotes[i]: right after its closing mark, else earlier in its sentence,
  // else a transcript label inside it. nullopt when none. Work is bounded per quote.
  std::optional<SpeakerAttribution> find(const Document& doc, const Layout& layout,
                                  const std::vector<QuoteSpan>& quotes, size_t i) const;

 private:
  struct Rule {
    const RE2* re = nullptr;
    std::vector<std::pair<int, SpeakerKind>> speakers;  // capture group -> what it holds
    int cue = -1;
    bool retry = false;  // try again after a match tidy() rejects
  };
  Rule rule(const Ruleset& rules, const char* key, bool needs_speaker = true, bool retry = false) const;
  std::optional<std::pair<SpeakerAttribution, uint32_t>> match(const Rule& rule, std::string_view text,
                                                        Span window) const;
  std::optional<SpeakerAttribution> apply(const Rule& rule, std::string_view text, Span window) const;
  std::optional<SpeakerAttribution> after(const Document& doc, Span window) const;
  std::optional<SpeakerAttribution> before(const Document& doc, Span window) const;
  bool tidy(std::string_view text, SpeakerAttribution& a) const;

  const QuoteLexicon& lexicon_;
  Rule after_speaker_cue_, after_cue_speaker_, lead_cue_, lead_subject_, lead_colon_, lead_inverted_,
      inside_label_;
};

}  // namespace newsclaim
