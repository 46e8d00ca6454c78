#include "extract/money_quantity.hpp"

#include <algorithm>
#include <cstring>

#include "extract/money_internal.hpp"
#include "extract/numbers.hpp"
#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"
#include "text/month_names.hpp"

namespace newsclaim {
namespace {

constexpr int kMaxNounPhraseWords = 6;
constexpr size_t kMaxWordBytes = 40;

void load_pairs(const Gazetteer& g,
                std::unordered_map<std::string, std::string, AsciiFoldHash, AsciiFoldEqual>& out) {
  for (const auto& row : g.rows())
    if (row.size() >= 2) out[ascii_lower(row[0])] = row[1];
}

// Cheap literal prefilter of the rule money.vague: whether "dozens of ", "hundreds of ",
// "thousands of ", "millions of " or "billions of " occurs. All end in "s of ": memchr finds
// the rare 'f' far faster than a search per word (string_view::find stops at every first byte).
bool has_vague_cue(std::string_view text) {
  for (size_t f = 4; f + 1 < text.size(); ++f) {
    const void* hit = std::memchr(text.data() + f, 'f', text.size() - 1 - f);
    if (!hit) return false;
    f = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
    if (text[f + 1] != ' ' || text.substr(f - 3, 3) != "s o") continue;
    const std::string_view before = text.substr(0, f - 3);
    for (std::string_view stem : {"zen", "dred", "sand", "llion"})
      if (before.ends_with(stem)) return true;
  }
  return false;
}

}  // namespace

QuantityFinder::QuantityFinder(const Ruleset& rules)
    : vague_(rules.re("money.vague")), label_before_(rules.re("money.label_before")) {
  load_pairs(rules.gazetteer("money.units"), units_);
  for (const auto& entry : units_)
    if (const size_t cut = entry.first.find_first_of(" /"); cut != std::string::npos)
      phrase_heads_.insert(entry.first.substr(0, cut));
  load_pairs(rules.gazetteer("money.plurals"), plurals_);
  for (const auto& row : rules.gazetteer("money.noun_stops").rows())
    if (!row.empty()) stops_.insert(ascii_lower(row[0]));
  for (const auto* table : {&units_, &plurals_})
    for (const auto& entry : *table) listed_.add(entry.first);
  for (const std::string& stop : stops_) listed_.add(stop);
  for (const std::string& head : phrase_heads_) listed_.add(head);
}

bool QuantityFinder::is_plural(std::string_view w) const {
  if (may_be_listed(w) && plurals_.count(w)) return true;
  if (w.size() < 3 || ascii_lower(w.back()) != 's') return false;
  return !ascii_ends_with_lower(w, "ss") && !ascii_ends_with_lower(w, "us") &&
         !ascii_ends_with_lower(w, "is") && !ascii_ends_with_lower(w, "'s");
}

// The singular as written ("embassies" -> "embassy", "Europeans" -> "European"); words in
// capitals (headlines) are lower-cased.
std::string QuantityFinder::singular(std::string_view word) const {
  const std::string w = ascii_lower(word);
  if (const auto it = plurals_.find(w); it != plurals_.end()) return it->second;
  const bool all_caps =
      std::all_of(word.begin(), word.end(), [](char c) { return !is_ascii_alpha(c) || is_ascii_upper(c); });
  return singular_form(all_caps ? std::string_view(w) : word, w);
}

std::string QuantityFinder::singular_form(std::string_view word, std::string_view w) const {
  if (w.ends_with("ies") && w.size() > 4) return std::string(word.substr(0, word.size() - 3)) + "y";
  // "-es" after a sibilant the singular ends in ("branches", "boxes", "classes", "waltzes",
  // "buzzes"); "prizes", "sizes" end their singular in -e ("-che" nouns like "tranche" are listed
  // in plurals.tsv: no spelling tells them from "branch").
  for (std::string_view tail : {"ches", "shes", "xes", "sses", "tzes", "zzes"})
    if (w.ends_with(tail)) return std::string(word.substr(0, word.size() - 2));
  return std::string(word.substr(0, word.size() - 1));
}

// "hundreds", "Millions": the plural of a number word or a magnitude.
static bool plural_number(std::string_view w) {
  if (w.size() < 2 || (w.back() != 's' && w.back() != 'S')) return false;
  const std::string_view one = w.substr(0, w.size() - 1);
  return numbers::word_value(one) || numbers::magnitude(one);
}

// "737", "747", "767": a Boeing jetliner's number, the designation written with digits alone.
static bool jetliner_number(std::string_view w) {
  return w.size() == 3 && w[0] == '7' && is_ascii_digit(w[1]) && w[2] == '7';
}

// End of a model's designation or a hyphenated measure at b ("747-400", "A340-300", "MD-80",
// "10-year", "CF6-50"): letters, digits and inner hyphens with a digit and a letter among them;
// b when none is there.
static size_t designation_end(std::string_view text, size_t b) {
  size_t e = b;
  bool digit = false, letter = false;
  while (e < text.size() && (is_ascii_alnum(text[e]) || (text[e] == '-' && e > b && e + 1 < text.size() &&
                                                         is_ascii_alnum(text[e + 1])))) {
    digit |= is_ascii_digit(text[e]), letter |= is_ascii_alpha(text[e]);
    ++e;
  }
  // digits and hyphens alone are a range ("220-250 lbs"), but for a Boeing jetliner's "747-400"
  const bool jetliner = e - b >= 5 && jetliner_number(text.substr(b, 3)) && text[b + 3] == '-';
  return digit && (letter || jetliner) && e - b >= 3 ? e : b;
}

// "Jupiter", not "ICC" nor "stores".
static bool title_case(std::string_view w) {
  return w.size() > 1 && is_ascii_upper(w[0]) && is_ascii_lower(w[1]);
}

// Whether a determiner opens the word after end: "offers [an] optional tape drive".
static bool determiner_follows(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return false;
  const size_t b = end + 1;
  size_t e = b;
  while (e < text.size() && is_ascii_alpha(text[e])) ++e;
  const std::string_view w = text.substr(b, e - b);
  for (const std::string_view d : {"a", "an", "the", "its", "their", "his", "her", "this", "these", "those"})
    if (w == d) return true;
  return false;
}

// Walks "border security and customs warehouse contracts valued at": the counted noun is the
// last plural before a stop word, a verb form (-ed, -ing), a number or punctuation.
std::optional<std::pair<std::string, size_t>> QuantityFinder::noun_after(std::string_view text,
                                                                         size_t pos) const {
  std::string_view best;  // the last plural so far: its singular is built once, at the end
  bool after_conjunction = false;
  bool crossed = false;  // an "and"/"or" passed before any plural
  int words_since_conjunction = 0;
  bool previous_capitalized = false, capitalized_before_conjunction = false;
  for (int n = 0; n < kMaxNounPhraseWords; ++n) {
    if (pos >= text.size() || text[pos] != ' ') break;
    const size_t b = pos + 1;
    // "four 747-400 aircraft", "two 500-bed facilities", "two MD-80 jets": a model's designation
    // or a hyphenated measure before the noun is passed over (not after "and": in "six and
    // 12-month bills" the number is the other measure's)
    if (const size_t d = designation_end(text, b); d > b && !after_conjunction) {
      // "190 km2", "40 m3": a unit squared or cubed is the unit, no model's name
      if (const std::string* unit = n == 0 ? unit_of(text.substr(b, d - b)) : nullptr)
        return std::pair{*unit, d};
      pos = d;
      continue;
    }
    size_t e = b;
    // Words are letters with inner hyphens ("health-care"); a run longer than any noun is no word.
    while (
        e < text.size() && e - b < kMaxWordBytes &&
        (is_ascii_alpha(text[e]) || (text[e] == '-' && e + 1 < text.size() && is_ascii_alpha(text[e + 1]))))
      ++e;
    if (e == b) break;
    const std::string_view w = text.substr(b, e - b);  // any case: the tables fold it
    const bool conjunction = ascii_equal_lower(w, "and");
    after_conjunction = conjunction || ascii_equal_lower(w, "or");
    const bool listed = may_be_listed(w);
    if (n == 0 && listed)
      if (auto unit = unit_phrase(text, b, e)) return unit;
    // "hundreds of millions of pounds", "lent hundreds": a number word or magnitude, in the plural
    // too, is no noun counted; nor is a noun past "and" right after the number ("from 3.66
    // billion and available seat miles rose": the next clause's)
    if ((listed && stops_.count(w)) || numbers::word_value(w) || numbers::magnitude(w) || plural_number(w) ||
        ((!best.empty() || n == 0) && conjunction))
      break;
    if (!conjunction &&
        (ascii_ends_with_lower(w, "ed") || ascii_ends_with_lower(w, "ing") || ascii_ends_with_lower(w, "ly")))
      break;
    // a capitalized word ends the phrase after its noun, and after a conjunction that no
    // capitalized word stands before ("5-2 and actor Jeremy Edwards", "68.00 and Heifers"; not
    // "66 Kresge and Jupiter stores", "40 European and Mediterranean countries"); an acronym
    // does not ("current and former ICC officials")
    if (!best.empty() && is_ascii_upper(text[b])) break;
    if (crossed && !capitalized_before_conjunction && title_case(w)) break;
    // "a 1.2 megabyte diskette drive and offers an optional ...": a plural right after the
    // conjunction and before a determiner is a verb ("security and customs warehouse contracts"
    // counts)
    // "25 overseas delegations" goes on; "1.79 billion overseas" counts nothing
    if (!conjunction && is_plural(w) && !ascii_equal_lower(w, "overseas")) {
      if (crossed && words_since_conjunction == 0 && determiner_follows(text, e)) break;
      best = w;
    }
    if (crossed && !conjunction) ++words_since_conjunction;
    if (after_conjunction && !crossed) capitalized_before_conjunction = n > 0 && previous_capitalized;
    crossed = crossed || after_conjunction;
    previous_capitalized = is_ascii_upper(text[b]);
    pos = e;
  }
  if (best.empty()) return std::nullopt;
  return std::pair{singular(best), static_cast<size_t>(best.data() + best.size() - text.data())};
}

// "minus 20C", "-5 °C", "minus 103 degrees centigrade": a temperature below zero takes the sign
// or the word before it into its span and value.
static void read_sign(std::string_view text, Quantity& q) {
  if (!q.unit.starts_with("degree") || q.value <= 0) return;
  const std::string_view before = text.substr(0, q.span.begin);
  const auto opens = [&](size_t n) {
    return before.size() == n || !is_ascii_alnum(before[before.size() - n - 1]);
  };
  size_t sign = 0;
  if (before.ends_with('-') && opens(1)) sign = 1;
  if (ascii_ends_with_lower(before, "minus ") && opens(6)) sign = 6;
  if (sign == 0) return;
  q.span.begin -= static_cast<uint32_t>(sign);
  q.value = -q.value;
}

std::optional<Quantity> QuantityFinder::at(std::string_view text, const NumberCore& core) const {
  std::optional<Quantity> q = counted(text, core);
  if (q) read_sign(text, *q);
  // "Chapter 11 proceedings": asked last, of the few numbers that count something
  constexpr size_t kLabelWindow = 12;  // " category " and a byte
  if (q && core.number.begin > 0 && text[core.number.begin - 1] == ' ' &&
      found(label_before_, window_before(text, core.number.begin, kLabelWindow)))
    return std::nullopt;
  return q;
}

// "the 767-300 planes", "F-16 fighters", "A340-300 jets", "MiG-29s": a number after a hyphen
// that a designation with a letter, or a Boeing jetliner's 7x7, opens is part of a model's name,
// no count ("10-15 people" is a range).
static bool model_designation(std::string_view text, size_t number_begin) {
  if (number_begin < 2 || text[number_begin - 1] != '-') return false;
  size_t b = number_begin - 1;
  while (b > 0 && is_ascii_alnum(text[b - 1])) --b;
  const std::string_view head = text.substr(b, number_begin - 1 - b);
  if (head.empty()) return false;
  return std::any_of(head.begin(), head.end(), is_ascii_alpha) || jetliner_number(head);
}

// Whether the word at begin follows a word of its sentence on its line ("Ocean's Twelve", "the
// Big Three"), not a sentence's end, a quotation mark, a colon, a line's start or a heading in
// capitals.
static bool mid_sentence(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0 && text[i - 1] == ' ') --i;
  if (i == begin || i == 0) return false;
  const char c = text[i - 1];
  if (!is_ascii_alnum(c) && c != '\'' && c != ',') return false;
  // "CONTROVERSIES AND OTHER GAFFES Three people have": a heading in capitals ends before it
  size_t w = i;
  while (w > 0 && is_ascii_alpha(text[w - 1])) --w;
  const std::string_view previous = text.substr(w, i - w);
  return previous.size() < 2 || !std::all_of(previous.begin(), previous.end(), is_ascii_upper);
}

