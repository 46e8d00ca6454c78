// A minimal streaming JSON emitter (objects, arrays, escaped strings, numbers), pretty or
// compact. Used by the JSON/JSONL writers; knows nothing about newsclaim's fields.
// Hot path of every record's output: it writes into a fixed buffer of its own, so a key or a
// number is a few stores, not an append call, and the buffer goes to the output string in
// pieces (growing the string ahead instead zero-filled every byte before it was written).
#pragma once
#include <cassert>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace newsclaim {

class JsonText {
 public:
  // Appends to out. The text reaches out in pieces, the last when the destructor runs, so
  // read out only after the JsonText is gone.
  JsonText(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}
  ~JsonText() { flush(); }
  JsonText(const JsonText&) = delete;
  JsonText& operator=(const JsonText&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // Inside an object: the next value's key, a string literal. k is written as is, so it must
  // be a field name that needs no escaping (ASCII letters, digits, '_').
  template <size_t N>
  void key(const char (&k)[N]) {
    // Keys are the most frequent token: the separator is written here in the same room, and
    // the key's length is a constant, so its copy is a store or two rather than a call.
    static_assert(N - 1 <= kMaxKey, "a key is a short field name");
    assert(depth_ > 0 && !after_key_);
    char* p = element_start(room(kMaxKey + 4 + kMaxSeparator));
    *p++ = '"';
    std::memcpy(p, k, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    commit(p);
    after_key_ = true;
  }
  void string(std::string_view s) {
    if (s.size() > kStringPiece) return long_string(s);
    commit(write_json_string(value_start(kMaxEscapedSize * s.size() + 2), s));
  }
  void string_or_null(std::string_view s) {  // empty -> null
    if (s.empty())
      null();
    else
      string(s);
  }
  void number(double v);
  void integer(long long v) { commit(write_integer(value_start(kMaxInteger), v)); }
  void boolean(bool v) { literal(v ? std::string_view("true") : std::string_view("false")); }
  void null() { literal("null"); }
  template <typename T>
  void optional_number(const std::optional<T>& v) {
    if (v) number(static_cast<double>(*v));
    else null();
  }

  // Containers nest at most this deep (newsclaim's records use 4 levels).
  static constexpr int kMaxDepth = 64;
  static constexpr size_t kMaxKey = 64;

 private:
  // The buffer's size: below glibc's threshold for copying with "rep movsb", and room for the
  // escapes of kStringPiece bytes (a longer string is written piece by piece).
  static constexpr size_t kBuffer = 4000;
  static constexpr size_t kMaxEscapedSize = 6;  // "\u001f" for one input byte
  static constexpr size_t kMaxInteger = 20;     // "-9223372036854775808"
  // A comma and, in pretty mode, a new line indented by two spaces a level.
  static constexpr size_t kMaxSeparator = 2 + 2 * kMaxDepth;
  static constexpr size_t kStringPiece = (kBuffer - 2 - kMaxSeparator) / kMaxEscapedSize;

  // Pointer to at least n (<= kBuffer) writable bytes at the end of the text.
  char* room(size_t n) {
    assert(n <= kBuffer);
    if (kBuffer - used_ < n) flush();
    return buffer_ + used_;
  }
  void commit(const char* end) { used_ = static_cast<size_t>(end - buffer_); }
  void flush();  // out of line: the hot paths stay free of its call
  // Room for a value of at most n bytes, with its separator written before it: nothing after
  // a key or at the top level, else a comma unless it is the container's first element, and
  // in pretty mode a new indented line.
  char* value_start(size_t n) {
    char* p = room(n + kMaxSeparator);
    if (after_key_) {
      after_key_ = false;
      return p;
    }
    return depth_ > 0 ? element_start(p) : p;
  }
  // Writes the separator of an element of the innermost container at p; returns its end.
  char* element_start(char* p) {
    *p = ',';
    p += has_items_;  // no branch: the comma is overwritten when not wanted
    has_items_ = true;
    return pretty_ ? newline(p) : p;
  }
  void long_string(std::string_view s);
  void open(char bracket) {
    char* p = value_start(1);
    *p++ = bracket;
    commit(p);
    assert(depth_ < kMaxDepth);
    ++depth_;
    has_items_ = false;
  }
  void close(char bracket) {
    assert(depth_ > 0 && !after_key_);
    --depth_;
    char* p = room(kMaxSeparator);
    if (has_items_ && pretty_) p = newline(p);
    *p++ = bracket;
    commit(p);
    has_items_ = true;  // the container closed is an element of the one around it
  }
  void literal(std::string_view word) {
    char* p = value_start(word.size());
    std::memcpy(p, word.data(), word.size());
    commit(p + word.size());
  }
  char* newline(char* p) const;
  friend void append_json_string(std::string& out, std::string_view s);
  // Write at p, which has room for them; return the end of what they wrote.
  static char* write_json_string(char* p, std::string_view s);  // room for 6 * s.size() + 2
  static char* write_integer(char* p, long long v);             // room for kMaxInteger

  std::string& out_;
  char buffer_[kBuffer];  // text not yet in out_
  size_t used_ = 0;       // bytes of buffer_ that are text
  bool pretty_;
  int depth_ = 0;
  // The innermost container has an element (a key counts): an element closing a container
  // leaves it set for the container around it.
  bool has_items_ = false;
  bool after_key_ = false;
};

// Appends s as a JSON string literal (with quotes), escaping as RFC 8259 requires, plus DEL
// as \u007f; other bytes (UTF-8 included) are copied unchanged.
void append_json_string(std::string& out, std::string_view s);

}  // namespace newsclaim
