// The entities stage's single passes: TitleCaseScan (a paragraph cursor asked in text order)
// answers for every byte as a lookup of the byte's own paragraph would.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/entities_capitals.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

struct Doc {
  Document doc;
  Layout layout;
  Settings settings;
  Context ctx() const { return {doc, layout, settings}; }
};

// text with one paragraph per line (trimmed of nothing: the tests write no blanks at line ends).
Doc doc_of(const std::string& text) {
  Doc d{Document::from_utf8(text), {}, {}};
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i > begin) d.layout.paragraphs.push_back({begin, i});
      begin = i + 1;
    }
  }
  return d;
}

TEST_CASE("title case scan: headline, lead-in and running text, asked byte after byte") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  const std::string head = "Harbor Council Approves New Ferry Plan";
  const std::string lead = "Rising Costs Ahead Now: The mayor said Ferries would run";
  const std::string body = "The mayor of Port Alden said the Ferry Company would bid.";
  const Doc d = doc_of(head + "\n\n" + lead + "\n" + body);
  const Context ctx = d.ctx();
  TitleCaseScan scan(ctx, lex);
  const uint32_t lead_at = static_cast<uint32_t>(head.size() + 2);
  const uint32_t colon = lead_at + static_cast<uint32_t>(lead.find(':'));
  const uint32_t body_at = lead_at + static_cast<uint32_t>(lead.size() + 1);
  for (uint32_t b = 0; b < d.doc.norm().size(); ++b) {
    CAPTURE(b);
    const bool expected = b < head.size() || (b >= lead_at && b < colon);
    CHECK(scan.at(b) == expected);
  }
  CHECK(body_at < d.doc.norm().size());
}

TEST_CASE("title case scan: a cursor that skips paragraphs answers as a fresh one") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  std::string text;
  for (int i = 0; i < 6; ++i) {
    text += i % 2 ? "the quiet lowercase line goes on and on here\n" : "Three Capital Words Heading Here\n";
  }
  const Doc d = doc_of(text);
  const Context ctx = d.ctx();
  for (uint32_t step = 1; step < 40; step += 7) {
    TitleCaseScan skipping(ctx, lex);
    for (uint32_t b = 0; b < text.size(); b += step) {
      TitleCaseScan fresh(ctx, lex);
      CAPTURE(b);
      CHECK(skipping.at(b) == fresh.at(b));
      size_t line = b;  // the start of b's line: Title Case lines start "Three"
      while (line > 0 && text[line - 1] != '\n') --line;
      CHECK(fresh.at(b) == (text[b] != '\n' && text[line] == 'T'));
    }
  }
}

}  // namespace
}  // namespace newsclaim
