// Quote attribution: the speaker a rule matched, tidied. A name loses the function words a rule
// took before it ("But Carvin"); a description is cut after its head noun and the name of what
// it belongs to ("a spokeswoman for CBSA in a statement" -> "a spokeswoman for CBSA").
#include <algorithm>
#include <cstdint>
#include <vector>

#include "extract/quotes_speaker.hpp"
#include "extract/quotes_speaker_internal.hpp"
#include "text/ascii.hpp"
#include "text/month_names.hpp"

namespace newsclaim {
namespace {

using speaker_text::is_space;

struct Word {
  uint32_t begin, end;
};

// Space-separated words of text[s.begin, s.end) as absolute spans.
std::vector<Word> words_of(std::string_view text, Span s) {
  std::vector<Word> out;
  uint32_t i = s.begin;
  while (i < s.end) {
    while (i < s.end && is_space(text[i])) ++i;
    const uint32_t b = i;
    while (i < s.end && !is_space(text[i])) ++i;
    if (i > b) out.push_back({b, i});
  }
  return out;
}

std::string_view view(std::string_view text, Word w) { return text.substr(w.begin, w.end - w.begin); }

bool capitalized(std::string_view w) { return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] & 0x80)); }

bool is_complement_preposition(std::string_view w) {
  return w == "for" || w == "of" || w == "at" || w == "from" || w == "with";
}

// "Mulgrew." ends a sentence; "U.S.", "Jr." and "J." keep their dots.
bool ends_with_full_stop(std::string_view w) {
  if (w.size() < 3 || w.back() != '.') return false;
  return w.find('.') == w.size() - 1 && w.substr(0, w.size() - 1) != "Jr" &&
         w.substr(0, w.size() - 1) != "Sr";
}

// End of the named complement after a description's head: "for CBSA", "of the U.S. Army".
uint32_t complement_end(std::string_view text, const std::vector<Word>& words, size_t head) {
  uint32_t end = words[head].end;
  size_t j = head + 1;
  if (j + 1 >= words.size() || !is_complement_preposition(view(text, words[j]))) return end;
  ++j;
  if (view(text, words[j]) == "the" && j + 1 < words.size()) ++j;
  for (; j < words.size(); ++j) {
    const std::string_view w = view(text, words[j]);
    const bool joiner = (w == "of" || w == "and" || w == "for") && j + 1 < words.size() &&
                        capitalized(view(text, words[j + 1]));
    if (!capitalized(w) && !joiner) break;
    if (!joiner) end = words[j].end;
  }
  return end;
}

// "Mulgrew." -> "Mulgrew": a word without the full stop after it.
std::string_view trim_period(std::string_view w) { return w.ends_with('.') ? w.substr(0, w.size() - 1) : w; }

// Whether the listed noun words[k] is part of a name, not the head of the description: written
// capitalized, and a listed noun ends the capitalized run it opens ("the Securities and Exchange
// Commission", "the Air Line Pilots Association"; an organization's name runs on over "of",
// "for", "and" before a capital: "a Housewives Association of Japan official") or comes within
// three lower-case words after it ("a General Motors spokesman", "one General Motors human
// relations executive"). Not "Treasury Secretary James Baker" (the title heads it, and the name
// after it speaks), nor "The Home Office has produced its own report" (a verb between). A name
// in the complement of a preposition ("a scholar at the think tank American Enterprise
// Institute") heads nothing either.
bool inside_name(std::string_view text, const std::vector<Word>& words, size_t k,
                 const QuoteLexicon& lexicon) {
  if (!capitalized(view(text, words[k]))) return false;
  // "a scholar at the think tank American Enterprise Institute": a name in the complement of a
  // preposition after a lower-case word ("the House of Commons Finance Committee" is one name)
  for (size_t j = 2; j < k; ++j)
    if (is_complement_preposition(view(text, words[j])) && !capitalized(view(text, words[j - 1])))
      return true;
  const NounRefers* refers = lexicon.noun(view(text, words[k]));
  const bool org = refers != nullptr && (*refers == NounRefers::Org || *refers == NounRefers::State);
  size_t j = k + 1;
  bool joined = false;
  for (; j < words.size(); ++j) {
    const std::string_view w = view(text, words[j]);
    if (capitalized(w) && !lexicon.is_function_word(w)) {
      if (lexicon.noun(w) && !joined) return true;  // not "The National Union of Students"
      continue;
    }
    const bool joins = w == "of" || w == "for" || w == "and" || w == "&";
    if (!(org && joins && j + 1 < words.size() && capitalized(view(text, words[j + 1])))) break;
    joined = true;
  }
  constexpr size_t kMaxModifiers = 3;
  for (size_t m = j; m < words.size() && m < j + kMaxModifiers; ++m) {
    const std::string_view w = view(text, words[m]);
    if (capitalized(w) || lexicon.is_function_word(w)) return false;
    if (lexicon.noun(w)) return true;
  }
  return false;
}

}  // namespace

