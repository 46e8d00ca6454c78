// Typing a mention: gazetteers first (places, acronyms, nationalities), then organization cues,
// then person patterns (a role before it, a known first name), then the shape of the name.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>

#include "extract/entities_capitals.hpp"
#include "extract/entities_cluster.hpp"
#include "extract/entities_internal.hpp"
#include "extract/entities_tokens.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace newsclaim {

namespace {

void set(Mention& m, EntityType type, Evidence evidence) {
  m.type = type;
  m.evidence = evidence;
}

// The words of a mention's name, with the facts of the first and the last.
struct NameWords {
  const Words& w;
  const WordFacts* first;
  const WordFacts* last;
};

bool all_caps(std::string_view s) {
  int letters = 0;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || c >= 0x80) return false;  // as std::islower/isupper in the C locale
    letters += c >= 'A' && c <= 'Z' ? 1 : 0;
  }
  return letters >= 2;
}

bool starts_with_first_name(std::string_view first, const WordFacts* f, const Lexicon& lex) {
  // "Bank Negara", "Court" and "Town" open organizations' names more often than men's
  if (Lexicon::first_name(f)) return !Lexicon::org_cue(f, CuePosition::First);
  const size_t hyphen = first.find('-');  // "Jean-Luc", "Francois-Phillipe"
  return hyphen != std::string_view::npos && lex.first_name(first.substr(0, hyphen));
}

// "Vereinsbank", "Handelsbanken", "Rabobank": a bank's name written as one compound word.
bool bank_compound(std::string_view w) {
  for (const std::string_view end : {std::string_view("bank"), std::string_view("banken")}) {
    if (w.size() >= end.size() + 3 && w.ends_with(end) && w[w.size() - end.size() - 1] >= 'a' &&
        w[w.size() - end.size() - 1] <= 'z')
      return true;
  }
  return false;
}

bool org_by_cue(const NameWords& n, const Mention& m, const Lexicon& lex) {
  const Words& w = n.w;
  const bool after_the = m.after_the;
  if (Lexicon::org_cue(n.last, CuePosition::Last)) return true;
  // "Lloyd Verzekeringsgroep N.V.", "Harlow and Sons": a legal suffix closing two words or more
  if (w.size() >= 2 && Lexicon::org_cue(n.last, CuePosition::Suffix)) return true;
  if (w.size() >= 2 && Lexicon::org_cue(n.last, CuePosition::Tail)) return true;  // "Adam Air", "Lion Air"
  if (bank_compound(w.back()) && !(w.size() >= 2 && Lexicon::first_name(n.first)))
    return true;  // not "Gavin Marchbank"
  // "Jim Press", "Sarah Post": a given name before one media word is a person's name
  const bool given_pair = w.size() == 2 && Lexicon::first_name(n.first) && !Lexicon::common_word(n.first) &&
                          !Lexicon::known(n.first);
  if (w.size() >= 2 && !given_pair && Lexicon::org_cue(n.last, CuePosition::Media)) return true;
  if (w.size() >= 2 && !m.person_hint && Lexicon::org_cue(n.first, CuePosition::Media)) return true;
  if (w.size() == 1 && after_the && Lexicon::org_cue(n.first, CuePosition::Media)) return true;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if ((w[i + 1] == "of" || w[i + 1] == "for") && lex.org_cue(w[i], CuePosition::First)) return true;
    // "Morgan Guaranty Trust Co of New York": a legal suffix before "of" and the company's country
    if (i > 0 && w[i + 1] == "of" && lex.org_cue(w[i], CuePosition::Suffix)) return true;
  }
  // "Banque du Batiment", "Banco de Bilbao", "Caisse des Depots": a Romance organization word
  // before its particle ("du", "de", "des", "di", "della") opens a name no person bears
  if (w.size() >= 3 && name_particle(w[1]) && lex.org_cue(w[0], CuePosition::First)) return true;
  // "Lyonnaise des Eaux", "Compagnie Francaise des Petroles": the plural "des" ("of the") joins
  // the words of companies' and institutions' names, almost never those of a person's
  for (size_t i = 1; i + 1 < w.size(); ++i)
    if (w[i] == "des") return true;
  // "Banque Indosuez", "Groupe Bull", "Banco Santander": such a word, no English word nor given
  // name, opens an organization's name with or without a particle
  if (w.size() >= 2 && Lexicon::org_cue(n.first, CuePosition::First) && !Lexicon::common_word(n.first) &&
      !Lexicon::first_name(n.first) && !Lexicon::known(n.first))
    return true;
  return false;
}

// Two or three capitalized words, none of them an ordinary English word: "Hu Jintao", "Axel Voss".
bool looks_like_person(const NameWords& n, const Lexicon& lex) {
  const Words& w = n.w;
  if (w.size() < 2 || w.size() > 4) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string_view x = w[i];
    if (name_particle(x)) continue;
    if (x.size() < 2 || all_caps(x)) return false;
    const WordFacts* f = i == 0 ? n.first : i + 1 == w.size() ? n.last : lex.facts(x);
    if (Lexicon::known(f) || has_digit(x)) return false;
    if (x.size() > 2 && Lexicon::common_word(f)) return false;  // "Hu", "Xi" are names
  }
  return true;
}

const KnownName* known_any_case(const Mention& m, const Lexicon& lex) {
  if (const KnownName* k = Lexicon::known(m.facts)) return k;
  if (m.text.size() < 4 || !(m.dateline || all_caps(m.text))) return nullptr;
  return lex.known(title_case(m.text));
}

// Whether a wire dateline's date follows byte at on its line: ", March 3 -", ", Mich., Oct 19 -"
// (not a headline a parenthesis follows: "GENERAL MOTORS (GM) CANADA TO CLOSE ...").
static bool dated_after(std::string_view text, size_t at) {
  const size_t dash = text.find(" - ", at);
  return dash != std::string_view::npos && text.find('\n', at) > dash && dated_dateline(text, dash);
}

