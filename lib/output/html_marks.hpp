// HTML highlights: every extracted item becomes a Mark over the ORIGINAL text, and
// render_nested() turns possibly overlapping marks into properly nested tags, splitting a mark
// into fragments where it crosses another (an entity inside a quote nests; a quote crossing a
// sentence is closed and reopened). Used by the HTML writer only (html_render.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline.hpp"

namespace newsclaim::html {

// One highlight: tags to wrap original() bytes [begin, end) in.
struct Mark {
  uint32_t begin = 0;  // byte offset into Document::original(), inclusive
  uint32_t end = 0;    // exclusive
  int layer = 0;       // for marks ending together: lower layers are opened outside higher ones
  std::string open;    // start tag of the first fragment (carries id and tabindex)
  std::string reopen;  // start tag of later fragments when the mark has to be split
  std::string close;   // end tag
};

// Appends text with & < > " ' escaped, C0 controls (but tab, CR, LF) replaced by U+FFFD.
void append_escaped(std::string& out, std::string_view text);

// Appends text with the marks applied; tags are always well nested. Marks may come in any order,
// may overlap or cross; empty marks are ignored, ends beyond the text are clipped.
void render_nested(std::string_view text, std::vector<Mark> marks, std::string& out);

// The marks of one document: boilerplate (<details>), claim sentences, quotes, entity mentions,
// money, dates, quantities and percentages. prefix ("d1") makes ids unique in a page. Marks
// partly inside a boilerplate region are dropped so a <details> block is never split.
std::vector<Mark> document_marks(const Analysis& a, std::string_view prefix);

// The normalized value shown when a highlight is hovered or focused (plain text, unescaped).
std::string money_note(const Money& m);
std::string date_note(const DateItem& d);
std::string entity_note(const Entity& e);
std::string quote_note(const Quote& q, const Extraction& x);

// The CSS class of an entity type: "ent-person", "ent-org", ...
std::string entity_class(EntityType t);

}  // namespace newsclaim::html
