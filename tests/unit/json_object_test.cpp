// input/json_object: the JSONL line parser. It must accept and reject exactly the lines
// nlohmann::json accepted before it (checked differentially on mutated lines), decode escapes,
// and report the last value of a repeated key.
#include "input/json_object.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace newsclaim {
namespace {

using Kind = JsonField::Kind;

struct Read {
  bool ok = false;
  JsonField id, text;
};

Read read(const std::string& line) {
  const std::string_view names[] = {"id", "text"};
  JsonField fields[2];
  Read r;
  r.ok = read_json_object(line, names, fields);
  r.id = fields[0];
  r.text = fields[1];
  return r;
}

TEST_CASE("fields: strings unescaped, numbers as written, other kinds named") {
  const Read r = read(R"( {"n": [1, {"text": "inner"}], "id": -12.5e3, "text": "Caf\u00e9 \"q\" \\ \/ \b\f\n\r\t"} )");
  REQUIRE(r.ok);
  CHECK(r.id.kind == Kind::Number);
  CHECK(r.id.value == "-12.5e3");
  CHECK(r.text.kind == Kind::String);
  CHECK(r.text.value == "Caf\xc3\xa9 \"q\" \\ / \b\f\n\r\t");
  CHECK(read(R"({"id": null, "text": true})").id.kind == Kind::Other);
  CHECK(read(R"({"id": null, "text": true})").text.kind == Kind::Other);
  CHECK(read(R"({"other": "x"})").text.kind == Kind::Absent);
}

TEST_CASE("\\u escapes: BMP, surrogate pairs to one 4-byte character, NUL kept; raw UTF-8 passes") {
  CHECK(read(R"({"text": "\u20AC \ud83d\ude00 a\u0000b"})").text.value == std::string("\xe2\x82\xac \xf0\x9f\x98\x80 a\0b", 12));
  CHECK(read("{\"text\": \"\xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80 \x7f\"}").text.value ==
        "\xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80 \x7f");
  for (const char* lone : {R"({"text": "\ud800"})", R"({"text": "\udc00x"})", R"({"text": "\ud800\u0041"})",
                           R"({"text": "\ud800\n"})", R"({"text": "\u12"})", R"({"text": "\u12G4"})"}) {
    CHECK_MESSAGE(!read(lone).ok, lone);
  }
}

TEST_CASE("a repeated key: the last value counts, whatever its kind") {
  CHECK(read(R"({"text": "first", "text": "second"})").text.value == "second");
  CHECK(read(R"({"text": "first", "text": 5})").text.kind == Kind::Number);
  CHECK(read(R"({"te\u0078t": "escaped key"})").text.value == "escaped key");
}

TEST_CASE("invalid JSON and non-objects are rejected") {
  const char* bad[] = {
      "", "   ", "[1,2]", "\"text\"", "42", "null", "{", "}", "{\"text\"}", "{\"text\":}", "{\"text\" \"x\"}",
      "{\"text\":\"x\",}", "{,}", "{\"a\":1 \"b\":2}", "{\"text\":\"x\"} x", "{\"text\":\"x\"}{}", "{'text':'x'}",
      "{text:\"x\"}", "{\"n\":01}", "{\"n\":1.}", "{\"n\":.5}", "{\"n\":+1}", "{\"n\":1e}", "{\"n\":-}",
      "{\"n\":1e400}", "{\"n\":tru}", "{\"n\":NaN}", "{\"n\":[1,]}", "{\"n\":[1 2]}", "{\"n\":{\"a\"}}",
      "{\"n\":[}", "{\"text\":\"a\tb\"}", "{\"text\":\"\\x\"}", "{\"text\":\"cut", "{\"text\":\"\xff\"}",
      "{\"text\":\"\xc3\"}", "{\"text\":\"\xc0\xaf\"}", "{\"text\":\"\xed\xa0\x80\"}", "{\"text\":\"\xf4\x90\x80\x80\"}",
      " \xef\xbb\xbf{}"};
  for (const char* line : bad) CHECK_MESSAGE(!read(line).ok, std::string(line));
  // nlohmann took a NUL byte for the end of the input and ignored what followed; we do not.
  CHECK_FALSE(read(std::string("{\"a\":1}\0 junk", 13)).ok);
}

TEST_CASE("valid corner cases: leading BOM, surrounding whitespace, deep nesting, big numbers") {
  CHECK(read("\xef\xbb\xbf{\"text\":\"bom\"}").text.value == "bom");
  CHECK(read(" \t{ \"text\" : \"ws\" }\r\n ").text.value == "ws");
  CHECK(read("{}").ok);
  CHECK(read(R"({"n": 123456789012345678901234567890, "m": -0.0e-400, "o": [[], {}, [{}]]})").ok);
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(read("{\"deep\":" + deep + ",\"text\":\"after\"}").text.value == "after");
}

// The same verdict and text as nlohmann on every one-byte change of some seed lines.
TEST_CASE("differential: accepts exactly what nlohmann accepts, and reads the same text") {
  const std::vector<std::string> seeds = {
      R"({"id":"a1","text":"Acme paid $5 \"m\" \u00e9\ud83d\ude00","n":[1,-2.5e3,true,null,{"k":false}]})",
      "{\"text\" : \"caf\xc3\xa9 \xe2\x82\xac\", \"published\":\"2020\" , \"x\" : {\"y\" : [0.5, \"z\"]}}",
      R"({"id": 12, "text": "tab\tnew\nline\\ \/"})",
  };
  static const char kBytes[] = "\"\\{}[],:0-+e.ux \t\x01\x7f\xc3\x80\xff";
  const std::string alphabet = std::string(kBytes, sizeof kBytes - 1) + std::string(1, '\0');
  size_t compared = 0;
  for (const std::string& seed : seeds) {
    for (size_t i = 0; i <= seed.size(); ++i) {
      std::vector<std::string> variants = {seed.substr(0, i) + seed.substr(std::min(i + 1, seed.size()))};
      for (const char c : alphabet) {
        std::string v = seed;
        if (i < v.size()) v[i] = c;
        else v.push_back(c);
        variants.push_back(v);
      }
      for (const std::string& line : variants) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        const bool nul = line.find('\0') != std::string::npos;  // see the NUL case above
        const bool object = !j.is_discarded() && j.is_object() && !nul;
        const Read r = read(line);
        ++compared;
        REQUIRE_MESSAGE(r.ok == object, line);
        if (!object) continue;
        const auto t = j.find("text");
        CHECK((t == j.end() ? r.text.kind == Kind::Absent
                            : t->is_string() ? r.text.value == t->get<std::string>() : r.text.kind != Kind::String));
      }
    }
  }
  CHECK(compared > 4000);
}

}  // namespace
}  // namespace newsclaim