// Whether the last word of role is an honorific ("Mr", "Baroness").
static bool honorific_role(std::string_view role, const Lexicon& lex) {
  const size_t space = role.rfind(' ');
  const RoleKind* k = lex.role(space == std::string_view::npos ? role : role.substr(space + 1));
  return Lexicon::honorific(k);
}

bool typed_from_gazetteer(Mention& m, const Lexicon& lex) {
  if (const Acronym* a = lex.acronym(m.text, m.facts)) {
    set(m, a->type, Evidence::Known);
    return true;
  }
  const KnownName* k = known_any_case(m, lex);
  if (!k) return false;
  // "President Washington": a role outweighs a city or state of the same name; "Mr Irish",
  // "Baroness Scotland": an honorific a nationality too (not a role: "the official Iraqi news
  // agency", "chief Colombian delegate")
  if (m.person_hint && m.tokens == 1 &&
      (k->type == EntityType::Gpe || (k->type == EntityType::Norp && honorific_role(m.role, lex))))
    set(m, EntityType::Person, Evidence::Pattern);
  else
    set(m, k->type, k->city ? Evidence::Pattern : Evidence::Known);
  m.town = k->town && m.tokens == 1 && !m.dateline;
  return true;
}

// "North Devon", "South Wales", "East London", "Central Asia": a compass or position word before a
// listed place (not a town, whose name is often a family name) is that part of it, typed like it.
bool part_of_place(Mention& m, const Lexicon& lex) {
  const size_t space = m.text.find(' ');
  if (space == std::string_view::npos) return false;
  static constexpr std::string_view kParts[] = {
      "North",        "South",        "East",         "West",       "Northern",   "Southern",
      "Eastern",      "Western",      "Central",      "Northeast",  "Northwest",  "Southeast",
      "Southwest",    "North-East",   "North-West",   "South-East", "South-West", "Northeastern",
      "Northwestern", "Southeastern", "Southwestern", "Upper",      "Lower",      "Greater",
      "Mid",          "Inner",        "Outer"};
  const std::string_view part = m.text.substr(0, space);
  if (std::find(std::begin(kParts), std::end(kParts), part) == std::end(kParts)) return false;
  const std::string_view rest = m.text.substr(space + 1);
  if (std::find(std::begin(kParts), std::end(kParts), rest) != std::end(kParts)) return false;  // "East West"
  const KnownName* k = lex.known(rest);
  if (!k || k->town || (k->type != EntityType::Gpe && k->type != EntityType::Loc)) return false;
  set(m, k->type, Evidence::Pattern);
  return true;
}

// "ROSEMONT, ILL., June 3", "TROY, MICH, March 16": a state abbreviation in capitals after a
// city's comma, its period dropped or kept ("Ill." is the listed form; "Ill" alone is a word).
// The wire drops the period in title case too ("NORWOOD, Mass, June 29", "of Lincolnwood, Ill,
// recalled"): then the word before the comma is a capitalized name, and a comma follows.
bool caps_state_abbreviation(std::string_view text, const Mention& m, const Lexicon& lex) {
  if (m.tokens != 1 || m.text.size() < 2 || m.text.size() > 5) return false;
  if (m.span.begin < 2 || text.substr(m.span.begin - 2, 2) != ", ") return false;
  if (m.span.end >= text.size() || (text[m.span.end] != '.' && text[m.span.end] != ',')) return false;
  if (!all_caps(m.text)) {
    const std::string_view city = text.substr(0, m.span.begin - 2);
    const size_t space = city.find_last_of(" \n");
    const size_t first = space == std::string_view::npos ? 0 : space + 1;
    if (text[m.span.end] != ',' || first >= city.size() || !is_ascii_upper(city[first])) return false;
  }
  const KnownName* k = lex.known(title_case(m.text) + ".");
  return k && k->type == EntityType::Gpe;
}

// "the newspaper Le Courrier", "the daily Kathimerini": a lower-case outlet word right before.
bool after_media_word(std::string_view text, const Mention& m, const Lexicon& lex) {
  const std::string_view w = lower_word_before(text, m.span.begin);
  return !w.empty() && lex.org_cue(w, CuePosition::Media);
}

// "Merrill Lynch Capital Markets", "Reuters Skanska": a name opening with a known
// organization's whole name is that organization or a unit of it, not the given name it may
// also start with.
bool known_org_first(std::string_view text, const NameWords& n, const Lexicon& lex) {
  const Words& w = n.w;
  for (size_t k = w.size() - 1; k >= 1; --k) {
    const std::string_view prefix(text.data(),
                                  static_cast<size_t>(w[k - 1].data() + w[k - 1].size() - text.data()));
    const KnownName* known = k == 1 ? Lexicon::known(n.first) : lex.known(prefix);
    if (known && known->type == EntityType::Org) return true;
  }
  return false;
}

// "G Murphy", "S Horgan": an initial without its period and a family name, as team sheets and
// British news write them (not "A Celebrity": the second word is no ordinary word).
// in_list: the name stands between commas, semicolons or a colon, as in a team sheet ("Replacements:
// Duffy, C Jones, J White."), where an initial before an ordinary word is a player too.
bool initial_and_surname(const NameWords& n, bool in_list) {
  const Words& w = n.w;
  const KnownName* k =
      Lexicon::known(n.last);  // a town's name may be a family name ("G Murphy"), a country's not
  return w[0].size() == 1 && w[0][0] >= 'A' && w[0][0] <= 'Z' && w[1].size() >= 3 && !all_caps(w[1]) &&
         (in_list || !Lexicon::common_word(n.last)) && (!k || k->town);
}

// Whether the mention stands in a list: ", " or "; " or ": " before it, and "," or ";" or "." or
// " (" after it.
bool in_list(std::string_view text, Span s) {
  const std::string_view before = s.begin >= 2 ? text.substr(s.begin - 2, 2) : std::string_view();
  const std::string_view after = text.substr(s.end, 2);
  return (before == ", " || before == "; " || before == ": ") &&
         (after.starts_with(",") || after.starts_with(";") || after.starts_with(".") || after == " (");
}

