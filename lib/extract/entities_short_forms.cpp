// Clustering, the short forms of names: a later family name ("Carvin" ~ "Stephanie Carvin",
// "da Silva" after a title), a given name only one person of the story has ("Gavin"), an
// organization's first or last word ("Northrop", "the Times"), and a person's name with and
// without middle names ("Donald J. Trump" ~ "Donald Trump").
#include <algorithm>

#include "extract/entities_cluster.hpp"
#include "extract/entities_tokens.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

// "Joseph R. Biden Jr." -> "Biden": the last word, or the one before a generational suffix.
std::string_view family_name(std::string_view name) {
  size_t space = name.rfind(' ');
  const std::string_view last = name.substr(space + 1);
  static constexpr std::string_view kSuffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
  if (std::find(std::begin(kSuffixes), std::end(kSuffixes), last) == std::end(kSuffixes)) return last;
  name = name.substr(0, space);
  if (name.ends_with(',')) name.remove_suffix(1);  // "Martin Luther King, Jr."
  space = name.rfind(' ');
  return space == std::string_view::npos ? last : name.substr(space + 1);
}

// A particle however written: "de", and "De" as Reuters writes "Ronnie De Mel".
static bool particle_any_case(std::string_view w) { return w.size() <= 5 && name_particle(ascii_lower(w)); }

// The family name of name (a view into it) with the particles before it: "Luiz Inacio Lula
// da Silva" -> "da Silva", "Ronnie De Mel" -> "De Mel"; the family name alone when it has none.
static std::string_view family_with_particles(std::string_view name) {
  const std::string_view family = family_name(name);
  size_t begin = static_cast<size_t>(family.data() - name.data());
  while (begin >= 2) {
    const size_t word = name.rfind(' ', begin - 2);
    const size_t from = word == std::string_view::npos ? 0 : word + 1;
    if (from == 0 || !particle_any_case(name.substr(from, begin - 1 - from)))
      break;  // a name is more than particles
    begin = from;
  }
  return name.substr(begin, static_cast<size_t>(family.data() + family.size() - (name.data() + begin)));
}

// "da Silva", "van der Berg" (after a title), "De Mel": a family name with its particles.
static bool particle_led(const Mention& m) {
  return m.tokens > 1 && particle_any_case(m.text.substr(0, m.text.find(' ')));
}

namespace {

// "Sir Digby", "Dame Judi", "Sheikh Sabah": an honorific used with the given name, last before
// the name ("Foreign Minister Sheikh Sabah al-Ahmed al-Sabah", "Tory MP Sir Peter Tapsell").
bool knighted(const Mention& m) {
  const std::string_view role = m.role;
  const std::string_view last = role.substr(role.rfind(' ') + 1);
  return last == "Sir" || last == "Dame" || last == "Sheikh";
}

// Longer mentions by the word a short form would repeat: a person's last word (and first
// word), an organization's first and last word.
struct ShortFormIndex {
  TextIndex person_last, person_first, knight_first, org_first, org_last;

