#include "extract/money_context.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/money_currency.hpp"
#include "extract/money_internal.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// Evidence weights: a written-out foreign dollar settles it; a written-out US dollar, or a
// dateline, counts as much as several mentions of a country.
constexpr int kExplicitForeignDollar = 100;
constexpr int kExplicitUsDollar = 3;
constexpr int kDateline = 3;
constexpr int kMinimumEvidence = 2;

char at(std::string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }

// End of the word at i: letters, digits and inner dots ("U.S.").
size_t word_end(std::string_view text, size_t i) {
  while (i < text.size() &&
         (is_ascii_alnum(text[i]) || (text[i] == '.' && i + 1 < text.size() && is_ascii_alnum(text[i + 1]))))
    ++i;
  if (at(text, i) == '.' && i >= 2 && text[i - 2] == '.') ++i;  // the final dot of "U.S."
  return i;
}

// "(Reuters) -" after a dateline's city; not a headline's ticker ("LAIDLAW LTD (LDMF.O) THIRD QTR").
bool credit_then_dash(std::string_view rest) {
  if (rest.empty() || rest[0] != '(') return false;
  const size_t close = rest.find(')');
  if (close == std::string_view::npos) return true;  // the line was cut inside the parenthesis
  const size_t next = rest.find_first_not_of(' ', close + 1);
  return next == std::string_view::npos || rest[next] == '-';
}

// The first byte in 'A'..'Z' at or after i, or text.size(). Reads eight bytes at a time: the
// capitals are what the cue scan stops at, and most bytes of a text are not.
size_t next_capital(std::string_view text, size_t i) {
  const size_t n = text.size();
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is (every x86-64); signed compares leave bytes from 0x80
  // (negative) out.
  const __m128i below = _mm_set1_epi8('A' - 1), above = _mm_set1_epi8('Z' + 1);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const int caps = _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, below), _mm_cmplt_epi8(x, above)));
    if (caps != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(caps)));
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t k = ~uint64_t{0} / 255;  // 0x0101...01
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      // Bit 7 of each byte set when 'A' <= byte <= 'Z' (bytes >= 0x80 excluded by ~x).
      const uint64_t caps = (k * (127 + 'Z' + 1) - (x & k * 127)) & ~x & ((x & k * 127) + k * (127 - ('A' - 1))) & k * 128;
      if (caps) return i + static_cast<size_t>(std::countr_zero(caps)) / 8;
    }
  }
  while (i < n && static_cast<unsigned char>(text[i] - 'A') >= 26) ++i;
  return i;
}

// Appends s lower-cased to out (replacing out's content when fresh).
void append_lower(std::string& out, std::string_view s, bool fresh) {
  if (fresh) out.clear();
  for (char c : s) out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
}

}  // namespace

bool is_conversion(std::string_view text, Span before, Span amount) {
  if (before.end >= amount.begin || amount.begin - before.end > 24) return false;
  const std::string_view gap = text.substr(before.end, amount.begin - before.end);
  const size_t paren = gap.find('(');
  return paren != std::string_view::npos && paren <= 2 && gap.find(')') == std::string_view::npos;
}

CurrencyContext::CurrencyContext(const Gazetteer& cues, const RE2& dateline, const RE2& dateline_title,
                                 const CurrencyTable& currencies)
    : dateline_(dateline), dateline_title_(dateline_title), currencies_(currencies) {
  for (const auto& row : cues.rows()) {
    if (row.size() < 2 || row[0].empty()) continue;
    const std::string cue = ascii_lower(row[0]);
    cue_currency_[cue] = row[1];
    const size_t space = cue.find(' ');
    if (space != std::string::npos) words_[cue.substr(0, space)].starts_phrase = true;
    max_cue_words_ =
        std::max<int>(max_cue_words_, 1 + static_cast<int>(std::count(cue.begin(), cue.end(), ' ')));
  }
  // Map nodes never move, so the words may point at the codes.
  for (const auto& [cue, code] : cue_currency_)
    if (cue.find(' ') == std::string::npos) words_[cue].code = &code;
  for (const auto& entry : words_) {
    words_filter_.add(entry.first);
    const std::string& key = entry.first;
    if (key.empty() || key[0] < 'a' || key[0] > 'z') continue;  // never the key of a capitalized word
    word_openings_[key[0] - 'a'].set(key.size() == 1 ? kOneLetter : static_cast<unsigned char>(key[1]));
  }
}

