#include <charconv>
#include <cmath>

#include "output/json_text.hpp"
#include "output/writer.hpp"

namespace newsclaim {
namespace {

// An item id such as "E3" in a stack buffer: ids are written for every entity, claim,
// speaker and source, so they should not cost an allocation each.
class ItemId {
 public:
  ItemId(char prefix, size_t index) {
    buf_[0] = prefix;
    end_ = std::to_chars(buf_ + 1, buf_ + sizeof buf_, index + 1).ptr;
  }
  operator std::string_view() const { return {buf_, static_cast<size_t>(end_ - buf_)}; }

 private:
  char buf_[24];
  char* end_;
};

ItemId entity_id(size_t i) { return ItemId('E', i); }
ItemId claim_id(size_t i) { return ItemId('C', i); }

// "start", "end" (code points of the original text) and "text" of a span.
// (doc.output_offsets and doc.original_slice, with the span mapped to original() once.)
void span_fields(JsonText& j, const Document& doc, Span span) {
  const Span o = doc.to_original(span);
  j.key("start");
  j.integer(doc.code_point_at(o.begin));
  j.key("end");
  j.integer(doc.code_point_at(o.end));
  j.key("text");
  j.string(std::string_view(doc.original()).substr(o.begin, o.size()));
}

void index_list(JsonText& j, const std::vector<size_t>& indexes) {
  j.begin_array();
  for (const size_t i : indexes) j.integer(static_cast<long long>(i));
  j.end_array();
}

void optional_index(JsonText& j, const std::optional<size_t>& i) {
  if (i) j.integer(static_cast<long long>(*i));
  else j.null();
}

void string_list(JsonText& j, const std::vector<std::string>& items) {
  j.begin_array();
  for (const auto& s : items) j.string(s);
  j.end_array();
}

void write_entities(JsonText& j, const Analysis& a) {
  j.key("entities");
  j.begin_array();
  for (size_t i = 0; i < a.extraction.entities.size(); ++i) {
    const Entity& e = a.extraction.entities[i];
    j.begin_object();
    j.key("id"); j.string(entity_id(i));
    j.key("type"); j.string(to_string(e.type));
    j.key("name"); j.string(e.name);
    j.key("aliases"); string_list(j, e.aliases);
    j.key("roles"); string_list(j, e.roles);
    j.key("mentions");
    j.begin_array();
    for (const Span m : e.mentions) {
      j.begin_object();
      span_fields(j, a.doc, m);
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
}

void write_money(JsonText& j, const Analysis& a) {
  j.key("money");
  j.begin_array();
  for (const Money& m : a.extraction.money) {
    j.begin_object();
    span_fields(j, a.doc, m.span);
    j.key("value"); j.optional_number(m.value);
    j.key("currency"); j.string_or_null(m.currency);
    j.key("currency_basis"); j.string(to_string(m.basis));
    j.key("min"); j.optional_number(m.min);
    j.key("max"); j.optional_number(m.max);
    j.key("approx"); j.string_or_null(to_string(m.approx));
    j.key("per"); j.string_or_null(m.per);
    j.end_object();
  }
  j.end_array();
}

void write_numbers(JsonText& j, const Analysis& a) {
  j.key("quantities");
  j.begin_array();
  for (const Quantity& q : a.extraction.quantities) {
    j.begin_object();
    span_fields(j, a.doc, q.span);
    j.key("value"); j.number(q.value);
    j.key("unit"); j.string(q.unit);
    j.end_object();
  }
  j.end_array();
  j.key("percentages");
  j.begin_array();
  for (const Percentage& p : a.extraction.percentages) {
    j.begin_object();
    span_fields(j, a.doc, p.span);
    j.key("value"); j.number(p.value);
    j.key("points"); j.boolean(p.points);
    j.end_object();
  }
  j.end_array();
}

void write_dates(JsonText& j, const Analysis& a) {
  j.key("dates");
  j.begin_array();
  for (const DateItem& d : a.extraction.dates) {
    j.begin_object();
    span_fields(j, a.doc, d.span);
    j.key("type"); j.string(to_string(d.type));
    j.key("value"); j.string_or_null(d.value);
    j.key("mod"); j.string_or_null(d.mod);
    if (d.ambiguous) {  // only on numeric dates like 03/04/2020 read month-first by default
      j.key("ambiguous"); j.boolean(true);
    }
    j.end_object();
  }
  j.end_array();
}

void write_quotes(JsonText& j, const Analysis& a) {
  j.key("quotes");
  j.begin_array();
  for (const Quote& q : a.extraction.quotes) {
    j.begin_object();
    span_fields(j, a.doc, q.span);
    j.key("speaker");
    if (q.speaker) j.string(entity_id(*q.speaker));
    else j.null();
    j.key("speaker_text"); j.string_or_null(q.speaker_text);
    if (q.speaker_span) {
      const auto [s, e] = a.doc.output_offsets(*q.speaker_span);
      j.key("speaker_start"); j.integer(s);
      j.key("speaker_end"); j.integer(e);
    }
    j.key("cue"); j.string_or_null(q.cue);
    j.key("scare"); j.boolean(q.scare);
    j.end_object();
  }
  j.end_array();
}

void write_claims(JsonText& j, const Analysis& a) {
  j.key("claims");
  j.begin_array();
  for (size_t i = 0; i < a.extraction.claims.size(); ++i) {
    const Claim& c = a.extraction.claims[i];
    j.begin_object();
    j.key("id"); j.string(claim_id(i));
    span_fields(j, a.doc, c.span);
    j.key("entities");
    j.begin_array();
    for (const size_t e : c.entities) j.string(entity_id(e));
    j.end_array();
    j.key("money"); index_list(j, c.money);
    j.key("dates"); index_list(j, c.dates);
    j.key("source");
    if (c.source) j.string(entity_id(*c.source));
    else j.null();
    j.key("source_text"); j.string_or_null(c.source_text);
    j.key("hedges"); string_list(j, c.hedges);
    j.key("negated"); j.boolean(c.negated);
    j.key("score"); j.number(std::round(c.score * 1000) / 1000);
    j.end_object();
  }
  j.end_array();
}

void write_contracts(JsonText& j, const Analysis& a) {
  j.key("contracts");
  j.begin_array();
  for (const Contract& c : a.extraction.contracts) {
    j.begin_object();
    j.key("supplier");
    if (c.supplier) j.string(entity_id(*c.supplier));
    else j.null();
    j.key("buyer");
    if (c.buyer) j.string(entity_id(*c.buyer));
    else j.null();
    j.key("value"); optional_index(j, c.value);
    j.key("date"); optional_index(j, c.date);
    j.key("count");
    if (c.count) j.integer(*c.count);
    else j.null();
    j.key("subject"); j.string_or_null(c.subject);
    j.key("claim"); j.string(claim_id(c.claim));
    j.end_object();
  }
  j.end_array();
}

void write_header(JsonText& j, const Analysis& a) {
  const Extraction& x = a.extraction;
  j.key("schema"); j.string("newsclaim/1");
  j.key("id"); j.string(x.id);
  j.key("published"); j.string_or_null(x.published);
  j.key("published_source"); j.string_or_null(x.published_source);
  j.key("errors");
  j.begin_array();
  for (const DocError& e : x.errors) {
    j.begin_object();
    j.key("code"); j.string(e.code);
    j.key("message"); j.string(e.message);
    j.end_object();
  }
  j.end_array();
  j.key("boilerplate");
  j.begin_array();
  for (const Boilerplate& b : x.boilerplate) {
    const auto [start, end] = a.doc.output_offsets(b.span);
    j.begin_object();
    j.key("start"); j.integer(start);
    j.key("end"); j.integer(end);
    j.key("kind"); j.string(b.kind);
    j.end_object();
  }
  j.end_array();
}

class JsonWriter : public Writer {
 public:
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}
  void write(const Analysis& analysis, std::string& out) override {
    write_json(analysis, pretty_, out);
    out.push_back('\n');
  }

 private:
  bool pretty_;
};

}  // namespace

void write_json(const Analysis& analysis, bool pretty, std::string& out) {
  // Records run about 4-5 output bytes per input byte; one reservation spares the regrowth.
  out.reserve(out.size() + 5 * analysis.doc.original().size() + 1024);
  JsonText j(out, pretty);
  j.begin_object();
  write_header(j, analysis);
  write_entities(j, analysis);
  write_money(j, analysis);
  write_numbers(j, analysis);
  write_dates(j, analysis);
  write_quotes(j, analysis);
  write_claims(j, analysis);
  write_contracts(j, analysis);
  j.end_object();
}

std::unique_ptr<Writer> make_json_writer(bool pretty) { return std::make_unique<JsonWriter>(pretty); }

}  // namespace newsclaim
