// Clustering mentions into entities: the same text, a defined or well-known acronym, a name
// with its organization suffix ("Nuctech Company" ~ "Nuctech"), a later surname ("Carvin" ~
// "Stephanie Carvin") and a one-letter misspelling of a frequent name ("Nuchtech" ~ "Nuctech").
#include <algorithm>
#include <numeric>

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "extract/entities_tokens.hpp"
#include "text/ascii.hpp"
#include "text/word_table.hpp"

namespace newsclaim {

namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // Joins b's set into a's; the smaller index stays the root so clusters keep text order.
  void join(size_t a, size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

constexpr size_t kNone = static_cast<size_t>(-1);

// (text, mention index) pairs sorted by text then index: one allocation and binary searches,
// cheaper than a hash map's node per text for the few dozen mentions of an article. Texts are
// ordered by their hash first (any order keeping equal texts together serves): most
// comparisons are then of two numbers instead of two strings.
class TextIndex {
 public:
  struct Item {
    uint64_t hash;
    std::string_view text;
    size_t mention;
    bool operator<(const Item& o) const {
      if (hash != o.hash) return hash < o.hash;
      if (text != o.text) return text < o.text;
      return mention < o.mention;
    }
  };
  void add(std::string_view key, size_t i) { items_.push_back({WordKey::hash_of(key), key, i}); }
  void sort() { std::sort(items_.begin(), items_.end()); }
  const std::vector<Item>& items() const { return items_; }
  // The first mention with this text, or kNone.
  size_t first(std::string_view key) const { return at_or_after(key, 0); }
  // The nearest mention with this text before i, else the first after i; kNone when none.
  size_t nearest(std::string_view key, size_t i) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), Item{WordKey::hash_of(key), key, i});
    if (it != items_.begin() && std::prev(it)->text == key) return std::prev(it)->mention;
    return at_or_after(key, i);
  }

 private:
  size_t at_or_after(std::string_view key, size_t i) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), Item{WordKey::hash_of(key), key, i});
    return it != items_.end() && it->text == key ? it->mention : kNone;
  }
  std::vector<Item> items_;
};

bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

std::string initials(std::string_view name) {
  std::string out;
  for (auto w : words_of(name)) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  }
  return out;
}

// "Nuctech Company", "Apple Inc.", "Global Affairs Canada", "Halvorsen Detection Systems Inc."
// joins the first shorter mention left after dropping trailing organization words or a
// country ("Nuctech", "Apple", "Global Affairs", "Halvorsen Detection Systems").
void join_without_suffix(UnionFind& uf, size_t i, const std::vector<Mention>& ms, const TextIndex& index,
                         const Lexicon& lex) {
  std::string_view s = ms[i].text;
  while (true) {
    const size_t sp = s.rfind(' ');
    if (sp == std::string_view::npos) return;
    const std::string_view last = s.substr(sp + 1);
    const bool whole = s.size() == ms[i].text.size();  // last ends the mention's text: its last word
    const WordFacts* lf = whole ? last_word_facts(ms[i], last, lex) : lex.facts(last);
    const KnownName* k = Lexicon::known(lf);
    if (!Lexicon::org_cue(lf, CuePosition::Last) && !(k && k->type == EntityType::Gpe && !k->city)) return;
    s = s.substr(0, sp);
    // not "Singapore" of "Singapore Airlines" nor "U.S." (a place's acronym) of "U.S. Senate";
    // "Apple" of "Apple Inc."
    const bool one_word = s.find(' ') == std::string_view::npos;  // s opens the text: its first word
    const WordFacts* sf = one_word ? first_word_facts(ms[i], s, lex) : lex.facts(s);
    const KnownName* ks = Lexicon::known(sf);
    const Acronym* as = lex.acronym(s, sf);
    if (const size_t j = index.first(s);
        j != kNone && (!ks || ks->type == EntityType::Org) && (!as || as->type == EntityType::Org)) {
      uf.join(i, j);
      return;
    }
  }
}

