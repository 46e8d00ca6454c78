#include "extract/quotes_speaker.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "extract/quotes_speaker_internal.hpp"
#include "extract/rule_hits.hpp"
#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

using speaker_text::is_space;

constexpr uint32_t kAfterWindow = 150;    // bytes after a closing mark searched for "…," X said
constexpr uint32_t kBeforeWindow = 300;   // bytes of the sentence before an opening mark
constexpr uint32_t kLabelWindow = 40;     // bytes at the start of a quote read for "PENCE:"
constexpr uint32_t kPassiveWindow = 60;   // bytes before a quote read for "were labelled a"
constexpr size_t kLeadCuesTried = 3;      // lead cues tried, from the last one back
constexpr uint32_t kSubjectWindow = 160;  // bytes next to a lead cue read for its speaker
constexpr int kMaxGroups = 16;
constexpr size_t kRetries = 4;  // matches tried per rule and window

// "saying", "calling": a cue whose subject is the clause's, not the word before it.
bool is_participle(std::string_view text, Span cue) {
  return cue.size() > 4 && text.substr(cue.end - 3, 3) == "ing";
}

// Where "said" (or "says", "added") begins when it and a comma stand right before the
// participle cue ("the businessman said, arguing"), else 0.
uint32_t said_before(std::string_view text, uint32_t from, Span cue) {
  for (const std::string_view verb : {"said, ", "says, ", "added, "}) {
    if (cue.begin >= from + verb.size() + 1 && text.substr(cue.begin - verb.size(), verb.size()) == verb &&
        text[cue.begin - verb.size() - 1] == ' ')
      return cue.begin - static_cast<uint32_t>(verb.size());
  }
  return 0;
}

// The space-separated word that ends before byte at (spaces skipped), no earlier than from;
// empty at from.
Span word_before(std::string_view text, uint32_t from, uint32_t at) {
  while (at > from && is_space(text[at - 1])) --at;
  uint32_t begin = at;
  while (begin > from && !is_space(text[begin - 1])) --begin;
  return {begin, at};
}

// A cue right after a conjunction ("denied the report and said", "paused, then added"): a
// second verb of its clause, whose subject opens the clause.
bool after_conjunction(std::string_view text, uint32_t from, Span cue) {
  const Span w = word_before(text, from, cue.begin);
  const std::string_view word = text.substr(w.begin, w.size());
  return w.begin > from && (word == "and" || word == "but" || word == "then");
}

// Whether a comma comes right before the cue ("It helps, said").
bool after_comma(std::string_view text, uint32_t from, Span cue) {
  uint32_t e = cue.begin;
  while (e > from && is_space(text[e - 1])) --e;
  return e > from && text[e - 1] == ',';
}

// A cue after a comma or a conjunction ("has suggested X, talked of", "and called") continues a
// list of verbs: its subject is the clause's.
bool is_coordinated(std::string_view text, uint32_t from, Span cue) {
  return after_comma(text, from, cue) || after_conjunction(text, from, cue);
}

// Whether the word right before byte at (no earlier than from) is a form of "be": "was",
// "been", "is" (a whole word: not the end of "Abe").
bool after_be(std::string_view text, uint32_t from, uint32_t at) {
  const Span w = word_before(text, from, at);
  const std::string_view aux = text.substr(w.begin, w.size());
  return aux == "been" || aux == "was" || aux == "were" || aux == "is" || aux == "are" || aux == "be" ||
         aux == "being";
}

// "A man had been told he could …", "she was asked to …", "France have been criticised for
// …": a verb of saying in the passive has its listener or target for subject, and names no
// speaker (a participle in "-ing" or an infinitive "to say" is no passive). Its subject does
// speak when an infinitive follows a verb other than one of telling: "Mr Houston is alleged
// to have said", "Flight was reported to have suggested".
bool passive_cue(std::string_view text, uint32_t from, Span cue) {
  const std::string_view verb = text.substr(cue.begin, cue.size());
  if (verb.ends_with("ing") || verb.find(' ') != std::string_view::npos) return false;
  const bool telling =
      verb == "told" || verb == "asked" || verb == "urged" || verb == "warned" || verb == "advised";
  if (!telling && text.substr(cue.end, 4) == " to ") return false;
  return after_be(text, from, cue.begin);
}

