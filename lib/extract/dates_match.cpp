// Finding temporal expressions: one leftmost-longest pattern joins every x_* family of
// patterns/dates/expressions.re2 and is tried at the word starts its StartGate and PhraseGate
// let through;
// each match is then named by its family and checked against its surroundings (money, model
// numbers, weak words: DateExtractor::keep, in dates_keep.cpp).
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cctype>
#include <stdexcept>
#include <string>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/dates.hpp"
#include "extract/dates_internal.hpp"
#include "patterns/ruleset.hpp"
#include "patterns/start_gate.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace newsclaim {

namespace {

struct FamilyName {
  const char* rule;
  DateFamily family;
};

constexpr FamilyName kFamilies[] = {
    {"x_time", DateFamily::Time},
    {"x_iso", DateFamily::Iso},
    {"x_numeric", DateFamily::Numeric},
    {"x_holiday", DateFamily::Holiday},
    {"x_day_range", DateFamily::DayRange},
    {"x_month_day", DateFamily::MonthDay},
    {"x_day_month", DateFamily::DayMonth},
    {"x_day_of_month", DateFamily::DayOfMonth},
    {"x_month_year", DateFamily::MonthYear},
    {"x_month", DateFamily::Month},
    {"x_quarter", DateFamily::Quarter},
    {"x_quarter_rel", DateFamily::QuarterRel},
    {"x_fiscal", DateFamily::Fiscal},
    {"x_year_range", DateFamily::YearRange},
    {"x_year", DateFamily::Year},
    {"x_spoken_year", DateFamily::SpokenYear},
    {"x_decade", DateFamily::Decade},
    {"x_century", DateFamily::Century},
    {"x_relative", DateFamily::Relative},
    {"x_anaphor", DateFamily::Anaphor},
    {"x_day", DateFamily::Day},
    {"x_weekday", DateFamily::Weekday},
    {"x_season", DateFamily::Season},
    {"x_season_bare", DateFamily::SeasonBare},
    {"x_week", DateFamily::Week},
    {"x_ago", DateFamily::Ago},
    {"x_set", DateFamily::Set},
    {"x_duration", DateFamily::Duration},
    {"x_duration_bare", DateFamily::DurationBare},
    {"x_ref", DateFamily::Ref},
};

// "1987", "2020": four digits from 1600 to 2099 and nothing else.
bool bare_year(std::string_view m) {
  if (m.size() != 4 || !(m[0] == '1' || m[0] == '2')) return false;
  for (char ch : m)
    if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
  return m[0] == '2' ? m[1] == '0' : m[1] >= '6';
}

// StartGate::symbol of each byte, and kNotWord for bytes RE2's \b counts as no word byte
// (all but ASCII letters, digits and '_'; '_' reads as the gate's '$', which opens no key).
constexpr uint8_t kNotWord = 0xFF;
constexpr std::array<uint8_t, 256> kByteSymbol = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'), digit = c >= '0' && c <= '9';
    table[c] = letter ? static_cast<uint8_t>(2 + ((c | 0x20) - 'a')) : digit ? 1 : c == '_' ? 0 : kNotWord;
  }
  return table;
}();

// StartGate::symbol of each byte as a key reads it (kNotWord bytes read as '$', 0).
constexpr std::array<uint8_t, 256> kKeySymbol = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = kByteSymbol[c] == kNotWord ? 0 : kByteSymbol[c];
  return table;
}();

// gate.allows(StartGate::key_at(t, p)) for p at a word byte, from the gate's rows and the
// table. The text's end reads as '$': c_str() puts a NUL (symbol 0) there, and a key stops at
// its first symbol below 2.
bool gate_opens(const GateRows& rows, const std::string& t, size_t p) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(t.c_str()) + p;
  const size_t s0 = kKeySymbol[s[0]], s1 = s0 >= 2 ? kKeySymbol[s[1]] : 0;
  const uint32_t row = rows.row(s0, s1);
  return row != 0 && ((row >> (s1 >= 2 ? kKeySymbol[s[2]] : 0)) & 1);
}

