#include "extract/quotes.hpp"

#include <algorithm>

#include "extract/quotes_link.hpp"
#include "extract/quotes_spans.hpp"
#include "extract/quotes_subject.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

constexpr int kScareMaxWords = 2;
constexpr int kFragmentMaxWords = 3;  // a quoted phrase, not a statement
// How far back "the expert said" looks for the person quoted last (bytes).
constexpr uint32_t kDescribedSpeakerReach = 3000;

int word_count(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// The word right after byte pos when only spaces separate them; empty otherwise.
std::string_view next_word(std::string_view text, size_t pos) {
  size_t b = pos;
  while (b < text.size() && text[b] == ' ') ++b;
  if (b == pos) return {};
  size_t e = b;
  while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || text[e] == '-')) ++e;
  return text.substr(b, e - b);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void copy_speaker(const Quote& from, Quote& to) {
  to.speaker = from.speaker;
  to.speaker_text = from.speaker_text;
  to.speaker_span = from.speaker_span;
  to.cue = from.cue;
}

bool has_speaker(const Quote& q) { return !q.speaker_text.empty(); }

// Whether a quote is the next item of a list the quote before it opens: only ", ", " and ",
// " or " (a serial comma allowed) lie between them ("like "digital", "interactive"").
bool listed_after(const Document& doc, const QuoteSpan& prev, const QuoteSpan& q) {
  if (prev.span.end > q.span.begin) return false;
  const std::string_view gap = doc.norm_slice({prev.span.end, q.span.begin});
  return gap == ", " || gap == " and " || gap == " or " || gap == ", and " || gap == ", or ";
}

// Whether quotes[i] shares its sentence with an earlier attributed quote ("Obama condemned it
// as "provocative" and a "grave threat""): a fragment of the same speech, not a scare quote.
bool follows_attributed(const Layout& layout, const std::vector<Quote>& quotes, size_t i) {
  return i > 0 && has_speaker(quotes[i - 1]) &&
         layout.sentence_at(quotes[i - 1].span.begin) == layout.sentence_at(quotes[i].span.begin);
}

// A statement quoted over several paragraphs ("…  /  "…," he said.) has one speaker: the
// attribution of any of its parts is given to the parts without one.
void share_within_chains(const std::vector<QuoteSpan>& spans, std::vector<Quote>& quotes) {
  for (size_t i = quotes.size(); i-- > 1;) {
    if (spans[i - 1].continues && !has_speaker(quotes[i - 1]) && has_speaker(quotes[i])) {
      copy_speaker(quotes[i], quotes[i - 1]);
    }
  }
  for (size_t i = 1; i < quotes.size(); ++i) {
    if (spans[i - 1].continues && !has_speaker(quotes[i]) && has_speaker(quotes[i - 1])) {
      copy_speaker(quotes[i - 1], quotes[i]);
    }
  }
}

// Quotes without an attribution take the speaker of the quote before them in the same
// paragraph ("…," Carvin said. "…"), or of the previous paragraph when they open their own
// paragraph; then, within a paragraph, of the quote after them ("…" "…," he said). A quoted
// statement goes on the speech of a statement that a few words quoted later in its sentence
// follow ("…," McCaul said, though Comey has not said the FBI is "reopening" it. "…"); after a
// fragment alone it goes on the fragment's ("Doherty said gamers were "ravenous". "…"").
void inherit_speakers(const Document& doc, const Layout& layout, const std::vector<QuoteSpan>& spans,
                      std::vector<Quote>& quotes) {
  std::optional<size_t> last, last_statement;  // the last attributed speech quote; of more than a few words
  const auto statement = [&](size_t i) {
    return word_count(doc.norm_slice(spans[i].content)) > kFragmentMaxWords;
  };
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].scare) continue;
    const auto near = [&](std::optional<size_t> from) {
      if (!from) return false;
      const size_t p = spans[i].paragraph, lp = spans[*from].paragraph;
      return lp == p || (lp + 1 == p && spans[i].span.begin == layout.paragraphs[p].begin);
    };
    if (!has_speaker(quotes[i])) {
      // the fragment shares its sentence with the statement: the sentence's speech goes on
      const bool fragment_after_statement = last && last_statement && !statement(*last) &&
                                            layout.sentence_at(spans[*last].span.begin) ==
                                                layout.sentence_at(spans[*last_statement].span.begin);
      const std::optional<size_t> from = statement(i) && fragment_after_statement ? last_statement : last;
      if (near(from)) copy_speaker(quotes[*from], quotes[i]);
    }
    if (has_speaker(quotes[i])) {
      last = i;
      if (statement(i)) last_statement = i;
    }
  }
  for (size_t i = quotes.size(); i-- > 1;) {
    if (!quotes[i - 1].scare && !has_speaker(quotes[i - 1]) && has_speaker(quotes[i]) &&
        spans[i - 1].paragraph == spans[i].paragraph) {
      copy_speaker(quotes[i], quotes[i - 1]);
    }
  }
}

}  // namespace

