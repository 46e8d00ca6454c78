// Document: UTF-8 decoding, the normalized matching copy, and the norm -> original mapping that
// every output offset goes through. The invariant under test (core/span.hpp):
//   original[start:end] in code points == original_slice(span) for every span of norm().
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/document.hpp"
#include "text/utf8.hpp"

namespace newsclaim {
namespace {

// Byte span of the first occurrence of needle in doc.norm().
Span norm_span(const Document& doc, std::string_view needle) {
  const size_t at = doc.norm().find(needle);
  REQUIRE_MESSAGE(at != std::string::npos, "'" << needle << "' not in norm '" << doc.norm() << "'");
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Code points [start, end) of s, as Python's s[start:end] would give them.
std::string code_point_slice(std::string_view s, uint32_t start, uint32_t end) {
  std::string out;
  size_t i = 0;
  for (uint32_t cp = 0; i < s.size() && cp < end; ++cp) {
    const size_t from = i;
    utf8::next(s, i);
    if (cp >= start) out.append(s.substr(from, i - from));
  }
  return out;
}

// Checks the output invariant for every span between code point boundaries of norm().
void check_every_span(const Document& doc) {
  const std::string_view norm = doc.norm();
  std::vector<uint32_t> bounds;
  for (size_t i = 0; i < norm.size(); utf8::next(norm, i)) bounds.push_back(static_cast<uint32_t>(i));
  bounds.push_back(static_cast<uint32_t>(norm.size()));
  for (size_t a = 0; a < bounds.size(); ++a) {
    for (size_t b = a; b < bounds.size(); ++b) {
      const Span span{bounds[a], bounds[b]};
      const auto [start, end] = doc.output_offsets(span);
      const std::string_view slice = doc.original_slice(span);
      REQUIRE(start <= end);
      REQUIRE(end <= utf8::length(doc.original()));
      REQUIRE(utf8::decode(slice).invalid_bytes == 0);
      REQUIRE_MESSAGE(code_point_slice(doc.original(), start, end) == slice,
                      "span " << span.begin << ".." << span.end << " of norm '" << norm << "'");
    }
  }
}

TEST_CASE("plain ASCII: norm is the original and offsets are byte offsets") {
  const Document doc = Document::from_bytes("The city paid $5 million.");
  CHECK(doc.norm() == doc.original());
  const Span s = norm_span(doc, "$5 million");
  CHECK(doc.original_slice(s) == "$5 million");
  CHECK(doc.output_offsets(s) == std::pair<uint32_t, uint32_t>{14, 24});
}

TEST_CASE("typographic characters fold to ASCII in norm() only") {
  const Document doc = Document::from_bytes(
      "\u201cYes,\u201d she said \u2014 it\u2019s \u00ab\u00a0done\u00a0\u00bb\u2026 in\u00adcluding 1\u20132\tmore");
  CHECK(doc.norm() == "\"Yes,\" she said - it's \" done \"... including 1-2 more");
  CHECK(doc.original().find("\u201cYes,\u201d") == 0);
  // A quote in norm covers the curly quote marks of the original.
  CHECK(doc.original_slice(norm_span(doc, "\"Yes,\"")) == "\u201cYes,\u201d");
  CHECK(doc.output_offsets(norm_span(doc, "\"Yes,\"")) == std::pair<uint32_t, uint32_t>{0, 6});
  CHECK(doc.original_slice(norm_span(doc, "it's")) == "it\u2019s");
}

TEST_CASE("an ellipsis expands to three dots; a span inside it covers the whole character") {
  const Document doc = Document::from_bytes("Wait\u2026 then go");
  CHECK(doc.norm() == "Wait... then go");
  CHECK(doc.original_slice(norm_span(doc, "Wait.")) == "Wait\u2026");
  CHECK(doc.original_slice(norm_span(doc, "...")) == "\u2026");
  CHECK(doc.output_offsets(norm_span(doc, "then")) == std::pair<uint32_t, uint32_t>{6, 10});
}

TEST_CASE("CRLF and lone CR become line breaks; offsets still count the CR") {
  const Document doc = Document::from_bytes("First line.\r\nSecond line.\rThird.");
  CHECK(doc.norm() == "First line.\n\nSecond line.\nThird.");
  CHECK(doc.output_offsets(norm_span(doc, "Second line.")) == std::pair<uint32_t, uint32_t>{13, 25});
  CHECK(doc.original_slice(norm_span(doc, "Third.")) == "Third.");
  check_every_span(doc);
}

TEST_CASE("NFC composes a decomposed accent with its base letter; offsets index the original") {
  const Document doc = Document::from_bytes("Cafe\u0301 owner Jose\u0301 paid $4.");
  CHECK(doc.norm() == "Caf\u00e9 owner Jos\u00e9 paid $4.");
  const Span cafe = norm_span(doc, "Caf\u00e9");
  CHECK(doc.original_slice(cafe) == "Cafe\u0301");
  CHECK(doc.output_offsets(cafe) == std::pair<uint32_t, uint32_t>{0, 5});
  CHECK(doc.output_offsets(norm_span(doc, "$4")) == std::pair<uint32_t, uint32_t>{23, 25});
  check_every_span(doc);
}

TEST_CASE("combining marks NFC cannot compose stay, and several marks reorder safely") {
  // q + U+0307 has no precomposed form; a + U+0301 + U+0323 reorders and composes.
  const Document doc = Document::from_bytes("q\u0307 and a\u0301\u0323 end");
  CHECK(doc.norm().find("q\u0307") == 0);
  CHECK(doc.original_slice(norm_span(doc, "end")) == "end");
  CHECK(doc.output_offsets(norm_span(doc, "end")) == std::pair<uint32_t, uint32_t>{11, 14});
  check_every_span(doc);
}

TEST_CASE("emoji are one code point each; a ZWJ sequence keeps its offsets") {
  const Document doc = Document::from_bytes("\U0001F389 Up 8% and \U0001F469\u200D\U0001F373 chefs");
  CHECK(doc.output_offsets(norm_span(doc, "8%")) == std::pair<uint32_t, uint32_t>{5, 7});
  // The zero-width joiner is dropped from norm() but still counted in the original.
  CHECK(doc.output_offsets(norm_span(doc, "chefs")) == std::pair<uint32_t, uint32_t>{16, 21});
  check_every_span(doc);
}

TEST_CASE("invalid bytes become one U+FFFD each and are counted") {
  const Document doc = Document::from_bytes("a\xff b\xe2\x82 c\xc0\xaf d");
  CHECK(doc.invalid_bytes() == 5);
  CHECK(doc.first_invalid_byte() == 1);
  CHECK(doc.original() == "a\uFFFD b\uFFFD\uFFFD c\uFFFD\uFFFD d");
  CHECK(doc.output_offsets(norm_span(doc, "d")) == std::pair<uint32_t, uint32_t>{11, 12});
  check_every_span(doc);
}

TEST_CASE("every span of a text full of traps keeps slice == text") {
  const Document doc = Document::from_bytes(
      "\xEF\xBB\xBF\u201cNo\u00a0way,\u201d said Zo\u00eb M\u00fcller\u2011Smith \u2014 \U0001F389\u2026\r\n"
      "R\u00e9sume\u0301 \xff in\u00adtact\u200b ok\u2009\u20ac5 \u00bdx \uFB01");
  check_every_span(doc);
  CHECK(doc.invalid_bytes() == 1);
}

TEST_CASE("empty and whitespace-only documents") {
  const Document empty = Document::from_bytes("");
  CHECK(empty.norm().empty());
  CHECK(empty.output_offsets({0, 0}) == std::pair<uint32_t, uint32_t>{0, 0});
  const Document blank = Document::from_bytes("\u00a0\r\n\t");
  CHECK(blank.norm() == " \n\n ");
  check_every_span(blank);
}

TEST_CASE("utf8::decode follows RFC 3629") {
  CHECK(utf8::decode("\xc0\x80").invalid_bytes == 2);        // overlong NUL
  CHECK(utf8::decode("\xe0\x80\xaf").invalid_bytes == 3);    // overlong '/'
  CHECK(utf8::decode("\xed\xa0\x80").invalid_bytes == 3);    // UTF-16 surrogate
  CHECK(utf8::decode("\xf4\x90\x80\x80").invalid_bytes == 4);  // above U+10FFFF
  CHECK(utf8::decode("\xf0\x9f\x8e\x89").invalid_bytes == 0);  // U+1F389
  CHECK(utf8::decode("abc\xe2\x82").invalid_bytes == 2);     // cut at the end
  const auto nul = utf8::decode(std::string_view("a\0b", 3));
  CHECK(nul.invalid_bytes == 0);
  CHECK(nul.nul_bytes == 1);
  CHECK(utf8::length("Zo\u00eb \U0001F389") == 5);
}

}  // namespace
}  // namespace newsclaim
