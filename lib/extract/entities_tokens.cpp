#include "extract/entities_tokens.hpp"

#include <algorithm>
#include <array>

#include "extract/entities_internal.hpp"
#include "extract/entities_scan.hpp"
#include "text/month_names.hpp"

namespace newsclaim {

namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A possessive in capitals after a name the lists know: "GM'S <GM> PONTIAC", "JAPAN'S
// NAKASONE" (not "LUBY'S CAFETERIAS INC", "MOODY'S").
bool known_caps_possessive(std::string_view w, const Lexicon& lex) {
  if (w.size() < 4 || !ends_with(w, "'S")) return false;
  const std::string_view owner = w.substr(0, w.size() - 2);
  if (!std::all_of(owner.begin(), owner.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; }))
    return false;
  return lex.acronym(owner) || lex.known(title_case(owner));
}

// "Champagne's" -> "Champagne", "Growers'" -> "Growers"; the possessive ends the name
// ("Nuctech's founder").
void cut_possessive(std::string_view w, const Lexicon& lex, Token& t) {
  if ((ends_with(w, "'s") || known_caps_possessive(w, lex)) && w.size() > 2) {
    t.end -= 2;
    t.break_after = t.possessive = true;
  } else if (ends_with(w, "s'") && w.size() > 2) {
    t.end -= 1;
    t.break_after = t.possessive = true;
  }
}

// "Beijing-based" -> "Beijing" (a place); "Chinese-state" -> "Chinese". A lower-case part
// after a hyphen is an ordinary word glued to the name, never part of it.
// "Ban Ki-moon", "Kim Jong-un", "Park Geun-hye": after a family name, a Korean (or Wade-Giles
// Chinese) given name of two syllables joined by a hyphen, the second short and in lower case;
// not an English word attached to a name ("U.S.-led", "Bush-era", "A-plus").
bool hyphenated_given_name(std::string_view w, size_t dash, bool after_name) {
  static constexpr std::string_view kAttached[] = {"led",  "run",  "era",  "made", "like", "type",
                                                   "area", "wide", "free", "only", "size", "held",
                                                   "born", "bred", "ish",  "plus", "tax",  "up"};
  const std::string_view first = w.substr(0, dash), second = w.substr(dash + 1);
  return after_name && first.size() >= 2 && is_lower(first[1]) && second.size() <= 4 &&
         std::find(std::begin(kAttached), std::end(kAttached), second) == std::end(kAttached);
}

// "Co-operative", "Co-operation", "Co-ordination": one word whose first part is no word alone
// ("Gulf Co-operation Council", "Organisation for Economic Co-operation and Development").
bool co_word(std::string_view w, size_t dash) {
  const std::string_view second = w.substr(dash + 1);
  return w.substr(0, dash) == "Co" && (second.starts_with("op") || second.starts_with("or"));
}

void cut_lower_suffix(std::string_view w, Token& t, bool after_name) {
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] != '-' || !is_lower(w[i + 1])) continue;
    const std::string_view suffix = w.substr(i + 1);
    if (hyphenated_given_name(w, i, after_name) || co_word(w, i)) return;
    t.place_hint = suffix == "based" || suffix == "born" || suffix == "headquartered";
    t.end = t.begin + static_cast<uint32_t>(i);
    t.break_after = true;
    return;
  }
}

// A period belongs to "Inc.", "Mr.", "U.S." or an initial "W."; otherwise it ends a sentence.
// f = lex.facts(w).
bool keeps_period(std::string_view w, const WordFacts* f, const Lexicon& lex) {
  if (w.size() == 2) return true;
  if (w.substr(0, w.size() - 1).find('.') != std::string_view::npos) return true;
  if (lex.org_cue(w, CuePosition::Last) || lex.role(w) || Lexicon::known(f)) return true;  // "Ont."
  return w == "Jr." || w == "Sr." || w == "St." || w == "Mt." || w == "Ft." || w == "Sask.";
}

// True when w ends in a period that stays part of it; its facts are then in f, looked up once
// for every question asked about the word here and after.
bool cut_period(std::string_view w, const Lexicon& lex, Token& t, const WordFacts*& f) {
  if (!ends_with(w, ".")) return false;
  f = lex.facts(w);
  // "Jan." in "Tuesday, Jan. 10": an abbreviated month is never part of a name.
  if (w.size() > 2 && Lexicon::not_name(f)) t.drop = true;
  if (keeps_period(w, f, lex)) return true;
  t.end -= 1;
  t.break_after = true;
  return false;
}

