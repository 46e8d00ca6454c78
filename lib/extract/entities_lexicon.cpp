#include "extract/entities_lexicon.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <stdexcept>
#include <unordered_set>

#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace newsclaim {

namespace {

// Words this frequent open sentences as conjunctions, prepositions and adverbs ("When",
// "After"), never as the first word of a name.
constexpr int kFrequentRank = 300;

// How many rows ahead a filling loop prefetches the table slot of a form (WordTable::prefetch).
constexpr size_t kAhead = 8;

EntityType parse_type(std::string_view t) {
  if (t == "PERSON") return EntityType::Person;
  if (t == "GPE") return EntityType::Gpe;
  if (t == "LOC") return EntityType::Loc;
  if (t == "NORP") return EntityType::Norp;
  return EntityType::Org;
}

size_t column(const Gazetteer& g, std::string_view name) {
  auto c = g.column(name);
  if (!c) throw std::logic_error("gazetteer lacks column '" + std::string(name) + "'");
  return *c;
}

WordTable<bool> first_column(const Gazetteer& g) {
  WordTable<bool> out;
  for (size_t r = 0; r < g.size(); ++r) out[g.cell(r, 0)] = true;
  return out;
}

// std::atoi on a view: leading blanks, a sign, then digits; 0 when there are none.
int to_int(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  const bool negative = i < s.size() && s[i] == '-';
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  int value = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) value = value * 10 + (s[i] - '0');
  return negative ? -value : value;
}

// Writes w to out (w.size() bytes) with the first letter, each word's first letter or every
// letter in upper case; false when that changes nothing.
bool capitalize_into(std::string_view w, bool every_word, bool all, char* out) {
  bool start = true, changed = false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'a' && c <= 'z' && (all || start)) c = static_cast<char>(c - 'a' + 'A'), changed = true;
    out[i] = c;
    start = every_word && (c == ' ' || c == '-');  // "Secretary-General"
  }
  return changed;
}

}  // namespace

void Lexicon::add_not_name(std::string_view w, uint32_t flags) {
  entry(w).add(flags);
  not_name_shapes_.set(small_shape(w));
}

void Lexicon::add_any_case(std::string_view w, uint32_t flag, RoleKind role) {
  auto add = [&](std::string_view key) {
    WordFacts& f = entry(key);
    f.add(flag);
    if (flag & WordFacts::kRole) f.role = role, small_forms_.push_back(key);
  };
  add(w);
  // Common words need only "However"; roles also "Prime Minister" and "CEO".
  const int variants = (flag & WordFacts::kRole) ? 3 : 1;
  for (int variant = 0; variant < variants; ++variant) {
    if (!capitalize_into(w, variant == 1, variant == 2, owned_.room(w.size()))) continue;
    add(owned_.keep(w.size()));  // a form already present keeps its key (this copy then goes unused)
  }
}

// Prefetches w's slot and that of the capitalized form add_any_case adds ("However").
void Lexicon::prefetch_any_case(std::string_view w) const {
  facts_.prefetch(w);
  char capital[32];
  if (w.size() <= sizeof capital && capitalize_into(w, false, false, capital))
    facts_.prefetch(std::string_view(capital, w.size()));
}

