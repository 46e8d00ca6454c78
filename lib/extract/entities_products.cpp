// Product and event names are none of the entity types: a listed product ("Windows", "Apple
// TV"), a name followed by a model number ("Boeing 747"), continuing a lower-case-led brand
// ("iPod Nano"), or written only before a product or event noun ("the Zephyr Pro laptops", "the
// Harbor Lights festival") is dropped. So are terms defined with an acronym, in Title Case
// ("Maintenance, Repair and Overhaul (MRO)") or lower case ("high-definition TV (HDTV)"), and
// the acronym. After typing, a name only its shape typed that labels a table's row ("Start
// Stcks  16.00  18.30") and an unlisted name in a work title's Title Case ("Meet The Fockers",
// "Your Cheating Heart") are dropped too.
#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "extract/entities_capitals.hpp"
#include "extract/entities_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// "7-6", "18-17", "9-1/2": digit groups of one or two joined by hyphens are a score or a fraction.
bool score_like(std::string_view token) {
  size_t group = 0;
  for (char c : token) {
    if (c == '-')
      group = 0;
    else if (!digit(c) || ++group > 2)
      return false;
  }
  return true;
}

// "2bn", "5m", "21st": a number with a unit or an ordinal suffix is an amount, not a model.
bool amount_suffix(std::string_view token) {
  size_t i = 0;
  while (i < token.size() && digit(token[i])) ++i;
  const std::string_view s = token.substr(i);
  if (i == 0 || s.empty() || s.find('-') != std::string_view::npos) return false;
  for (std::string_view u :
       {"bn", "b", "m", "mn", "k", "p", "pc", "pct", "st", "nd", "rd", "th", "am", "pm"}) {
    if (s == u) return true;
  }
  return false;
}

// The word after byte i (past one space) is a unit making the number before it an amount
// ("104 mln", "300 votes", "362 unch"); case-folded into a small buffer, no allocation.
bool unit_after(std::string_view text, size_t i, const Lexicon& lex) {
  if (i + 1 >= text.size() || text[i] != ' ') return false;
  std::array<char, 12> w{};
  size_t n = 0;
  for (size_t j = i + 1; j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])); ++j) {
    if (n == w.size()) return false;
    w[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[j])));
  }
  return n > 0 && lex.org_cue(std::string_view(w.data(), n), CuePosition::Unit);
}

// " 747", " 777-200LR", " A320neo" right after byte end: a model designation. Amounts ("3,000",
// "2.5", "2bn", "104 mln"), scores ("7-6"), years ("2010"; "Euro 2012" stays an event name)
// and short numbers ("3") are not.
bool model_number_after(std::string_view text, size_t end, const Lexicon& lex) {
  if (end + 2 >= text.size() || text[end] != ' ' || !(digit(text[end + 1]) || digit(text[end + 2])))
    return false;
  size_t i = end + 1, digits = 0;
  while (i < text.size() && (is_ascii_alnum(text[i]) || text[i] == '-')) digits += digit(text[i++]);
  const std::string_view token = text.substr(end + 1, i - end - 1);
  if (token.size() < 3 || digits == 0 || !(digit(token[0]) || digit(token[1]))) return false;
  if (i + 1 < text.size() && (text[i] == ',' || text[i] == '.' || text[i] == '/') && digit(text[i + 1]))
    return false;
  if (i < text.size() && text[i] == '%') return false;
  if (score_like(token) || amount_suffix(token) || unit_after(text, i, lex)) return false;
  const bool year = token.size() == 4 && digits == 4 && (token.starts_with("19") || token.starts_with("20"));
  return !year;
}

// "Standard & Poor's 500", "Halden's 40 index": a possessive name and a number name a stock index
// when the possessive form is a known name or "index"/"stock" follows ("Apple's 500 stores"
// count something the company has).
bool index_after_possessive(std::string_view text, const Mention& m, const Lexicon& lex) {
  const size_t e = m.span.end;
  if (text.substr(e, 3) != "'s " || !model_number_after(text, e + 2, lex)) return false;
  if (lex.known(text.substr(m.span.begin, e + 2 - m.span.begin))) return true;
  size_t i = e + 3;
  while (i < text.size() && is_ascii_alnum(text[i])) ++i;
  const std::string_view next = text.substr(i, 7);
  return next.starts_with(" index") || next.starts_with(" Index") || next.starts_with(" stock");
}