// "Audi 5000 models", "Domain Series 4000 workstations", "all ZEBRA 7820 computers": digits
// alone (three or more, no thousands separator) right after a capitalized word inside a sentence
// are a model's designation, no count ("Some 6,500 stores", "About 300 workers" at a sentence's
// start, "more than 4500 vendors" count).
static bool model_after_name(std::string_view text, const NumberCore& core) {
  const std::string_view number = text.substr(core.number.begin, core.number.size());
  if (number.size() < 3 || !std::all_of(number.begin(), number.end(), is_ascii_digit)) return false;
  const size_t b = core.number.begin;
  if (b < 2 || text[b - 1] != ' ') return false;
  size_t w = b - 1;
  while (w > 0 && is_ascii_alpha(text[w - 1])) --w;
  // (in a line of capitals, "STEERS 460 TO 480 KILOS", the word before is any word)
  const size_t after = core.number.end + 1;
  if (after < text.size() && is_ascii_upper(text[after])) return false;
  return w < b - 1 && is_ascii_upper(text[w]) && mid_sentence(text, w);
}

// "the 11 September attacks", "due on 8 December goes": a day of the month before its month's
// name is a date, no count ("465 June calls", options, and "three November Tests" count).
static bool day_of_month(std::string_view text, const NumberCore& core) {
  const std::string_view number = text.substr(core.number.begin, core.number.size());
  if (number.empty() || number.size() > 2 || !std::all_of(number.begin(), number.end(), is_ascii_digit) ||
      core.value < 1 || core.value > 31)
    return false;
  size_t b = core.number.end;
  if (b >= text.size() || text[b] != ' ') return false;
  ++b;
  size_t e = b;
  while (e < text.size() && is_ascii_alpha(text[e])) ++e;
  const std::string_view word = text.substr(b, e - b);
  return is_month_name(word) || is_month_abbreviation(word);
}

