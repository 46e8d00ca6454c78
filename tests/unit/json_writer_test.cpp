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

// Entity with one mention; fields set by name so that additions to the structs do not matter.
Entity entity(EntityType type, std::string name, std::vector<std::string> aliases,
              std::vector<std::string> roles, Span mention) {
  Entity e;
  e.type = type;
  e.name = std::move(name);
  e.aliases = std::move(aliases);
  e.roles = std::move(roles);
  e.mentions = {mention};
  return e;
}

// A hand-made analysis with one item of every kind (the writer must not care who made them).
Analysis sample() {
  Analysis a;
  a.doc = Document::from_bytes(
      "\U0001F389 Acme Corp. won a \u20ac6.8\u00a0million deal on July 15, said \u201cIt\u2019s "
      "big\u201d \u2014 Ann Lee.\nTab\there");
  Extraction& x = a.extraction;
  x.id = "doc-1";
  x.published = "2020-08-07";
  x.published_source = "cli";
  x.errors = {{"invalid_utf8", "1 byte"}};
  x.boilerplate = {{at(a, "Tab here"), "credit"}};
  x.entities = {entity(EntityType::Org, "Acme Corp.", {"Acme"}, {}, at(a, "Acme Corp.")),
                entity(EntityType::Person, "Ann Lee", {}, {"spokesperson"}, at(a, "Ann Lee"))};
  Money m;
  m.span = at(a, "6.8 million");
  m.span.begin -= 3;  // the euro sign is 3 bytes, one code point
  m.value = 6.8e6;
  m.currency = "EUR";
  m.basis = CurrencyBasis::Explicit;
  m.approx = Approx::About;
  x.money = {m};
  Quantity q;
  q.span = at(a, "a ");
  q.value = 1;
  q.unit = "deal";
  x.quantities = {q};
  DateItem d;
  d.span = at(a, "July 15");
  d.value = "2020-07-15";
  x.dates = {d};
  Quote quote;
  quote.span = at(a, "\"It's big\"");
  quote.speaker = 1;
  quote.speaker_text = "Ann Lee";
  quote.speaker_span = at(a, "Ann Lee");
  quote.cue = "said";
  x.quotes = {quote};
  Claim c;
  c.span = at(a, "Acme Corp. won");
  c.entities = {0};
  c.money = {0};
  c.dates = {0};
  c.hedges = {"reportedly"};
  c.score = 0.66666;
  x.claims = {c};
  Contract k;
  k.supplier = 0;
  k.value = 0;
  k.date = 0;
  k.count = 1;
  k.subject = "deal";
  k.claim = 0;
  x.contracts = {k};
  return a;
}

// The contract fields of a written item (the writer may add more; the schema test checks those).
json contract_fields(const json& item, const json& expected) {
  json out = json::object();
  for (const auto& [key, value] : expected.items())
    out[key] = item.contains(key) ? item[key] : json("<missing>");
  return out;
}

#define CHECK_FIELDS(item, expected_json)                 \
  do {                                                    \
    const json expected_ = json::parse(expected_json);    \
    CHECK(contract_fields(item, expected_) == expected_); \
  } while (0)

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
  CHECK_FIELDS(r["entities"][0], R"({"id": "E1", "type": "ORG", "name": "Acme Corp.", "aliases": ["Acme"],
      "roles": [], "mentions": [{"start": 2, "end": 12, "text": "Acme Corp."}]})");
  CHECK(r["entities"][1]["type"] == "PERSON");
  CHECK_FIELDS(r["money"][0], R"({"start": 19, "end": 31, "text": "\u20ac6.8\u00a0million", "value": 6800000,
      "currency": "EUR", "currency_basis": "explicit", "min": null, "max": null, "approx": "about", "per": null})");
  CHECK_FIELDS(r["quantities"][0], R"({"start": 17, "end": 19, "text": "a ", "value": 1, "unit": "deal"})");
  CHECK(r["percentages"] == json::array());
  CHECK_FIELDS(
      r["dates"][0],
      R"({"start": 40, "end": 47, "text": "July 15", "type": "DATE", "value": "2020-07-15", "mod": null})");
  CHECK_FIELDS(r["quotes"][0], R"({"start": 54, "end": 64, "text": "“It’s big”", "speaker": "E2",
      "speaker_text": "Ann Lee", "speaker_start": 67, "speaker_end": 74, "cue": "said", "scare": false})");
  CHECK_FIELDS(r["claims"][0],
               R"({"id": "C1", "start": 2, "end": 16, "text": "Acme Corp. won", "entities": ["E1"],
      "money": [0], "dates": [0], "source": null, "source_text": null, "hedges": ["reportedly"], "negated": false,
      "score": 0.667})");
  CHECK_FIELDS(r["contracts"][0], R"({"supplier": "E1", "buyer": null, "value": 0, "date": 0, "count": 1,
      "subject": "deal", "claim": "C1"})");
  CHECK_FIELDS(r["boilerplate"][0], R"({"start": 76, "end": 84, "kind": "credit"})");
}

TEST_CASE("empty lists are [] and missing values null") {
  Analysis a;
  a.doc = Document::from_bytes("");
  a.extraction.id = "stdin";
  const json r = record(a);
  CHECK(r["published"].is_null());
  CHECK(r["published_source"].is_null());
  for (const char* k : {"errors", "boilerplate", "entities", "money", "quantities", "percentages", "dates",
                        "quotes", "claims", "contracts"}) {
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
    {
      JsonText j(out, false);  // out is complete once j is gone
      j.number(v);
    }
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
  CHECK(
      out.find("doc-1\tmoney\t19\t31\t\u20ac6.8\u00a0million\t6800000 EUR\tbasis=explicit approx=about\n") !=
      std::string::npos);
  CHECK(out.find("doc-1\tORG\t2\t12\tAcme Corp.\tAcme Corp.\tE1\n") != std::string::npos);
  CHECK(out.find("doc-1\tboilerplate\t76\t84\tTab\\there\tcredit\t\n") != std::string::npos);
  CHECK(out.find("doc-1\tclaim\t2\t16\tAcme Corp. won\t0.667\tC1 hedge=reportedly\n") != std::string::npos);
  size_t lines = 0;
  for (const char c : out) {
    lines += c == '\n';
  }
  CHECK(lines ==
        1 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 1);  // header, error, 2 mentions, money, qty, date, quote, claim, bp
}

}  // namespace
}  // namespace newsclaim
