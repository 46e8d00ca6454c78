// Clustering mentions into entities: the same text, a defined or well-known acronym, a name
// with its organization suffix ("Nuctech Company" ~ "Nuctech"), a name in capitals, a ticker,
// and a one-letter misspelling of a frequent name ("Nuchtech" ~ "Nuctech"). Later surnames and
// other short forms ("Carvin" ~ "Stephanie Carvin") are joined in entities_short_forms.cpp.
#include "extract/entities_cluster.hpp"

#include <algorithm>
#include <iterator>

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "extract/entities_tokens.hpp"
#include "text/ascii.hpp"
#include "text/word_table.hpp"

namespace newsclaim {

namespace {

bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

// "Schelsinger" ~ "Schlesinger": two neighbouring letters swapped, the commonest slip of the keys.
bool swapped_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a == b) return false;
  size_t i = 0;
  while (a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

std::string initials(std::string_view name) {
  std::string out;
  for (auto w : words_of(name)) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  }
  return out;
}

// Whether the story writes the person's name s, or its last word, after an honorific ("Mr
// Kilroy-Silk"; a role says less: "lead manager First Boston").
bool titled_elsewhere(const std::vector<Mention>& ms, std::string_view s, const Lexicon& lex) {
  const std::string_view surname = s.substr(s.rfind(' ') + 1);
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
    return m.person_hint && (m.text == s || m.text == surname) &&
           Lexicon::honorific(Lexicon::role(lex.facts(m.role)));
  });
}

// "Nuctech Company", "Apple Inc.", "Global Affairs Canada", "Halvorsen Detection Systems Inc."
// joins the first shorter mention left after dropping trailing organization words or a
// country ("Nuctech", "Apple", "Global Affairs", "Halvorsen Detection Systems"); not a person
// the story also titles ("Robert Kilroy-Silk" of the "Robert Kilroy-Silk Party": "Mr Kilroy-Silk").
void join_without_suffix(UnionFind& uf, size_t i, const std::vector<Mention>& ms, const TextIndex& index,
                         const Lexicon& lex) {
  std::string_view s = ms[i].text;
  // "Morgan Guaranty Trust Co of New York" -> "Morgan Guaranty Trust Co": the company's country
  // goes with its legal word
  if (const size_t of = s.find(" of "); of != std::string_view::npos && of > 0) {
    const std::string_view before = s.substr(0, of);
    const std::string_view word = before.substr(before.rfind(' ') + 1);
    // (and a bank's country its name: "Royal Bank of Canada" -> "Royal Bank", not a lone "Bank"
    // of "Bank of Canada", nor the "Federal Reserve" of the "Federal Reserve Bank of New York")
    const WordFacts* wf = lex.facts(word);
    const bool legal = Lexicon::org_cue(wf, CuePosition::Suffix);
    if ((legal || (Lexicon::org_cue(wf, CuePosition::Last) && word.size() < before.size())) &&
        lex.known_place(s.substr(of + 4))) {
      if (const size_t j = index.first(before); j != kNone) {
        uf.join(i, j);
        return;
      }
      if (!legal) return;
      s = before;
    }
  }
  while (true) {
    const size_t sp = s.rfind(' ');
    if (sp == std::string_view::npos) return;
    const std::string_view last = s.substr(sp + 1);
    const bool whole = s.size() == ms[i].text.size();  // last ends the mention's text: its last word
    const WordFacts* lf = whole ? last_word_facts(ms[i], last, lex) : lex.facts(last);
    const KnownName* k = Lexicon::known(lf);
    // "Cheung Kong (Holdings) Ltd" -> "Cheung Kong": words in parentheses go with the suffix,
    // unless they name a place: "Cable and Wireless (Hong Kong) Ltd", "Mitsubishi Bank (Europe)
    // SA" are subsidiaries, not the group named alone
    if (const size_t open = s.rfind(" (");
        last.ends_with(')') && open != std::string_view::npos && open > 0) {
      const std::string_view inside = s.substr(open + 2, s.size() - open - 3);
      if (lex.known_place(inside) || is_dotted_capitals(inside) ||
          (inside.size() <= 3 && std::all_of(inside.begin(), inside.end(), is_ascii_upper)))
        return;
      s = s.substr(0, open);
    } else {
      if (!Lexicon::org_cue(lf, CuePosition::Last) && !(k && k->type == EntityType::Gpe && !k->city)) return;
      s = s.substr(0, sp);
      // "Merrill Lynch and Co Inc." -> "Merrill Lynch": the connector goes with a legal word
      if (Lexicon::org_cue(lf, CuePosition::Suffix)) {
        for (const std::string_view connector : {std::string_view(" and"), std::string_view(" &")}) {
          if (s.ends_with(connector) && s.size() > connector.size()) s.remove_suffix(connector.size());
        }
      }
    }
    // not "Singapore" of "Singapore Airlines" nor "U.S." (a place's acronym) of "U.S. Senate";
    // "Apple" of "Apple Inc."
    const bool one_word = s.find(' ') == std::string_view::npos;  // s opens the text: its first word
    const WordFacts* sf = one_word ? first_word_facts(ms[i], s, lex) : lex.facts(s);
    const KnownName* ks = Lexicon::known(sf);
    const Acronym* as = lex.acronym(s, sf);
    if (const size_t j = index.first(s);
        j != kNone && (!ks || ks->type == EntityType::Org) && (!as || as->type == EntityType::Org)) {
      if (ms[j].type != EntityType::Person || !titled_elsewhere(ms, s, lex)) uf.join(i, j);
      return;
    }
  }
}