// "P&O Cruises", "S&P Creditweek": the letter closes a company's initials.
bool after_ampersand(std::string_view text, uint32_t b) {
  return b > 0 && (text[b - 1] == '&' || text[b - 1] == '/');
}

// "Ivana Trump", "Chelsea Clinton": the family name of a listed public figure (people.tsv)
// after one capitalized word names a relative, whatever the given name.
bool listed_family_name(const WordFacts* f) {
  const KnownName* k = Lexicon::known(f);
  return k && k->type == EntityType::Person;
}

// "O'Callaghan", "McMillan", "MacLeod": one word opening with a Gaelic surname's prefix, then a
// capital and lower-case letters, names a person (team sheets, second mentions), not a company:
// not "MacWorld" (an ordinary word after "Mac") nor "McDonald's", listed with its possessive.
bool gaelic_surname(std::string_view text, const Mention& m, const Lexicon& lex) {
  const std::string_view x = m.text;
  size_t p = x.starts_with("O'") || x.starts_with("Mc") ? 2 : x.starts_with("Mac") ? 3 : 0;
  if (p == 0 || m.tokens != 1 || x.size() < p + 3 || x[p] < 'A' || x[p] > 'Z') return false;
  for (size_t i = p + 1; i < x.size(); ++i) {
    if (x[i] < 'a' || x[i] > 'z') return false;
  }
  if (p == 3 && lex.common_word(x.substr(p))) return false;
  return !(text.substr(m.span.end, 2) == "'s" && lex.known(std::string(x) + "'s"));
}

}  // namespace

// title_case for ASCII text (nearly every call: wire headlines, datelines), without decoding.
static std::string ascii_title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-' || c == '.';  // "U.S. MINT" -> "U.S. Mint"
  }
  return out;
}

std::string title_case(std::string_view s) {
  if (utf8::is_ascii(s)) return ascii_title_case(s);
  std::string out;
  out.reserve(s.size());
  bool start = true;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    const int32_t from = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0 || start) {
      out.append(s.data() + from, static_cast<size_t>(i - from));
    } else {
      char buf[4];
      int32_t len = 0;
      UBool bad = false;
      U8_APPEND(buf, len, 4, u_tolower(c), bad);
      if (bad) len = 0;
      out.append(buf, static_cast<size_t>(len));
    }
    start = c == ' ' || c == '-' || c == '.';
  }
  return out;
}

// "lead manager Goldman", "sole manager Bear", "co-manager Amro": in a bond issue's report the
// manager is a bank, though "manager" names people's roles elsewhere.
static bool issue_manager_before(std::string_view text, size_t b) {
  const std::string_view w = lower_word_before(text, b);
  if (w != "manager" && w != "managers") return false;
  const size_t at = b - 1 - w.size();
  if (at >= 3 && ascii_equal_lower(text.substr(at - 3, 3), "co-")) return true;
  const std::string_view q = lower_word_before(text, at);
  return q == "lead" || q == "sole" || q == "joint";
}

void type_mention(const Context& ctx, const Lexicon& lex, Mention& m) {
  // "NYSE SAYS SANTA FE <SFX> DECLINES": a name a ticker follows is a company's, even a place's,
  // but for the place closing "Porsche AG of Germany <PSHG.F>"
  const std::string_view text = ctx.doc.norm();
  const std::string_view before = m.span.begin >= 3 ? text.substr(m.span.begin - 3, 3) : std::string_view();
  if (ticker_after(text, m.span.end) != 0 && before != "of " && before != "OF ")
    return set(m, EntityType::Org, Evidence::Known);
  if (caps_state_abbreviation(text, m, lex)) return set(m, EntityType::Gpe, Evidence::Known);
  // "PONTIAC, Mich., March 3 -": the place a story was filed from, though a car or a company
  // bears its name
  if (m.dateline && dated_after(text, m.span.end)) {
    if (const KnownName* k = known_any_case(m, lex); k && k->type == EntityType::Org)
      return set(m, EntityType::Gpe, Evidence::Known);
  }
  if (typed_from_gazetteer(m, lex)) return;
  if (m.dateline) return set(m, EntityType::Gpe, Evidence::Pattern);
  if (part_of_place(m, lex)) return;
  const Words w = words_of(m.text);
  if (w.empty()) return set(m, EntityType::Org, Evidence::Guess);
  const NameWords n{w, first_word_facts(m, w.front(), lex), last_word_facts(m, w.back(), lex)};
  // "British Muslims", "Greek Cypriot", "Irish Americans": two words of nationality or faith are
  // a group of people (a party's people word aside: "Christian Democrats")
  if (w.size() == 2 && Lexicon::nationality(n.first) && Lexicon::nationality(n.last) &&
      !party_member_word(w.back()))
    return set(m, EntityType::Norp, Evidence::Known);
  // "Republic of Ireland", "Province of Quebec": a state named by its kind and its place
  if (w.size() >= 3 && w[1] == "of" && Lexicon::org_cue(n.first, CuePosition::Polity)) {
    if (lex.known_place(m.text.substr(w[0].size() + 4))) return set(m, EntityType::Gpe, Evidence::Known);
  }
  // (not "Savings Bank of Oak Harbour": what comes before "of" names the holder)
  if (w.size() >= 2 &&
      ((Lexicon::org_cue(n.last, CuePosition::Place) && m.text.find(" of ") == std::string_view::npos) ||
       (Lexicon::org_cue(n.first, CuePosition::PlaceFirst) && !Lexicon::org_cue(n.last, CuePosition::Last) &&
        !(w.size() == 2 && w[0] == "River" && Lexicon::common_word(n.last)))))  // not "River Plate", a club
    return set(m, EntityType::Loc, Evidence::Known);
  // "fellow broadcaster Michael Pointon": a given name and a family name after an outlet word
  // name its presenter, not the outlet
  // (not "the magazine Mac Format": an ordinary word is no family name)
  const bool given_and_family =
      w.size() == 2 && starts_with_first_name(w[0], n.first, lex) && !Lexicon::common_word(n.last);
  if (org_by_cue(n, m, lex) || (!given_and_family && after_media_word(text, m, lex)) ||
      known_org_first(m.text, n, lex))
    return set(m, EntityType::Org, Evidence::Known);
  // "Ernst & Young", "Bradford & Bingley": names joined by an ampersand are a firm's, not a person's
  if (m.text.find(" & ") != std::string_view::npos) return set(m, EntityType::Org, Evidence::Pattern);
  if (issue_manager_before(text, m.span.begin)) return set(m, EntityType::Org, Evidence::Pattern);
  if (m.person_hint) return set(m, EntityType::Person, Evidence::Pattern);
  // "Christian Democrats", "Free Democrats": a party, though "Christian" is a given name
  if (w.size() >= 2 && party_member_word(w.back())) return set(m, EntityType::Org, Evidence::Pattern);
  if (w.size() >= 2 && starts_with_first_name(w[0], n.first, lex))
    return set(m, EntityType::Person, Evidence::Pattern);
  if (w.size() == 2 && listed_family_name(n.last)) return set(m, EntityType::Person, Evidence::Pattern);
  if (w.size() == 2 && initial_and_surname(n, in_list(text, m.span)) && !after_ampersand(text, m.span.begin))
    return set(m, EntityType::Person, Evidence::Pattern);
  if (m.place_hint) return set(m, EntityType::Gpe, Evidence::Pattern);
  if (!m.after_the && gaelic_surname(text, m, lex)) return set(m, EntityType::Person, Evidence::Guess);
  if (all_caps(m.text)) return set(m, EntityType::Org, Evidence::Guess);
  if (!m.after_the && looks_like_person(n, lex)) return set(m, EntityType::Person, Evidence::Guess);
  set(m, EntityType::Org, Evidence::Guess);
}

