#include "extract/quotes_link.hpp"

#include <algorithm>

#include "extract/antecedent.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

constexpr size_t kMaxWalk = 64;             // mentions visited looking back for an antecedent
constexpr uint32_t kPronounReach = 3000;    // bytes a pronoun may look back
constexpr uint32_t kOrgReach = 1500;        // bytes "the agency" may look back
constexpr uint32_t kIssuerReach = 60;       // bytes "a statement" may look back to its issuer
constexpr uint32_t kRoleAheadReach = 400;   // bytes "the mayor" may look ahead to the mayor's name
constexpr uint32_t kMaxMentionBytes = 200;  // longer mentions are not expected

constexpr TypeMask kAnyType = 0xFF;
constexpr uint32_t kApposedReach = 80;  // bytes of an apposition after a speaker
constexpr TypeMask kOrgLike = type_bit(EntityType::Org) | type_bit(EntityType::Gpe);

// The last space-separated word of s.
std::string_view last_word(std::string_view s) {
  const size_t space = s.find_last_of(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

}  // namespace

SpeakerLinker::SpeakerLinker(const Document& doc, const std::vector<Entity>& entities,
                             const std::vector<QuoteSpan>& quotes, const QuoteLexicon& lexicon)
    : doc_(doc), entities_(entities), quotes_(quotes), lexicon_(lexicon) {
  for (size_t e = 0; e < entities.size(); ++e) {
    for (const Span& m : entities[e].mentions) mentions_.push_back({m, e});
    names_.emplace(ascii_lower(entities[e].name), e);
    for (const auto& alias : entities[e].aliases) names_.emplace(ascii_lower(alias), e);
    if (entities[e].type == EntityType::Person) names_.emplace(ascii_lower(last_word(entities[e].name)), e);
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const MentionRef& a, const MentionRef& b) { return a.span < b.span; });
  told_ = story_genders(doc.norm(), entities);
}

// The entity of the mention overlapping s the most, among types.
std::optional<std::pair<size_t, Span>> SpeakerLinker::apposed_person(Span speaker) const {
  const std::string_view text = doc_.norm();
  if (speaker.end + 2 >= text.size() || text.compare(speaker.end, 2, ", ") != 0) return std::nullopt;
  const size_t close = text.find(',', speaker.end + 2);
  if (close == std::string_view::npos || close - speaker.end > kApposedReach) return std::nullopt;
  const Span apposition{speaker.end + 2, static_cast<uint32_t>(close)};
  auto it = first_from(apposition.begin);
  for (; it != mentions_.end() && it->span.begin < apposition.end; ++it) {
    if (apposition.contains(it->span) && type_of(it->entity) == type_bit(EntityType::Person))
      return std::make_pair(it->entity, it->span);
  }
  return std::nullopt;
}

std::optional<std::pair<size_t, Span>> SpeakerLinker::person_before(Span speaker,
                                                                    uint32_t sentence_begin) const {
  const std::string_view text = doc_.norm();
  if (speaker.begin < sentence_begin + 2 || text.compare(speaker.begin - 2, 2, ", ") != 0)
    return std::nullopt;
  auto it = first_from(sentence_begin);
  if (it == mentions_.end() || it->span.begin != sentence_begin || it->span.end + 2 != speaker.begin ||
      type_of(it->entity) != type_bit(EntityType::Person))
    return std::nullopt;
  return std::make_pair(it->entity, it->span);
}

std::optional<std::pair<size_t, Span>> SpeakerLinker::person_of(Span speaker) const {
  const std::string_view text = doc_.norm();
  for (const std::string_view link : {" of ", " at ", " from "}) {
    if (speaker.begin < link.size() + 1 || text.compare(speaker.begin - link.size(), link.size(), link) != 0)
      continue;
    const uint32_t end = speaker.begin - static_cast<uint32_t>(link.size());
    for (auto it = first_from(end > 64 ? end - 64 : 0); it != mentions_.end() && it->span.begin < end; ++it) {
      if (it->span.end == end && type_of(it->entity) == type_bit(EntityType::Person))
        return std::make_pair(it->entity, it->span);
    }
  }
  return std::nullopt;
}

