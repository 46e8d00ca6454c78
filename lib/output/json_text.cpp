#include "output/json_text.hpp"

#include <fmt/format.h>

#include <cmath>

namespace newsclaim {

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

void JsonText::newline() {
  if (!pretty_) return;
  out_.push_back('\n');
  out_.append(first_.size() * 2, ' ');
}

void JsonText::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
    newline();
  }
}

void JsonText::begin_object() {
  before_value();
  out_.push_back('{');
  first_.push_back(true);
}

void JsonText::end_object() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  out_.push_back('}');
}

void JsonText::begin_array() {
  before_value();
  out_.push_back('[');
  first_.push_back(true);
}

void JsonText::end_array() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  out_.push_back(']');
}

void JsonText::key(std::string_view k) {
  before_value();
  append_json_string(out_, k);
  out_ += pretty_ ? ": " : ":";
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
    out_ += "null";
  } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
    fmt::format_to(std::back_inserter(out_), "{}", static_cast<long long>(v));
  } else {
    fmt::format_to(std::back_inserter(out_), "{}", v);
  }
}

void JsonText::integer(long long v) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", v);
}

void JsonText::boolean(bool v) {
  before_value();
  out_ += v ? "true" : "false";
}

void JsonText::null() {
  before_value();
  out_ += "null";
}

}  // namespace newsclaim
