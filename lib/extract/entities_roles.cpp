#include "extract/entities_roles.hpp"

#include <algorithm>
#include <array>

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "extract/entities_joins.hpp"
#include "extract/entities_tokens.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

const RoleKind* hyphenated_role(std::string_view w, const Lexicon& lex) {
  const size_t hyphen = w.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return nullptr;
  const std::string_view prefix = w.substr(0, hyphen);
  const RoleKind* p = lex.role(prefix);
  if (!(p && *p == RoleKind::Modifier) && !ascii_equal_lower(prefix, "ex") &&
      !ascii_equal_lower(prefix, "co"))
    return nullptr;
  const RoleKind* k = lex.role(w.substr(hyphen + 1));
  return k && *k != RoleKind::Modifier ? k : nullptr;
}

namespace {

// The bytes a word before a name stops at, by byte: one load per byte instead of four tests.
constexpr std::array<bool, 256> kWordStop = [] {
  std::array<bool, 256> t{};
  t[' '] = t['\n'] = t['"'] = t['('] = true;
  return t;
}();

// Start of the word ending at byte e (exclusive): back to a space, line break, quote or '('.
uint32_t word_start(std::string_view text, uint32_t e) {
  while (e > 0 && !kWordStop[static_cast<unsigned char>(text[e - 1])]) --e;
  return e;
}

// Length in tokens of a role phrase starting at token i (1 or 2), 0 when none; kind out.
size_t role_at(std::string_view text, const std::vector<Token>& t, size_t i, size_t b, const Lexicon& lex,
               RoleKind& kind) {
  if (t[i].connector) return 0;
  if (i + 1 < b && !t[i + 1].connector) {
    const std::string_view pair = text.substr(t[i].begin, t[i + 1].end - t[i].begin);
    if (const RoleKind* k = lex.role(pair); k && *k != RoleKind::Modifier) {
      kind = *k;
      return 2;
    }
  }
  const RoleKind* k = Lexicon::role(t[i].facts);
  // "Chinese Vice-Premier Tian Jiyun": a hyphenated form of a listed role
  if (!k && !t[i].facts) k = hyphenated_role(word(text, t[i]), lex);
  if (!k) return 0;
  kind = *k;
  return 1;
}

// "Agriculture Minister", "Oil Minister", "Social Affairs and Labour Secretary": the ordinary
// capitalized words before a minister or secretary name the office's portfolio (not an
// organization of their own); not a word opening organization names ("Labour Party Secretary").
bool portfolio_word(const Token& t) {
  return !t.connector && Lexicon::common_word(t.facts) && !Lexicon::known(t.facts) &&
         !Lexicon::first_name(t.facts) && !Lexicon::role(t.facts) &&
         !Lexicon::org_cue(t.facts, CuePosition::First);
}

// The first token of the portfolio before a minister or secretary at token i (i when none):
// portfolio words, joined by "and".
size_t portfolio_begin(std::string_view text, const std::vector<Token>& t, size_t a, size_t i) {
  // (also "Vice-Minister", "Undersecretary", "Under-Secretary")
  const std::string_view head = word(text, t[i]);
  if (!head.ends_with("Minister") && !ascii_ends_with_lower(head, "secretary")) return i;
  size_t begin = i;
  while (begin > a && portfolio_word(t[begin - 1])) {
    --begin;
    if (begin >= a + 2 && word(text, t[begin - 1]) == "and" && portfolio_word(t[begin - 2])) begin -= 2;
  }
  return begin;
}

}  // namespace

// The end of a known place of one to three words opening tokens [from, b), or from: "New York"
// of "New York Thomas Renyi".
static size_t place_end(std::string_view text, const std::vector<Token>& t, size_t from, size_t b,
                        const Lexicon& lex) {
  size_t end = from;
  for (size_t k = from + 1; k <= b && k <= from + 3; ++k) {
    if (t[k - 1].connector) break;
    const KnownName* place =
        k == from + 1 ? Lexicon::known(t[from].facts) : lex.known(slice(text, t, from, k));
    if (place && is_place(place->type)) end = k;
  }
  return end;
}

