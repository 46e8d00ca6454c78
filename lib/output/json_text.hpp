// A minimal streaming JSON emitter (objects, arrays, escaped strings, numbers), pretty or
// compact. Used by the JSON/JSONL writers; knows nothing about newsclaim's fields.
// Hot path of every record's output: strings are copied in runs, numbers go through
// std::to_chars, and nothing allocates except the output string itself.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsclaim {

class JsonText {
 public:
  JsonText(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // Inside an object: the next value's key. k is written as is, so it must be a field name
  // that needs no escaping (ASCII letters, digits, '_').
  void key(std::string_view k);
  void string(std::string_view s);
  void string_or_null(std::string_view s);  // empty -> null
  void number(double v);
  void integer(long long v);
  void boolean(bool v);
  void null();
  template <typename T>
  void optional_number(const std::optional<T>& v) {
    if (v) number(static_cast<double>(*v));
    else null();
  }

  // Containers nest at most this deep (newsclaim's records use 4 levels).
  static constexpr int kMaxDepth = 64;

 private:
  void before_value();
  void newline();
  void open(char bracket);
  void close(char bracket);
  std::string& out_;
  bool pretty_;
  int depth_ = 0;
  uint64_t has_items_ = 0;  // bit d: the container at depth d (1-based) has an element
  bool after_key_ = false;
};

// Appends s as a JSON string literal (with quotes), escaping as RFC 8259 requires, plus DEL
// as \u007f; other bytes (UTF-8 included) are copied unchanged.
void append_json_string(std::string& out, std::string_view s);

}  // namespace newsclaim
