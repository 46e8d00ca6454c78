#include "extract/contracts.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <stdexcept>

#include "extract/contracts_internal.hpp"
#include "extract/rule_hits.hpp"
#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

// Distance in bytes between two spans (0 when they overlap).
uint32_t gap(Span a, Span b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

// Index of the item (among candidates) nearest to any of the anchors; nullopt when none.
template <typename T>
std::optional<size_t> nearest(const std::vector<T>& items, const std::vector<size_t>& candidates,
                              const std::vector<Span>& anchors) {
  std::optional<size_t> best;
  uint32_t best_gap = UINT32_MAX;
  for (const size_t i : candidates) {
    for (const Span a : anchors) {
      const uint32_t g = gap(items[i].span, a);
      if (g < best_gap) best_gap = g, best = i;
    }
  }
  return best;
}

// A proper name or a subject that its pattern took with trailing punctuation ("Canada.", a
// subject closing a quotation: "buy them.\"") loses it.
Span trim_name(std::string_view text, Span s) {
  while (s.end > s.begin && std::string_view(".,;:'\"").find(text[s.end - 1]) != std::string_view::npos)
    --s.end;
  return s;
}

// "purchase 20 jets for 9.9 billion yuan" -> "purchase 20 jets": what is bought ends before an
// amount inside it and the preposition that introduces the amount.
Span without_price(std::string_view text, const std::vector<Money>& money, Span subject) {
  for (const Money& m : money) {
    if (m.span.begin <= subject.begin || m.span.begin >= subject.end) continue;
    subject.end = m.span.begin;
    while (subject.end > subject.begin && text[subject.end - 1] == ' ') --subject.end;
    // "... for about", "... priced at", "... priced", "services and": the words that lead to the
    // price go too.
    for (bool cut = true; cut;) {
      cut = false;
      for (const std::string_view p :
           {" about", " valued at", " worth", " for", " at", " of", " priced", " and", " or"}) {
        if (subject.size() > p.size() && text.substr(subject.end - p.size(), p.size()) == p) {
          subject.end -= static_cast<uint32_t>(p.size());
          cut = true;
        }
      }
    }
    // "a 290 mln dlr plant": nothing but an article is left before the price.
    const std::string_view left = text.substr(subject.begin, subject.size());
    if (left == "a" || left == "an" || left == "the") subject.end = subject.begin;
    break;
  }
  return subject;
}

// Whether `after` is a conversion of `before` in parentheses: "$40 billion (GB £20.1 billion)",
// "9.9 billion yuan (about US$1.4 billion)"; only a few words stand between the two.
bool converts(std::string_view text, const Money& before, const Money& after) {
  constexpr uint32_t kGap = 16;
  if (after.span.begin < before.span.end || after.span.begin - before.span.end > kGap) return false;
  const std::string_view gap = text.substr(before.span.end, after.span.begin - before.span.end);
  return gap.starts_with(" (") || gap.starts_with("(");
}

// One literal gate per rule: a role rule has 10 to 30 literals of its own, and one gate over
// all of them would pass the 64 a gate can hold (then it lets every rule through). The cold
// DFA states a sentence makes a big rule build cost far more than the gates' scans.
std::vector<SourceFilter> gates_of(const std::vector<const RE2*>& rules) {
  std::vector<SourceFilter> gates;
  gates.reserve(rules.size());
  for (const RE2* rule : rules) gates.emplace_back(std::vector<const RE2*>{rule});
  return gates;
}

bool may_match(const std::vector<SourceFilter>& gates, size_t rule, std::string_view sentence) {
  return (gates[rule].may_match(sentence) & 1U) != 0;
}

}  // namespace

bool purchase(std::string_view text, Span subject) {
  const std::string_view s = text.substr(subject.begin, subject.size());
  return s.starts_with("purchase ") || s.starts_with("buy ") || s.starts_with("acquire ") ||
         s.starts_with("order ") || s.starts_with("import ");
}

// "to sell its Woodville Polymer subsidiary", "to divest its stake in": a sale a takeover rule may read.
static bool sale(std::string_view text, Span subject) {
  const std::string_view s = text.substr(subject.begin, subject.size());
  return s.starts_with("sell ") || s.starts_with("divest ");
}

