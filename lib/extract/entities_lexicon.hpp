// Entities stage, internal: the gazetteers of patterns/entities/ as hash maps, built once from
// the Ruleset and shared read-only. Every lookup is one hash probe on a string_view.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/extraction.hpp"

namespace newsclaim {

class Ruleset;

struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;
template <typename V>
using StringMap = std::unordered_map<std::string, V, ViewHash, std::equal_to<>>;

enum class RoleKind { Role, Modifier, Honorific };
enum class CuePosition { Last, First, Media, Place };

struct KnownName {
  EntityType type = EntityType::Gpe;
  bool city = false;  // a city: weaker evidence than a country or region
};

struct Acronym {
  std::string expansion;
  EntityType type = EntityType::Org;
};

class Lexicon {
 public:
  // Reads the entities.* gazetteers; throws std::logic_error when one is missing.
  explicit Lexicon(const Ruleset& rules);

  // Places, regions, demonyms and groups by exact surface form ("Canada", "Chinese").
  const KnownName* known(std::string_view name) const;
  const Acronym* acronym(std::string_view a) const;
  // The acronym whose expansion is this name, or empty.
  std::string_view acronym_of(std::string_view expansion) const;
  bool first_name(std::string_view w) const { return first_names_.count(w) > 0; }
  // Months, weekdays, "I": never a name on their own.
  bool not_name(std::string_view w) const { return not_names_.count(w) > 0; }
  // True for a frequent English word in lower case ("however", "global").
  bool common_word(std::string_view lower) const { return common_.count(lower) > 0; }
  // Role words and phrases in lower case ("president", "prime minister").
  const RoleKind* role(std::string_view lower) const;
  // An organization cue at that position, by exact case ("Agency" last, "Ministry" first).
  bool org_cue(std::string_view w, CuePosition where) const;
  // Lower-case words allowed inside a capitalized run ("of", "van", "&").
  const StringSet& connectors() const { return connectors_; }

 private:
  StringMap<KnownName> known_;
  StringMap<Acronym> acronyms_;
  StringMap<std::string> expansions_;
  StringSet first_names_, common_, not_names_, connectors_;
  StringMap<RoleKind> roles_;
  StringSet cues_last_, cues_first_, cues_media_, cues_place_;
};

// ASCII lower-case copy (names compare case-insensitively only for role and common words).
std::string lower_ascii(std::string_view s);

}  // namespace newsclaim