namespace {

// "Boeing and X", "X and Airbus": a name coordinated with an organization.
bool next_to_org(std::string_view text, const std::vector<Mention>& ms, size_t k) {
  // a guessed organization ("Blair" of "Bush and Blair") is no evidence
  const auto org = [](const Mention& o) {
    return o.type == EntityType::Org && o.evidence >= Evidence::Pattern;
  };
  const Span s = ms[k].span;
  if (k + 1 < ms.size() && org(ms[k + 1]) && ms[k + 1].span.begin == s.end + 5 &&
      text.substr(s.end, 5) == " and ")
    return true;
  return k > 0 && org(ms[k - 1]) && ms[k - 1].span.end + 5 == s.begin &&
         text.substr(s.begin - 5, 5) == " and ";
}

// "the George W. Bush administration", "the Barack Obama presidency": a person's term of office.
bool term_of_office_after(std::string_view window, const Lexicon& lex) {
  if (window.size() < 2 || window[0] != ' ') return false;
  const std::string_view w = window.substr(1, window.find_first_of(" ,.;:'", 1) - 1);
  return lex.org_cue(w, CuePosition::Term);
}

// "drugs group Eli Lilly", "housebuilder George Wimpey": a company noun right before the name,
// qualified by a word other than an article ("a company Cross is forming" is a relative clause).
bool company_noun_before(std::string_view text, uint32_t b, const RE2& company_before) {
  if (b < 6 || text[b - 1] != ' ') return false;
  const std::string_view window = text.substr(b > 48 ? b - 48 : 0, b > 48 ? 48 : b);
  re2::StringPiece word;
  if (!RE2::PartialMatch(window, company_before, &word)) return false;
  static constexpr std::string_view kDeterminers[] = {
      "the",  "a",  "an",    "this",  "that", "its",  "his",   "her",     "their", "our",
      "your", "my", "which", "whose", "any",  "each", "every", "another", "no",    "same"};
  return std::none_of(std::begin(kDeterminers), std::end(kDeterminers), [&](std::string_view d) {
    return ascii_equal_lower(std::string_view(word.data(), word.size()), d);
  });
}

}  // namespace

// Persons rarely take "the" before their full name ("the Northrop Grumman plan"); when the
// person type came only from a first name or the shape, company context outweighs it.
void retype_by_company_context(std::string_view text, const CompanyContext& rules, const Lexicon& lex,
                               std::vector<Mention>& ms) {
  const auto weak_person = [](const Mention& m) {
    return m.type == EntityType::Person && !m.person_hint && m.evidence <= Evidence::Pattern;
  };
  std::vector<std::string_view> companies;
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (!weak_person(m)) continue;
    const std::string_view window = text.substr(m.span.end, 48);
    // "New Labour and Tony Blair": a given name first makes coordination with an organization
    // no evidence of a company
    const bool given = Lexicon::first_name(first_word_facts(m, m.text.substr(0, m.text.find(' ')), lex));
    const bool company_the = m.after_the && m.tokens >= 2 && !(given && term_of_office_after(window, lex));
    if (company_the || (!given && next_to_org(text, ms, k)) || RE2::PartialMatch(window, rules.after) ||
        company_noun_before(text, m.span.begin, rules.before))
      companies.push_back(m.text);
  }
  // One name, one type: every other bare mention of a company so found follows it.
  for (Mention& m : ms) {
    if (weak_person(m) && std::find(companies.begin(), companies.end(), m.text) != companies.end())
      set(m, EntityType::Org, Evidence::Pattern);
  }
}

