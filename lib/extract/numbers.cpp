#include "extract/numbers.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "text/ascii.hpp"

namespace newsclaim::numbers {
namespace {

struct WordValue {
  std::string_view word;  // a view: no strlen per comparison
  double value;
};

// English number words: a fact of the language, like a tokenizer rule, so kept with the parser.
constexpr std::array<WordValue, 29> kWords{{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"hundred", 100},
}};

constexpr std::array<WordValue, 17> kMagnitudes{{
    {"thousand", 1e3},
    {"k", 1e3},
    {"million", 1e6},
    {"mln", 1e6},
    {"mn", 1e6},
    {"m", 1e6},
    {"billion", 1e9},
    {"bn", 1e9},
    {"bln", 1e9},
    {"b", 1e9},
    {"trillion", 1e12},
    {"tn", 1e12},
    {"lakh", 1e5},
    {"lakhs", 1e5},
    {"crore", 1e7},
    {"crores", 1e7},
    {"thousands", 1e3},
}};

// The first letters and the longest word of a table: a word failing these cannot be in it, and
// most words looked up are not (the quantity stage asks about every word after a number).
struct Shape {
  uint32_t first_letters = 0;
  size_t longest = 0;
};

template <size_t N>
constexpr Shape shape_of(const std::array<WordValue, N>& table) {
  Shape s;
  for (const auto& w : table) {
    s.first_letters |= uint32_t{1} << (w.word[0] - 'a');
    s.longest = w.word.size() > s.longest ? w.word.size() : s.longest;
  }
  return s;
}

bool may_be_in(const Shape& s, std::string_view word) {
  if (word.empty() || word.size() > s.longest) return false;
  const char c = ascii_lower(word[0]);
  return c >= 'a' && c <= 'z' && ((s.first_letters >> (c - 'a')) & 1);
}

constexpr Shape kWordShape = shape_of(kWords);
constexpr Shape kMagnitudeShape = shape_of(kMagnitudes);

// Checks the grouping of the integer part: plain digits, groups of three, or Indian 2-2-3.
bool valid_grouping(std::string_view integer, char sep) {
  if (integer.find(sep) == std::string_view::npos) return !integer.empty();
  size_t last = integer.rfind(sep);
  if (integer.size() - last - 1 != 3) return false;
  size_t first = integer.find(sep);
  if (first == 0 || first > 3) return false;
  // Groups between first and last are all 3 wide (western) or all 2 wide (Indian).
  size_t width = 0;
  for (size_t pos = first; pos < last;) {
    const size_t next = integer.find(sep, pos + 1);
    const size_t w = next - pos - 1;
    if (width == 0) width = w;
    if (w != width || (w != 2 && w != 3)) return false;
    pos = next;
  }
  return true;
}

}  // namespace

std::optional<double> parse_digits(std::string_view text, bool decimal_comma) {
  // Plain digits ("1997", "12"), nearly every numeral of a text: the value the checks below
  // end in, without their searches.
  uint64_t plain = 0;
  size_t k = 0;
  for (; k < text.size() && k < 15 && is_ascii_digit(text[k]); ++k)
    plain = plain * 10 + static_cast<uint64_t>(text[k] - '0');
  if (k > 0 && k == text.size()) return static_cast<double>(plain);
  const char sep = decimal_comma ? '.' : ',';
  const char point = decimal_comma ? ',' : '.';
  if (text.empty()) return std::nullopt;
  const size_t p = text.find(point);
  const std::string_view integer = text.substr(0, p);
  const std::string_view fraction = p == std::string_view::npos ? std::string_view{} : text.substr(p + 1);
  for (char c : integer)
    if (!is_ascii_digit(c) && c != sep) return std::nullopt;
  for (char c : fraction)
    if (!is_ascii_digit(c)) return std::nullopt;
  if (p != std::string_view::npos && fraction.empty()) return std::nullopt;
  if (!integer.empty() && !valid_grouping(integer, sep)) return std::nullopt;
  if (integer.empty() && fraction.empty()) return std::nullopt;
  if (fraction.empty()) {
    // A whole number of up to 15 digits (nearly all) is exact as a double: the value
    // from_chars would read, without its cost.
    uint64_t whole = 0;
    int digits = 0;
    for (char c : integer)
      if (c != sep) whole = whole * 10 + static_cast<uint64_t>(c - '0'), ++digits;
    if (digits <= 15) return static_cast<double>(whole);
  }
  std::array<char, 64> buf{};
  size_t n = 0;
  for (char c : integer)
    if (c != sep && n < buf.size() - 2) buf[n++] = c;
  if (n == 0) buf[n++] = '0';
  if (!fraction.empty()) buf[n++] = '.';
  for (char c : fraction)
    if (n < buf.size() - 1) buf[n++] = c;
  double value = 0;
  const auto [ptr, ec] = std::from_chars(buf.data(), buf.data() + n, value);
  if (ec != std::errc() || ptr != buf.data() + n) return std::nullopt;
  return value;
}

std::optional<double> magnitude(std::string_view word) {
  if (!may_be_in(kMagnitudeShape, word)) return std::nullopt;
  for (const auto& m : kMagnitudes)
    if (ascii_equal_lower(word, m.word)) return m.value;
  return std::nullopt;
}

std::optional<double> trailing_magnitude(std::string_view phrase) {
  size_t s = phrase.size();
  while (s > 0 &&
         ((phrase[s - 1] >= 'a' && phrase[s - 1] <= 'z') || (phrase[s - 1] >= 'A' && phrase[s - 1] <= 'Z')))
    --s;
  return s == phrase.size() ? std::nullopt : magnitude(phrase.substr(s));
}

