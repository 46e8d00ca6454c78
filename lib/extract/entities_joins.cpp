#include "extract/entities_joins.hpp"

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

bool abstract_noun(std::string_view word, const WordFacts* facts) {
  // "Spectra-Physics" is a company's coined name, not an ordinary noun
  if (Lexicon::known(facts) || Lexicon::first_name(facts) || word.size() < 7 ||
      word.find('-') != std::string_view::npos)
    return false;
  for (const std::string_view suffix : {"ment", "tion", "sion", "ics", "ness", "ology", "ities"}) {
    if (ascii_ends_with_lower(word, suffix)) return true;
  }
  return false;
}

bool ordinary_word(std::string_view word, const WordFacts* facts) {
  return Lexicon::common_word(facts) || abstract_noun(word, facts);
}

// "Public Services and Procurement Canada", "Fisheries and Oceans Canada": words that are not
// known names, joined by "and", ending in a country, name a government department.
bool department_name(std::string_view text, const std::vector<Token>& t, size_t a, size_t b) {
  if (b - a < 4) return false;
  const KnownName* k = Lexicon::known(t[b - 1].facts);
  if (!k || k->type != EntityType::Gpe || k->city) return false;
  const size_t i = b - 3;  // "... X and Y Country"
  const WordFacts* left = t[i - 1].facts;
  // (not "the US and North Korea": a country's abbreviation is a place of its own)
  return word(text, t[i]) == "and" && !t[i - 1].connector && !t[i + 1].connector && !Lexicon::known(left) &&
         !Lexicon::first_name(left) && !Lexicon::has(left, WordFacts::kAcronym);
}

// "U.S. Customs and Border Protection", "Research and Development": ordinary words on both
// sides of the last "and", none a known name, cannot be two names; they are one.
static bool joined_ordinary_words(std::string_view text, const std::vector<Token>& t, size_t a, size_t b) {
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
    const WordFacts* w = t[i].facts;
    if (t[i].connector || !ordinary_word(word(text, t[i]), w) || Lexicon::known(w) || Lexicon::first_name(w))
      return false;
  }
  return true;
}

// Token k alone ends the run and is a demonym: "the Paris Club of Western creditor nations",
// where the adjective qualifies the lower-case noun after it, not the organization.
static bool lone_demonym_after(const std::vector<Token>& t, size_t k, size_t b) {
  return k + 1 == b && Lexicon::nationality(t[k].facts);
}

// The legal words a company's name may continue after with "of" and its country: "Co", "Corp".
static bool company_form(std::string_view w) {
  return w == "Co" || w == "Corp" || w == "Company" || w == "Corporation" || w == "Cos";
}

bool polity_of_place(std::string_view text, const std::vector<Token>& t, size_t a, size_t b,
                     const Lexicon& lex) {
  if (b < a + 3 || !Lexicon::org_cue(t[a].facts, CuePosition::Polity) || word(text, t[a + 1]) != "of")
    return false;
  return lex.known_place(slice(text, t, a + 2, b)) != nullptr;
}

// An organization or place name keeps its inner "of"/"and" ("Bank of America", "Securities and
// Exchange Commission", "Gulf of Mexico"); elsewhere they separate two names.
bool org_like(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex) {
  const std::string_view whole = slice(text, t, a, b);
  const WordFacts* f = b == a + 1 ? t[a].facts : lex.facts(whole);
  if (lex.listed(whole, f) || department_name(text, t, a, b)) return true;
  if (joined_ordinary_words(text, t, a, b)) return true;
  if (Lexicon::org_cue(t[b - 1].facts, CuePosition::Last)) return true;
  for (size_t i = a; i + 1 < b; ++i) {
    const std::string_view next = word(text, t[i + 1]);
    if ((next == "of" || next == "for") && Lexicon::org_cue(t[i].facts, CuePosition::First) &&
        !lone_demonym_after(t, i + 2, b))
      return true;
    if (next == "on" && lex.on_head(word(text, t[i]))) return true;  // "Committee on Foreign Relations"
    // "Aluminum Co of America", "Public Service Co of New Mexico", "Anglo American Corp of South
    // Africa": a company's legal word, "of" and a country, state or region ending the run (not
    // a city: "Swiss Reinsurance Co of Zurich" says where the company is)
    if (next == "of" && i > a && i + 2 < b && company_form(word(text, t[i]))) {
      if (const KnownName* k = lex.known_place(slice(text, t, i + 2, b)); k && !k->city) return true;
    }
    if (next == "of" && i == a && polity_of_place(text, t, a, b, lex)) return true;  // "Republic of Ireland"
  }
  return false;
}