namespace {

// What person_context can start with (", who ", ", 31,", ", the chief economist", ", Japan's
// trade minister", " said he", "'s wife", " administration"), tested on
// the bytes: most mentions are ruled out without running the regex.
bool may_open_person_context(std::string_view w) {
  if (w.size() < 4) return false;
  if (w[0] == '\'') return true;
  // ", who ", ", 31,", ", the bank's chief economist", ", former coach"; not ", and", ", which"
  if (w[0] == ',') {
    if (w[1] != ' ') return false;
    if (w[2] >= '0' && w[2] <= '9') return true;
    const std::string_view next = w.substr(2, std::min(w.find(' ', 2), w.size()) - 2);
    if (next == "who" || next == "the" || next == "a" || next == "an" || next == "aged" || next == "vice")
      return true;
    // ", Japan's deputy minister of trade", ", Ford's chief executive": a possessive name
    if (next.size() >= 4 && next[0] >= 'A' && next[0] <= 'Z' && next.ends_with("'s")) return true;
    // ", Chairman of Sony Corp", ", Deputy Director of": an office in title case before "of"
    for (const std::string_view office :
         {"Chairman", "Chairwoman", "President", "Director", "Managing", "General", "Chief", "Secretary",
          "Governor", "Minister", "Vice", "Deputy"})
      if (next == office) return true;
    return next.size() >= 5 && next[0] >= 'a' && next[0] <= 'z' && next != "which" && next != "where" &&
           next != "while" && next != "after" && next != "since" && next != "though";
  }
  if (w[0] != ' ') return false;
  const size_t end = std::min(w.find(' ', 1), w.size());
  const size_t n = end - 1;  // length of the word after the space; the verbs by length and first letter
  const char c = w[1];
  // " administration", " presidency", " era": nouns of a person's term of office
  if ((n == 14 && c == 'a') || (n == 10 && c == 'p') || (n == 3 && c == 'e')) return true;
  const bool verb = (n == 4 && (c == 's' || c == 't')) || (n == 5 && c == 'a') || (n == 6 && c == 't') ||
                    (n == 8 && (c == 'i' || c == 'a' || c == 'r' || c == 'b')) || (n == 9 && c == 'e');
  return verb &&
         (w.find(" he", end) != std::string_view::npos || w.find(" she", end) != std::string_view::npos);
}

}  // namespace

// "his brother Mukesh", "her husband, Rajiv,": a noun of kinship right before a name (after a
// space, or a comma and a space).
static bool after_kin_noun(std::string_view text, uint32_t b) {
  static constexpr std::string_view kKin[] = {
      "brother", "sister",   "brothers",  "sisters",  "wife",          "husband",     "son",
      "sons",    "daughter", "daughters", "father",   "mother",        "uncle",       "aunt",
      "cousin",  "nephew",   "niece",     "grandson", "granddaughter", "grandfather", "grandmother",
      "widow",   "widower",  "fiance",    "fiancee",  "twin",          "stepson",     "stepdaughter"};
  static constexpr std::string_view kOwners[] = {"his", "her", "their", "my", "our", "your",
                                                 "His", "Her", "Their", "My", "Our", "Your"};
  const auto word_before = [&](size_t end) {
    size_t start = end;
    while (start > 0 && is_ascii_alpha(text[start - 1])) --start;
    return text.substr(start, end - start);
  };
  if (b < 2 || text[b - 1] != ' ') return false;
  size_t end = b - 1;
  if (text[end - 1] == ',') --end;
  const std::string_view kin = word_before(end);
  if (std::find(std::begin(kKin), std::end(kKin), kin) == std::end(kKin)) return false;
  // whose relative: "his", "her" or a possessive before the noun, perhaps over one adjective
  // ("her late husband"); not "its sister Xiluodu dam", "with husband, Chicago Cubs shortstop"
  for (size_t at = end - kin.size(), hops = 0; hops < 2 && at >= 2 && text[at - 1] == ' '; ++hops) {
    if (text[at - 2] == 's' && at >= 3 && text[at - 3] == '\'') return true;
    const std::string_view owner = word_before(at - 1);
    if (std::find(std::begin(kOwners), std::end(kOwners), owner) != std::end(kOwners)) return true;
    at -= 1 + owner.size();
    if (owner.empty()) break;
  }
  return false;
}

void retype_by_person_context(std::string_view text, const RE2& person_context, std::vector<Mention>& ms) {
  for (Mention& m : ms) {
    if (m.evidence != Evidence::Guess || m.type == EntityType::Person) continue;
    if (after_kin_noun(text, m.span.begin)) {
      set(m, EntityType::Person, Evidence::Pattern);
      continue;
    }
    const std::string_view window = text.substr(m.span.end, 40);
    if (!may_open_person_context(window) || all_caps(m.text)) continue;
    if (RE2::PartialMatch(window, person_context)) set(m, EntityType::Person, Evidence::Pattern);
  }
}

namespace {

// A line of names: at least five items split by commas or semicolons, outside parentheses ("G
// Murphy; G Dempsey, S Horgan, ...", "Lampard, Makelele, Cole (Johnson 81), Drogba"), and no
// more than one lower-case word outside them but the particles of names ("de", "van") and a
// captain's mark. A label may open it ("Subs Not Used:", "Ireland:").
bool roster_line(std::string_view line) {
  constexpr int kMinItems = 5;
  static constexpr std::string_view kAllowed[] = {"de",  "da",  "del", "della", "di", "dal", "van", "von",
                                                  "der", "den", "le",  "la",    "du", "dos", "capt"};
  int separators = 0, lower = 0, depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '(')
      ++depth;
    else if (c == ')')
      depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0 && (c == ',' || c == ';'))
      ++separators;
    else if (depth == 0 && is_ascii_lower(c) && (i == 0 || line[i - 1] == ' ')) {
      size_t j = i;
      while (j < line.size() && is_ascii_alpha(line[j])) ++j;
      const std::string_view w = line.substr(i, j - i);
      if (std::find(std::begin(kAllowed), std::end(kAllowed), w) == std::end(kAllowed) && ++lower > 1)
        return false;  // prose: most lines end here, a few words in
    }
  }
  return separators + 1 >= kMinItems;
}

// The family names of the story's people named in full by the lists or patterns ("Bryn
// Halliwell", "Martha Hesse").
std::vector<std::string_view> named_family_names(const std::vector<Mention>& ms) {
  std::vector<std::string_view> out;
  for (const Mention& m : ms) {
    if (m.type == EntityType::Person && m.evidence != Evidence::Guess && m.tokens >= 2)
      out.push_back(family_name(m.text));
  }
  return out;
}

}  // namespace

// One mention of a, b and what lies between them ("Duff" "and" "Phelps"): a's flags and first
// word's facts, b's last word's facts, no facts for the whole text (not looked up).
static Mention joined(std::string_view text, const Mention& a, const Mention& b) {
  Mention m = a;
  m.span.end = b.span.end;
  m.text = text.substr(m.span.begin, m.span.size());
  m.facts = nullptr;
  m.last_facts = b.last_facts;
  m.last_size = b.last_size;
  m.tokens = a.tokens + 1 + b.tokens;
  return m;
}

