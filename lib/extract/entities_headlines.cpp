// Entities stage, internal: text whose capitals say nothing about names. Headlines, section
// headings and lead-ins in Title Case or capitals (their ordinary words are dropped), datelines
// ("NEW YORK, March 3 -"), and words never part of a name inside a run (months in a wire
// headline in capitals, a weekday closing a name).
#include <algorithm>
#include <array>
#include <cctype>

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "text/ascii.hpp"
#include "text/month_names.hpp"

namespace newsclaim {

constexpr size_t kDatelineParagraphs = 2;  // headline, dateline paragraph, and one spare
constexpr size_t kDatelineWords = 4;       // "RIO DE JANEIRO", "SAN LUIS OBISPO"
constexpr size_t kDatelineReach = 40;      // bytes after the place searched for the date

// The short words Title Case leaves in lower case: articles, conjunctions, prepositions. Any
// other short word in lower case ("met", "saw", "won") in a paragraph that ends a sentence is
// running text: "Ministers met at the Asian Development Bank in Manila." is no headline (wire
// tables' "nil", "unch" and "mln" end none).
static bool title_case_minor(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kMinor = {
      "a",  "an", "the", "and", "but", "or",  "nor", "for", "so",  "yet", "at",
      "by", "in", "of",  "off", "on",  "per", "to",  "up",  "via", "as",  "vs"};
  while (!w.empty() && !is_ascii_alpha(w.back())) w.remove_suffix(1);  // "to," "of:"
  return std::find(kMinor.begin(), kMinor.end(), w) != kMinor.end();
}

// Words of more than three letters in p that open with a capital, or -1 when one opens in
// lower case (running text), as does a short lower-case word other than Title Case's minor
// words when p ends a sentence; words counts them all.
static int capitalized_words(std::string_view p, int& words) {
  size_t last = p.find_last_not_of(" \"'\t");
  const bool sentence_end =
      last != std::string_view::npos && (p[last] == '.' || p[last] == '!' || p[last] == '?');
  int upper = 0;
  words = 0;
  size_t i = 0;
  while (i < p.size()) {
    size_t j = p.find(' ', i);
    if (j == std::string_view::npos) j = p.size();
    const std::string_view w = p.substr(i, j - i);
    words += j > i;
    if (w.size() > 3 && w[0] >= 'A' && w[0] <= 'Z')
      ++upper;
    else if (w[0] >= 'a' && w[0] <= 'z' && (w.size() > 3 || (sentence_end && !title_case_minor(w))))
      return -1;
    i = j + 1;
  }
  return upper;
}

// Whether the words of capitals w from i on are all ordinary words ("TRUCK PRICES", "CROP
// WEATHER SUMMARY"): after a place, such words make a column's title, not a dateline.
static bool plain_caps_tail(const std::vector<std::string_view>& w, size_t i, const Lexicon& lex) {
  for (; i < w.size(); ++i) {
    const std::string t = title_case(w[i]);
    const WordFacts* f = lex.facts(t);
    if (!Lexicon::common_word(f) || Lexicon::known(f)) return false;
  }
  return true;
}

// Whether a word or two adjacent words of capitals s ("NEW YORK CITY") are a known place in
// title case ("New York"), not followed by a column's title of ordinary words only.
static bool names_place(std::string_view s, const Lexicon& lex) {
  std::vector<std::string_view> w;
  for (size_t i = 0; i < s.size();) {
    const size_t j = std::min(s.find(' ', i), s.size());
    if (j > i) w.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  for (size_t i = 0; i < w.size(); ++i) {
    for (size_t n = 1; n <= 2 && i + n <= w.size(); ++n) {
      const std::string_view last = w[i + n - 1];
      const KnownName* k =
          lex.known(title_case(s.substr(w[i].data() - s.data(), last.data() + last.size() - w[i].data())));
      // a region names a dateline only whole ("MIDWEST CASH GRAIN -" is a column's title)
      if (k && is_place(k->type) && (k->type != EntityType::Loc || (i == 0 && n == w.size())) &&
          (i + n == w.size() || !plain_caps_tail(w, i + n, lex)))
        return true;
    }
  }
  return false;
}

// "Gender Equality.", "War and Peace": a short paragraph of ordinary capitalized words alone
// (not "New York.", "Contributing: Ray Locker").
static bool section_heading(std::string_view p, const Lexicon& lex) {
  constexpr size_t kHeading = 40, kWords = 4;
  if (p.size() > kHeading) return false;
  while (!p.empty() && (p.back() == '.' || p.back() == ' ')) p.remove_suffix(1);
  size_t words = 0, i = 0;
  while (i < p.size()) {
    const size_t j = std::min(p.find(' ', i), p.size());
    const std::string_view w = p.substr(i, j - i);
    const bool lower = !w.empty() && w[0] >= 'a' && w[0] <= 'z';
    if (++words > kWords || (!lower && !plain_word(w, lex)) || (lower && w.size() > 3)) return false;
    i = j + 1;
  }
  return words > 0;
}

// Where s first holds the byte c with a space after it and, when before is 1, a space before it
// too: s.find(": ") for (':', 0), s.find(" - ") for ('-', 1). Searched by c, which is rare,
// rather than by the space.
static size_t find_around(std::string_view s, char c, size_t before) {
  for (size_t i = s.find(c, before); i != std::string_view::npos; i = s.find(c, i + 1)) {
    if (i + 1 < s.size() && s[i + 1] == ' ' && (before == 0 || s[i - 1] == ' ')) return i - before;
  }
  return std::string_view::npos;
}

// A wire headline in capitals: three words or more and no lower-case letter ("FED EXPECTED TO
// ADD RESERVES", "ICAHN DROPS BID FOR TWA").
static bool capitals_headline(std::string_view p) {
  // first the test that fails within a few bytes of running text
  return std::none_of(p.begin(), p.end(), is_ascii_lower) && std::count(p.begin(), p.end(), ' ') >= 2 &&
         std::any_of(p.begin(), p.end(), is_ascii_upper);
}

// How many leading bytes of paragraph p are in Title Case, where a capital says nothing: a
// headline (three capitalized words or more, none in lower case), a short section heading
// ("Gender Equality."), or a lead-in in Title Case or capitals before a colon or a dash
// ("Limited Tools to Fight Terrorism: The United Nations was ..."); 0 when none.
static uint32_t title_case_end(std::string_view p, const Lexicon& lex) {
  constexpr size_t kLeadIn = 80;
  int words = 0;
  const int upper = capitalized_words(p, words);
  if (upper >= 3 || (upper >= 1 && section_heading(p, lex))) return static_cast<uint32_t>(p.size());
  // Only a colon or dash within kLeadIn bytes counts: the search stops there (a paragraph's
  // every space would be looked at for " - ").
  const std::string_view head = p.substr(0, kLeadIn + 3);
  const size_t colon = find_around(head, ':', 0), dash = find_around(head, '-', 1);
  const size_t end = std::min(colon, dash);
  // not a list item naming someone ("- Tim Dams, Screen International: Film - ..."), nor a filing
  // ("Southeast Banking Corp <STB> - Offering of ...")
  if (end == std::string_view::npos || end > kLeadIn ||
      p.substr(0, end).find_first_of(",<") != std::string_view::npos)
    return 0;
  const std::string_view lead = p.substr(0, end);
  // "CONGRESS HAS INVESTIGATED HIM - Oz's advice ...": a lead-in all in capitals, before a colon or a
  // dash; one in Title Case only before a colon
  const bool capitals = std::none_of(lead.begin(), lead.end(), is_ascii_lower);
  const bool enough = capitals ? std::count(lead.begin(), lead.end(), ' ') >= 2 && !names_place(lead, lex)
                               : end == colon && capitalized_words(lead, words) >= 3;
  return enough ? static_cast<uint32_t>(end) : 0;
}

bool TitleCaseScan::at(uint32_t b) {
  const std::vector<Span>& paragraphs = ctx_.layout.paragraphs;  // in order, none overlapping
  while (paragraph_ < paragraphs.size() && paragraphs[paragraph_].end <= b) ++paragraph_, measured_ = false;
  caps_headline_ = false;
  if (paragraph_ >= paragraphs.size() || paragraphs[paragraph_].begin > b) return false;  // between lines
  if (!measured_) {
    const Span para = paragraphs[paragraph_];
    const std::string_view p = ctx_.doc.norm_slice(para);
    title_end_ = para.begin + title_case_end(p, lex_);
    paragraph_caps_headline_ = capitals_headline(p);
    measured_ = true;
  }
  caps_headline_ = paragraph_caps_headline_;
  return b < title_end_;
}

// An all-caps headline word is kept only when a gazetteer knows it in any case or the article
// writes it in normal case elsewhere ("BRISTOW" with a later "Bristow"): capitals say nothing.
static bool vouched_caps_word(std::string_view w, const WordFacts* f, const DocWords& doc,
                              const Lexicon& lex) {
  if (lex.acronym(w, f) || doc.mid_sentence.count(w)) return true;
  const std::string title = title_case(w);
  return lex.known(title) || doc.mid_sentence.count(title);
}

// w (ASCII capitals) in title case in buf ("FEBRUARY" -> "February"); empty when w does not fit
// or is not ASCII. changed: set when the result differs from w (a capital after the first byte).
static std::string_view ascii_title(std::string_view w, std::array<char, 16>& buf, bool& changed) {
  changed = false;
  if (w.size() > buf.size()) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) return changed = false, std::string_view();
    const bool lower = i > 0 && c >= 'A' && c <= 'Z';
    changed |= lower;
    buf[i] = lower ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf.data(), w.size()};
}