namespace {

uint32_t cue_flag(CuePosition where) { return kCueNames[static_cast<size_t>(where)].flag; }

// "U.S." -> "U.S": a dotted abbreviation of single capitals without its last period; empty for
// any other word ("Inc.", "US").
std::string_view without_last_period(std::string_view a) {
  if (a.size() < 4 || a.size() % 2 != 0) return {};
  for (size_t i = 0; i < a.size(); i += 2) {
    if (a[i] < 'A' || a[i] > 'Z' || a[i + 1] != '.') return {};
  }
  return a.substr(0, a.size() - 1);
}

// The position a row names; any other name ("last", "business": a line of business) ends names.
CuePosition cue_position_named(std::string_view name) {
  for (size_t i = 0; i < kCueNames.size(); ++i) {
    if (kCueNames[i].name == name) return static_cast<CuePosition>(i);
  }
  return CuePosition::Last;
}

// At most how many forms the gazetteers add: one per row and per extra form a row gives (an
// acronym's expansion, a currency's name, a common word's and a role's case variants), and the
// dates stage's holidays.
size_t forms_bound(const Ruleset& rules) {
  size_t n = 0;
  for (const char* key :
       {"entities.places", "entities.regions", "entities.organizations", "entities.people",
        "entities.demonyms", "entities.groups", "entities.first_names", "entities.first_names_extra",
        "entities.not_names", "entities.org_cues", "entities.products"})
    n += rules.gazetteer(key).size();
  n += rules.gazetteer("dates.words").size();  // its holidays
  n += 2 * (rules.gazetteer("entities.acronyms").size() + rules.gazetteer("entities.currencies").size() +
            rules.gazetteer("entities.common_words").size()) +
       rules.gazetteer("entities.rare_words").size();
  return n + 4 * rules.gazetteer("entities.roles").size();
}

// ASCII spellings of the Latin letters U+00C0..U+017F ("é" -> "e", "Ł" -> "L", "ß" -> "ss"):
// decomposed by ICU once, plus the letters that carry no mark to strip. Empty: no spelling.
constexpr char32_t kFoldFirst = 0xC0, kFoldLast = 0x17F;
const std::array<std::string, kFoldLast - kFoldFirst + 1>& ascii_letters() {
  static const auto table = [] {
    std::array<std::string, kFoldLast - kFoldFirst + 1> t;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (char32_t c = kFoldFirst; c <= kFoldLast && U_SUCCESS(status); ++c) {
      const icu::UnicodeString d = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
      if (U_SUCCESS(status) && d.length() >= 1 && d.charAt(0) < 0x80)
        t[c - kFoldFirst] = static_cast<char>(d.charAt(0));
    }
    const std::pair<char32_t, const char*> unmarked[] = {
        {U'ł', "l"},  {U'Ł', "L"},  {U'ø', "o"},  {U'Ø', "O"},  {U'đ', "d"},  {U'Đ', "D"},
        {U'ß', "ss"}, {U'æ', "ae"}, {U'Æ', "AE"}, {U'œ', "oe"}, {U'Œ', "OE"}, {U'ı', "i"}};
    for (const auto& [c, ascii] : unmarked) t[c - kFoldFirst] = ascii;
    return t;
  }();
  return table;
}

// The name with its accents dropped ("São Paulo" -> "Sao Paulo"), or "" when a letter has no
// ASCII spelling (other scripts) or the name is ASCII already.
std::string ascii_folded(std::string_view name) {
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < name.size(); ++i) {
    const auto b = static_cast<unsigned char>(name[i]);
    if (b < 0x80) {
      out += static_cast<char>(b);
      continue;
    }
    // Two-byte sequences only: U+00C0..U+017F start with 0xC3..0xC5.
    if (b < 0xC3 || b > 0xC5 || i + 1 >= name.size()) return {};
    const char32_t c = ((b & 0x1FU) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3FU);
    if (c < kFoldFirst || c > kFoldLast || ascii_letters()[c - kFoldFirst].empty()) return {};
    out += ascii_letters()[c - kFoldFirst];
    changed = true;
    ++i;
  }
  return changed ? out : std::string();
}

}  // namespace

Lexicon::Lexicon(const Ruleset& rules) {
  facts_.reserve(forms_bound(rules));  // sized once: regrowing would copy and re-hash every form
  add_names(rules);
  add_words(rules);
  add_folded_places(rules);
  connectors_ = first_column(rules.gazetteer("entities.connectors"));
  on_heads_ = first_column(rules.gazetteer("entities.on_heads"));
  const Gazetteer& openers = rules.gazetteer("entities.opener_words");
  const size_t kind = column(openers, "kind");
  for (size_t r = 0; r < openers.size(); ++r) {
    const std::string_view k = openers.cell(r, kind);
    uint8_t& bits = opener_words_[openers.cell(r, 0)];
    bits |= static_cast<uint8_t>(k == "verb"     ? OpenerWord::Verb
                                 : k == "opener" ? OpenerWord::Opener
                                                 : OpenerWord::Subject);
  }
  freeze();
}