#if defined(__SSE2__)
// Which of the sixteen bytes at s are word bytes for \b (ASCII letters, digits, '_'), one bit
// each. Signed compares leave bytes from 0x80 (negative) out of every range.
unsigned word_bytes16(const char* s) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  auto in_range = [](__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const __m128i word = _mm_or_si128(
      _mm_or_si128(in_range(x, '0', '9'), in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z')),
      _mm_cmpeq_epi8(x, _mm_set1_epi8('_')));
  return static_cast<unsigned>(_mm_movemask_epi8(word));
}
#endif

}  // namespace

std::optional<DateFamily> family_of_rule(std::string_view name) {
  for (const auto& f : kFamilies)
    if (name == f.rule) return f.family;
  return std::nullopt;
}

DateExtractor::DateExtractor(const Ruleset& rules)
    : rules_(rules), serial_(next_serial()), lexicon_(rules.gazetteer("dates.words")) {
  RE2::Options o;  // leftmost-first: the namers and starts_; combined_ takes the longest match
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  // Matches are tried only at the word starts that can open one (the union of the families'
  // gates); a pattern the gate cannot model is searched unanchored instead, which needs its
  // leftmost-first twin. Naming a match tries the families in file order whose gate lets its
  // first word through, each anchored at both ends of the (short) match.
  std::string joined;
  bool gated = true;
  for (const std::string& key : rules.keys_with_prefix("dates.x_")) {
    auto family = family_of_rule(std::string_view(key).substr(6));
    if (!family) throw std::logic_error("dates: rule " + key + " names no expression family");
    families_.push_back(*family);
    joined += (joined.empty() ? "(?:" : "|(?:") + rules.pattern(key) + ")";
    Namer n{StartGate::of(rules.pattern(key)), std::make_unique<LazyRE2>(rules.pattern(key), o)};
    if (!n.gate)
      gated = false;
    else if (!gate_)
      gate_ = n.gate;
    else
      gate_->merge(*n.gate);
    namers_.push_back(std::move(n));
  }
  if (families_.empty()) throw std::logic_error("dates: no x_* rules in patterns/dates");
  combined_options_ = o;
  combined_options_.set_longest_match(true);
  combined_pattern_ = "\\b(?:" + joined + ")";
  if (rules.compiled_all()) combined();  // a user's rules: their errors show at start-up
  // \B reads the byte after a match, and \Q may quote the parentheses that join the rules.
  trust_whole_matches_ =
      gated && std::none_of(namers_.begin(), namers_.end(), [](const Namer& n) {
        const std::string_view p = n.re->pattern();
        return p.find("\\B") != std::string_view::npos || p.find("\\Q") != std::string_view::npos;
      });
  if (gated) {
    gate_rows_.emplace(*gate_);
  } else {
    gate_.reset();
    starts_ = std::make_unique<RE2>(combined_pattern_, o);
    if (!starts_->ok()) throw std::logic_error("dates: combined pattern: " + starts_->error());
  }
  future_cue_ = &rules.re("dates.future_cue");
  future_verb_ = &rules.re("dates.future_verb");
  const Gazetteer& cues = rules.gazetteer("entities.org_cues");
  if (const auto position = cues.column("position")) {
    for (size_t i = 0; i < cues.size(); ++i) {
      const std::string_view w = cues.cell(i, 0);
      if (cues.cell(i, *position) == "media" && !w.empty() && is_ascii_upper(w[0]))
        outlet_words_.push_back(ascii_lower(w));
    }
  }
}

DateExtractor::~DateExtractor() = default;

// Compiled on first use, not at start-up: the largest regex of all (~60M instructions), which
// a document without a date-like word never needs. The embedded rules are known to compile;
// a failure (only rules from elsewhere, compiled eagerly) throws, and the next call retries.
const RE2& DateExtractor::combined() const {
  std::call_once(combined_once_, [this] {
    auto re = std::make_unique<RE2>(combined_pattern_, combined_options_);
    if (!re->ok()) throw std::logic_error("dates: combined pattern: " + re->error());
    combined_ = std::move(re);
  });
  return *combined_;
}

