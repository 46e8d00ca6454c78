// output/json_text: the JSON emitter under every record. Escapes are checked byte by byte
// against the RFC 8259 rules at every position of the 8-byte scan, and layout in both modes.
#include "output/json_text.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace newsclaim {
namespace {

// The escape of one byte as the contract's JSON spells it (lower-case hex, DEL escaped).
std::string expected_escape(unsigned char c) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
  }
  if (c < 0x20 || c == 0x7F) {
    const char* hex = "0123456789abcdef";
    return std::string("\\u00") + hex[c >> 4] + hex[c & 0xF];
  }
  return std::string(1, static_cast<char>(c));
}

TEST_CASE("every byte value, at every offset of a long string, is escaped or copied as it should") {
  for (int c = 0; c < 256; ++c) {
    for (size_t at = 0; at < 20; ++at) {
      std::string s(19, 'a');
      s.insert(s.begin() + static_cast<long>(at), static_cast<char>(c));
      std::string out = "prefix";
      append_json_string(out, s);
      const std::string want = "prefix\"" + std::string(at, 'a') + expected_escape(static_cast<unsigned char>(c)) +
                               std::string(19 - at, 'a') + "\"";
      REQUIRE_MESSAGE(out == want, "byte ", c, " at ", at);
    }
  }
}

TEST_CASE("strings: empty, only escapes, UTF-8 runs untouched, round trip through a JSON parser") {
  std::string out;
  append_json_string(out, "");
  CHECK(out == "\"\"");
  out.clear();
  append_json_string(out, "\"\"\\\\");
  CHECK(out == R"("\"\"\\\\")");
  const std::string utf8 = "\xe2\x80\x9c" "Caf\xc3\xa9 \xf0\x9f\x98\x80 costs \xe2\x82\xac" "5\xe2\x80\x9d, he said\x7f\x1f";
  out.clear();
  append_json_string(out, utf8);
  CHECK(out.find("\xe2\x80\x9c" "Caf\xc3\xa9 \xf0\x9f\x98\x80 costs \xe2\x82\xac" "5\xe2\x80\x9d, he said\\u007f\\u001f") == 1);
  CHECK(nlohmann::json::parse(out) == utf8);
}

TEST_CASE("layout: commas, nested and empty containers, pretty indents, integers") {
  auto render = [](bool pretty) {
    std::string out = "x";  // appended to, and complete once j is gone
    {
      JsonText j(out, pretty);
      j.begin_object();
      j.key("a"); j.integer(-9223372036854775807LL - 1);
      j.key("b"); j.begin_array(); j.end_array();
      j.key("c"); j.begin_array(); j.integer(0); j.begin_object(); j.key("d"); j.null(); j.end_object(); j.end_array();
      j.key("e"); j.begin_object(); j.end_object();
      j.key("f"); j.boolean(false);
      j.key("g"); j.number(2.5);
      j.end_object();
    }
    return out;
  };
  CHECK(render(false) == R"(x{"a":-9223372036854775808,"b":[],"c":[0,{"d":null}],"e":{},"f":false,"g":2.5})");
  CHECK(render(true) ==
        "x{\n  \"a\": -9223372036854775808,\n  \"b\": [],\n  \"c\": [\n    0,\n    {\n      \"d\": null\n    }\n  ],\n"
        "  \"e\": {},\n  \"f\": false,\n  \"g\": 2.5\n}");
}

}  // namespace
}  // namespace newsclaim