// "one in five loans", "two out of 10 asylum seekers", "one in every three homes": the number
// after "in"/"out of" is a ratio's denominator, no count of the noun. The numerator is a number
// word or a number of at most two digits (not "16,500 in 136 offices", "April 1987 in 61
// meters", "November 30 in three shipments"), and the denominator no year ("21 in 1986").
std::optional<Ratio> ratio_before(std::string_view text, const NumberCore& denominator) {
  // "21 in 1986": a year is no denominator
  if (numbers::looks_like_year(text.substr(denominator.number.begin, denominator.number.size())))
    return std::nullopt;
  std::string_view before = text.substr(0, denominator.number.begin);
  for (const std::string_view link : {" in every ", " out of every ", " in ", " out of "}) {
    if (!before.ends_with(link)) continue;
    before.remove_suffix(link.size());
    size_t w = before.size();
    while (w > 0 && is_ascii_alnum(before[w - 1])) --w;
    if (w > 0 && before[w - 1] != ' ' && before[w - 1] != '\n' && before[w - 1] != '"' &&
        before[w - 1] != '(')
      return std::nullopt;
    const std::string_view numerator = before.substr(w);
    const auto ratio = [&](double value) {
      return Ratio{static_cast<uint32_t>(w), value, denominator.value};
    };
    if (numerator.empty()) return std::nullopt;
    if (std::all_of(numerator.begin(), numerator.end(), is_ascii_digit)) {
      if (numerator.size() > 2) return std::nullopt;
      // "November 30 in three": a day after its month
      size_t m = w;
      while (m > 0 && before[m - 1] == ' ') --m;
      size_t mw = m;
      while (mw > 0 && is_ascii_alpha(before[mw - 1])) --mw;
      const std::string_view month = before.substr(mw, m - mw);
      if (is_month_name(month) || is_month_abbreviation(month)) return std::nullopt;
      return ratio(std::stod(std::string(numerator)));
    }
    // a number word from "one" to "ten"
    if (const auto v = numbers::word_value(numerator); v && *v >= 1 && *v <= 10) return ratio(*v);
    return std::nullopt;
  }
  return std::nullopt;
}