// Where the words after "with" begin when one to four words (no comma) stand between it and the
// participle cue, the last of them capitalized: "with Rovers boss Mark Hughes claiming"; else 0.
uint32_t with_before(std::string_view text, uint32_t from, Span cue) {
  uint32_t end = cue.begin;  // where the next word looked at ends (spaces aside)
  bool last_capitalized = false;
  for (int words = 0; words <= 4; ++words) {
    const Span s = word_before(text, from, end);
    if (s.empty()) return 0;
    const std::string_view w = text.substr(s.begin, s.size());
    if (w.find(',') != std::string_view::npos) return 0;
    if (words == 0) last_capitalized = is_ascii_upper(w[0]);
    if (w == "with") return words >= 1 && last_capitalized ? s.end + 1 : 0;
    end = s.begin;
  }
  return 0;
}

// Where the clause holding byte `end` starts after a connective no speaker's name holds ("but",
// "while", "although", "because", "whereas", "though", "yet"), or from.
uint32_t clause_start(std::string_view text, uint32_t from, uint32_t end) {
  uint32_t best = from;
  for (const std::string_view w :
       {" but ", " while ", " although ", " because ", " whereas ", " though ", " yet "}) {
    const size_t at = text.substr(from, end - from).rfind(w);
    if (at != std::string_view::npos) best = std::max(best, static_cast<uint32_t>(from + at + w.size() - 1));
  }
  return best;
}

// Whether a verb of quoting someone stands in s ("quoted him as saying", "quoting a dealer as",
// "cited officials as").
bool quotes_someone(std::string_view s) {
  for (const std::string_view verb : {"quoted ", "quotes ", "quoting ", "cited ", "cites ", "citing "})
    if (s.find(verb) != std::string_view::npos) return true;
  return false;
}

// "He was quoted by PAP as saying", "was quoted in the Star as saying": the verb of quoting in
// the passive; its subject, not the agent, speaks.
bool passive_quoting(std::string_view text, Span verb) {
  return text.substr(verb.begin, verb.size()).ends_with("ed") && after_be(text, 0, verb.begin);
}

// A speaker the rules of quoting (after_quoted_as, lead_quoted_as) found, unless its verb is
// passive.
std::optional<Attribution> actively_quoted(std::string_view text, std::optional<Attribution> a) {
  if (a && passive_quoting(text, a->cue)) return std::nullopt;
  return a;
}

bool is_word_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80); }

// Transcript labels ("PENCE:") open with two capitals.
bool starts_upper_pair(std::string_view text, Span s) {
  return s.size() >= 2 && text[s.begin] >= 'A' && text[s.begin] <= 'Z' && text[s.begin + 1] >= 'A' &&
         text[s.begin + 1] <= 'Z';
}

bool has_any(std::string_view text, Span s, std::string_view chars) {
  return text.substr(s.begin, s.size()).find_first_of(chars) != std::string_view::npos;
}

// Whether the window's text ends with a colon (spaces aside): "He sighed: "…"".
bool ends_with_colon(std::string_view text, Span s) {
  uint32_t e = s.end;
  while (e > s.begin && is_space(text[e - 1])) --e;
  return e > s.begin && text[e - 1] == ':';
}

bool blank(std::string_view text, Span s) {
  for (uint32_t i = s.begin; i < s.end; ++i) {
    if (!is_space(text[i])) return false;
  }
  return true;
}

// The window of the same sentence before quotes[i]: never before its paragraph, the previous
// quotation or kBeforeWindow bytes.
Span before_window(std::string_view text, const Layout& layout, const std::vector<QuoteSpan>& quotes,
                   size_t i) {
  const QuoteSpan& q = quotes[i];
  uint32_t begin = layout.paragraphs[q.paragraph].begin;
  const size_t s = layout.sentence_at(q.span.begin);
  if (s != static_cast<size_t>(-1) && layout.sentences[s].end > q.span.begin) {
    begin = std::max(begin, layout.sentences[s].begin);
  }
  // A quote that opens its sentence is read with the sentence before ("…, Schiff said. "…""),
  // one that opens its paragraph with a previous paragraph ending in a colon ("He said:").
  if (s != static_cast<size_t>(-1) && s > 0 && blank(text, {begin, q.span.begin})) {
    const Span para = layout.paragraphs[q.paragraph];
    if (begin == para.begin && q.paragraph > 0 && text[layout.paragraphs[q.paragraph - 1].end - 1] == ':') {
      return {std::max(layout.paragraphs[q.paragraph - 1].begin,
                       q.span.begin - std::min(q.span.begin, kBeforeWindow)),
              q.span.begin};
    }
    begin = std::max(para.begin, layout.sentences[s - 1].begin);
  }
  if (i > 0 && quotes[i - 1].paragraph == q.paragraph) begin = std::max(begin, quotes[i - 1].span.end);
  if (q.span.begin > kBeforeWindow) begin = std::max(begin, q.span.begin - kBeforeWindow);
  return {std::min(begin, q.span.begin), q.span.begin};
}