// The last byte of ascii_title(w) for a non-empty w: lower-cased unless it is the first.
static char title_back(std::string_view w) { return w.size() > 1 ? ascii_lower(w.back()) : w.back(); }

// One of the few hundred most frequent words, in any case ("FOR", "To"), where a company's name
// in a headline cannot reach back past; f = lex.facts(w).
static bool frequent(std::string_view w, const WordFacts* f, const Lexicon& lex) {
  f = facts_or_lower_case(w, f, lex);
  return f && f->has(WordFacts::kFrequent);
}

bool org_cue_any_case(std::string_view w, const WordFacts* f, const Lexicon& lex, CuePosition p) {
  if (Lexicon::org_cue(f, p)) return true;
  if (w.empty()) return false;
  // The title-case form's shape first (its first byte, its last lower-cased, its length): asked
  // of every word of a headline in capitals, and nearly all are no cue of any kind.
  if (!lex.may_be_role_or_cue(w.front(), title_back(w), w.size())) return false;
  std::array<char, 16> buf;
  bool changed = false;  // the title-case form differs from w: only then is there more to ask
  const std::string_view title = ascii_title(w, buf, changed);
  return changed && lex.org_cue(title, p);
}

// Tokens [first, end) of a company's name closed by a legal suffix in t ("KESTREL PUMPS LTD",
// "TO REDEEM RCA CORP" -> "RCA CORP"): back from the last suffix to a frequent word; {0, 0}
// when t has no suffix. Results tables name their company only in the headline.
static std::pair<size_t, size_t> company_before_suffix(std::string_view text, const std::vector<Token>& t,
                                                       const Lexicon& lex) {
  for (size_t end = t.size(); end > 0; --end) {
    const Token& s = t[end - 1];
    const std::string_view w = word(text, s);
    // "BUYS SWEDISH COMPANY", "HOLDING COMPANY": the word in full is mostly a common noun there
    if (w == "COMPANY" || w == "Company" || !org_cue_any_case(w, s.facts, lex, CuePosition::Suffix)) continue;
    size_t first = end - 1;
    while (first > 0 &&
           (t[first - 1].connector || !frequent(word(text, t[first - 1]), t[first - 1].facts, lex)))
      --first;
    while (first < end && t[first].connector) ++first;
    // a suffix alone ("CONVERTS TO CORP") names no company
    if (first + 1 == end) return {0, 0};
    return {first, end};
  }
  return {0, 0};
}

