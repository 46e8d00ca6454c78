#include "extract/antecedent.hpp"

#include <algorithm>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

namespace {

constexpr size_t kMaxWalk = 64;       // mentions visited looking back
constexpr int kSubjectSentences = 2;  // sentence ends a subject may lie back

// Whether the lower-case word before byte b is a preposition, titles and honorifics aside: "lost
// to Hewitt", "with Mr Cantalupo", "a letter to Champion Chairman John Tanis" name an object.
bool after_preposition(std::string_view text, uint32_t b) {
  for (int words = 0; words < 4; ++words) {
    while (b > 0 && text[b - 1] == ' ') --b;
    uint32_t a = b;
    while (a > 0 && text[a - 1] != ' ' && text[a - 1] != '\n') --a;
    if (a == b) return false;
    const std::string_view word = text.substr(a, b - a);
    if (is_ascii_upper(word[0])) {  // a title or an honorific: "Chairman", "Mr"
      b = a;
      continue;
    }
    return is_preposition(word);
  }
  return false;
}

// Whether a relative clause makes the mention ending at byte e a subject: "for Staunton, 49,
// who told BBC News".
bool relative_subject(std::string_view text, uint32_t e) {
  std::string_view rest = text.substr(e, 24);
  if (!rest.starts_with(", ")) return false;
  rest.remove_prefix(2);
  if (!rest.empty() && is_ascii_digit(rest[0])) {  // an age
    const size_t comma = rest.find(", ");
    if (comma == std::string_view::npos || comma > 3) return false;
    rest.remove_prefix(comma + 2);
  }
  return rest.starts_with("who ");
}

bool is_person(const std::vector<Entity>& entities, size_t e) {
  return entities[e].type == EntityType::Person;
}

// Whether the person mention at `it` is the first person named in its sentence (possessives
// and objects of prepositions before it aside).
bool first_person_of_sentence(std::string_view text, const std::vector<MentionRef>& mentions,
                              const std::vector<Entity>& entities,
                              std::vector<MentionRef>::const_iterator it) {
  for (auto prev = it; prev != mentions.begin();) {
    --prev;
    if (!is_person(entities, prev->entity) || prev->span.end > it->span.begin) continue;
    if (ends_sentence_between(text, prev->span.end, it->span.begin)) return true;
    if (subject_like(text, prev->span)) return false;
  }
  return true;
}

}  // namespace

bool is_preposition(std::string_view word) {
  static constexpr std::string_view kPrepositions[] = {
      "to",     "by",    "with",  "for",    "against", "from",      "of",        "at",      "on",
      "over",   "about", "than",  "under",  "toward",  "towards",   "including", "between", "among",
      "behind", "into",  "after", "before", "like",    "alongside", "in"};
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), word) != std::end(kPrepositions);
}

// Whether a speech verb follows the mention ending at byte e: "…, Haggard said." makes Haggard
// the speaker of the sentence wherever the name stands in it.
bool before_speech_verb(std::string_view text, uint32_t e) {
  std::string_view rest = text.substr(e, 24);
  if (!rest.starts_with(' ')) return false;
  rest.remove_prefix(1);
  for (const std::string_view aux : {"also ", "then ", "later ", "has ", "had "}) {
    if (rest.starts_with(aux)) rest.remove_prefix(aux.size());
  }
  for (const std::string_view verb :
       {"said", "says", "told", "added", "adds", "explained", "insisted", "argued"}) {
    if (rest.starts_with(verb) && (rest.size() == verb.size() || !is_ascii_lower(rest[verb.size()])))
      return true;
  }
  return false;
}

bool subject_like(std::string_view text, Span mention) {
  if (text.substr(mention.end, 1) == "'") return false;
  return !after_preposition(text, mention.begin) || relative_subject(text, mention.end);
}

// "in the U.S. And Europe": after a dotted initialism the wires capitalize "And" and "Or",
// which go on with the sentence (as the layout's sentences have it: sentence_starters.tsv).
static bool wire_connector_after_initials(std::string_view text, uint32_t period, size_t next) {
  if (period < 3 || text[period - 2] != '.' || !is_ascii_upper(text[period - 1]) ||
      !is_ascii_upper(text[period - 3]))
    return false;
  const std::string_view word = text.substr(next, 4);
  return word == "And " || word.substr(0, 3) == "Or ";
}

bool ends_sentence_at(std::string_view text, uint32_t i) {
  const char c = text[i];
  if (c == '\n') return i == 0 || text[i - 1] != '\n';  // a blank line between paragraphs is one end
  if (c == '!' || c == '?') return true;
  if (c != '.') return false;
  size_t j = i + 1;
  if (j < text.size() && (text[j] == '"' || text[j] == '\'')) ++j;
  return j + 1 < text.size() && text[j] == ' ' &&
         ((text[j + 1] >= 'A' && text[j + 1] <= 'Z') || text[j + 1] == '"') &&
         !(j == i + 1 && wire_connector_after_initials(text, i, j + 1));
}

