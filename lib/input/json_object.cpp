#include "input/json_object.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.hpp"

namespace newsclaim {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// End of the run from p on of string bytes that stand for themselves: ASCII other than
// controls, '"' and '\\'. 16 bytes at a time with SSE2, else 8 in a word, since article
// texts are long such runs.
const char* plain_run_end(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i last_control = _mm_set1_epi8(0x1F);
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  for (; end - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v);  // v <= 0x1F
    const __m128i hit = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    // movemask of v itself marks the bytes >= 0x80
    if (const int mask = _mm_movemask_epi8(hit) | _mm_movemask_epi8(v)) return p + __builtin_ctz(mask);
  }
#endif
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  for (; end - p >= 8; p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t below_space = (w - kOnes * 0x20) & ~w;
    if (((below_space | w) & kHighs) | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) break;
  }
  for (; p < end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
  }
  return p;
}

// nlohmann reads numbers with a fraction or exponent, and integers beyond 64 bits, as
// doubles and rejects those that overflow; so must we, to accept the same lines.
bool finite_as_double(std::string_view token) {
  const std::string copy(token);  // strtod needs a terminated string
  return std::isfinite(std::strtod(copy.c_str(), nullptr));
}

class Parser {
 public:
  explicit Parser(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool object(std::span<const std::string_view> names, std::span<JsonField> fields);
  // Where reading is, as a byte offset into line (the text the parser was made with).
  size_t offset(std::string_view line) const { return static_cast<size_t>(p_ - line.data()); }

 private:
  enum class Step { Error, Opened, Complete, Done };

  bool at(char c) const { return p_ < end_ && *p_ == c; }
  bool eat(char c) {
    if (!at(c)) return false;
    ++p_;
    return true;
  }
  void skip_ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool string(std::string* out);
  bool escape(std::string* out);
  bool unicode_escape(std::string* out);
  bool hex4(char32_t& value);
  bool digits();
  bool number(std::string_view& token);
  bool literal(std::string_view word);
  bool scalar();
  bool member_key();
  bool value();
  Step begin_value();
  Step end_values();
  bool field_value(JsonField& field);

  const char* p_;
  const char* end_;
  size_t invalid_bytes_ = 0;    // in the strings read so far
  size_t lone_surrogates_ = 0;  // likewise
  std::string key_;
  std::vector<char> closers_;  // expected closing brackets of the containers value() is inside
};

// A string from its opening quote on; its unescaped text is appended to out unless null.
// Text is kept, not refused: a byte that starts no UTF-8 sequence is copied as it is (the
// Document decodes it to U+FFFD and reports it) and counted in invalid_bytes_.
bool Parser::string(std::string* out) {
  ++p_;
  while (true) {
    const char* run = p_;
    p_ = plain_run_end(p_, end_);
    if (out) out->append(run, p_);
    if (p_ == end_) return false;
    const auto c = static_cast<unsigned char>(*p_);
    if (c == '"') {
      ++p_;
      return true;
    }
    if (c == '\\') {
      if (!escape(out)) return false;
      continue;
    }
    if (c < 0x20) return false;  // raw control characters must be escaped
    size_t len = utf8::valid_sequence_length(std::string_view(p_, static_cast<size_t>(end_ - p_)), 0);
    if (len == 0) {
      len = 1;
      ++invalid_bytes_;
    }
    if (out) out->append(p_, len);
    p_ += len;
  }
}

bool Parser::escape(std::string* out) {
  if (end_ - p_ < 2) return false;
  const char kind = p_[1];
  p_ += 2;
  char c;
  switch (kind) {
    case '"': case '\\': case '/': c = kind; break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'u': return unicode_escape(out);
    default: return false;
  }
  if (out) out->push_back(c);
  return true;
}

bool Parser::hex4(char32_t& value) {
  if (end_ - p_ < 4) return false;
  value = 0;
  for (int k = 0; k < 4; ++k, ++p_) {
    const char c = *p_;
    const int d = is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    value = value * 16 + static_cast<char32_t>(d);
  }
  return true;
}

// \uXXXX after its "\u". A surrogate escape not in a high-low pair (Python writes one for a
// lone surrogate in a str) becomes U+FFFD, one code point as in Python's string, and is
// counted in lone_surrogates_; an escape after a lone high surrogate is read on its own.
bool Parser::unicode_escape(std::string* out) {
  char32_t cp;
  if (!hex4(cp)) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    const char* after = p_;
    char32_t low = 0;
    const bool paired = cp <= 0xDBFF && end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u' &&
                        (p_ += 2, hex4(low)) && low >= 0xDC00 && low <= 0xDFFF;
    if (paired) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else {
      p_ = after;
      cp = 0xFFFD;
      ++lone_surrogates_;
    }
  }
  if (out) utf8::append(*out, cp);
  return true;
}