// English news often writes place names without their accents ("Sao Paulo", "Bogota",
// "Malmo", "Lodz"): countries, subdivisions and cities of 100,000 people or more are also known under that
// spelling, unless it is already a name, a given name or a common word of its own. "St." is
// written with and without its dot.
void Lexicon::add_folded_places(const Ruleset& rules) {
  constexpr long kMinPopulation = 100000;
  const Gazetteer& places = rules.gazetteer("entities.places");
  const size_t kind = column(places, "kind"), population = column(places, "population");
  for (const size_t i : accented_places_) {
    const std::string_view name = places.cell(i, 0);
    if (places.cell(i, kind) == "city" && to_int(places.cell(i, population)) < kMinPopulation) continue;
    const std::string folded = ascii_folded(name);
    if (!folded.empty()) add_spelling(name, folded);
  }
  accented_places_ = {};
  // "St Louis" (British style) is "St. Louis", "St. Helens" is "St Helens": either spelling of a
  // place named after a saint is known, unless it is a name of its own
  for (const size_t i : saint_places_) {
    const std::string_view name = places.cell(i, 0);
    const bool dotted = name.starts_with("St. ");
    add_spelling(name, std::string(dotted ? "St " : "St. ") + std::string(name.substr(dotted ? 4 : 3)));
  }
  saint_places_ = {};
}

// The known place name also under spelling, unless spelling is a word of its own.
void Lexicon::add_spelling(std::string_view name, const std::string& spelling) {
  if (facts(spelling) != nullptr) return;
  const KnownName* original = known(name);
  if (original == nullptr) return;
  const KnownName copy = *original;
  set_known(owned_.copy(spelling), copy, false);
}

void Lexicon::set_known(std::string_view name, KnownName k, bool override) {
  WordFacts& f = entry(name);
  if (f.has(WordFacts::kKnown) && !override) return;
  f.add(WordFacts::kKnown);
  f.known = k;
}