// Whether token i, kept, would stand as a name of its own: no kept word beside it in its
// segment (connectors aside).
static bool kept_alone(const std::vector<Token>& t, size_t i) {
  for (size_t k = i; k > 0 && !t[k - 1].break_after && !t[k - 1].drop;) {
    if (!t[--k].connector) return false;
  }
  for (size_t k = i; k + 1 < t.size() && !t[k].break_after && !t[k + 1].drop;) {
    if (!t[++k].connector) return false;
  }
  return true;
}

// An ordinary word left alone ("BANK", "COFFEE", "NEW"), vouched for only by the story's
// longer names ("Bank of Japan", "International Coffee Organization"), is no name: the story
// must write it alone, or in capitals, or the lists know it.
static bool plain_caps_word_alone(std::string_view w, const WordFacts* f, const DocWords& doc,
                                  const Lexicon& lex) {
  if (!plain_word(w, f, lex) || lex.acronym(w, f) || doc.mid_sentence.count(w)) return false;
  const std::string title = title_case(w);
  return !lex.known(title) && !doc.alone.count(title);
}

// Drops each word in capitals that plain_caps_word_alone() rules out.
static void drop_plain_caps_alone(std::string_view text, const DocWords& doc, const Lexicon& lex,
                                  std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string_view w = word(text, t[i]);
    if (!t[i].drop && !t[i].connector && caps_word(w) && kept_alone(t, i) &&
        plain_caps_word_alone(w, t[i].facts, doc, lex))
      t[i].drop = true;
  }
}

