// One document's section: header, highlighted text and side panel (see html_render.hpp).
#include "output/html_render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "output/html_marks.hpp"
#include "output/writer.hpp"

namespace newsclaim::html {
namespace {

std::string esc(std::string_view s) {
  std::string out;
  append_escaped(out, s);
  return out;
}

std::string entity_name(const Extraction& x, const std::optional<size_t>& i) {
  return i && *i < x.entities.size() ? x.entities[*i].name : std::string();
}

// A button naming an entity; clicking it highlights all its mentions (page.js).
std::string entity_button(const Extraction& x, size_t i, std::string_view prefix) {
  const Entity& e = x.entities[i];
  return fmt::format(
      "<button type=\"button\" class=\"ent-btn {}\" data-ent=\"{}-E{}\" title=\"{}\">{}</button>",
      entity_class(e.type), prefix, i + 1, esc(entity_note(e)), esc(e.name));
}

void render_header(const Analysis& a, std::string_view prefix, std::string& out) {
  const Extraction& x = a.extraction;
  out += fmt::format("<header class=\"doc-head\"><h2 id=\"{}-title\">{}</h2>\n<p class=\"meta\">", prefix,
                     esc(x.id));
  out += x.published.empty() ? "publication date unknown"
                             : fmt::format("published {} ({})", esc(x.published), esc(x.published_source));
  out += fmt::format(" · {} entities · {} money · {} dates · {} quotes · {} claims</p>\n", x.entities.size(),
                     x.money.size(), x.dates.size(), x.quotes.size(), x.claims.size());
  if (!x.errors.empty()) {
    out += "<ul class=\"errors\" role=\"alert\">";
    for (const DocError& e : x.errors) {
      out += fmt::format("<li><code>{}</code> {}</li>", esc(e.code), esc(e.message));
    }
    out += "</ul>\n";
  }
  out += "</header>\n";
}

// Claim indexes by descending score; ties keep text order.
std::vector<size_t> ranked_claims(const Extraction& x) {
  std::vector<size_t> order(x.claims.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return x.claims[a].score > x.claims[b].score; });
  return order;
}

void render_claim(const Analysis& a, size_t i, std::string_view prefix, std::string& out) {
  const Claim& c = a.extraction.claims[i];
  out += fmt::format(
      "<li><a class=\"claim-link\" href=\"#{0}-C{1}\"><span class=\"score\" title=\"check-worthiness\">"
      "{2:.2f}</span> {3}</a>\n<div class=\"claim-meta\">",
      prefix, i + 1, c.score, esc(a.doc.original_slice(c.span)));
  std::string source = c.source_text;
  if (c.source && *c.source < a.extraction.entities.size()) source = entity_name(a.extraction, c.source);
  out += source.empty() ? "<span class=\"src none\">no stated source</span>"
                        : fmt::format("<span class=\"src\">source: {}</span>", esc(source));
  for (const auto& h : c.hedges) out += fmt::format(" <span class=\"badge hedge\">hedge: {}</span>", esc(h));
  if (c.negated) out += " <span class=\"badge neg\">negated</span>";
  out += "</div></li>\n";
}

void render_claims(const Analysis& a, std::string_view prefix, std::string& out) {
  out += fmt::format("<h3 id=\"{}-claims\">Claims by score</h3>\n", prefix);
  if (a.extraction.claims.empty()) {
    out += "<p class=\"empty\">No claims found.</p>\n";
    return;
  }
  out += "<ol class=\"claims\">\n";
  for (const size_t i : ranked_claims(a.extraction)) render_claim(a, i, prefix, out);
  out += "</ol>\n";
}

std::string contract_cell_entity(const Extraction& x, const std::optional<size_t>& i,
                                 std::string_view prefix) {
  return i && *i < x.entities.size() ? entity_button(x, *i, prefix) : "<span class=\"none\">—</span>";
}

std::string contract_value(const Analysis& a, const Contract& c) {
  const auto& money = a.extraction.money;
  if (!c.value || *c.value >= money.size()) return "<span class=\"none\">—</span>";
  const Money& m = money[*c.value];
  return fmt::format("<span title=\"{}\">{}</span>", esc(money_note(m)), esc(a.doc.original_slice(m.span)));
}

std::string contract_date(const Analysis& a, const Contract& c) {
  const auto& dates = a.extraction.dates;
  if (!c.date || *c.date >= dates.size()) return "<span class=\"none\">—</span>";
  const DateItem& d = dates[*c.date];
  return fmt::format("<span title=\"{}\">{}</span>", esc(date_note(d)), esc(a.doc.original_slice(d.span)));
}

void render_contracts(const Analysis& a, std::string_view prefix, std::string& out) {
  const Extraction& x = a.extraction;
  if (x.contracts.empty()) return;
  out += fmt::format("<h3 id=\"{}-contracts\">Contract awards</h3>\n<table class=\"contracts\">\n", prefix);
  out +=
      "<thead><tr><th scope=\"col\">Supplier</th><th scope=\"col\">Buyer</th><th scope=\"col\">Value</th>"
      "<th scope=\"col\">Date</th><th scope=\"col\">Count</th><th "
      "scope=\"col\">Claim</th></tr></thead>\n<tbody>\n";
  for (const Contract& c : x.contracts) {
    out += "<tr><td>" + contract_cell_entity(x, c.supplier, prefix) + "</td><td>" +
           contract_cell_entity(x, c.buyer, prefix) + "</td><td>" + contract_value(a, c) + "</td><td>" +
           contract_date(a, c) + "</td><td>" + (c.count ? std::to_string(*c.count) : "—") + "</td><td>";
    out += fmt::format("<a href=\"#{0}-C{1}\">C{1}</a></td></tr>\n", prefix, c.claim + 1);
  }
  out += "</tbody></table>\n";
}

void render_entities(const Analysis& a, std::string_view prefix, std::string& out) {
  const Extraction& x = a.extraction;
  if (x.entities.empty()) return;
  out += fmt::format("<h3 id=\"{}-entities\">Entities</h3>\n<ul class=\"entities\">\n", prefix);
  for (size_t i = 0; i < x.entities.size(); ++i) {
    out += fmt::format("<li>{} <span class=\"count\">{}×</span></li>\n", entity_button(x, i, prefix),
                       x.entities[i].mentions.size());
  }
  out += "</ul>\n";
}

void render_legend(std::string& out) {
  out +=
      "<h3>Legend</h3>\n<p class=\"legend\"><span class=\"hl ent ent-person\">person</span> "
      "<span class=\"hl ent ent-org\">organization</span> <span class=\"hl ent ent-gpe\">place (GPE)</span> "
      "<span class=\"hl ent ent-loc\">location</span> <span class=\"hl ent ent-norp\">group (NORP)</span> "
      "<span class=\"hl money\">money</span> <span class=\"hl date\">date</span> "
      "<span class=\"hl qty\">quantity</span> <span class=\"hl pct\">percentage</span> "
      "<span class=\"hl quote\">“quote”</span></p>\n";
}

}  // namespace

void render_document(const Analysis& a, std::string_view prefix, std::string& out) {
  out += fmt::format("<section class=\"doc\" id=\"{0}\" aria-labelledby=\"{0}-title\">\n", prefix);
  render_header(a, prefix, out);
  out += "<div class=\"cols\">\n<div class=\"text\" lang=\"en\">";
  render_nested(a.doc.original(), document_marks(a, prefix), out);
  out += "</div>\n<aside class=\"panel\" aria-label=\"Claims and facts\">\n";
  render_claims(a, prefix, out);
  render_contracts(a, prefix, out);
  render_entities(a, prefix, out);
  render_legend(out);
  out += "</aside>\n</div>\n</section>\n";
}

void render_index_entry(const Analysis& a, std::string_view prefix, std::string& out) {
  const Extraction& x = a.extraction;
  out += fmt::format("<li><a href=\"#{}\">{}</a> <span class=\"meta\">{} claims, {} entities{}</span></li>\n",
                     prefix, esc(x.id), x.claims.size(), x.entities.size(),
                     x.errors.empty() ? "" : ", with errors");
}

}  // namespace newsclaim::html