// Places, nationalities, groups and acronyms: what a whole name is.
void Lexicon::add_names(const Ruleset& rules) {
  const Gazetteer& places = rules.gazetteer("entities.places");
  const size_t type = column(places, "type"), kind = column(places, "kind"),
               population = column(places, "population");
  constexpr long kTownPopulation = 200000;
  // Countries and territories keep their place type even where the demonym data spells the
  // people like the place ("Hong Kong", "Bermuda", "Puerto Rico"); other rows may be overridden.
  std::unordered_set<std::string_view> countries;
  for (size_t i = 0; i < places.size(); ++i) {
    if (i + kAhead < places.size()) facts_.prefetch(places.cell(i + kAhead, 0));
    const bool city = places.cell(i, kind) == "city";
    const bool town = city && to_int(places.cell(i, population)) < kTownPopulation;
    set_known(places.cell(i, 0),
              {parse_type(places.cell(i, type)), city, town, places.cell(i, kind) == "subdivision"}, false);
    if (places.cell(i, kind) == "country") countries.insert(places.cell(i, 0));
    if (!utf8::is_ascii(places.cell(i, 0))) accented_places_.push_back(i);  // most rows: nothing to fold
    if (places.cell(i, 0).starts_with("St. ") || places.cell(i, 0).starts_with("St "))
      saint_places_.push_back(i);
  }
  // Hand-curated regions, organizations, nationalities and groups override generated rows
  // ("Toyota" the company, not the city).
  for (const char* key : {"entities.regions", "entities.organizations", "entities.people"}) {
    const Gazetteer& g = rules.gazetteer(key);
    const size_t gtype = column(g, "type");
    for (size_t i = 0; i < g.size(); ++i) {
      set_known(g.cell(i, 0), {parse_type(g.cell(i, gtype)), false}, true);
      countries.insert(g.cell(i, 0));
    }
  }
  for (const char* key : {"entities.demonyms", "entities.groups"}) {
    const Gazetteer& g = rules.gazetteer(key);
    for (size_t i = 0; i < g.size(); ++i) {
      if (!countries.count(g.cell(i, 0))) set_known(g.cell(i, 0), {EntityType::Norp, false}, true);
    }
  }
  const Gazetteer& a = rules.gazetteer("entities.acronyms");
  const size_t exp = column(a, "expansion"), atype = column(a, "type");
  for (size_t i = 0; i < a.size(); ++i) {
    const Acronym acronym{a.cell(i, exp), parse_type(a.cell(i, atype))};
    // "U.S." is also written "U.S" before a comma or at a line's end
    for (const std::string_view form : {a.cell(i, 0), without_last_period(a.cell(i, 0))}) {
      if (form.empty()) continue;
      entry(form).add(WordFacts::kAcronym);
      AcronymFacts& f = acronyms_[form];
      f.is_acronym = true;
      f.acronym = acronym;
    }
    (void)entry(a.cell(i, exp));  // an expansion is a known form, with or without other facts
    // the first row names the acronym of an expansion ("UN" before "U.N.")
    if (std::string_view& of = acronyms_[a.cell(i, exp)].acronym_of; of.empty()) of = a.cell(i, 0);
  }
  const Gazetteer& cur = rules.gazetteer("entities.currencies");
  const size_t cur_name = column(cur, "name");
  for (size_t i = 0; i < cur.size(); ++i) {  // "CHF", "Swiss Franc": money, not an organization
    add_not_name(cur.cell(i, 0), WordFacts::kNotName);
    add_not_name(cur.cell(i, cur_name), WordFacts::kNotName);
  }
}

// The money stage's currency words ("sterling", "rupiah", "kronor") are ordinary words, which
// the frequency list misses: "Sterling rose" opens a sentence, no name. Only words of five
// letters or more in any case ("Rand", "Won" and "Mark" are names too).
void Lexicon::add_currency_words(const Ruleset& rules) {
  const Gazetteer& cur = rules.gazetteer("money.currencies");
  const size_t case_col = column(cur, "case");
  for (size_t i = 0; i < cur.size(); ++i) {
    const std::string_view w = cur.cell(i, 0);
    if (w.size() >= 5 && cur.cell(i, case_col) == "any" && std::all_of(w.begin(), w.end(), is_ascii_lower))
      add_any_case(w, WordFacts::kCommon);
  }
}

