// Match splitting: reads the speaker and the cue out of the text an attribution rule matched,
// with the small part_* rules of patterns/quotes/attribution.re2 located by RE2's DFA, instead
// of RE2's submatch engines (a hundred times slower on rules this size).
#pragma once
#include <re2/re2.h>

#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/span.hpp"

namespace newsclaim {

class Ruleset;

enum class SpeakerKind { Name, Pronoun, Description, Group };

struct Attribution {
  Span speaker;  // the speaker's words in norm(): "Carvin", "he", "a spokeswoman for CBSA"
  Span head;     // the head noun of a description ("spokeswoman"); else equal to speaker
  SpeakerKind kind = SpeakerKind::Name;
  Span cue;      // "said", "according to"; empty when the rule has none
};

// How a rule's match is laid out.
enum class Shape {
  SpeakerCue,  // speaker, then cue at the end: ", Carvin said"
  CueSpeaker,  // cue at the start, then speaker: ", said Carvin"
  Subject,     // speaker, auxiliaries; the cue follows the match: "Carvin, a professor, "
  Inverted,    // speaker then a comma or colon: " the National Post,"
};

class MatchSplitter {
 public:
  // Reads the quotes.part_* rules; throws std::logic_error when one is missing.
  explicit MatchSplitter(const Ruleset& rules);

  // The speaker and cue in text[whole], a match of a rule laid out as shape; nullopt when no
  // speaker can be read. Only DFA searches over pieces of whole.
  std::optional<Attribution> split(std::string_view text, Span whole, Shape shape) const;

 private:
  // after_verb: the region is followed by its verb right after a quote ("…," Moody's said), where
  // a name may end in "'s" with nothing possessed.
  std::optional<Attribution> speaker_in(std::string_view text, Span region, bool after_verb = false) const;

  const RE2 &cue_end_, &cue_start_, &aux_end_, &when_end_, &possessed_end_, &pron_, &det_, &group_,
      &name_end_;
  // quotes/affiliation_words.tsv: word -> true for an organization word, false for a title
  std::unordered_map<std::string_view, bool> affiliation_words_;
};

}  // namespace newsclaim
