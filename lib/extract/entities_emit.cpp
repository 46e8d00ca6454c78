// Entities stage: the Mention of a run cut into a name, or none when the run names no entity
// (see entities_emit.hpp). Kept apart from the cutting (entities_candidates.cpp): these tests
// look at one finished run and its neighbouring bytes, never at how the run was split.
#include "extract/entities_emit.hpp"

#include <algorithm>
#include <string>

#include "extract/antecedent.hpp"
#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "extract/entities_roles.hpp"
#include "text/ascii.hpp"
#include "text/month_names.hpp"
#include "text/utf8.hpp"

namespace newsclaim {

// context: where to look back for a lower-case role ("former president").
void MentionEmitter::emit(const std::vector<Token>& t, size_t a, size_t b, uint32_t context,
                          std::string role) {
  // "the IPO of Veltora Systems", "GDP of Brazil": a word that is never a name does not open one.
  if (b - a >= 3 && Lexicon::not_name(t[a].facts) && t[a + 1].connector && word(text_, t[a + 1]) == "of") {
    a += 2;
    context = t[a].begin;
  }
  // "Mr King", "Dr Bishop": after an honorific a word also listed as a title is a surname
  const size_t space = role.rfind(' ');
  const std::string_view last_title =
      space == std::string::npos ? std::string_view(role) : std::string_view(role).substr(space + 1);
  const bool after_honorific = !role.empty() && surname_after(last_title, lex_.role(last_title));
  // After a title a surname keeps its particles: "President da Silva" -> "da Silva".
  size_t surname = a;
  while (surname < b && t[surname].connector && name_particle(word(text_, t[surname]))) ++surname;
  if (role.empty() || surname == a || surname >= b || t[surname].connector) {
    while (a < b && t[a].connector) ++a;
  }
  while (b > a && t[b - 1].connector) --b;
  if (b - a >= 2 && numbered_word(t[b - 1])) --b;  // "Air France Flight 447" -> "Air France"
  // "US TV", "China GDP": an abbreviation of a common noun after a name is no part of it (and
  // "Mobile PC", "Court TV" leave no name: an ordinary word alone)
  const size_t before_abbreviations = b;
  while (b - a >= 2 && !t[b - 1].connector && abbreviation_not_name(t[b - 1])) --b;
  if (b < before_abbreviations && b == a + 1 && plain_word(word(text_, t[a]), t[a].facts, lex_)) return;
  // "U.S. February", "New York July", "NORTH AMERICA INC MARCH": a month or weekday closing a
  // run is the date after the name; "Friday Iran", "Saturday U.S.": a weekday before a name a
  // list knows is the date before it ("Sunday Times", "Tuesday Morning" stay whole); after a
  // given name the month is a family name ("Theresa May", "Brian May")
  const size_t before_dates = b;
  while (b - a >= 2 && !t[b - 1].connector && month_or_weekday(word(text_, t[b - 1])) &&
         !(b - a == 2 && Lexicon::first_name(t[a].facts)))
    --b;
  if (b < before_dates && b == a + 1 && plain_word(word(text_, t[a]), t[a].facts, lex_))
    return;  // "From April"
  if (b - a >= 2 && is_weekday_name(word(text_, t[a])) && !t[a + 1].connector &&
      (Lexicon::known(t[a + 1].facts) || lex_.acronym(word(text_, t[a + 1]), t[a + 1].facts)))
    ++a;
  if (b - a >= 2 && post_nominal(t[b - 1])) {  // "Paul Boateng MP", "Ms Roe QC": a role after the name
    const std::string_view title = word(text_, t[b - 1]);
    // "the Labour MP", "the Salford MP": one word before a member's title is the party or the
    // seat; only counsel's title follows a surname alone
    if (b - a >= 3 || title == "QC" || title == "KC")
      role = role.empty() ? std::string(title) : role + " " + std::string(title);
    --b;
  }
  while (b > a && t[b - 1].connector) --b;
  if (a >= b) return;
  Mention m;
  m.span = {t[a].begin, t[b - 1].end};
  m.text = text_.substr(m.span.begin, m.span.size());
  if (m.text.size() < 2) return;
  m.tokens = static_cast<int>(b - a);
  m.sentence_initial = t[a].sentence_start;
  m.after_the = m.span.begin >= 4 &&
                (text_.substr(m.span.begin - 4, 4) == "the " || text_.substr(m.span.begin - 4, 4) == "The ");
  m.place_hint = t[b - 1].place_hint;
  m.after_place_word = after_place_preposition(text_, m.after_the ? m.span.begin - 4 : m.span.begin);
  m.before_said = before_speech_verb(text_, m.span.end);
  m.facts = b == a + 1 ? t[a].facts : lex_.facts(m.text);
  m.first_facts = t[a].facts, m.first_size = t[a].end - t[a].begin;
  m.last_facts = t[b - 1].facts, m.last_size = t[b - 1].end - t[b - 1].begin;
  if (Lexicon::not_name(m.facts) || (Lexicon::role(m.facts) && !after_honorific) || caps_not_name(m) ||
      (b == a + 1 && !m.facts && hyphenated_role(m.text, lex_)))
    return;  // "Prime Minister", "Vice-Chairman" alone
  if (b == a + 1 && lone_suffix(m.text, m.facts))
    return;                                        // "Ltd" of "Equity (Pacific) Ltd", "NOTE - Company plans"
  if (b == a + 1 && month_before_day(m)) return;   // "on Jan 14, 1986"
  if (b <= a + 2 && month_phrase(m.text)) return;  // "around May Four", "the April-June quarter"
  if (only_not_names(t, a, b)) return;             // "UTC Monday", "Sunday March"
  if (not_an_entity(t[b - 1]) || numbered_label(m) || table_label(m)) return;
  std::string before = role_before(text_, context, lex_);
  if (!before.empty()) role = role.empty() ? before : before + " " + role;
  // "Conservative MP Sir Teddy Taylor", "Labour leader Lord Kinnock": an honorific after a
  // title is no part of it ("Rt Rev Dr" stays: no title before its honorifics)
  size_t title_end = role.size();
  for (size_t cut = role.rfind(' '); cut != std::string::npos; cut = role.rfind(' ', cut - 1)) {
    if (!Lexicon::honorific(lex_.role(std::string_view(role).substr(cut + 1, title_end - cut - 1)))) break;
    title_end = cut;
    if (cut == 0) break;
  }
  if (title_end < role.size()) {
    const size_t space = role.rfind(' ', title_end - 1);
    const size_t from = space == std::string::npos ? 0 : space + 1;
    const RoleKind* k = lex_.role(std::string_view(role).substr(from, title_end - from));
    if (k && (*k == RoleKind::Role || *k == RoleKind::PostNominal)) role.resize(title_end);
  }
  m.person_hint = !role.empty();
  m.role = std::move(role);
  find_definition(m);
  out_.push_back(std::move(m));
}

// "FEBRUARY", "MONDAY" in a wire headline: a word of four letters or more that is never a
// name stays none in capitals ("US", "WHO" are too short to be read as "Us", "Who").
// "CDs", "SUVs", "PACs": the plural of an abbreviation is a common noun.
bool MentionEmitter::caps_not_name(const Mention& m) const {
  return m.tokens == 1 &&
         ((m.text.size() >= 4 && caps_title_not_name(m.text, m.facts, lex_)) || plural_abbreviation(m.text));
}

// "Jan 14", "Mar 3": a dotless month abbreviation that is also a given name (so not listed
// among the words never a name), followed by a day or a year.
bool MentionEmitter::month_before_day(const Mention& m) const {
  if (m.text != "Jan" && m.text != "Mar" && m.text != "Jun") return false;
  const std::string_view after = text_.substr(m.span.end, 2);
  return after.size() == 2 && after[0] == ' ' && after[1] >= '0' && after[1] <= '9';
}

// "May Four", "April Three", "July One": the wires' day one to nine in words after its month;
// "April-June", "June-July-August": months joined into a period.
bool MentionEmitter::month_phrase(std::string_view text) {
  static constexpr std::string_view kDays[] = {"One", "Two",   "Three", "Four", "Five",
                                               "Six", "Seven", "Eight", "Nine"};
  if (const size_t space = text.find(' '); space != std::string_view::npos)
    return is_month_name(text.substr(0, space)) &&
           std::find(std::begin(kDays), std::end(kDays), text.substr(space + 1)) != std::end(kDays);
  size_t at = 0, words = 0;
  while (at <= text.size()) {
    const size_t dash = std::min(text.find('-', at), text.size());
    if (!is_month_name(text.substr(at, dash - at))) return false;
    ++words;
    at = dash + 1;
  }
  return words >= 2;
}

// A company suffix alone ("Ltd", "Company", "INC"), in any case, names no one company.
bool MentionEmitter::lone_suffix(std::string_view w, const WordFacts* f) const {
  return org_cue_any_case(w, f, lex_, CuePosition::Suffix);
}

// A month's or weekday's full name, as written or in capitals ("July", "MARCH").
bool MentionEmitter::month_or_weekday(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return false;
  if (is_month_name(w) || is_weekday_name(w)) return true;
  if (!all_caps_ascii(w)) return false;
  const std::string title = title_case(w);
  return is_month_name(title) || is_weekday_name(title);
}

bool MentionEmitter::plural_abbreviation(std::string_view w) {
  return w.size() >= 3 && w.back() == 's' && all_caps_ascii(w.substr(0, w.size() - 1));
}

// "MP", "QC": a title written after a person's name.
bool MentionEmitter::post_nominal(const Token& last) const {
  const RoleKind* k = Lexicon::role(last.facts);
  return k && *k == RoleKind::PostNominal;
}

// True when every token of [a, b) is a word that is never a name on its own.
bool MentionEmitter::only_not_names(const std::vector<Token>& t, size_t a, size_t b) const {
  for (size_t i = a; i < b; ++i) {
    if (!Lexicon::not_name(t[i].facts)) return false;
  }
  return true;
}

// A listed abbreviation that names no one ("TV", "GDP", "MPs"; capitals and digits, and a
// plural's "s"). A Roman numeral, listed because it names no one alone, ends a name it follows
// ("T. Boone Pickens III", "Income Program II").
bool MentionEmitter::abbreviation_not_name(const Token& last) const {
  std::string_view w = word(text_, last);
  if (w.size() >= 3 && w.back() == 's') w.remove_suffix(1);
  if (roman_numeral(w)) return false;
  return w.size() >= 2 && Lexicon::not_name(last.facts) &&
         std::all_of(w.begin(), w.end(), [](char c) { return is_ascii_upper(c) || is_ascii_digit(c); });
}

// A model number ("Airbus A380") or an index ("Dow Jones Industrial Average") names a
// product or a market figure, none of the entity types.
bool MentionEmitter::not_an_entity(const Token& last) const {
  const std::string_view w = word(text_, last);
  if (Lexicon::org_cue(last.facts, CuePosition::Other)) return true;
  return w.size() >= 2 && has_digit(w);
}

// "Flight 447", "Gate 12" ending a longer run: an ordinary word numbered labels a thing
// belonging to the name before it.
bool MentionEmitter::numbered_word(const Token& last) const {
  return label_number_after(last.end) && Lexicon::common_word(last.facts) &&
         !Lexicon::org_cue(last.facts, CuePosition::Last);
}

// " 447", " 11" after byte e: a number labelling what comes before; an amount ("2,500",
// "1.5") or a percentage ("40%") after a name is something it has or gets.
bool MentionEmitter::label_number_after(size_t e) const {
  if (e + 1 >= text_.size() || text_[e] != ' ' || text_[e + 1] < '0' || text_[e + 1] > '9') return false;
  size_t i = e + 1;
  while (i < text_.size() && text_[i] >= '0' && text_[i] <= '9') ++i;
  if (i < text_.size() && text_[i] == '%') return false;
  return !(i + 1 < text_.size() && (text_[i] == ',' || text_[i] == '.') && text_[i + 1] >= '0' &&
           text_[i + 1] <= '9');
}

// "Chapter 11", "Section 230", "Article 5": an ordinary word numbered is a label, not a name.
bool MentionEmitter::numbered_label(const Mention& m) const {
  return m.tokens == 1 && label_number_after(m.span.end) && Lexicon::common_word(m.facts);
}

// "    Shr 22 cts vs 20 cts": one word opening an indented line and followed by a figure
// labels a row of a wire results table.
bool MentionEmitter::table_label(const Mention& m) const {
  const size_t e = m.span.end;
  if (m.tokens != 1 || e + 1 >= text_.size() || text_[e] != ' ' || text_[e + 1] < '0' || text_[e + 1] > '9')
    return false;
  size_t i = m.span.begin;
  while (i > 0 && (text_[i - 1] == ' ' || text_[i - 1] == '\t')) --i;
  return i < m.span.begin && (i == 0 || text_[i - 1] == '\n');
}

// "Canada Border Services Agency (CBSA)": the acronym the name defines.
// "BAGHDAD, Iraq (AP)" names the news agency, not an acronym of "Iraq": a one-word place
// defines none ("United Arab Emirates (UAE)" does).
void MentionEmitter::find_definition(Mention& m) const {
  const KnownName* k = m.tokens == 1 ? Lexicon::known(m.facts) : nullptr;
  if (!k || (k->type != EntityType::Gpe && k->type != EntityType::Loc)) m.defines = acronym_after(m.span.end);
}

// The acronym in parentheses right after byte end, or empty. The regex sees only the next
// bytes: RE2's ^ does not match at a start position inside a text.
std::string_view MentionEmitter::acronym_after(uint32_t end) const {
  const std::string_view after = text_.substr(end, 2);
  if (after.empty() || (after[0] != '(' && after != " (")) return {};
  const std::string_view window = text_.substr(end, 16);
  re2::StringPiece groups[2];
  if (!rules_.acronym_definition.get().Match(window, 0, window.size(), RE2::ANCHOR_START, groups, 2))
    return {};
  const std::string_view acronym(groups[1].data(), groups[1].size());
  constexpr size_t kMaxAcronym = 10;  // characters, not bytes
  return utf8::length(acronym) <= kMaxAcronym ? acronym : std::string_view();
}

}  // namespace newsclaim