// "iPod Nano", "iPhone Pro": a word written lower case first and capitalized inside ("iPod",
// "eBay") right before the name starts a brand the name continues.
bool after_camel_word(std::string_view text, size_t begin) {
  if (begin < 3 || text[begin - 1] != ' ' || !is_ascii_alnum(text[begin - 2])) return false;
  size_t s = begin - 1;
  bool inner_capital = false;
  while (s > 0 && is_ascii_alnum(text[s - 1])) {
    inner_capital |= text[s - 1] >= 'A' && text[s - 1] <= 'Z';
    --s;
  }
  return s < begin - 1 && text[s] >= 'a' && text[s] <= 'z' && inner_capital;
}

// "its 787 Dreamliner": a model number right before a name the gazetteers do not know makes
// the name the product's (a count, "50 Airbus jets", or a year, "the 2008 Games", does not).
bool after_model_number(std::string_view text, const Mention& m, const Lexicon& lex) {
  const size_t s = m.span.begin;
  if (s < 5 || text[s - 1] != ' ' || !digit(text[s - 2])) return false;  // cheap tests first
  size_t b = s - 1;
  while (b > 0 && (is_ascii_alnum(text[b - 1]) || text[b - 1] == '-')) --b;
  if (b == 0 || !digit(text[b]) || (text[b - 1] != ' ' && text[b - 1] != '(')) return false;
  return model_number_after(text, b - 1, lex) && !Lexicon::known(m.facts);
}

// The lower-case word (or two-word phrase) after byte end names a product or an event.
bool product_noun_after(std::string_view text, size_t end, const Lexicon& lex) {
  if (end + 1 >= text.size() || text[end] != ' ' || text[end + 1] < 'a' || text[end + 1] > 'z') return false;
  size_t i = end + 1;
  while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
  if (!lex.may_start_product(text.substr(end + 1, i - end - 1))) return false;
  if (lex.org_cue(text.substr(end + 1, i - end - 1), CuePosition::Product)) return true;
  if (i + 1 >= text.size() || text[i] != ' ') return false;
  size_t j = i + 1;
  while (j < text.size() && text[j] >= 'a' && text[j] <= 'z') ++j;
  return j > i + 1 && lex.org_cue(text.substr(end + 1, j - end - 1), CuePosition::Product);
}

// A name the gazetteers know, or one with an organization word ("Ford Motor vehicles", "a U.S.
// Government program"), names its maker even before a product noun.
bool maker_name(const Mention& m, const Lexicon& lex) {
  // "her last WTA event": an acronym before an event or product noun names its organizer.
  if (Lexicon::known(m.facts) || lex.acronym(m.text, m.facts) || m.person_hint || caps_word(m.text))
    return true;
  const Words w = words_of(m.text);
  // a first word opens a name only with more after it ("MacBook Air")
  for (size_t i = 0; i < w.size(); ++i) {
    if (lex.org_cue(w[i], CuePosition::Last) || lex.org_cue(w[i], CuePosition::Media) ||
        (i + 1 < w.size() && lex.org_cue(w[i], CuePosition::First)))
      return true;
  }
  return false;
}

// Appends the initials of a mention made of ordinary words and "and"/"&" to out, counting the
// words the word list knows (plain); false when a word is a name or an organization word
// ("Services", "Canada", "Jim"). A rarer word the lists do not know at all ("Overhaul") passes.
bool plain_initials(std::string_view name, const Lexicon& lex, std::string& out, bool& has_and,
                    size_t& plain) {
  for (std::string_view w : words_of(name)) {
    if (w == "and" || w == "&") {
      has_and = true;
      continue;
    }
    if (plain_word(w, lex))
      ++plain;
    else if (lex.facts(w) || w.size() < 2 || w[1] < 'a' || w[1] > 'z')
      return false;
    out += w[0];
  }
  return true;
}

// The letters of an acronym ("R&D" -> "RD", "M.R.O." -> "MRO").
std::string letters_of(std::string_view acronym) {
  std::string out;
  for (char c : acronym) {
    if (c >= 'A' && c <= 'Z') out += c;
  }
  return out;
}

// Mentions [first, last] when they and the separators between them (", ", ", and ", " and ")
// form a list of ordinary words whose initials spell ms[last].defines.
bool defined_term(std::string_view text, const std::vector<Mention>& ms, size_t last, const Lexicon& lex,
                  size_t& first) {
  const std::string target = letters_of(ms[last].defines);
  if (target.size() < 2) return false;
  std::string initials;
  bool has_and = false;
  size_t plain = 0;
  first = last;
  while (true) {
    std::string mine;
    if (!plain_initials(ms[first].text, lex, mine, has_and, plain)) return false;
    initials.insert(0, mine);
    if (initials.size() >= target.size() || first == 0) break;
    const Span gap{ms[first - 1].span.end, ms[first].span.begin};
    const std::string_view sep = text.substr(gap.begin, gap.size());
    if (sep != ", " && sep != ", and " && sep != " and ") break;
    has_and |= sep != ", ";
    --first;
  }
  return initials == target && (has_and || first < last) && 2 * plain >= initials.size();
}

