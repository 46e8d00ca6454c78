// The HTML writer: escaping, highlights at exact offsets of the original text, nesting of
// overlapping highlights, boilerplate, the claims panel and multi-document pages. Extractions
// are built by hand so these tests do not depend on the extractors.
#include <doctest/doctest.h>

#include <string>

#include "output/html_marks.hpp"
#include "output/writer.hpp"
#include "test_support.hpp"

namespace newsclaim {
namespace {

// The norm() span of the first occurrence of needle (in norm() spelling).
Span span_of(const Document& doc, std::string_view needle) {
  const size_t at = doc.norm().find(needle);
  REQUIRE_MESSAGE(at != std::string::npos, needle);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

Analysis analysis_of(std::string text, std::string id = "doc") {
  Analysis a{Document::from_utf8(std::move(text)), Extraction{}};
  a.extraction.id = std::move(id);
  return a;
}

std::string page(const std::vector<const Analysis*>& docs) {
  auto writer = make_writer(Format::Html);
  std::string out;
  writer->begin(out);
  for (const Analysis* a : docs) writer->write(*a, out);
  writer->end(out);
  return out;
}

std::string page(const Analysis& a) { return page(std::vector<const Analysis*>{&a}); }

// Text between the first occurrence of `open` and the next `close` after it.
std::string between(const std::string& s, std::string_view open, std::string_view close) {
  const size_t a = s.find(open);
  if (a == std::string::npos) return "";
  const size_t b = s.find(close, a + open.size());
  return s.substr(a + open.size(), b - a - open.size());
}

html::Mark mark(uint32_t b, uint32_t e, std::string name, int layer = 0) {
  return {b, e, layer, "<" + name + ">", "<" + name + "+>", "</" + name + ">"};
}

TEST_CASE("an article containing a script element renders it as text") {
  Analysis a = analysis_of("The memo read <script>alert('x')</script> & <img src=x onerror=y>.", "<b>id</b>");
  a.extraction.entities.push_back({EntityType::Org, "<i>Acme</i>", {"\"A\""}, {}, {span_of(a.doc, "memo")}});
  const std::string out = page(a);
  CHECK(out.find("<script>alert") == std::string::npos);
  CHECK(out.find("<img") == std::string::npos);
  CHECK(out.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;.") !=
        std::string::npos);
  CHECK(out.find("<b>id</b>") == std::string::npos);
  CHECK(out.find("&lt;b&gt;id&lt;/b&gt;") != std::string::npos);
  CHECK(out.find("title=\"ORG: &lt;i&gt;Acme&lt;/i&gt; · aliases: &quot;A&quot;\"") != std::string::npos);
}

TEST_CASE("highlights cover the exact original text, also where norm() differs") {
  // Curly quotes are 3 bytes in the original and 1 in norm(); the highlight must still show them.
  Analysis a = analysis_of("Caf\u00e9 owner \u201cWe paid $6.8 million\u201d on July 15.");
  Money m;
  m.span = span_of(a.doc, "$6.8 million");
  m.value = 6800000;
  m.currency = "CAD";
  m.basis = CurrencyBasis::Context;
  a.extraction.money.push_back(m);
  a.extraction.dates.push_back({span_of(a.doc, "July 15"), DateType::Date, "2020-07-15", ""});
  Quote q;
  q.span = span_of(a.doc, "\"We paid $6.8 million\"");
  q.speaker_text = "owner";
  q.cue = "said";
  a.extraction.quotes.push_back(q);
  const std::string out = page(a);
  CHECK(between(out, "data-k=\"d1-M0\"", "</span>") ==
        " title=\"money: 6800000 CAD · currency context\" tabindex=\"0\">$6.8 million");
  CHECK(between(out, "data-k=\"d1-D0\"", "</span>") == " title=\"DATE: 2020-07-15\" tabindex=\"0\">July 15");
  CHECK(out.find("title=\"quote · speaker: owner · cue: said\" tabindex=\"0\">\u201cWe paid <span") !=
        std::string::npos);
  CHECK(out.find("$6.8 million</span>\u201d</span> on ") != std::string::npos);
  CHECK(out.find("Caf\u00e9 owner ") != std::string::npos);
}

TEST_CASE("crossing marks are split into fragments and stay well nested") {
  std::string out;
  html::render_nested("abcdef", {mark(2, 6, "b"), mark(0, 4, "a")}, out);
  CHECK(out == "<a>ab<b>cd</b></a><b+>ef</b>");
}

TEST_CASE("a mark inside another nests without splitting; equal spans nest by layer") {
  std::string out;
  html::render_nested("say Acme now", {mark(4, 8, "e", 3), mark(0, 12, "q", 2), mark(4, 8, "m", 1)}, out);
  CHECK(out == "<q>say <m><e>Acme</e></m> now</q>");
}

TEST_CASE("marks beyond the text are clipped and empty marks ignored") {
  std::string out;
  html::render_nested("a<b", {mark(1, 99, "x"), mark(2, 2, "y")}, out);
  CHECK(out == "a<x>&lt;b</x>");
}

TEST_CASE("boilerplate is greyed and collapsed; marks crossing it are dropped") {
  Analysis a = analysis_of("Real news here.\nRelated Stories\nOther headline\n");
  a.extraction.boilerplate.push_back({span_of(a.doc, "Related Stories\nOther headline"), "related"});
  a.extraction.dates.push_back({span_of(a.doc, "here.\nRelated"), DateType::Date, "2020", ""});
  const std::string out = page(a);
  CHECK(out.find("<details class=\"boiler\" data-k=\"d1-B0\"><summary>Boilerplate (related), not reported as "
                 "facts</summary>Related Stories\nOther headline</details>") != std::string::npos);
  CHECK(out.find("data-k=\"d1-D0\"") == std::string::npos);
  CHECK(out.find(" open>") == std::string::npos);
}

TEST_CASE("claims are listed by score with source, badges and a link to the sentence") {
  Analysis a = analysis_of("Acme won a deal. Officials allegedly did not deny it.");
  a.extraction.entities.push_back({EntityType::Org, "Acme", {}, {}, {span_of(a.doc, "Acme")}});
  Claim low;
  low.span = span_of(a.doc, "Acme won a deal.");
  low.score = 0.3;
  low.source = 0;
  Claim high;
  high.span = span_of(a.doc, "Officials allegedly did not deny it.");
  high.score = 0.9;
  high.hedges = {"allegedly"};
  high.negated = true;
  a.extraction.claims = {low, high};
  const std::string out = page(a);
  const size_t first = out.find("href=\"#d1-C2\"");
  const size_t second = out.find("href=\"#d1-C1\"");
  REQUIRE(first != std::string::npos);
  CHECK(first < second);
  CHECK(out.find("<span class=\"claim\" id=\"d1-C2\" data-k=\"d1-C2\">Officials") != std::string::npos);
  CHECK(out.find("badge hedge\">hedge: allegedly") != std::string::npos);
  CHECK(out.find("badge neg\">negated") != std::string::npos);
  CHECK(out.find("source: Acme") != std::string::npos);
  CHECK(out.find("0.90</span> Officials allegedly did not deny it.</a>") != std::string::npos);
}

TEST_CASE("contract awards appear as a table row") {
  Analysis a = analysis_of("Acme won a $5 million deal from Ottawa on May 2.");
  a.extraction.entities.push_back({EntityType::Org, "Acme", {}, {}, {span_of(a.doc, "Acme")}});
  a.extraction.entities.push_back({EntityType::Gpe, "Ottawa", {}, {}, {span_of(a.doc, "Ottawa")}});
  Money m;
  m.span = span_of(a.doc, "$5 million");
  m.value = 5e6;
  a.extraction.money.push_back(m);
  a.extraction.dates.push_back({span_of(a.doc, "May 2"), DateType::Date, "2020-05-02", ""});
  Claim claim;
  claim.span = span_of(a.doc, "Acme won a $5 million deal from Ottawa on May 2.");
  a.extraction.claims.push_back(claim);
  a.extraction.contracts.push_back({0, 1, 0, 0, 3, "deal", 0});
  const std::string row = between(page(a), "<tbody>", "</tbody>");
  CHECK(row.find("data-ent=\"d1-E1\"") < row.find("data-ent=\"d1-E2\""));
  CHECK(row.find(">$5 million</span>") != std::string::npos);
  CHECK(row.find(">May 2</span>") != std::string::npos);
  CHECK(row.find("<td>3</td>") != std::string::npos);
  CHECK(row.find("href=\"#d1-C1\"") != std::string::npos);
}

TEST_CASE("every mention of an entity carries the entity key for click-to-highlight") {
  Analysis a = analysis_of("Ingrid Halvorsen spoke. Halvorsen left.");
  const Span full = span_of(a.doc, "Ingrid Halvorsen");
  const Span later{static_cast<uint32_t>(a.doc.norm().rfind("Halvorsen")),
                   static_cast<uint32_t>(a.doc.norm().rfind("Halvorsen") + 9)};
  a.extraction.entities.push_back({EntityType::Person, "Ingrid Halvorsen", {"Halvorsen"}, {}, {full, later}});
  const std::string out = page(a);
  CHECK(out.find("class=\"hl ent ent-person\" data-k=\"d1-E1.0\" data-ent=\"d1-E1\"") != std::string::npos);
  CHECK(out.find("data-k=\"d1-E1.1\" data-ent=\"d1-E1\"") != std::string::npos);
  CHECK(out.find("tabindex=\"0\">Halvorsen</span> left.") != std::string::npos);
}

TEST_CASE("several documents give one page with an index and unique ids") {
  const Analysis one = analysis_of("First text.", "a.txt");
  const Analysis two = analysis_of("Second text.", "b.txt");
  const std::string out = page({&one, &two});
  CHECK(out.find("<nav class=\"index\"") != std::string::npos);
  CHECK(out.find("<a href=\"#d1\">a.txt</a>") != std::string::npos);
  CHECK(out.find("<a href=\"#d2\">b.txt</a>") != std::string::npos);
  CHECK(out.find("<section class=\"doc\" id=\"d2\"") != std::string::npos);
  CHECK(out.find("<title>newsclaim — 2 documents</title>") != std::string::npos);
  // A single document has no index.
  CHECK(page(one).find("<nav class=\"index\"") == std::string::npos);
}

TEST_CASE("a quote running past its claim sentence is split; only its first fragment is focusable") {
  Analysis a = analysis_of("He said \"No. Never.\" Then left.");
  Claim claim;
  claim.span = span_of(a.doc, "He said \"No.");
  a.extraction.claims.push_back(claim);
  Quote q;
  q.span = span_of(a.doc, "\"No. Never.\"");
  a.extraction.quotes.push_back(q);
  const std::string out = page(a);
  CHECK(out.find(
            "<span class=\"claim\" id=\"d1-C1\" data-k=\"d1-C1\">He said <span class=\"hl quote\" "
            "data-k=\"d1-U0\" title=\"quote · speaker: unknown\" tabindex=\"0\">&quot;No.</span></span>"
            "<span class=\"hl quote cont\" data-k=\"d1-U0\" title=\"quote · speaker: unknown\"> Never.&quot;"
            "</span> Then left.") != std::string::npos);
}

TEST_CASE("template placeholders in the article text are not filled") {
  const std::string out = page(analysis_of("Literal {{script}} and {{style}} here."));
  CHECK(out.find("Literal {{script}} and {{style}} here.") != std::string::npos);
}

TEST_CASE("the page is self-contained: inline style and script, nothing fetched") {
  const std::string out = page(analysis_of("Text."));
  CHECK(out.find("<style>") != std::string::npos);
  CHECK(out.find("@media print") != std::string::npos);
  CHECK(out.find("data-js") != std::string::npos);
  CHECK(out.find("{{") == std::string::npos);
  for (const char* fetch : {"src=", "href=\"http", "@import", "url("}) {
    CHECK_MESSAGE(out.find(fetch) == std::string::npos, fetch);
  }
}

TEST_CASE("the writer renders what the pipeline extracted, through the same Analysis as JSON") {
  const Analysis a = test::analyze("Officials said <script>x</script> on Monday.", "2020-08-07");
  const std::string out = page(a);
  CHECK(out.find("Officials said &lt;script&gt;x&lt;/script&gt; on ") != std::string::npos);
  CHECK(out.find("<section class=\"doc\" id=\"d1\"") != std::string::npos);
}

}  // namespace
}  // namespace newsclaim
