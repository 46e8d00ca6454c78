// Quote lexicon: the word lists of patterns/quotes/*.tsv that the quotes stage looks words up
// in (function words, speaker pronouns, description head nouns), as hash tables built once.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/extraction.hpp"
#include "extract/antecedent.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

// "the 30-year-old", "a 28-year-old": an age used as a noun, which names a person.
bool is_age_noun(std::string_view w);

class Ruleset;

// A set of entity types, one bit per EntityType.
using TypeMask = uint8_t;
constexpr TypeMask type_bit(EntityType t) { return static_cast<TypeMask>(1u << static_cast<unsigned>(t)); }

// What a speaker description's head noun refers to: a person, an organization, a text, or a
// state's government ("the government", "the administration"), an organization no nearer one
// stands for.
enum class NounRefers { Person, Org, Doc, State };

class QuoteLexicon {
 public:
  // Reads quotes.function_words, quotes.pronouns, quotes.speaker_nouns and the gender column
  // of entities.first_names; throws std::logic_error when one is missing or malformed.
  explicit QuoteLexicon(const Ruleset& rules);

  // Lookups take any case; words are compared in ASCII lower case.
  bool is_function_word(std::string_view word) const;
  // What a speaker pronoun refers back to: entity types, and for "he"/"she" a sex.
  struct Pronoun {
    TypeMask types = 0;
    Gender gender = Gender::Unknown;
  };
  // The pronoun's facts; nullptr when word is not a speaker pronoun.
  const Pronoun* pronoun(std::string_view word) const;
  // What a description head noun (singular or plural) refers to; nullptr when unknown.
  const NounRefers* noun(std::string_view word) const;
  // "Mary" -> Female, "John" -> Male; Unknown for names on both lists or on neither (exact case).
  const GivenNameGenders& genders() const { return given_names_; }

 private:
  std::unordered_set<std::string> function_words_;
  std::unordered_map<std::string, Pronoun> pronouns_;  // gender from the optional gender column
  GivenNameGenders given_names_;
  std::unordered_map<std::string, NounRefers> nouns_;
};

}  // namespace newsclaim