std::optional<std::pair<size_t, Span>> SpeakerLinker::described_person_after(Span speaker) const {
  const std::string_view text = doc_.norm();
  uint32_t at = speaker.end;
  for (int words = 0; words < 3; ++words) {
    if (at + 1 >= text.size() || text[at] != ' ' || !is_ascii_lower(text[at + 1])) break;
    const uint32_t word = ++at;
    while (at < text.size() && (is_ascii_lower(text[at]) || text[at] == '-')) ++at;
    const std::string_view w = text.substr(word, at - word);
    if (w == "and" || w == "or") return std::nullopt;  // "the Tories and Lib Dems": two names
    // "Ten Have of Staal Bankiers": the name after a preposition is whom the speaker is with
    if (is_preposition(w)) return std::nullopt;
  }
  if (at == speaker.end || at + 1 >= text.size() || text[at] != ' ') return std::nullopt;
  const auto it = first_from(at + 1);
  constexpr TypeMask kSpeakers = type_bit(EntityType::Person) | type_bit(EntityType::Org);
  if (it == mentions_.end() || !(type_of(it->entity) & kSpeakers)) return std::nullopt;
  if (it->span.begin != at + 1) {
    // "Liberal Democrat peer Lord Greaves": a title the person's roles hold may come between
    const std::string_view title = text.substr(at + 1, it->span.begin > at + 2 ? it->span.begin - at - 2 : 0);
    const auto& roles = entities_[it->entity].roles;
    if (title.empty() || text[it->span.begin - 1] != ' ' || title.find(' ') != std::string_view::npos ||
        std::find(roles.begin(), roles.end(), title) == roles.end())
      return std::nullopt;
  }
  return std::make_pair(it->entity, it->span);
}

std::optional<size_t> SpeakerLinker::mention_in(Span s, TypeMask types) const {
  auto it = first_from(s.end);
  std::optional<size_t> best, modifier;
  uint32_t best_overlap = 0;
  const std::string& text = doc_.norm();
  for (size_t walked = 0; it != mentions_.begin() && walked < kMaxWalk; ++walked) {
    --it;
    if (it->span.end + kMaxMentionBytes < s.begin) break;
    if (!it->span.overlaps(s) || !(type_of(it->entity) & types)) continue;
    // "a spokesman for Montreal-based Alcan": a name inside a hyphenated modifier qualifies
    // the one after it, which is meant when there is one
    if (it->span.end + 1 < text.size() && text[it->span.end] == '-' &&
        is_ascii_lower(text[it->span.end + 1])) {
      modifier = it->entity;
      continue;
    }
    const uint32_t overlap = std::min(s.end, it->span.end) - std::max(s.begin, it->span.begin);
    if (overlap > best_overlap) best = it->entity, best_overlap = overlap;
  }
  return best ? best : modifier;
}

std::optional<size_t> SpeakerLinker::by_name(Span s) const {
  const std::string_view text = doc_.norm_slice(s);
  auto it = names_.find(ascii_lower(text));
  if (it == names_.end()) it = names_.find(ascii_lower(last_word(text)));
  return it == names_.end() ? std::nullopt : std::optional<size_t>(it->second);
}

// "The Group of 24 developing countries said", "The National Association of Probation Officers
// said": the organization whose name, inside the speaker's words, holds the head noun is the
// speaker itself, not one described. A person noun counts only after "of" in the name ("The
// Higher Education Minister" is a role the entities stage may have taken for a name).
std::optional<size_t> SpeakerLinker::org_named_by(const Attribution& a, bool person_noun) const {
  for (auto it = first_from(a.speaker.begin); it != mentions_.end() && it->span.begin < a.head.end; ++it) {
    if (!it->span.overlaps(a.head) || it->span.end > a.speaker.end ||
        type_of(it->entity) != type_bit(EntityType::Org))
      continue;
    if (person_noun &&
        doc_.norm_slice(Span{it->span.begin, std::max(it->span.begin, a.head.begin)}).find(" of ") ==
            std::string_view::npos)
      continue;
    return it->entity;
  }
  return std::nullopt;
}

// "FRANKFURT, March 11 - ...": a place in capitals opening its paragraph before a comma or a
// dash is the story's dateline, where it was written, never what "it" refers to.
bool SpeakerLinker::in_dateline(Span s) const {
  const std::string& text = doc_.norm();
  if (s.begin > 0 && text[s.begin - 1] != '\n') return false;
  if (s.end >= text.size() || (text[s.end] != ',' && text.compare(s.end, 3, " - ") != 0)) return false;
  const std::string_view name = doc_.norm_slice(s);
  return std::none_of(name.begin(), name.end(), is_ascii_lower);
}

bool SpeakerLinker::in_quote(Span s) const {
  auto it = std::upper_bound(quotes_.begin(), quotes_.end(), s.begin,
                             [](uint32_t b, const QuoteSpan& q) { return b < q.span.begin; });
  return it != quotes_.begin() && std::prev(it)->content.contains(s);
}