// "Gatwick Airport", "Belmarsh Prison", "the Cooper Basin" (a place named by the word of its kind)
// joins the first mention of its name without that word ("Gatwick"), unless that is a person or
// a known place ("Paris" of "Paris Basin") or another name of the story holds the word too
// ("Candlewood" of "Candlewood Bank" and "Candlewood Lake", "Wall" of "Danny Wall" and "Wall Street").
void join_place_short_form(UnionFind& uf, size_t i, const std::vector<Mention>& ms, const TextIndex& index,
                           const Lexicon& lex) {
  const std::string_view text = ms[i].text;
  const size_t sp = text.rfind(' ');
  if (sp == std::string_view::npos || text.find(" of ") != std::string_view::npos ||
      !Lexicon::org_cue(last_word_facts(ms[i], text.substr(sp + 1), lex), CuePosition::Place))
    return;
  const std::string_view s = text.substr(0, sp);
  const size_t j = index.first(s);
  if (j == kNone || ms[j].type == EntityType::Person) return;
  const bool one_word = s.find(' ') == std::string_view::npos;
  if (Lexicon::known(one_word ? first_word_facts(ms[i], s, lex) : lex.facts(s))) return;
  for (const Mention& m : ms) {
    if (m.tokens < 2 || m.text == text || m.text.size() <= s.size()) continue;
    const size_t at = m.text.find(s);
    if (at == std::string_view::npos) continue;
    const size_t end = at + s.size();
    if ((at == 0 || m.text[at - 1] == ' ') && (end == m.text.size() || m.text[end] == ' ')) return;
  }
  uf.join(i, j);
}

void join_all(UnionFind& uf, size_t i, const TextIndex& index, std::string_view key) {
  if (const size_t j = index.first(key); j != kNone) uf.join(i, j);
}

// What an acronym spells in the initials of a name's capitalized words: itself, or for a mixed-case
// one the capitals alone when its small letters stand for the connectors between them ("BoE" of
// "Bank of England", "DfES" of "Department for Education and Skills", "BofA"). Empty when it is
// neither ("Opec", "Nasdaq": a name in its own right).
std::string acronym_initials(std::string_view acronym) {
  std::string caps;
  size_t lower_run = 0;
  for (const char c : acronym) {
    if (is_ascii_upper(c)) {
      caps += c;
      lower_run = 0;
    } else if (!caps.empty() && std::string_view("ofatd").find(c) != std::string_view::npos &&
               ++lower_run <= 2) {
      continue;
    } else {
      return {};
    }
  }
  if (caps.size() < 2 || !is_ascii_upper(acronym.back())) return {};
  return caps;
}

