#include "patterns/pattern_file.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <functional>
#include <filesystem>

namespace newsclaim {
namespace {

struct Line {
  int number;
  std::string text;
};

std::string trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

// Logical lines: comments and blanks dropped, indented lines joined to the previous one.
std::vector<Line> logical_lines(const std::string& content) {
  std::vector<Line> out;
  size_t pos = 0;
  int number = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string raw = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    const std::string t = trim(raw);
    if (t.empty() || t[0] == '#') continue;
    const bool continuation = std::isspace(static_cast<unsigned char>(raw[0])) && !out.empty();
    if (continuation) {
      out.back().text += t;
    } else {
      out.push_back({number, t});
    }
    if (nl == content.size()) break;
  }
  return out;
}

bool is_name(const std::string& s, bool upper) {
  if (s.empty()) return false;
  for (const char c : s) {
    const bool ok = upper ? (std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_')
                          : (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_');
    if (!ok) return false;
  }
  return true;
}

// Replaces {NAME} by its define wrapped in a non-capturing group; {2,3} repetitions stay.
Result<std::string> expand(const std::string& regex, const Defines& defines, const std::string& where) {
  std::string out;
  size_t i = 0;
  while (i < regex.size()) {
    if (regex[i] == '\\' && i + 2 < regex.size() && (regex[i + 1] == 'p' || regex[i + 1] == 'P') &&
        regex[i + 2] == '{') {  // a Unicode class \p{Lu} is not a define
      const size_t close = regex.find('}', i);
      const size_t n = close == std::string::npos ? regex.size() - i : close + 1 - i;
      out += regex.substr(i, n);
      i += n;
      continue;
    }
    if (regex[i] == '\\' && i + 1 < regex.size()) {
      out += regex.substr(i, 2);
      i += 2;
      continue;
    }
    if (regex[i] == '{') {
      const size_t close = regex.find('}', i);
      if (close != std::string::npos) {
        const std::string name = regex.substr(i + 1, close - i - 1);
        if (is_name(name, true) && !std::isdigit(static_cast<unsigned char>(name[0]))) {
          auto it = defines.find(name);
          if (it == defines.end()) return Error{where, "unknown define {" + name + "}"};
          out += "(?:" + it->second + ")";
          i = close + 1;
          continue;
        }
      }
    }
    out += regex[i++];
  }
  return out;
}

struct Split {
  std::string head, body;
  bool ok = false;
};

Split split_colon(const std::string& line) {
  const size_t colon = line.find(':');
  if (colon == std::string::npos) return {};
  return {trim(line.substr(0, colon)), trim(line.substr(colon + 1)), true};
}

}  // namespace

std::string display_path(const PatternFile& file) {
  // Files read from a directory are named as the user can open them; embedded ones by their path.
  if (file.origin.empty() || file.origin == "embedded") return file.path;
  return (std::filesystem::path(file.origin) / file.path).generic_string();
}

namespace {

std::string where(const PatternFile& file, int line) {
  return display_path(file) + ":" + std::to_string(line);
}

// Handles a "define NAME: fragment" line; returns false when the line is not a define.
Result<bool> take_define(const PatternFile& file, const Line& line, Defines& defines) {
  if (line.text.rfind("define ", 0) != 0) return false;
  const Split s = split_colon(line.text.substr(7));
  if (!s.ok || !is_name(s.head, true)) {
    return Error{where(file, line.number), "expected 'define NAME: regex' with NAME in capitals"};
  }
  auto expanded = expand(s.body, defines, where(file, line.number));
  if (!expanded.ok()) return expanded.error();
  defines[s.head] = expanded.value();
  return true;
}

}  // namespace

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

Result<Defines> parse_defines(const PatternFile& file, const Defines& base) {
  Defines defines = base;
  for (const auto& line : logical_lines(file.content)) {
    auto d = take_define(file, line, defines);
    if (!d.ok()) return d.error();
  }
  return defines;
}

Result<std::vector<CompiledRule>> parse_rule_file(const PatternFile& file, const Defines& common, bool compile) {
  Defines defines = common;
  std::vector<CompiledRule> rules;
  for (const auto& line : logical_lines(file.content)) {
    auto d = take_define(file, line, defines);
    if (!d.ok()) return d.error();
    if (d.value()) continue;
    const Split s = split_colon(line.text);
    if (!s.ok || !is_name(s.head, false)) {
      return Error{where(file, line.number), "expected 'rule_name: regex' (lower-case name) or 'define NAME: regex'"};
    }
    if (s.body.empty()) return Error{where(file, line.number), "rule '" + s.head + "' has no pattern"};
    auto expanded = expand(s.body, defines, where(file, line.number));
    if (!expanded.ok()) return expanded.error();
    std::unique_ptr<RE2> re;
    if (compile) {
      re = std::make_unique<RE2>(expanded.value(), pattern_options());
      if (!re->ok()) {
        return Error{where(file, line.number), "rule '" + s.head + "': " + re->error() + " (at '" + re->error_arg() + "')"};
      }
    }
    rules.push_back({s.head, line.number, std::move(expanded.value()), std::move(re)});
  }
  return rules;
}

namespace {

// Splits a line at tabs into views (no copies).
void split_tabs(std::string_view line, std::vector<std::string_view>& cells) {
  cells.clear();
  while (true) {
    const size_t tab = line.find('\t');
    cells.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
}

// Appends the cells of a row (a line, its newline and '\r' removed) of text to cells, padded
// with empty ones to width; false, appending nothing, when it has more. One pass over the
// bytes: the start-up reads ~60k rows, and a search call and a view per cell cost more than
// the cells' few bytes.
bool add_row(std::string_view text, std::string_view row, size_t width, std::vector<TextSpan>& cells) {
  const char* const end = row.data() + row.size();
  const char* cell = row.data();
  for (size_t n = 0;; ++n) {
    const char* stop = cell;
    while (stop != end && *stop != '\t') ++stop;
    if (n == width) {
      cells.resize(cells.size() - n);
      return false;
    }
    cells.push_back({static_cast<uint32_t>(cell - text.data()), static_cast<uint32_t>(stop - cell)});
    if (stop == end) {
      cells.resize(cells.size() + width - n - 1);  // cells the row leaves out: {0, 0}
      return true;
    }
    cell = stop + 1;
  }
}

// How many newlines text[from..] holds (a bound on a table's rows, to reserve its cells once).
size_t newlines_from(std::string_view text, size_t from) {
  size_t n = 0;
  const char* p = text.data() + std::min(from, text.size());
  const char* const end = text.data() + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))) != nullptr) ++n, ++p;
  return n;
}