ContractExtractor::ContractExtractor(const Ruleset& rules)
    : rules_(rules),
      cue_keys_(rules.keys_with_prefix("contracts.cue_")),
      role_keys_(rules.keys_with_prefix("contracts.role_")),
      deal_noun_(rules.re("contracts.deal_noun")),
      value_hedge_(rules.lazy("contracts.value_hedge")),
      subject_units_(rules.lazy("contracts.subject_units")),
      company_noun_(rules.lazy("contracts.company_noun")),
      takeover_(rules.lazy("contracts.takeover")),
      price_hedge_(rules.lazy("money.approx")),
      not_deal_(rules.lazy("contracts.not_deal")) {
  if (cue_keys_.empty()) throw std::logic_error("contracts: no cue_* rule in contracts/awards.re2");
  const Gazetteer& words = rules.gazetteer("contracts.count_words");
  const auto value_col = words.column("value");
  if (!value_col) throw std::logic_error("contracts/count_words.tsv: no 'value' column");
  for (const auto& row : words.rows()) {
    if (row.size() > *value_col) count_words_[row[0]] = std::atoi(row[*value_col].c_str());
  }
  // Rates that are no span of time are unit prices: "93.86 dlrs per tonne" prices a cargo.
  const Gazetteer& rates = rules.gazetteer("money.rates");
  if (const auto per = rates.column("per"), period = rates.column("period"); per && period) {
    for (size_t row = 0; row < rates.size(); ++row) {
      if (rates.cell(row, *period) != "yes") unit_rates_.emplace(rates.cell(row, *per));
    }
  }
}

const ContractExtractor::AwardRules& ContractExtractor::award_rules() const {
  std::call_once(award_once_, [this] {
    for (const std::string& key : cue_keys_) award_.cues.push_back(&rules_.re(key));
    for (const std::string& key : role_keys_) {
      const RE2& re = rules_.re(key);
      RoleRule rule{&re, {}};
      // RE2 names a group once per rule; "buyer2" is a second place the buyer may stand.
      for (const auto& [name, index] : re.NamedCapturingGroups())
        rule.groups.emplace_back(name.substr(0, name.find_last_not_of("0123456789") + 1), index);
      award_.roles.push_back(std::move(rule));
    }
    std::vector<const RE2*> roles;
    for (const RoleRule& rule : award_.roles) roles.push_back(rule.re);
    award_.role_filters = gates_of(roles);
  });
  return award_;
}

const std::vector<SourceFilter>& ContractExtractor::cue_filters() const {
  std::call_once(cue_filters_once_, [this] {
    std::vector<const RE2*> rules = {&deal_noun_};
    for (const std::string& key : cue_keys_) rules.push_back(&rules_.re(key));
    cue_filters_ = gates_of(rules);
  });
  return cue_filters_;
}

bool ContractExtractor::reports_award(std::string_view text, Span sentence,
                                      const std::vector<Money>& money) const {
  const re2::StringPiece input(text.data() + sentence.begin, sentence.size());
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  const std::vector<SourceFilter>& gates = cue_filters();
  if (!may_match(gates, 0, s) || !deal_noun_.Match(input, 0, input.size(), RE2::UNANCHORED, nullptr, 0))
    return false;
  // "12 trillion won of debt": a cue inside an amount is the Korean currency, no award.
  const auto outside_amounts = [&](const RE2* c) {
    const std::vector<Span> hits = RuleHits(*c, text, sentence).hits();
    return std::any_of(hits.begin(), hits.end(), [&](Span h) {
      return std::none_of(money.begin(), money.end(), [&](const Money& m) { return m.span.contains(h); });
    });
  };
  const std::vector<const RE2*>& cues = award_rules().cues;
  for (size_t i = 0; i < cues.size(); ++i) {
    if (may_match(gates, i + 1, s) && outside_amounts(cues[i])) return true;
  }
  return false;
}

// Whether one of the sentence's deal words lies outside every not_deal phrase ("won a
// restraining order" names none; "won a court order and a $2 million contract" does).
bool ContractExtractor::names_a_deal(std::string_view text, Span sentence,
                                     const std::vector<Span>& deals) const {
  const std::vector<Span> excluded = RuleHits(not_deal_.get(), text, sentence).hits();
  return std::any_of(deals.begin(), deals.end(), [&](Span d) {
    return std::none_of(excluded.begin(), excluded.end(), [&](Span x) { return x.contains(d); });
  });
}

// The subject without amount words it took from before it; empty when nothing else is left.
Span ContractExtractor::trim_subject(std::string_view text, Span subject) const {
  re2::StringPiece units;
  const re2::StringPiece input(text.data() + subject.begin, subject.size());
  if (subject_units_.get().Match(input, 0, input.size(), RE2::ANCHOR_START, &units, 1)) {
    subject.begin += static_cast<uint32_t>(units.size());
  }
  return subject;
}