const size_t* find_initials(const std::vector<std::pair<std::string, size_t>>& list, std::string_view key) {
  for (const auto& [initials, j] : list) {
    if (initials == key) return &j;
  }
  return nullptr;
}

void join_acronyms(const std::vector<Mention>& ms, const TextIndex& index, const Lexicon& lex,
                   UnionFind& uf) {
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!ms[i].defines.empty()) join_all(uf, i, index, ms[i].defines);
    if (const Acronym* a = lex.acronym(ms[i].text, ms[i].facts)) join_all(uf, i, index, a->expansion);
    if (ms[i].tokens > 1 && ms[i].type == EntityType::Loc) join_place_short_form(uf, i, ms, index, lex);
    // "Province of Quebec" ~ "Quebec", "Kingdom of Sweden" ~ "Sweden"; not a republic: "Republic
    // of China" is Taiwan, the "Republic of Ireland" football side no "Ireland" rugby side
    if (ms[i].tokens > 2 && ms[i].type == EntityType::Gpe &&
        Lexicon::org_cue(ms[i].first_facts, CuePosition::Polity) && !ms[i].text.starts_with("Republic ")) {
      if (const size_t of = ms[i].text.find(" of "); of != std::string_view::npos) {
        const std::string_view place = ms[i].text.substr(of + 4);
        join_all(uf, i, index, place);
        join_all(uf, i, index, ascii_upper(place));  // a headline's "QUEBEC"
      }
    }
    // "the Republic" of a story about the "Republic of Ireland": the polity's word alone
    if (ms[i].tokens > 2 && ms[i].type == EntityType::Gpe &&
        Lexicon::org_cue(ms[i].first_facts, CuePosition::Polity))
      join_all(uf, i, index, ms[i].text.substr(0, ms[i].text.find(' ')));
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
    // "SNET" of "Southern New England Telecommunications Corp", "CTC" of "Canadian Tire Corp
    // Ltd": the initials also without each legal suffix that ends the name
    std::string_view name = ms[j].text;
    for (size_t sp; !key.empty() && (sp = name.rfind(' ')) != std::string_view::npos;
         name = name.substr(0, sp)) {
      if (!find_initials(by_initials, key)) by_initials.emplace_back(key, j);
      const std::string_view last = name.substr(sp + 1);
      if (!Lexicon::org_cue(lex.facts(last), CuePosition::Suffix)) break;
      if (is_ascii_upper(last[0])) key.pop_back();
    }
  }
  for (size_t i = 0; i < ms.size() && !by_initials.empty(); ++i) {
    if (ms[i].tokens != 1 || ms[i].text.size() < 3 || ms[i].text.size() > 6) continue;
    if (uf.find(i) != i && ms[uf.find(i)].text != ms[i].text) continue;
    const std::string key = acronym_initials(ms[i].text);
    if (key.empty()) continue;
    if (const size_t* j = find_initials(by_initials, key)) uf.join(*j, i);
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
  bool known;            // typed by a gazetteer
  bool short_form;       // a one-word mention of a group opened by a longer name
  bool family;           // such a mention of a person ("Schlesinger" of "Helmut Schlesinger")
  bool surname = false;  // the last word of a person's full name that opens the group
};

// Whether a person's mention comes after a courtesy title ("Mr Barot"): a reference back to
// someone the story named in full.
static bool after_honorific(const Mention& m, const Lexicon& lex) {
  const std::string_view role = m.role;
  const size_t space = role.rfind(' ');
  return !role.empty() &&
         Lexicon::honorific(lex.role(role.substr(space == std::string_view::npos ? 0 : space + 1)));
}