// The acronym in parentheses that opens at text[open]: capitals, '&' and '.', a plural "s"
// allowed at the end ("(GDP)", "(R&D)", "(SUVs)"); empty when there is none.
std::string_view parenthesized_acronym(std::string_view text, size_t open) {
  size_t e = open + 1;
  while (e < text.size() && (is_ascii_upper(text[e]) || text[e] == '&' || text[e] == '.')) ++e;
  if (e < text.size() && text[e] == 's') ++e;
  if (e >= text.size() || text[e] != ')' || e == open + 1 || !is_ascii_upper(text[open + 1])) return {};
  return text.substr(open + 1, e - open - 1);
}

// The initials of a word for an acronym: a capital per hyphen part, all of a part in capitals
// ("high-definition" -> "HD", "TV" -> "TV").
std::string word_initials(std::string_view word) {
  std::string out;
  for (size_t b = 0; b < word.size();) {
    size_t e = word.find('-', b);
    if (e == std::string_view::npos) e = word.size();
    const std::string_view part = word.substr(b, e - b);
    if (part.size() >= 2 && std::all_of(part.begin(), part.end(), is_ascii_upper))
      out += part;
    else if (!part.empty())
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(part[0])));
    b = e + 1;
  }
  return out;
}

// Where the words before text[open] begin when they spell target with their initials and at
// least half of them are written in lower case: an ordinary term, "gross domestic product
// (GDP)", "high-definition TV (HDTV)"; npos otherwise. A name written with a lower-case word
// or two ("Kreditanstalt fur Wiederaufbau (KfW)") keeps its majority of capitals.
size_t lower_case_definition(std::string_view text, size_t open, const std::string& target) {
  size_t p = open > 0 && text[open - 1] == ' ' ? open - 1 : open;
  std::string initials;
  size_t words = 0, lower = 0, begin = std::string_view::npos;
  while (p > 0 && initials.size() < target.size()) {
    size_t b = p;
    while (b > 0 && (is_ascii_alpha(text[b - 1]) || text[b - 1] == '-')) --b;
    if (b == p || !is_ascii_alpha(text[b])) return std::string_view::npos;
    initials.insert(0, word_initials(text.substr(b, p - b)));
    ++words;
    lower += is_ascii_lower(text[b]);
    begin = b;
    if (b < 2 || text[b - 1] != ' ') break;
    p = b - 1;
  }
  return initials == target && 2 * lower >= words ? begin : std::string_view::npos;
}

// Whether a table cell opens text at `at` after one space or more: a figure ("16.00", "1,718.8",
// "-3.2", "4/2/87", not a score "6-3") or the tables' marks for none ("nil", "n.a.", "--", "X");
// `at` moves past it.
bool table_cell_at(std::string_view text, size_t& at) {
  const size_t from = at;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at == from) return false;
  const size_t begin = at;
  while (at < text.size() && text[at] != ' ' && text[at] != '\t' && text[at] != '\n') ++at;
  const std::string_view cell = text.substr(begin, at - begin);
  if (cell.empty()) return false;
  if (ascii_equal_lower(cell, "nil") || ascii_equal_lower(cell, "n.a.") || cell == "X" || cell == "x" ||
      cell.find_first_not_of('-') == std::string_view::npos)
    return true;
  if (cell.find('-') != std::string_view::npos && score_like(cell)) return false;  // "Sfar 6-3 6-4": a result
  if (!digit(cell.back())) return false;  // "Lita 45, 52.": the minutes of goals
  bool digits = false;
  for (char c : cell) {
    if (digit(c))
      digits = true;
    else if (c != '.' && c != ',' && c != '-' && c != '/')
      return false;
  }
  return digits;
}

