#include "extract/entities_capitals.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "extract/entities_internal.hpp"
#include "extract/entities_joins.hpp"
#include "extract/entities_scan.hpp"
#include "text/ascii.hpp"
#include "text/month_names.hpp"

namespace newsclaim {

constexpr size_t kDatelineLine = 60;  // bytes of a dateline from its line start to the dash

static bool only_punctuation(std::string_view s) {
  for (unsigned char c : s) {
    if (is_ascii_alnum(static_cast<char>(c))) return false;  // std::isalnum in the C locale
  }
  return s.size() <= 6;
}

bool dated_dateline(std::string_view text, size_t dash) {
  if (dash == 0 || !std::isdigit(static_cast<unsigned char>(text[dash - 1]))) return false;
  const size_t nl = text.rfind('\n', dash);
  const size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  const auto upper = [&](size_t i) { return std::isupper(static_cast<unsigned char>(text[i])) != 0; };
  return dash - start <= kDatelineLine && start + 1 < dash && upper(start) && upper(start + 1);
}

// "threat: 1) If these ...", "(b) Where": a list item's number or letter opens a clause.
static bool after_enumerator(std::string_view text, uint32_t b) {
  if (b < 3 || !holds_at(text, b - 2, ") ")) return false;
  size_t i = b - 2;
  const auto digit = [&](size_t k) { return std::isdigit(static_cast<unsigned char>(text[k])) != 0; };
  if (digit(i - 1)) {
    --i;
    if (i > 0 && digit(i - 1)) --i;
  } else if (std::islower(static_cast<unsigned char>(text[i - 1])) != 0) {
    --i;
  } else {
    return false;
  }
  if (i > 0 && text[i - 1] == '(') --i;
  return i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n';
}

// True at a sentence start, and after an opening quote ('as: "As long as ...'), where a
// capital says nothing about a name either.
static bool starts_sentence(const Context& ctx, size_t& sentence, uint32_t b) {
  const std::string& text = ctx.doc.norm();
  // an opening quote, also the ``...'' of wire and treebank text
  const bool quote = b >= 2 && (text[b - 1] == '"' || text[b - 1] == '`');
  if (quote && (text[b - 2] == ' ' || text[b - 2] == '(' || text[b - 2] == '\n' || text[b - 2] == '`'))
    return true;
  // "PORT ALDEN - City council voted", "WASHINGTON _ Following are": the story's first sentence
  // starts after a dateline dash (or the underscore some wires write for it).
  if (b >= 5 && (holds_at(text, b - 3, " - ") || holds_at(text, b - 3, " _ ")) &&
      caps_word(std::string_view(text).substr(b - 5, 2)))
    return true;
  // "NOTE: Prior year net ...", "the question: How much ...": a colon opens a clause, whose
  // first capital says no more than a sentence's.
  if (b >= 3 && holds_at(text, b - 2, ": ")) return true;
  if (after_enumerator(text, b)) return true;
  const auto& ss = ctx.layout.sentences;
  while (sentence < ss.size() && ss[sentence].end <= b) ++sentence;
  if (sentence >= ss.size() || ss[sentence].begin > b) return false;
  return only_punctuation(
      std::string_view(ctx.doc.norm()).substr(ss[sentence].begin, b - ss[sentence].begin));
}

static bool joins_across_on(std::string_view text, const Lexicon& lex, Span left, Span right);

// "Goldman, Sachs and Co", "Smith Barney, Harris Upham and Co Inc", "Merrill Lynch, Pierce,
// Fenner and Smith Inc": a partnership's names, split by commas, end in "and", one more name
// and a legal suffix (or "and Co", "and Sons"). Each part is one or two words that are no
// place (but the one before "and"), acronym in capitals, legal suffix, month or weekday, listed non-name
// ("However") nor one of the most frequent words ("On Thursday, Bear, Stearns and Co"); the name after "and"
// is no ordinary word ("Credit Lyonnais, Mitsui Trust and Banking Co Ltd" lists two banks),
// and a listing has more: "Ford, Chrysler and General Motors Corp".
struct Partnership {
  size_t last = 0;   // the last of the scanner's spans it takes
  uint32_t end = 0;  // where it ends, after its suffixes: the rest of that span is a run of its own
};

static std::optional<Partnership> partnership_at(std::string_view text, const Lexicon& lex,
                                                 const std::vector<Span>& spans, size_t k) {
  constexpr size_t kMaxParts = 4;
  const auto facts = [&](std::string_view w) {
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);  // "LLC.", "Inc."
    return lex.facts(w);
  };
  const auto part = [&](std::string_view p, bool before_and) {
    const size_t space = p.find(' ');
    if (p.empty() || (space != std::string_view::npos && p.find(' ', space + 1) != std::string_view::npos))
      return false;
    // (a town may name a partner: "Kidder, Peabody and Co")
    if ((!before_and && lex.known_place(p)) || caps_word(p)) return false;
    for (const std::string_view w :
         {p.substr(0, space), space == std::string_view::npos ? p : p.substr(space + 1)}) {
      const WordFacts* f = facts(w);
      if (Lexicon::frequent_word(f) || Lexicon::has(f, WordFacts::kCalendar | WordFacts::kNotName) ||
          Lexicon::org_cue(f, CuePosition::Suffix))
        return false;
    }
    return true;
  };
  size_t j = k;
  while (j + 1 < spans.size() && j - k + 1 < kMaxParts && spans[j].end + 2 == spans[j + 1].begin &&
         text[spans[j].end] == ',' && part(text.substr(spans[j].begin, spans[j].size()), false))
    ++j;
  if (j == k) return std::nullopt;
  const std::string_view last = text.substr(spans[j].begin, spans[j].size());
  const size_t and_at = last.find(" and ");
  if (and_at == std::string_view::npos || !part(last.substr(0, and_at), true)) return std::nullopt;
  size_t at = and_at + 5;  // "Co", "Co Inc", "Smith Inc"
  size_t space = last.find(' ', at);
  const std::string_view partner =
      last.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
  const bool firm_word =
      partner == "Co" || partner == "Company" || partner == "Sons" || partner == "Associates";
  if (!firm_word && (Lexicon::frequent_word(facts(partner)) || plain_word(partner, facts(partner), lex)))
    return std::nullopt;
  size_t end = at + partner.size();
  bool suffix = false;
  while (space != std::string_view::npos) {  // the legal suffixes after it: "Co Inc", "Smith Ltd"
    at = space + 1;
    space = last.find(' ', at);
    const std::string_view w =
        last.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
    if (!Lexicon::org_cue(facts(w), CuePosition::Suffix)) break;
    suffix = true;
    end = at + w.size();
  }
  if (!firm_word && !suffix) return std::nullopt;
  return Partnership{j, spans[j].begin + static_cast<uint32_t>(end)};
}