// "Newark, N.J. Acme Corp said": a state or province abbreviation after a city's comma ends
// the place; its period may end the sentence too, so no name runs on over it. f: the facts of
// the word when it keeps its period (the only case asked about).
void end_state_abbreviation(std::string_view text, const WordFacts* f, Token& t) {
  const std::string_view w = word(text, t);
  if (t.break_after || !ends_with(w, ".") || t.begin < 2 || text.substr(t.begin - 2, 2) != ", ") return;
  const KnownName* k = Lexicon::known(f);
  if (k && k->type == EntityType::Gpe) t.break_after = true;
}

bool suffix_with_period(std::string_view text, const Token& t) {
  const std::string_view w = word(text, t);
  return w.size() > 2 && w.back() == '.' && Lexicon::org_cue(t.facts, CuePosition::Suffix);
}

// "Won't", "Isn't", "We'll", "They're", "I'm": a verb is attached, so the word is no name's.
bool contraction(std::string_view w) {
  for (const std::string_view tail : {"n't", "'ll", "'re", "'ve", "'m"}) {
    if (w.size() > tail.size() && w.ends_with(tail)) return true;
  }
  return false;
}

// "(R-Utah)", ", D-Mass.,", "(I-VT)": a US legislator's party and state after a parenthesis or a
// comma, no name of its own ("D-Wave Systems" is one).
bool party_tag(std::string_view text, const Token& t) {
  const std::string_view w = text.substr(t.begin, t.end - t.begin);
  const bool opened =
      (t.begin >= 1 && text[t.begin - 1] == '(') || (t.begin >= 2 && text.substr(t.begin - 2, 2) == ", ");
  return opened && w.size() >= 4 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' &&
         w[2] >= 'A' && w[2] <= 'Z';
}

// "McDonald's Corp", "the Information Commissioner's Office", "Children's Hospital": after a
// possessive, a company suffix, or an organization word after an office or an ordinary noun,
// continues the name (not "Canada's Parliament", "Britain's Labour Party"). So does one after a
// plural's possessive or one in -men that no list knows as a name, when it is a body's word
// ("the Coffee Growers' Federation", "the National Cattlemen's Association"; not "the
// Philippines' Senate").
bool possessive_inside_name(std::string_view text, const Token& owner, const Token& next, bool run_start,
                            const Lexicon& lex) {
  if (Lexicon::org_cue(next.facts, CuePosition::Suffix)) return true;
  // "Moody's Investors Service Inc": an organization listed with its "'s" goes on after it
  if (text[owner.end + 1] != ' ') {
    const KnownName* k = lex.known(text.substr(owner.begin, owner.end + 2 - owner.begin));
    if (k && k->type == EntityType::Org) return true;
  }
  if (!Lexicon::org_cue(next.facts, CuePosition::Last)) return false;
  const WordFacts* w = owner.facts;
  const std::string_view o = word(text, owner);
  // a plural's possessive: only a body's word, one that also opens names ("Association of ..."),
  // not a company's department ("Salomon Brothers' Capital commitments committee", "Wave Systems'
  // Embassy software")
  const bool body = Lexicon::org_cue(next.facts, CuePosition::First) && !Lexicon::known(w) &&
                    !Lexicon::has(w, WordFacts::kAcronym);
  if (text[owner.end + 1] == ' ') return body;
  if (Lexicon::role(w) || (Lexicon::common_word(w) && !Lexicon::known(w))) return true;
  if (o.size() > 4 && o.ends_with("men") && body) return true;
  // "the Alzheimer's Society": a name of one unknown word owning a body's word that ends the
  // name; not "Tamura's Ministry of International Trade", "October's Organisation for ...",
  // "Rajiv Gandhi's Congress", a given name's ("John's Trust")
  const std::string_view after = text.substr(next.end, 5);
  const bool ends = !after.starts_with(" of ") && !after.starts_with(" for ");
  return body && run_start && ends && !Lexicon::first_name(w) && !is_month_name(o);
}

}  // namespace

