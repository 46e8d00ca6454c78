#include "extract/entities.hpp"

#include <algorithm>

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {

namespace {

// Whether ms[i] is a place's name that a person of the group bears as family name ("Landes" with
// "Michael Landes", "North" with "Oliver North"): the gazetteer's type of the word is no vote.
bool family_name_of_group(const std::vector<Mention>& ms, std::span<const size_t> g, size_t i) {
  const Mention& m = ms[i];
  if (m.tokens != 1 || (m.type != EntityType::Gpe && m.type != EntityType::Loc)) return false;
  return std::any_of(g.begin(), g.end(), [&](size_t j) {
    const Mention& p = ms[j];
    return p.type == EntityType::Person && p.tokens >= 2 && p.text.size() > m.text.size() &&
           p.text.ends_with(m.text) && p.text[p.text.size() - m.text.size() - 1] == ' ';
  });
}

// The strongest evidence decides; among equals the longest mention ("Fritz Henderson" over a
// later "Henderson" that is also a city), then the type most mentions have.
EntityType group_type(const std::vector<Mention>& ms, std::span<const size_t> g) {
  int votes[5] = {0, 0, 0, 0, 0};
  Evidence best = Evidence::None;
  int longest = 0;
  std::vector<size_t> voters;
  voters.reserve(g.size());
  for (size_t i : g) {
    if (g.size() == 1 || !family_name_of_group(ms, g, i)) voters.push_back(i);
  }
  for (size_t i : voters) best = std::max(best, ms[i].evidence);
  for (size_t i : voters) {
    if (ms[i].evidence == best) longest = std::max(longest, ms[i].tokens);
  }
  for (size_t i : voters) {
    if (ms[i].evidence == best && ms[i].tokens == longest) ++votes[static_cast<int>(ms[i].type)];
  }
  return static_cast<EntityType>(std::max_element(votes, votes + 5) - votes);
}

// Longest mention by words then bytes; an acronym or a misspelling is never preferred.
// Among equals the name is written in normal case ("New York" over a dateline "NEW YORK").
bool better_name(const Mention& a, const Mention& b) {
  if (a.tokens != b.tokens) return a.tokens > b.tokens;
  if (caps_word(a.text) != caps_word(b.text)) return !caps_word(a.text);
  return a.text.size() > b.text.size();
}

void add_unique(std::vector<std::string>& list, std::string_view s) {
  if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.emplace_back(s);
}

}  // namespace

std::vector<Entity> build_entities(const std::vector<Mention>& ms, const Groups& groups,
                                   const std::vector<bool>& misspelt) {
  std::vector<Entity> out;
  out.reserve(groups.size());
  for (size_t k = 0; k < groups.size(); ++k) {
    const std::span<const size_t> g = groups[k];
    Entity e;
    e.type = group_type(ms, g);
    const Mention* name = nullptr;
    for (size_t i : g) {
      if (!misspelt[i] && (!name || better_name(ms[i], *name))) name = &ms[i];
    }
    if (!name) name = &ms[g[0]];
    e.name = std::string(name->text);
    e.mentions.reserve(g.size());
    for (size_t i : g) {
      e.mentions.push_back(ms[i].span);
      if (ms[i].text != name->text) add_unique(e.aliases, ms[i].text);
      if (e.type == EntityType::Person) add_unique(e.roles, ms[i].role);
    }
    std::sort(e.mentions.begin(), e.mentions.end());
    out.push_back(std::move(e));
  }
  return out;
}

EntityExtractor::EntityExtractor(const Ruleset& rules)
    : lexicon_(std::make_unique<Lexicon>(rules)),
      acronym_definition_(rules.lazy("entities.acronym_definition")),
      company_context_(rules.re("entities.company_context")),
      company_before_(rules.re("entities.company_before")),
      place_before_(rules.re("entities.place_before")),
      club_context_(rules.lazy("entities.club_context")),
      person_context_(rules.re("entities.person_context")),
      person_subject_(rules.re("entities.person_subject")) {}

EntityExtractor::~EntityExtractor() = default;

void EntityExtractor::run(const Context& ctx, Extraction& out) const {
  const EntityRules rules{acronym_definition_, *lexicon_};
  std::vector<Mention> mentions = find_mentions(ctx, rules);
  std::erase_if(mentions, [&](const Mention& m) { return ctx.layout.in_boilerplate(m.span); });
  drop_product_names(ctx.doc.norm(), *lexicon_, mentions);
  drop_defined_terms(ctx.doc.norm(), *lexicon_, mentions);
  for (Mention& m : mentions) type_mention(ctx, *lexicon_, m);
  drop_table_labels(ctx.doc.norm(), mentions);
  drop_work_titles(*lexicon_, mentions);
  split_country_pairs(*lexicon_, mentions);
  join_firm_pairs(ctx.doc.norm(), mentions);
  join_listed_portfolios(ctx.doc.norm(), mentions);
  retype_by_company_context(ctx.doc.norm(), {company_context_, company_before_}, *lexicon_, mentions);
  retype_by_place_context(ctx.doc.norm(), place_before_, mentions);
  retype_by_person_context(ctx.doc.norm(), person_context_, mentions);
  retype_towns_by_person_subject(ctx.doc.norm(), person_subject_, mentions);
  retype_clubs_by_role(ctx.doc.norm(), club_context_, *lexicon_, mentions);
  retype_team_sheets(ctx.doc.norm(), mentions);
  retype_listed_people_by_company(mentions);
  retype_by_short_forms(mentions);
  retype_company_surnames(mentions);
  for (Entity& e : cluster(mentions, *lexicon_)) out.entities.push_back(std::move(e));
}

std::optional<size_t> entity_at(const std::vector<Entity>& entities, Span span) {
  std::optional<size_t> best;
  uint32_t best_size = 0;
  for (size_t i = 0; i < entities.size(); ++i) {
    for (const Span& m : entities[i].mentions) {
      if (m.overlaps(span) && m.size() > best_size) {
        best = i;
        best_size = m.size();
      }
    }
  }
  return best;
}

}  // namespace newsclaim
