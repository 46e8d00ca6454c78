// Output writers: the JSON record follows ../shared/CONTRACT.md field for field (types, nulls,
// ids, code point offsets); JSONL is one line; TSV is one escaped row per item.
#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "output/json_text.hpp"
#include "output/writer.hpp"

namespace newsclaim {
namespace {
using nlohmann::json;

// Byte span of needle in the analysis' norm text.
Span at(const Analysis& a, std::string_view needle, size_t from = 0) {
  const size_t i = a.doc.norm().find(needle, from);
  REQUIRE(i != std::string::npos);
  return {static_cast<uint32_t>(i), static_cast<uint32_t>(i + needle.size())};
}

// A hand-made analysis with one item of every kind (the writer must not care who made them).
Analysis sample() {
  Analysis a;
  a.doc = Document::from_bytes("\U0001F389 Acme Corp. won a \u20ac6.8\u00a0million deal on July 15, said \u201cIt\u2019s "
                               "big\u201d \u2014 Ann Lee.\nTab\there");
  Extraction& x = a.extraction;
  x.id = "doc-1";
  x.published = "2020-08-07";
  x.published_source = "cli";
  x.errors = {{"invalid_utf8", "1 byte"}};
  x.boilerplate = {{at(a, "Tab here"), "credit"}};
  x.entities = {{EntityType::Org, "Acme Corp.", {"Acme"}, {}, {at(a, "Acme Corp.")}},
                {EntityType::Person, "Ann Lee", {}, {"spokesperson"}, {at(a, "Ann Lee")}}};
  Money m;
  m.span = at(a, "6.8 million");
  m.span.begin -= 3;  // the euro sign is 3 bytes, one code point
  m.value = 6.8e6;
  m.currency = "EUR";
  m.basis = CurrencyBasis::Explicit;
  m.approx = Approx::About;
  x.money = {m};
  x.quantities = {{at(a, "a "), 1, "deal"}};
  x.percentages = {};
  x.dates = {{at(a, "July 15"), DateType::Date, "2020-07-15", ""}};
  x.quotes = {{at(a, "\"It's big\""), 1, "Ann Lee", at(a, "Ann Lee"), "said", false}};
  Claim c;
  c.span = at(a, "Acme Corp. won");
  c.entities = {0};
  c.money = {0};
  c.dates = {0};
  c.hedges = {"reportedly"};
  c.score = 0.66666;
  x.claims = {c};
  x.contracts = {{0, std::nullopt, 0, 0, 1, "deal", 0}};
  return a;
}

json record(const Analysis& a, bool pretty = true) {
  std::string out;
  write_json(a, pretty, out);
  return json::parse(out);
}

TEST_CASE("every contract field is written, in contract form") {
  const json r = record(sample());
  CHECK(r["schema"] == "newsclaim/1");
  CHECK(r["id"] == "doc-1");
  CHECK(r["published"] == "2020-08-07");
  CHECK(r["published_source"] == "cli");
  CHECK(r["errors"] == json::parse(R"([{"code": "invalid_utf8", "message": "1 byte"}])"));
  CHECK(r["entities"][0] == json::parse(R"({"id": "E1", "type": "ORG", "name": "Acme Corp.", "aliases": ["Acme"],
      "roles": [], "mentions": [{"start": 2, "end": 12, "text": "Acme Corp."}]})"));
  CHECK(r["entities"][1]["type"] == "PERSON");
  CHECK(r["money"][0] == json::parse(R"({"start": 19, "end": 31, "text": "\u20ac6.8\u00a0million", "value": 6800000,
      "currency": "EUR", "currency_basis": "explicit", "min": null, "max": null, "approx": "about", "per": null})"));
  CHECK(r["quantities"][0] == json::parse(R"({"start": 17, "end": 19, "text": "a ", "value": 1, "unit": "deal"})"));
  CHECK(r["percentages"] == json::array());
  CHECK(r["dates"][0] == json::parse(
                             R"({"start": 40, "end": 47, "text": "July 15", "type": "DATE", "value": "2020-07-15", "mod": null})"));
  CHECK(r["quotes"][0] == json::parse(R"({"start": 54, "end": 64, "text": "“It’s big”", "speaker": "E2",
      "speaker_text": "Ann Lee", "speaker_start": 67, "speaker_end": 74, "cue": "said", "scare": false})"));
  CHECK(r["claims"][0] == json::parse(R"({"id": "C1", "start": 2, "end": 16, "text": "Acme Corp. won", "entities": ["E1"],
      "money": [0], "dates": [0], "source": null, "source_text": null, "hedges": ["reportedly"], "negated": false,
      "score": 0.667})"));
  CHECK(r["contracts"][0] == json::parse(R"({"supplier": "E1", "buyer": null, "value": 0, "date": 0, "count": 1,
      "subject": "deal", "claim": "C1"})"));
  CHECK(r["boilerplate"][0] == json::parse(R"({"start": 76, "end": 84, "kind": "credit"})"));
}

TEST_CASE("empty lists are [] and missing values null") {
  Analysis a;
  a.doc = Document::from_bytes("");
  a.extraction.id = "stdin";
  const json r = record(a);
  CHECK(r["published"].is_null());
  CHECK(r["published_source"].is_null());
  for (const char* k : {"errors", "boilerplate", "entities", "money", "quantities", "percentages", "dates", "quotes",
                        "claims", "contracts"}) {
    CHECK_MESSAGE(r[k] == json::array(), k);
  }
}

TEST_CASE("pretty JSON has 2-space indents; JSONL is one line; both parse to the same record") {
  const Analysis a = sample();
  std::string pretty, compact;
  write_json(a, true, pretty);
  write_json(a, false, compact);
  CHECK(pretty.find("\n  \"schema\": \"newsclaim/1\",\n") != std::string::npos);
  CHECK(compact.find('\n') == std::string::npos);
  CHECK(json::parse(pretty) == json::parse(compact));
  std::string line;
  make_writer(Format::Jsonl)->write(a, line);
  CHECK(line == compact + "\n");
}

TEST_CASE("strings are escaped as RFC 8259 requires; non-ASCII stays UTF-8") {
  std::string out;
  append_json_string(out, std::string("a\"b\\c\n\t\x01\x7f\xc3\xa9", 11));
  CHECK(out == "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f\xc3\xa9\"");
  CHECK(json::parse(out) == std::string("a\"b\\c\n\t\x01\x7f\xc3\xa9", 11));
}

TEST_CASE("numbers: integers without a fraction, others shortest round-trip, non-finite as null") {
  auto number = [](double v) {
    std::string out;
    JsonText j(out, false);
    j.number(v);
    return out;
  };
  CHECK(number(6.8e6) == "6800000");
  CHECK(number(-3) == "-3");
  CHECK(number(0.1) == "0.1");
  CHECK(number(2.5e-7) == "2.5e-07");
  CHECK(json::parse(number(1e20)) == 1e20);
  CHECK(number(NAN) == "null");
  CHECK(number(INFINITY) == "null");
}

TEST_CASE("TSV: header, one row per item, tabs and newlines escaped, error rows") {
  const Analysis a = sample();
  std::string out;
  auto w = make_writer(Format::Tsv);
  w->begin(out);
  w->write(a, out);
  CHECK(out.starts_with("id\tkind\tstart\tend\ttext\tvalue\textra\n"));
  CHECK(out.find("doc-1\terror\t\t\t\tinvalid_utf8\t1 byte\n") != std::string::npos);
  CHECK(out.find("doc-1\tmoney\t19\t31\t\u20ac6.8\u00a0million\t6800000 EUR\tbasis=explicit approx=about\n") !=
        std::string::npos);
  CHECK(out.find("doc-1\tORG\t2\t12\tAcme Corp.\tAcme Corp.\tE1\n") != std::string::npos);
  CHECK(out.find("doc-1\tboilerplate\t76\t84\tTab\\there\tcredit\t\n") != std::string::npos);
  CHECK(out.find("doc-1\tclaim\t2\t16\tAcme Corp. won\t0.667\tC1 hedge=reportedly\n") != std::string::npos);
  size_t lines = 0;
  for (const char c : out) {
    lines += c == '\n';
  }
  CHECK(lines == 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 1);  // header, error, 2 mentions, money, qty, date, quote, claim, bp
}

}  // namespace
}  // namespace newsclaim