  ShortFormIndex(const std::vector<Mention>& ms, const Lexicon& lex) {
    for (size_t i = 0; i < ms.size(); ++i) {
      const Mention& m = ms[i];
      if (m.tokens < 2) continue;
      const std::string_view first = m.text.substr(0, m.text.find(' '));
      const std::string_view last = m.text.substr(m.text.rfind(' ') + 1);
      if (m.type == EntityType::Person) {
        const std::string_view family = family_name(m.text);
        person_last.add(family, i);
        // "President da Silva" after "Luiz Inacio Lula da Silva"
        if (const std::string_view full = family_with_particles(m.text); full.size() > family.size()) {
          person_last.add(full, i);
        }
        const WordFacts* ff = first_word_facts(m, first, lex);
        if (Lexicon::first_name(ff) || surname_first(m, ff, first, last_word_facts(m, last, lex)))
          person_first.add(first, i);
        if (knighted(m)) knight_first.add(first, i);
      }
      if (m.type == EntityType::Org) {
        org_first.add(first, i), org_last.add(last, i);
        // "Peabody" of "Kidder, Peabody and Co": each partner's name after a comma too
        for (size_t comma = m.text.find(", "); comma != std::string_view::npos;
             comma = m.text.find(", ", comma + 2)) {
          const size_t from = comma + 2, end = m.text.find(' ', from);
          org_first.add(
              m.text.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from), i);
        }
        // "Moody's Investors Service Inc" -> "Moody" (of "Moody's said": mentions keep no "'s")
        if (first.size() > 3 && first.ends_with("'s")) org_first.add(first.substr(0, first.size() - 2), i);
        // "Gruppo Ferruzzi", "Banque Indosuez" -> the name after the organization word (not a
        // place's: "Atlanta" alone is the city, not "Air Atlanta")
        if (m.tokens == 2 && Lexicon::org_cue(first_word_facts(m, first, lex), CuePosition::First)) {
          const WordFacts* l = last_word_facts(m, last, lex);
          if (!Lexicon::common_word(l) && !Lexicon::known(l)) org_first.add(last, i);
        }
        // "E.F. Hutton Group Inc" -> "Hutton", "J.P. Morgan and Co" -> "Morgan": the word after a
        // company's initials (not after a place's: "U.S. Steel Corp")
        if (is_dotted_capitals(first) && !Lexicon::known(first_word_facts(m, first, lex)) &&
            !lex.known(first) && !lex.acronym(first, first_word_facts(m, first, lex))) {
          const size_t from = first.size() + 1, space = m.text.find(' ', from);
          org_first.add(
              m.text.substr(from, space == std::string_view::npos ? std::string_view::npos : space - from),
              i);
        }
      }
    }
    person_last.sort(), person_first.sort(), knight_first.sort(), org_first.sort(), org_last.sort();
  }
  // The longer mention that s (mention i) is a short form of, or kNone; given: s may be a
  // given name or a family name written first (no list knows it as a place).
  size_t find(const Mention& s, size_t i, const std::vector<Mention>& ms, bool given) const {
    // "Sir Digby" after "Sir Digby Jones", "Dame Judi": a knight is called by the given name,
    // listed or not
    if (knighted(s)) {
      if (size_t j = knight_first.nearest(s.text, i); j != kNone) return j;
    }
    if (size_t j = person_last.nearest(s.text, i); j != kNone) return j;
    if (s.after_the) {
      if (size_t j = org_last.nearest(s.text, i); j != kNone) return j;
    }
    if (s.type != EntityType::Person) {
      if (size_t j = org_first.nearest(s.text, i); j != kNone) return j;
    }
    return s.after_the || !given ? kNone : only_person_named(s.text, ms);
  }

 private:
  // "Deng Xiaoping", "Hu Jintao": a name of two or three words whose first is no given name and
  // none an ordinary word writes the family name first ("Deng" alone is the same person).
  static bool surname_first(const Mention& m, const WordFacts* first, std::string_view first_word,
                            const WordFacts* last) {
    return m.tokens <= 3 && !Lexicon::common_word(first) && !Lexicon::common_word(last) &&
           !Lexicon::first_name(last) && first_word.find('.') == std::string_view::npos;
  }
  // "Gavin" after "Gavin Henson": the one person in the article with that given name (sports
  // and features call people by it); kNone when two people share it ("George Bush", "George
  // Osborne") or nobody has it.
  size_t only_person_named(std::string_view given, const std::vector<Mention>& ms) const {
    const size_t j = person_first.first(given);
    if (j == kNone) return kNone;
    for (const auto& item : person_first.items()) {
      const std::string_view other = ms[item.mention].text;
      if (item.text == given && other != ms[j].text && !extends_name(other, ms[j].text) &&
          !extends_name(ms[j].text, other))
        return kNone;
    }
    return j;
  }
  // "Gavin Henson Jr" extends "Gavin Henson": one person; "Gavin Hastings" is another.
  static bool extends_name(std::string_view longer, std::string_view shorter) {
    return longer.size() > shorter.size() && longer.starts_with(shorter) && longer[shorter.size()] == ' ';
  }
};

}  // namespace