// "said Secretary of State George Shultz", "Former Secretary of State Henry Kissinger told": a
// title that names a person, "of", and the office's capitalized words are one name with the
// person after them (the name rules stop at "of": "Secretary", "State Henry Kissinger").
void AttributionFinder::join_title_of(std::string_view text, Attribution& a) const {
  const auto person_title = [&](std::string_view w) {
    const NounRefers* refers = capitalized(w) ? lexicon_.noun(w) : nullptr;
    return refers && *refers == NounRefers::Person;
  };
  constexpr std::string_view kOf = " of ";
  // backward: "Secretary of [State Henry Kissinger]"
  if (a.speaker.begin >= kOf.size() + 2 && text.substr(a.speaker.begin - kOf.size(), kOf.size()) == kOf) {
    uint32_t b = a.speaker.begin - static_cast<uint32_t>(kOf.size());
    const uint32_t e = b;
    while (b > 0 && is_ascii_alpha(text[b - 1])) --b;
    if (person_title(text.substr(b, e - b))) a.speaker.begin = a.head.begin = b;
    return;
  }
  // forward: "[Secretary] of State George Shultz"
  const auto words = words_of(text, a.speaker);
  if (words.empty() || !person_title(view(text, words.back())) ||
      text.substr(a.speaker.end, kOf.size()) != kOf)
    return;
  const auto after =
      words_of(text, {static_cast<uint32_t>(a.speaker.end + kOf.size()),
                      static_cast<uint32_t>(std::min(text.size(), a.speaker.end + kOf.size() + 80))});
  uint32_t end = a.speaker.end;
  for (size_t k = 0; k < after.size() && k < 6; ++k) {
    const std::string_view w = view(text, after[k]);
    if (k == 0 && w == "the") continue;
    if (!capitalized(w) || lexicon_.is_function_word(w)) break;
    const bool stop = ends_with_full_stop(w) || w.back() == ',';
    end = after[k].end - (stop ? 1 : 0);
    if (stop) break;
  }
  if (end > a.speaker.end + kOf.size()) a.speaker.end = a.head.end = end;
}

