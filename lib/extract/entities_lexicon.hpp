// Entities stage, internal: the gazetteers of patterns/entities/ as hash maps, built once from
// the Ruleset and shared read-only. Every lookup is one hash probe on a string_view
// (text/word_table.hpp: one cache line per probe).
#pragma once
#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/extraction.hpp"
#include "text/word_table.hpp"

namespace newsclaim {

class Ruleset;

// Keys are views into the Ruleset's gazetteer rows, which outlive the Lexicon (the extractor
// holds the Ruleset), or into the Lexicon's own case variants.

enum class RoleKind : uint8_t { Role, Modifier, Honorific, PostNominal };
enum class CuePosition {
  Last,
  First,
  Media,
  Place,
  Other,
  Product,
  Unit,
  Suffix,
  Tail,
  PlaceFirst,
  CompanyNoun,
  Term,
  Polity
};

// The kinds of opener_words.tsv: a word after a sentence's first word that leaves it the
// subject, or a verb after the noun that word would qualify; or a first word that opens the
// sentence and never a name ("Neither", "Despite").
enum class OpenerWord : uint8_t { Subject = 1, Verb = 2, Opener = 4 };

struct KnownName {
  EntityType type = EntityType::Gpe;
  bool city = false;         // a city: weaker evidence than a country or region
  bool town = false;         // a city under 200,000 people, whose name is often a family name too ("Clinton")
  bool subdivision = false;  // a country's state, province or district ("Delta", "Warrington", "Texas")
};

struct Acronym {
  std::string_view expansion;
  EntityType type = EntityType::Org;
};

// Everything the gazetteers say about one surface form, found with one hash probe. Kept small
// (12 bytes): the table holds ~60k forms, and start-up time goes into touching its memory.
struct WordFacts {
  enum : uint32_t {
    kKnown = 1,
    kAcronym = 2,
    kFirstName = 4,
    kNotName = 8,
    kCommon = 16,
    kRole = 32,
    kCueLast = 64,
    kCueFirst = 128,
    kCueMedia = 256,
    kCuePlace = 512,
    kConnector = 1024,
    kCueOther = 2048,
    kFrequent = 4096,            // among the few hundred most frequent words: "when", "after", "if"
    kCueProduct = 8192,          // a lower-case word after a product or event name: "laptops", "festival"
    kCueUnit = 16384,            // a word after a number that makes it an amount: "mln", "votes"
    kCueSuffix = 32768,          // closes a company name after "and" or a possessive: "Co", "Corp"
    kCalendar = 65536,           // a month or weekday, in full or abbreviated: "March", "Sept.", "Monday"
    kCueTail = 1U << 17,         // types a name it ends as an organization, holds no run together: "Air"
    kCuePlaceFirst = 1U << 18,   // opens the name of a natural feature: "Mount", "Lake"
    kCueCompanyNoun = 1U << 19,  // a lower-case noun for a company: "firm", "maker" ("Telecoms firm Eircom")
    kCueTerm = 1U << 20,         // a person's term of office after the name: "administration"
    kProduct = 1U << 21,         // a product's name, no entity: "Windows", "Mac OS X" (products.tsv)
    kRare = 1U << 22,            // with kCommon: a rarer dictionary word, rare_words.tsv ("Indefinite")
    kCuePolity = 1U << 23,       // opens a state's name before "of" and a place: "Republic", "Province"
  };
  // The flags in two fields that fill the padding before `known`: the low 16 bits, then the
  // high 8 (a WordFacts of 12 bytes keeps the lexicon's table slot at 32 bytes).
  uint16_t flags = 0;
  RoleKind role = RoleKind::Role;
  uint8_t more_flags = 0;
  KnownName known;
  void add(uint32_t f) {
    flags = static_cast<uint16_t>(flags | (f & 0xFFFFU));
    more_flags = static_cast<uint8_t>(more_flags | (f >> 16));
  }
  bool has(uint32_t f) const { return ((flags | (static_cast<uint32_t>(more_flags) << 16)) & f) != 0; }
};
static_assert(sizeof(WordFacts) <= 12, "a WordFacts larger than 12 bytes grows every lexicon slot");

// An org_cues.tsv position: its name in the file, and the flag it sets, in CuePosition's order.
struct CueName {
  std::string_view name;
  uint32_t flag;
};
inline constexpr std::array<CueName, 13> kCueNames{{{"last", WordFacts::kCueLast},
                                                    {"first", WordFacts::kCueFirst},
                                                    {"media", WordFacts::kCueMedia},
                                                    {"place", WordFacts::kCuePlace},
                                                    {"other", WordFacts::kCueOther},
                                                    {"product", WordFacts::kCueProduct},
                                                    {"unit", WordFacts::kCueUnit},
                                                    {"suffix", WordFacts::kCueSuffix},
                                                    {"tail", WordFacts::kCueTail},
                                                    {"place_first", WordFacts::kCuePlaceFirst},
                                                    {"company_noun", WordFacts::kCueCompanyNoun},
                                                    {"term", WordFacts::kCueTerm},
                                                    {"polity", WordFacts::kCuePolity}}};
static_assert(static_cast<size_t>(CuePosition::Polity) + 1 == kCueNames.size(), "one name per CuePosition");

// The few forms that are acronyms or their expansions, in a table of their own.
struct AcronymFacts {
  bool is_acronym = false;      // the form's WordFacts have kAcronym
  Acronym acronym;              // set when is_acronym
  std::string_view acronym_of;  // set when this form is the expansion of an acronym
};

class Lexicon {
 public:
  // Reads the entities.* gazetteers (kept by reference: rules must outlive this); throws
  // std::logic_error when one is missing.
  explicit Lexicon(const Ruleset& rules);

