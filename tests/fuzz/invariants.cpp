#include "invariants.hpp"

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "output/writer.hpp"
#include "text/utf8.hpp"

namespace newsclaim::fuzz {
namespace {

using nlohmann::json;

bool is_boundary(const std::string& s, size_t i) {
  return i == s.size() || (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
}

// Checks a byte span of norm() and its mapping to original() (the Document's own invariant).
void check_span(const Document& doc, Span s) {
  if (s.begin > s.end || s.end > doc.norm().size()) fail("span outside norm()", std::to_string(s.begin) + ".." + std::to_string(s.end));
  if (!is_boundary(doc.norm(), s.begin) || !is_boundary(doc.norm(), s.end)) fail("span not on a norm() code point boundary", "");
  const Span o = doc.to_original(s);
  if (o.begin > o.end || o.end > doc.original().size()) fail("to_original() outside original()", "");
  if (!is_boundary(doc.original(), o.begin) || !is_boundary(doc.original(), o.end)) fail("original span not on a code point boundary", "");
}

void check_spans(const Analysis& a) {
  const Extraction& x = a.extraction;
  for (const auto& e : x.entities) for (const Span m : e.mentions) check_span(a.doc, m);
  for (const auto& m : x.money) check_span(a.doc, m.span);
  for (const auto& q : x.quantities) check_span(a.doc, q.span);
  for (const auto& p : x.percentages) check_span(a.doc, p.span);
  for (const auto& d : x.dates) check_span(a.doc, d.span);
  for (const auto& q : x.quotes) check_span(a.doc, q.span);
  for (const auto& c : x.claims) check_span(a.doc, c.span);
  for (const auto& b : x.boilerplate) check_span(a.doc, b.span);
}

// Every object with start/end (any "<x>start"/"<x>end" pair) lies in the text; with a "text"
// field, that text is exactly the code point slice.
void check_offsets(const json& node, const std::u32string& text) {
  if (node.is_array()) {
    for (const auto& child : node) check_offsets(child, text);
    return;
  }
  if (!node.is_object()) return;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string& key = it.key();
    if (key.size() >= 5 && key.compare(key.size() - 5, 5, "start") == 0 && it->is_number_integer()) {
      const auto end_it = node.find(key.substr(0, key.size() - 5) + "end");
      if (end_it == node.end() || !end_it->is_number_integer()) fail("start without end", key);
      const long long start = it->get<long long>(), end = end_it->get<long long>();
      if (start < 0 || start > end || end > static_cast<long long>(text.size())) fail("offsets out of range", node.dump());
      if (key == "start" && node.contains("text") && node["text"].is_string()) {
        std::string slice;
        for (long long i = start; i < end; ++i) utf8::append(slice, text[static_cast<size_t>(i)]);
        if (slice != node["text"].get<std::string>()) fail("slice != text", node.dump());
      }
    }
    check_offsets(*it, text);
  }
}

void check_order(const json& record, const char* list) {
  long long last = -1;
  for (const auto& item : record.at(list)) {
    const long long start = item.at("start").get<long long>();
    if (start < last) fail("items not in text order", list);
    last = start;
  }
}

std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
  return out;
}

void check_utf8(const std::string& out, const char* format) {
  if (utf8::decode(out).invalid_bytes != 0) fail("writer output is not valid UTF-8", format);
}

void check_json(const Analysis& a, bool pretty) {
  std::string out;
  write_json(a, pretty, out);
  check_utf8(out, "json");
  const json record = json::parse(out, nullptr, false);
  if (record.is_discarded() || !record.is_object()) fail("JSON output does not parse", out.substr(0, 2000));
  if (record.value("schema", "") != "newsclaim/1") fail("schema field", "");
  check_offsets(record, code_points(a.doc.original()));
  for (const char* list : {"money", "dates", "quotes", "claims"}) check_order(record, list);
}

}  // namespace

void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "invariant violated: %s: %s\n", what, detail.substr(0, 4000).c_str());
  std::abort();
}

const Engine& engine() {
  static const std::unique_ptr<Engine> e = [] {
    auto created = Engine::create(EngineOptions{});
    if (!created.ok()) fail("engine", created.error().to_string());
    return std::move(created.value());
  }();
  return *e;
}

void check_analysis(const Analysis& analysis) {
  check_spans(analysis);
  check_json(analysis, false);
  check_json(analysis, true);
  for (const Format f : {Format::Tsv, Format::Html, Format::Jsonl}) {
    std::string out;
    auto writer = make_writer(f);
    writer->begin(out);
    writer->write(analysis, out);
    writer->end(out);
    check_utf8(out, "tsv/html/jsonl");
  }
}

}  // namespace newsclaim::fuzz
