#include "output/json_text.hpp"

#include <fmt/format.h>

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

namespace newsclaim {
namespace {

// Bytes a JSON string literal cannot hold as they are: controls, '"', '\\', and DEL.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = t[0x7F] = true;
  return t;
}();

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// True when any of the 8 bytes in w needs an escape. The "has a zero byte" and "has a byte
// below n" tests are exact for the whole word (no false positives across bytes).
bool word_needs_escape(uint64_t w) {
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  return (below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) |
          has_zero(w ^ (kOnes * 0x7F))) != 0;
}

// Offset of the first byte of s at or after from that needs an escape, or s.size().
size_t next_escape(std::string_view s, size_t from) {
  size_t i = from;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (word_needs_escape(w)) break;
  }
  for (; i < s.size(); ++i) {
    if (kNeedsEscape[static_cast<unsigned char>(s[i])]) return i;
  }
  return s.size();
}

void append_escape(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default: {
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(u, 6);
    }
  }
}

template <typename Int>
void append_integer(std::string& out, Int v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size() + 2);
  out.push_back('"');
  size_t done = 0;
  while (true) {
    const size_t hit = next_escape(s, done);
    out.append(s.data() + done, hit - done);
    if (hit == s.size()) break;
    append_escape(out, static_cast<unsigned char>(s[hit]));
    done = hit + 1;
  }
  out.push_back('"');
}

void JsonText::newline() {
  if (!pretty_) return;
  out_.push_back('\n');
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
}

void JsonText::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  const uint64_t bit = uint64_t{1} << (depth_ - 1);
  if (has_items_ & bit) out_.push_back(',');
  has_items_ |= bit;
  newline();
}

void JsonText::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  assert(depth_ < kMaxDepth);
  ++depth_;
  has_items_ &= ~(uint64_t{1} << (depth_ - 1));
}

void JsonText::close(char bracket) {
  const bool empty = (has_items_ & (uint64_t{1} << (depth_ - 1))) == 0;
  --depth_;
  if (!empty) newline();
  out_.push_back(bracket);
}

void JsonText::begin_object() { open('{'); }
void JsonText::end_object() { close('}'); }
void JsonText::begin_array() { open('['); }
void JsonText::end_array() { close(']'); }

void JsonText::key(std::string_view k) {
  before_value();
  assert(next_escape(k, 0) == k.size());
  out_.push_back('"');
  out_.append(k);
  if (pretty_) out_.append("\": ", 3);
  else out_.append("\":", 2);
  after_key_ = true;
}

void JsonText::string(std::string_view s) {
  before_value();
  append_json_string(out_, s);
}

void JsonText::string_or_null(std::string_view s) {
  if (s.empty()) null();
  else string(s);
}

void JsonText::number(double v) {
  before_value();
  if (!std::isfinite(v)) {
    out_.append("null", 4);
  } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
    append_integer(out_, static_cast<long long>(v));
  } else {
    // fmt's shortest round-trip form ("2.5e-07"); std::to_chars would pick other layouts.
    char buf[40];
    const auto r = fmt::format_to_n(buf, sizeof buf, "{}", v);
    out_.append(buf, r.out);
  }
}

void JsonText::integer(long long v) {
  before_value();
  append_integer(out_, v);
}

void JsonText::boolean(bool v) {
  before_value();
  if (v) out_.append("true", 4);
  else out_.append("false", 5);
}

void JsonText::null() {
  before_value();
  out_.append("null", 4);
}

}  // namespace newsclaim
