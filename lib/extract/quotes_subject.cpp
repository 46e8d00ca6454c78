#include "extract/quotes_subject.hpp"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "text/ascii.hpp"

namespace newsclaim {

namespace {

// The first word at b: letters, digits, apostrophes and hyphens.
Span word_at(std::string_view text, uint32_t b) {
  uint32_t e = b;
  while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) != 0 || text[e] == '\'' ||
                             text[e] == '-' || (text[e] & 0x80) != 0))
    ++e;
  return {b, e};
}

// "He", "she", "They": the personal pronouns a subject may be (not "it": "It is "unclear"").
bool subject_pronoun(std::string_view w) {
  const std::string lower = ascii_lower(w);
  return lower == "he" || lower == "she" || lower == "they";
}

// "Mr Howard", "Dr. Lee": a title the mention after it may leave out.
bool honorific(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kTitles{"Mr",   "Mrs",  "Ms",   "Dr",  "Sir",
                                                           "Lord", "Lady", "Dame", "Prof"};
  if (w.ends_with('.')) w.remove_suffix(1);
  for (const std::string_view t : kTitles) {
    if (w == t) return true;
  }
  return false;
}

// A person's mention opening at b (an honorific may come first: "Mr Howard"), or an
// organization's named more than once (a lone capital opening a sentence is no evidence).
std::optional<Span> mention_at(const std::vector<Entity>& entities, uint32_t b) {
  for (const Entity& e : entities) {
    if (e.type != EntityType::Person && !(e.type == EntityType::Org && e.mentions.size() >= 2)) continue;
    for (const Span& m : e.mentions) {
      if (m.begin >= b && m.begin <= b + 4) return m;
    }
  }
  return std::nullopt;
}

// Whether byte i starts a capitalized word.
bool capital_at(std::string_view text, size_t i) {
  return i < text.size() && std::isupper(static_cast<unsigned char>(text[i])) != 0;
}

// The span of the person or organization named at the clause start `at` (word: its first word),
// or nullopt: not a possessive ("Dana Whitfield's office sat next to a shop called "Corner
// Books""), nor a name a title follows ("Band Aid founder Bob Geldof said", "Planning Minister
// Julio De Vido"), which makes the subject the person the title names.
std::optional<Span> named_subject(std::string_view text, const std::vector<Entity>& entities, uint32_t at,
                                  Span word) {
  const std::optional<Span> m = mention_at(entities, at);
  if (!m || (m->begin != at && !honorific(text.substr(word.begin, word.size())))) return std::nullopt;
  if (text.substr(m->end, 2) == "'s" || text.substr(m->end, 2) == "' ") return std::nullopt;
  if (m->end < text.size() && text[m->end] == ' ') {
    const Span next = word_at(text, m->end + 1);
    const bool then_capital =
        next.end < text.size() && text[next.end] == ' ' && capital_at(text, next.end + 1);
    if (!next.empty() && (capital_at(text, next.begin) || then_capital)) return std::nullopt;
  }
  return Span{at, m->end};
}

}  // namespace

std::optional<Attribution> clause_subject(const Document& doc, const Layout& layout,
                                          const std::vector<Entity>& entities, const re2::RE2& clause_opening,
                                          Span quote) {
  const std::string_view text = doc.norm();
  const size_t s = layout.sentence_at(quote.begin);
  if (s >= layout.sentences.size()) return std::nullopt;
  const Span sentence = layout.sentences[s];
  re2::StringPiece opening;
  const re2::StringPiece input(text.data() + sentence.begin, sentence.size());
  if (!clause_opening.Match(input, 0, input.size(), re2::RE2::ANCHOR_START, &opening, 1)) return std::nullopt;
  const uint32_t at = sentence.begin + static_cast<uint32_t>(opening.size());
  if (at > quote.begin && at < quote.end) return std::nullopt;  // "After saying it was "so swollen," she ..."
  const Span word = word_at(text, at);
  if (word.empty()) return std::nullopt;
  Attribution a;
  a.head = a.speaker = word;
  a.kind = SpeakerKind::Pronoun;
  if (subject_pronoun(text.substr(word.begin, word.size()))) return a;
  const std::optional<Span> name = named_subject(text, entities, at, word);
  if (!name) return std::nullopt;
  a.head = a.speaker = *name;
  a.kind = SpeakerKind::Name;
  return a;
}

}  // namespace newsclaim