bool ends_sentence_between(std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i) {
    if (ends_sentence_at(text, i)) return true;
  }
  return false;
}

std::optional<size_t> nearest_before(const std::vector<MentionRef>& mentions, uint32_t before, uint32_t reach,
                                     size_t max_walk, const std::function<bool(const MentionRef&)>& accept) {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), before,
                             [](const MentionRef& m, uint32_t at) { return m.span.begin < at; });
  for (size_t walked = 0; it != mentions.begin() && walked < max_walk; ++walked) {
    --it;
    if (it->span.end + reach < before) break;
    if (it->span.end <= before && accept(*it)) return it->entity;
  }
  return std::nullopt;
}

Gender parse_gender(std::string_view s) {
  if (s == "m") return Gender::Male;
  if (s == "f") return Gender::Female;
  return Gender::Unknown;
}

GivenNameGenders::GivenNameGenders(const Ruleset& rules) {
  for (const char* key : {"entities.first_names", "entities.first_names_extra"}) {
    const Gazetteer& names = rules.gazetteer(key);
    if (const auto gender = names.column("gender")) {
      for (size_t i = 0; i < names.size(); ++i) {
        const Gender g = parse_gender(names.cell(i, *gender));
        if (g != Gender::Unknown) names_.emplace(names.cell(i, 0), g);
      }
    }
  }
}

Gender GivenNameGenders::of(std::string_view given_name) const {
  const auto it = names_.find(given_name);
  return it == names_.end() ? Gender::Unknown : it->second;
}

bool GivenNameGenders::fits(std::string_view name, Gender gender) const {
  if (gender == Gender::Unknown) return true;
  const Gender named = of(name.substr(0, name.find(' ')));
  return named == Gender::Unknown || named == gender;
}

namespace {

// Whether the mention at byte begin opens its sentence: the text's start, a line's, or after a
// sentence's period, a conjunction or "However," allowed ("But Sprinkel said").
bool opens_sentence(std::string_view text, uint32_t begin) {
  std::string_view before = text.substr(0, begin);
  for (const std::string_view w : {"However, ", "But ", "And ", "Still, "}) {
    if (before.ends_with(w)) {
      before.remove_suffix(w.size());
      break;
    }
  }
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.empty() || before.back() == '\n' || before.back() == '.';
}

// The sex of a possessive right after the verb that follows byte from: "Sprinkel repeated his
// call", "Holmes ran her best time" (the subject's own; a pronoun later in the sentence is as
// often someone else's: "McCaskill asked Oz about his claims", "Richards says she must ...").
Gender pronoun_after(std::string_view text, uint32_t from) {
  size_t i = from;
  const auto lower_word = [&]() {
    if (i >= text.size() || text[i] != ' ') return std::string_view();
    const size_t begin = ++i;
    while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
    return text.substr(begin, i - begin);
  };
  if (lower_word().size() < 3) return Gender::Unknown;  // the verb
  const std::string_view w = lower_word();
  if (i < text.size() && is_ascii_alpha(text[i])) return Gender::Unknown;
  if (w == "his") return Gender::Male;
  if (w == "her") return Gender::Female;
  return Gender::Unknown;
}

}  // namespace

std::vector<Gender> story_genders(std::string_view text, const std::vector<Entity>& entities) {
  std::vector<Gender> out(entities.size(), Gender::Unknown);
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != EntityType::Person) continue;
    int male = 0, female = 0;
    for (const Span& m : entities[e].mentions) {
      // (not one of two subjects: "Richards and Yelling agree she could ...")
      if (m.end > text.size() || !opens_sentence(text, m.begin) || text.substr(m.end, 5) == " and ") continue;
      const Gender g = pronoun_after(text, m.end);
      male += g == Gender::Male;
      female += g == Gender::Female;
    }
    if (male != female) out[e] = male > female ? Gender::Male : Gender::Female;
  }
  return out;
}

std::optional<size_t> subject_person_before(std::string_view text, const std::vector<MentionRef>& mentions,
                                            const std::vector<Entity>& entities, uint32_t before,
                                            uint32_t reach,
                                            const std::function<bool(const MentionRef&)>& accept) {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), before,
                             [](const MentionRef& m, uint32_t at) { return m.span.begin < at; });
  int sentence_ends = 0;
  uint32_t boundary = before;  // sentence ends are counted between here and `before`
  for (size_t walked = 0; it != mentions.begin() && walked < kMaxWalk; ++walked) {
    --it;
    if (it->span.end + reach < before) break;
    if (it->span.end > before || !is_person(entities, it->entity)) continue;
    for (uint32_t i = it->span.end; i < boundary; ++i) sentence_ends += ends_sentence_at(text, i) ? 1 : 0;
    boundary = it->span.end;
    if (sentence_ends > kSubjectSentences) break;
    if (!accept(*it)) continue;
    if (before_speech_verb(text, it->span.end)) return it->entity;
    if (subject_like(text, it->span) && first_person_of_sentence(text, mentions, entities, it))
      return it->entity;
  }
  return std::nullopt;
}

}  // namespace newsclaim
