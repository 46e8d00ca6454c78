#include "extract/claim_attribution.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

// "is  believed\nto" -> "is believed to": hedges are reported as words, not layout.
std::string squeeze_spaces(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

// Where the capitalized words right before byte `at` (and the space before it) begin, within
// sentence: "Central Bureau" before "of Statistics"; `at` when no such word stands there.
uint32_t capitalized_words_before(std::string_view text, Span sentence, uint32_t at) {
  uint32_t begin = at;
  while (begin > sentence.begin + 1 && text[begin - 1] == ' ') {
    uint32_t w = begin - 1;
    while (w > sentence.begin && (is_ascii_alnum(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '&' ||
                                  text[w - 1] == '-' || text[w - 1] == '\''))
      --w;
    if (w == begin - 1 || text[w] < 'A' || text[w] > 'Z' || (w > sentence.begin && text[w - 1] != ' ')) break;
    begin = w;
  }
  return begin;
}

// A source phrase without trailing punctuation the name pattern may have taken ("Canada."),
// nor the capitalized conjunction opening its sentence ("But Barry Hugill"), nor a relative
// pronoun or preposition a group rule's modifier words took ("which analysts said", "based on
// Istat figures show"). A group rule takes at most two words before its noun, so it cuts a
// name with "of" inside at the "of" ("of Japan sources"): the name's words before it are the
// source's too ("Bank of Japan sources", "Central Bureau of Statistics figures"); with none,
// the "of" goes ("one of the sources": "the sources").
Span trim_phrase(std::string_view text, Span sentence, Span s) {
  while (s.end > s.begin && std::string_view(".,;:'").find(text[s.end - 1]) != std::string_view::npos)
    --s.end;
  const auto opens = [&](std::string_view w) {
    return s.size() > w.size() && text.substr(s.begin, w.size()) == w;
  };
  if (opens("of ")) {
    const uint32_t name = capitalized_words_before(text, sentence, s.begin);
    s.begin = name < s.begin ? name : s.begin + 3;
  }
  // "But analysts said", "..., but trade sources said", "and dealers said": the clause's
  // conjunction is no word of its source
  for (const std::string_view w :
       {"But ", "And ", "Yet ", "So ", "Or ", "but ", "and ", "yet ", "or ", "while "}) {
    if (opens(w)) s.begin += static_cast<uint32_t>(w.size());
  }
  for (const std::string_view w : {"which ", "that ", "by "}) {
    if (opens(w)) s.begin += static_cast<uint32_t>(w.size());
  }
  // "on Istat figures"; "on Wednesday Prime Minister Yulia Tymoshenko": the day goes too
  if (opens("on ")) {
    s.begin += 3;
    for (const std::string_view day :
         {"Monday ", "Tuesday ", "Wednesday ", "Thursday ", "Friday ", "Saturday ", "Sunday "}) {
      if (opens(day)) s.begin += static_cast<uint32_t>(day.size());
    }
  }
  return s;
}

// "Foreign banking sources in Manila said", "money market dealers in Paris said": a rule names
// the place; the group speaking from it is the source. The group's span (up to three words
// before its noun), or phrase when no group (claims/group_nouns.tsv) stands before "in".
Span group_in_place(std::string_view text, Span sentence, Span phrase,
                    const std::unordered_set<std::string>& groups) {
  static constexpr std::string_view kStops[] = {
      "which", "that",  "and", "but",  "or",  "the", "a",     "an",    "said",
      "says",  "while", "as",  "when", "who", "of",  "to",    "after", "before",
      "from",  "with",  "by",  "for",  "at",  "on",  "since", "among", "according"};
  uint32_t i = phrase.begin;
  const auto word_before = [&]() {
    while (i > sentence.begin && text[i - 1] == ' ') --i;
    const uint32_t e = i;
    while (i > sentence.begin && (is_ascii_alpha(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '-'))
      --i;
    return text.substr(i, e - i);
  };
  std::string_view w = word_before();
  if (w == "the") w = word_before();
  if (w != "in") return phrase;
  w = word_before();
  if (groups.count(std::string(w)) == 0) return phrase;
  uint32_t begin = i;
  for (int n = 0; n < 3 && i > sentence.begin && text[i - 1] == ' '; ++n) {
    w = word_before();
    if (std::none_of(w.begin(), w.end(), is_ascii_alpha) ||
        std::find(std::begin(kStops), std::end(kStops), ascii_lower(w)) != std::end(kStops))
      break;
    begin = i;
  }
  return {begin, phrase.end};
}

constexpr uint32_t kPronounReach = 3000;  // bytes "he said" may look back for its person

bool inside_quote(const std::vector<Quote>& quotes, Span s) {
  return std::any_of(quotes.begin(), quotes.end(), [&](const Quote& q) { return q.span.contains(s); });
}

// The person "he" or "she" at byte `at` refers to: a recent sentence's subject, else the nearest
// person named before it outside quotations.
std::optional<size_t> person_before(std::string_view text, uint32_t at, Gender gender,
                                    const GivenNameGenders& genders, const MentionIndex& mentions,
                                    const Extraction& out) {
  const auto outside = [&](const MentionRef& m) {
    return !inside_quote(out.quotes, m.span) &&
           genders.fits(out.entities[m.entity].name, mentions.told_gender(m.entity), gender);
  };
  if (auto e = subject_person_before(text, mentions.sorted(), out.entities, at, kPronounReach, outside))
    return e;
  return nearest_before(mentions.sorted(), at, kPronounReach, SIZE_MAX, [&](const MentionRef& m) {
    return out.entities[m.entity].type == EntityType::Person && outside(m);
  });
}

}  // namespace

ClaimAttribution::ClaimAttribution(const Ruleset& rules)
    : hedge_(rules.re("claims.hedge")),
      negation_(rules.re("claims.negation")),
      not_negation_(rules.re("claims.not_negation")),
      genders_(rules) {
  const std::vector<std::string> keys = rules.keys_with_prefix("claims.source_");
  // Only rules with a group can name a source: "claims.source_trigger" (cues.re2) shares the
  // prefix but is the cue that gates this search, and running it per sentence found nothing.
  for (const std::string& key : keys) {
    if (rules.re(key).NumberOfCapturingGroups() < 1) continue;
    source_rules_.push_back(&rules.re(key));
    // "according to X" names X after its preposition; every other rule names a verb's subject
    subject_rules_.push_back(key != "claims.source_according");
  }
  source_filter_ = std::make_unique<SourceFilter>(source_rules_);
  const Gazetteer& words = rules.gazetteer("claims.not_sources");
  for (const auto& row : words.rows()) {
    if (!row.empty()) not_sources_.insert(ascii_lower(row[0]));
  }
  for (const auto& row : rules.gazetteer("claims.group_nouns").rows()) {
    if (!row.empty()) group_nouns_.insert(ascii_lower(row[0]));
  }
}

// Whether a preposition ends text right before byte b ("in ", "of the ").
static bool after_preposition(std::string_view text, uint32_t b) {
  uint32_t e = b;
  while (e > 0 && text[e - 1] == ' ') --e;
  uint32_t w = e;
  while (w > 0 && is_ascii_lower(text[w - 1])) --w;
  if (w > 0 && is_ascii_alpha(text[w - 1])) return false;
  // (not "by": "a survey by Earthlink found" names its author)
  static constexpr std::string_view kPrepositions[] = {"of", "in", "at",    "for",     "from", "with",
                                                       "on", "to", "about", "against", "into"};
  const std::string_view word = text.substr(w, e - w);
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), word) != std::end(kPrepositions);
}