  // All facts about a surface form, or nullptr. Common words and roles are also found in
  // their capitalized and title-case forms ("However", "Prime Minister", "CEO").
  const WordFacts* facts(std::string_view w) const { return facts_.find(w); }  // inline: once per token
  // Places, regions, organizations, demonyms and groups by exact surface form ("Canada", "Chinese").
  const KnownName* known(std::string_view name) const { return known(facts(name)); }
  // The listed place (GPE or LOC) of this name, or nullptr: "America", "New Mexico", "Quebec".
  const KnownName* known_place(std::string_view name) const {
    const KnownName* k = known(name);
    return k && is_place(k->type) ? k : nullptr;
  }
  const Acronym* acronym(std::string_view a) const;
  // The acronym whose expansion is this name, or empty.
  std::string_view acronym_of(std::string_view expansion) const;
  bool first_name(std::string_view w) const { return has(w, WordFacts::kFirstName); }
  // Months, weekdays, "I": never a name on their own.
  bool not_name(std::string_view w) const { return has(w, WordFacts::kNotName); }
  // A well-known product's name ("Windows", "Apple TV"): no entity.
  bool product(std::string_view name) const { return has(name, WordFacts::kProduct); }
  // Months and weekdays ("March", "Sept.", "Monday"), of the not_names.
  bool calendar_word(std::string_view w) const { return has(w, WordFacts::kCalendar); }
  // True for a frequent English word ("however", "However", "global").
  bool common_word(std::string_view w) const { return common_word(facts(w)); }
  // Role words and phrases ("president", "President", "prime minister").
  const RoleKind* role(std::string_view w) const { return role(small_facts(w)); }
  // An organization cue at that position, by exact case ("Agency" last, "Ministry" first).
  bool org_cue(std::string_view w, CuePosition where) const { return org_cue(small_facts(w), where); }
  // A line of business ending company names ("Research", "Mining"; org_cue Last too), which
  // alone is an ordinary word, unlike "Police" or "Senate".
  bool business_word(std::string_view w) const { return business_.find(w) != nullptr; }
  // False when no product noun or product phrase starts with this lower-case word: its first
  // two letters and length rule out nearly every word ("said", "and") without a hash probe.
  bool may_start_product(std::string_view w) const { return product_shapes_.test(shape(w)); }
  // False when no role or organization cue form of n bytes (n > 0) opens with byte front and
  // ends with byte back: role() and org_cue() are then false for every such form, which need
  // not be spelled out to be asked ("INC" as "Inc").
  bool may_be_role_or_cue(char front, char back, size_t n) const {
    return small_shapes_.test(small_shape(front, back, n));
  }
  // The same for the forms that are never a name (not_name()): "FEBRUARY" in a headline is
  // asked about as "February".
  bool may_be_not_name(char front, char back, size_t n) const {
    return not_name_shapes_.test(small_shape(front, back, n));
  }
  // Lower-case words allowed inside a capitalized run ("of", "van", "&").
  const WordTable<bool>& connectors() const { return connectors_; }
  // Words after which "on" goes on with a name ("Committee on Foreign Relations").
  bool on_head(std::string_view w) const { return on_heads_.find(w) != nullptr; }
  // Whether w is listed in opener_words.tsv with that kind.
  bool opener_word(std::string_view w, OpenerWord kind) const {
    const uint8_t* bits = opener_words_.find(w);
    return bits && (*bits & static_cast<uint8_t>(kind)) != 0;
  }

