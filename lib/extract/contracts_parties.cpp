// Contracts stage: the parties of an award. The role rules say where the supplier and the
// buyer are written; this file decides which entity each one is (a mention inside the role, a
// description such as "the department", the previous award's party, the seller of a purchase).
#include <algorithm>

#include "extract/contracts.hpp"
#include "extract/contracts_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

// Who may supply (a company or a person) and who may buy (anyone but a nationality or a region).
static bool can_supply(EntityType t) { return t == EntityType::Org || t == EntityType::Person; }
static bool can_buy(EntityType t) { return t != EntityType::Norp && t != EntityType::Loc; }

// "China Eastern signed a contract to purchase 20 jets": who signs to buy is the buyer, and a
// company it buys from is the supplier ("purchase land from Quail Hollow Properties"; in "buy
// Genesis Labs Inc" the company is what is bought, no supplier).
static void fill_purchase(std::string_view text, Span subject, const Extraction& out,
                          const MentionIndex& mentions, Contract& c) {
  const size_t from = text.substr(subject.begin, subject.size()).find(" from ");
  Span seller = from == std::string_view::npos
                    ? Span{subject.end, subject.end}
                    : Span{subject.begin + static_cast<uint32_t>(from), subject.end};
  // "to import 100,000 cars from <MMC Sittipol Co Ltd> of Thailand": the subject ends before the
  // seller; the clause after it names the seller, up to its punctuation
  if (from == std::string_view::npos && text.substr(subject.end, 6) == " from ") {
    constexpr uint32_t kSellerReach = 80;
    uint32_t end = subject.end + 6;
    const uint32_t limit = static_cast<uint32_t>(std::min<size_t>(text.size(), subject.end + kSellerReach));
    while (end < limit && text[end] != ',' && text[end] != ';' &&
           !(text[end] == '.' && (end + 1 == text.size() || text[end + 1] == ' ' || text[end + 1] == '\n')))
      ++end;
    seller = {subject.end, end};
  }
  const std::vector<size_t> sellers = mentions.entities_in(seller);
  // "to import gas from Iran": a buyer the "from" rule took is the seller
  if (c.buyer && std::find(sellers.begin(), sellers.end(), *c.buyer) != sellers.end()) c.buyer.reset();
  if (!c.buyer || c.buyer == c.supplier) c.buyer = c.supplier, c.supplier.reset();
  for (const size_t e : sellers) {
    const EntityType t = out.entities[e].type;
    if (!c.supplier && e != c.buyer && (t == EntityType::Org || t == EntityType::Gpe)) c.supplier = e;
  }
}