// The nearest entity of types mentioned within reach bytes before byte before, skipping
// mentions inside quotations (people named in a quote rarely are the next speaker).
std::optional<size_t> SpeakerLinker::antecedent(uint32_t before, TypeMask types, uint32_t reach,
                                                Gender gender) const {
  return nearest_before(mentions_, before, reach, kMaxWalk, [&](const MentionRef& m) {
    // "Mary Lund ... he said" is not Mary
    return (type_of(m.entity) & types) && !in_quote(m.span) && gender_fits(m.entity, gender);
  });
}

// The lower-case word right after byte e, one space away (as lower_word_before before one).
static std::string_view word_after(std::string_view text, uint32_t e) {
  if (e + 1 >= text.size() || text[e] != ' ') return {};
  uint32_t z = e + 1;
  while (z < text.size() && is_ascii_lower(text[z])) ++z;
  return text.substr(e + 1, z - e - 1);
}

// "NBC said ... The network said": the nearest organization before byte `before`, when a speech
// verb follows it; it goes on speaking.
std::optional<size_t> SpeakerLinker::org_spoke_last(uint32_t before) const {
  auto it = first_from(before);
  for (size_t walked = 0; it != mentions_.begin() && walked < kMaxWalk; ++walked) {
    --it;
    if (it->span.end + kOrgReach < before) break;
    if (it->span.end > before || type_of(it->entity) != type_bit(EntityType::Org) || in_quote(it->span))
      continue;
    if (before_speech_verb(doc_.norm(), it->span.end)) return it->entity;
    break;
  }
  return std::nullopt;
}

// "the magazine" after "US magazine Rolling Stone" or "the Rolling Stone magazine", "the bank"
// after "Deutsche Bank": the organization the story names with the description's own noun
// (next to the name or ending it), before the nearest one.
std::optional<size_t> SpeakerLinker::named_with(std::string_view noun, uint32_t before) const {
  if (noun.empty()) return std::nullopt;
  const std::string lower = ascii_lower(noun);
  const std::string_view text = doc_.norm();
  return nearest_before(mentions_, before, kOrgReach, kMaxWalk, [&](const MentionRef& m) {
    if (type_of(m.entity) != type_bit(EntityType::Org) || in_quote(m.span)) return false;
    const std::string_view name = text.substr(m.span.begin, m.span.size());
    const size_t space = name.rfind(' ');
    return ascii_equal_lower(lower_word_before(text, m.span.begin), lower) ||
           ascii_equal_lower(word_after(text, m.span.end), lower) ||
           (space != std::string_view::npos && ascii_equal_lower(name.substr(space + 1), lower));
  });
}

// "A Home Office spokesman said the rules were tightened. He added ...": the modifiers of the
// last description of someone unnamed ("a", "an", "one", "another", up to four words, a noun of a
// person) that speaks between bytes from and before, outside quotations; nullopt when none.
std::optional<Span> SpeakerLinker::unnamed_speaker_between(uint32_t from, uint32_t before) const {
  constexpr size_t kMaxModifiers = 4;
  const std::string_view text = doc_.norm();
  std::optional<Span> found;
  for (uint32_t e = from; e < before; ++e) {
    if (!is_ascii_alpha(text[e]) || (e + 1 < text.size() && is_ascii_alpha(text[e + 1]))) continue;
    if (!before_speech_verb(text, e + 1)) continue;
    uint32_t b = e;
    while (b > from && is_ascii_alpha(text[b - 1])) --b;
    const NounRefers* refers = lexicon_.noun(text.substr(b, e + 1 - b));
    if (!refers || *refers != NounRefers::Person || in_quote({b, e + 1})) continue;
    // back over the modifiers ("Finance Ministry", "senior bank") to the determiner
    uint32_t at = b;
    for (size_t words = 0; words <= kMaxModifiers && at > from + 1 && text[at - 1] == ' '; ++words) {
      uint32_t w = at - 1;
      while (w > from && text[w - 1] != ' ' && text[w - 1] != ',' && text[w - 1] != '"') --w;
      const std::string_view word = text.substr(w, at - 1 - w);
      if (word == "a" || word == "A" || word == "an" || word == "An" || word == "one" || word == "One" ||
          word == "another" || word == "Another") {
        found = Span{at, b};
        break;
      }
      // a sentence's last word ("said."), not an abbreviation ("U.S.")
      if (word.empty() || (word.size() > 1 && word.back() == '.' && is_ascii_lower(word[word.size() - 2])))
        break;
      at = w;
    }
  }
  return found;
}