// A quotation closed by a full stop and followed by a capital starts a new sentence after
// it: "…stop." The agency said … attributes something else.
bool ends_sentence(std::string_view text, const QuoteSpan& q) {
  if (q.content.empty() || text[q.content.end - 1] != '.') return false;
  size_t i = q.span.end;
  while (i < text.size() && text[i] == ' ') ++i;
  return i < text.size() && text[i] >= 'A' && text[i] <= 'Z';
}

// The window right after quotes[i], up to the end of the sentence that goes on after it (an
// attribution never lies in the next sentence: "… "budget reforms" and taxes would pay. The
// Institute reported …"), its paragraph's end or the next quotation.
Span after_window(std::string_view text, const Layout& layout, const std::vector<QuoteSpan>& quotes,
                  size_t i) {
  const QuoteSpan& q = quotes[i];
  uint32_t end = std::min(layout.paragraphs[q.paragraph].end, q.span.end + kAfterWindow);
  uint32_t next = q.span.end;  // the sentence of the first word after the quote
  while (next < end && is_space(text[next])) ++next;
  if (const size_t s = layout.sentence_at(next); s < layout.sentences.size() && next < end)
    end = std::min(end, std::max(layout.sentences[s].end, next));
  if (i + 1 < quotes.size() && quotes[i + 1].paragraph == q.paragraph) {
    end = std::min(end, quotes[i + 1].span.begin);
  }
  return {q.span.end, std::max(end, q.span.end)};
}

}  // namespace

AttributionFinder::AttributionFinder(const Ruleset& rules, const QuoteLexicon& lexicon)
    : rules_(rules),
      lexicon_(lexicon),
      splitter_(rules),
      after_speaker_cue_(rule(rules, "quotes.after_speaker_cue", Shape::SpeakerCue)),
      after_cue_speaker_(rule(rules, "quotes.after_cue_speaker", Shape::CueSpeaker)),
      after_passive_(rule(rules, "quotes.after_passive", std::nullopt)),
      lead_cue_(rules.re("quotes.lead_cue")),
      lead_passive_(rules.lazy("quotes.lead_passive")),
      titled_before_(rules.lazy("quotes.titled_before")),
      lead_subject_(rule(rules, "quotes.lead_subject", Shape::Subject, true)) {
  for (const std::string_view key :
       {"quotes.lead_main_subject", "quotes.lead_main_description", "quotes.lead_appositive_subject",
        "quotes.sentence_according", "quotes.sentence_final_cue", "quotes.sentence_final_inverted",
        "quotes.lead_colon", "quotes.lead_inverted", "quotes.lead_inverted_end", "quotes.lead_possessive",
        "quotes.inside_label", "quotes.after_agent", "quotes.after_quoted_as", "quotes.lead_quoted_as",
        "quotes.after_name_appositive"}) {
    (void)rules.lazy(key);  // a missing rule fails now, not on first use
  }
  const auto& sets = rules.sets();
  if (!std::all_of(sets.begin(), sets.end(),
                   [](const PatternSetInfo& s) { return s.origin == "embedded"; })) {
    (void)rare();
  }
}

const AttributionFinder::RareRules& AttributionFinder::rare() const {
  std::call_once(rare_once_, [this] {
    rare_ = {rule(rules_, "quotes.lead_main_subject", std::nullopt),
             rule(rules_, "quotes.lead_main_description", std::nullopt),
             rule(rules_, "quotes.lead_appositive_subject", std::nullopt),
             rule(rules_, "quotes.sentence_according", std::nullopt),
             rule(rules_, "quotes.sentence_final_cue", std::nullopt, true),
             rule(rules_, "quotes.sentence_final_inverted", std::nullopt),
             rule(rules_, "quotes.lead_colon", std::nullopt, true),
             rule(rules_, "quotes.lead_inverted", Shape::Inverted),
             rule(rules_, "quotes.lead_inverted_end", Shape::Inverted),
             rule(rules_, "quotes.lead_possessive", std::nullopt),
             rule(rules_, "quotes.inside_label", std::nullopt),
             rule(rules_, "quotes.after_agent", std::nullopt),
             rule(rules_, "quotes.after_quoted_as", std::nullopt),
             rule(rules_, "quotes.lead_quoted_as", std::nullopt),
             rule(rules_, "quotes.after_name_appositive", std::nullopt)};
  });
  return rare_;
}

