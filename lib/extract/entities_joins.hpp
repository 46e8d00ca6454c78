// Entities stage, internal: whether "and"/"of" hold a capitalized run together as one
// organization or place name ("Bank of America", "Securities and Exchange Commission",
// "Fisheries and Oceans Canada") or separate two names ("Toyota and General Motors").
#pragma once
#include <string_view>
#include <vector>

#include "extract/entities_lexicon.hpp"
#include "extract/entities_tokens.hpp"

namespace newsclaim {

// A word with a suffix that makes abstract nouns ("Measurement", "Aeronautics", "Automation"),
// no known or given name: no list holds every such word, and no surname is one.
bool abstract_noun(std::string_view word, const WordFacts* facts);

// An abstract noun the common-word list does not hold: "Automation" of "General Automation"
// ("General Election" is an event, "Election" a listed word).
inline bool rare_abstract_noun(std::string_view word, const WordFacts* facts) {
  return !Lexicon::common_word(facts) && abstract_noun(word, facts);
}

// An ordinary word: in the common-word list, or an abstract noun.
bool ordinary_word(std::string_view word, const WordFacts* facts);

// Tokens [a, b) name a government department: words that are not known names, joined by
// "and", ending in a country ("Public Services and Procurement Canada").
bool department_name(std::string_view text, const std::vector<Token>& t, size_t a, size_t b);

// Tokens [a, b) are a state named by its kind, "of" and a listed place: "Republic of
// Ireland", "Province of Quebec" (org_cues.tsv, polity).
bool polity_of_place(std::string_view text, const std::vector<Token>& t, size_t a, size_t b,
                     const Lexicon& lex);

// Tokens [a, b) are one organization or place name that keeps its inner "of"/"and".
bool org_like(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex);

// Token i is an "and" inside one company name: a line of business on its left and ordinary
// words on to another organization word ("Rochester Gas and Electric Corp").
bool continues_business_name(std::string_view text, const std::vector<Token>& t, size_t i, size_t b,
                             const Lexicon& lex);

// A known name in tokens [a, b) spans the "and" at token i ("Trinidad and Tobago").
bool known_across(std::string_view text, const std::vector<Token>& t, size_t a, size_t i, size_t b,
                  const Lexicon& lex);

// "North", "South", "East", "West": a compass point, which opens places' names ("North Slope",
// "West Indies") though the lists also hold it as a given name and a region's name.
inline bool compass_word(std::string_view w) {
  return w == "North" || w == "South" || w == "East" || w == "West";
}

// Tokens [a, p) are a given name and one or two surnames ("David Morrison"); rare_surname: the
// surname is no ordinary word ("Baldwin Piano" is no person).
bool person_name(const std::vector<Token>& t, size_t a, size_t p, bool rare_surname);

// Tokens [a, p) are two words no list knows, neither in capitals ("Keiichi Udagawa").
bool unlisted_pair(std::string_view text, const std::vector<Token>& t, size_t a, size_t p,
                   const Lexicon& lex);

// The "of" token of a person's name and the organization after it ("Allen Sinai of Shearson
// Lehman Brothers"), or b.
size_t person_of(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex);

}  // namespace newsclaim
