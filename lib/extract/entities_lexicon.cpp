#include "extract/entities_lexicon.hpp"

#include <stdexcept>

#include "patterns/ruleset.hpp"

namespace newsclaim {

namespace {

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

StringSet first_column(const Gazetteer& g) {
  StringSet out;
  for (const auto& row : g.rows()) out.insert(row[0]);
  return out;
}

std::string capitalized(std::string_view w, bool every_word, bool all) {
  std::string out(w);
  bool start = true;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z' && (all || start)) c = static_cast<char>(c - 'a' + 'A');
    start = every_word && c == ' ';
  }
  return out;
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void Lexicon::add_any_case(std::string_view w, uint16_t flag, RoleKind role) {
  auto add = [&](std::string_view key) {
    WordFacts& f = entry(key);
    f.flags |= flag;
    if (flag == WordFacts::kRole) f.role = role;
  };
  add(w);
  for (int variant = 0; variant < 3; ++variant) {
    std::string v = capitalized(w, variant == 1, variant == 2);
    if (v == w || building_.count(v)) {
      if (v != w) add(v);
      continue;
    }
    owned_.push_back(std::move(v));
    add(owned_.back());
  }
}

Lexicon::Lexicon(const Ruleset& rules) {
  const Gazetteer& places = rules.gazetteer("entities.places");
  const size_t type = column(places, "type"), kind = column(places, "kind");
  for (const auto& row : places.rows()) {
    WordFacts& f = entry(row[0]);
    if (f.has(WordFacts::kKnown)) continue;
    f.flags |= WordFacts::kKnown;
    f.known = KnownName{parse_type(row[type]), row[kind] == "city"};
  }
  // Hand-curated regions, nationalities and groups override generated rows.
  const Gazetteer& regions = rules.gazetteer("entities.regions");
  const size_t rtype = column(regions, "type");
  for (const auto& row : regions.rows()) {
    WordFacts& f = entry(row[0]);
    f.flags |= WordFacts::kKnown;
    f.known = KnownName{parse_type(row[rtype]), false};
  }
  for (const char* key : {"entities.demonyms", "entities.groups"}) {
    for (const auto& row : rules.gazetteer(key).rows()) {
      WordFacts& f = entry(row[0]);
      f.flags |= WordFacts::kKnown;
      f.known = KnownName{EntityType::Norp, false};
    }
  }
  const Gazetteer& a = rules.gazetteer("entities.acronyms");
  const size_t exp = column(a, "expansion"), atype = column(a, "type");
  for (const auto& row : a.rows()) {
    WordFacts& f = entry(row[0]);
    f.flags |= WordFacts::kAcronym;
    f.acronym = Acronym{row[exp], parse_type(row[atype])};
    entry(row[exp]).acronym_of = row[0];
  }
  for (const auto& row : rules.gazetteer("entities.first_names").rows()) entry(row[0]).flags |= WordFacts::kFirstName;
  for (const auto& row : rules.gazetteer("entities.not_names").rows()) entry(row[0]).flags |= WordFacts::kNotName;
  for (const auto& row : rules.gazetteer("entities.common_words").rows()) add_any_case(row[0], WordFacts::kCommon);
  const Gazetteer& r = rules.gazetteer("entities.roles");
  const size_t rkind = column(r, "kind");
  for (const auto& row : r.rows()) {
    const RoleKind k = row[rkind] == "modifier"    ? RoleKind::Modifier
                       : row[rkind] == "honorific" ? RoleKind::Honorific
                                                   : RoleKind::Role;
    add_any_case(row[0], WordFacts::kRole, k);
  }
  const Gazetteer& c = rules.gazetteer("entities.org_cues");
  const size_t pos = column(c, "position");
  for (const auto& row : c.rows()) {
    const uint16_t flag = row[pos] == "first"   ? WordFacts::kCueFirst
                           : row[pos] == "media" ? WordFacts::kCueMedia
                           : row[pos] == "place" ? WordFacts::kCuePlace
                                                 : WordFacts::kCueLast;
    entry(row[0]).flags |= flag;
  }
  connectors_ = first_column(rules.gazetteer("entities.connectors"));
  freeze();
}

void Lexicon::freeze() {
  std::vector<std::pair<std::string_view, WordFacts>> all, small;
  for (const auto& [key, f] : building_) {
    all.emplace_back(key, f);
    if (f.has(WordFacts::kRole | WordFacts::kCueLast | WordFacts::kCueFirst | WordFacts::kCueMedia |
              WordFacts::kCuePlace))
      small.emplace_back(key, f);
  }
  facts_ = FlatMap<WordFacts>(std::move(all));
  small_ = FlatMap<WordFacts>(std::move(small));
  building_ = {};
}

const WordFacts* Lexicon::facts(std::string_view w) const { return facts_.find(w); }

const KnownName* Lexicon::known(std::string_view name) const {
  const WordFacts* f = facts(name);
  return f && f->has(WordFacts::kKnown) ? &f->known : nullptr;
}

const Acronym* Lexicon::acronym(std::string_view a) const {
  const WordFacts* f = facts(a);
  return f && f->has(WordFacts::kAcronym) ? &f->acronym : nullptr;
}

std::string_view Lexicon::acronym_of(std::string_view expansion) const {
  const WordFacts* f = facts(expansion);
  return f ? f->acronym_of : std::string_view();
}

const RoleKind* Lexicon::role(std::string_view w) const {
  const WordFacts* f = small_facts(w);
  return f && f->has(WordFacts::kRole) ? &f->role : nullptr;
}

bool Lexicon::org_cue(std::string_view w, CuePosition where) const {
  const uint16_t flag = where == CuePosition::First   ? WordFacts::kCueFirst
                        : where == CuePosition::Media ? WordFacts::kCueMedia
                        : where == CuePosition::Place ? WordFacts::kCuePlace
                                                      : WordFacts::kCueLast;
  const WordFacts* f = small_facts(w);
  return f && f->has(flag);
}

}  // namespace newsclaim