// Drops leading function words and weekdays from names ("But Carvin", "Wednesday Lord Woolf") and trims
// descriptions after their head noun and its named complement ("the company in a statement" -> "the
// company").
bool AttributionFinder::tidy(std::string_view text, Attribution& a) const {
  const auto words = words_of(text, a.speaker);
  if (words.empty()) return false;
  // "raided another in what the administration called", "told the programme how the charity
  // called": the subject after "what" or "how" speaks, not the words before it
  for (size_t k = words.size() - 1; k-- > 0;) {
    const std::string_view w = view(text, words[k]);
    if (w == "what" || w == "how") {
      a.speaker.begin = words[k + 1].begin;
      if (a.head.begin < a.speaker.begin) a.head = a.speaker;
      return tidy(text, a);
    }
  }
  if (a.kind == SpeakerKind::Name) {
    size_t k = 0;
    while (k < words.size() &&
           (lexicon_.is_function_word(view(text, words[k])) || is_weekday_name(view(text, words[k]))))
      ++k;
    if (k == words.size()) return false;
    // after its verb ("agreed in December": a participle): a month alone is no speaker, try the
    // next match
    const bool after_cue = !a.cue.empty() && a.cue.end <= a.speaker.begin;
    if (after_cue && k + 1 == words.size() && is_month_name(trim_period(view(text, words[k])))) return false;
    a.speaker = a.head = {words[k].begin, a.speaker.end};
    if (ends_with_full_stop(view(text, words.back()))) --a.speaker.end, --a.head.end;
    join_title_of(text, a);
    return true;
  }
  if (a.kind != SpeakerKind::Description) return true;
  // '... would "effectively front" the election campaign but said he ...': right after a quote,
  // a conjunction before the verb leaves out its subject, which is not the object before it (a
  // sentence's subject before "and said" is: "the actress stopped to sign autographs and joked")
  if (const std::string_view last = view(text, words.back());
      last == "but" || last == "and" || last == "or") {
    uint32_t b = a.speaker.begin;
    while (b > 0 && is_space(text[b - 1])) --b;
    if (b > 0 && (text[b - 1] == '"' || (b >= 3 && text.substr(b - 3, 3) == "\xE2\x80\x9D"))) return false;
  }
  // "a scholar at the think tank AEI who describes", "the Chicago Police Department which
  // reported": the relative pronoun is the verb's subject, unless a listed noun in lower case
  // heads the description before it ("an official who asked", "the commission which said")
  if (const std::string_view last = view(text, words.back()); last == "who" || last == "which") {
    const bool lower_head = std::any_of(words.begin() + 1, words.end() - 1, [&](const Word& w) {
      return !capitalized(view(text, w)) && lexicon_.noun(view(text, w));
    });
    if (!lower_head) return false;
  }
  // "Mr Armes warned that developers still had to ...": a lower-case "that" after a word opens
  // the clause a verb reports, no description of a speaker ("That official said" opens one).
  if (view(text, words[0]) == "that") {
    uint32_t b = a.speaker.begin;
    while (b > 0 && is_space(text[b - 1])) --b;
    if (b > 0 && is_ascii_lower(text[b - 1])) return false;
  }
  for (size_t k = 1; k < words.size(); ++k) {
    // an age heads a description only at its end or before a name: "the 30-year-old", "the
    // 28-year-old Morientes"; not "The 28-year-old has been training in Holland and Ferguson"
    if (is_age_noun(view(text, words[k])) && k + 1 < words.size() && !capitalized(view(text, words[k + 1])))
      continue;
    if (lexicon_.noun(view(text, words[k])) && !inside_name(text, words, k, lexicon_)) {
      // "the company spokesman", "a budget bureau official", "the brokerage house economist": in
      // a compound the last listed noun heads it (one unlisted lower-case word may stand between)
      for (size_t j = k + 1; j < words.size() && j <= k + 2; ++j) {
        const std::string_view w = view(text, words[j]);
        if (capitalized(w) || lexicon_.is_function_word(w)) break;
        if (lexicon_.noun(w)) k = j;
      }
      // "her friend Dana Lee", "the agency's spokesman John Ruiz": a full name right after
      // the head noun is who speaks (one capitalized word may be a weekday or a place).
      size_t m = k + 1;
      while (m < words.size() && capitalized(view(text, words[m])) &&
             !lexicon_.is_function_word(view(text, words[m])))
        ++m;
      if (m >= k + 3) {
        a.kind = SpeakerKind::Name;
        a.speaker = a.head = {words[k + 1].begin, words[m - 1].end};
        if (ends_with_full_stop(view(text, words[m - 1]))) --a.speaker.end, --a.head.end;
        return true;
      }
      a.head = {words[k].begin, words[k].end};
      a.speaker.end = complement_end(text, words, k);
      return true;
    }
  }
  // No known head noun: a name after its article ("the Daily Ledger") is a speaker; "her -"
  // and "the day" are not.
  for (size_t k = 1; k < words.size(); ++k) {
    if (!capitalized(view(text, words[k]))) return false;
  }
  a.kind = SpeakerKind::Name;
  return words.size() > 1;
}

}  // namespace newsclaim
