#include "extract/entities_scan.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "text/ascii.hpp"

namespace newsclaim {

namespace {

struct CodePoint {
  UChar32 c = 0;
  int32_t next = 0;  // byte offset after it
};

CodePoint decode_at(std::string_view text, int32_t i) {
  CodePoint cp;
  cp.next = i;
  U8_NEXT(text.data(), cp.next, static_cast<int32_t>(text.size()), cp.c);
  return cp;
}

// decode_at, with an ASCII byte (most of them) read without the decoder's call.
CodePoint code_point_at(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, static_cast<int32_t>(i + 1)};
  return decode_at(text, static_cast<int32_t>(i));
}

bool word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool upper_start(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

// ASCII letters and digits by byte: one load per byte of a word instead of three range tests.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();
bool ascii_alnum(unsigned char c) { return kAsciiAlnum[c]; }

// word_char of the code point at i (i < text.size()); ASCII without decoding.
bool word_char_at(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  return c < 0x80 ? ascii_alnum(c) : word_char(decode_at(text, static_cast<int32_t>(i)).c);
}

// "com", "net" or "org" at i, ending a word.
bool web_suffix(std::string_view text, size_t i) {
  const std::string_view s = text.substr(i, 3);
  if (s != "com" && s != "net" && s != "org") return false;
  return i + 3 >= text.size() || !word_char_at(text, i + 3);
}

// An '&' at i joining two capitals without spaces: "AT&T", "P&O", "S&P" are one word ("Procter
// & Gamble" is three).
bool ampersand_joins(std::string_view text, size_t i) {
  return i > 0 && i + 1 < text.size() && is_ascii_upper(text[i - 1]) && is_ascii_upper(text[i + 1]);
}

// A '/' at slash after the one capital at i that joins a word: "M/A-Com" (a capital, then a
// hyphen or lower-case letters), and the legal forms "A/S" (Scandinavian) and "S/A" (Latin
// American), but not "I/O chips", "A/B tests", "N/A" or a ticker's "R/DHB".
bool slash_joins(std::string_view text, size_t i, size_t slash) {
  if (slash != i + 1 || slash + 1 >= text.size() || !is_ascii_upper(text[slash + 1])) return false;
  if (slash + 3 < text.size() &&
      (is_ascii_lower(text[slash + 2]) || (text[slash + 2] == '-' && is_ascii_alpha(text[slash + 3]))))
    return true;
  const std::string_view form = text.substr(i, 3);
  return form == "A/S" || form == "S/A";
}

// A capital at i that closes a dotted abbreviation written without its last period: "U.S,",
// "the U.K's", "U.S-based", "<T.N>" (one ASCII capital, then the text's end, a space, a
// possessive or punctuation that closes a word; not "A.O'Neil").
bool last_initial(std::string_view text, size_t i) {
  if (i >= text.size() || !is_ascii_upper(text[i])) return false;
  if (i + 1 == text.size() ||
      std::string_view(" \t\r\n,;:!?)\">/-").find(text[i + 1]) != std::string_view::npos)
    return true;
  const std::string_view rest = text.substr(i + 1, 3);
  return (rest.starts_with("'s") || rest.starts_with("'S")) &&
         (rest.size() == 2 || !word_char_at(text, i + 3));
}

// End of the capitalized word starting at i, or i when there is none. Most words are ASCII:
// their letters are passed over a byte at a time, without decoding.
size_t capword_end(std::string_view text, size_t i) {
  if (i >= text.size()) return i;
  const auto first = static_cast<unsigned char>(text[i]);
  if (first < 0x80 && !(first >= 'A' && first <= 'Z')) return i;
  CodePoint cp = code_point_at(text, i);
  if (!upper_start(cp.c)) return i;
  size_t end = cp.next;
  while (end < text.size()) {
    if (ascii_alnum(static_cast<unsigned char>(text[end]))) {
      ++end;
      continue;
    }
    cp = code_point_at(text, end);
    if (word_char(cp.c)) {
      end = cp.next;
      continue;
    }
    const bool joiner = cp.c == '\'' || cp.c == '-';
    if (joiner && end + 1 < text.size() && word_char_at(text, cp.next)) {
      end = cp.next;
      continue;
    }
    // "Growers' Federation", "Teamsters' Union": a plural's possessive before a capital keeps its
    // apostrophe, as "Britain's" keeps its "'s" (the tokens cut it, and join an organization word)
    if (cp.c == '\'' && text[end - 1] == 's' && end + 2 < text.size() && text[end + 1] == ' ' &&
        is_ascii_upper(text[end + 2]))
      return end + 1;
    if (cp.c == '&' && ampersand_joins(text, end)) {  // "AT&T", "P&O Cruises", "S&P"
      end = cp.next;
      continue;
    }
    if (cp.c == '/' && slash_joins(text, i, end)) {  // "M/A-Com Inc", "Kvaerner Industrier A/S"
      end = cp.next;
      continue;
    }
    if (cp.c == '.' && web_suffix(text, cp.next)) {  // "Detik.com", "Salon.com": a web outlet's name
      return cp.next + 3;                            // a period after it ends the sentence
    }
    if (cp.c == '.') ++end;  // "Inc.", "U.S."; "U.S." goes on over the next letter
    if (cp.c == '.' && end < text.size() && upper_start(code_point_at(text, end).c) &&
        end + 1 < text.size() && text[end + 1] == '.')
      continue;
    if (cp.c == '.' && end == i + 2 && last_initial(text, end)) return end + 1;  // "the U.S, he said"
    break;
  }
  return end;
}

// The word [i, end) is the exchange code closing a ticker glued to its symbol: "<KLM.AS>",
// "<TRP.TO>" (never a name of its own; the symbol before the period is the company's alias).
bool exchange_suffix(std::string_view text, size_t i, size_t end) {
  return i >= 2 && text[i - 1] == '.' && kAsciiAlnum[static_cast<unsigned char>(text[i - 2])] &&
         end < text.size() && text[end] == '>';
}

// Length of "ex", "anti", "pro" or "non" (any case) ending right before the hyphen at byte dash
// and opening a word, or 0: "ex-BBC", "anti-EU", "non-OPEC" hold a name after the prefix.
size_t name_prefix_before(std::string_view text, size_t dash) {
  size_t s = dash;
  while (s > 0 && is_ascii_alpha(text[s - 1]) && dash - s < 5) --s;
  if (s > 0 && (kAsciiAlnum[static_cast<unsigned char>(text[s - 1])] || text[s - 1] == '-')) return 0;
  const std::string_view w = text.substr(s, dash - s);
  for (const std::string_view prefix : {"ex", "anti", "pro", "non"}) {
    if (ascii_equal_lower(w, prefix)) return w.size();
  }
  return 0;
}

// "BBC", "U.S.": capitals (two or more) and periods only.
bool all_capitals(std::string_view w) {
  size_t capitals = 0;
  for (const char c : w) {
    if (is_ascii_upper(c))
      ++capitals;
    else if (c != '.')
      return false;
  }
  return capitals >= 2;
}

bool word_before(std::string_view text, size_t i) {
  if (i == 0) return false;
  const unsigned char p = static_cast<unsigned char>(text[i - 1]);
  if (p == '-' && name_prefix_before(text, i - 1) > 0) return false;
  // "non-U.S.", "U.K.-U.S.": the second initial of an abbreviation glued to a word before it
  if (p == '.' && i >= 3 && is_ascii_upper(text[i - 2]) &&
      (text[i - 3] == '-' || kAsciiAlnum[static_cast<unsigned char>(text[i - 3])]))
    return true;
  if (p < 0x80) return kAsciiAlnum[p] || p == '\'' || p == '-' || p == '_';
  return true;  // inside a non-ASCII word (a lower-case letter glued before a capital)
}

// The connector words, and the lengths (bits 1-6) of those starting with each byte: the word
// after nearly every run ("said", "has") is ruled out without a hash probe.
class Connectors {
 public:
  explicit Connectors(const WordTable<bool>& table) : table_(table) {
    for (std::string_view w : table.keys()) {
      if (!w.empty() && w.size() <= 6)
        lengths_[static_cast<unsigned char>(w[0])] |= static_cast<uint8_t>(1U << w.size());
    }
  }
  bool contains(std::string_view w) const {
    return !w.empty() && w.size() <= 6 &&
           (lengths_[static_cast<unsigned char>(w[0])] >> w.size() & 1U) != 0 && table_.find(w) != nullptr;
  }

 private:
  const WordTable<bool>& table_;
  std::array<uint8_t, 256> lengths_{};
};

// One connector word at i followed by a space: the offset after that space, or i.
size_t connector_end(std::string_view text, size_t i, const Connectors& connectors) {
  size_t j = i;
  while (j < text.size() && j - i < 6 && text[j] != ' ') ++j;
  if (j >= text.size() || text[j] != ' ' || j == i) return i;
  return connectors.contains(text.substr(i, j - i)) ? j + 1 : i;
}

// After a word ending at end: the end of the next word that continues the run, or end.
size_t extend(std::string_view text, size_t end, const Connectors& connectors) {
  if (end + 1 >= text.size() || text[end] != ' ') return end;
  size_t next = end + 1;
  // "Ali Khalifa al-Sabah", "Nouri al-Maliki": a family name with its article
  if (const size_t a = arabic_article_length(text.substr(next)); a > 0) {
    if (size_t e = capword_end(text, next + a); e > next + a) return e;
  }
  for (int k = 0; k <= 2; ++k) {
    if (size_t e = capword_end(text, next); e > next) return e;
    const size_t after = connector_end(text, next, connectors);
    if (after == next) return end;
    next = after;
  }
  return end;
}

// The first offset from i holding an ASCII capital or a UTF-8 lead byte of 0xC0 or more (a
// capital may start there), or where fewer than eight bytes are left. Most text is lower
// case: testing eight bytes at a time with bit tricks on one 64-bit load skips it several
// times faster than the byte loop, which then decides as before.
size_t skip_to_capital(std::string_view text, size_t i) {
  static_assert(std::endian::native == std::endian::little, "byte k of a load is bits 8k..8k+7");
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    const uint64_t low7 = x & ~kHigh;  // no carry leaves a byte below
    // Per byte under 0x80: bit 7 of +0x3F is set from 'A' up, of +0x25 from '[' up.
    const uint64_t capital = (low7 + 0x3F3F3F3F3F3F3F3FULL) & ~(low7 + 0x2525252525252525ULL) & ~x & kHigh;
    const uint64_t lead = x & (x << 1) & kHigh;  // both top bits set: 0xC0 and up
    if (const uint64_t any = capital | lead; any != 0)
      return i + static_cast<size_t>(std::countr_zero(any)) / 8;
  }
  return i;
}

}  // namespace

std::vector<Span> scan_capitalized_runs(std::string_view text, const WordTable<bool>& connector_words) {
  const Connectors connectors(connector_words);
  std::vector<Span> runs;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!((c >= 'A' && c <= 'Z') || c >= 0xC0) || word_before(text, i)) {
      i = skip_to_capital(text, i + 1);
      continue;
    }
    size_t end = capword_end(text, i);
    if (end == i) {
      ++i;
      continue;
    }
    // "Ex-BBC host": a capitalized prefix before an acronym opens no name ("Ex-Im Bank",
    // "Anti-Doping Agency" are names)
    if (const size_t dash = text.find('-', i); dash < end && name_prefix_before(text, dash) == dash - i &&
                                               all_capitals(text.substr(dash + 1, end - dash - 1))) {
      i = dash + 1;
      continue;
    }
    if (exchange_suffix(text, i, end)) {  // "AS" in "<KLM.AS>"
      i = end;
      continue;
    }
    for (size_t more = extend(text, end, connectors); more > end; more = extend(text, end, connectors))
      end = more;
    runs.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end)});
    i = end;
  }
  return runs;
}

}  // namespace newsclaim