// A one-letter variant of a name used at least twice joins it ("Nuchtech" ~ "Nuctech", "Shearon"
// ~ "Shearson" of "Shearson Lehman Brothers Inc"); so does a name with two neighbouring letters
// swapped, whatever type was guessed for the slip, also a person's family name ("Schelsinger" ~
// the "Schlesinger" of "Helmut Schlesinger").
// A courtesy title before a one-word person one letter off the family name of a person named
// in full before it refers back to that person ("Jacques Barrot" … "Mr Barot").
// groups: those of uf. Returns whether it joined any (most stories have no misspelling, and
// their groups stay as they are).
bool join_misspellings(const std::vector<Mention>& ms, const Groups& groups, const Lexicon& lex,
                       UnionFind& uf, std::vector<bool>& misspelt) {
  bool joined = false;
  // what a slip may be of: any one-word mention of a group, also an organization's short form
  // ("Shearon" ~ the "Shearson" of "Shearson Lehman Brothers Inc"), once per group and word; of
  // a person only a group opened by one word (family names one letter apart are often two people
  // of a team sheet: "Horan", "Horgan"), or for swapped letters any
  std::vector<SingleWord> targets;
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const size_t from = targets.size();
    const EntityType opener = ms[groups[gi][0]].type;
    for (const size_t i : groups[gi]) {
      const Mention& m = ms[i];
      const bool family = i != groups[gi][0] && opener == EntityType::Person;
      if (m.tokens != 1 || (i != groups[gi][0] && opener != EntityType::Org && !family) ||
          std::any_of(targets.begin() + static_cast<long>(from), targets.end(),
                      [&](const SingleWord& t) { return t.text == m.text; }))
        continue;
      targets.push_back({gi, i, groups[gi].size(), m.text, m.type, m.evidence == Evidence::Known,
                         i != groups[gi][0], family});
    }
    const Mention& opener_mention = ms[groups[gi][0]];
    if (opener == EntityType::Person && opener_mention.tokens > 1) {
      const std::string_view full = opener_mention.text;
      const std::string_view last = full.substr(full.rfind(' ') + 1);
      if (std::none_of(targets.begin() + static_cast<long>(from), targets.end(),
                       [&](const SingleWord& t) { return t.text == last; }))
        targets.push_back({gi, groups[gi][0], groups[gi].size(), last, opener, false, true, true, true});
    }
  }
  // the slips asked about: the groups whose first mention is one word (the targets that open
  // their group)
  std::vector<SingleWord> single;
  std::copy_if(targets.begin(), targets.end(), std::back_inserter(single),
               [](const SingleWord& t) { return !t.short_form; });
  for (const SingleWord& g : single) {
    if (g.text.size() < 5) continue;
    for (const SingleWord& h : targets) {
      // one_edit_apart needs lengths at most one apart: most pairs end at that comparison
      if (h.text.size() + 1 < g.text.size() || h.text.size() > g.text.size() + 1) continue;
      if (g.group == h.group || h.count < g.count || g.known || h.known) continue;
      const bool swapped = g.text.size() >= 6 && swapped_letters(g.text, h.text);
      const bool referred = h.surname && g.type == EntityType::Person && h.first < g.first &&
                            after_honorific(ms[g.first], lex) && one_edit_apart(g.text, h.text);
      // (a surname target is a family name too: only swapped letters or a title reach it)
      if (!swapped && !referred && (h.family || g.type != h.type || !one_edit_apart(g.text, h.text)))
        continue;
      // "Aggregates", "Reuters": a plural or a longer name's "s" is no slip for a short form
      if (h.short_form && (g.text.size() == h.text.size() + 1 || h.text.size() == g.text.size() + 1) &&
          (g.text.back() == 's' || h.text.back() == 's'))
        continue;
      if (h.count == g.count && h.first > g.first) continue;  // equal counts: the later form is the slip
      for (size_t i : groups[g.group]) misspelt[i] = ms[i].text == g.text;
      uf.join(h.first, g.first);
      joined = true;
      break;
    }
  }
  return joined;
}

// "NEW YORK" (a dateline) joins a later "New York"; "BRISTOW MARINE" (a wire headline) joins
// "Bristow Marine Corp": an all-caps mention is the same name written in capitals.
// A mention join_all_caps can join a name in capitals to: a person of several words (with its
// family name, found once rather than for every name in capitals asked about) or an organization.
struct LongerName {
  size_t mention;
  std::string_view family;  // empty for an organization
};