void join_all(UnionFind& uf, size_t i, const TextIndex& index, std::string_view key) {
  if (const size_t j = index.first(key); j != kNone) uf.join(i, j);
}

const size_t* find_initials(const std::vector<std::pair<std::string, size_t>>& list, std::string_view key) {
  for (const auto& [initials, j] : list) {
    if (initials == key) return &j;
  }
  return nullptr;
}

void join_acronyms(const std::vector<Mention>& ms, const TextIndex& index, const Lexicon& lex, UnionFind& uf) {
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!ms[i].defines.empty()) join_all(uf, i, index, ms[i].defines);
    if (const Acronym* a = lex.acronym(ms[i].text, ms[i].facts)) join_all(uf, i, index, a->expansion);
    if (ms[i].tokens == 1 || ms[i].type != EntityType::Org) continue;
    join_without_suffix(uf, i, ms, index, lex);
  }
  // An undeclared acronym matching the initials of a name in the article: "GAC".
  const bool any_acronym = std::any_of(ms.begin(), ms.end(), [](const Mention& m) {
    return m.tokens == 1 && m.text.size() >= 3 && m.text.size() <= 6 && m.type == EntityType::Org;
  });
  // The first long name per initials, in a list: an article has a few such names, and a
  // hash map would allocate a node for each.
  std::vector<std::pair<std::string, size_t>> by_initials;
  for (size_t j = 0; j < ms.size() && any_acronym; ++j) {
    if (ms[j].tokens < 3 || ms[j].type != EntityType::Org) continue;
    std::string key = initials(ms[j].text);
    if (!find_initials(by_initials, key)) by_initials.emplace_back(std::move(key), j);
  }
  for (size_t i = 0; i < ms.size() && !by_initials.empty(); ++i) {
    if (ms[i].tokens != 1 || ms[i].text.size() < 3 || ms[i].text.size() > 6) continue;
    if (uf.find(i) != i && ms[uf.find(i)].text != ms[i].text) continue;
    if (const size_t* j = find_initials(by_initials, ms[i].text)) uf.join(*j, i);
  }
}

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

// The family name of name (a view into it) with the particles before it: "Luiz Inacio Lula
// da Silva" -> "da Silva"; the family name alone when it has none.
std::string_view family_with_particles(std::string_view name) {
  const std::string_view family = family_name(name);
  size_t begin = static_cast<size_t>(family.data() - name.data());
  while (begin >= 2) {
    const size_t word = name.rfind(' ', begin - 2);
    const size_t from = word == std::string_view::npos ? 0 : word + 1;
    if (from == 0 || !name_particle(name.substr(from, begin - 1 - from)))
      break;  // a name is more than particles
    begin = from;
  }
  return name.substr(begin, static_cast<size_t>(family.data() + family.size() - (name.data() + begin)));
}

// "da Silva", "van der Berg": a family name with its particles, written after a title.
bool particle_led(const Mention& m) { return m.tokens > 1 && is_ascii_lower(m.text[0]); }