// Whether an amount of money opens the subject, alone or after the words the money stage reads
// as its hedge ("for about 2.2 mln dlrs", "more than 8.0 mln dlrs of equipment"): money.approx
// must match all the words between the subject's start and the amount.
bool ContractExtractor::opens_with_price(std::string_view text, const std::vector<Money>& money,
                                         Span subject) const {
  return std::any_of(money.begin(), money.end(), [&](const Money& m) {
    if (m.span.begin < subject.begin || m.span.begin >= subject.end) return false;
    const re2::StringPiece gap(text.data() + subject.begin, m.span.begin - subject.begin);
    re2::StringPiece cue;
    return gap.empty() || (price_hedge_.get().Match(gap, 0, gap.size(), RE2::UNANCHORED, &cue, 1) &&
                           cue.data() == gap.data());
  });
}

// A subject left to later rules: one made only of amount words ("40 mln dlr contract"), a party
// ("a contract for the Navy") or a span of time ("a contract for three years").
bool ContractExtractor::usable_subject(std::string_view text, Span subject, const Extraction& out) const {
  subject = trim_subject(text, subject);
  if (subject.empty()) return false;
  const std::string_view s = text.substr(subject.begin, subject.size());
  if (s.starts_with("the ") && s.size() > 4 && std::isupper(static_cast<unsigned char>(s[4]))) return false;
  // "a 12.5 mln dlr Supply Agency contract": a name that is all the modifier holds is a party.
  const bool party = std::any_of(out.entities.begin(), out.entities.end(), [&](const Entity& e) {
    return std::any_of(e.mentions.begin(), e.mentions.end(), [&](Span m) { return m == subject; });
  });
  if (party) return false;
  if (std::any_of(out.dates.begin(), out.dates.end(),
                  [&](const DateItem& d) { return d.span.begin == subject.begin; }))
    return false;
  // "an order ... for about 2.2 mln dlrs", "for more than 8.0 mln dlrs of equipment": the price
  return !opens_with_price(text, out.money, subject);
}

ContractExtractor::Roles ContractExtractor::find_roles(std::string_view text, Span sentence,
                                                       const Extraction& out) const {
  Roles roles;
  // The sentence is matched as a text of its own, so $ anchors at its end.
  const re2::StringPiece input(text.data() + sentence.begin, sentence.size());
  std::vector<re2::StringPiece> groups;
  const AwardRules& award = award_rules();
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  // A rule whose groups all name roles an earlier rule filled can change nothing: not run.
  const auto fills_nothing = [&](const RoleRule& rule) {
    return std::all_of(rule.groups.begin(), rule.groups.end(),
                       [&](const auto& g) { return roles.count(g.first) > 0; });
  };
  for (size_t r = 0; r < award.roles.size(); ++r) {
    const RoleRule& rule = award.roles[r];
    if (fills_nothing(rule) || !may_match(award.role_filters, r, s)) continue;
    groups.assign(static_cast<size_t>(rule.re->NumberOfCapturingGroups()) + 1, re2::StringPiece());
    if (!rule.re->Match(input, 0, input.size(), RE2::UNANCHORED, groups.data(),
                        static_cast<int>(groups.size()))) {
      continue;
    }
    for (const auto& [name, index] : rule.groups) {
      const re2::StringPiece g = groups[static_cast<size_t>(index)];
      if (g.data() == nullptr || g.empty() || roles.count(name)) continue;
      const auto begin = static_cast<uint32_t>(g.data() - text.data());
      const Span span = trim_name(text, Span{begin, begin + static_cast<uint32_t>(g.size())});
      if (name == "subject" && !usable_subject(text, span, out)) continue;
      // One name, one role: "Airbus has signed a contract to sell jets to ANA" makes Airbus the
      // supplier (role_signed_supply); a later rule reading it as the buyer who signs leaves the
      // buyer to the rule that finds it ("to ANA").
      if (const char* other = name == "buyer" ? "supplier" : name == "supplier" ? "buyer" : nullptr) {
        if (const auto it = roles.find(other); it != roles.end() && it->second.overlaps(span)) continue;
      }
      roles[name] = span;
    }
  }
  return roles;
}