// at() but for a label word before the number.
std::optional<Quantity> QuantityFinder::counted(std::string_view text, const NumberCore& core) const {
  if (core.joined || core.currency) return std::nullopt;
  const std::string_view number = text.substr(core.number.begin, core.number.size());
  if (numbers::looks_like_year(number) || model_designation(text, core.number.begin) ||
      day_of_month(text, core) || ratio_before(text, core) || model_after_name(text, core))
    return std::nullopt;
  if (const auto unit = temperature_unit(text, core))
    return Quantity{Span{core.number.begin, static_cast<uint32_t>(unit->second)}, core.value, unit->first};
  if (!core.attached.empty()) {
    const std::string* unit = unit_of(core.attached);
    if (!unit) return std::nullopt;
    const auto end = static_cast<uint32_t>(core.number.end + core.attached.size());
    return Quantity{Span{core.number.begin, end}, core.value, *unit};
  }
  if (const auto unit = hyphenated_unit(text, core.number.end)) {
    return Quantity{Span{core.number.begin, static_cast<uint32_t>(unit->second)}, core.value, unit->first};
  }
  const auto noun = noun_after(text, core.number.end);
  if (!noun) return std::nullopt;
  // "the Six Nations", "Three Gorges": a number word in title case and its noun capitalized are a
  // name ("Seven Spanish banks" counts banks, "Five million Germans" Germans, "SIX PLANTS" plants)
  const size_t head = text.find_last_of(' ', noun->second - 1);
  const bool title_word = title_case(number) && std::all_of(number.begin(), number.end(), is_ascii_alpha);
  if (title_word && head != std::string_view::npos && is_ascii_upper(text[head + 1])) return std::nullopt;
  // "Ocean's Twelve box office triumph": in title case after a word of the sentence, a name
  if (title_word && mid_sentence(text, core.number.begin)) return std::nullopt;
  if (head != std::string_view::npos && name_goes_on(text, head + 1, noun->second)) return std::nullopt;
  return Quantity{Span{core.number.begin, static_cast<uint32_t>(noun->second)}, core.value, noun->first};
}