// Whether the rules name every bare "1987" x_year, as the built-in rules do: checked, since
// rules are data; on the first bare year, not at start-up (the probe compiles every rule a
// number may open, which a document without years never needs).
bool DateExtractor::bare_years_are_years() const {
  std::call_once(bare_years_once_, [this] {
    bare_years_are_years_ = true;
    for (std::string_view probe : {"1600", "1987", "2099"}) {
      bare_years_are_years_ = bare_years_are_years_ && family_of(probe, false) == DateFamily::Year;
    }
  });
  return bare_years_are_years_;
}

// Derived on the first word start that passes gate_, not at start-up: a run of documents
// without one never pays for it.
const PhraseGate* DateExtractor::phrase_gate() const {
  std::call_once(phrase_once_, [this] {
    // The first word start to pass gate_ needs combined() next: both are built at once, on
    // two threads, as they were when combined() was built at start-up.
    std::thread side([this] {
      try {
        combined();
      } catch (...) {  // combined() throws again on the caller's thread
      }
    });
    std::vector<std::string_view> families;  // in file order: bit i of admits() is namers_[i]
    for (const Namer& n : namers_) families.push_back(n.re->pattern());
    phrase_ = PhraseGate::of(families);
    side.join();
  });
  return phrase_ ? &*phrase_ : nullptr;
}

// The leftmost-longest match at or after pos, as one unanchored longest-match search would find
// it. With a gate: the longest match anchored at each word start the gate lets through, in text
// order (a match opens at a word start: every x_* family begins with a letter or digit, and the
// combined pattern with \b). Without: an unanchored leftmost-first search finds where the
// leftmost match opens (both semantics agree on that), then the anchored longest match there
// gives its end. Either way no DFA runs over the whole text with longest-match semantics, which
// builds new states for nearly every match.
size_t DateExtractor::leftmost_match(const std::string& t, size_t pos, re2::StringPiece& piece) const {
  if (!gate_) {
    if (!starts_->Match(t, pos, t.size(), RE2::UNANCHORED, &piece, 1)) return std::string::npos;
    const auto begin = static_cast<size_t>(piece.data() - t.data());
    if (!combined().Match(t, begin, t.size(), RE2::ANCHOR_START, &piece, 1)) return std::string::npos;
    return begin;
  }
  const size_t n = t.size();
  const PhraseGate* phrase = nullptr;
  bool phrase_known = false;
  auto opens_at = [&](size_t q) {
    if (!gate_opens(*gate_rows_, t, q)) return false;
    if (!phrase_known) phrase = phrase_gate(), phrase_known = true;
    return (!phrase || phrase->may_start(t, q)) && combined().Match(t, q, n, RE2::ANCHOR_START, &piece, 1);
  };
  // Only the first byte of a run of word bytes can follow a \b ('_' is a word byte whose key
  // no gate holds).
  size_t p = pos;
  unsigned after_word = p > 0 && kByteSymbol[static_cast<unsigned char>(t[p - 1])] != kNotWord;
#if defined(__SSE2__)
  for (; p + 16 <= n; p += 16) {
    const unsigned word = word_bytes16(t.data() + p);
    for (unsigned starts = word & ~((word << 1) | after_word); starts != 0; starts &= starts - 1) {
      const size_t q = p + static_cast<size_t>(std::countr_zero(starts));
      if (opens_at(q)) return q;
    }
    after_word = (word >> 15) & 1;
  }
#endif
  for (; p < n; ++p) {
    const unsigned word = kByteSymbol[static_cast<unsigned char>(t[p])] != kNotWord;
    if (word && !after_word && opens_at(p)) return p;
    after_word = word;
  }
  return std::string::npos;
}

std::vector<DateCandidate> DateExtractor::find(const Context& ctx) const {
  std::vector<DateCandidate> out;
  const std::string& t = ctx.doc.norm();
  re2::StringPiece piece;
  size_t pos = 0;
  while (pos < t.size()) {
    const size_t begin = leftmost_match(t, pos, piece);
    if (begin == std::string::npos) break;
    const std::string_view match(piece.data(), piece.size());
    const size_t end = name_and_keep(ctx, match, begin, begin + match.size(), out);
    pos = end > begin ? end : begin + 1;
    if (!out.empty() && out.back().span.end > pos) pos = out.back().span.end;  // a joined compound duration
  }
  add_bare_short_years(t, out);  // "since '82": the pattern cannot open on an apostrophe
  return out;
}

