// The person a "he" or "she" refers to: shared by the quotes stage (a pronoun speaker: ""…," he
// said") and the claims stage (a pronoun source: "He said the plan would fail").
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/extraction.hpp"

namespace newsclaim {

class Ruleset;

// The sex a pronoun or a given name points to; Unknown when it points to none or to both.
enum class Gender : uint8_t { Unknown, Male, Female };

// "m" -> Male, "f" -> Female; anything else ("mf", "-", "") -> Unknown.
Gender parse_gender(std::string_view s);

// The sex the given names of entities/first_names*.tsv belong to ("Mary" Female), for "he" and
// "she": "Mary Lund ... he said" is not Mary.
class GivenNameGenders {
 public:
  explicit GivenNameGenders(const Ruleset& rules);
  Gender of(std::string_view given_name) const;
  // Whether the person named `name` may be called by a pronoun of `gender` (Unknown fits all).
  bool fits(std::string_view name, Gender gender) const;
  // The same where the story says: told (story_genders) decides over the given name.
  bool fits(std::string_view name, Gender told, Gender gender) const {
    return told == Gender::Unknown ? fits(name, gender) : gender == Gender::Unknown || told == gender;
  }

 private:
  std::unordered_map<std::string_view, Gender> names_;  // views into the Ruleset's text
};

// The sex a story itself gives each person entity (Unknown for others and where it says none):
// a sentence opening with the person's mention, a verb, then "his" or "her" ("Sprinkel repeated
// his call for ..."), by majority over the story.
// The given-name list is wrong for some people ("Beryl" is a woman's name there; Beryl Sprinkel
// a man) and the story is right about its own.
std::vector<Gender> story_genders(std::string_view text, const std::vector<Entity>& entities);

// An entity mention, as the lists sorted by position that the stages keep.
struct MentionRef {
  Span span;
  size_t entity;
};

// Whether a speech verb follows the mention ending at byte e ("Haggard said", "NBC also said").
bool before_speech_verb(std::string_view text, uint32_t e);

// Whether word is a preposition that puts a name after it in an object's place ("to", "with",
// "of", "at", "from", "including" ...), in lower case.
bool is_preposition(std::string_view word);

// Whether a mention may be a sentence's subject: not a possessive ("Australia's PM"), not after
// a preposition ("based in France"), unless a relative clause follows it ("for Staunton, 49, who
// told").
bool subject_like(std::string_view text, Span mention);

// Whether byte i of text ends a sentence: a line break, "!" or "?", or a full stop, a closing
// quotation mark allowed after it, before a capital or an opening mark ("Reyes voted. According
// to", "… remaining." Real Madrid's director", not "Acme Corp. issued").
bool ends_sentence_at(std::string_view text, uint32_t i);
// Whether a sentence ends at any byte of [from, to).
bool ends_sentence_between(std::string_view text, uint32_t from, uint32_t to);

// The entity of the nearest mention (of mentions, sorted by span) that ends at or before byte
// `before`, no more than `reach` bytes back, and that accept takes; at most max_walk mentions
// are looked at. nullopt when none.
std::optional<size_t> nearest_before(const std::vector<MentionRef>& mentions, uint32_t before, uint32_t reach,
                                     size_t max_walk, const std::function<bool(const MentionRef&)>& accept);

// The person a pronoun at byte `before` refers to when it is a recent sentence's subject: the
// nearest person mention (of mentions, sorted by span) within `reach` bytes and two sentence
// ends that stands before a speech verb ("…, Haggard said.") or is the first person named in its
// sentence. Possessives ("Greenspan's comments") and objects of prepositions ("lost to Hewitt",
// "with Mr Cantalupo") are neither candidates nor in the way, unless a relative clause makes them
// a subject ("for Staunton, 49, who told"). accept filters candidates (gender, quotations).
// nullopt when no mention qualifies: callers fall back to the nearest person.
std::optional<size_t> subject_person_before(std::string_view text, const std::vector<MentionRef>& mentions,
                                            const std::vector<Entity>& entities, uint32_t before,
                                            uint32_t reach,
                                            const std::function<bool(const MentionRef&)>& accept);

}  // namespace newsclaim
