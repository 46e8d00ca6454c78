#include "extract/entities_joins.hpp"

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"

namespace newsclaim {

// "Public Services and Procurement Canada", "Fisheries and Oceans Canada": words that are not
// known names, joined by "and", ending in a country, name a government department.
bool department_name(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex) {
  if (b - a < 4) return false;
  const KnownName* k = lex.known(word(text, t[b - 1]));
  if (!k || k->type != EntityType::Gpe || k->city) return false;
  const size_t i = b - 3;  // "... X and Y Country"
  const std::string_view left = word(text, t[i - 1]);
  return word(text, t[i]) == "and" && !t[i - 1].connector && !t[i + 1].connector && !lex.known(left) &&
         !lex.first_name(left);
}

// "U.S. Customs and Border Protection", "Research and Development": ordinary words on both
// sides of the last "and", none a known name, cannot be two names; they are one.
static bool joined_ordinary_words(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex) {
  size_t and_at = b;
  for (size_t i = b - 1; i > a; --i) {
    if (word(text, t[i]) == "and") {
      and_at = i;
      break;
    }
  }
  if (and_at == b || and_at + 1 >= b) return false;
  for (size_t i = and_at - 1; i < b; ++i) {
    if (i == and_at) continue;
    const std::string_view w = word(text, t[i]);
    if (t[i].connector || !lex.common_word(w) || lex.known(w) || lex.first_name(w)) return false;
  }
  return true;
}

// An organization or place name keeps its inner "of"/"and" ("Bank of America", "Securities and
// Exchange Commission", "Gulf of Mexico"); elsewhere they separate two names.
bool org_like(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex) {
  const std::string_view whole = slice(text, t, a, b);
  if (lex.known(whole) || !lex.acronym_of(whole).empty() || department_name(text, t, a, b, lex)) return true;
  if (joined_ordinary_words(text, t, a, b, lex)) return true;
  if (lex.org_cue(word(text, t[b - 1]), CuePosition::Last)) return true;
  for (size_t i = a; i + 1 < b; ++i) {
    const std::string_view next = word(text, t[i + 1]);
    if ((next == "of" || next == "for") && lex.org_cue(word(text, t[i]), CuePosition::First)) return true;
  }
  return false;
}

}  // namespace newsclaim