// "Ortiz dedicated the win to Bellini. "I owe him everything," he said.": the pronoun of a
// speaker refers to the subject of a recent sentence more often than to the person named last,
// who is often an object (subject_person_before); else the nearest person.
std::optional<size_t> SpeakerLinker::person_antecedent(uint32_t before, TypeMask types, Gender gender) const {
  const std::optional<size_t> nearest = antecedent(before, types, kPronounReach, gender);
  if (!nearest || type_of(*nearest) != type_bit(EntityType::Person)) return nearest;
  const auto subject = subject_person_before(
      doc_.norm(), mentions_, entities_, before, kPronounReach,
      [&](const MentionRef& m) { return !in_quote(m.span) && gender_fits(m.entity, gender); });
  return subject ? subject : nearest;
}

bool SpeakerLinker::gender_fits(size_t entity, Gender gender) const {
  const Entity& e = entities_[entity];
  return e.type != EntityType::Person || lexicon_.genders().fits(e.name, told_[entity], gender);
}

bool SpeakerLinker::holds_role(size_t entity, std::string_view want) const {
  for (const auto& role : entities_[entity].roles) {
    if (ascii_lower(last_word(role)) == want) return true;
  }
  return false;
}

// The nearest person mentioned before whose roles end with noun ("the senator"), else, when
// look_ahead, one named right after ("... the mayor said. Mayor Linda Park had pushed for the
// vote"); "one analyst", "a spokesman" are someone else than the analyst named next.
std::optional<size_t> SpeakerLinker::by_role(std::string_view noun, uint32_t before, bool look_ahead) const {
  const std::string want = ascii_lower(noun);
  auto it = first_from(before);
  const auto after = it;
  for (size_t walked = 0; it != mentions_.begin() && walked < kMaxWalk; ++walked) {
    --it;
    if (holds_role(it->entity, want)) return it->entity;
  }
  for (it = after; look_ahead && it != mentions_.end() && it->span.begin < before + kRoleAheadReach; ++it) {
    if (holds_role(it->entity, want)) return it->entity;
  }
  return std::nullopt;
}

// "Trump issued a statement saying": the nearest person or organization before byte before
// in the same sentence ("Reyes voted. According to a statement from the ministry" is not his).
std::optional<size_t> SpeakerLinker::issuer(uint32_t before) const {
  const std::optional<size_t> e =
      antecedent(before, type_bit(EntityType::Person) | type_bit(EntityType::Org), kIssuerReach);
  if (!e) return std::nullopt;
  const std::string_view text = doc_.norm();
  for (const Span& m : entities_[*e].mentions) {
    if (m.end > before || m.end + kIssuerReach < before) continue;
    if (!ends_sentence_between(text, m.end, before)) return e;
  }
  return std::nullopt;
}

// "a Finance Ministry spokesman", "a Ford spokesman", "a company statement": a person no role
// names, or a text no one just issued, speaks for the organization the words before the noun
// name, or for the company the story is about after "company" or "firm" ("a bank economist" or "a
// government official" is no one's known).
std::optional<size_t> SpeakerLinker::speaks_for(Span modifiers) const {
  if (modifiers.empty()) return std::nullopt;
  if (auto e = mention_in(modifiers, type_bit(EntityType::Org))) return e;
  const std::string_view words = doc_.norm_slice(modifiers);
  if (words.ends_with("company ") || words.ends_with("firm ") || words.ends_with("Company "))
    return antecedent(modifiers.begin, type_bit(EntityType::Org), kOrgReach);
  return std::nullopt;
}