// Whether word stands in name as a whole word ("department" in "u.s. defense department").
static bool has_word(std::string_view name, std::string_view word) {
  for (size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}

// The noun of a description "the department", "The company"; empty for anything but "the" and
// one word.
static std::string described_noun(std::string_view text, Span span) {
  const std::string_view d = text.substr(span.begin, span.size());
  if (!(d.starts_with("the ") || d.starts_with("The ")) || d.find(' ', 4) != std::string_view::npos)
    return {};
  return ascii_lower(d.substr(4));
}

// "The company said it won ...": the company the story has named most before the description
// (the latest of those named as often), which the story is about.
static std::optional<size_t> most_named_before(Span span, const Extraction& out,
                                               bool (*allowed)(EntityType)) {
  std::optional<size_t> best;
  size_t best_count = 0;
  uint32_t best_at = 0;
  for (size_t e = 0; e < out.entities.size(); ++e) {
    if (out.entities[e].type != EntityType::Org || !allowed(out.entities[e].type)) continue;
    size_t count = 0;
    uint32_t last = 0;
    for (const Span& m : out.entities[e].mentions) {
      if (m.end <= span.begin) ++count, last = std::max(last, m.begin);
    }
    if (count > best_count || (count > 0 && count == best_count && last > best_at)) {
      best = e, best_count = count, best_at = last;
    }
  }
  return best;
}

// "the department said", "the agency": the last entity before the description whose name holds
// its noun ("the U.S. Defense Department").
static std::optional<size_t> described(Span span, const std::string& noun, const Extraction& out,
                                       bool (*allowed)(EntityType)) {
  std::optional<size_t> best;
  uint32_t best_at = 0;
  for (size_t e = 0; e < out.entities.size(); ++e) {
    if (!allowed(out.entities[e].type)) continue;
    if (!has_word(ascii_lower(out.entities[e].name), noun)) continue;
    for (const Span& m : out.entities[e].mentions) {
      if (m.end <= span.begin && m.begin >= best_at) best = e, best_at = m.begin;
    }
  }
  return best;
}

// Whether an entity's mentions inside a role are all a wire ticker: "<GE>", "<MTC>".
static bool ticker_only(std::string_view text, Span role, const Entity& e) {
  return std::all_of(e.mentions.begin(), e.mentions.end(), [&](const Span& m) {
    if (m.end <= role.begin || m.begin >= role.end) return true;
    return m.begin > 0 && text[m.begin - 1] == '<' && m.end < text.size() && text[m.end] == '>' &&
           m.size() <= 6;
  });
}

// The entity a role names: the first allowed one inside it, or the one that a possessive
// introduces ("from Valdoria's Harbour Transit Commission": the commission, not Valdoria; in
// "Halden Corp's <HAL> Velmar unit" the ticker is the owner's), or an organization after a
// place ("the U.S. Navy").
static std::optional<size_t> named_in(std::string_view text, Span role, const Extraction& out,
                                      const MentionIndex& mentions, bool (*allowed)(EntityType)) {
  std::optional<size_t> first;
  for (const size_t e : mentions.entities_in(role)) {
    if (!allowed(out.entities[e].type)) continue;
    if (!first) {
      first = e;
      continue;
    }
    if (ticker_only(text, role, out.entities[e])) continue;
    // "The U.S. airline Brockway Air", "the U.S. Navy": a place before an organization says
    // where it is from
    if (out.entities[*first].type == EntityType::Gpe && out.entities[e].type == EntityType::Org) return e;
    // the first one's mention in the role, followed by "'s ": the owner, not the party
    for (const Span& m : out.entities[*first].mentions) {
      if (m.begin >= role.begin && m.end <= role.end && text.substr(m.end, 3) == "'s ") return e;
    }
    break;
  }
  return first;
}

void ContractExtractor::fill_parties(std::string_view text, const Roles& roles, const Extraction& out,
                                     const MentionIndex& mentions, const Contract* previous,
                                     Contract& c) const {
  // A role's entity: one named inside it, else the one its description refers to ("the company":
  // the previous award's party in the same role, else the company named most).
  const auto party = [&](const char* name, bool (*allowed)(EntityType),
                         std::optional<size_t> before) -> std::optional<size_t> {
    auto it = roles.find(name);
    if (it == roles.end()) return std::nullopt;
    if (const auto named = named_in(text, it->second, out, mentions, allowed)) return named;
    const std::string noun = described_noun(text, it->second);
    if (noun.empty()) return std::nullopt;
    // a company by its kind alone ("the firm", awards.re2 company_noun): no name holds the word
    if (!RE2::FullMatch(noun, company_noun_.get())) return described(it->second, noun, out, allowed);
    return before ? before : most_named_before(it->second, out, allowed);
  };
  c.supplier = party("supplier", can_supply, previous ? previous->supplier : std::nullopt);
  c.buyer = party("buyer", can_buy, previous ? previous->buyer : std::nullopt);
  if (const auto subject = roles.find("subject"); subject != roles.end() && purchase(text, subject->second))
    fill_purchase(text, subject->second, out, mentions, c);
  // "It also said it has awarded ...": the pronoun speaks for the previous award's buyer.
  if (const auto it = roles.find("buyer");
      !c.buyer && previous && it != roles.end() && text.substr(it->second.begin, it->second.size()) == "It")
    c.buyer = previous->buyer;
  // "A second order ... went to the same company": the previous award's parties continue.
  if (!c.supplier && roles.count("same") && previous) {
    c.supplier = previous->supplier;
    if (!c.buyer) c.buyer = previous->buyer;
  }
  if (c.buyer == c.supplier) c.buyer.reset();
}

}  // namespace newsclaim
