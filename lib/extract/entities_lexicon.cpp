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

void add_places(const Ruleset& rules, StringMap<KnownName>& known) {
  const Gazetteer& g = rules.gazetteer("entities.places");
  const size_t type = column(g, "type"), kind = column(g, "kind");
  for (const auto& row : g.rows()) known.emplace(row[0], KnownName{parse_type(row[type]), row[kind] == "city"});
  // Hand-curated regions and spellings override generated rows.
  const Gazetteer& r = rules.gazetteer("entities.regions");
  const size_t rtype = column(r, "type");
  for (const auto& row : r.rows()) known[row[0]] = KnownName{parse_type(row[rtype]), false};
}

void add_norp(const Gazetteer& g, StringMap<KnownName>& known) {
  for (const auto& row : g.rows()) known[row[0]] = KnownName{EntityType::Norp, false};
}

StringSet first_column(const Gazetteer& g) {
  StringSet out;
  for (const auto& row : g.rows()) out.insert(row[0]);
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

Lexicon::Lexicon(const Ruleset& rules) {
  add_places(rules, known_);
  add_norp(rules.gazetteer("entities.demonyms"), known_);
  add_norp(rules.gazetteer("entities.groups"), known_);
  const Gazetteer& a = rules.gazetteer("entities.acronyms");
  const size_t exp = column(a, "expansion"), type = column(a, "type");
  for (const auto& row : a.rows()) {
    acronyms_.emplace(row[0], Acronym{row[exp], parse_type(row[type])});
    expansions_.emplace(row[exp], row[0]);
  }
  first_names_ = first_column(rules.gazetteer("entities.first_names"));
  common_ = first_column(rules.gazetteer("entities.common_words"));
  not_names_ = first_column(rules.gazetteer("entities.not_names"));
  connectors_ = first_column(rules.gazetteer("entities.connectors"));
  const Gazetteer& r = rules.gazetteer("entities.roles");
  const size_t kind = column(r, "kind");
  for (const auto& row : r.rows()) {
    roles_[row[0]] = row[kind] == "modifier"     ? RoleKind::Modifier
                     : row[kind] == "honorific" ? RoleKind::Honorific
                                                : RoleKind::Role;
  }
  const Gazetteer& c = rules.gazetteer("entities.org_cues");
  const size_t pos = column(c, "position");
  for (const auto& row : c.rows()) {
    auto& set = row[pos] == "first"   ? cues_first_
                : row[pos] == "media" ? cues_media_
                : row[pos] == "place" ? cues_place_
                                      : cues_last_;
    set.insert(row[0]);
  }
}

const KnownName* Lexicon::known(std::string_view name) const {
  auto it = known_.find(name);
  return it == known_.end() ? nullptr : &it->second;
}

const Acronym* Lexicon::acronym(std::string_view a) const {
  auto it = acronyms_.find(a);
  return it == acronyms_.end() ? nullptr : &it->second;
}

std::string_view Lexicon::acronym_of(std::string_view expansion) const {
  auto it = expansions_.find(expansion);
  return it == expansions_.end() ? std::string_view() : std::string_view(it->second);
}

const RoleKind* Lexicon::role(std::string_view lower) const {
  auto it = roles_.find(lower);
  return it == roles_.end() ? nullptr : &it->second;
}

bool Lexicon::org_cue(std::string_view w, CuePosition where) const {
  const StringSet& set = where == CuePosition::First   ? cues_first_
                         : where == CuePosition::Media ? cues_media_
                         : where == CuePosition::Place ? cues_place_
                                                       : cues_last_;
  return set.count(w) > 0;
}

}  // namespace newsclaim
