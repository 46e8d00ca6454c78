// Parsing of one pattern file (*.re2 rules or *.tsv gazetteer) into compiled rules or rows.
// Every failure names file:line.
#pragma once
#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {

using Defines = std::map<std::string, std::string>;  // NAME -> regex fragment (expanded)

struct CompiledRule {
  std::string name;
  int line = 0;
  std::string pattern;      // defines expanded
  std::unique_ptr<RE2> re;  // null when parsed without compiling
};

struct GazetteerTable {
  int header_line = 0;  // line number of the header row
  std::vector<std::string> columns;
  std::shared_ptr<const std::string> text;  // the file's text, which cells index
  std::vector<TextSpan> cells;              // row after row, columns.size() per row
  size_t row_count() const { return columns.empty() ? 0 : cells.size() / columns.size(); }
};

// How errors name a file: origin/path for files read from a directory, path for embedded ones.
std::string display_path(const PatternFile& file);

// The options every pattern is compiled with: UTF-8, no error logging, a DFA budget large
// enough for the rule families in patterns/.
RE2::Options pattern_options();

// base plus the "define" lines of a file (used for common.re2, whose defines every file sees;
// an override's common.re2 adds to or redefines the built-in defines).
Result<Defines> parse_defines(const PatternFile& file, const Defines& base = {});
// All rules of a .re2 file, compiled (unless compile is false: then a bad regex goes unnoticed
// until the rule is compiled); defines from common and from the file itself expand.
Result<std::vector<CompiledRule>> parse_rule_file(const PatternFile& file, const Defines& common,
                                                  bool compile = true);
// A .tsv gazetteer; every row must have at most as many cells as the header has columns.
Result<GazetteerTable> parse_gazetteer_file(const PatternFile& file);

}  // namespace newsclaim
