// TSV: one row per extracted item — id, kind, start, end, text, value, extra — with tabs,
// newlines and backslashes in fields escaped as \t, \n and \\ so every row is one line.
#include <fmt/format.h>

#include "output/writer.hpp"

namespace newsclaim {
namespace {

void field(std::string& out, std::string_view s) {
  for (const char c : s) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out.push_back(c);
    }
  }
}

class TsvWriter : public Writer {
 public:
  void begin(std::string& out) override { out += "id\tkind\tstart\tend\ttext\tvalue\textra\n"; }
  void write(const Analysis& a, std::string& out) override {
    const Extraction& x = a.extraction;
    auto row = [&](std::string_view kind, Span span, std::string_view value, std::string_view extra) {
      const auto [start, end] = a.doc.output_offsets(span);
      field(out, x.id);
      out += fmt::format("\t{}\t{}\t{}\t", kind, start, end);
      field(out, a.doc.original_slice(span));
      out.push_back('\t');
      field(out, value);
      out.push_back('\t');
      field(out, extra);
      out.push_back('\n');
    };
    for (const auto& e : x.errors) {
      field(out, x.id);
      out += "\terror\t\t\t\t";
      field(out, e.code);
      out.push_back('\t');
      field(out, e.message);
      out.push_back('\n');
    }
    for (size_t i = 0; i < x.entities.size(); ++i) {
      const Entity& e = x.entities[i];
      for (const Span m : e.mentions) {
        row(to_string(e.type), m, e.name, fmt::format("E{}", i + 1));
      }
    }
    for (const Money& m : x.money) {
      std::string value = m.value ? plain_number(*m.value)
                                  : (m.min || m.max ? fmt::format("{}-{}", m.min ? plain_number(*m.min) : "",
                                                                  m.max ? plain_number(*m.max) : "")
                                                    : "");
      if (!m.currency.empty()) value += " " + m.currency;
      std::string extra = fmt::format("basis={}", to_string(m.basis));
      if (m.approx != Approx::None) extra += fmt::format(" approx={}", to_string(m.approx));
      if (!m.per.empty()) extra += " per=" + m.per;
      row("money", m.span, value, extra);
    }
    for (const Quantity& q : x.quantities) row("quantity", q.span, plain_number(q.value), q.unit);
    for (const Percentage& p : x.percentages) row("percentage", p.span, plain_number(p.value), p.points ? "points" : "");
    for (const DateItem& d : x.dates) row(to_string(d.type), d.span, d.value, d.mod.empty() ? "" : "mod=" + d.mod);
    for (const Quote& q : x.quotes) {
      row("quote", q.span, q.speaker_text, q.speaker ? fmt::format("E{}", *q.speaker + 1) : "");
    }
    for (size_t i = 0; i < x.claims.size(); ++i) {
      const Claim& c = x.claims[i];
      std::string extra = fmt::format("C{}", i + 1);
      if (c.negated) extra += " negated";
      for (const auto& h : c.hedges) extra += " hedge=" + h;
      row("claim", c.span, fmt::format("{:.3f}", c.score), extra);
    }
    for (const Boilerplate& b : x.boilerplate) row("boilerplate", b.span, b.kind, "");
  }
};

}  // namespace

std::unique_ptr<Writer> make_tsv_writer() { return std::make_unique<TsvWriter>(); }

}  // namespace newsclaim