// A capitalized word (no whitespace: its key is itself lowered) can be a key of words_ only
// when a key opens with its first two bytes lowered.
bool CurrencyContext::may_open_cue_word(std::string_view w) const {
  if (w.empty()) return false;
  const unsigned first = static_cast<unsigned>(static_cast<unsigned char>(ascii_lower(w[0]))) - 'a';
  if (first >= 26) return false;
  const unsigned second = w.size() == 1 ? kOneLetter : static_cast<unsigned char>(ascii_lower(w[1]));
  return word_openings_[first].test(second);
}

// Cues are proper names, so only capitalized words are looked up (one hash lookup each; a
// phrase lookup only after a word that starts a phrase cue, like "New" or "Hong").
void CurrencyContext::count_cues(std::string_view text, std::unordered_map<std::string, int>& weight) const {
  std::string key, phrase;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    i = next_capital(text, i);
    if (i >= n) break;
    if (i > 0 && is_ascii_alnum(text[i - 1])) {
      ++i;
      continue;
    }
    const size_t e = word_end(text, i);
    const std::string_view w = text.substr(i, e - i);
    // Two table reads, then a hash for the few words that pass: no copy, few lookups.
    const bool may_hold = may_open_cue_word(w) && words_filter_.may_hold(w);
    const auto word = may_hold ? words_.find(w) : words_.end();
    if (word == words_.end()) {
      i = e;
      continue;
    }
    append_lower(key, text.substr(i, e - i), true);
    const std::string* best = word->second.code;
    size_t best_end = e;
    if (word->second.starts_phrase) {
      phrase = key;
      size_t pe = e;
      for (int n = 1; n < max_cue_words_ && at(text, pe) == ' '; ++n) {
        const size_t next = word_end(text, pe + 1);
        if (next == pe + 1) break;
        phrase += ' ';
        append_lower(phrase, text.substr(pe + 1, next - pe - 1), false);
        pe = next;
        if (const auto it = cue_currency_.find(phrase); it != cue_currency_.end()) {
          best = &it->second;
          best_end = pe;
        }
      }
    }
    if (best) ++weight[*best];
    i = best ? best_end : e;
  }
}