bool ClaimAttribution::is_pronoun(std::string_view phrase) const {
  return not_sources_.count(ascii_lower(phrase)) > 0;
}

// The source phrase, or the entity's mention that holds it and begins before it inside the
// sentence: "Kidder, Peabody and Co", where the rules' name stops at the comma ("Peabody and Co").
static Span widened(const MentionIndex& mentions, size_t entity, Span sentence, Span phrase) {
  for (auto it = first_item_in(mentions.sorted(), phrase);
       it != mentions.sorted().end() && it->span.begin < phrase.end; ++it) {
    if (it->entity == entity && it->span.begin < phrase.begin && it->span.begin >= sentence.begin &&
        it->span.end >= phrase.end)
      return it->span;
  }
  return phrase;
}

std::optional<ClaimSource> ClaimAttribution::named_source(std::string_view text, Span sentence,
                                                          const MentionIndex& mentions,
                                                          std::optional<Span>& pronoun) const {
  // One small DFA per rule runs faster than one RE2::Set of them all: the rules' name and
  // apposition parts keep many threads alive at once, and their product thrashes a set's DFA.
  // Most trigger sentences ("said") lack the literals of most rules ("according to", "police").
  const uint64_t may_match = source_filter_->may_match(text.substr(sentence.begin, sentence.size()));
  for (size_t i = 0; i < source_rules_.size(); ++i) {
    if (((may_match >> i) & 1U) == 0) continue;
    const std::optional<Span> g = first_group(*source_rules_[i], text, sentence, 1);
    if (!g) continue;
    const Span phrase = trim_phrase(text, sentence, *g);
    if (phrase.empty()) continue;
    // "He said the plan would fail": the person the pronoun refers to is the source
    if (const std::string word = ascii_lower(text.substr(phrase.begin, phrase.size()));
        word == "he" || word == "she") {
      if (!pronoun) pronoun = phrase;
      continue;
    }
    if (is_pronoun(text.substr(phrase.begin, phrase.size()))) continue;
    if (const Span group = group_in_place(text, sentence, phrase, group_nouns_); group.begin != phrase.begin)
      return ClaimSource{std::nullopt, std::string(text.substr(group.begin, group.size()))};
    const std::optional<size_t> named = mentions.entity_naming(text, phrase);
    // "A Japanese trader in Peking said", "the HWWA institute in Hamburg said", "on Saturday
    // told": a place or an unnamed word after a preposition is where or when, no subject ("a
    // spokesman for IG Metall said" names the union it speaks for)
    if (subject_rules_[i] && (!named || is_place(mentions.type_of(*named))) &&
        after_preposition(text, phrase.begin))
      continue;
    const Span written = named ? widened(mentions, *named, sentence, phrase) : phrase;
    return ClaimSource{named, std::string(text.substr(written.begin, written.size()))};
  }
  return std::nullopt;
}

