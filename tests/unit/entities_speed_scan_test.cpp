// The entities stage's cheaper passes answer as the plain ones: TitleCaseScan (a paragraph
// cursor asked in text order) as a lookup of each byte's own paragraph, and the byte-level run
// scan (ASCII fast path, connector mask) as a scan decoding every code point.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>

#include "extract/entities_capitals.hpp"
#include "extract/entities_scan.hpp"
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

// The scan as first written: every code point decoded, every next word probed in the table.
// The oracle the byte-level scan (ASCII fast path, connector mask) must agree with.
namespace oracle {

UChar32 at(std::string_view text, size_t i, size_t& next) {
  int32_t n = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(text.data(), n, static_cast<int32_t>(text.size()), c);
  next = static_cast<size_t>(n);
  return c;
}
bool word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}
bool upper(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) || u_istitle(c); }
bool web(std::string_view text, size_t i) {
  const std::string_view s = text.substr(i, 3);
  size_t n = 0;
  return (s == "com" || s == "net" || s == "org") && (i + 3 >= text.size() || !word_char(at(text, i + 3, n)));
}
size_t capword_end(std::string_view text, size_t i) {
  size_t next = 0;
  if (i >= text.size() || !upper(at(text, i, next))) return i;
  size_t end = next;
  while (end < text.size()) {
    const UChar32 c = at(text, end, next);
    size_t after = 0;
    if (word_char(c)) {
      end = next;
      continue;
    }
    if ((c == '\'' || c == '-') && end + 1 < text.size() && word_char(at(text, next, after))) {
      end = next;
      continue;
    }
    const auto ascii_upper = [&](size_t k) { return k < text.size() && text[k] >= 'A' && text[k] <= 'Z'; };
    if (c == '&' && ascii_upper(end - 1) && ascii_upper(next)) {
      end = next;
      continue;
    }
    if (c == '.' && web(text, next)) return next + 3;
    if (c == '.') ++end;
    if (c == '.' && end < text.size() && upper(at(text, end, after)) && end + 1 < text.size() && text[end + 1] == '.')
      continue;
    const std::string_view rest = text.substr(std::min(end + 1, text.size()), 3);
    const bool possessive = (rest.starts_with("'s") || rest.starts_with("'S")) &&
                            (rest.size() == 2 || !word_char(at(text, end + 3, after)));
    const bool closes = end + 1 >= text.size() || possessive ||
                        std::string_view(" \t\r\n,;:!?)\">/-").find(text[end + 1]) != std::string_view::npos;
    if (c == '.' && end == i + 2 && ascii_upper(end) && closes) return end + 1;
    break;
  }
  return end;
}
size_t extend(std::string_view text, size_t end, const WordTable<bool>& connectors) {
  if (end + 1 >= text.size() || text[end] != ' ') return end;
  size_t next = end + 1;
  for (int k = 0; k <= 2; ++k) {
    if (size_t e = capword_end(text, next); e > next) return e;
    size_t j = next;
    while (j < text.size() && j - next < 6 && text[j] != ' ') ++j;
    if (j >= text.size() || text[j] != ' ' || j == next || !connectors.find(text.substr(next, j - next))) return end;
    next = j + 1;
  }
  return end;
}
std::vector<std::string> runs(std::string_view text, const WordTable<bool>& connectors) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto p = i > 0 ? static_cast<unsigned char>(text[i - 1]) : 0;
    const bool glued = (i > 0 && (p >= 0x80 || std::isalnum(p) || p == '\'' || p == '-' || p == '_')) ||
                       (p == '.' && i >= 3 && std::isupper(static_cast<unsigned char>(text[i - 2])) &&
                        (text[i - 3] == '-' || std::isalnum(static_cast<unsigned char>(text[i - 3]))));
    size_t end = (c >= 'A' && c <= 'Z') || c >= 0xC0 ? capword_end(text, i) : i;
    if (glued || end == i) {
      ++i;
      continue;
    }
    if (i >= 2 && p == '.' && std::isalnum(static_cast<unsigned char>(text[i - 2])) && end < text.size() &&
        text[end] == '>') {
      i = end;  // the exchange code of a ticker: "<KLM.AS>"
      continue;
    }
    for (size_t more = extend(text, end, connectors); more > end; more = extend(text, end, connectors)) end = more;
    out.emplace_back(text.substr(i, end - i));
    i = end;
  }
  return out;
}

}  // namespace oracle

TEST_CASE("scan: the byte-level scan finds the runs the decoding scan finds, on random text") {
  auto rules = Ruleset::load("");
  REQUIRE(rules.ok());
  const Lexicon lex(*rules.value());
  const std::vector<std::string> pieces = {
      "Acme", "Corp.", "U.S.", "of", "the", "and", "van", "de", "y", "&", "del", "bint", "said", "has", "in",
      "Detik.com", "Salon.net", "O'Neil", "Jean-Luc", "Beijing-based", "rock-'n'", "x-ray", "\xC3\x98stergaard",
      "\xC3\x89lodie", "na\xC3\xAFve", "\xE2\x80\x94", "Caf\xC3\xA9", "\xC7\x85" "ebo", "MCDONALD'S", "4th", "B2B",
      ",", ".", "(", ")", "\"", "--", "A.", "B.C.", "Ltd.", "e.g.", "iPod", "McD", "\xF0\x9F\x98\x80", "\xC3"};
  uint32_t seed = 12345;
  const auto next = [&seed] { return seed = seed * 1103515245U + 12345U, (seed >> 8) % 1000U; };
  const auto runs_of = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Span& s : scan_capitalized_runs(text, lex.connectors())) out.push_back(text.substr(s.begin, s.size()));
    return out;
  };
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    const size_t n = 5 + next() % 40;
    for (size_t k = 0; k < n; ++k) {
      text += pieces[next() % pieces.size()];
      const unsigned gap = next() % 10;  // mostly one space; sometimes none, two or a line break
      text += gap == 0 ? "" : gap == 1 ? "  " : gap == 2 ? "\n" : " ";
    }
    CAPTURE(text);
    CHECK(runs_of(text) == oracle::runs(text, lex.connectors()));
  }
}

}  // namespace
}  // namespace newsclaim