std::vector<Run> scan_runs(const Context& ctx, const Lexicon& lex) {
  std::vector<Run> runs;
  size_t sentence = 0;
  const std::string_view text = ctx.doc.norm();
  TitleCaseScan title_case(ctx, lex);
  std::vector<Span> spans = scan_capitalized_runs(text, lex.connectors());
  for (size_t k = 0; k < spans.size(); ++k) {
    Span s = spans[k];
    const std::optional<Partnership> firm = partnership_at(text, lex, spans, k);
    const bool partnership = firm.has_value();
    if (firm) {
      s.end = firm->end, k = firm->last;
      // "Goldman, Sachs and Co and Lazard Freres and Co": what follows the suffix is scanned again
      uint32_t next = firm->end;
      while (next < spans[k].end && (text[next] == ' ' || text[next] == '.' || is_ascii_lower(text[next])))
        ++next;
      if (next < spans[k].end) spans[k].begin = next, --k;
    }
    // "GENVAL, Belgium, June 2 - Plans to ...": one word after a dated dateline opens the story's
    // sentence ("Colonial Bancgroup said", "Sears, Roebuck and Co" there keep their first word).
    const bool after_dateline = s.begin >= 3 && holds_at(text, s.begin - 3, " - ") &&
                                text.substr(s.begin, s.size()).find(' ') == std::string_view::npos &&
                                (s.end >= text.size() || text[s.end] != ',') &&
                                dated_dateline(text, s.begin - 3);
    const bool initial = starts_sentence(ctx, sentence, s.begin) || after_dateline;
    if (ctx.layout.in_boilerplate(s)) continue;
    const bool in_title_case = title_case.at(s.begin);
    if (!runs.empty() && joins_across_on(text, lex, runs.back().span, s)) {
      runs.back().span.end = s.end;
      continue;
    }
    runs.push_back({s, initial, in_title_case, !in_title_case && title_case.caps_headline(), partnership});
  }
  return runs;
}

