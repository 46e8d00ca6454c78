// Pattern file parsing: "name: regex" rules with comments, indented continuation lines and
// defines; gazetteer TSVs with a header row. Every error names file:line.
#include "patterns/pattern_file.hpp"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>

namespace newsclaim {
namespace {

PatternFile file(std::string path, std::string content, std::string origin = "embedded") {
  return {std::move(path), std::move(content), std::move(origin)};
}

std::string error_of(const Result<std::vector<CompiledRule>>& r) {
  return r.ok() ? "" : r.error().to_string();
}

TEST_CASE("rules, comments and blank lines") {
  auto r = parse_rule_file(file("money/a.re2",
                                "# dollars: \"$5\"\n"
                                "\n"
                                "dollars: \\$\\d+\n"
                                "   # an indented comment is still a comment\n"
                                "# percent: \"5%\"\n"
                                "percent: \\d+%\r\n"),
                           {});
  REQUIRE_MESSAGE(r.ok(), error_of(r));
  REQUIRE(r.value().size() == 2);
  CHECK(r.value()[0].name == "dollars");
  CHECK(r.value()[0].line == 3);
  CHECK(r.value()[1].name == "percent");
  CHECK(r.value()[1].line == 6);
  CHECK(RE2::FullMatch("$12", *r.value()[0].re));
  CHECK(RE2::FullMatch("5%", *r.value()[1].re));  // the CR of a CRLF line is not part of the regex
  CHECK(r.value()[1].pattern == "\\d+%");
}

TEST_CASE("rules parsed without compiling keep their text; syntax errors still name file:line") {
  auto r = parse_rule_file(file("x/a.re2", "define D: [0-9]\n# x\nbroken: ({D}\n"), {}, false);
  REQUIRE_MESSAGE(r.ok(), error_of(r));
  CHECK(r.value()[0].re == nullptr);
  CHECK(r.value()[0].pattern == "((?:[0-9])");
  CHECK(error_of(parse_rule_file(file("x/a.re2", "# x\nuses: {NOPE}\n"), {}, false)) ==
        "x/a.re2:2: unknown define {NOPE}");
}

TEST_CASE("a # after a regex is part of the regex (comments are whole lines)") {
  auto r = parse_rule_file(file("x/a.re2", "# issue numbers: \"No. #5\"\nissue: No\\. #\\d\n"), {});
  REQUIRE_MESSAGE(r.ok(), error_of(r));
  CHECK(RE2::FullMatch("No. #5", *r.value()[0].re));
}

TEST_CASE("indented lines continue the rule above, joined without the indentation") {
  auto r = parse_rule_file(file("x/a.re2",
                                "# one or two words\n"
                                "words: (?:alpha\n"
                                "    |beta)\n"
                                "\t\\s+gamma\n"),
                           {});
  REQUIRE_MESSAGE(r.ok(), error_of(r));
  REQUIRE(r.value().size() == 1);
  CHECK(r.value()[0].re->pattern() == "(?:alpha|beta)\\s+gamma");
  CHECK(RE2::FullMatch("beta gamma", *r.value()[0].re));
}

TEST_CASE("defines expand as non-capturing groups; common defines are visible; {2,3} stays") {
  Defines common{{"DIGIT", "[0-9]"}};
  auto r = parse_rule_file(file("x/a.re2",
                                "define YEAR: {DIGIT}{4}\n"
                                "define MONTH: Jan|Feb\n"
                                "# \"Jan 2020\"\n"
                                "month_year: {MONTH} {YEAR}\n"
                                "# \"aa\", \"aaa\"\n"
                                "repeat: a{2,3}\n"),
                           common);
  REQUIRE_MESSAGE(r.ok(), error_of(r));
  CHECK(r.value()[0].re->pattern() == "(?:Jan|Feb) (?:(?:[0-9]){4})");
  CHECK(RE2::FullMatch("Feb 2020", *r.value()[0].re));
  CHECK_FALSE(RE2::FullMatch("Feb 20", *r.value()[0].re));
  CHECK(r.value()[1].re->pattern() == "a{2,3}");
  // An escaped brace is literal, not a define.
  auto lit = parse_rule_file(file("x/b.re2", "# literal\nbrace: \\{NAME\\}\n"), {});
  REQUIRE_MESSAGE(lit.ok(), error_of(lit));
  CHECK(RE2::FullMatch("{NAME}", *lit.value()[0].re));
}

TEST_CASE("parse_defines reads only the defines of a file") {
  auto d =
      parse_defines(file("common.re2", "# shared\ndefine WS: [ \\t]+\ndefine WORD: \\w+{WS}\nrule: x\n"));
  REQUIRE(d.ok());
  CHECK(d.value().size() == 2);
  CHECK(d.value().at("WORD") == "\\w+(?:[ \\t]+)");
}

TEST_CASE("errors name file:line") {
  CHECK(error_of(parse_rule_file(file("money/a.re2", "# ok\ngood: a\n# bad\nbroken: (a\n"), {})) ==
        "money/a.re2:4: rule 'broken': missing ): (a (at '(a')");
  CHECK(error_of(parse_rule_file(file("money/a.re2", "# x\nuses: {NOPE}\n"), {})) ==
        "money/a.re2:2: unknown define {NOPE}");
  CHECK(error_of(parse_rule_file(file("money/a.re2", "no colon here\n"), {}))
            .starts_with("money/a.re2:1: expected"));
  CHECK(error_of(parse_rule_file(file("money/a.re2", "BadName: x\n"), {}))
            .starts_with("money/a.re2:1: expected"));
  CHECK(error_of(parse_rule_file(file("money/a.re2", "# x\n\nempty:\n"), {})) ==
        "money/a.re2:3: rule 'empty' has no pattern");
  CHECK(error_of(parse_rule_file(file("money/a.re2", "define lower: x\n"), {}))
            .starts_with("money/a.re2:1: expected 'define NAME"));
  // A continuation error is reported on the line where the rule starts.
  CHECK(error_of(parse_rule_file(file("m/b.re2", "# x\nr: (a\n   |b\n"), {}))
            .starts_with("m/b.re2:2: rule 'r'"));
}

TEST_CASE("files read from a directory are named by their full path in errors") {
  auto r = parse_rule_file(file("money/a.re2", "bad: [z-a]\n", "/home/me/pats"), {});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().where == "/home/me/pats/money/a.re2:1");
}

TEST_CASE("gazetteers: comments, header, rows padded to the header") {
  auto t = parse_gazetteer_file(file("entities/c.tsv",
                                     "# source: written for tests\nname\tcode\tkind\nCanada\tCA\n"
                                     "Peru\tPE\tcountry\r\n\n"));
  REQUIRE_MESSAGE(t.ok(), t.error().to_string());
  CHECK(t.value().header_line == 2);
  CHECK(t.value().columns == std::vector<std::string>{"name", "code", "kind"});
  REQUIRE(t.value().row_count() == 2);
  const Gazetteer g(t.value().text, t.value().columns, t.value().cells);
  CHECK(g.size() == 2);
  CHECK(g.cell(0, 0) == "Canada");
  CHECK(g.cell(0, 2).empty());
  CHECK(g.cell(1, 2) == "country");  // the CR of a CRLF line is not part of the cell
  CHECK(g.rows().at(0) == std::vector<std::string>{"Canada", "CA", ""});
  CHECK(g.rows().at(1) == std::vector<std::string>{"Peru", "PE", "country"});
}

TEST_CASE("gazetteer errors: extra field, bad header, no header") {
  auto extra = parse_gazetteer_file(file("e/c.tsv", "name\tcode\nCanada\tCA\nPeru\tPE\tx\n"));
  REQUIRE_FALSE(extra.ok());
  CHECK(extra.error().to_string() == "e/c.tsv:3: row has 3 fields, header has 2 (unknown field)");
  auto header = parse_gazetteer_file(file("e/c.tsv", "# x\nName\tcode\n"));
  REQUIRE_FALSE(header.ok());
  CHECK(header.error().to_string() == "e/c.tsv:2: header column 'Name' is not a lower-case name");
  auto none = parse_gazetteer_file(file("e/c.tsv", "# only comments\n"));
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().to_string() == "e/c.tsv:1: gazetteer has no header row");
}

}  // namespace
}  // namespace newsclaim
