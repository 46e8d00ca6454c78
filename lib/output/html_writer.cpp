// HTML writer: a self-contained page per run (issue 9). Placeholder until the HTML writer lands:
// it writes the JSON record inside a <pre> so --format html is never silently empty.
#include "output/json_text.hpp"
#include "output/writer.hpp"

namespace newsclaim {
namespace {

void escape_html(std::string& out, std::string_view s) {
  for (const char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
}

class HtmlWriter : public Writer {
 public:
  void begin(std::string& out) override { out += "<!doctype html>\n<meta charset=\"utf-8\">\n<title>newsclaim</title>\n"; }
  void write(const Analysis& a, std::string& out) override {
    std::string json;
    write_json(a, true, json);
    out += "<pre>";
    escape_html(out, json);
    out += "</pre>\n";
  }
};

}  // namespace

std::unique_ptr<Writer> make_html_writer() { return std::make_unique<HtmlWriter>(); }

}  // namespace newsclaim
