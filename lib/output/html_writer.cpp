// HTML writer (issue 9): one self-contained page per run — the embedded template
// templates/page.html with page.css and page.js inlined, one <section> per document
// (html_render.hpp) and, for several documents, an index at the top. Sections are kept until
// end() so the index can precede them; begin() starts a new page (--output-dir writes one page
// per document with the same writer).
#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "output/html_marks.hpp"
#include "output/html_render.hpp"
#include "output/writer.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {

const std::vector<PatternFile>& embedded_template_files();  // generated from templates/ by cmake

namespace {

const std::string& template_file(std::string_view name) {
  for (const PatternFile& f : embedded_template_files()) {
    if (f.path == name) return f.content;
  }
  // The build embeds every file of templates/; a missing one is a build error, not an input error.
  throw std::logic_error("newsclaim: template file missing from the build: " + std::string(name));
}

// Replaces each {{name}} of page with values[name]; unknown names stay as they are.
std::string fill(std::string_view page,
                 const std::vector<std::pair<std::string_view, std::string_view>>& values) {
  std::string out;
  out.reserve(page.size());
  size_t pos = 0;
  while (true) {
    const size_t open = page.find("{{", pos);
    const size_t close = open == std::string_view::npos ? open : page.find("}}", open);
    if (close == std::string_view::npos) break;
    const std::string_view name = page.substr(open + 2, close - open - 2);
    out += page.substr(pos, open - pos);
    auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
    out += it != values.end() ? it->second : page.substr(open, close + 2 - open);
    pos = close + 2;
  }
  out += page.substr(pos);
  return out;
}

class HtmlWriter : public Writer {
 public:
  // The page's index lists every document, so the page is assembled in end().
  bool independent_records() const override { return false; }
  void begin(std::string& out) override {
    (void)out;
    sections_.clear();
    index_.clear();
    first_id_.clear();
    documents_ = 0;
  }

  void write(const Analysis& a, std::string& out) override {
    (void)out;  // the page is written at end(), after the index
    const std::string prefix = fmt::format("d{}", ++documents_);
    if (documents_ == 1) first_id_ = a.extraction.id;
    html::render_document(a, prefix, sections_);
    html::render_index_entry(a, prefix, index_);
  }

  void end(std::string& out) override {
    std::string title = "newsclaim";
    if (documents_ == 1) {
      title += " — ";
      html::append_escaped(title, first_id_);
    }
    if (documents_ > 1) title += fmt::format(" — {} documents", documents_);
    std::string index;
    if (documents_ > 1) {
      index = fmt::format(
          "<nav class=\"index\" aria-label=\"Documents\"><h2>{} documents</h2>\n<ol>\n{}</ol></nav>\n",
          documents_, index_);
    }
    if (documents_ == 0) index = "<p class=\"empty\">No documents.</p>\n";
    out += fill(template_file("page.html"), {{"title", title},
                                             {"version", NEWSCLAIM_VERSION},
                                             {"style", template_file("page.css")},
                                             {"script", template_file("page.js")},
                                             {"index", index},
                                             {"documents", sections_}});
  }

 private:
  std::string sections_, index_, first_id_;
  size_t documents_ = 0;
};

}  // namespace

std::unique_ptr<Writer> make_html_writer() { return std::make_unique<HtmlWriter>(); }

}  // namespace newsclaim