std::optional<size_t> SpeakerLinker::describe(const Attribution& a) const {
  const Span complement{a.head.end, a.speaker.end};
  if (!complement.empty()) {
    if (auto e = mention_in(complement, kAnyType)) return e;
  }
  const NounRefers* refers = lexicon_.noun(doc_.norm_slice(a.head));
  if (auto e = org_named_by(a, refers && *refers == NounRefers::Person)) return e;
  if (!refers) return std::nullopt;
  const Span modifiers{a.speaker.begin, a.head.begin};
  if (*refers != NounRefers::Person && !modifiers.empty()) {
    if (auto e = mention_in(modifiers, kAnyType)) return e;  // "the Clinton campaign"
  }
  // "the 30-year-old" is an anaphor like "he": the person a recent sentence is about
  if (is_age_noun(doc_.norm_slice(a.head)))
    return person_antecedent(a.speaker.begin, type_bit(EntityType::Person), Gender::Unknown);
  if (*refers == NounRefers::Person) {
    const std::string_view said = doc_.norm_slice(a.speaker);
    const bool definite = said.starts_with("the ") || said.starts_with("The ");
    if (auto e = by_role(doc_.norm_slice(a.head), a.speaker.begin, definite)) return e;
    // "the Arsenal boss" refers back to a person the stage may know ("the expert said": the
    // expert quoted just before); "a Ford spokesman" is someone speaking for Ford.
    if (definite) return std::nullopt;
    return speaks_for(modifiers);
  }
  if (*refers == NounRefers::Org) {
    if (auto e = org_spoke_last(a.speaker.begin)) return e;
    if (auto e = named_with(doc_.norm_slice(a.head), a.speaker.begin)) return e;
    return antecedent(a.speaker.begin, type_bit(EntityType::Org), kOrgReach);
  }
  // "the government": one the story names so ("the Welsh Assembly Government", "the Labour
  // government"), not whichever company or charity came last
  if (*refers == NounRefers::State) return named_with(doc_.norm_slice(a.head), a.speaker.begin);
  // "Trump issued a statement saying": a text speaks for whoever just issued it; "a company
  // statement" for the company.
  if (auto e = issuer(a.speaker.begin)) return e;
  return speaks_for(modifiers);
}

// "the Frenchman", "The Scot": "the" and one word not in the plural ("the Swiss", "the Dutch" and
// "the French" name the nation).
static bool one_of_nationality(std::string_view said) {
  if (!said.starts_with("the ") && !said.starts_with("The ")) return false;
  const std::string_view noun = said.substr(4);
  return noun.size() >= 3 && noun.find(' ') == std::string_view::npos && noun.back() != 's' &&
         !noun.ends_with("ch") && !noun.ends_with("sh");
}

std::optional<size_t> SpeakerLinker::resolve(const Attribution& a) const {
  switch (a.kind) {
    case SpeakerKind::Name:
      // "Chairman of General Motors Roger Smith": the person in the name speaks
      if (auto e = mention_in(a.speaker, type_bit(EntityType::Person))) return e;
      if (auto e = mention_in(a.speaker, kAnyType)) {
        // "the Frenchman said", "the Scot added": one person of that nationality, the person a
        // recent sentence is about (as "the 30-year-old"), not the nationality
        if (entities_[*e].type == EntityType::Norp && one_of_nationality(doc_.norm_slice(a.speaker)))
          return person_antecedent(a.speaker.begin, type_bit(EntityType::Person), Gender::Unknown);
        return e;
      }
      return by_name(a.speaker);
    case SpeakerKind::Pronoun:
      if (const QuoteLexicon::Pronoun* p = lexicon_.pronoun(doc_.norm_slice(a.speaker)); p && p->types) {
        if (p->types & type_bit(EntityType::Person)) {
          const std::optional<size_t> e = person_antecedent(a.speaker.begin, p->types, p->gender);
          // "Leigh said ... A Home Office spokesman said ... He added": the unnamed speaker who
          // spoke after the person named, for whom only the organization may be known
          if (e && type_of(*e) == type_bit(EntityType::Person)) {
            uint32_t last = 0;
            for (const Span& m : entities_[*e].mentions) {
              if (m.end <= a.speaker.begin) last = std::max(last, m.end);
            }
            if (const std::optional<Span> unnamed = unnamed_speaker_between(last, a.speaker.begin))
              return speaks_for(*unnamed);
          }
          return e;
        }
        // "it said": a company, or a country that a sentence is about, not a place named in passing
        // ("The company, which is based in France, said ... "…," it said", "Australia's PM");
        // "which" is whatever it follows ("remarks by the Bank of Italy, which announced")
        const std::string_view word = doc_.norm_slice(a.speaker);
        const bool relative = word == "which" || word == "Which";
        return nearest_before(mentions_, a.speaker.begin, kPronounReach, kMaxWalk, [&](const MentionRef& m) {
          return (type_of(m.entity) & p->types) && !in_quote(m.span) &&
                 !(is_place(entities_[m.entity].type) && in_dateline(m.span)) &&
                 (relative || type_of(m.entity) == type_bit(EntityType::Org) ||
                  subject_like(doc_.norm(), m.span));
        });
      }
      return std::nullopt;
    case SpeakerKind::Description:
      return describe(a);
    case SpeakerKind::Group:
      return mention_in(a.speaker, kOrgLike | type_bit(EntityType::Norp));
  }
  return std::nullopt;
}

}  // namespace newsclaim