// Given names, ordinary words, roles and organization cues: what a word says about a name.
void Lexicon::add_words(const Ruleset& rules) {
  for (const char* key : {"entities.first_names", "entities.first_names_extra"}) {
    const Gazetteer& first = rules.gazetteer(key);
    for (size_t i = 0; i < first.size(); ++i) {
      if (i + kAhead < first.size()) facts_.prefetch(first.cell(i + kAhead, 0));
      entry(first.cell(i, 0)).add(WordFacts::kFirstName);
    }
  }
  const Gazetteer& products = rules.gazetteer("entities.products");
  for (size_t i = 0; i < products.size(); ++i) entry(products.cell(i, 0)).add(WordFacts::kProduct);
  const Gazetteer& not_names = rules.gazetteer("entities.not_names");
  const size_t kind = column(not_names, "kind");
  for (size_t i = 0; i < not_names.size(); ++i) {
    const bool calendar = not_names.cell(i, kind) == "calendar";
    add_not_name(not_names.cell(i, 0),
                 calendar ? WordFacts::kNotName | WordFacts::kCalendar : WordFacts::kNotName);
  }
  // The holidays the dates stage reads ("boxing day"), each word capitalized: a date, no name.
  const Gazetteer& date_words = rules.gazetteer("dates.words");
  const size_t date_kind = column(date_words, "kind");
  for (size_t i = 0; i < date_words.size(); ++i) {
    if (date_words.cell(i, date_kind) != "holiday") continue;
    const std::string_view holiday = date_words.cell(i, 0);
    capitalize_into(holiday, true, false, owned_.room(holiday.size()));
    add_not_name(owned_.keep(holiday.size()), WordFacts::kNotName | WordFacts::kCalendar);
  }
  const Gazetteer& common = rules.gazetteer("entities.common_words");
  const size_t rank = column(common, "rank");
  for (size_t i = 0; i < common.size(); ++i) {
    if (i + kAhead < common.size()) prefetch_any_case(common.cell(i + kAhead, 0));
    const bool frequent = to_int(common.cell(i, rank)) <= kFrequentRank;
    add_any_case(common.cell(i, 0),
                 frequent ? WordFacts::kCommon | WordFacts::kFrequent : WordFacts::kCommon);
  }
  // "Indefinite", "Underwriters" alone opening a sentence are the words; "Gad Yaacobi", "Norsk
  // Hydro and Saga Petroleum" are names (Lexicon::common_word leaves rare words out). Only the
  // capitalized form is asked about: the lower-case one would grow the table past its next size.
  const Gazetteer& rare = rules.gazetteer("entities.rare_words");
  for (size_t i = 0; i < rare.size(); ++i) {
    if (i + kAhead < rare.size()) prefetch_any_case(rare.cell(i + kAhead, 0));
    const std::string_view w = rare.cell(i, 0);
    if (capitalize_into(w, false, false, owned_.room(w.size())))
      entry(owned_.keep(w.size())).add(WordFacts::kCommon | WordFacts::kRare);
  }
  add_currency_words(rules);
  const Gazetteer& r = rules.gazetteer("entities.roles");
  const size_t rkind = column(r, "kind");
  for (size_t i = 0; i < r.size(); ++i) {
    const std::string_view kind = r.cell(i, rkind);
    const RoleKind k = kind == "modifier"      ? RoleKind::Modifier
                       : kind == "honorific"   ? RoleKind::Honorific
                       : kind == "postnominal" ? RoleKind::PostNominal
                                               : RoleKind::Role;
    add_any_case(r.cell(i, 0), WordFacts::kRole, k);
  }
  const Gazetteer& c = rules.gazetteer("entities.org_cues");
  const size_t pos = column(c, "position");
  for (size_t i = 0; i < c.size(); ++i) {
    const std::string_view at = c.cell(i, pos);
    const uint32_t flag = cue_flag(cue_position_named(at));
    entry(c.cell(i, 0)).add(flag);
    small_forms_.push_back(c.cell(i, 0));
    if (at == "business") business_[c.cell(i, 0)] = true;
    if (flag == WordFacts::kCueProduct) {  // "operating system": the first word's shape
      const std::string_view w = c.cell(i, 0);
      product_shapes_.set(shape(w.substr(0, w.find(' '))));
    }
  }
  product_shapes_.reset(0);
}

// Only roles and cues carry the flags small_ is for (add_words noted each such form): a few
// thousand lookups instead of one per form of the whole table.
void Lexicon::freeze() {
  for (std::string_view key : small_forms_) {
    small_[key] = *facts_.find(key);
    small_shapes_.set(small_shape(key));
  }
  small_forms_ = {};
}

const Acronym* Lexicon::acronym(std::string_view a) const {
  const AcronymFacts* f = acronyms_.find(a);
  return f && f->is_acronym ? &f->acronym : nullptr;
}

std::string_view Lexicon::acronym_of(std::string_view expansion) const {
  const AcronymFacts* f = acronyms_.find(expansion);
  return f ? f->acronym_of : std::string_view();
}

}  // namespace newsclaim