// "four McDonnell Douglas DC-10 jets", "31,781,461 Caesars World shares", "340 End Stocks   538"
// (a table's next row label): a counted noun in Title Case [begin, end) that a capitalized word,
// a digit or a bracket follows on its line is part of a name or a label, not a count.
bool QuantityFinder::name_goes_on(std::string_view text, size_t begin, size_t end) {
  if (!is_ascii_upper(text[begin]) || end - begin < 2 || !is_ascii_lower(text[begin + 1])) return false;
  size_t next = end;
  while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
  if (next == end || next >= text.size()) return false;
  const char c = text[next];
  return is_ascii_upper(c) || is_ascii_digit(c) || c == '(' || c == '<';
}

// "a 45-acre site", "the six-mile trip", "a 3-inch-thick slab": a unit joined to the number by a
// hyphen, as a modifier (singular); the unit and where it ends, or nullopt.
std::optional<std::pair<std::string, size_t>> QuantityFinder::hyphenated_unit(std::string_view text,
                                                                              size_t pos) const {
  if (pos + 1 >= text.size() || text[pos] != '-' || !is_ascii_alpha(text[pos + 1])) return std::nullopt;
  size_t e = pos + 1;
  while (e < text.size() && is_ascii_alpha(text[e])) ++e;
  if (e < text.size() && is_ascii_digit(text[e])) return std::nullopt;  // a code: "5-MW2"
  const std::string* unit = unit_of(text.substr(pos + 1, e - pos - 1));
  if (!unit) return std::nullopt;
  return std::pair{*unit, e};
}