// Whether a name holds a capitalized pronoun ("Your Cheating Heart", "Super Size Me", "We Will
// Rock You"), a capitalized "I" inside it ("What I Go To School For"), or a capitalized article
// neither first nor last ("Meet The Fockers", "Room With A View"; not "Series A"): the Title
// Case of a song's, a film's or a book's title, which names no entity.
// A letter or numeral after a given name ("Paul A Volcker") or a word of rank ("Series A", "Mark
// I", "Phase I Construction") is an initial or a designation; "The" after "and" opens a second
// name ("Small Faces and The Who").
bool work_title(std::string_view name, const Lexicon& lex) {
  static constexpr std::string_view kPronouns[] = {"You", "Your", "Yours", "Me",   "My",   "We",
                                                   "Our", "Us",   "They",  "Them", "Their"};
  static constexpr std::string_view kRanks[] = {"Series",  "Class",    "Phase",   "Mark",    "Type",
                                                "Grade",   "Group",    "Tranche", "Episode", "Part",
                                                "Chapter", "Category", "Stage",   "Model",   "Title"};
  size_t begin = 0, index = 0;
  std::string_view prev;
  for (;;) {
    const size_t end = std::min(name.find(' ', begin), name.size());
    const std::string_view w = name.substr(begin, end - begin);
    const bool inner = index > 0 && end < name.size();
    if (std::find(std::begin(kPronouns), std::end(kPronouns), w) != std::end(kPronouns)) return true;
    if (inner && (w == "I" || w == "A") &&
        std::find(std::begin(kRanks), std::end(kRanks), prev) == std::end(kRanks) &&
        !Lexicon::first_name(lex.facts(prev)))
      return true;
    if (inner && (w == "The" || w == "An") && prev != "and" && prev != "&") return true;
    if (end >= name.size()) return false;
    prev = w;
    begin = end + 1;
    ++index;
  }
}

}  // namespace

void drop_work_titles(const Lexicon& lex, std::vector<Mention>& ms) {
  std::erase_if(ms,
                [&](const Mention& m) { return m.evidence != Evidence::Known && work_title(m.text, lex); });
}

void drop_table_labels(std::string_view text, std::vector<Mention>& ms) {
  std::erase_if(ms, [&](const Mention& m) {
    if (m.evidence != Evidence::Guess) return false;  // "Japan  445.8  484.1": a listed place's row
    size_t at = m.span.end;
    // "ARAB HEAVY......16.63......16.73": a label that dots lead to its row's figures
    if (text.substr(at, 3) == "...") {
      while (at < text.size() && text[at] == '.') ++at;
      return at < text.size() && digit(text[at]);
    }
    return table_cell_at(text, at) && table_cell_at(text, at);
  });
}

void drop_defined_terms(std::string_view text, const Lexicon& lex, std::vector<Mention>& ms) {
  std::vector<bool> term(ms.size(), false);
  std::vector<std::string_view> acronyms;
  for (size_t i = 0; i < ms.size(); ++i) {
    size_t first = i;
    if (ms[i].defines.empty() || !defined_term(text, ms, i, lex, first)) continue;
    std::fill(term.begin() + static_cast<std::ptrdiff_t>(first),
              term.begin() + static_cast<std::ptrdiff_t>(i) + 1, true);
    acronyms.push_back(ms[i].defines);
  }
  std::vector<Span> definitions;  // lower-case terms with their acronym
  for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::string_view acronym = parenthesized_acronym(text, open);
    const std::string target = letters_of(acronym);
    if (target.size() < 2) continue;
    const size_t begin = lower_case_definition(text, open, target);
    if (begin == std::string_view::npos) continue;
    acronyms.push_back(acronym);
    if (acronym.back() == 's') acronyms.push_back(acronym.substr(0, acronym.size() - 1));
    definitions.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(open + acronym.size() + 2)});
  }
  if (acronyms.empty()) return;
  auto defining = [&](Span s) {
    return std::any_of(definitions.begin(), definitions.end(),
                       [&](Span d) { return d.begin <= s.begin && s.end <= d.end; });
  };
  size_t k = 0;
  std::erase_if(ms, [&](const Mention& m) {
    return term[k++] || std::find(acronyms.begin(), acronyms.end(), m.text) != acronyms.end() ||
           defining(m.span);
  });
}

// "Windows", "Mac OS X", a listed product after its maker's name ("Sony PSP", "Microsoft
// Windows") and a listed product's edition or model ("Windows XP Home", "Mac Mini"); not a
// company named after one ("Concorde Ventures Inc") nor a person whose given name is one ("Mac
// Maharaz": after a given name, only ordinary words, numerals or capitals make a model), nor an
// outlet ("the magazine Mac Format").
static bool listed_product(std::string_view text, const Mention& m, const Lexicon& lex) {
  if (Lexicon::has(m.facts, WordFacts::kProduct)) return true;
  const std::string_view name = m.text;
  const size_t space = name.find(' ');
  if (space == std::string_view::npos) return false;
  if (lex.product(name.substr(space + 1)) && lex.known(name.substr(0, space))) return true;
  if (Lexicon::org_cue(m.last_facts, CuePosition::Last) ||
      Lexicon::org_cue(m.last_facts, CuePosition::Suffix) ||
      lex.org_cue(lower_word_before(text, m.span.begin), CuePosition::Media))
    return false;
  for (size_t sp = space; sp != std::string_view::npos; sp = name.find(' ', sp + 1)) {
    if (!lex.product(name.substr(0, sp))) continue;
    const std::string_view next = name.substr(sp + 1, name.find(' ', sp + 1) - sp - 1);
    const bool initial = next.size() == 2 && next[1] == '.';  // "Oscar S. Wyatt": a person's middle initial
    return !(sp == space && Lexicon::first_name(m.first_facts)) || (caps_word(next) && !initial) ||
           has_digit(next) || Lexicon::common_word(lex.facts(next));
  }
  return false;
}

