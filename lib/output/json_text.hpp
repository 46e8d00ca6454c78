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
    const uint64_t bit = uint64_t{1} << (depth_ - 1);
    char* p = room(kMaxKey + 6 + 2 * kMaxDepth);
    if (has_items_ & bit) *p++ = ',';
    has_items_ |= bit;
    if (pretty_) p = newline(p);
    *p++ = '"';
    std::memcpy(p, k, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    commit(p);
    after_key_ = true;
  }
  void string(std::string_view s);
  void string_or_null(std::string_view s);  // empty -> null
  void number(double v);
  void integer(long long v);
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
  static const size_t kStringPiece;

  // Pointer to at least n (<= kBuffer) writable bytes at the end of the text.
  char* room(size_t n) {
    assert(n <= kBuffer);
    if (kBuffer - used_ < n) flush();
    return buffer_ + used_;
  }
  void commit(const char* end) { used_ = static_cast<size_t>(end - buffer_); }
  void flush() {
    out_.append(buffer_, used_);
    used_ = 0;
  }
  void long_string(std::string_view s);
  void before_value() {
    if (after_key_) after_key_ = false;
    else if (depth_ > 0) separator();
  }
  void separator();
  void open(char bracket);
  void close(char bracket);
  void literal(std::string_view word);
  char* newline(char* p) const;

  std::string& out_;
  char buffer_[kBuffer];  // text not yet in out_
  size_t used_ = 0;       // bytes of buffer_ that are text
  bool pretty_;
  int depth_ = 0;
  uint64_t has_items_ = 0;  // bit d: the container at depth d + 1 has an element
  bool after_key_ = false;
};

// Appends s as a JSON string literal (with quotes), escaping as RFC 8259 requires, plus DEL
// as \u007f; other bytes (UTF-8 included) are copied unchanged.
void append_json_string(std::string& out, std::string_view s);

}  // namespace newsclaim
