#include "extract/quotes_lexicon.hpp"

#include <stdexcept>

#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

std::optional<EntityType> entity_type(std::string_view name) {
  if (name == "PERSON") return EntityType::Person;
  if (name == "ORG") return EntityType::Org;
  if (name == "GPE") return EntityType::Gpe;
  if (name == "LOC") return EntityType::Loc;
  if (name == "NORP") return EntityType::Norp;
  return std::nullopt;
}

// "ORG PERSON" -> the mask of both; throws on an unknown type name.
TypeMask parse_types(const std::string& list) {
  TypeMask mask = 0;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t space = list.find(' ', pos);
    if (space == std::string::npos) space = list.size();
    const std::string_view word = std::string_view(list).substr(pos, space - pos);
    pos = space + 1;
    if (word.empty()) continue;
    const auto type = entity_type(word);
    if (!type) throw std::logic_error("quotes/pronouns.tsv: unknown entity type '" + std::string(word) + "'");
    mask |= type_bit(*type);
  }
  return mask;
}

NounRefers parse_refers(const std::string& s) {
  if (s == "person") return NounRefers::Person;
  if (s == "org") return NounRefers::Org;
  if (s == "doc") return NounRefers::Doc;
  if (s == "state") return NounRefers::State;
  throw std::logic_error("quotes/speaker_nouns.tsv: refers must be person, org, doc or state, not '" + s +
                         "'");
}

// The value in column name of row, or "" when the row is short.
const std::string& cell(const Gazetteer& g, const std::vector<std::string>& row, std::string_view name) {
  static const std::string empty;
  const auto col = g.column(name);
  if (!col) throw std::logic_error("gazetteer lacks column '" + std::string(name) + "'");
  return *col < row.size() ? row[*col] : empty;
}

}  // namespace

QuoteLexicon::QuoteLexicon(const Ruleset& rules) : given_names_(rules) {
  for (const auto& row : rules.gazetteer("quotes.function_words").rows()) {
    if (!row.empty()) function_words_.insert(ascii_lower(row[0]));
  }
  const Gazetteer& pronouns = rules.gazetteer("quotes.pronouns");
  const bool gendered = pronouns.column("gender").has_value();
  for (const auto& row : pronouns.rows()) {
    if (row.empty()) continue;
    Pronoun& p = pronouns_[ascii_lower(row[0])];
    p.types = parse_types(cell(pronouns, row, "types"));
    if (gendered) p.gender = parse_gender(cell(pronouns, row, "gender"));
  }
  const Gazetteer& nouns = rules.gazetteer("quotes.speaker_nouns");
  for (const auto& row : nouns.rows()) {
    if (!row.empty()) nouns_[ascii_lower(row[0])] = parse_refers(cell(nouns, row, "refers"));
  }
}

bool QuoteLexicon::is_function_word(std::string_view word) const {
  return function_words_.count(ascii_lower(word)) > 0;
}

const QuoteLexicon::Pronoun* QuoteLexicon::pronoun(std::string_view word) const {
  const auto it = pronouns_.find(ascii_lower(word));
  return it == pronouns_.end() ? nullptr : &it->second;
}

bool is_age_noun(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && is_ascii_digit(w[digits])) ++digits;
  return digits >= 1 && digits <= 3 && w.substr(digits) == "-year-old";
}

const NounRefers* QuoteLexicon::noun(std::string_view word) const {
  static constexpr NounRefers kPerson = NounRefers::Person;
  if (is_age_noun(word)) return &kPerson;
  std::string key = ascii_lower(word);
  auto it = nouns_.find(key);
  if (it == nouns_.end() && key.size() > 4 && key.ends_with("ies")) {
    key.replace(key.size() - 3, 3, "y");  // "companies", "authorities"
    it = nouns_.find(key);
  } else if (it == nouns_.end() && key.size() > 3 && key.back() == 's') {
    key.pop_back();  // plurals: "officials", "experts"
    it = nouns_.find(key);
  }
  return it == nouns_.end() ? nullptr : &it->second;
}

}  // namespace newsclaim