// Which tokens of a headline two or three words a list knows together hold, whatever each is
// alone: "LOSSES IN NEW YORK", "Gold Falls In New York", "SOUTH AFRICA CUTS".
static std::vector<bool> known_together(std::string_view text, const std::vector<Token>& t,
                                        const Lexicon& lex) {
  std::vector<bool> together(t.size(), false);
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    for (size_t len = std::min<size_t>(3, t.size() - i); len >= 2; --len) {
      if (lex.known(title_case(slice(text, t, i, i + len)))) {
        std::fill(together.begin() + static_cast<long>(i), together.begin() + static_cast<long>(i + len),
                  true);
        break;
      }
    }
  }
  return together;
}

// In a Title Case headline an ordinary word is dropped unless the article capitalizes it
// elsewhere in running text ("Apple" in "Apple Unveils New Phone"), or it names a company by
// its suffix, or it and its neighbours name a known place or body ("New York").
void drop_headline_words(std::string_view text, const DocWords& doc, const Lexicon& lex,
                         std::vector<Token>& t) {
  const auto [company_first, company_end] = company_before_suffix(text, t, lex);
  const std::vector<bool> together = known_together(text, t, lex);
  for (size_t i = 0; i < t.size(); ++i) {
    Token& tok = t[i];
    const std::string_view w = word(text, tok);
    if (tok.connector || together[i] || (i >= company_first && i < company_end)) continue;
    if (caps_word(w) ? !vouched_caps_word(w, tok.facts, doc, lex)
                     : (plain_word(w, tok.facts, lex) || (!tok.facts && ordinary_unlisted(text, w, lex))) &&
                           !doc.mid_sentence.count(w))
      tok.drop = true;
  }
  drop_plain_caps_alone(text, doc, lex, t);
}

bool dateline_run(const Context& ctx, const Lexicon& lex, const std::vector<Token>& t) {
  const std::string_view text = ctx.doc.norm();
  // Where the run stands first: asked of every run opening a sentence, and in a wire story in
  // capitals most runs are all caps, a lexicon probe or two per word.
  if (t.size() > kDatelineWords || !caps_word(word(text, t.front()))) return false;
  const size_t p = ctx.layout.paragraph_at(t.front().begin);
  // A dateline opens the story, and a place name is short: not "NOTE - Div pay ..." at the end
  // of an earnings table, nor a headline ("DENG SETS LIMIT TO CHINA GRAIN IMPORTS, PAPER SAYS").
  if (p >= ctx.layout.paragraphs.size() || p > kDatelineParagraphs) return false;
  size_t start = ctx.layout.paragraphs[p].begin;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) ++start;
  if (start != t.front().begin) return false;
  size_t plain = 0;
  for (const Token& tok : t) {
    // no company suffix in a place ("CCIC FINANCE LTD -")
    const std::string_view w = word(text, tok);
    if (!caps_word(w) || org_cue_any_case(w, tok.facts, lex, CuePosition::Suffix)) return false;
    plain += plain_word(w, tok.facts, lex);
  }
  const std::string_view after = text.substr(t.back().end, 4);
  // "CONGRESS HAS INVESTIGATED HIM - ...": a lead-in of ordinary words naming no place is no
  // dateline (in "NEW YORK CITY -" a list knows "New York")
  // ("ECONOMIC SPOTLIGHT -", "CORRECTED -": a label of ordinary words only, before the headline)
  if (after.starts_with(" -") || after.starts_with(" _ "))
    return names_place(slice(text, t, 0, t.size()), lex) || (plain < t.size() && (t.size() < 3 || plain < 2));
  if (after.starts_with(" (")) return true;
  if (!(after.size() >= 3 && after[0] == ',' && after[1] == ' ' &&
        ((after[2] >= 'A' && after[2] <= 'Z') || (after[2] >= '0' && after[2] <= '9'))))
    return false;
  // ", March 3 -", ", MICH., June 18 -": a date follows on the line (not ", PAPER SAYS")
  const std::string_view line = text.substr(t.back().end, kDatelineReach);
  const std::string_view rest = line.substr(0, line.find('\n'));
  return has_digit(rest);
}