// Longer mentions by the word a short form would repeat: a person's last word (and first
// word), an organization's first and last word.
struct ShortFormIndex {
  TextIndex person_last, person_first, org_first, org_last;

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
        if (Lexicon::first_name(ff) || surname_first(m, ff, first, last_word_facts(m, last, lex))) person_first.add(first, i);
      }
      if (m.type == EntityType::Org) org_first.add(first, i), org_last.add(last, i);
    }
    person_last.sort(), person_first.sort(), org_first.sort(), org_last.sort();
  }
  // The longer mention that s (mention i) is a short form of, or kNone; given: s may be a
  // given name or a family name written first (no list knows it as a place).
  size_t find(const Mention& s, size_t i, const std::vector<Mention>& ms, bool given) const {
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
    return m.tokens <= 3 && !Lexicon::common_word(first) && !Lexicon::common_word(last) && !Lexicon::first_name(last) &&
           first_word.find('.') == std::string_view::npos;
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

// A single word joins the nearest earlier (else a later) longer mention it is a short form of.
void join_short_forms(const std::vector<Mention>& ms, const Lexicon& lex, UnionFind& uf) {
  const ShortFormIndex index(ms, lex);
  for (size_t i = 0; i < ms.size(); ++i) {
    const KnownName* k = ms[i].tokens == 1 ? Lexicon::known(ms[i].facts) : nullptr;
    // a place or nationality word is no short form; a listed company or public figure may be
    if ((ms[i].tokens != 1 && !particle_led(ms[i])) ||
        (k && !k->city && k->type != EntityType::Org && k->type != EntityType::Person) ||
        lex.acronym(ms[i].text, ms[i].facts))
      continue;
    if (size_t j = index.find(ms[i], i, ms, !k); j != kNone) uf.join(j, i);
  }
}

// The sets of uf as groups numbered by their first mention (each set's root, its smallest
// index), members in text order: counted, then placed (three arrays for all groups).
Groups groups_of(UnionFind& uf, size_t n) {
  Groups groups;
  std::vector<size_t> group(n);  // of each mention; first the group of each root
  size_t count = 0;
  for (size_t i = 0; i < n; ++i) group[i] = uf.find(i) == i ? count++ : group[uf.find(i)];
  groups.start.assign(count + 1, 0);
  for (size_t i = 0; i < n; ++i) ++groups.start[group[i] + 1];
  for (size_t k = 0; k < count; ++k) groups.start[k + 1] += groups.start[k];
  groups.members.resize(n);
  std::vector<size_t> next(groups.start.begin(), groups.start.end() - 1);
  for (size_t i = 0; i < n; ++i) groups.members[next[group[i]]++] = i;
  return groups;
}

// A group whose first mention is one word, with what join_misspellings asks of it: read from
// one small array, not from the mentions and group offsets each of the n * n pairs would load.
struct SingleWord {
  size_t group, first, count;  // group index, first mention, mentions
  std::string_view text;
  EntityType type;
  bool known;  // typed by a gazetteer
};

// A one-letter variant of a name used at least twice joins it ("Nuchtech" ~ "Nuctech").
void join_misspellings(const std::vector<Mention>& ms, UnionFind& uf, std::vector<bool>& misspelt) {
  const Groups groups = groups_of(uf, ms.size());
  std::vector<SingleWord> single;  // the groups whose first mention is one word: the only pairs asked about
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Mention& m = ms[groups[gi][0]];
    if (m.tokens == 1)
      single.push_back({gi, groups[gi][0], groups[gi].size(), m.text, m.type, m.evidence == Evidence::Known});
  }
  for (const SingleWord& g : single) {
    if (g.text.size() < 5) continue;
    for (const SingleWord& h : single) {
      // one_edit_apart needs lengths at most one apart: most pairs end at that comparison
      if (h.text.size() + 1 < g.text.size() || h.text.size() > g.text.size() + 1) continue;
      if (g.group == h.group || h.count < g.count || !one_edit_apart(g.text, h.text)) continue;
      if (g.type != h.type || g.known || h.known) continue;
      if (h.count == g.count && h.first > g.first) continue;  // equal counts: the later form is the slip
      for (size_t i : groups[g.group]) misspelt[i] = ms[i].text == g.text;
      uf.join(h.first, g.first);
      break;
    }
  }
}