// "the Senate Committee on Foreign Relations", "the General Agreement on Tariffs and Trade":
// "on" goes on with a name after a word of entities/on_heads.tsv, or when the whole is a known
// name; not before a weekday or month ("the Commission on Monday") nor a place.
static bool joins_across_on(std::string_view text, const Lexicon& lex, Span left, Span right) {
  if (right.begin != left.end + 4 || text.substr(left.end, 4) != " on ") return false;
  size_t e = right.begin;
  while (e < right.end && is_ascii_alpha(text[e])) ++e;
  const std::string_view first = text.substr(right.begin, e - right.begin);  // "Thursday" of "Thursday."
  const std::string_view day =
      first.ends_with('s') ? first.substr(0, first.size() - 1) : first;  // "on Thursdays"
  if (is_weekday_name(day) || is_month_name(first)) return false;
  const size_t space = text.rfind(' ', left.end - 1);
  const size_t last_at = space == std::string_view::npos || space < left.begin ? left.begin : space + 1;
  if (lex.on_head(text.substr(last_at, left.end - last_at))) {
    const KnownName* place = lex.known(first);  // "report to the Council on Kosovo"
    return !(place && is_place(place->type));
  }
  for (size_t b = left.begin; b < left.end; b = text.find(' ', b) + 1) {  // "General Agreement on ..."
    const std::string_view whole = text.substr(b, right.end - b);
    if (lex.listed(whole, lex.facts(whole))) return true;
    if (text.find(' ', b) >= left.end) break;
  }
  return false;
}