// "..., he said.", "Saudi Arabia, he added, was ...", "...," she told the conference: a
// pronoun and a verb of saying after a comma (or a comma and a closing quotation mark) in the
// sentence; its span, or nullopt. A plain search: the source rules' filter has no room for the
// atoms of such a rule (it holds 64).
static std::optional<Span> pronoun_after_comma(std::string_view text, Span sentence) {
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  for (size_t at = s.find(','); at != std::string_view::npos; at = s.find(',', at + 1)) {
    size_t p = at + 1;
    if (p < s.size() && s[p] == '"') ++p;
    if (p >= s.size() || s[p] != ' ') continue;
    ++p;
    for (const std::string_view pron : {"he ", "she "}) {
      if (s.substr(p, pron.size()) != pron) continue;
      const std::string_view rest = s.substr(p + pron.size());
      for (const std::string_view verb : {"said", "says", "added", "adds", "told", "noted", "explained"}) {
        if (rest.starts_with(verb) && (rest.size() == verb.size() || !is_ascii_alpha(rest[verb.size()])))
          return Span{sentence.begin + static_cast<uint32_t>(p),
                      sentence.begin + static_cast<uint32_t>(p + pron.size() - 1)};
      }
    }
  }
  return std::nullopt;
}

std::optional<ClaimSource> ClaimAttribution::source(std::string_view text, Span sentence,
                                                    const MentionIndex& mentions, const Extraction& out,
                                                    bool may_name_source) const {
  const std::vector<Quote>& quotes = out.quotes;
  // A sentence mostly spoken inside a quotation is sourced to the quote's speaker.
  auto it = std::find_if(quotes.begin(), quotes.end(), [&](const Quote& q) {
    const uint32_t begin = std::max(q.span.begin, sentence.begin), end = std::min(q.span.end, sentence.end);
    return !q.scare && end > begin && 2 * (end - begin) >= sentence.size();
  });
  const auto quoted = [&]() -> ClaimSource {
    // "who said: ..." names nobody; the entity the quotes stage resolved it to does.
    if (it->speaker && (it->speaker_text.empty() || is_pronoun(it->speaker_text)))
      return ClaimSource{it->speaker, out.entities[*it->speaker].name};
    return ClaimSource{it->speaker, it->speaker_text};
  };
  // A person named in the sentence itself as the speaker of its quotation, found by the quotes
  // stage, comes before an organization or a description the sentence rules found: ""…,"
  // Emmanuel Ferry, from Exane BNP Paribas told Reuters" is Ferry's, not the bank's.
  const bool quoted_person = it != quotes.end() && it->speaker && it->speaker_span &&
                             sentence.contains(*it->speaker_span) && !is_pronoun(it->speaker_text) &&
                             out.entities[*it->speaker].type == EntityType::Person;
  std::optional<Span> pronoun;
  if (may_name_source) {
    if (auto named = named_source(text, sentence, mentions, pronoun)) {
      const bool person = named->entity && out.entities[*named->entity].type == EntityType::Person;
      return quoted_person && !person ? quoted() : named;
    }
    if (!pronoun) pronoun = pronoun_after_comma(text, sentence);
  }
  if (quoted_person) return quoted();
  // "He said the plan would fail": the person the pronoun refers to, unless a quotation holds
  // the sentence (its speaker is resolved with the quote) or the pronoun itself
  const auto by_pronoun = [&]() -> std::optional<ClaimSource> {
    if (!pronoun || inside_quote(quotes, *pronoun)) return std::nullopt;
    const Gender gender = ascii_lower(text.substr(pronoun->begin, 1)) == "h" ? Gender::Male : Gender::Female;
    const auto e = person_before(text, pronoun->begin, gender, genders_, mentions, out);
    if (!e) return std::nullopt;
    return ClaimSource{e, out.entities[*e].name};
  };
  if (it == quotes.end() || (!it->speaker && it->speaker_text.empty())) return by_pronoun();
  return quoted();
}