// A word that closes or ends a company's name, in capitals or not ("INC", "Corp", "BANK").
static bool company_word(std::string_view w, const WordFacts* f, const Lexicon& lex) {
  return org_cue_any_case(w, f, lex, CuePosition::Last) || org_cue_any_case(w, f, lex, CuePosition::Suffix);
}

void drop_caps_headline_words(std::string_view text, const DocWords& doc, const Lexicon& lex,
                              std::vector<Token>& t) {
  for (const Token& tok : t) {
    if (company_word(word(text, tok), tok.facts, lex)) return;  // "SEA CONTAINERS LTD": results tables
  }
  if (lex.known(title_case(slice(text, t, 0, t.size())))) return;  // "SAUDI ARABIA"
  const std::vector<bool> together = known_together(text, t, lex);
  for (size_t i = 0; i < t.size(); ++i) {
    Token& tok = t[i];
    const std::string_view w = word(text, tok);
    if (!tok.connector && !together[i] && caps_word(w) && !vouched_caps_word(w, tok.facts, doc, lex))
      tok.drop = true;
  }
  drop_plain_caps_alone(text, doc, lex, t);
}

bool caps_title_not_name(std::string_view w, const WordFacts* f, const Lexicon& lex) {
  if (w.size() < 3 || !caps_word(w)) return false;
  // the title-case form's shape first: most words in capitals are no month or weekday
  if (!lex.may_be_not_name(w.front(), title_back(w), w.size())) return false;
  std::array<char, 16> buf;
  bool changed = false;
  const std::string_view title = ascii_title(w, buf, changed);
  return !title.empty() && !lex.acronym(w, f) && lex.not_name(title);
}

void drop_caps_not_names(std::string_view text, const Lexicon& lex, std::vector<Token>& t) {
  if (t.size() < 2) return;
  for (const Token& tok : t) {
    const std::string_view w = word(text, tok);
    if (!caps_word(w)) return;
    if (company_word(w, tok.facts, lex)) return;  // "PEGASUS GOLD INC": a company's own words stay
  }
  for (Token& tok : t) {
    if (caps_title_not_name(word(text, tok), tok.facts, lex)) tok.drop = true;
  }
}

void drop_trailing_weekday(std::string_view text, const Lexicon& lex, std::vector<Token>& t) {
  size_t first = 0;  // the first token of the current segment (runs join names with "and", "of")
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].connector) {
      first = i + 1;
      continue;
    }
    const bool closes = i + 1 == t.size() || t[i].break_after || t[i + 1].connector;
    const std::string_view w = word(text, t[i]);
    const bool day_shaped = w.size() >= 6 && w.size() <= 9 && w.ends_with("day");  // every weekday is
    if (i > first && closes && day_shaped && is_weekday_name(w)) {
      t[i].drop = true;
      bool plain = true;
      for (size_t k = first; k < i && plain; ++k)
        plain = t[k].drop || plain_word(word(text, t[k]), t[k].facts, lex);
      for (size_t k = first; k < i && plain; ++k) t[k].drop = true;
    }
    if (t[i].break_after) first = i + 1;
  }
}

}  // namespace newsclaim