AttributionFinder::Rule AttributionFinder::rule(const Ruleset& rules, const char* key,
                                                std::optional<Shape> shape, bool retry) const {
  Rule r;
  r.retry = retry;
  r.shape = shape;
  r.re = &rules.re(key);
  // The twin that reads groups: with both ends of the match fixed, longest-match mode gives the
  // same groups (equal-length parses keep their leftmost-first priority) about ten times
  // faster than RE2's backtracking submatch engine does on these large rules.
  if (!shape) {
    RE2::Options options = r.re->options();
    options.set_longest_match(true);
    r.groups = std::make_shared<const LazyRE2>(r.re->pattern(), options);  // same text: compiles as r.re did
  }
  if (r.re->NumberOfCapturingGroups() >= kMaxGroups) {
    throw std::logic_error(std::string(key) + ": too many capturing groups");
  }
  for (const auto& [group_name, index] : r.re->NamedCapturingGroups()) {
    const std::string kind = group_name.substr(0, group_name.find('_'));
    if (kind == "cue")
      r.cue = index;
    else if (kind == "name")
      r.speakers.push_back({index, SpeakerKind::Name});
    else if (kind == "pron")
      r.speakers.push_back({index, SpeakerKind::Pronoun});
    else if (kind == "desc")
      r.speakers.push_back({index, SpeakerKind::Description});
    else if (kind == "group")
      r.speakers.push_back({index, SpeakerKind::Group});
  }
  if (!shape && r.speakers.empty()) {
    throw std::logic_error(std::string(key) + ": needs a speaker group (name, pron, desc or group)");
  }
  return r;
}

// Matches rule against text[window] (^ and $ are the window's ends); the speaker and cue as
// absolute spans of text, and where the match began.
std::optional<std::pair<Attribution, uint32_t>> AttributionFinder::match(const Rule& rule,
                                                                         std::string_view text,
                                                                         Span window) const {
  // Where the match is (DFA only, cheap), then its groups on exactly that text: RE2 would
  // otherwise run its slower submatch engines over the whole window.
  const re2::StringPiece window_text(text.data() + window.begin, window.size());
  re2::StringPiece whole;
  if (!rule.re->Match(window_text, 0, window_text.size(), RE2::UNANCHORED, &whole, 1)) return std::nullopt;
  const re2::StringPiece sub = whole;
  window.begin += static_cast<uint32_t>(whole.data() - window_text.data());
  if (rule.shape) {
    const Span found{window.begin, window.begin + static_cast<uint32_t>(whole.size())};
    auto a = splitter_.split(text, found, *rule.shape);
    if (!a) return std::nullopt;
    return std::make_pair(*a, found.begin);
  }
  std::array<re2::StringPiece, kMaxGroups> m{};
  const int n = rule.re->NumberOfCapturingGroups() + 1;
  if (!rule.groups->get().Match(sub, 0, sub.size(), RE2::ANCHOR_BOTH, m.data(), n)) return std::nullopt;
  auto span_of = [&](int g) -> std::optional<Span> {
    if (g < 0 || m[g].data() == nullptr) return std::nullopt;
    const auto b = static_cast<uint32_t>(m[g].data() - sub.data()) + window.begin;
    return Span{b, b + static_cast<uint32_t>(m[g].size())};
  };
  for (const auto& [group, kind] : rule.speakers) {
    if (const auto s = span_of(group)) {
      const Attribution a{*s, *s, kind, span_of(rule.cue).value_or(Span{})};
      return std::make_pair(a, span_of(0)->begin);
    }
  }
  return std::nullopt;
}

// "Speaking at the conference he said:", "Asked about the vote, ...": a participle before a
// preposition opens the sentence; its subject comes later. (A name that ends so, "Manning",
// "Ahmed", is rarely followed by a preposition and then by the quote's colon.)
static bool opening_participle(std::string_view word, std::string_view cue) {
  if (word.find(' ') != std::string_view::npos) return false;  // a name of several words ("Dana Manning")
  static constexpr std::string_view kPrepositions[] = {
      "at",  "in",   "on",   "about", "after", "before", "during",  "to",
      "for", "with", "from", "by",    "of",    "over",   "outside", "inside"};
  const bool participle = word.size() >= 5 && (word.ends_with("ing") || word.ends_with("ed"));
  return participle &&
         std::find(std::begin(kPrepositions), std::end(kPrepositions), cue) != std::end(kPrepositions);
}

