// The person a "he" or "she" refers to: shared by the quotes stage (a pronoun speaker: ""…," he
// said") and the claims stage (a pronoun source: "He said the plan would fail").
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "core/extraction.hpp"

namespace newsclaim {

// An entity mention, as the lists sorted by position that the stages keep.
struct MentionRef {
  Span span;
  size_t entity;
};

// Whether byte i of text ends a sentence: a line break, "!" or "?", or a full stop, a closing
// quotation mark allowed after it, before a capital or an opening mark ("Reyes voted. According
// to", "… remaining." Real Madrid's director", not "Acme Corp. issued").
bool ends_sentence_at(std::string_view text, uint32_t i);

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