bool name_particle(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kParticles = {
      "de", "la",  "le",  "les", "del", "della", "des", "da",   "do",  "dos", "das", "du",
      "di", "van", "von", "der", "den", "ter",   "bin", "bint", "ibn", "al",  "el",  "y"};
  for (auto p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

// "US", "C", "NZ", "U.S.": a few capitals (and dots) that can prefix a currency sign.
bool currency_code_like(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

namespace {

// Bytes of a word that the rarer tests of tokenize_run need: a hyphen for a lower-case suffix
// or a party tag, an apostrophe for a possessive or a contraction.
enum : uint8_t { kDash = 1, kApostrophe = 2 };
constexpr std::array<uint8_t, 256> kWordMarks = [] {
  std::array<uint8_t, 256> t{};
  t['-'] = kDash;
  t['\''] = kApostrophe;
  return t;
}();

// "US$40", "GB £20" (w, then byte j): a currency prefix, not a country mention. Only a short
// code is one: in "the U.S. Air Force $40 billion tanker contract" the name ends before the
// amount. Most words are followed by a space and a letter: two byte tests rule them out.
bool currency_prefix(std::string_view text, uint32_t j, std::string_view w) {
  if (j < text.size() && text[j] != '$') {
    const auto next = j + 1 < text.size() ? static_cast<unsigned char>(text[j + 1]) : 0;
    if (next != '$' && next != 0xC2 && next != 0xE2) return false;
  }
  const std::string_view after = text.substr(j, 3);
  const bool sign_after =
      after.starts_with(" $") || after.starts_with(" \xC2\xA3") || after.starts_with(" \xE2\x82");
  return after.starts_with("$") || (sign_after && currency_code_like(w));
}

}  // namespace

void tokenize_run(std::string_view text, uint32_t begin, uint32_t end, const Lexicon& lex,
                  std::vector<Token>& out) {
  out.clear();
  uint32_t i = begin;
  while (i < end) {
    uint32_t j = i;
    uint8_t marks = 0;  // kDash, kApostrophe: which of the rarer tests below can apply
    for (; j < end && text[j] != ' '; ++j) marks |= kWordMarks[static_cast<unsigned char>(text[j])];
    Token t{i, j};
    const std::string_view w = text.substr(i, j - i);
    t.connector = (is_lower(w[0]) && arabic_article_length(w) == 0) || w == "&";  // not "al-Sabah"
    if (currency_prefix(text, j, w)) {
      i = j + 1;
      continue;
    }
    bool period_kept = false;  // then t.facts is already looked up
    if (!t.connector) {
      if (marks & kApostrophe) cut_possessive(w, lex, t);
      if (marks & kDash)
        cut_lower_suffix(word(text, t), t, !out.empty() && !out.back().connector && !out.back().break_after);
      period_kept = cut_period(word(text, t), lex, t, t.facts);
      end_state_abbreviation(text, t.facts, t);
      // "Gennifer Flowers Won't Be There": no name goes on; "(R-Utah)" tags a legislator. The
      // cuts above leave a prefix of w, so only a w with an apostrophe or a hyphen can be either.
      if (((marks & kApostrophe) && contraction(word(text, t))) || ((marks & kDash) && party_tag(text, t)))
        t.drop = true;
    }
    if (!period_kept) t.facts = t.end > t.begin ? lex.facts(word(text, t)) : nullptr;
    // "Standard and Poor's Corp", "McDonald's Corp": a company suffix after a possessive
    // belongs to the same name.
    if (!out.empty() && out.back().possessive &&
        possessive_inside_name(text, out.back(), t, out.size() == 1, lex)) {
      out.back().end += text[out.back().end + 1] == ' ' ? 1 : 2;  // "Growers'", "Children's"
      out.back().break_after = out.back().possessive = false;
      out.back().facts = lex.facts(word(text, out.back()));
    }
    // "Acme Inc. The company", "Kelvar Corp. Investors": after a company suffix with its period
    // only another suffix continues the name ("Dalby Co. Ltd."); the period may end a sentence.
    if (!out.empty() && !t.connector && suffix_with_period(text, out.back()) &&
        !Lexicon::org_cue(t.facts, CuePosition::Suffix))
      out.back().break_after = true;
    // "Nuctech. According", "Newark, N.J. Acme": a period ends a sentence inside the run.
    t.sentence_start = !out.empty() && out.back().break_after &&
                       (text[out.back().end] == '.' || text[out.back().end - 1] == '.');
    if (t.end > t.begin) out.push_back(t);
    i = j + 1;
  }
}

}  // namespace newsclaim
