// Tense of a date's sentence: whether a weekday, month or month-day without a year lies ahead
// of the anchor ("will meet Monday", "set for March 14") or behind it ("said Monday"), read
// from cue words before the expression (patterns/dates/expressions.re2: future_cue, future_verb).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/dates.hpp"
#include "extract/dates_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

// The lower-case word ending right before byte b (skipping spaces), or "".
std::string word_before(const std::string& t, uint32_t b) {
  const size_t start = start_of_word_before(t, b);
  size_t end = start;
  while (end < b && is_ascii_alpha(t[end])) ++end;
  return ascii_lower(std::string_view(t).substr(start, end - start));
}

uint32_t start_of_word_before(const std::string& t, uint32_t b) {
  while (b > 0 && t[b - 1] == ' ') --b;
  while (b > 0 && is_ascii_alpha(t[b - 1])) --b;
  return b;
}

// string_view compares: the lengths first, and no strlen of each word per call.
bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

bool age_or_level_word(std::string_view w) {
  return one_of(w, {"his", "her", "their", "my", "our", "your", "its", "whose", "low", "high", "upper",
                    "lower", "mid"});
}

namespace {

// A past participle or past tense right before the date ("announced Wednesday", "was signed
// Friday") dates a reported event; plans ("scheduled Monday") do not.
bool reported_past(const std::string& w) {
  if (w.size() < 5 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
  return !(w == "scheduled" || w == "planned" || w == "slated" || w == "expected" || w == "rescheduled" ||
           w == "needed" || w == "proposed" || w == "intended");
}

// Irregular past tenses that date a reported event the same way ("strikes that began on January
// 19", "talks broke down Friday"); not those spelled as the present too ("set", "put", "cut").
// A form that is also the past participle counts only when no "be" stands before it: "the deal
// was struck Friday" has happened, "the meeting will be held Monday" has not.
bool irregular_past(const std::string& t, uint32_t word_begin, std::string_view w) {
  if (one_of(w, {"began", "came", "went",  "took",  "rose",  "fell", "broke", "gave", "grew",  "became",
                 "drew",  "flew", "stole", "threw", "spoke", "ran",  "swore", "woke", "froze", "sank",
                 "shook", "wore", "tore",  "saw",   "knew",  "was",  "were",  "did"}))
    return true;
  if (!one_of(w, {"made",  "met",  "won",    "lost",   "struck",  "left", "sent", "bought",
                  "sold",  "paid", "stood",  "found",  "brought", "led",  "shot", "sought",
                  "spent", "beat", "fought", "caught", "heard",   "kept", "had",  "got"}))
    return false;
  return !one_of(word_before(t, word_begin), {"be", "been", "being", "is", "are", "was", "were"}) ||
         one_of(word_before(t, start_of_word_before(t, word_begin)), {"has", "had", "have"});
}

// Cues that put a whole clause ahead even after the date: "On Tuesday, the league plans to".
bool strong_cue(std::string_view cue) {
  const std::string lower = ascii_lower(cue.substr(0, 8));
  for (std::string_view w :
       {"will", "won't", "shall", "'ll", "going", "plans", "plan ", "is ", "are ", "set "})
    if (lower.rfind(w, 0) == 0) return true;
  return false;
}

// "due to a price freeze", "due to weak demand": a cause, not a schedule. A schedule has a verb
// after "to" ("is due to arrive", "due to be signed") or "is due to" before it.
bool causal_due_to(const std::string& t, uint32_t at, std::string_view cue) {
  if (cue.size() < 7 || (cue[0] != 'd' && cue[0] != 'D') || cue[1] != 'u') return false;
  if (one_of(word_before(t, at), {"is", "are", "be", "s"})) return false;
  const std::string next = ascii_lower(cue.substr(cue.rfind(' ') + 1));
  return !one_of(next, {"be",       "arrive", "start", "begin",  "meet",   "open",    "close",    "end",
                        "take",     "expire", "visit", "hold",   "return", "report",  "announce", "make",
                        "sign",     "vote",   "leave", "resume", "appear", "testify", "release",  "launch",
                        "complete", "go",     "come",  "decide", "rule",   "publish"});
}

// "reserves had reached 12 billion by the end of April": a clause in the past before "by" (a
// past-tense verb in the last words, and no modal, "to" or present perfect that would put it
// ahead, as in "will be completed by", "has to be signed by", "has required exchanges by").
bool past_clause_before(const std::string& t, uint32_t b) {
  bool past = false;
  for (int words = 0; words < 8 && b > 0; ++words) {
    while (b > 0 && t[b - 1] == ' ') --b;
    if (b == 0 || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == ':' || t[b - 1] == '\n') break;
    uint32_t start = b;
    while (start > 0 && t[start - 1] != ' ' && t[start - 1] != '\n') --start;
    const std::string w =
        ascii_lower(std::string_view(t).substr(start, b - start));  // short: no allocation (SSO)
    if (one_of(w, {"will", "would", "should", "must", "could", "can", "may", "might", "to", "shall", "has",
                   "have"}))
      return false;  // "has ordered banks to comply by July 1" sets a deadline
    if (one_of(w, {"had", "was", "were", "rose", "fell", "grew", "stood", "came", "went", "began", "hit"}) ||
        reported_past(w))
      past = true;
    b = start;
  }
  return past;
}

}  // namespace

// Forward-looking when a future cue stands before the expression in its sentence, unless a
// reporting verb right before it dates it ("said Thursday"); "since" looks back, "until" ahead.
// A present-tense event verb right before ("meet Monday") and, for an expression that opens its
// sentence ("On Tuesday, the league plans to"), a cue after it count too.
bool DateExtractor::is_future(const Context& ctx, Span span, const std::string& signal) const {
  const std::string& t = ctx.doc.norm();
  if (one_of(signal, {"since", "ago", "last"})) return false;  // "since March" lies behind
  if (one_of(signal, {"until", "till", "next"})) return true;
  if (signal == "by" && !past_clause_before(t, start_of_word_before(t, span.begin))) return true;
  if (signal == "of" && word_before(t, start_of_word_before(t, span.begin)) == "ahead")
    return true;                                        // "ahead of Tuesday's vote", "ahead of the weekend"
  if (t.compare(span.end, 2, "'s") == 0) return false;  // "Wednesday's ruling" has happened
  uint32_t before_at = start_of_word_before(t, span.begin);
  std::string before = word_before(t, span.begin);
  // "signed on March 3", "stopped in January": the verb before the preposition dates it
  if ((before == "on" || before == "in") && before_at + 2 < span.begin) {
    const uint32_t prep = before_at;
    before = word_before(t, prep);
    before_at = start_of_word_before(t, prep);
  }
  // a participle after "be" is planned ("will be completed on March 3", "to be signed in May");
  // "was due in January" lies behind as "is due in January" lies ahead
  const std::string aux = word_before(t, before_at);
  if (one_of(before, {"said", "says", "told", "last", "predicted", "warned", "wrote"}) ||
      (reported_past(before) && !one_of(aux, {"be", "being"})) || irregular_past(t, before_at, before) ||
      (before == "due" && one_of(aux, {"was", "were"})))
    return false;
  const size_t near = span.begin > 32 ? span.begin - 32 : 0;
  if (RE2::PartialMatch(re2::StringPiece(t.data() + near, span.begin - near), *future_verb_)) return true;
  // Only cues before the expression count: in "told reporters on Wednesday that it would hire"
  // the "would" belongs to the reported clause, not to Wednesday.
  uint32_t from = span.begin > 200 ? span.begin - 200 : 0;
  const size_t si = ctx.layout.sentence_at(span.begin);
  const bool has_sentence = si != static_cast<size_t>(-1) && si < ctx.layout.sentences.size();
  if (has_sentence) from = std::max(from, ctx.layout.sentences[si].begin);
  if (from < span.end && cue_in(t, from, span.end, false)) return true;
  if (!has_sentence || span.begin - from > 4) return false;  // "On Tuesday, ..." opens the sentence
  // ... up to the next comma: "In May, X hired Y, who will stay" puts only Y's stay ahead
  size_t to = std::min<size_t>(ctx.layout.sentences[si].end, span.end + 120);
  if (span.end + 2 < to) {  // the comma is looked for up to `to` only: never to the text's end
    const size_t comma = std::string_view(t).substr(span.end + 2, to - span.end - 2).find(',');
    if (comma != std::string_view::npos) to = span.end + 2 + comma;
  }
  return span.end < to && cue_in(t, span.end, to, true);
}

bool LazyTense::get() const {
  if (value_ == kUnknown) value_ = ex_->is_future(*ctx_, span_, signal_) ? 1 : 0;
  return value_ == 1;
}

// A sentence made of nothing but temporal words and the few words that join them ("Tuesday",
// "on march 3rd", "next thanksgiving day", "Fri, Jul 18 at 9am"): a heading, a calendar entry
// or a query. No reported event dates it in the past, and such a bare date names the next
// occurrence, as a schedule does. Every token must be a number or a words.tsv word (kind
// "link" lists the joining words: on, at, the, of...); long sentences never qualify.
bool DateExtractor::is_standalone(const Context& ctx, Span span) const {
  const std::string& t = ctx.doc.norm();
  Span s{0, static_cast<uint32_t>(t.size())};
  const size_t si = ctx.layout.sentence_at(span.begin);
  if (si != static_cast<size_t>(-1) && si < ctx.layout.sentences.size()) s = ctx.layout.sentences[si];
  if (s.size() > 80 || s.begin > span.begin || s.end < span.end) return false;
  // the expression itself may hold words of no other use ("black friday", "mardi gras")
  return only_temporal_words(std::string_view(t).substr(s.begin, span.begin - s.begin)) &&
         only_temporal_words(std::string_view(t).substr(span.end, s.end - span.end));
}

// Words split as date_tokens splits them, read one at a time without allocating: most
// sentences fail at their first word.
bool DateExtractor::only_temporal_words(std::string_view text) const {
  auto split = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '-' || c == ',' || c == '/' || c == '(' || c == ')';
  };
  char lower[24];
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && split(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !split(text[j])) ++j;
    std::string_view w = text.substr(i, j - i);
    i = j;
    while (!w.empty() && (w.back() == '.' || w.back() == '!' || w.back() == '?' || w.back() == ':'))
      w.remove_suffix(1);
    if (w.size() >= 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    if (!w.empty() && w.front() == '\'') w.remove_prefix(1);
    if (w.empty() || std::isdigit(static_cast<unsigned char>(w[0]))) continue;
    if (w.size() > sizeof lower) return false;
    for (size_t k = 0; k < w.size(); ++k)
      lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
    if (!lexicon_.find(std::string_view(lower, w.size()))) return false;
  }
  return true;
}

bool DateExtractor::cue_in(const std::string& t, size_t from, size_t to, bool strong_only) const {
  re2::StringPiece cue;
  size_t pos = from;
  while (pos < to && future_cue_->Match(t, pos, to, RE2::UNANCHORED, &cue, 1)) {
    const uint32_t at = static_cast<uint32_t>(cue.data() - t.data());
    // "was scheduled to", "had been due to": a plan seen from the past, not the future
    const bool seen_from_past = one_of(word_before(t, at), {"was", "were", "had", "been"});
    const std::string_view cue_text(cue.data(), cue.size());
    if (!seen_from_past && !causal_due_to(t, at, cue_text) && (!strong_only || strong_cue(cue_text)))
      return true;
    pos = at + std::max<size_t>(cue.size(), 1);
  }
  return false;
}

}  // namespace newsclaim