// Whether the name in capitals ms[i] (title: it in title case, lower: in lower case) is the
// longer name n. Each case is asked only of the mentions of its type, and the byte tests
// before the string compares.
bool caps_name_of(const std::vector<Mention>& ms, size_t i, const std::string& title,
                  const std::string& lower, const LongerName& n, const Lexicon& lex) {
  const Mention& m = ms[n.mention];
  const std::string_view t = m.text;
  // "ICAHN DROPS BID" with "Carl Icahn said": a family name in capitals is the person (not a
  // place ending a name typed as a person: "Robert Mugabe of Zimbabwe")
  if (m.type == EntityType::Person) return n.family == title && !lex.known(title);
  // "KESTREL BIOTECH" and "KESTREL Biotech Inc": the body may keep a word of a company's
  // several in capitals too (one word alone, "U.S." or "IBM", is its own name; a place in
  // capitals, a dateline, is not the company named after it)
  // "GENCORP" and "GenCorp", "PEPSICO" and "PepsiCo": a company written with inner capitals
  if (t.size() == title.size()) return ms[i].tokens == 1 && !caps_word(t) && ascii_equal_lower(t, lower);
  if (t.size() < title.size() || t[title.size()] != ' ') return false;
  // "NEW YORK, March 5 -" and "the New York Stock Exchange": a place in capitals is the place
  if (ms[i].type == EntityType::Gpe || ms[i].type == EntityType::Loc) return false;
  return t.starts_with(title) || (ms[i].type == EntityType::Org && ms[i].tokens > 1 && !caps_word(t) &&
                                  ascii_equal_lower(t.substr(0, title.size()), lower));
}

void join_all_caps(const std::vector<Mention>& ms, const TextIndex& index, const Lexicon& lex,
                   UnionFind& uf) {
  std::vector<LongerName> longer;  // the only mentions the loop below can join
  bool listed = false;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!caps_word(ms[i].text) || ms[i].text.size() < 4) continue;
    const std::string title = title_case(ms[i].text);
    if (const size_t j = index.first(title); j != kNone) {
      uf.join(i, j);
      continue;
    }
    // "PHILIPPINE COFFEE" over "the Philippine Military Academy": a nationality in capitals
    // is that nationality, not the organization named after it
    if (ms[i].type == EntityType::Norp) continue;
    if (!listed) {
      for (size_t j = 0; j < ms.size(); ++j) {
        if (ms[j].type == EntityType::Person && ms[j].tokens > 1)
          longer.push_back({j, family_name(ms[j].text)});
        else if (ms[j].type == EntityType::Org)
          longer.push_back({j, {}});
      }
      listed = true;
    }
    const std::string lower = ascii_lower(ms[i].text);
    for (const LongerName& n : longer) {
      if (caps_name_of(ms, i, title, lower, n, lex)) {
        uf.join(i, n.mention);
        break;
      }
    }
  }
}

// "Fox Technology Inc <FOXT.O>", "Exxon Corp's <XON>": a ticker in angle brackets right after an
// organization's name, or after its possessive, is that organization (mentions are in text
// order; text views the normalized document).
void join_tickers(const std::vector<Mention>& ms, UnionFind& uf) {
  for (size_t i = 1; i < ms.size(); ++i) {
    const Mention& prev = ms[i - 1];
    const Mention& m = ms[i];
    if (prev.type != EntityType::Org || !caps_word(m.text) || m.span.begin < prev.span.end + 2 ||
        m.span.begin > prev.span.end + 4)
      continue;
    const std::string_view gap(prev.text.data() + prev.text.size(), m.span.begin - prev.span.end);
    if (gap == " <" || gap == "'s <" || gap == "' <") uf.join(i - 1, i);
  }
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
    if (ms[items[k].mention].tokens == 1 &&
        std::find(shared.begin(), shared.end(), items[k].text) != shared.end())
      continue;
    uf.join(items[k - 1].mention, items[k].mention);
  }
  join_middle_names(ms, uf);
  join_all_caps(ms, index, lex, uf);
  join_tickers(ms, uf);
  join_acronyms(ms, index, lex, uf);
  join_short_forms(ms, lex, uf);
  std::vector<bool> misspelt(ms.size(), false);
  Groups groups = groups_of(uf, ms.size());
  if (join_misspellings(ms, groups, lex, uf, misspelt)) groups = groups_of(uf, ms.size());
  return build_entities(ms, groups, misspelt);
}

}  // namespace newsclaim