bool all_caps_ascii(std::string_view w) {
  for (unsigned char c : w) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// "Shake-Up", "Long-Term": a hyphenated word whose every part is an ordinary word, and which
// no list knows as a whole.
// "Co-operation" is "Cooperation" spelt the British way.
static bool plain_compound(std::string_view w, const Lexicon& lex) {
  if (w.find('-') == std::string_view::npos || lex.facts(w)) return false;
  if (w.starts_with("Co-")) return plain_word(std::string("Co").append(w.substr(3)), lex);
  size_t i = 0;
  while (i <= w.size()) {
    const size_t dash = std::min(w.find('-', i), w.size());
    if (dash == i || !plain_word(w.substr(i, dash - i), lex)) return false;
    i = dash + 1;
  }
  return true;
}

// A frequent English word that is neither a known name, a given name nor an organization word
// (a line of business, "Research", is one).
bool plain_word(std::string_view w, const Lexicon& lex) { return plain_word(w, lex.facts(w), lex); }

const WordFacts* facts_or_lower_case(std::string_view w, const WordFacts* f, const Lexicon& lex) {
  std::array<char, 24> lower;
  if (f || w.size() < 2 || w.size() > lower.size() || !all_caps_ascii(w)) return f;
  for (size_t i = 0; i < w.size(); ++i) lower[i] = static_cast<char>(w[i] - 'A' + 'a');  // all A-Z
  return lex.facts(std::string_view(lower.data(), w.size()));
}

bool plain_word(std::string_view w, const WordFacts* f, const Lexicon& lex) {
  if (!f && plain_compound(w, lex)) return true;
  f = facts_or_lower_case(w, f, lex);  // "SEES" in a wire headline
  return f && f->has(WordFacts::kCommon) &&
         !f->has(WordFacts::kKnown | WordFacts::kFirstName | WordFacts::kAcronym) &&
         (!f->has(WordFacts::kCueLast) || lex.business_word(w));
}

std::string_view slice(std::string_view text, const std::vector<Token>& t, size_t a, size_t b) {
  return text.substr(t[a].begin, t[b - 1].end - t[a].begin);
}

// "Additionally," "Finally,": an -ly word and a comma open a sentence, whatever the word list.
static bool introductory_adverb(std::string_view text, const Token& tok) {
  const std::string_view w = word(text, tok);
  if (w.size() <= 4 || !w.ends_with("ly") || tok.end >= text.size() || text[tok.end] != ',') return false;
  const WordFacts* f = tok.facts;  // "Ideally," yes; "Kelly," and "Beverly," are names
  return !f || (f->has(WordFacts::kCommon) && !f->has(WordFacts::kFirstName | WordFacts::kKnown));
}

// Bytes of the longest word looked for in lower case in the text: longer words were never looked
// for, and still are not.
constexpr size_t kMaxLowerFormWord = 32;

static bool lower_form_in_text(std::string_view text, std::string_view w);
static bool mostly_lower(std::string_view text, const DocWords& doc, const Lexicon& lex, std::string_view w,
                         const WordFacts* f);
static bool office_follows(std::string_view text, const Lexicon& lex, std::string_view w);

// The lower-case word after tok, or "" when none follows after one space.
static std::string_view lower_word_after(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return {};
  size_t e = end + 1;
  while (e < text.size() && is_ascii_lower(text[e])) ++e;
  if (e < text.size() && (is_ascii_alpha(text[e]) || text[e] == '-' || text[e] == '\'')) return {};
  return text.substr(end + 1, e - end - 1);
}

// "Trade analysts said", "Security experts say", "Police investigating the fire", "Early
// redemption is not allowed": an ordinary word alone at a sentence start, which the story writes
// nowhere else as a name, qualifies the lower-case noun after it: a participle, or a word that a
// verb follows (the words: entities/opener_words.tsv). A verb, adverb or function word after it
// ("Continental said", "Chase also said",
// "Fleet has") leaves it the subject, as a word no listed verb follows does ("Cyclops employs
// about", "Congress set the"). A word opening institutions'
// names before an office ("Bank spokesman", "Ministry officials") is the short name of the
// story's institution (office_follows); "Oil analysts", "Energy minister" are not.
static bool modifier_opener(std::string_view text, const DocWords& doc, const Lexicon& lex,
                            std::string_view w, const WordFacts* f, const Token& tok) {
  if (!f || !f->has(WordFacts::kCommon) || f->has(WordFacts::kKnown | WordFacts::kAcronym) || caps_word(w) ||
      doc.surnames.count(w) || doc.run_heads.count(w) || doc.name_ends.count(w) || doc.titled.count(w))
    return false;
  const std::string_view next = lower_word_after(text, tok.end);
  if (next.size() < 3 || next.ends_with("ed") || next.ends_with("ly") || next.ends_with("ss")) return false;
  if (lex.opener_word(next, OpenerWord::Subject)) return false;
  // "Police investigating the fire", "Group operating profit"; else a verb after the noun:
  // "analysts said", "redemption will" ("Cyclops employs about", "Congress set the" stay)
  if (!next.ends_with("ing")) {
    const size_t after = static_cast<size_t>(next.data() - text.data()) + next.size();
    const std::string_view verb = lower_word_after(text, after);
    if (!lex.opener_word(verb, OpenerWord::Verb)) return false;
  }
  // a word that opens institutions' names ("Bank of ...", "Ministry of ..."), not "Oil" nor "Energy"
  const bool institution = Lexicon::org_cue(f, CuePosition::First);
  return !(institution && office_follows(text, lex, w));
}

// Whether one of phrases (each opening with its space) follows tok right after it.
template <size_t N>
static bool phrase_follows(std::string_view text, const Token& tok, const std::string_view (&phrases)[N]) {
  if (tok.end >= text.size() || text[tok.end] != ' ') return false;
  const std::string_view rest = text.substr(tok.end, 12);
  return std::any_of(std::begin(phrases), std::end(phrases),
                     [&](std::string_view p) { return rest.starts_with(p); });
}

// "Far better, he said", "Far from it", "Far too little": a comparative or a degree word follows
// the opener, as it follows an adverb and never a person's name.
static bool degree_follows(std::string_view text, const Token& tok) {
  static constexpr std::string_view kDegreeWords[] = {" better", " worse", " more ",   " less ", " fewer ",
                                                      " too ",   " from ", " beyond ", " ahead "};
  return phrase_follows(text, tok, kDegreeWords);
}

// "Early last week", "Early in December", "Late on Friday": words that place the sentence in
// time follow the opener, as they follow an adverb and not a person's name.
static bool time_follows(std::string_view text, const Token& tok) {
  static constexpr std::string_view kTimeWords[] = {" last ", " this ",     " next ",    " in ",     " on ",
                                                    " today", " yesterday", " tomorrow", " that day"};
  return phrase_follows(text, tok, kTimeWords);
}
static bool participle_opener(std::string_view text, std::string_view w);
static bool plural_of_ordinary(std::string_view w, const Lexicon& lex);

// A capitalized word alone at a sentence start that is still an ordinary word: one of the few
// hundred most frequent words even when it is also a given name ("Even", "Any", "Will"), or the
// plural of an ordinary word ("Exports", "Negotiators"; the word list counts subtitles, where
// news plurals are rare).
static bool lone_opener(std::string_view text, std::string_view w, const WordFacts* f, const Lexicon& lex) {
  if (Lexicon::frequent_word(f)) return true;
  return !f && (ordinary_unlisted(text, w, lex) || participle_opener(text, w));
}

// "Commenting on the case, he said": a word in -ing before a preposition opens a participle
// clause ("Manning said", "Fleming's film" stay names). w is a view into text.
static bool participle_opener(std::string_view text, std::string_view w) {
  if (w.size() < 6 || !w.ends_with("ing")) return false;
  const size_t end = static_cast<size_t>(w.data() - text.data()) + w.size();
  if (end >= text.size() || text[end] != ' ') return false;
  const std::string_view rest = text.substr(end + 1, 8);
  static constexpr std::string_view kPrepositions[] = {
      "on ", "at ", "in ", "to ", "about ", "after ", "from ", "with ", "for ", "during ", "before "};
  return std::any_of(std::begin(kPrepositions), std::end(kPrepositions),
                     [&](std::string_view p) { return rest.starts_with(p); });
}

// A word no list knows is ordinary when it is the plural of an ordinary word ("Lawmakers") or
// the article also writes it in lower case ("Dividend pay April 15" in a story about its dividend).
bool ordinary_unlisted(std::string_view text, std::string_view w, const Lexicon& lex) {
  return plural_of_ordinary(w, lex) || lower_form_in_text(text, w);
}

static bool plural_of_ordinary(std::string_view w, const Lexicon& lex) {
  return w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
         plain_word(w.substr(0, w.size() - 1), lex);
}

// Whether the sentence-initial ordinary word t[first] belongs to the name run [first, end):
// the whole is known or capitalized elsewhere, an organization word follows ("Public Services
// ..."), or a content word is followed by another ordinary capitalized word ("Apple Computer",
// "Global News", "White House"; but "When Global News", "Yesterday Nuctech").
static bool keeps_first_word(std::string_view text, const DocWords& doc, const Lexicon& lex,
                             const std::vector<Token>& t, size_t first, size_t end) {
  const std::string_view whole = slice(text, t, first, end);
  if (lex.known(whole) || doc.mid_sentence.count(whole)) return true;
  // "Unlike Patriot," where the article writes "Patriot Coal" mid-sentence: the rest is the name
  if (end == first + 2 && doc.run_heads.count(word(text, t[first + 1]))) return false;
  if (Lexicon::org_cue(t[first].facts, CuePosition::Media)) return true;  // "Die Welt", "Daily Mail"
  for (size_t i = first + 1; i < end; ++i) {
    const WordFacts* x = t[i].facts;
    if (Lexicon::org_cue(x, CuePosition::Last) || Lexicon::org_cue(x, CuePosition::Media)) return true;
  }
  const WordFacts* f = t[first].facts;
  // "General Automation said": a title before one abstract noun opens a company's name
  if (end == first + 2 && Lexicon::role(f) &&
      rare_abstract_noun(word(text, t[first + 1]), t[first + 1].facts))
    return true;
  if (f && f->has(WordFacts::kFrequent)) return false;
  if (end - first == 2 && doc.surnames.count(word(text, t[first + 1]))) return false;  // "Later Brown"
  return plain_word(word(text, t[first + 1]), t[first + 1].facts, lex);
}

// "Telecoms firm Eircom", "Games maker Acclaim", "Drinks group Diageo": a sentence-opening word
// no list knows as a name ("Glasgow firm Weir") names an industry when a company noun and a
// name follow it.
static bool industry_before_name(std::string_view text, const Lexicon& lex, const Token& tok) {
  if (tok.end + 1 >= text.size() || text[tok.end] != ' ') return false;
  const std::string_view rest = text.substr(tok.end + 1, 24);
  const size_t space = rest.find(' ');
  if (space == std::string_view::npos || space + 1 >= rest.size()) return false;
  return lex.org_cue(rest.substr(0, space), CuePosition::CompanyNoun) && rest[space + 1] >= 'A' &&
         rest[space + 1] <= 'Z';
}

// "Say Mexico demanded": one of the most frequent words, even when a list has it as a given
// name, before a name the gazetteers know; the sentence opens with the word, not with a name.
static bool frequent_before_known(std::string_view text, const Lexicon& lex, const std::vector<Token>& t,
                                  size_t first) {
  if (first + 1 >= t.size() || t[first].break_after || t[first + 1].connector) return false;
  const WordFacts* f = t[first].facts;
  if (!Lexicon::frequent_word(f)) return false;
  size_t end = first + 1;
  while (end < t.size() && !t[end - 1].break_after) ++end;
  for (size_t e = first + 2; e <= end; ++e) {
    if (lex.known(slice(text, t, first, e))) return false;  // "New York": the word opens a known name
  }
  return (end == first + 2 ? Lexicon::known(t[first + 1].facts)
                           : lex.known(slice(text, t, first + 1, end))) != nullptr;
}

// "But Bank of Japan officials said", "However Halvern Marine Systems said": an ordinary word
// before a run of two or more words the lists know as a name, or the article writes mid-sentence,
// opens the sentence, not the name (even when a company suffix ends the run).
static bool opener_before_name(std::string_view text, const DocWords& doc, const Lexicon& lex,
                               const std::vector<Token>& t, size_t first) {
  size_t end = first + 1;
  while (end < t.size() && !t[end - 1].break_after) ++end;
  if (end - first < 3 || t[first].break_after || t[first + 1].connector) return false;
  const std::string_view w = word(text, t[first]);
  const WordFacts* f = t[first].facts;
  if (!plain_word(w, f, lex) && !Lexicon::frequent_word(f)) return false;
  const std::string_view rest = slice(text, t, first + 1, end);
  return lex.known(rest) || doc.mid_sentence.count(rest);
}

// "On Monday Halvorsen Marine Corp said", "In March Acme Inc": a frequent word and a weekday or
// month open the sentence, not a name ("Black Friday Sales Ltd" keeps its day).
static bool date_before_name(const std::vector<Token>& t, size_t first) {
  if (first + 2 >= t.size() || t[first].break_after || t[first + 1].break_after || t[first + 1].connector)
    return false;
  const WordFacts* f = t[first].facts;
  return f && f->has(WordFacts::kFrequent) && !f->has(WordFacts::kKnown) &&
         Lexicon::has(t[first + 1].facts, WordFacts::kCalendar);
}

// "Software that can ...", when the story's only other capital "Software" ends "BridgeHead
// Software": an organization's closing word that no name opens is the ordinary word. So is an
// ordinary word the story capitalizes only inside longer names ("Coffee prices fell" beside "the
// International Coffee Organization"), never alone, first or last ("Baker said" after "Treasury
// Secretary James Baker" stays).
static bool only_inside_names(const DocWords& doc, const Lexicon& lex, std::string_view w,
                              const WordFacts* f) {
  if (doc.run_heads.count(w) || Lexicon::known(f) || lex.acronym(w, f)) return false;
  if (Lexicon::org_cue(f, CuePosition::Last)) return true;
  return plain_word(w, f, lex) && !doc.alone.count(w) && !doc.name_ends.count(w);
}

bool after_place_abbreviation(std::string_view text, const Lexicon& lex, const std::vector<Token>& t,
                              size_t i) {
  if (i == 0 || t[i].begin != t[i - 1].end + 1) return false;
  const std::string_view prev = word(text, t[i - 1]);
  if (prev.size() < 4 || prev.back() != '.' || !is_ascii_upper(prev[0])) return false;
  const Acronym* a = lex.acronym(prev, t[i - 1].facts);
  const KnownName* k = Lexicon::known(t[i - 1].facts);
  const bool place = (a && a->type == EntityType::Gpe) || (k && k->type == EntityType::Gpe);
  return place && !lex.known(slice(text, t, i - 1, t.size())) && !lex.known(slice(text, t, i - 1, i + 1));
}

bool capitalized_connector(std::string_view w, const Lexicon& lex) {
  return w.size() <= 4 && is_ascii_upper(w[0]) && lex.connectors().find(ascii_lower(w));
}

// "the U.S. Will remain", "U.S. Exports to Japan shrank", "six month U.S. Dlr deposits", "the U.S.
// And the EC": a word the lists call ordinary, or one that ends the run and would be ordinary
// alone at a sentence start (frequent words even when also given names, plurals of ordinary
// words, words the article writes in lower case), or a capitalized connector.
bool ordinary_after_place(std::string_view text, const Lexicon& lex, const std::vector<Token>& t, size_t i) {
  const std::string_view w = word(text, t[i]);
  if (t[i].connector) return false;
  if (capitalized_connector(w, lex)) return true;
  if (plain_word(w, t[i].facts, lex)) return true;
  if (i + 1 != t.size()) return false;
  const WordFacts* f = t[i].facts;
  if (f && f->has(WordFacts::kCommon) && !f->has(WordFacts::kKnown | WordFacts::kAcronym)) return true;
  return lone_opener(text, w, f, lex);
}

// "However", "This" at a sentence start: dropped unless the document capitalizes the word
// elsewhere too or the rest of the run makes it a name ("New Zealand", "Global News",
// "Public Services and Procurement Canada").
void drop_sentence_initial(std::string_view text, const DocWords& doc, const Lexicon& lex,
                           std::vector<Token>& t, size_t first) {
  if (t[first].drop || t[first].connector) return;
  const std::string_view w = word(text, t[first]);
  const WordFacts* f = t[first].facts;
  if (w == "The" || w == "A" || w == "An") {  // "Nations. The Federal Service": an article opens no name
    t[first].drop = true;
    return;
  }
  // "Neither Downing Street nor", "Several Japanese banks": a word that opens sentences only
  if (w.size() <= 9 && lex.opener_word(ascii_lower(w), OpenerWord::Opener)) {  // "Yesterday"
    t[first].drop = true;
    return;
  }
  if (date_before_name(t, first)) {
    t[first].drop = t[first + 1].drop = true;
    return;
  }
  // "Cable & Wireless said": a listed name across a connector stays whole ("Cable" alone is a
  // plain word)
  if (first + 2 < t.size() && t[first + 1].connector && !t[first].break_after &&
      lex.known(slice(text, t, first, first + 3)))
    return;
  if (opener_before_name(text, doc, lex, t, first)) {
    t[first].drop = true;
    return;
  }
  if (doc.mid_sentence.count(w) && !(first + 1 == t.size() && only_inside_names(doc, lex, w, f))) return;
  if (first + 1 == t.size() && doc.name_heads.count(w)) return;
  if (frequent_before_known(text, lex, t, first) ||
      (first + 1 == t.size() && !Lexicon::known(f) && industry_before_name(text, lex, t[first]))) {
    t[first].drop = true;  // "Say Mexico demanded", "Telecoms firm Eircom"
    return;
  }
  if (first + 1 == t.size() &&
      (generic_institution(text, doc, lex, w, f) || mostly_lower(text, doc, lex, w, f))) {
    t[first].drop = true;
    return;
  }
  if (first + 1 == t.size() && modifier_opener(text, doc, lex, w, f, t[first])) {
    t[first].drop = true;  // "Trade analysts said", "Police investigating the fire"
    return;
  }
  // "Early next year", "Cash flow rose": a lone opener that a given-name list also holds is the
  // ordinary word when the article writes it in lower case, or a time follows it ("Early last
  // week", "Early in December"), and never as a name elsewhere.
  if (first + 1 == t.size() && f && f->has(WordFacts::kFirstName) && f->has(WordFacts::kCommon) &&
      !f->has(WordFacts::kKnown | WordFacts::kAcronym) && !doc.surnames.count(w) &&
      (lower_form_in_text(text, w) || time_follows(text, t[first]) || degree_follows(text, t[first]))) {
    t[first].drop = true;
    return;
  }
  // "Compatriots Mulugeta Wondimu": an unlisted plural of an ordinary word opens no name
  if (!plain_word(w, f, lex) && !introductory_adverb(text, t[first]) && !(!f && plural_of_ordinary(w, lex)) &&
      !(first + 1 == t.size() && lone_opener(text, w, f, lex)))
    return;
  size_t end = first + 1;
  while (end < t.size() && !t[end - 1].break_after) ++end;
  if (end - first > 1 && lex.known(slice(text, t, first, end))) return;  // "Standard & Poor's cut"
  // "HARVEST INC <HRV> 4TH QTR NET": a legal suffix closing a headline's run in capitals vouches
  // for its opener, as one in running text does (collect_doc_words skips such headlines)
  if (end - first > 1 && caps_word(w) && !Lexicon::frequent_word(f) &&
      org_cue_any_case(word(text, t[end - 1]), t[end - 1].facts, lex, CuePosition::Suffix))
    return;
  const std::string_view next = first + 1 < t.size() ? word(text, t[first + 1]) : std::string_view();
  // "Secretary of State George Shultz said": an office opens the run; the role finder takes it.
  const RoleKind* role = Lexicon::role(f);
  if (role && *role == RoleKind::Role && next == "of" && first + 2 < t.size()) return;
  if (first + 1 < t.size() && t[first + 1].connector && next != "and" &&
      next != "&") {  // "When the Air Force"
    t[first].drop = true;
    return;
  }
  if (end - first > 1 && keeps_first_word(text, doc, lex, t, first, end)) return;
  t[first].drop = true;
}

// Whether w's lower-case form stands in text as a word of its own ("city" for "City").
static bool lower_form_in_text(std::string_view text, std::string_view w) {
  return w.size() <= kMaxLowerFormWord && find_word(text, ascii_lower(w)) != std::string_view::npos;
}

// "Oil stocks rose", "Media reports said": an organization's word the story capitalizes only inside
// longer names ("Shell Oil Co", "Monthly Oil Market") and writes more often in lower case.
static bool mostly_lower(std::string_view text, const DocWords& doc, const Lexicon& lex, std::string_view w,
                         const WordFacts* f) {
  if (w.size() > kMaxLowerFormWord || !Lexicon::org_cue(f, CuePosition::Last) ||
      !only_inside_names(doc, lex, w, f))
    return false;
  return count_word(text, ascii_lower(w)) > count_word(text, w) && !office_follows(text, lex, w);
}

// "Bank spokesman Arne Lund", "Committee chairman", "Ministry officials": an office after the word
// (its sentence's first, w a view of text) makes it the short name of the story's institution.
static bool office_follows(std::string_view text, const Lexicon& lex, std::string_view w) {
  size_t at = static_cast<size_t>(w.data() - text.data()) + w.size();
  if (at >= text.size() || text[at] != ' ') return false;
  size_t end = ++at;
  while (end < text.size() && is_ascii_lower(text[end])) ++end;
  std::string_view next = text.substr(at, end - at);
  if (next.size() > 1 && next.back() == 's') next.remove_suffix(1);  // "officials", "spokesmen"
  if (next.ends_with("men")) return lex.role(std::string(next.substr(0, next.size() - 3)) + "man") != nullptr;
  return lex.role(next) != nullptr;
}

bool generic_institution(std::string_view text, const DocWords& doc, const Lexicon& lex, std::string_view w,
                         const WordFacts* f) {
  if (doc.mid_sentence.count(w) || Lexicon::known(f) || lex.acronym(w, f)) return false;
  if (!Lexicon::org_cue(f, CuePosition::Last) && !Lexicon::org_cue(f, CuePosition::First)) return false;
  return lower_form_in_text(text, w);
}

}  // namespace newsclaim