// "Rochester Gas and Electric Corp", "Davis Mining and Manufacturing Inc": an ordinary word
// ending organization names, "and" (token i), then ordinary capitalized words up to another
// such word or a legal suffix (or one word ending the run) is one name. Not when either side is a
// name of its own: a legal suffix ends one ("Tokai Corp and Daiwa"), so does an unknown word
// ("Chemical Bank and Marine Midland"), a word opening names ("Navy and Air Force",
// "Committee and Office") or a known name ("Treasury and Federal Reserve"). A word that also
// opens names ("Bank") or a rarer one ("Refining") joins only words up to a legal suffix
// ("Candlewood Bank and Trust Co", "Diamond Shamrock Refining and Marketing Co"), and a place may
// stand right before the suffix ("Esso Exploration and Production Australia Inc").
bool continues_business_name(std::string_view text, const std::vector<Token>& t, size_t i, size_t b,
                             const Lexicon& lex) {
  const WordFacts* left = t[i - 1].facts;
  const bool to_suffix = Lexicon::org_cue(left, CuePosition::First) || !Lexicon::common_word(left);
  if (!Lexicon::org_cue(left, CuePosition::Last) || Lexicon::org_cue(left, CuePosition::Suffix) ||
      Lexicon::org_cue(t[i + 1].facts, CuePosition::First))
    return false;
  size_t k = i + 1;
  for (; k < b && !t[k].connector; ++k) {
    const WordFacts* w = t[k].facts;
    const bool suffix = Lexicon::org_cue(w, CuePosition::Suffix);
    if (suffix || (!to_suffix && Lexicon::org_cue(w, CuePosition::Last)))
      return !(k == i + 1 ? Lexicon::known(w)
                          : lex.known(text.substr(t[i + 1].begin, t[k].end - t[i + 1].begin)));
    const KnownName* known = Lexicon::known(w);
    const bool place_before_suffix = known && is_place(known->type) && k > i + 1 && k + 1 < b &&
                                     Lexicon::org_cue(t[k + 1].facts, CuePosition::Suffix);
    if (place_before_suffix) continue;
    if (known || !(Lexicon::common_word(w) || (to_suffix && Lexicon::org_cue(w, CuePosition::Last))))
      return false;
  }
  return !to_suffix && k == b &&
         k == i + 2;  // "Baltimore Gas and Electric said": one ordinary word ends the run
}

// Tokens [a, p) are a given name and a surname (one or two of them), none a known name, a role
// or an organization word: "David Morrison"; with rare_surname, the surname is no ordinary word
// either ("Baldwin Piano and Organ Co" is a company; "Stephen Roach of" a person).
bool person_name(const std::vector<Token>& t, size_t a, size_t p, bool rare_surname) {
  if (p < a + 2 || p > a + 3) return false;
  for (size_t k = a + 1; k < p; ++k) {
    if (t[k].connector) return false;
  }
  const WordFacts *first = t[a].facts, *last = t[p - 1].facts;
  return Lexicon::first_name(first) && !Lexicon::known(first) && !Lexicon::role(first) &&
         !Lexicon::org_cue(first, CuePosition::First) && !Lexicon::org_cue(last, CuePosition::Last) &&
         !Lexicon::role(last) && !Lexicon::known(last) &&
         !(Lexicon::common_word(last) && (rare_surname || Lexicon::common_word(first)));  // not "Grant Park"
}

// "Keiichi Udagawa of Bank of Tokyo": two words no list knows (a name from outside the given-name
// list), neither in capitals.
bool unlisted_pair(std::string_view text, const std::vector<Token>& t, size_t a, size_t p,
                   const Lexicon& lex) {
  if (p != a + 2) return false;
  for (size_t k = a; k < p; ++k) {
    const std::string_view w = word(text, t[k]);
    if (t[k].facts || caps_word(w) || w.size() < 3 || lex.facts(ascii_lower(w))) return false;  // "Plc"
  }
  return true;
}

// "Paul Boltz" before "of": a given name that also names a country's subdivision ("Paul" of Cape
// Verde, "Nelson" of New Zealand), then a surname no list knows otherwise (not "West Indies":
// Cameroon's regions are named by compass points).
static bool region_given_name(std::string_view text, const std::vector<Token>& t, size_t a, size_t p) {
  if (p != a + 2 || t[a + 1].connector) return false;
  const KnownName* k = Lexicon::known(t[a].facts);
  const std::string_view w = word(text, t[a]);
  const WordFacts* last = t[a + 1].facts;
  return k && k->type == EntityType::Gpe && !k->city && Lexicon::first_name(t[a].facts) && !compass_word(w) &&
         !Lexicon::known(last) && !Lexicon::role(last) && !Lexicon::org_cue(last, CuePosition::Last) &&
         !Lexicon::org_cue(last, CuePosition::Suffix);
}

// "David Morrison of Goldman Sachs International", "Rep. Ann Kuster of New Hampshire": a
// given name and a surname, after titles if any, then "of" and the organization the person
// speaks for or the place they represent; returns the "of" token, or b.
size_t person_of(std::string_view text, const std::vector<Token>& t, size_t a, size_t b, const Lexicon& lex) {
  while (a + 1 < b && !t[a].connector && Lexicon::role(t[a].facts)) ++a;
  for (size_t p = a + 2; p < a + 4 && p + 1 < b; ++p) {
    if (t[p - 1].connector) return b;
    if (word(text, t[p]) != "of") continue;
    return person_name(t, a, p, false) || region_given_name(text, t, a, p) ||
                   unlisted_pair(text, t, a, p, lex)
               ? p
               : b;
  }
  return b;
}

// A known name spans the "and" at token i ("White House Office of Management and Budget").
bool known_across(std::string_view text, const std::vector<Token>& t, size_t a, size_t i, size_t b,
                  const Lexicon& lex) {
  for (size_t s = a; s < i; ++s) {
    for (size_t e = i + 1; e < b; ++e) {
      if (lex.known(text.substr(t[s].begin, t[e].end - t[s].begin))) return true;
    }
  }
  return false;
}

}  // namespace newsclaim