void join_listed_portfolios(std::string_view text, std::vector<Mention>& ms) {
  // "the Department for Culture, Media and Sport", "Ministry of Agriculture, Fisheries and Food":
  // an organization named for a list of portfolios is split at its comma into a name with "for"
  // or "of" and a guessed "X and Y"
  const auto listed_tail = [&](size_t k) {
    if (k + 1 >= ms.size()) return false;
    const Mention& a = ms[k];
    const Mention& b = ms[k + 1];
    if (a.type != EntityType::Org || a.tokens < 3 || b.evidence != Evidence::Guess || b.tokens > 5)
      return false;
    if (a.text.find(" for ") == std::string_view::npos && a.text.find(" of ") == std::string_view::npos)
      return false;
    if (b.span.begin != a.span.end + 2 || text.substr(a.span.end, 2) != ", ") return false;
    const size_t conj = b.text.find(" and ");
    return conj != std::string_view::npos && conj > 0 && conj + 5 < b.text.size() &&
           is_ascii_upper(b.text[conj + 5]);
  };
  std::vector<Mention> out;
  out.reserve(ms.size());
  for (size_t k = 0; k < ms.size(); ++k) {
    if (listed_tail(k)) {
      out.push_back(joined(text, ms[k], ms[k + 1]));
      ++k;
      continue;
    }
    out.push_back(std::move(ms[k]));
  }
  ms = std::move(out);
}

// "the Iran-Iraq war", "Soviet-American talks", "Greek-Turkish relations": two countries or
// nationalities joined by a hyphen are each of them, not one organization the pair was guessed
// to be. A state's or a city's name keeps the company it names ("Georgia-Pacific",
// "Dayton-Hudson"), and so does any other evidence.
void split_country_pairs(const Lexicon& lex, std::vector<Mention>& ms) {
  const auto country = [&](std::string_view w, const WordFacts* f) -> std::optional<EntityType> {
    if (w.empty()) return std::nullopt;
    if (Lexicon::nationality(f)) return EntityType::Norp;
    const KnownName* k = Lexicon::known(f);
    if (k && k->type == EntityType::Gpe && !k->city && !k->subdivision) return EntityType::Gpe;
    return std::nullopt;
  };
  std::vector<Mention> out;
  bool split = false;
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    const size_t dash = m.tokens == 1 && m.type == EntityType::Org && m.evidence == Evidence::Guess
                            ? m.text.find('-')
                            : std::string_view::npos;
    if (dash != std::string_view::npos && m.text.find('-', dash + 1) == std::string_view::npos) {
      const std::string_view first = m.text.substr(0, dash), second = m.text.substr(dash + 1);
      const WordFacts *ff = lex.facts(first), *sf = lex.facts(second);
      const std::optional<EntityType> a = country(first, ff), b = country(second, sf);
      if (a && b) {
        if (!split) out.assign(ms.begin(), ms.begin() + static_cast<std::ptrdiff_t>(i));
        split = true;
        const auto part = [&](std::string_view w, const WordFacts* f, EntityType type, uint32_t begin) {
          Mention p = m;
          p.text = w;
          p.span = {begin, begin + static_cast<uint32_t>(w.size())};
          p.facts = p.first_facts = p.last_facts = f;
          p.first_size = p.last_size = static_cast<uint32_t>(w.size());
          p.type = type;
          p.evidence = Evidence::Known;
          return p;
        };
        out.push_back(part(first, ff, *a, m.span.begin));
        out.back().before_said = out.back().place_hint = false;
        out.push_back(part(second, sf, *b, m.span.begin + static_cast<uint32_t>(dash) + 1));
        out.back().sentence_initial = out.back().after_the = out.back().after_place_word = false;
        out.back().role.clear();
        continue;
      }
    }
    if (split) out.push_back(m);
  }
  if (split) ms = std::move(out);
}

void join_firm_pairs(std::string_view text, std::vector<Mention>& ms) {
  // "Duff and Phelps", "Harper & Row": two guessed one-word names, neither in capitals
  const auto pair_at = [&](size_t k) {
    if (k + 1 >= ms.size()) return false;
    const Mention& a = ms[k];
    const Mention& b = ms[k + 1];
    const auto guessed_word = [](const Mention& m) {
      return m.tokens == 1 && m.type == EntityType::Org && m.evidence == Evidence::Guess && !all_caps(m.text);
    };
    if (!guessed_word(a) || !guessed_word(b)) return false;
    const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    return gap == " and " || gap == " & ";
  };
  std::vector<std::string_view> pairs;  // the text of each such pair, "Duff and Phelps"
  std::vector<bool> paired(ms.size(), false);
  for (size_t k = 0; k + 1 < ms.size(); ++k) {
    if (!pair_at(k)) continue;
    pairs.push_back(text.substr(ms[k].span.begin, ms[k + 1].span.end - ms[k].span.begin));
    paired[k] = paired[k + 1] = true;
  }
  if (pairs.size() < 2) return;
  // "Texaco and Pennzoil": two names the story also writes alone are two; so are "Hercules and
  // Montedison" with "Hercules Inc", "Kenteris and Thanou" with "Kostas Kenteris" (the first or
  // last word of a longer name)
  std::vector<std::string_view> alone;
  for (size_t k = 0; k < ms.size(); ++k) {
    if (paired[k]) continue;
    alone.push_back(ms[k].text);
    if (ms[k].tokens > 1 && ms[k].text.find(" and ") == std::string_view::npos &&
        ms[k].text.find(" & ") == std::string_view::npos) {  // not "Harper and Row Publishers Inc"
      alone.push_back(ms[k].text.substr(0, ms[k].text.find(' ')));
      alone.push_back(ms[k].text.substr(ms[k].text.rfind(' ') + 1));
    }
  }
  const auto written_alone = [&](const Mention& m) {
    return std::find(alone.begin(), alone.end(), m.text) != alone.end();
  };
  std::vector<Mention> out;
  out.reserve(ms.size());
  for (size_t k = 0; k < ms.size(); ++k) {
    if (pair_at(k)) {
      const std::string_view pair = text.substr(ms[k].span.begin, ms[k + 1].span.end - ms[k].span.begin);
      if (std::count(pairs.begin(), pairs.end(), pair) >= 2 && !written_alone(ms[k]) &&
          !written_alone(ms[k + 1])) {
        Mention m = joined(text, ms[k], ms[k + 1]);
        set(m, EntityType::Org, Evidence::Pattern);
        out.push_back(std::move(m));
        ++k;
        continue;
      }
    }
    out.push_back(std::move(ms[k]));
  }
  ms = std::move(out);
}