std::optional<std::pair<std::string, size_t>> QuantityFinder::unit_phrase(std::string_view text, size_t b,
                                                                          size_t e) const {
  std::optional<std::pair<std::string, size_t>> best;
  if (const std::string* unit = unit_of(text.substr(b, e - b))) best.emplace(*unit, e);
  if (!phrase_heads_.count(text.substr(b, e - b))) return best;
  constexpr int kMaxUnitWords = 3;
  for (int words = 1; words < kMaxUnitWords && e + 1 < text.size(); ++words) {
    if ((text[e] != ' ' && text[e] != '/') || !is_ascii_alpha(text[e + 1])) break;
    size_t next = e + 1;
    while (next < text.size() && is_ascii_alpha(text[next])) ++next;
    e = next;
    if (const auto it = units_.find(text.substr(b, e - b)); it != units_.end()) best.emplace(it->second, e);
  }
  return best;
}

std::optional<std::pair<std::string, size_t>> QuantityFinder::temperature_unit(std::string_view text,
                                                                               const NumberCore& core) {
  auto scale = [](char c) -> const char* {
    return c == 'C' ? "degree Celsius" : c == 'F' ? "degree Fahrenheit" : nullptr;
  };
  auto word_ends = [&](size_t at) { return at >= text.size() || !is_ascii_alnum(text[at]); };
  size_t p = core.number.end;
  if (core.attached.size() == 1) {
    // "40C", "minus 5C"; not "Insat 1C" nor "No. 4F": a capitalized word before names a thing
    const char* unit = scale(core.attached[0]);
    if (!unit || !word_ends(p + 1)) return std::nullopt;
    size_t w = core.number.begin;
    while (w > 0 && text[w - 1] == '-') --w;
    while (w > 0 && text[w - 1] == ' ') --w;
    size_t prev = w;
    while (prev > 0 && (is_ascii_alpha(text[prev - 1]) || text[prev - 1] == '.')) --prev;
    if (prev < w && !is_ascii_lower(text[prev])) return std::nullopt;
    return std::pair{std::string(unit), p + 1};
  }
  if (!core.attached.empty()) return std::nullopt;
  if (p < text.size() && text[p] == ' ') ++p;
  // U+00B0 DEGREE SIGN, and U+00BA (the ordinal sign many keyboards give for it)
  if (p + 1 >= text.size() || text[p] != '\xC2' || (text[p + 1] != '\xB0' && text[p + 1] != '\xBA'))
    return std::nullopt;
  p += 2;
  if (p < text.size() && scale(text[p]) && word_ends(p + 1))
    return std::pair{std::string(scale(text[p])), p + 1};
  return std::pair{std::string("degree"), p};
}

void QuantityFinder::find_vague(std::string_view text, std::vector<Quantity>& out) const {
  if (!has_vague_cue(text)) return;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole, word;
  while (RE2::FindAndConsume(&input, vague_, &whole, &word)) {
    const std::string w = ascii_lower(std::string_view(word.data(), word.size()));
    const double value = w == "dozens"     ? 12
                         : w == "hundreds" ? 100
                                           : numbers::magnitude(w.substr(0, w.size() - 1)).value_or(0);
    if (value <= 0) continue;
    const size_t begin = static_cast<size_t>(whole.data() - text.data());
    const size_t end_of_of = begin + whole.size();
    const auto noun = noun_after(text, end_of_of);
    if (!noun) continue;
    out.push_back(Quantity{Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(noun->second)}, value,
                           noun->first});
  }
}

}  // namespace newsclaim