// Whether an organization's name is all that is bought: "buy <Genesis Labs Inc>", "purchase
// Tenby Insurance Co for 9 mln dlrs" (not "buy Boeing jets": a noun after the name).
static bool buys_organization(std::string_view text, Span subject, const Extraction& out) {
  const std::string_view s = text.substr(subject.begin, subject.size());
  size_t at = s.find(' ');
  if (at == std::string_view::npos) return false;
  ++at;
  if (s.substr(at).starts_with("<")) ++at;
  if (s.substr(at).starts_with("the ")) at += 4;
  const uint32_t begin = subject.begin + static_cast<uint32_t>(at);
  for (const Entity& e : out.entities) {
    if (e.type != EntityType::Org) continue;
    for (const Span& m : e.mentions) {
      if (m.begin != begin) continue;
      const std::string_view rest =
          text.substr(m.end, std::min<size_t>(6, subject.end > m.end ? subject.end - m.end : 0));
      if (m.end >= subject.end || rest.starts_with(">") || rest.starts_with(",") ||
          rest.starts_with(" for ") || rest.starts_with(" from ") || rest.starts_with(" in ") ||
          rest.starts_with(" at ") || rest.starts_with(" of "))
        return true;
    }
  }
  return false;
}

// "signed an agreement to buy Genesis Labs Inc", "to acquire a 26% stake in Jagran", "to buy the
// PC division of IBM", "to sell its Sycamore store division": buying or selling a company or a
// part of one is a takeover, no procurement.
bool ContractExtractor::takeover(std::string_view text, Span subject, const Extraction& out) const {
  if (!purchase(text, subject) && !sale(text, subject)) return false;
  const re2::StringPiece input(text.data() + subject.begin, subject.size());
  return takeover_.get().Match(input, 0, input.size(), RE2::ANCHOR_START, nullptr, 0) ||
         buys_organization(text, subject, out);
}

std::optional<int> ContractExtractor::count_value(std::string_view word) const {
  int value = 0;
  const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
  if (error == std::errc() && end == word.data() + word.size() && value > 0) return value;
  const std::string lower = ascii_lower(word);
  auto it = count_words_.find(lower);
  if (it == count_words_.end()) return std::nullopt;
  return it->second;
}

void ContractExtractor::fill_value_and_date(std::string_view text, Span sentence,
                                            const std::vector<Span>& deals, const Extraction& out,
                                            Contract& c) const {
  const std::vector<Span> hedged = RuleHits(value_hedge_.get(), text, sentence).hits();
  std::vector<size_t> amounts = items_in(out.money, sentence);
  // "could rise to $52 million" is a possible total, "gave £500,000 to" a gift: not the value awarded.
  std::erase_if(amounts, [&](size_t m) {
    return std::any_of(hedged.begin(), hedged.end(), [&](Span h) {
      return h.end <= out.money[m].span.begin && out.money[m].span.begin <= h.end + 2;
    });
  });
  // "at 93.86 dlrs per tonne", "22 cts a share": a unit price is not what the award is worth.
  std::erase_if(amounts, [&](size_t m) {
    return !out.money[m].per.empty() && unit_rates_.count(out.money[m].per) > 0;
  });
  // "US$40 billion (GB £20.1 billion)": a conversion in parentheses restates the amount before it.
  std::erase_if(amounts, [&](size_t m) { return m > 0 && converts(text, out.money[m - 1], out.money[m]); });
  c.value = nearest(out.money, amounts, deals);
  // "a five-year contract", "the third such contract in nine months": a term or a span of time
  // is no date of the award; nor is "formerly", "now" or "soon" (a reference, not a date).
  std::vector<size_t> dates = items_in(out.dates, sentence);
  std::erase_if(dates, [&](size_t d) {
    const DateItem& item = out.dates[d];
    return item.type == DateType::Duration || item.type == DateType::Set || item.value.ends_with("_REF");
  });
  c.date = nearest(out.dates, dates, deals);
}

// "Acme was given a $214 million contract to make landing gear, while Bolt was awarded a $70
// million contract to build nose gear": clauses joined by "while" or "whereas" that each report
// an award of their own are two awards, each with its own parties and value. Otherwise the
// sentence is one award.
std::vector<Span> ContractExtractor::award_clauses(std::string_view text, Span sentence,
                                                   const std::vector<Money>& money) const {
  std::vector<Span> clauses;
  uint32_t begin = sentence.begin;
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  for (size_t at = 0; at < s.size();) {
    const size_t cut = std::min(s.find(", while ", at), s.find(", whereas ", at));
    if (cut == std::string_view::npos) break;
    clauses.push_back({begin, sentence.begin + static_cast<uint32_t>(cut)});
    begin = sentence.begin + static_cast<uint32_t>(cut + 2);
    at = cut + 2;
  }
  if (clauses.empty()) return {sentence};
  clauses.push_back({begin, sentence.end});
  for (const Span& c : clauses) {
    if (!reports_award(text, c, money) || !names_a_deal(text, c, RuleHits(deal_noun_, text, c).hits()))
      return {sentence};
  }
  return clauses;
}