  // The questions above about a form whose facts are at hand (f = facts(w), nullptr when no
  // list has w): the stage asks many of them about each word, and one probe answers them all.
  static bool has(const WordFacts* f, uint32_t flag) { return f && f->has(flag); }
  static const KnownName* known(const WordFacts* f) {
    return has(f, WordFacts::kKnown) ? &f->known : nullptr;
  }
  // One of the few hundred most frequent words ("But", "When", "Early") and no listed name or
  // acronym: what such a word opening a sentence is, before anything says otherwise.
  static bool frequent_word(const WordFacts* f) {
    return has(f, WordFacts::kFrequent) && !has(f, WordFacts::kKnown | WordFacts::kAcronym);
  }
  static const RoleKind* role(const WordFacts* f) { return has(f, WordFacts::kRole) ? &f->role : nullptr; }
  // "Mr", "Sir", "Dr": a courtesy title (roles.tsv kind honorific), by its role kind or its facts.
  static bool honorific(const RoleKind* k) { return k && *k == RoleKind::Honorific; }
  static bool honorific(const WordFacts* f) { return honorific(role(f)); }
  static bool org_cue(const WordFacts* f, CuePosition where) {
    return has(f, kCueNames[static_cast<size_t>(where)].flag);
  }
  static bool first_name(const WordFacts* f) { return has(f, WordFacts::kFirstName); }
  // "Chinese", "French", "Western": a listed nationality or group (NORP), which may stand in a
  // role ("Chinese President") but names no organization of its own.
  static bool nationality(const WordFacts* f) {
    const KnownName* k = known(f);
    return k && k->type == EntityType::Norp;
  }
  static bool not_name(const WordFacts* f) { return has(f, WordFacts::kNotName); }
  // A common word, not a rare one: what may be a family, given or company name as well is no
  // evidence of an ordinary phrase ("Gad Yaacobi", "Norsk Hydro and Saga Petroleum"). The bit
  // kCommon itself, rare words included, marks what a capital opening a sentence may be
  // (entities_capitals.cpp).
  static bool common_word(const WordFacts* f) {
    return f && f->has(WordFacts::kCommon) && !f->has(WordFacts::kRare);
  }
  // acronym(a) where f = facts(a): only a form with kAcronym has one, so most need no probe.
  const Acronym* acronym(std::string_view a, const WordFacts* f) const {
    return has(f, WordFacts::kAcronym) ? acronym(a) : nullptr;
  }
  // acronym_of(expansion) where f = facts(expansion): every expansion has facts.
  std::string_view acronym_of(std::string_view expansion, const WordFacts* f) const {
    return f ? acronym_of(expansion) : std::string_view();
  }
  // Whether name (f = its facts) is a listed name or an acronym's expansion ("General Agreement
  // on Tariffs and Trade").
  bool listed(std::string_view name, const WordFacts* f) const {
    return known(f) || !acronym_of(name, f).empty();
  }
  // The same, for a name of no city or country ("General Agreement on Tariffs and Trade", not
  // "Salt Lake City").
  bool listed_beyond_place(std::string_view name, const WordFacts* f) const {
    if (const KnownName* k = known(f)) return k->type != EntityType::Gpe;
    const std::string_view expanded = acronym_of(name, f);
    const Acronym* a = expanded.empty() ? nullptr : acronym(expanded);
    return a && a->type != EntityType::Gpe;
  }