QuoteExtractor::QuoteExtractor(const Ruleset& rules)
    : lexicon_(rules),
      finder_(rules, lexicon_),
      clause_opening_(rules.lazy("quotes.clause_opening")),
      term_before_(rules.lazy("quotes.term_before")) {}

// One or two words without sentence punctuation ("geo-economic") are scare quotes when
// nothing attributes them, or when they modify the noun that follows (a "geo-economic"
// strategy); an attributed fragment ("was only "to mock" Clinton") is partial speech.
// A term quoted ("terms like "digital"", "the phrase "soft landing"") or a word listed after
// one ("terms like "digital", "interactive"") is one even where its sentence has a speaker.
bool QuoteExtractor::is_scare(const Document& doc, const QuoteSpan& q, bool attributed,
                              bool after_scare) const {
  if (!q.closed) return false;
  const std::string_view content = doc.norm_slice(q.content);
  if (word_count(content) > kScareMaxWords || content.empty()) return false;
  const char last = content.back();
  if (last == '.' || last == '?' || last == '!' || last == ',' || last == ';' || last == ':') return false;
  const std::string_view before = std::string_view(doc.norm()).substr(0, q.span.begin);
  if (ends_with(before, "so-called ") || ends_with(before, "so called ")) return true;
  if (!attributed) return true;
  constexpr size_t kTermWindow = 40;
  const std::string_view near = before.substr(before.size() - std::min(before.size(), kTermWindow));
  if (after_scare || term_before_.get().Match(near, 0, near.size(), RE2::UNANCHORED, nullptr, 0)) return true;
  const std::string_view next = next_word(doc.norm(), q.span.end);
  return !next.empty() && !lexicon_.is_function_word(next);
}

// "launched in December and dubbed "Otoku"": the name before the cue is a date the dates
// stage found, and a date speaks no quotes.
static bool names_a_date(const Extraction& out, Span speaker) {
  return std::any_of(out.dates.begin(), out.dates.end(),
                     [&](const DateItem& d) { return d.span.contains(speaker); });
}

// "the expert", "the analyst": a definite description of a person that no entity's role
// matched, which news uses for someone it has just quoted.
bool QuoteExtractor::describes_known_person(const Document& doc, const Attribution& a) const {
  if (a.kind != SpeakerKind::Description) return false;
  const std::string_view words = doc.norm_slice(a.speaker);
  if (words.size() < 4 || (words.substr(0, 4) != "the " && words.substr(0, 4) != "The ")) return false;
  const NounRefers* refers = lexicon_.noun(doc.norm_slice(a.head));
  return refers && *refers == NounRefers::Person;
}

// Whether the last lower-case word between an organization ending at byte from and a person
// named at byte to is a person's noun ("Ford boss Jim Hale", "Liberal Democrat peer Lord
// Greaves"), not a verb ("Ford praised President Reagan's nomination").
bool QuoteExtractor::describes_a_person(const Document& doc, uint32_t from, uint32_t to) const {
  const std::string_view gap = doc.norm_slice({from, to});
  std::string_view last;  // the last word that opens in lower case (a title after it aside)
  for (size_t b = 0; b < gap.size();) {
    const size_t e = std::min(gap.find(' ', b), gap.size());
    if (e > b && is_ascii_lower(gap[b])) last = gap.substr(b, e - b);
    b = e + 1;
  }
  const NounRefers* refers = last.empty() ? nullptr : lexicon_.noun(last);
  return refers && *refers == NounRefers::Person;
}