// The file's text for a table to index: the embedded files live as long as the program, so
// their text is shared, not copied; any other file's text is copied.
std::shared_ptr<const std::string> table_text(const PatternFile& file) {
  const auto& embedded = embedded_pattern_files();
  const std::less<const PatternFile*> before;
  if (!embedded.empty() && !before(&file, &embedded.front()) && !before(&embedded.back(), &file)) {
    return std::shared_ptr<const std::string>(std::shared_ptr<const std::string>(), &file.content);
  }
  return std::make_shared<const std::string>(file.content);
}

}  // namespace

Result<GazetteerTable> parse_gazetteer_file(const PatternFile& file) {
  GazetteerTable table;
  table.text = table_text(file);
  const std::string_view text = *table.text;
  if (text.size() > UINT32_MAX) return Error{display_path(file) + ":1", "gazetteer larger than 4 GB"};
  std::vector<std::string_view> cells;
  size_t pos = 0;
  int number = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (raw.empty() || raw[0] == '#') continue;
    if (table.columns.empty()) {
      split_tabs(raw, cells);
      for (const auto& c : cells) {
        if (!is_name(std::string(c), false)) {
          return Error{where(file, number), "header column '" + std::string(c) + "' is not a lower-case name"};
        }
        table.columns.emplace_back(c);
      }
      table.header_line = number;
      continue;
    }
    if (table.cells.empty()) {  // one reservation for the whole table: it may hold 100k cells
      table.cells.reserve((newlines_from(text, pos) + 1) * table.columns.size());
    }
    if (!add_row(text, raw, table.columns.size(), table.cells)) {
      split_tabs(raw, cells);
      return Error{where(file, number), "row has " + std::to_string(cells.size()) + " fields, header has " +
                                            std::to_string(table.columns.size()) + " (unknown field)"};
    }
  }
  if (table.columns.empty()) return Error{display_path(file) + ":1", "gazetteer has no header row"};
  return table;
}

}  // namespace newsclaim