size_t DateExtractor::name_and_keep(const Context& ctx, std::string_view match, size_t begin, size_t end,
                                    std::vector<DateCandidate>& out) const {
  DateCandidate c;
  c.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  if (bare_year(match) && bare_years_are_years()) {
    c.family = DateFamily::Year;  // the most frequent match of all needs no naming pass
  } else {
    auto family = family_of(match, true);
    if (family == DateFamily::Time) {  // "this morning at 10 a.m.": the part of day alone
      const uint32_t cut = clock_match_end(ctx.doc.norm(), c.span);
      if (cut != c.span.end) {
        if (cut == c.span.begin) return begin + 1;
        c.span.end = cut;
        family = family_of(match.substr(0, cut - begin), false);
      }
    }
    if (!family) return c.span.end;
    c.family = *family;
  }
  const size_t resume = c.span.end;  // keep() may trim the span ("the day| before the vote")
  if (keep(ctx, c)) out.push_back(std::move(c));
  return resume;
}

uint64_t DateExtractor::next_serial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// Naming is a function of the text and the extractor's rules alone (serial_ owns the memo).
std::optional<DateFamily> DateExtractor::family_of(std::string_view match, bool whole) const {
  // -1: no family. 8192 holds the distinct matches of 22 MB of news; then it starts afresh.
  thread_local TextMemo<int> memo(8192);
  const int family = memo.get(serial_, match, [&] {
    const std::optional<DateFamily> named = family_by_rules(match, whole);
    return named ? static_cast<int>(*named) : -1;
  });
  if (family < 0) return std::nullopt;
  return static_cast<DateFamily>(family);
}

// The family of the first x_* rule (file order) matching all of match, as one anchored set of
// them all would say; rules whose gate refuses match's first word, or whose phrase key refuses
// the match, cannot. When match is what combined_ matched at a word start, one of those that can
// does (see some_rule_matches): the last one left needs no regex run, nor its namer compiled.
std::optional<DateFamily> DateExtractor::family_by_rules(std::string_view match, bool whole) const {
  const size_t key = StartGate::key_at(match, 0);
  const PhraseGate* phrase = phrase_gate();
  const uint64_t admitted = phrase ? phrase->admits(match, 0) : ~uint64_t{0};
  uint64_t can = 0;  // bit i: namers_[i] may match all of match
  for (size_t i = 0; i < namers_.size(); ++i)
    if ((!namers_[i].gate || namers_[i].gate->allows(key)) && ((admitted >> i) & 1)) can |= uint64_t{1} << i;
  const bool one_matches = whole && can != 0 && some_rule_matches(match);
  const re2::StringPiece text(match.data(), match.size());
  for (; can != 0; can &= can - 1) {
    const size_t i = static_cast<size_t>(std::countr_zero(can));
    if (one_matches && std::has_single_bit(can)) return families_[i];  // the others did not
    if (namers_[i].re->get().Match(text, 0, text.size(), RE2::ANCHOR_BOTH, nullptr, 0)) return families_[i];
  }
  return std::nullopt;
}

// Some rule matched combined_'s match in its text; alone, the match is read with nothing before
// and after it. Before it, a gated match has a byte of no word (or the text's start), which every
// assertion reads as the start of a text does. After it, when its last byte is a word byte: a \b
// or $ that held in the text holds at the end of the text too (a \B would not: such rules never
// come here). So the rule that matched matches alone, and the gates, sound for it, admit it. ASCII
// only: the gates fold case as ASCII does.
bool DateExtractor::some_rule_matches(std::string_view match) const {
  if (!trust_whole_matches_ || match.empty() || !is_ascii_word_byte(match.back())) return false;
  return utf8::is_ascii(match);
}

}  // namespace newsclaim