void QuoteExtractor::run(const Context& ctx, Extraction& out) const {
  const Document& doc = ctx.doc;
  const std::vector<QuoteSpan> spans = find_quote_spans(doc, ctx.layout);
  if (spans.empty()) return;
  const SpeakerLinker linker(doc, out.entities, spans, lexicon_);
  std::vector<Quote> quotes(spans.size());
  std::optional<size_t> last_person;  // the person entity quoted last, and where
  uint32_t last_person_at = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    Quote& q = quotes[i];
    q.span = spans[i].span;
    auto a = finder_.find(doc, ctx.layout, spans, i);
    if (a && a->kind == SpeakerKind::Name && names_a_date(out, a->speaker)) a.reset();
    q.scare = is_scare(doc, spans[i], a.has_value() || follows_attributed(ctx.layout, quotes, i),
                       i > 0 && quotes[i - 1].scare && listed_after(doc, spans[i - 1], spans[i]));
    // A scare quote keeps the attribution found for it: whose word it is ("he called his own
    // "October Surprise"").
    if (!a) continue;
    q.speaker = linker.resolve(*a);
    // "The Bishop of Durham, the Rt Rev Dr Tom Wright, described ...": a place does not speak;
    // the person in apposition to it does.
    if (a->kind != SpeakerKind::Pronoun && q.speaker && is_place(out.entities[*q.speaker].type)) {
      if (const auto person = linker.apposed_person(a->speaker)) {
        q.speaker = person->first;
        a->speaker = person->second;
      }
    }
    // "said Spanish teenager Nadal", "Conservative co-chairman Liam Fox said": a nationality or a
    // party describes the person named after it (not "the Tories say the Lib Dems would").
    // So does an organization a person is of: "Liberal Democrat peer Lord Greaves called for ...
    // saying", "Ford boss Jim Hale said".
    if (a->kind == SpeakerKind::Name && q.speaker &&
        (out.entities[*q.speaker].type == EntityType::Norp ||
         out.entities[*q.speaker].type == EntityType::Org)) {
      if (const auto person = linker.described_person_after(a->speaker);
          person && (a->cue.end <= a->speaker.begin || person->second.end <= a->cue.begin) &&
          (out.entities[*q.speaker].type == EntityType::Norp ||
           (out.entities[person->first].type == EntityType::Person &&
            describes_a_person(doc, a->speaker.end, person->second.begin)))) {
        q.speaker = person->first;
        a->speaker = person->second;
      }
    }
    // "a spokesman for the Department for Culture, Media and Sport said": the rule's name stops
    // at the comma ("Sport"); the linked entity's mention around it is the whole name
    if (a->kind == SpeakerKind::Name && q.speaker) {
      for (const Span& m : out.entities[*q.speaker].mentions)
        if (m.contains(a->speaker) && m.size() > a->speaker.size() && m.end == a->speaker.end) a->speaker = m;
    }
    // "Colin Asplin, Blackpool Hotel Association said": the person speaks for the organization.
    if (a->kind == SpeakerKind::Name && q.speaker && out.entities[*q.speaker].type == EntityType::Org) {
      const size_t s = ctx.layout.sentence_at(a->speaker.begin);
      if (s < ctx.layout.sentences.size()) {
        if (const auto person = linker.person_before(a->speaker, ctx.layout.sentences[s].begin)) {
          q.speaker = person->first;
          a->speaker = person->second;
        }
      }
      // "analyst Jack Kirnan of Kidder Peabody and Co told": the analyst speaks for the firm
      if (const auto person = linker.person_of(a->speaker);
          person && out.entities[*q.speaker].type == EntityType::Org) {
        q.speaker = person->first;
        a->speaker = person->second;
      }
    }
    if (!q.speaker && last_person && q.span.begin - last_person_at < kDescribedSpeakerReach &&
        describes_known_person(doc, *a))
      q.speaker = last_person;  // "the expert said": the expert quoted just before
    if (q.speaker && out.entities[*q.speaker].type == EntityType::Person)
      last_person = q.speaker, last_person_at = q.span.begin;
    q.speaker_text = std::string(doc.original_slice(a->speaker));
    q.speaker_span = a->speaker;
    q.cue = std::string(doc.original_slice(a->cue));
  }
  share_within_chains(spans, quotes);
  inherit_speakers(doc, ctx.layout, spans, quotes);
  // A fallback's speaker, unless it is a pronoun that refers to no one.
  const auto take = [&](Quote& q, const Attribution& a) {
    const std::optional<size_t> speaker = linker.resolve(a);
    if (a.kind == SpeakerKind::Pronoun && !speaker) return false;
    q.speaker = speaker;
    q.speaker_text = std::string(doc.original_slice(a.speaker));
    q.speaker_span = a.speaker;
    return true;
  };
  // What nothing attributes belongs to the subject of its clause ("PolitiFact rated 22% of the
  // claims "entirely true"").
  for (Quote& q : quotes) {
    if (has_speaker(q)) continue;
    if (const auto a = clause_subject(doc, ctx.layout, out.entities, clause_opening_.get(), q.span))
      take(q, *a);
  }
  // A statement alone opening its paragraph goes on the reported speech of the paragraph
  // before ("He told the conference a decline would hurt.\n\n"Trying to …"").
  for (size_t i = 0; i < quotes.size(); ++i) {
    Quote& q = quotes[i];
    if (has_speaker(q) || q.scare || word_count(doc.norm_slice(spans[i].content)) <= kFragmentMaxWords)
      continue;
    if (const auto a = finder_.previous_speech(doc, ctx.layout, spans, i); a && take(q, *a))
      q.cue = std::string(doc.original_slice(a->cue));
  }
  out.quotes.insert(out.quotes.end(), quotes.begin(), quotes.end());
}

}  // namespace newsclaim