// "OTTAWA, March 3 -" / "SYDNEY (Reuters) -" at the start of a paragraph.
void CurrencyContext::count_dateline(std::string_view text,
                                     std::unordered_map<std::string, int>& weight) const {
  size_t pos = 0;
  for (int paragraphs = 0; pos < text.size() && paragraphs < 6; ++paragraphs) {
    const size_t nl = text.find('\n', pos);
    const std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? 48 : std::min<size_t>(48, nl - pos));
    const size_t lead = line.find_first_not_of(" \t");
    const bool upper =
        lead != std::string_view::npos && lead + 1 < line.size() && line[lead] >= 'A' && line[lead] <= 'Z';
    const bool capitals = upper && line[lead + 1] >= 'A' && line[lead + 1] <= 'Z';
    // "OTTAWA, March 3 -" in capitals; "Toronto, April 1 -" in Title Case only with its date
    const RE2& rule = capitals ? dateline_ : dateline_title_;
    // The match test needs no groups (the DFA alone, no allocation); groups only for a dateline.
    re2::StringPiece city_piece, region_piece;
    if (upper && RE2::PartialMatch(line, rule) && RE2::PartialMatch(line, rule, &city_piece, &region_piece)) {
      std::string city = city_piece.ToString(), region = region_piece.ToString();
      while (!city.empty() && city.back() == ' ') city.pop_back();
      // The region first: "MELBOURNE, Fla." is in Florida, "LONDON, Ont." in Ontario.
      for (const std::string& place : {region, region + '.', city}) {
        const auto it = cue_currency_.find(ascii_lower(place));
        if (place.size() > 1 && it != cue_currency_.end()) {
          weight[it->second] += kDateline;
          return;
        }
      }
      // A wire headline reads like a dateline ("PARIBAS TO SEEK SHARE, BOND ISSUES"); a dateline
      // of a place that decides nothing has its date after it ("LAGOS, March 3 -").
      const auto after = [&](const re2::StringPiece& p) { return line.substr(static_cast<size_t>(p.end() - line.data())); };
      const std::string_view rest = after(region_piece.empty() ? city_piece : region_piece);
      const size_t next = rest.find_first_not_of(" ,.");
      if (next != std::string_view::npos &&
          (credit_then_dash(rest.substr(next)) || opens_with_month(rest.substr(next))))
        return;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
}

// A dateline adds kDateline to one code. When the family's leading code has the evidence it
// needs and leads every other code (and any code without evidence) by more than that, no
// dateline changes the decision, and reading one (a regex with groups) is skipped.
bool CurrencyContext::leads_beyond_dateline(const std::unordered_map<std::string, int>& weight,
                                            const std::string& family) const {
  int best = 0, second = 0;
  for (const auto& [code, w] : weight) {
    if (!currencies_.in_family(code, family)) continue;
    if (w > best) {
      second = best;
      best = w;
    } else if (w > second) {
      second = w;
    }
  }
  return best >= kMinimumEvidence && best - second > kDateline;
}

bool CurrencyContext::dateline_in(std::string_view text, const std::string& code) const {
  std::unordered_map<std::string, int> weight;
  count_dateline(text, weight);
  return weight.count(code) > 0;
}

std::string CurrencyContext::cents_currency(std::string_view text, const std::vector<Money>& money) const {
  static const std::string kCent = "cent";
  std::string code;
  for (const Money& m : money) {
    if (m.basis != CurrencyBasis::Explicit || !currencies_.in_family(m.currency, kCent)) continue;
    if (!code.empty() && code != m.currency) return {};
    code = m.currency;
  }
  if (!code.empty()) return code;
  std::unordered_map<std::string, int> weight;
  count_dateline(text, weight);
  for (const auto& entry : weight)
    if (currencies_.in_family(entry.first, kCent)) return entry.first;
  return {};
}

std::string CurrencyContext::decide(std::string_view text, const std::vector<Money>& explicit_money,
                                    const std::string& family) const {
  std::unordered_map<std::string, int> weight;
  for (size_t i = 0; i < explicit_money.size(); ++i) {
    const Money& m = explicit_money[i];
    // Only a currency the story writes is evidence; one carried to a compared figure ("from
    // 9.15 billion") or a results-table column counts once, where it is written.
    if (m.currency.empty() || m.basis != CurrencyBasis::Explicit ||
        !currencies_.in_family(m.currency, family))
      continue;
    if (i > 0 && is_conversion(text, explicit_money[i - 1].span, m.span)) continue;
    weight[m.currency] += m.currency == "USD" ? kExplicitUsDollar : kExplicitForeignDollar;
  }
  count_cues(text, weight);
  if (!leads_beyond_dateline(weight, family)) count_dateline(text, weight);
  std::string best;
  int best_weight = 0;
  bool tie = false;
  for (const auto& [code, w] : weight) {
    if (!currencies_.in_family(code, family)) continue;
    if (w > best_weight) {
      best = code;
      best_weight = w;
      tie = false;
    } else if (w == best_weight) {
      tie = true;
    }
  }
  if (tie || best_weight < kMinimumEvidence) return {};
  return best;
}

}  // namespace newsclaim