// "... of the Bank of England Mervyn King", "... of India Raghuram Rajan": after a known place
// (tokens [from, k)), two or three words that name nothing else (no listed name or place but a
// city, company word, acronym in capitals or number) are a person's name whose given name no list
// holds: k, or b. Not "of California Los Angeles" (a place) nor "of Tokyo Mitsubishi UFJ".
static size_t name_after_place(std::string_view text, const std::vector<Token>& t, size_t k, size_t b,
                               const Lexicon& lex) {
  if (b < k + 2 || b > k + 3 || lex.known(slice(text, t, k, b))) return b;
  const bool plain_name = std::all_of(
      t.begin() + static_cast<std::ptrdiff_t>(k), t.begin() + static_cast<std::ptrdiff_t>(b),
      [&](const Token& x) {
        const std::string_view w = word(text, x);
        const KnownName* k = Lexicon::known(x.facts);  // a city may be a family name ("Fukui")
        return !x.connector && (!k || k->city) && !Lexicon::org_cue(x.facts, CuePosition::Last) &&
               !Lexicon::org_cue(x.facts, CuePosition::Suffix) &&
               !Lexicon::org_cue(x.facts, CuePosition::First) && !caps_word(w) && !is_ascii_digit(w[0]);
      });
  return plain_name ? k : b;
}

size_t given_name_after_of(std::string_view text, const std::vector<Token>& t, size_t from, size_t b,
                           const Lexicon& lex) {
  size_t last_connector = from;
  for (size_t i = from; i < b; ++i) {
    const std::string_view w = word(text, t[i]);
    if (w == "of" || w == "the" || w == "for" || w == "and") last_connector = i + 1;  // not "van", "bin"
  }
  // past a place the office is of: "York" of "Bank of New York Thomas Renyi" is no given name
  const size_t after_place = place_end(text, t, std::max(from, last_connector), b, lex);
  for (size_t i = after_place; i + 1 < b; ++i) {
    const std::string_view w = word(text, t[i]);
    const size_t dash = w.find('-');  // "Jean-Luc": a given name before the hyphen
    // (not "Bank" of "the World Bank Ian Goldin": a company word the given-name list also holds)
    if ((Lexicon::first_name(t[i].facts) && !Lexicon::org_cue(t[i].facts, CuePosition::Last) &&
         !Lexicon::org_cue(t[i].facts, CuePosition::First)) ||
        (dash != std::string_view::npos && lex.first_name(w.substr(0, dash))))
      return i;
  }
  return after_place > std::max(from, last_connector) ? name_after_place(text, t, after_place, b, lex) : b;
}

namespace {

// After "Minister of Foreign Affairs": where the name starts — at its given name, else the
// last two words.
size_t name_after_of(std::string_view text, const std::vector<Token>& t, size_t from, size_t b,
                     const Lexicon& lex) {
  if (const size_t i = given_name_after_of(text, t, from, b, lex); i < b) return i;
  return b >= from + 3 ? b - 2 : b;
}

}  // namespace

std::optional<RoleInRun> find_role_in_run(std::string_view text, const std::vector<Token>& t, size_t a,
                                          size_t b, const Lexicon& lex) {
  for (size_t i = a; i + 1 < b; ++i) {
    RoleKind kind = RoleKind::Role;
    size_t len = role_at(text, t, i, b, lex, kind);
    if (len == 0 || kind == RoleKind::Modifier) continue;
    RoleInRun r{i, i + len, i + len};
    if (len == 1) r.role_begin = portfolio_begin(text, t, a, i);
    while (r.role_begin > a) {  // "Former President", "Chinese President", "West German Minister"
      if (r.role_begin >= a + 2 && !t[r.role_begin - 2].connector &&
          Lexicon::nationality(lex.facts(slice(text, t, r.role_begin - 2, r.role_begin)))) {
        r.role_begin -= 2;
        continue;
      }
      const WordFacts* w = t[r.role_begin - 1].facts;
      const RoleKind* k = Lexicon::role(w);
      if (!(k && *k == RoleKind::Modifier) && !Lexicon::nationality(w)) break;
      --r.role_begin;
    }
    while (r.role_end < b && (len = role_at(text, t, r.role_end, b, lex, kind)) > 0) {
      // "Mr King", "Dr Bishop": the last word after an honorific is a surname, not a title
      if (len == 1 && r.role_end + 1 == b &&
          surname_after(word(text, t[r.role_end - 1]), Lexicon::role(t[r.role_end - 1].facts)))
        break;
      r.role_end += len;
    }
    r.name_begin = r.role_end;
    size_t n = r.name_begin;
    if (r.role_end < b && word(text, t[r.role_end]) == "of") {
      r.name_begin = n = name_after_of(text, t, r.role_end + 1, b, lex);
      r.role_end = r.name_begin;
    } else {  // right after the title a surname may open with particles: "President da Silva"
      while (n < b && t[n].connector && name_particle(word(text, t[n]))) ++n;
    }
    if (n >= b || t[n].connector) return std::nullopt;
    // "General Automation", "General Acquisition": a title before one abstract noun (listed as
    // ordinary or not: no surname ends so) or a word ending companies' names ("General Tire") is
    // the first word of a company's name, not a rank before a surname
    if (n + 1 == b && (abstract_noun(word(text, t[n]), t[n].facts) ||
                       org_cue_any_case(word(text, t[n]), t[n].facts, lex, CuePosition::Last)))
      return std::nullopt;
    return r;
  }
  return std::nullopt;
}