// Whether a name at b opens its clause: at a sentence's or quotation's start, or after a word
// that opens a clause ("While Blackburn have"); not after a preposition ("Prices in Leeds are")
// nor in a list ("Leeds and York are").
static bool opens_clause(std::string_view text, size_t b) {
  size_t p = b;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p == 0 || std::string_view(".!?:\"\n").find(text[p - 1]) != std::string_view::npos ||
      text.substr(0, p).ends_with("\u201c"))
    return true;
  const std::string_view w = lower_word_before(text, b);
  for (const std::string_view c :
       {"while", "but", "as", "because", "though", "although", "since", "if", "when"}) {
    if (w == c) return true;
  }
  return false;
}

// "Burnley v Blackburn", "Arsenal vs. Wolverhampton": a name against another in a fixture.
static bool in_fixture(std::string_view text, Span s) {
  static constexpr std::string_view kVersus[] = {" v ", " vs ", " vs. "};
  for (const std::string_view v : kVersus) {
    if (text.substr(s.end, v.size()) == v && s.end + v.size() < text.size() &&
        is_ascii_upper(text[s.end + v.size()]))
      return true;
    if (s.begin > v.size() && text.substr(s.begin - v.size(), v.size()) == v &&
        is_ascii_alpha(text[s.begin - v.size() - 1]))
      return true;
  }
  return false;
}

void retype_clubs_by_role(std::string_view text, const LazyRE2& club_context, const Lexicon& lex,
                          std::vector<Mention>& ms) {
  for (Mention& m : ms) {
    if (m.type != EntityType::Gpe) continue;
    // a city or district against another in a fixture is its club ("England v Wales" stays the
    // countries)
    if (in_fixture(text, m.span)) {
      if (const KnownName* k = known_any_case(m, lex); k && (k->city || k->subdivision))
        set(m, EntityType::Org, Evidence::Pattern);
      continue;
    }
    // the cheap tests first: a place a list knows, then a space
    if (m.span.end >= text.size() || text[m.span.end] != ' ') continue;
    const KnownName* k = known_any_case(m, lex);
    if (!k) continue;
    const std::string_view window = text.substr(m.span.end, 24);
    re2::StringPiece plural_verb;  // "Burnley have had": a city's only
    if (RE2::PartialMatch(window, club_context.get(), &plural_verb) &&
        (plural_verb.empty() || (k->city && opens_clause(text, m.span.begin))))
      set(m, EntityType::Org, Evidence::Pattern);
  }
}

void retype_team_sheets(std::string_view text, std::vector<Mention>& ms) {
  // a team sheet lists players by the family names the story gave in full ("Halliwell, Mensing, ...")
  const std::vector<std::string_view> family_names = named_family_names(ms);
  const auto named_person = [&](const Mention& m) {
    if (m.type == EntityType::Person && m.evidence != Evidence::Guess) return true;
    return m.tokens == 1 && std::find(family_names.begin(), family_names.end(), m.text) != family_names.end();
  };
  size_t k = 0, searched = 0;  // no line break lies before `searched` that a line here may start at
  while (k < ms.size()) {
    // the mentions [k, e) of one line (memrchr back to where the last line ended, no further)
    const size_t from = std::min<size_t>(searched, ms[k].span.begin);
    const void* nl = memrchr(text.data() + from, '\n', ms[k].span.begin - from);
    const size_t line_begin = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1 : from;
    size_t line_end = text.find('\n', ms[k].span.end);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t e = k;
    while (e < ms.size() && ms[e].span.begin < line_end) ++e;
    // a line with a person named by the lists or patterns (or a family name of the story's
    // people) in half its names or more, or in three
    const auto people = std::count_if(ms.begin() + k, ms.begin() + e, named_person);
    if (e - k >= 4 && (2 * static_cast<size_t>(people) >= e - k || people >= 3) &&
        roster_line(text.substr(line_begin, line_end - line_begin))) {
      for (size_t i = k; i < e; ++i) {
        Mention& m = ms[i];
        // a guessed name is a player ("Makelele", "Humphreys"); not a label before a colon nor
        // a club or country in parentheses ("B Cohen (Wasps)", "(Aus)")
        if (m.evidence == Evidence::Guess && m.type != EntityType::Person && m.tokens <= 3 &&
            !all_caps(m.text) && text.substr(m.span.end, 1) != ":" &&
            (m.span.begin == 0 || text[m.span.begin - 1] != '('))
          set(m, EntityType::Person, Evidence::Pattern);
      }
    }
    k = e;
    searched = line_end;
  }
}

// "in Paterson", "from Clinton": a preposition of place right before byte b.
bool after_place_preposition(std::string_view text, size_t b) {
  const std::string_view w = lower_word_before(text, b);
  for (const std::string_view p : {"in", "at", "from", "near", "of", "to", "outside", "around"}) {
    if (w == p) return true;
  }
  return false;
}

// Whether w opens a longer name of the story that is no person's ("Columbia Gas Systems Inc").
static bool opens_longer_name(const std::vector<Mention>& ms, std::string_view w) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
    return o.tokens > 1 && o.type != EntityType::Person && o.text.size() > w.size() &&
           o.text.starts_with(w) && o.text[w.size()] == ' ';
  });
}

