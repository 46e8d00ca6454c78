// The HTML of one document: a <section> with a header, the original article text with every
// extracted item highlighted in place (html_marks.hpp), and a side panel listing the claims
// ranked by score, the contract awards and the entities. The page around it (template, CSS, JS,
// document index) is assembled by html_writer.cpp.
#pragma once
#include <string>
#include <string_view>

#include "pipeline.hpp"

namespace newsclaim::html {

// Appends the <section id="{prefix}"> of one document; prefix ("d1") keeps ids unique on a page.
void render_document(const Analysis& a, std::string_view prefix, std::string& out);

// Appends one <li> of the document index linking to the section.
void render_index_entry(const Analysis& a, std::string_view prefix, std::string& out);

}  // namespace newsclaim::html