// The first match of rule in window that tidy() accepts. Rules anchored at the window's end
// retry after a rejected match ("a new video where she said": not "a new video where she",
// but "she").
std::optional<Attribution> AttributionFinder::apply(const Rule& rule, std::string_view text,
                                                    Span window) const {
  for (size_t attempt = 0; attempt < kRetries && !window.empty(); ++attempt) {
    auto found = match(rule, text, window);
    if (!found) return std::nullopt;
    // A sentence opened by a participle: the words after it are no better ("Speaking at the
    // Leeds conference he said:" would give "Leeds"); the other rules and fallbacks decide.
    const Attribution& a = found->first;
    if (a.kind == SpeakerKind::Name && opening_participle(text.substr(a.speaker.begin, a.speaker.size()),
                                                          text.substr(a.cue.begin, a.cue.size())))
      return std::nullopt;
    if (tidy(text, found->first)) return found->first;
    if (!rule.retry) return std::nullopt;
    // past the first word of the rejected match (which may open with the space before it)
    uint32_t next = found->second;
    while (next < window.end && is_space(text[next])) ++next;
    while (next < window.end && !is_space(text[next])) ++next;
    window.begin = next;
  }
  return std::nullopt;
}

// Whether text[s] ends with two capitalized words after a title or another lower-case word:
// "…," Levesque, Beaubien Inc Toronto-based bank analyst Donna Pulcine told Reuters (the comma
// is a company's; the analyst speaks), "Agriculture, Livestock and Fisheries Under-Secretary
// Miguel Braceras said". Not after "of", "for", "the": "President of the Japan Federation".
bool AttributionFinder::titled_name_before(std::string_view text, Span s) const {
  std::vector<std::string_view> words;
  for (size_t i = s.begin; i < s.end;) {
    while (i < s.end && is_space(text[i])) ++i;
    size_t j = i;
    while (j < s.end && !is_space(text[j])) ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  if (words.size() < 3) return false;
  const auto capital = [](std::string_view w) { return is_ascii_upper(w[0]); };
  const std::string_view title = words[words.size() - 3];
  if (!capital(words[words.size() - 2]) || !capital(words.back())) return false;
  const NounRefers* refers = lexicon_.noun(title.substr(title.rfind('-') + 1));
  if (refers && *refers == NounRefers::Person) return true;
  // (a particle of a name is no title: "Barclays de Zoete Wedd", "Yapi ve Kredi Bankasi")
  return title.size() > 3 && is_ascii_lower(title[0]) && !lexicon_.is_function_word(title);
}

std::optional<Attribution> AttributionFinder::after(const Document& doc, Span window) const {
  // Both rules need a word right after the mark (and punctuation): skip the regexes otherwise.
  const std::string_view text = doc.norm();
  uint32_t first = window.begin;
  while (first < window.end &&
         (is_space(text[first]) || text[first] == ',' || text[first] == ':' || text[first] == '-')) {
    ++first;
  }
  if (first >= window.end || !is_word_start(text[first])) return std::nullopt;
  // "…," Tass quoted him as saying; "…," Reuters reported, quoting a dealer as saying (the one
  // quoted before the one reporting): cheap test first, the verb of quoting in the window.
  if (quotes_someone(text.substr(window.begin, window.size()))) {
    if (auto a = actively_quoted(text, apply(rare().after_quoted_as, text, window))) return a;
  }
  if (auto a = apply(after_speaker_cue_, text, window)) return a;
  if (text[first] < 'a' || text[first] > 'z') {
    // "…," Ann Roe, Varna's chief executive told the BBC: an appositive left open (cheap test
    // first: capitalized words, then a comma)
    uint32_t end = first;
    for (int words = 0; words < 5 && end < window.end && is_ascii_upper(text[end]); ++words) {
      while (end < window.end && !is_space(text[end]) && text[end] != ',') ++end;
      if (end < window.end && text[end] == ' ' && end + 1 < window.end) ++end;
    }
    if (end + 1 >= window.end || text[end] != ',' || text[end + 1] != ' ')
      return std::nullopt;  // "said Carvin"
    auto a = apply(rare().after_name_appositive, text, window);
    if (a && titled_name_before(text, {a->speaker.end, a->cue.begin})) return std::nullopt;
    return a;
  }
  if (auto a = apply(after_cue_speaker_, text, window)) return a;
  return apply(after_passive_, text, window);  // "…" was written by Springsteen
}

std::optional<Attribution> AttributionFinder::before(const Document& doc, Span window) const {
  const std::string_view text = doc.norm();
  const re2::StringPiece sub(text.data() + window.begin, window.size());
  std::vector<Span> cues;
  re2::StringPiece m[1];
  size_t pos = 0;
  while (pos < sub.size() && lead_cue_.Match(sub, pos, sub.size(), RE2::UNANCHORED, m, 1)) {
    const auto b = static_cast<uint32_t>(m[0].data() - sub.data());
    cues.push_back({window.begin + b, window.begin + b + static_cast<uint32_t>(m[0].size())});
    pos = b + std::max<size_t>(m[0].size(), 1);
  }
  for (size_t k = cues.size(), tried = 0; k-- > 0 && tried < kLeadCuesTried; ++tried) {
    const Span cue = cues[k];
    if (passive_cue(text, window.begin, cue)) continue;
    const bool according = ascii_lower(text.substr(cue.begin, 9)) == "according";
    std::optional<Attribution> a;
    // "…, says Mr Pearson. "…"": a cue after a comma, then a name ending the sentence right
    // before the quote, is inverted. Not "Gary Dunn, a director, said Ann Lee had left." (a
    // clause follows), nor "…, who asked not to be named, told Reuters." ("told" names its
    // listener).
    const Span after_cue{cue.end, std::min(window.end, cue.end + kSubjectWindow)};
    const bool inverted = cue.begin >= 2 && text[cue.begin - 2] == ',' && text[cue.begin - 1] == ' ' &&
                          after_cue.end == window.end &&
                          !ascii_equal_lower(text.substr(cue.begin, 4), "told") &&
                          !ascii_equal_lower(text.substr(cue.begin, 4), "tell");
    if (inverted) a = apply(rare().lead_inverted_end, text, after_cue);
    // A participle hangs on its clause's subject ("Vidal attacked the council, saying"); after
    // "said," that is the speaker of the verb ("..." the businessman said, arguing that ...).
    if (!a && is_participle(text, cue)) {
      // "Radio Kabul quoted the minister as saying": the person quoted speaks.
      const uint32_t from = std::max(window.begin, cue.begin - std::min(cue.begin, kSubjectWindow));
      if (quotes_someone(text.substr(from, cue.begin - from)))
        a = actively_quoted(text, apply(rare().lead_quoted_as, text, {from, cue.begin}));
    }
    if (!a && is_participle(text, cue)) {
      // "with Rovers boss Mark Hughes claiming it had been": after "with", a name right before
      // the participle is its subject (elsewhere a name there is the object of the clause's
      // verb: "a statement through Arsenal describing", "leaflets at Munich University calling")
      if (const uint32_t with = with_before(text, window.begin, cue); with > window.begin) {
        if (auto named = apply(lead_subject_, text, {with, cue.begin});
            named && named->kind == SpeakerKind::Name)
          a = named;
      }
      if (const uint32_t verb = said_before(text, window.begin, cue); !a && verb > window.begin) {
        const uint32_t from = std::max(window.begin, verb - std::min(verb, kSubjectWindow));
        a = apply(lead_subject_, text, {from, verb});
      }
      if (!a) a = main_subject(text, window, cue);
    }
    if (!a && !according) {
      const uint32_t from = std::max(window.begin, cue.begin - std::min(cue.begin, kSubjectWindow));
      // "Leigh said the plan was good but he told the FT:": the subject is that of the cue's own
      // clause, not a description reaching back over it ("the plan was good but he").
      const uint32_t clause = clause_start(text, from, cue.begin);
      if (clause > from) a = apply(lead_subject_, text, {clause, cue.begin});
      if (!a) a = apply(lead_subject_, text, {from, cue.begin});
      // "Mr Vance denied the existence of an inquiry and said": a description reaching back
      // over the first verb whose listed noun is that verb's object ("an inquiry") is no
      // subject; the clause's own is.
      if (a && (a->kind == SpeakerKind::Description || a->kind == SpeakerKind::Group) &&
          after_conjunction(text, window.begin, cue) && !head_leads(text, *a)) {
        if (auto main = main_subject(text, window, cue)) a = main;
      }
      // After a comma only the first name or pronoun: a description there is more often the
      // subject of an inverted aside ("the government, suggests Mr Davies, could act"). Such an
      // aside names its speaker after the cue ("It helps, said Mr Burke, that …"), not "It".
      if (!a && is_coordinated(text, window.begin, cue)) {
        if (after_comma(text, window.begin, cue) && has_any(text, after_cue, ",:"))
          a = apply(rare().lead_inverted, text, after_cue);
        if (!a) a = apply(rare().lead_main_subject, text, {window.begin, cue.end});
      }
    }
    // Cheap structural tests first: the inverted speaker ends at a comma or colon.
    if (!a && has_any(text, after_cue, ",:")) a = apply(rare().lead_inverted, text, after_cue);
    if (a) {
      a->cue = cue;
      return a;
    }
  }
  const Span near{window.end - std::min(window.size(), kSubjectWindow), window.end};
  // "Kevin Donnellon was asked: "…"": the listener is named, not the speaker.
  if (!cues.empty() && passive_cue(text, window.begin, cues.back()) && cues.back().end < window.end &&
      text[cues.back().end] == ':' && blank(text, {cues.back().end + 1, window.end}))
    return std::nullopt;
  if (ends_with_colon(text, window)) {
    if (auto a = apply(rare().lead_colon, text, near)) return a;
  }
  // Cheap test first: a possessive needs "'s" or his/her/their before the quote.
  const std::string_view near_text = text.substr(near.begin, near.size());
  bool possessive = false;
  for (const std::string_view p : {"'s", "his ", "His ", "her ", "Her ", "heir "})
    possessive = possessive || near_text.find(p) != std::string_view::npos;
  if (!possessive) return std::nullopt;
  return apply(rare().lead_possessive, text, near);
}

// Whether a description's head noun comes before any function word after its determiner: "A
// Labour party spokesman", not "the existence of an inquiry" (whose listed noun "inquiry" is
// the object of a preposition, not the subject's head).
bool AttributionFinder::head_leads(std::string_view text, const Attribution& a) const {
  constexpr int kMaxModifiers =
      3;  // "A Labour party spokesman"; more is a clause ("… newsletter quoted Saudi sources")
  uint32_t i = a.speaker.begin;
  while (i < a.head.begin && !is_space(text[i])) ++i;  // the determiner
  for (int words = 0; i < a.head.begin; ++words) {
    while (i < a.head.begin && is_space(text[i])) ++i;
    const uint32_t b = i;
    while (i < a.head.begin && !is_space(text[i])) ++i;
    if (i == b) break;
    if (words == kMaxModifiers || lexicon_.is_function_word(text.substr(b, i - b))) return false;
  }
  return true;
}

// The subject opening the clause of a cue that continues it (a participle, a second verb): a
// name that opens the sentence with an age or appositive after it ("Ada Lind, the former
// minister, spoke at the forum and said"), else a description whose head noun leads it ("On
// Monday, the mayor visited the site and said"), else the first name or pronoun.
std::optional<Attribution> AttributionFinder::main_subject(std::string_view text, Span window,
                                                           Span cue) const {
  if (auto a = apply(rare().lead_appositive_subject, text, {window.begin, cue.end})) {
    uint32_t first = window.begin;
    while (first < cue.begin && !is_word_start(text[first])) ++first;
    if (a->speaker.begin == first) return a;  // not an opening phrase that tidy cut ("In Washington")
  }
  if (auto a = apply(rare().lead_main_description, text, {window.begin, cue.begin});
      a && head_leads(text, *a)) {
    return a;
  }
  return apply(rare().lead_main_subject, text, {window.begin, cue.end});
}

// "according to X" further on in the quote's sentence.
std::optional<Attribution> AttributionFinder::according_later(const Document& doc, const Layout& layout,
                                                              const QuoteSpan& q) const {
  const size_t s = layout.sentence_at(q.span.end);
  if (!q.closed || s == static_cast<size_t>(-1) || layout.sentences[s].end <= q.span.end) return std::nullopt;
  const Span rest{q.span.end, std::min(layout.sentences[s].end, q.span.end + kAfterWindow)};
  if (doc.norm_slice(rest).find("ccording to") == std::string_view::npos) return std::nullopt;
  return apply(rare().sentence_according, doc.norm(), rest);
}

// "The posters were labelled a "big misjudgement" by the Conservatives": a passive verb of
// calling right before the quote, and its agent right after it.
std::optional<Attribution> AttributionFinder::passive_agent(const Document& doc, const Layout& layout,
                                                            const std::vector<QuoteSpan>& quotes,
                                                            size_t i) const {
  const std::string_view text = doc.norm();
  const uint32_t open = quotes[i].span.begin;
  const uint32_t from = open > kPassiveWindow ? open - kPassiveWindow : 0;
  const re2::StringPiece lead(text.data() + from, open - from);
  re2::StringPiece cue[2];
  if (!lead_passive_.get().Match(lead, 0, lead.size(), RE2::UNANCHORED, cue, 2)) return std::nullopt;
  auto a = apply(rare().after_agent, text, after_window(text, layout, quotes, i));
  if (a) {
    const auto b = static_cast<uint32_t>(cue[1].data() - text.data());
    a->cue = {b, b + static_cast<uint32_t>(cue[1].size())};
  }
  return a;
}

// "Lowell Moholt, director of investor relations at Weyerhaeuser Co said": the speaker found
// ("Weyerhaeuser Co") is the organization of a title whose holder, named before it with the
// apposition's closing comma missing, speaks.
void AttributionFinder::titled_owner(std::string_view text, Attribution& a) const {
  constexpr uint32_t kTitleWindow = 160;
  if (a.kind == SpeakerKind::Pronoun || a.speaker.begin < 6) return;
  // Cheap test first: a preposition of affiliation right before the speaker.
  uint32_t end = a.speaker.begin;
  while (end > 0 && is_space(text[end - 1])) --end;
  std::string_view lead = text.substr(0, end);
  if (lead.ends_with(" the")) lead.remove_suffix(4);
  constexpr std::array<std::string_view, 5> kAffiliations = {" of", " at", " for", " with", " from"};
  if (std::none_of(kAffiliations.begin(), kAffiliations.end(),
                   [&](std::string_view p) { return lead.ends_with(p); }))
    return;
  // within the paragraph: a headline's capitals are no name
  Span window{a.speaker.begin - std::min(a.speaker.begin, kTitleWindow), a.speaker.begin};
  if (const size_t nl = text.substr(window.begin, window.size()).rfind('\n'); nl != std::string_view::npos)
    window.begin += static_cast<uint32_t>(nl + 1);
  const std::optional<Span> name = first_group(titled_before_.get(), text, window, 1);
  if (!name) return;
  // "the president of NAWG, and the chairman of U.S. Wheat Associates said": a second speaker
  // after a conjunction, no apposition
  std::string_view rest = text.substr(name->end, 8);
  rest.remove_prefix(std::min(rest.find_first_not_of(", "), rest.size()));
  for (const std::string_view conj : {"and ", "or ", "but "})
    if (rest.starts_with(conj)) return;
  a.speaker = a.head = *name;
  a.kind = SpeakerKind::Name;
}

std::optional<Attribution> AttributionFinder::find(const Document& doc, const Layout& layout,
                                                   const std::vector<QuoteSpan>& quotes, size_t i) const {
  std::optional<Attribution> a = first_rule(doc, layout, quotes, i);
  if (a) titled_owner(doc.norm(), *a);
  return a;
}

std::optional<Attribution> AttributionFinder::previous_speech(const Document& doc, const Layout& layout,
                                                              const std::vector<QuoteSpan>& quotes,
                                                              size_t i) const {
  const QuoteSpan& q = quotes[i];
  if (q.paragraph == 0 || q.span.begin != layout.paragraphs[q.paragraph].begin) return std::nullopt;
  if (i > 0 && quotes[i - 1].paragraph + 1 >= q.paragraph) return std::nullopt;  // a quote there
  const Span prev = layout.paragraphs[q.paragraph - 1];
  if (prev.empty() || doc.norm()[prev.end - 1] == ':') return std::nullopt;  // before_window reads it
  const size_t s = layout.sentence_at(prev.end - 1);
  if (s == static_cast<size_t>(-1)) return std::nullopt;
  const Span window{
      std::max({prev.begin, layout.sentences[s].begin, prev.end - std::min(prev.end, kBeforeWindow)}),
      prev.end};
  std::optional<Attribution> a = before(doc, window);
  if (!a || a->cue.empty()) return std::nullopt;
  titled_owner(doc.norm(), *a);
  return a;
}

std::optional<Attribution> AttributionFinder::first_rule(const Document& doc, const Layout& layout,
                                                         const std::vector<QuoteSpan>& quotes,
                                                         size_t i) const {
  const QuoteSpan& q = quotes[i];
  const Span label_window{q.span.begin, std::min(q.span.end, q.content.begin + kLabelWindow)};
  if (starts_upper_pair(doc.norm(), q.content)) {
    if (auto a = apply(rare().inside_label, doc.norm(), label_window)) return a;
  }
  if (q.closed && !ends_sentence(doc.norm(), q)) {
    if (auto a = after(doc, after_window(doc.norm(), layout, quotes, i))) return a;
  }
  if (q.closed) {
    if (auto a = passive_agent(doc, layout, quotes, i)) return a;
  }
  if (auto a = before(doc, before_window(doc.norm(), layout, quotes, i))) return a;
  if (auto a = according_later(doc, layout, q)) return a;
  // "… "dead in the water" by March, the minister said.": the speaker closes the sentence.
  if (q.closed && !ends_sentence(doc.norm(), q)) {
    const Span rest = after_window(doc.norm(), layout, quotes, i);
    if (has_any(doc.norm(), rest, ",")) {
      if (auto a = apply(rare().sentence_final_cue, doc.norm(), rest)) return a;
      // "…, said Ulric Weil of Weil and Co.": the verb before its speaker (cheap test first: the
      // rule is large and most such sentences have no ", said")
      const std::string_view r = doc.norm_slice(rest);
      for (const std::string_view verb : {", said ", ", says ", ", added ", ", adds "})
        if (r.find(verb) != std::string_view::npos)
          return apply(rare().sentence_final_inverted, doc.norm(), rest);
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace newsclaim