 private:
  bool has(std::string_view w, uint32_t flag) const {
    const WordFacts* f = facts(w);
    return f && f->has(flag);
  }
  // The facts of w while building (valid until the next entry() call).
  WordFacts& entry(std::string_view w) { return facts_[w]; }
  // The facts of a role or cue form, nullptr for any other: a form whose shape no such form
  // has is answered without a probe (most words asked about are neither).
  const WordFacts* small_facts(std::string_view w) const {
    return small_shapes_.test(small_shape(w)) ? small_.find(w) : nullptr;
  }
  // A form's length and first and last bytes, mixed into a bit index of small_shapes_.
  static constexpr size_t kSmallShapes = 8192;
  static size_t small_shape(std::string_view w) {
    return w.empty() ? 0 : small_shape(w.front(), w.back(), w.size());
  }
  static size_t small_shape(char front, char back, size_t n) {
    const uint32_t ends =
        static_cast<uint32_t>(static_cast<unsigned char>(front)) << 8 | static_cast<unsigned char>(back);
    return ((ends * 0x9E3779B1U) ^ (static_cast<uint32_t>(n) * 0x85EBCA77U)) >> 19;
  }
  // Adds flag to w and, for lower-case words, to its capitalized, title-case and upper forms.
  void add_names(const Ruleset& rules);
  void add_words(const Ruleset& rules);
  void add_folded_places(const Ruleset& rules);
  void add_spelling(std::string_view name, const std::string& spelling);
  void set_known(std::string_view name, KnownName k, bool override);
  void freeze();
  void add_any_case(std::string_view w, uint32_t flag, RoleKind role = RoleKind::Role);
  void add_currency_words(const Ruleset& rules);
  // Adds flags (kNotName among them) to w; every kNotName form goes through here.
  void add_not_name(std::string_view w, uint32_t flags);
  void prefetch_any_case(std::string_view w) const;

  // A lower-case word's first two letters and length (capped at 15), as a bit index.
  static size_t shape(std::string_view w) {
    if (w.size() < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z') return 0;
    return (static_cast<size_t>(w[0] - 'a') * 26 + static_cast<size_t>(w[1] - 'a')) * 16 +
           std::min<size_t>(w.size(), 15);
  }
  std::bitset<26 * 26 * 16> product_shapes_;  // bit 0 (no shape) stays clear

  WordTable<WordFacts, false> facts_;  // filled in place by the constructor; no key list
  WordTable<AcronymFacts> acronyms_;
  // Roles and organization cues again, in a table small enough to stay in cache: they are
  // asked about every word of every run.
  WordTable<WordFacts> small_;
  std::bitset<kSmallShapes> small_shapes_;     // the small_shape of every form small_ holds
  std::bitset<kSmallShapes> not_name_shapes_;  // the small_shape of every kNotName form
  std::vector<std::string_view> small_forms_;  // while building: the forms small_ will hold
  std::vector<size_t> accented_places_;        // while building: the places rows not in ASCII
  std::vector<size_t> saint_places_;           // while building: rows opening "St. " or "St "
  KeyArena owned_;  // case variants and folded spellings made here (the keys view them)
  WordTable<bool> connectors_;
  WordTable<bool> on_heads_;
  WordTable<uint8_t> opener_words_;
  WordTable<bool> business_;
};

}  // namespace newsclaim
