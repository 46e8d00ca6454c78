// A minimal streaming JSON emitter (objects, arrays, escaped strings, numbers), pretty or
// compact. Used by the JSON/JSONL writers; knows nothing about newsclaim's fields.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsclaim {

class JsonText {
 public:
  JsonText(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view k);  // inside an object: the next value's key
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

 private:
  void before_value();
  void newline();
  std::string& out_;
  bool pretty_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

// Appends s as a JSON string literal (with quotes), escaping as RFC 8259 requires.
void append_json_string(std::string& out, std::string_view s);

}  // namespace newsclaim