// "NEW YORK" (a dateline) joins a later "New York"; "BRISTOW MARINE" (a wire headline) joins
// "Bristow Marine Corp": an all-caps mention is the same name written in capitals.
void join_all_caps(const std::vector<Mention>& ms, const TextIndex& index, const Lexicon& lex,
                   UnionFind& uf) {
  std::vector<size_t> longer;  // the only mentions the loop below can join: see its two cases
  bool listed = false;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!caps_word(ms[i].text) || ms[i].text.size() < 4) continue;
    const std::string title = title_case(ms[i].text);
    if (const size_t j = index.first(title); j != kNone) {
      uf.join(i, j);
      continue;
    }
    if (!listed) {
      for (size_t j = 0; j < ms.size(); ++j) {
        if ((ms[j].type == EntityType::Person && ms[j].tokens > 1) || ms[j].type == EntityType::Org)
          longer.push_back(j);
      }
      listed = true;
    }
    const std::string lower = ascii_lower(ms[i].text);
    for (const size_t j : longer) {
      const std::string_view t = ms[j].text;
      // "ICAHN DROPS BID" with "Carl Icahn said": a family name in capitals is the person (not a
      // place ending a name typed as a person: "Robert Mugabe of Zimbabwe")
      const bool family = ms[j].type == EntityType::Person && ms[j].tokens > 1 && family_name(t) == title &&
                          !lex.known(title);
      // "KESTREL BIOTECH" and "KESTREL Biotech Inc": the body may keep a word of a company's
      // several in capitals too (one word alone, "U.S." or "IBM", is its own name; a place in
      // capitals, a dateline, is not the company named after it)
      const bool starts =
          t.starts_with(title) || (ms[i].type == EntityType::Org && ms[i].tokens > 1 && !caps_word(t) &&
                                   ascii_equal_lower(t.substr(0, title.size()), lower));
      if (family ||
          (ms[j].type == EntityType::Org && t.size() > title.size() && t[title.size()] == ' ' && starts)) {
        uf.join(i, j);
        break;
      }
    }
  }
}

// "Fox Technology Inc <FOXT.O>": a ticker in angle brackets right after an organization's name
// is that organization (mentions are in text order; text views the normalized document).
void join_tickers(const std::vector<Mention>& ms, UnionFind& uf) {
  for (size_t i = 1; i < ms.size(); ++i) {
    const Mention& prev = ms[i - 1];
    const Mention& m = ms[i];
    if (prev.type != EntityType::Org || !caps_word(m.text) || m.span.begin != prev.span.end + 2) continue;
    if (std::string_view(prev.text.data() + prev.text.size(), 2) == " <") uf.join(i - 1, i);
  }
}

// A person's given and family name ("Joseph R. Biden Jr." -> Joseph, Biden).
std::pair<std::string_view, std::string_view> given_and_family(std::string_view name) {
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
    const auto it = std::find_if(first_seen.begin(), first_seen.end(), [&](const auto& x) { return x.first == key; });
    if (it == first_seen.end()) first_seen.emplace_back(key, i);
    else uf.join(it->second, i);
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
      if (f == family && g != given && std::find(shared.begin(), shared.end(), f) == shared.end()) shared.push_back(f);
    }
    seen.emplace_back(family, given);
  }
  return shared;
}

}  // namespace

std::vector<Entity> cluster(const std::vector<Mention>& ms, const Lexicon& lex) {
  UnionFind uf(ms.size());
  TextIndex index;
  for (size_t i = 0; i < ms.size(); ++i) index.add(ms[i].text, i);
  index.sort();
  const auto& items = index.items();
  const std::vector<std::string_view> shared = shared_family_names(ms);
  for (size_t k = 1; k < items.size(); ++k) {
    if (items[k].text != items[k - 1].text) continue;
    // each lone shared family name joins the nearest full name instead (join_short_forms)
    if (ms[items[k].mention].tokens == 1 && std::find(shared.begin(), shared.end(), items[k].text) != shared.end())
      continue;
    uf.join(items[k - 1].mention, items[k].mention);
  }
  join_middle_names(ms, uf);
  join_all_caps(ms, index, lex, uf);
  join_tickers(ms, uf);
  join_acronyms(ms, index, lex, uf);
  join_short_forms(ms, lex, uf);
  std::vector<bool> misspelt(ms.size(), false);
  join_misspellings(ms, uf, misspelt);
  return build_entities(ms, groups_of(uf, ms.size()), misspelt);
}

}  // namespace newsclaim
