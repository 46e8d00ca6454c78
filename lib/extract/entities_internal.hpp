// Entities stage, internal: the steps between the text and the clustered entities.
//   find_mentions   capitalized runs (names.re2) cut into name mentions, with titles/roles
//   type_mention    a type from gazetteers, organization cues and context
//   cluster         mentions of one entity joined (aliases, acronyms, surnames, misspellings)
#pragma once
#include <re2/re2.h>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/context.hpp"
#include "extract/entities_lexicon.hpp"
#include "patterns/lazy_re2.hpp"

namespace newsclaim {

// How sure a type is: a guess from shape, a pattern (first name, role), or a gazetteer entry.
enum class Evidence { None = 0, Guess = 1, Pattern = 2, Known = 3 };

struct Mention {
  Span span;
  std::string_view text;             // norm() slice
  const WordFacts* facts = nullptr;  // lex.facts(text), looked up once; nullptr when no list has it
  // The facts of its first and last token as tokenized (first_size, last_size bytes): those of
  // the first and last word of text when they are as long (words_of(text)), with no probe.
  const WordFacts* first_facts = nullptr;
  const WordFacts* last_facts = nullptr;
  uint32_t first_size = 0, last_size = 0;
  int tokens = 1;    // words, connectors included
  std::string role;  // "former president", empty when none
  bool sentence_initial = false;
  bool after_the = false;         // "the Times": a lower-case "the" right before
  bool place_hint = false;        // "Beijing-based"
  bool after_place_word = false;  // "in Delta", "in the Gulf": a place preposition right before
  bool before_said = false;       // "Delta said", "Gulf also told": a speech verb right after
  bool person_hint = false;       // a role or honorific right before
  bool dateline = false;          // "NEW YORK, March 3 -": the place a story was filed from
  bool town = false;              // typed GPE only because a small city bears the name ("Clinton", "Obama")
  std::string_view defines;       // "CBSA" in "Canada Border Services Agency (CBSA)"
  EntityType type = EntityType::Org;
  Evidence evidence = Evidence::None;
};

struct EntityRules {
  const LazyRE2& acronym_definition;
  const Lexicon& lexicon;
};

// Name mentions of the document in text order (not yet typed).
std::vector<Mention> find_mentions(const Context& ctx, const EntityRules& rules);

// Drops names of products and events: before a model number ("Boeing 747"), after a brand
// written lower case first ("iPod Nano"), or written only before a product or event noun
// ("Zephyr Pro laptops").
void drop_product_names(std::string_view text, const Lexicon& lex, std::vector<Mention>& ms);

// Drops Title Case terms defined with an acronym and the acronym's mentions: ordinary words in
// a list with "and" whose initials spell it ("Maintenance, Repair and Overhaul (MRO)").
void drop_defined_terms(std::string_view text, const Lexicon& lex, std::vector<Mention>& ms);

// Two guessed one-word names joined by "and" or "&" that the story writes together twice or more
// ("Duff and Phelps", "Harper and Row", "Pratt and Whitney") are one company's name: each such
// pair becomes one mention, typed ORG.
void join_firm_pairs(std::string_view text, std::vector<Mention>& ms);

// "Iran-Iraq", "Soviet-American": a pair of countries or nationalities guessed to be one
// organization is the two of them.
void split_country_pairs(const Lexicon& lex, std::vector<Mention>& ms);
// "Department for Culture" ", " "Media and Sport": an organization named with "for" or "of"
// whose list of portfolios a comma split joins its tail ("X and Y") again.
void join_listed_portfolios(std::string_view text, std::vector<Mention>& ms);

// Drops names no list knows that are the Title Case of a work's title: a capitalized pronoun
// ("Your Cheating Heart", "Super Size Me") or an article inside ("Meet The Fockers").
void drop_work_titles(const Lexicon& lex, std::vector<Mention>& ms);

// Drops guessed names (typed by their shape alone) that label a table's row: two cells of
// figures or "nil" follow ("Start Stcks  16.00  18.30", "Redeemed  14.7  2.1").
void drop_table_labels(std::string_view text, std::vector<Mention>& ms);

// Sets m.type and m.evidence from the mention and its surroundings.
void type_mention(const Context& ctx, const Lexicon& lex, Mention& m);

// The rules of company context (names.re2): after a name ("Northrop Grumman shares", ", the
// company") and before it ("accountancy firm Ernst & Young").
struct CompanyContext {
  const RE2& after;
  const RE2& before;
};

// Guessed persons in company context become ORG, with every other bare mention of the name.
void retype_by_company_context(std::string_view text, const CompanyContext& rules, const Lexicon& lex,
                               std::vector<Mention>& ms);

// Guessed names followed by person context ("Okafor, who was", "Lund said she", "Vidal's wife")
// become PERSON; the other mentions of the name follow when the entity is typed.
void retype_by_person_context(std::string_view text, const RE2& person_context, std::vector<Mention>& ms);
// A one-word name typed GPE only by a small city's row ("Clinton") is a PERSON when
// entities.person_subject follows it ("Clinton said", "Obama's campaign").
void retype_towns_by_person_subject(std::string_view text, const RE2& person_subject,
                                    std::vector<Mention>& ms);
// "Liverpool manager", "England captain", "Leeds fans": a place a list knows, before a sports
// role or a club's people (names.re2 club_context), is the team named after it (ORG).
void retype_clubs_by_role(std::string_view text, const LazyRE2& club_context, const Lexicon& lex,
                          std::vector<Mention>& ms);
// A team sheet ("Lampard, Makelele, Cole (Johnson 81), Drogba"): guessed names in a line of
// five comma- or semicolon-separated names, half of them people, are players.
void retype_team_sheets(std::string_view text, std::vector<Mention>& ms);
// "Sharon Steel Corp ... Sharon's notes": a public figure's listed family name (people.tsv)
// that opens a company's name in the same story is that company.
void retype_listed_people_by_company(std::vector<Mention>& ms);

// Guessed names right after "mayor of", "the town of", or before ", France" become GPE.
void retype_by_place_context(std::string_view text, const RE2& place_before, std::vector<Mention>& ms);

// Guessed persons that the article shortens like a company ("Northrop") become ORG.
void retype_by_short_forms(std::vector<Mention>& ms);
// A one-word guessed person that opens an organization's name elsewhere: "McDonnell".
void retype_company_surnames(std::vector<Mention>& ms);

// Joins mentions into entities (first mention order); fills name, aliases, roles.
std::vector<Entity> cluster(const std::vector<Mention>& mentions, const Lexicon& lex);

// Mention indexes grouped by entity, in two arrays: group k is members[start[k], start[k + 1]),
// in text order; groups in the order of their first mention.
struct Groups {
  std::vector<size_t> members;
  std::vector<size_t> start;  // size() + 1 offsets into members
  size_t size() const { return start.empty() ? 0 : start.size() - 1; }
  std::span<const size_t> operator[](size_t k) const {
    return std::span<const size_t>(members).subspan(start[k], start[k + 1] - start[k]);
  }
};

// One entity per group of mention indexes: type by the strongest evidence, canonical name,
// aliases (misspelt forms never become the name) and roles.
std::vector<Entity> build_entities(const std::vector<Mention>& ms, const Groups& groups,
                                   const std::vector<bool>& misspelt);

// "WASHINGTON", "ZÜRICH" -> "Washington", "Zürich": each word's first letter kept, the rest
// lower-cased (UTF-8).
std::string title_case(std::string_view s);

// The length of a stock ticker in angle brackets right after byte end ("Acme Corp <ACME.N>",
// "GENERAL ELECTRIC <GE> TO SELL"): the wires put one after a company's name. 0 when none.
inline size_t ticker_after(std::string_view text, size_t end) {
  constexpr size_t kLongest = 12;
  if (text.substr(end, 2) != " <") return 0;
  size_t i = end + 2;
  while (i < text.size() && i - end - 2 < kLongest &&
         ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= '0' && text[i] <= '9') || text[i] == '.'))
    ++i;
  return i > end + 2 && i < text.size() && text[i] == '>' && text[end + 2] != '.' ? i + 1 - end : 0;
}