namespace {

// "vice minister for international affairs Makoto Kuroda", "State secretary for foreign trade
// Franz Blankart": a government office's portfolio, one to three words in lower case after
// "for", between the office and the name whose words end at end; where "for" starts, or end when
// there is none. Only a minister, secretary, commissioner, envoy or ambassador has one: after
// other roles "for" names whom they work for ("spokesman for distributor Toho", "economist for a
// London broker"), and an article or preposition ends a portfolio.
uint32_t portfolio_after_for(std::string_view text, uint32_t end) {
  constexpr int kMaxWords = 3;
  uint32_t start = end;
  for (int n = 0; n <= kMaxWords; ++n) {
    if (start < 2 || text[start - 1] != ' ') return end;
    const uint32_t w = word_start(text, start - 1);
    const std::string_view word_text = text.substr(w, start - 1 - w);
    if (word_text.empty()) return end;
    if (word_text == "for") {
      if (n == 0 || w < 2 || text[w - 1] != ' ') return end;
      const uint32_t h = word_start(text, w - 1);
      const std::string head = ascii_lower(text.substr(h, w - 1 - h));
      for (const std::string_view office : {"minister", "secretary", "commissioner", "envoy", "ambassador"})
        if (head == office) return w;
      return end;
    }
    if (!std::all_of(word_text.begin(), word_text.end(), is_ascii_lower)) return end;
    for (const std::string_view closed :
         {"the",  "a",  "an", "his", "her", "its", "their", "our", "this", "that",
          "with", "at", "in", "of",  "to",  "on",  "from",  "by",  "as",   "and"})
      if (word_text == closed) return end;
    start = w;
  }
  return end;
}

}  // namespace

std::string role_before(std::string_view text, uint32_t begin, const Lexicon& lex) {
  // In apposition the role ends at a comma: "Japan's prime minister, Taro Aso, said".
  const bool apposition = begin >= 3 && text[begin - 1] == ' ' && text[begin - 2] == ',';
  const uint32_t end = apposition ? begin - 1 : begin;  // one past the space or comma closing the role
  const uint32_t portfolio = apposition ? end : portfolio_after_for(text, end);
  uint32_t start = portfolio, role_start = portfolio;
  bool has_role = false;
  for (int n = 0; n < 4; ++n) {
    const char closing = start == end && apposition ? ',' : ' ';
    // the office right before a portfolio ("minister" of "minister for trade") must be one
    const bool office_first = start == portfolio && portfolio != end;
    if (start < 2 || text[start - 1] != closing) break;
    uint32_t w = word_start(text, start - 1);
    if (w == start - 1) break;
    // Two-word titles are listed whole: "prime minister", "attorney general".
    if (const uint32_t w2 = w >= 2 && text[w - 1] == ' ' ? word_start(text, w - 1) : w;
        w2 < w - 1 && lex.role(text.substr(w2, start - 1 - w2)))
      w = w2;
    const std::string_view word_text = text.substr(w, start - 1 - w);
    const RoleKind* k = lex.role(word_text);
    if (!k) k = hyphenated_role(word_text, lex);
    if (k && *k != RoleKind::Modifier)
      has_role = true;
    else if (office_first || (!k && !(has_role && Lexicon::nationality(lex.facts(word_text)))))
      break;
    start = w;
    if (has_role) role_start = w;
  }
  if (!has_role) return {};
  const std::string_view role = text.substr(role_start, end - 1 - role_start);
  // "the official Tanjug news agency", "the official Opposition": after an article "official" is
  // an adjective ("Treasury official Ann Lee" and "the official, Ann Lee," keep it)
  if (role == "official" && !apposition && role_start >= 4) {
    const uint32_t w = word_start(text, role_start - 1);
    const std::string_view before = text.substr(w, role_start - 1 - w);
    if (before == "the" || before == "The" || before == "an" || before == "its" || before == "their")
      return {};
  }
  return std::string(role);
}

}  // namespace newsclaim