namespace {

// "the film Sideways", "her debut album Hopes and Fears", "the drama Desperate Housewives": a
// title right after the noun of a work names the work, no person or company ("the film Vera
// Drake"). Not after verbs and nouns of other senses ("show China", "play France", "a single
// Boeing 767"), nor a name the lists know ("the song Britons would most like played", "his
// album Egypt": a place's name stays one).
bool after_work_noun(std::string_view text, uint32_t begin) {
  // (not "novel" nor "blockbuster", adjectives as often: "a novel Philippine proposal")
  static constexpr std::string_view kNouns[] = {"film",   "movie",  "album",   "song",        "musical",
                                                "sitcom", "drama",  "comedy",  "documentary", "opera",
                                                "ballad", "biopic", "thriller"};
  const std::string_view noun = lower_word_before(text, begin);
  const size_t b = begin - 1 - noun.size();                                  // where the noun starts
  if (noun.empty() || (b > 0 && is_ascii_alpha(text[b - 1]))) return false;  // "Film" is a capital
  return std::find(std::begin(kNouns), std::end(kNouns), noun) != std::end(kNouns);
}

// "World War II", "the Cold War", "the Gulf War", "the Athens Games", "the Commonwealth Games",
// "the Games": wars and sports meetings are events, none of the entity types. Not a company
// named so ("Scientific Games", "Rockstar Games": no place, nationality or meeting word before
// "Games"; "Stop the War" keeps its connector).
bool event_name(const Mention& m, const Lexicon& lex) {
  const std::string_view t = m.text;
  const size_t sp = t.rfind(' ');
  if (sp == std::string_view::npos) return t == "Games" && m.after_the;
  const std::string_view last = t.substr(sp + 1), rest = t.substr(0, sp);
  if (last == "I" || last == "II" || last == "One" || last == "Two")
    return rest.ends_with(" War");  // "World War II", not "War II" alone
  if (last == "War")
    return t.find(" the ") == std::string_view::npos && t.find(" of ") == std::string_view::npos;
  if (last != "Games") return false;
  const std::string_view before = rest.substr(rest.rfind(' ') + 1);
  if (before == "Olympic" || before == "Commonwealth" || before == "Paralympic" || before == "Indoor")
    return true;
  const KnownName* k = lex.known(rest);
  return k && (is_place(k->type) || k->type == EntityType::Norp);
}

}  // namespace

void drop_product_names(std::string_view text, const Lexicon& lex, std::vector<Mention>& ms) {
  // works: a title after the noun of a work, and every mention of the same title
  std::vector<std::string_view> titles;
  for (const Mention& m : ms)
    if (after_work_noun(text, m.span.begin) && !Lexicon::known(m.facts)) titles.push_back(m.text);
  if (!titles.empty())
    std::erase_if(ms, [&](const Mention& m) {
      return std::find(titles.begin(), titles.end(), m.text) != titles.end();
    });
  std::erase_if(ms, [&](const Mention& m) {
    return listed_product(text, m, lex) || event_name(m, lex) || model_number_after(text, m.span.end, lex) ||
           after_camel_word(text, m.span.begin) || after_model_number(text, m, lex) ||
           index_after_possessive(text, m, lex);
  });
  std::vector<bool> product;  // allocated only when an article has one (few do)
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!product_noun_after(text, ms[i].span.end, lex) || maker_name(ms[i], lex)) continue;
    if (product.empty()) product.assign(ms.size(), false);
    product[i] = true;
  }
  if (product.empty()) return;
  // One name, one kind: a name the article also writes without a product noun stays.
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!product[i]) continue;
    for (size_t j = 0; j < ms.size() && product[i]; ++j) {
      if (!product[j] && ms[j].text == ms[i].text) product[i] = false;
    }
  }
  size_t k = 0;
  std::erase_if(ms, [&](const Mention&) { return product[k++]; });
}

}  // namespace newsclaim