// Words of a name split on spaces (connectors included), at most Words::kMax (the rest is
// left in the last word); no allocation.
struct Words {
  static constexpr size_t kMax = 16;
  std::array<std::string_view, kMax> w;
  size_t n = 0;
  const std::string_view* begin() const { return w.data(); }
  const std::string_view* end() const { return w.data() + n; }
  size_t size() const { return n; }
  bool empty() const { return n == 0; }
  std::string_view operator[](size_t i) const { return w[i]; }
  std::string_view front() const { return w[0]; }
  std::string_view back() const { return w[n - 1]; }
};
Words words_of(std::string_view name);

// Whether text holds s at byte pos (a byte loop: a call to memcmp costs more for the two or
// three bytes compared here).
inline bool holds_at(std::string_view text, size_t pos, std::string_view s) {
  if (pos > text.size() || text.size() - pos < s.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (text[pos + i] != s[i]) return false;
  }
  return true;
}

// "Mr King", "Ms Judge": after an honorific (kind k of word w) a word also listed as a title is
// a surname; not after "Lord" ("the Lord Chancellor", "the Lord Mayor" are offices).
inline bool surname_after(std::string_view w, const RoleKind* k) {
  return Lexicon::honorific(k) && w != "Lord" && w != "LORD";
}

// "Democrat", "Republicans", "Socialists": a word for a party's members (a party's name when a
// word like "Christian" or "Social" opens it; a place or chamber before it is no part of it).
inline bool party_member_word(std::string_view w) {
  if (w.ends_with('s')) w.remove_suffix(1);
  return w == "Democrat" || w == "Republican" || w == "Socialist" || w == "Communist" ||
         w == "Conservative" || w == "Nationalist" || w == "Unionist";
}

// Whether a place preposition ("in", "at", "from", "near", "of", "to", "outside", "around") stands
// right before b.
bool after_place_preposition(std::string_view text, size_t b);

// True when s holds an ASCII digit (a byte loop: find_first_of calls memchr once per byte).
inline bool has_digit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// lex.facts(w) for the first word of m's text (w = words_of(m.text).front() or the text up to its
// first space), kept from the mention's tokens when it is the same word.
inline const WordFacts* first_word_facts(const Mention& m, std::string_view w, const Lexicon& lex) {
  return w.size() == m.first_size ? m.first_facts : lex.facts(w);
}
// The same for its last word (words_of(m.text).back() or the text after its last space).
inline const WordFacts* last_word_facts(const Mention& m, std::string_view w, const Lexicon& lex) {
  return w.size() == m.last_size ? m.last_facts : lex.facts(w);
}

}  // namespace newsclaim