// "Although no target was set, Lawson said broad money will count", "If the bank does not cut
// rates, growth will slow": a cue inside a concessive or conditional clause that opens the
// sentence (up to its first comma, with a main clause after it) negates not what the sentence
// claims.
static bool in_leading_clause(std::string_view text, Span sentence, Span hit) {
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  size_t open = 0;
  for (const std::string_view w :
       {"although ", "though ", "even though ", "even if ", "while ", "if ", "unless "}) {
    if (s.size() > w.size() && ascii_equal_lower(s.substr(0, w.size()), w)) {
      open = w.size();
      break;
    }
  }
  if (open == 0) return false;
  const size_t comma = s.find(',', open);
  constexpr size_t kMainClause = 12;  // a few words after the comma
  return comma != std::string_view::npos && hit.end <= sentence.begin + comma &&
         s.size() > comma + kMainClause;
}

bool ClaimAttribution::negated(std::string_view text, Span sentence) const {
  const RuleHits found(negation_, text, sentence);
  return std::any_of(found.hits().begin(), found.hits().end(), [&](Span h) {
    // "observers with no voting rights": "with no" describes a noun, it denies nothing
    if (h.size() == 2 && h.begin >= sentence.begin + 5 && ascii_equal_lower(text.substr(h.begin, 2), "no") &&
        ascii_equal_lower(text.substr(h.begin - 5, 5), "with "))
      return false;
    if (in_leading_clause(text, sentence, h)) return false;
    const re2::StringPiece rest(text.data() + h.begin, sentence.end - h.begin);
    return !not_negation_.Match(rest, 0, rest.size(), RE2::ANCHOR_START, nullptr, 0);
  });
}

std::vector<std::string> ClaimAttribution::hedges(std::string_view text, Span sentence) const {
  std::vector<std::string> out;
  const RuleHits found(hedge_, text, sentence);
  for (const Span h : found.hits()) {
    std::string word = squeeze_spaces(ascii_lower(text.substr(h.begin, h.size())));
    // "the government could not fix the rate": an inability stated, no hedge
    if (word == "could") {
      const std::string_view after = text.substr(h.end, std::min<size_t>(4, sentence.end - h.end));
      if (after == " not" || after.starts_with("n't")) continue;
    }
    if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
  }
  return out;
}

}  // namespace newsclaim
