// Reference writers for output/json_text's tests: plain byte-by-byte code the fast paths are
// held to.
#pragma once
#include <string>
#include <string_view>

namespace newsclaim::test {

// The JSON string literal of s (with quotes), byte by byte: RFC 8259 escapes, lower-case hex,
// DEL escaped, every other byte copied.
inline std::string slow_json_string(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\b')
      out += "\\b";
    else if (c == '\f')
      out += "\\f";
    else if (c < 0x20 || c == 0x7F)
      out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 0xF];
    else
      out += ch;
  }
  return out + "\"";
}

}  // namespace newsclaim::test