bool Parser::digits() {
  const char* start = p_;
  while (p_ < end_ && is_digit(*p_)) ++p_;
  return p_ > start;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool Parser::number(std::string_view& token) {
  const char* start = p_;
  eat('-');
  if (!eat('0') && !digits()) return false;  // digits() here starts with 1-9
  // An integer too long for 64 bits is read as a double; only 300+ digits can overflow one.
  bool as_double = p_ - start > 300;
  if (eat('.')) {
    as_double = true;
    if (!digits()) return false;
  }
  if (eat('e') || eat('E')) {
    as_double = true;
    if (!eat('+')) eat('-');
    if (!digits()) return false;
  }
  token = std::string_view(start, static_cast<size_t>(p_ - start));
  return !as_double || finite_as_double(token);
}

bool Parser::literal(std::string_view word) {
  if (static_cast<size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0) return false;
  p_ += word.size();
  return true;
}

bool Parser::scalar() {
  if (p_ == end_) return false;
  std::string_view token;
  switch (*p_) {
    case '"': return string(nullptr);
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default: return number(token);
  }
}

// A key and its colon, inside an object being skipped.
bool Parser::member_key() {
  skip_ws();
  if (!at('"') || !string(nullptr)) return false;
  skip_ws();
  return eat(':');
}

// At the start of a value: opens a non-empty container, or reads a whole (empty or scalar) one.
Parser::Step Parser::begin_value() {
  const char open = p_ < end_ ? *p_ : '\0';
  if (open != '{' && open != '[') return scalar() ? Step::Complete : Step::Error;
  ++p_;
  skip_ws();
  const char close = open == '{' ? '}' : ']';
  if (eat(close)) return Step::Complete;
  closers_.push_back(close);
  if (open == '{' && !member_key()) return Step::Error;
  return Step::Opened;
}

// After a complete value: closes finished containers; Opened when another element follows.
Parser::Step Parser::end_values() {
  while (!closers_.empty()) {
    skip_ws();
    if (eat(',')) {
      if (closers_.back() == '}' && !member_key()) return Step::Error;
      return Step::Opened;
    }
    if (!eat(closers_.back())) return Step::Error;
    closers_.pop_back();
  }
  return Step::Done;
}

// Validates and skips one value of any depth, without recursion (lines may nest deeply).
bool Parser::value() {
  closers_.clear();
  while (true) {
    skip_ws();
    const Step begun = begin_value();
    if (begun == Step::Error) return false;
    if (begun == Step::Opened) continue;
    const Step ended = end_values();
    if (ended == Step::Error) return false;
    if (ended == Step::Done) return true;
  }
}

bool Parser::field_value(JsonField& field) {
  field.value.clear();
  if (at('"')) {
    field.kind = JsonField::Kind::String;
    invalid_bytes_ = lone_surrogates_ = 0;
    const bool ok = string(&field.value);
    field.invalid_bytes = invalid_bytes_;
    field.lone_surrogates = lone_surrogates_;
    return ok;
  }
  if (at('-') || (p_ < end_ && is_digit(*p_))) {
    std::string_view token;
    if (!number(token)) return false;
    field.kind = JsonField::Kind::Number;
    field.value.assign(token);
    return true;
  }
  field.kind = JsonField::Kind::Other;
  return value();
}

bool Parser::object(std::span<const std::string_view> names, std::span<JsonField> fields) {
  if (end_ - p_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0) p_ += 3;  // as nlohmann does
  skip_ws();
  if (!eat('{')) return false;
  skip_ws();
  bool more = !eat('}');
  while (more) {
    key_.clear();
    if (!at('"') || !string(&key_)) return false;
    skip_ws();
    if (!eat(':')) return false;
    skip_ws();
    JsonField* first = nullptr;
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] != key_) continue;
      if (!first) {
        first = &fields[i];
        if (!field_value(*first)) return false;
      } else {
        fields[i] = *first;  // two options naming the same field
      }
    }
    if (!first && !value()) return false;
    skip_ws();
    if (eat(',')) {
      skip_ws();
    } else if (eat('}')) {
      more = false;
    } else {
      return false;
    }
  }
  skip_ws();
  return p_ == end_;
}

}  // namespace

bool read_json_object(std::string_view line, std::span<const std::string_view> names,
                      std::span<JsonField> fields, size_t* stopped_at) {
  for (auto& f : fields) f = JsonField{};
  Parser parser(line);
  const bool ok = parser.object(names, fields);
  if (!ok && stopped_at) *stopped_at = parser.offset(line);
  return ok;
}

}  // namespace newsclaim
