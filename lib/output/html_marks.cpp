// From an Extraction to highlight marks over the original text, with the normalized value of
// each item as its hover/focus note (see html_marks.hpp).
#include "output/html_marks.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "output/writer.hpp"

namespace newsclaim::html {

std::string entity_class(EntityType t) {
  std::string cls = "ent-";
  for (const char c : to_string(t)) cls.push_back(static_cast<char>(c | 0x20));  // ASCII lower case
  return cls;
}

std::string money_note(const Money& m) {
  const std::string currency = m.currency.empty() ? "currency unknown" : m.currency;
  std::string note = "money: ";
  if (m.value) note += plain_number(*m.value) + " " + currency;
  if (m.min || m.max) {
    note += m.value ? " (range " : "";
    note += (m.min ? plain_number(*m.min) : "?") + "–" + (m.max ? plain_number(*m.max) : "?");
    note += m.value ? ")" : " " + currency;
  }
  if (!m.per.empty()) note += " per " + m.per;
  if (m.approx != Approx::None) note += fmt::format(" · {}", to_string(m.approx));
  note += fmt::format(" · currency {}", to_string(m.basis));
  return note;
}

std::string date_note(const DateItem& d) {
  std::string note = fmt::format("{}: {}", to_string(d.type), d.value.empty() ? "unresolved" : d.value);
  if (!d.mod.empty()) note += " · " + d.mod;
  return note;
}

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& item : items) s += (s.empty() ? "" : ", ") + item;
  return s;
}

std::string attr(std::string_view value) {
  std::string s;
  append_escaped(s, value);
  return s;
}

// A focusable highlight span; later fragments of a split mark carry "cont" and no tabindex.
Mark highlight(const Document& doc, Span span, int layer, std::string_view cls, std::string_view key,
               std::string_view note, std::string_view extra = "") {
  const Span o = doc.to_original(span);
  const std::string title = attr(note);
  auto tag = [&](bool first) {
    return fmt::format("<span class=\"hl {}{}\" data-k=\"{}\"{} title=\"{}\"{}>", cls, first ? "" : " cont",
                       key, extra, title, first ? " tabindex=\"0\"" : "");
  };
  Mark m;
  m.begin = o.begin;
  m.end = o.end;
  m.layer = layer;
  m.open = tag(true);
  m.reopen = tag(false);
  m.close = "</span>";
  return m;
}

enum Layer { kBoilerplate, kClaim, kQuote, kEntity, kMoney, kDate, kQuantity, kPercentage };

void add_claims(const Analysis& a, std::string_view prefix, std::vector<Mark>& marks) {
  for (size_t i = 0; i < a.extraction.claims.size(); ++i) {
    const Span o = a.doc.to_original(a.extraction.claims[i].span);
    const std::string key = fmt::format("{}-C{}", prefix, i + 1);
    marks.push_back({o.begin, o.end, kClaim,
                     fmt::format("<span class=\"claim\" id=\"{0}\" data-k=\"{0}\">", key),
                     fmt::format("<span class=\"claim cont\" data-k=\"{}\">", key), "</span>"});
  }
}

void add_entities(const Analysis& a, std::string_view prefix, std::vector<Mark>& marks) {
  const auto& entities = a.extraction.entities;
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    const std::string extra = fmt::format(" data-ent=\"{}-E{}\"", prefix, i + 1);
    for (size_t j = 0; j < e.mentions.size(); ++j) {
      marks.push_back(highlight(a.doc, e.mentions[j], kEntity, "ent " + entity_class(e.type),
                                fmt::format("{}-E{}.{}", prefix, i + 1, j), entity_note(e), extra));
    }
  }
}

void add_values(const Analysis& a, std::string_view prefix, std::vector<Mark>& marks) {
  const Extraction& x = a.extraction;
  for (size_t i = 0; i < x.money.size(); ++i) {
    marks.push_back(highlight(a.doc, x.money[i].span, kMoney, "money", fmt::format("{}-M{}", prefix, i),
                              money_note(x.money[i])));
  }
  for (size_t i = 0; i < x.dates.size(); ++i) {
    marks.push_back(highlight(a.doc, x.dates[i].span, kDate, "date", fmt::format("{}-D{}", prefix, i),
                              date_note(x.dates[i])));
  }
  for (size_t i = 0; i < x.quantities.size(); ++i) {
    const Quantity& q = x.quantities[i];
    marks.push_back(highlight(a.doc, q.span, kQuantity, "qty", fmt::format("{}-Q{}", prefix, i),
                              fmt::format("quantity: {} {}", plain_number(q.value), q.unit)));
  }
  for (size_t i = 0; i < x.percentages.size(); ++i) {
    const Percentage& p = x.percentages[i];
    marks.push_back(highlight(
        a.doc, p.span, kPercentage, "pct", fmt::format("{}-P{}", prefix, i),
        fmt::format("percentage: {}{}", plain_number(p.value), p.points ? " percentage points" : "%")));
  }
  for (size_t i = 0; i < x.quotes.size(); ++i) {
    marks.push_back(highlight(a.doc, x.quotes[i].span, kQuote, "quote", fmt::format("{}-U{}", prefix, i),
                              quote_note(x.quotes[i], x)));
  }
}

// Boilerplate regions become collapsed <details>; marks crossing one are dropped.
void add_boilerplate(const Analysis& a, std::string_view prefix, std::vector<Mark>& marks) {
  std::vector<Mark> regions;
  for (size_t i = 0; i < a.extraction.boilerplate.size(); ++i) {
    const Boilerplate& b = a.extraction.boilerplate[i];
    const Span o = a.doc.to_original(b.span);
    regions.push_back({o.begin, o.end, kBoilerplate,
                       fmt::format("<details class=\"boiler\" data-k=\"{}-B{}\"><summary>Boilerplate ({}), "
                                   "not reported as facts</summary>",
                                   prefix, i, attr(b.kind)),
                       "<details class=\"boiler\" open>", "</details>"});
  }
  std::erase_if(marks, [&](const Mark& m) {
    return std::any_of(regions.begin(), regions.end(), [&](const Mark& r) {
      const bool overlaps = m.begin < r.end && r.begin < m.end;
      return overlaps && !(r.begin <= m.begin && m.end <= r.end);
    });
  });
  marks.insert(marks.end(), regions.begin(), regions.end());
}

}  // namespace

std::string entity_note(const Entity& e) {
  std::string note = fmt::format("{}: {}", to_string(e.type), e.name);
  if (!e.aliases.empty()) note += " · aliases: " + joined(e.aliases);
  if (!e.roles.empty()) note += " · roles: " + joined(e.roles);
  return note;
}

std::string quote_note(const Quote& q, const Extraction& x) {
  if (q.scare) return "scare quotes (not speech)";
  std::string speaker = q.speaker_text;
  if (q.speaker && *q.speaker < x.entities.size()) speaker = x.entities[*q.speaker].name;
  std::string note = "quote · speaker: " + (speaker.empty() ? std::string("unknown") : speaker);
  if (!q.cue.empty()) note += " · cue: " + q.cue;
  return note;
}

std::vector<Mark> document_marks(const Analysis& a, std::string_view prefix) {
  std::vector<Mark> marks;
  add_claims(a, prefix, marks);
  add_entities(a, prefix, marks);
  add_values(a, prefix, marks);
  add_boilerplate(a, prefix, marks);
  return marks;
}

}  // namespace newsclaim::html