void retype_listed_people_by_company(std::vector<Mention>& ms) {
  for (Mention& m : ms) {
    if (m.tokens == 1 && m.type == EntityType::Person && m.evidence == Evidence::Known && !m.person_hint &&
        opens_longer_name(ms, m.text))
      set(m, EntityType::Org, Evidence::Pattern);
  }
}

// "Clinton talked about", "Obama's campaign said": a one-word name that only a small city's
// row makes a place is a person when it speaks or campaigns; towns do neither in news (a
// government speaking through its capital, "Beijing said", is a large city's).
void retype_towns_by_person_subject(std::string_view text, const RE2& person_subject,
                                    std::vector<Mention>& ms) {
  const std::vector<std::string_view> family_names = named_family_names(ms);
  std::vector<std::string_view> speakers;  // family names found speaking
  const auto retypable = [&](const Mention& m) {
    // "police in Paterson said", "Columbia Gas ... Columbia said"
    return m.type == EntityType::Gpe && m.tokens == 1 && !m.person_hint && !m.place_hint &&
           !after_place_preposition(text, m.span.begin) && !opens_longer_name(ms, m.text);
  };
  for (Mention& m : ms) {
    if (!retypable(m)) continue;
    // a town's name, or any place's that a person of the story bears ("Hesse said", "Holland said")
    const bool family_name =
        std::find(family_names.begin(), family_names.end(), m.text) != family_names.end();
    if (!m.town && !family_name) continue;
    if (RE2::PartialMatch(text.substr(m.span.end, 40), person_subject)) {
      set(m, EntityType::Person, Evidence::Pattern);
      if (family_name) speakers.push_back(m.text);
    }
  }
  // one name, one type: the person's other bare mentions ("a close North associate") follow
  if (speakers.empty()) return;
  for (Mention& m : ms) {
    if (retypable(m) && std::find(speakers.begin(), speakers.end(), m.text) != speakers.end())
      set(m, EntityType::Person, Evidence::Pattern);
  }
}

// "the European Community, Japan and Canada", "France, Italy, Spain": names in a list, where a
// comma joins items, not a town and its country; "under the new Act, Britain could": the place
// opens a clause (a town's country ends a phrase: a comma, a period, the text's end) (begin: the
// first name's, end: the second's).
static bool in_list(std::string_view text, size_t begin, size_t end) {
  // (a space after the second name, as before "and" or "could", already says so)
  if (end < text.size() && std::string_view(",.;)\n").find(text[end]) == std::string_view::npos) return true;
  const std::string_view after = text.substr(end, 3);
  if (after.size() == 3 && after[0] == ',' && after[1] == ' ' && is_ascii_upper(after[2])) return true;
  const std::string_view before = text.substr(begin >= 5 ? begin - 5 : 0, begin >= 5 ? 5 : begin);
  return before.ends_with(", ") || before.ends_with(" and ") || before.ends_with(" or ");
}

void retype_by_place_context(std::string_view text, const RE2& place_before, std::vector<Mention>& ms) {
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.evidence != Evidence::Guess || m.tokens > 3) continue;
    // "in Nice, France", "Reading, Pennsylvania": a guessed name before a comma and a known
    // country or state is a town the lists leave out (its name is an ordinary word); not before
    // a possessive ("Acme, Canada's biggest miner")
    if (k + 1 < ms.size() && text.substr(m.span.end, 2) == ", " && ms[k + 1].span.begin == m.span.end + 2 &&
        ms[k + 1].type == EntityType::Gpe && ms[k + 1].evidence == Evidence::Known && !ms[k + 1].town &&
        text.substr(ms[k + 1].span.end, 1) != "'" && !in_list(text, m.span.begin, ms[k + 1].span.end)) {
      set(m, EntityType::Gpe, Evidence::Pattern);
      continue;
    }
    // Every place_before phrase ends in " of " or " for " right before the name: most mentions
    // stop here.
    if (m.span.begin < 5 ||
        (text.substr(m.span.begin - 4, 4) != " of " && text.substr(m.span.begin - 5, 5) != " for "))
      continue;
    const size_t from = m.span.begin >= 32 ? m.span.begin - 32 : 0;
    if (RE2::PartialMatch(text.substr(from, m.span.begin - from), place_before))
      set(m, EntityType::Gpe, Evidence::Pattern);
  }
}

// "Northrop Grumman" ... "Northrop": a company is shortened to its first word, a person to
// the last. A guessed PERSON whose first word stands alone elsewhere, and whose last word does
// not, is an organization.
void retype_by_short_forms(std::vector<Mention>& ms) {
  const auto guessed_person = [](const Mention& m) {
    return m.tokens >= 2 && m.type == EntityType::Person && m.evidence == Evidence::Guess;
  };
  if (std::none_of(ms.begin(), ms.end(), guessed_person)) return;  // most stories: no set to build
  WordList single;
  for (const Mention& m : ms) {
    if (m.tokens == 1) single.insert(m.text);
  }
  single.freeze();
  for (Mention& m : ms) {
    if (!guessed_person(m)) continue;
    const std::string_view first = m.text.substr(0, m.text.find(' '));
    const std::string_view last = m.text.substr(m.text.rfind(' ') + 1);
    if (single.count(first) && !single.count(last)) set(m, EntityType::Org, Evidence::Guess);
  }
}

// "McDonnell Douglas Corp" ... "McDonnell": a one-word guessed person (a Gaelic surname's shape)
// that opens an organization's name elsewhere in the story is that organization's short form.
void retype_company_surnames(std::vector<Mention>& ms) {
  const auto guessed_surname = [](const Mention& m) {
    return m.tokens == 1 && m.type == EntityType::Person && m.evidence == Evidence::Guess;
  };
  if (std::none_of(ms.begin(), ms.end(), guessed_surname)) return;
  WordList opening;
  for (const Mention& m : ms) {
    if (m.tokens >= 2 && m.type == EntityType::Org) opening.insert(m.text.substr(0, m.text.find(' ')));
  }
  opening.freeze();
  for (Mention& m : ms) {
    if (guessed_surname(m) && opening.count(m.text)) set(m, EntityType::Org, Evidence::Guess);
  }
}

}  // namespace newsclaim
