// A document with hand-placed entities, amounts and dates, for testing the claims and contracts
// stages on their own: the items earlier stages would find are set here, so these tests do not
// depend on how well entities, money or dates are recognized.
#pragma once
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/claims.hpp"
#include "extract/contracts.hpp"
#include "patterns/ruleset.hpp"
#include "text/layout.hpp"

namespace newsclaim::test {

inline const Ruleset& embedded_rules() {
  static const std::shared_ptr<const Ruleset> rules = [] {
    auto r = Ruleset::load("");
    REQUIRE(r.ok());
    return r.value();
  }();
  return *rules;
}

// The embedded claims.source_* rules that name a source (those with a group), in file order.
inline std::vector<const RE2*> embedded_source_rules() {
  std::vector<const RE2*> source;
  for (const std::string& key : embedded_rules().keys_with_prefix("claims.source_")) {
    if (embedded_rules().re(key).NumberOfCapturingGroups() >= 1) source.push_back(&embedded_rules().re(key));
  }
  return source;
}

struct StageFixture {
  explicit StageFixture(std::string text) : doc(Document::from_utf8(std::move(text))) {
    Segmenter segmenter;
    layout = segmenter.segment(doc, embedded_rules());
  }
  // Every occurrence of surface becomes a mention of one new entity; returns its index.
  size_t entity(const std::string& surface, EntityType type) {
    Entity e;
    e.type = type;
    e.name = surface;
    for (size_t at = doc.norm().find(surface); at != std::string::npos; at = doc.norm().find(surface, at + 1)) {
      e.mentions.push_back(span_of(at, surface));
    }
    REQUIRE(!e.mentions.empty());
    out.entities.push_back(std::move(e));
    return out.entities.size() - 1;
  }
  // The first occurrence of surface as a money amount (call in text order).
  size_t money(const std::string& surface, double value) {
    Money m;
    m.span = span_of(doc.norm().find(surface), surface);
    m.value = value;
    out.money.push_back(m);
    return out.money.size() - 1;
  }
  size_t date(const std::string& surface, const std::string& value, DateType type = DateType::Date) {
    DateItem d;
    d.span = span_of(doc.norm().find(surface), surface);
    d.value = value;
    d.type = type;
    out.dates.push_back(d);
    return out.dates.size() - 1;
  }
  void run_claims() {
    const Context ctx{doc, layout, settings};
    ClaimExtractor(embedded_rules()).run(ctx, out);
  }
  void run_contracts() {
    run_claims();
    const Context ctx{doc, layout, settings};
    ContractExtractor(embedded_rules()).run(ctx, out);
  }
  std::string text(Span s) const { return std::string(doc.original_slice(s)); }

  Document doc;
  Layout layout;
  Settings settings;
  Extraction out;

 private:
  Span span_of(size_t at, const std::string& surface) const {
    REQUIRE(at != std::string::npos);
    return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  }
};

}  // namespace newsclaim::test
