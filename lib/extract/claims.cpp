#include "extract/claims.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/claims_words.hpp"
#include "extract/links.hpp"
#include "extract/rule_hits.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// Cue families: bit positions in a sentence's cue mask. Each family is a row group of
// patterns/claims/cue_words.tsv, a rule "claims.<family>", or both; hedge and negation are the
// rules of attribution.re2 (their words are listed again by ClaimAttribution::hedges).
enum Cue {
  kNumber,
  kComparison,
  kFactualVerb,
  kLegalCausal,
  kAward,
  kOpinion,
  kFirstPerson,
  kFuture,
  kCeremony,
  kSecondPerson,
  kAddress,
  kTopic,
  kSourceTrigger,
  kHedge,
  kNegation,
  kCueCount
};
const std::vector<std::string> kCueNames = {"number",         "comparison",    "factual_verb", "legal_causal",
                                            "award",          "opinion",       "first_person", "future",
                                            "ceremony",       "second_person", "address",      "topic",
                                            "source_trigger", "hedge",         "negation"};

bool has_cue(uint64_t cues, Cue c) { return ((cues >> c) & 1U) != 0; }

}  // namespace

ClaimExtractor::ClaimExtractor(const Ruleset& rules)
    : attribution_(rules), words_(rules.gazetteer("claims.cue_words"), kCueNames) {
  if (kCueNames.size() != kCueCount) throw std::logic_error("claims: cue list and enum disagree");
  std::vector<std::string> keys;
  for (size_t i = 0; i < kCueNames.size(); ++i) {
    if (!rules.has("claims." + kCueNames[i])) continue;
    keys.push_back("claims." + kCueNames[i]);
    rule_cue_.push_back(static_cast<int>(i));
  }
  rules_ = make_rule_set(rules, keys);
}

ClaimExtractor::~ClaimExtractor() = default;

uint64_t ClaimExtractor::cues_in(std::string_view sentence, WordCount& counts) const {
  uint64_t cues = 0;
  // The cue words' scan reads the words to count where its words are the counted ones.
  bool counted = false;
  if (std::memchr(sentence.data(), '_', sentence.size()) == nullptr) {
    WordCounter counter(sentence);
    cues = words_.matching(sentence, counter);
    counted = counter.exact();
    counts = counter.counts();
  } else {
    cues = words_.matching(sentence);
  }
  if (!counted) counts = count_words(sentence);
  for (const int i : matching_rules(*rules_, sentence))
    cues |= uint64_t{1} << rule_cue_[static_cast<size_t>(i)];
  return cues;
}

ClaimFeatures ClaimExtractor::features(const Context& ctx, const Extraction& out, Span sentence,
                                       uint64_t cues, WordCount counts) const {
  ClaimFeatures f;
  const std::string_view s = ctx.doc.norm_slice(sentence);
  f.words = counts.words;
  f.letter_words = counts.letter_words;
  f.names = counts.names;
  f.question = !s.empty() && (s.back() == '?' || (s.size() > 1 && s[s.size() - 2] == '?'));
  auto has = [&](Cue c) -> size_t { return has_cue(cues, c) ? 1 : 0; };
  // Counts, not lists: most sentences' items are only scored.
  f.numbers =
      has(kNumber) + count_items_in(out.quantities, sentence) + count_items_in(out.percentages, sentence);
  f.money = count_items_in(out.money, sentence);
  f.dates = count_items_in(out.dates, sentence);
  f.comparisons = has(kComparison);
  f.factual_verbs = has(kFactualVerb);
  f.legal_causal = has(kLegalCausal);
  f.awards = has(kAward);
  f.opinion = has(kOpinion);
  f.first_person = has(kFirstPerson);
  f.future = has(kFuture);
  f.ceremony = has(kCeremony);
  f.second_person = has(kSecondPerson);
  f.address = has(kAddress) > 0;
  f.topics = has(kTopic);
  f.hedges = has(kHedge);
  return f;
}

void ClaimExtractor::run(const Context& ctx, Extraction& out) const {
  const std::string_view text = ctx.doc.norm();
  const MentionIndex mentions(out.entities, text);
  for (const Span& sentence : ctx.layout.sentences) {
    if (ctx.layout.in_boilerplate(sentence)) continue;
    WordCount counts;
    const uint64_t cues = cues_in(text.substr(sentence.begin, sentence.size()), counts);
    ClaimFeatures f = features(ctx, out, sentence, cues, counts);
    Claim claim;
    claim.span = sentence;
    claim.entities = mentions.entities_in(sentence);
    f.entities = claim.entities.size();
    if (!has_checkable_fact(f)) continue;
    claim.money = items_in(out.money, sentence);
    claim.dates = items_in(out.dates, sentence);
    if (auto source = attribution_.source(text, sentence, mentions, out, has_cue(cues, kSourceTrigger))) {
      claim.source = source->entity;
      claim.source_text = std::move(source->text);
      f.sourced = true;
    }
    if (has_cue(cues, kHedge)) {
      claim.hedges = attribution_.hedges(text, sentence);
      if (claim.hedges.empty()) f.hedges = 0;  // only cues that hedge nothing ("could not")
    }
    claim.negated = has_cue(cues, kNegation) && attribution_.negated(text, sentence);
    claim.score = claim_score(f);
    out.claims.push_back(std::move(claim));
  }
}

}  // namespace newsclaim