// The award one claim sentence (or one clause of it) reports, when it names a party, a value, a
// count or a subject.
void ContractExtractor::add_award(const Context& ctx, Span clause, size_t claim, const MentionIndex& mentions,
                                  Extraction& out) const {
  const std::string_view text = ctx.doc.norm();
  // The deal words place the value and the date, and tell a contract from a court order.
  const std::vector<Span> deals = RuleHits(deal_noun_, text, clause).hits();
  if (!names_a_deal(text, clause, deals)) return;
  const Roles roles = find_roles(text, clause, out);
  if (const auto it = roles.find("subject"); it != roles.end() && takeover(text, it->second, out)) return;
  Contract c;
  c.claim = claim;
  fill_parties(text, roles, out, mentions, out.contracts.empty() ? nullptr : &out.contracts.back(), c);
  fill_value_and_date(text, clause, deals, out, c);
  // A number inside an amount counts no contracts ("169 mln dlrs in contracts", "176.7 MLN").
  if (auto it = roles.find("count"); it != roles.end() && items_in(out.money, it->second).empty())
    c.count = count_value(text.substr(it->second.begin, it->second.size()));
  if (auto it = roles.find("subject"); it != roles.end()) {
    const Span subject = without_price(text, out.money, trim_subject(text, it->second));
    if (!subject.empty()) c.subject = std::string(ctx.doc.original_slice(subject));
  }
  if (!c.supplier && !c.value && !c.count && c.subject.empty()) return;
  out.contracts.push_back(std::move(c));
}

void ContractExtractor::run(const Context& ctx, Extraction& out) const {
  const std::string_view text = ctx.doc.norm();
  // Built at the first award: most documents report none, and their index of all mentions
  // was built for nothing.
  std::optional<MentionIndex> mentions;
  for (size_t i = 0; i < out.claims.size(); ++i) {
    const Span sentence = out.claims[i].span;
    if (!reports_award(text, sentence, out.money)) continue;
    if (!mentions) mentions.emplace(out.entities);
    for (const Span& clause : award_clauses(text, sentence, out.money))
      add_award(ctx, clause, i, *mentions, out);
  }
  drop_restated(out);
}

// "WINS 1.5 MLN DLR CONTRACT" over "Thermo Process Corp said it won a 1.5 mln dlr contract": an
// award without parties that restates the value (or, without a value, the count) of one with
// a party is the same award, told twice.
void ContractExtractor::drop_restated(Extraction& out) {
  const auto has_party = [](const Contract& c) { return c.supplier || c.buyer; };
  const auto same_award = [&](const Contract& a, const Contract& b) {
    if (a.value && b.value) {
      const Money& x = out.money[*a.value];
      const Money& y = out.money[*b.value];
      return x.value && x.value == y.value && x.currency == y.currency;
    }
    return !a.value && a.count && a.count == b.count;
  };
  // "The value of the contract, awarded to M/A-Com's unit, was not disclosed": an award that
  // names only a supplier already named by an award before it tells that award again.
  const auto adds_nothing = [](const Contract& c) {
    return !c.buyer && !c.value && !c.count && !c.date && c.subject.empty();
  };
  std::vector<bool> restated(out.contracts.size(), false);
  for (size_t i = 0; i < out.contracts.size(); ++i) {
    if (adds_nothing(out.contracts[i]) && out.contracts[i].supplier) {
      for (size_t j = 0; j < i && !restated[i]; ++j)
        restated[i] = out.contracts[j].supplier == out.contracts[i].supplier;
      continue;
    }
    if (has_party(out.contracts[i])) continue;
    for (size_t j = 0; j < out.contracts.size() && !restated[i]; ++j) {
      restated[i] = j != i && has_party(out.contracts[j]) && same_award(out.contracts[i], out.contracts[j]);
    }
  }
  size_t k = 0;
  std::erase_if(out.contracts, [&](const Contract&) { return restated[k++]; });
}

}  // namespace newsclaim
