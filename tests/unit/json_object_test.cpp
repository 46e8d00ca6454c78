// input/json_object: the JSONL line parser. It must accept and reject the lines nlohmann::json
// accepted before it (checked differentially on mutated lines), but keep the text of strings
// with invalid UTF-8 or unpaired surrogate escapes; decode escapes; report the last value of
// a repeated key.
#include "input/json_object.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/utf8.hpp"

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
}

// Python's json.dumps writes a lone surrogate of a str as its escape. The text is kept with
// U+FFFD in its place (one code point, as Python counts it), and the escapes are counted.
TEST_CASE("unpaired surrogate escapes become U+FFFD, counted; the next escape is read on its own") {
  const std::string fffd = "\xef\xbf\xbd";
  const struct {
    const char* line;
    std::string text;
    size_t lone;
  } cases[] = {
      {R"({"text": "\ud800"})", fffd, 1},
      {R"({"text": "\udc00x"})", fffd + "x", 1},
      {R"({"text": "\ud800\u0041"})", fffd + "A", 1},
      {R"({"text": "\ud800\n"})", fffd + "\n", 1},
      {R"({"text": "\ud800\ud800\udc00"})", fffd + "\xf0\x90\x80\x80", 1},
      {R"({"text": "\udc00\ud800"})", fffd + fffd, 2},
      {R"({"text": "\ud83d\ude00"})", "\xf0\x9f\x98\x80", 0},
  };
  for (const auto& c : cases) {
    const Read r = read(c.line);
    REQUIRE_MESSAGE(r.ok, c.line);
    CHECK_MESSAGE(r.text.value == c.text, c.line);
    CHECK_MESSAGE(r.text.lone_surrogates == c.lone, c.line);
    CHECK(r.text.invalid_bytes == 0);
  }
}

// Raw bytes that start no UTF-8 sequence are kept as read (the Document replaces and reports
// them, as for a text file) and counted; outside strings they still break the line (above).
TEST_CASE("invalid UTF-8 inside strings is kept and counted") {
  const Read r = read("{\"id\": \"x\xff\", \"text\": \"caf\xc3 \xed\xa0\x80 ok\", \"other\": \"\xc0\xaf\"}");
  REQUIRE(r.ok);
  CHECK(r.text.value == "caf\xc3 \xed\xa0\x80 ok");
  CHECK(r.text.invalid_bytes == 4);
  CHECK(r.id.value == "x\xff");
  CHECK(r.id.invalid_bytes == 1);
  CHECK(read("{\"text\": \"caf\xc3\xa9 \xf0\x9f\x98\x80\"}").text.invalid_bytes == 0);
}

TEST_CASE("a refused line says where reading stopped") {
  const std::string_view names[] = {"text"};
  JsonField fields[1];
  size_t at = 99;
  CHECK(!read_json_object(R"({"text": "cut)", names, fields, &at));
  CHECK(at == 13);
  CHECK(!read_json_object(R"({"text": tru})", names, fields, &at));
  CHECK(at == 9);
}

TEST_CASE("a repeated key: the last value counts, whatever its kind") {
  CHECK(read(R"({"text": "first", "text": "second"})").text.value == "second");
  CHECK(read(R"({"text": "first", "text": 5})").text.kind == Kind::Number);
  CHECK(read(R"({"te\u0078t": "escaped key"})").text.value == "escaped key");
}

TEST_CASE("invalid JSON and non-objects are rejected") {
  const char* bad[] = {"",
                       "   ",
                       "[1,2]",
                       "\"text\"",
                       "42",
                       "null",
                       "{",
                       "}",
                       "{\"text\"}",
                       "{\"text\":}",
                       "{\"text\" \"x\"}",
                       "{\"text\":\"x\",}",
                       "{,}",
                       "{\"a\":1 \"b\":2}",
                       "{\"text\":\"x\"} x",
                       "{\"text\":\"x\"}{}",
                       "{'text':'x'}",
                       "{text:\"x\"}",
                       "{\"n\":01}",
                       "{\"n\":1.}",
                       "{\"n\":.5}",
                       "{\"n\":+1}",
                       "{\"n\":1e}",
                       "{\"n\":-}",
                       "{\"n\":1e400}",
                       "{\"n\":tru}",
                       "{\"n\":NaN}",
                       "{\"n\":[1,]}",
                       "{\"n\":[1 2]}",
                       "{\"n\":{\"a\"}}",
                       "{\"n\":[}",
                       "{\"text\":\"a\tb\"}",
                       "{\"text\":\"\\x\"}",
                       "{\"text\":\"cut",
                       " \xef\xbb\xbf{}",
                       "{\"text\":\"x\"\xff}",
                       "\xff{\"text\":\"x\"}",
                       "{\"text\":1\xff}",
                       "{\"text\":\"\\u12\"}",
                       "{\"text\":\"\\u12G4\"}",
                       "{\"text\":\"\\ud800\\u12G4\"}"};
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

// s with each byte that starts no UTF-8 sequence replaced by '?'.
std::string repaired(std::string s) {
  for (size_t i = 0; i < s.size();) {
    const size_t len = utf8::valid_sequence_length(s, i);
    if (len == 0) s[i] = '?';
    i += len == 0 ? 1 : len;
  }
  return s;
}

// On every one-byte change of some seed lines, the same verdict and text as nlohmann once
// invalid UTF-8 is repaired (nlohmann refused such lines whole; we keep strings' bytes), and
// nlohmann's refusal of an unpaired surrogate escape is our counted U+FFFD.
TEST_CASE("differential: accepts what nlohmann accepts, and reads the same text") {
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
        const auto j = nlohmann::json::parse(repaired(line), nullptr, false);
        const bool nul = line.find('\0') != std::string::npos;  // see the NUL case above
        const bool object = !j.is_discarded() && j.is_object() && !nul;
        const Read r = read(line);
        ++compared;
        if (r.ok && !object && r.text.lone_surrogates > 0) continue;
        REQUIRE_MESSAGE(r.ok == object, line);
        if (!object) continue;
        const auto t = j.find("text");
        CHECK((t == j.end()     ? r.text.kind == Kind::Absent
               : t->is_string() ? repaired(r.text.value) == t->get<std::string>()
                                : r.text.kind != Kind::String));
      }
    }
  }
  CHECK(compared > 4000);
}

}  // namespace
}  // namespace newsclaim