std::optional<double> word_value(std::string_view word) {
  if (!may_be_in(kWordShape, word)) return std::nullopt;
  for (const auto& w : kWords)
    if (ascii_equal_lower(word, w.word)) return w.value;
  return std::nullopt;
}

namespace {

// Accumulates a number token by token the way English composes it:
// "two hundred and five thousand" = (2 * 100 + 5) * 1000.
class Accumulator {
 public:
  // Returns false when the token cannot be part of a number.
  bool add(std::string_view token) {
    if (token.empty()) return true;
    if (is_ascii_digit(token[0]) || (token[0] == '.' && token.size() > 1)) return add_numeral(token);
    if (ascii_equal_lower(token, "and")) {
      and_after_small_ = !after_scale_;  // "one and two" is two numbers; "a hundred and two" one
      return seen_;
    }
    if (ascii_equal_lower(token, "a") || ascii_equal_lower(token, "an")) return add_article();
    if (ascii_equal_lower(token, "half")) return add_fraction(0.5);
    if (ascii_equal_lower(token, "quarter")) return add_fraction(0.25);
    if (ascii_equal_lower(token, "dozen")) return scale_current(12);
    if (ascii_equal_lower(token, "hundred")) return scale_current(100);
    if (const auto w = word_value(token)) return add_value(*w);
    if (const auto m = magnitude(token)) return add_magnitude(*m);
    return false;
  }
  std::optional<double> result() const {
    if (!seen_) return std::nullopt;
    return total_ + current_ * fraction_;
  }

 private:
  bool add_numeral(std::string_view token) {
    size_t n = 0;
    while (n < token.size() && (is_ascii_digit(token[n]) || token[n] == ',' || token[n] == '.')) ++n;
    const auto v = parse_digits(token.substr(0, n));
    if (!v || !add_value(*v)) return false;
    return n == token.size() || add(token.substr(n));
  }
  bool add_article() {
    and_after_small_ = false;  // "two and a half"
    if (current_ == 0) current_ = 1, article_only_ = true;
    seen_article_ = true;
    return true;
  }
  // "half a billion" scales what follows; "two and a half" adds to what precedes; "a million
  // and a half" adds half the magnitude before it.
  bool add_fraction(double f) {
    and_after_small_ = false;
    if (last_magnitude_ > 0 && (current_ == 0 || article_only_)) {
      total_ += f * last_magnitude_;
      current_ = 0;
      article_only_ = false;
    } else if (seen_ && current_ > 0) {
      current_ += f;
    } else {
      fraction_ = f;
      if (current_ == 0) current_ = 1;
    }
    seen_ = true;
    return true;
  }
  bool add_value(double v) {
    if (and_after_small_) return false;
    after_scale_ = false;
    current_ = (current_ == 1 && seen_article_ && !seen_) ? v : current_ + v;
    seen_ = true;
    article_only_ = false;
    last_magnitude_ = 0;
    return true;
  }
  bool scale_current(double factor) {
    after_scale_ = true;
    current_ = (current_ == 0 ? 1 : current_) * factor;
    seen_ = true;
    article_only_ = false;
    last_magnitude_ = 0;
    return true;
  }
  bool add_magnitude(double m) {
    if (!seen_ && !seen_article_) return false;
    total_ += (current_ == 0 ? 1 : current_) * fraction_ * m;
    current_ = 0;
    fraction_ = 1;
    seen_ = true;
    article_only_ = false;
    after_scale_ = true;
    last_magnitude_ = m;
    return true;
  }

  double total_ = 0, current_ = 0, fraction_ = 1;
  double last_magnitude_ = 0;  // the magnitude just applied, while no number word followed it
  bool seen_ = false, seen_article_ = false;
  bool article_only_ = false;     // current_ is 1 only because of an article ("and a")
  bool after_scale_ = false;      // the last word was "hundred", "dozen" or a magnitude
  bool and_after_small_ = false;  // an "and" followed a word below a hundred: "one and"
};

bool is_separator(char c) { return c == ' ' || c == '-' || c == '\t' || c == '\n'; }

// Whether text is one numeral token ("1997", "6.8", "1,250,000"): the accumulator would read it
// as a single numeral, parse_digits alone, so the money scan's most common cores skip it.
bool is_numeral_token(std::string_view text) {
  if (text.empty() || !is_ascii_digit(text[0])) return false;
  for (char c : text)
    if (!is_ascii_digit(c) && c != ',' && c != '.') return false;
  return true;
}

std::optional<double> accumulate(std::string_view text) {
  Accumulator acc;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_separator(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !is_separator(text[j])) ++j;
    if (j > i && !acc.add(text.substr(i, j - i))) return std::nullopt;
    i = j;
  }
  return acc.result();
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  auto v = is_numeral_token(text) ? parse_digits(text) : accumulate(text);
  if (!v || !std::isfinite(*v)) return std::nullopt;
  // 8.2 * 1e6 is 8199999.999999999 in binary: snap results that are whole up to rounding.
  const double whole = std::round(*v);
  if (std::fabs(*v) >= 1 && std::fabs(*v - whole) <= 1e-9 * std::fabs(*v)) v = whole;
  return v;
}

double as_written(double v) {
  if (!std::isfinite(v) || v == std::floor(v)) return v;
  char buf[32];
  const auto written = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 15);
  double read = v;
  std::from_chars(buf, written.ptr, read);
  return read;
}

bool looks_like_year(std::string_view number) {
  return number.size() == 4 && std::all_of(number.begin(), number.end(), is_ascii_digit) &&
         (number[0] == '1' || number[0] == '2');
}

}  // namespace newsclaim::numbers