// A single word joins the nearest earlier (else a later) longer mention it is a short form of.
void join_short_forms(const std::vector<Mention>& ms, const Lexicon& lex, UnionFind& uf) {
  const ShortFormIndex index(ms, lex);
  // "Heineken" already joined to "Heineken NV" (join_without_suffix) is the company's: it joins no
  // "Freddie Heineken", which would make the founder and his company one entity
  std::vector<bool> company_group(ms.size(), false);
  for (size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].tokens > 1 && ms[k].type == EntityType::Org) company_group[uf.find(k)] = true;
  }
  // "Delta Air Lines Inc" ... "Delta said": a state's or district's name that opens a company's
  // name and speaks ("X said", "X told", before_speech_verb) is the company's short form, in each of its
  // mentions, where the story never writes it as a place ("in Delta", "in the Gulf", "KENT, Ohio, March 16
  // -"); not a country's
  // ("Japan Airlines" ... "Japan said")
  // (the scans run only for a district's name, which few stories hold)
  const auto company_place = [&](const Mention& m, const KnownName* k) {
    if (!k || !k->subdivision || m.type != EntityType::Gpe) return false;
    const std::string lower = ascii_lower(m.text);
    return std::any_of(ms.begin(), ms.end(),
                       [&](const Mention& o) { return o.before_said && o.text == m.text; }) &&
           std::none_of(ms.begin(), ms.end(), [&](const Mention& o) {
             return (o.after_place_word || o.dateline) && ascii_equal_lower(o.text, lower);
           });
  };
  for (size_t i = 0; i < ms.size(); ++i) {
    const KnownName* k = ms[i].tokens == 1 ? Lexicon::known(ms[i].facts) : nullptr;
    // a place or nationality word is no short form (a knight's given name is: "Sir Paul", and a
    // place's name the context made a person: "Holland said" after "David Holland"); a listed
    // company or public figure may be
    // nor is a dateline ("BETHLEHEM, Pa., March 3 -" is where Bethlehem Steel Corp filed from)
    if ((ms[i].tokens != 1 && !particle_led(ms[i])) || ms[i].type == EntityType::Norp || ms[i].dateline ||
        (k && !k->city && k->type != EntityType::Org && k->type != EntityType::Person && !knighted(ms[i]) &&
         ms[i].type != EntityType::Person && !company_place(ms[i], k)) ||
        lex.acronym(ms[i].text, ms[i].facts))
      continue;
    const size_t j = index.find(ms[i], i, ms, !k);
    if (j == kNone) continue;
    // "the House", "the Senate": the chamber, not one of its committees or caucuses ("House Ways
    // and Means Committee", "Senate Democratic"); "House of Commons" is the House
    if ((ms[i].text == "House" || ms[i].text == "Senate") && !ms[j].text.starts_with("House of ")) continue;
    const size_t group = uf.find(i), target = uf.find(j);
    if (ms[j].type == EntityType::Person && company_group[group]) continue;
    // "Standard" after "Standard Oil Co" and "Standard Chartered": the story's lone word (all its
    // mentions, one group) is the short form of the first company it joined, never a bridge
    // that would make two companies one
    if (ms[j].type == EntityType::Org && company_group[group] && group != target) continue;
    // "Beijing" is no short form of "the Beijing News", nor "Chicago" of the "Chicago Tribune": a
    // city names a club after it ("Liverpool"), never a newspaper
    const std::string_view last = ms[j].text.substr(ms[j].text.rfind(' ') + 1);
    const WordFacts* last_facts = last_word_facts(ms[j], last, lex);
    if (k && k->city && Lexicon::org_cue(last_facts, CuePosition::Media)) continue;
    // nor is "London" of the "London Stock Exchange" or the "London Assembly": a city no family
    // bears stands for a company named after it only ("Santos Ltd", "Leeds United")
    if (k && k->city && !k->town && ms[j].type == EntityType::Org &&
        !Lexicon::org_cue(last_facts, CuePosition::Suffix) && !lex.business_word(last))
      continue;
    uf.join(j, i);
    company_group[uf.find(i)] = company_group[group] || company_group[target];
  }
}

// A person's given and family name ("Joseph R. Biden Jr." -> Joseph, Biden).
static std::pair<std::string_view, std::string_view> given_and_family(std::string_view name) {
  return {name.substr(0, name.find(' ')), family_name(name)};
}

// "Donald J. Trump" ~ "Donald Trump", "Joseph R. Biden Jr." ~ "Joseph Biden": one person with
// and without middle names or initials.
void join_middle_names(const std::vector<Mention>& ms, UnionFind& uf) {
  std::vector<std::pair<std::pair<std::string_view, std::string_view>, size_t>> first_seen;
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    if (m.type != EntityType::Person || m.tokens < 2 || particle_led(m)) continue;
    const auto key = given_and_family(m.text);
    const auto it =
        std::find_if(first_seen.begin(), first_seen.end(), [&](const auto& x) { return x.first == key; });
    if (it == first_seen.end())
      first_seen.emplace_back(key, i);
    else
      uf.join(it->second, i);
  }
}

// Family names two people of the story share ("Donald Trump", "Melania Trump"; "Donald J. Trump"
// is the first again): a lone "Trump" is then whoever was named last, not both.
std::vector<std::string_view> shared_family_names(const std::vector<Mention>& ms) {
  std::vector<std::pair<std::string_view, std::string_view>> seen;  // family name, given name
  std::vector<std::string_view> shared;
  for (const Mention& m : ms) {
    if (m.type != EntityType::Person || m.tokens < 2 || particle_led(m)) continue;
    const auto [given, family] = given_and_family(m.text);
    for (const auto& [f, g] : seen) {
      if (f == family && g != given && std::find(shared.begin(), shared.end(), f) == shared.end())
        shared.push_back(f);
    }
    seen.emplace_back(family, given);
  }
  return shared;
}

}  // namespace newsclaim
