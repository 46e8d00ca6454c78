// Ruleset: rules addressed as folder.name, gazetteers as folder.stem, common.re2 defines shared
// by every file, and --patterns DIR overrides that replace or add files (same code path).
#include "patterns/ruleset.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "patterns/pattern_file.hpp"

namespace newsclaim {
namespace {
namespace fs = std::filesystem;

std::shared_ptr<const Ruleset> load_files(const std::vector<PatternFile>& files) {
  auto r = Ruleset::from_files(files);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().to_string()));
  return r.value();
}

// A scratch pattern directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    static int count = 0;
    path = fs::temp_directory_path() /
           ("newsclaim-ruleset-test-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& rel, const std::string& content) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel, std::ios::binary) << content;
  }
};

TEST_CASE("rules are addressed as folder.name; top-level files as common.name") {
  const auto rules = load_files(
      {{"common.re2", "define NUM: [0-9]+\n# top\nanything: .+\n", "embedded"},
       {"money/amounts.re2", "# \"$5\"\namount: \\$\\s?{NUM}\n# \"5%\"\npct: {NUM}%\n", "embedded"}});
  CHECK(rules->has("money.amount"));
  CHECK(rules->has("common.anything"));
  CHECK_FALSE(rules->has("amounts.amount"));
  CHECK(RE2::FullMatch("$ 42", rules->re("money.amount")));  // a common.re2 define
  CHECK(rules->keys_with_prefix("money.") == std::vector<std::string>{"money.amount", "money.pct"});
  CHECK_THROWS_AS(rules->re("money.nothing"), std::logic_error);
}

TEST_CASE("gazetteers are addressed as folder.stem; rows looked up by their first column") {
  const auto rules = load_files(
      {{"entities/countries.tsv", "name\tcode\nGeorgia\tGE\nGeorgia\tUS-GA\nPeru\tPE\n", "embedded"}});
  const Gazetteer& g = rules->gazetteer("entities.countries");
  CHECK(g.column("code") == 1);
  CHECK_FALSE(g.column("missing").has_value());
  CHECK(g.find("Georgia").size() == 2);
  CHECK(g.find("Peru").at(0)->at(1) == "PE");
  CHECK(g.find("peru").empty());  // exact match
  CHECK_THROWS_AS(rules->gazetteer("entities.cities"), std::logic_error);
}

TEST_CASE("a rule defined twice in one file is an error naming its second line") {
  auto r = Ruleset::from_files({{"x/a.re2", "# one\nr: a\n# two\nr: b\n", "embedded"}});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().to_string() == "x/a.re2:4: rule 'r' defined twice");
}

TEST_CASE("the embedded set loads and lists its files") {
  auto r = Ruleset::load("");
  REQUIRE(r.ok());
  bool abbreviations = false;
  for (const auto& s : r.value()->sets()) {
    CHECK(s.origin == "embedded");
    abbreviations = abbreviations || (s.path == "text/abbreviations.tsv" && s.entries > 10);
  }
  CHECK(abbreviations);
  CHECK(r.value()->has("boilerplate.credit"));
}

TEST_CASE("every embedded rule compiles; the lazily compiled set gives the same rules") {
  auto eager = Ruleset::from_files(embedded_pattern_files());  // compiles every rule now
  REQUIRE_MESSAGE(eager.ok(), (eager.ok() ? "" : eager.error().to_string()));
  auto lazy = Ruleset::load("");
  REQUIRE(lazy.ok());
  const auto keys = eager.value()->keys_with_prefix("");
  CHECK(keys.size() > 50);
  CHECK(lazy.value()->keys_with_prefix("") == keys);
  for (const auto& key : keys) {
    CHECK(lazy.value()->pattern(key) == eager.value()->re(key).pattern());
    CHECK(lazy.value()->re(key).ok());
    CHECK(lazy.value()->re(key).pattern() == lazy.value()->pattern(key));
  }
  CHECK_THROWS_AS(lazy.value()->pattern("dates.nothing"), std::logic_error);
}

TEST_CASE("a gazetteer's cells, rows and lookups agree") {
  const auto rules = load_files({{"x/t.tsv", "# c\nname\tcode\tnote\nAlpha\tA\nBeta\tB\tsecond\n", "embedded"}});
  const Gazetteer& g = rules->gazetteer("x.t");
  REQUIRE(g.size() == 2);
  CHECK(g.cell(0, 0) == "Alpha");
  CHECK(g.cell(0, 2).empty());
  CHECK(g.cell(1, 2) == "second");
  CHECK(g.rows().at(1) == std::vector<std::string>{"Beta", "B", "second"});
  REQUIRE(g.find("Beta").size() == 1);
  CHECK(g.find("Beta")[0] == &g.rows()[1]);
}

TEST_CASE("--patterns DIR replaces a file at the same path and adds new files") {
  TempDir dir;
  dir.write("text/abbreviations.tsv", "# mine\nabbreviation\tkind\nAve.\tother\n");
  dir.write("extra/streets.re2", "# \"Main St.\"\nstreet: [A-Z][a-z]+ St\\.\n");
  auto r = Ruleset::load(dir.path.string());
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().to_string()));
  const auto& rules = *r.value();
  CHECK(rules.gazetteer("text.abbreviations").rows().size() == 1);
  CHECK(rules.gazetteer("text.abbreviations").find("Sen.").empty());  // replaced, not merged
  CHECK(RE2::FullMatch("Main St.", rules.re("extra.street")));
  CHECK(rules.has("boilerplate.credit"));  // untouched files stay embedded
  size_t from_dir = 0;
  for (const auto& s : rules.sets()) from_dir += s.origin == dir.path.string();
  CHECK(from_dir == 2);
}

TEST_CASE("an override must keep the built-in rules and gazetteer columns") {
  TempDir dir;
  dir.write("boilerplate/regions.re2", "# only one\ncredit: ^Photo:.*$\n");
  auto r = Ruleset::load(dir.path.string());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("required rule 'boilerplate.") != std::string::npos);

  TempDir other;
  other.write("text/abbreviations.tsv", "# renamed\nabbrev\tkind\nAve.\tother\n");
  auto g = Ruleset::load(other.path.string());
  REQUIRE_FALSE(g.ok());
  CHECK(g.error().to_string() == (other.path / "text/abbreviations.tsv").string() +
                                     ":2: unknown field 'abbrev' (expected columns: abbreviation, kind)");
}

TEST_CASE("check_dir reports every error, in path order, as file:line") {
  TempDir dir;
  dir.write("b/rules.re2", "# x\nbad: (\n");
  dir.write("a/list.tsv", "name\nx\ty\n");
  dir.write("c/ok.re2", "# fine\nfine: x\n");
  const auto errors = Ruleset::check_dir(dir.path.string());
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].to_string().starts_with((dir.path / "a/list.tsv").string() + ":2: row has 2 fields"));
  CHECK(errors[1].to_string().starts_with((dir.path / "b/rules.re2").string() + ":2: rule 'bad': missing )"));
  CHECK(Ruleset::check_dir((dir.path / "nope").string()).at(0).message == "not a readable directory");
}

TEST_CASE("check_dir accepts a valid directory that uses common.re2 defines") {
  TempDir dir;
  dir.write("extra/years.re2", "# \"in 2020\"\nin_year: in {YEAR_PLACEHOLDER}\n");
  dir.write("common.re2", "# shared\ndefine YEAR_PLACEHOLDER: [0-9]{4}\n");
  CHECK(Ruleset::check_dir(dir.path.string()).empty());
  // The override's common.re2 extends the built-in defines instead of replacing them.
  auto r = Ruleset::load(dir.path.string());
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().to_string()));
  CHECK(RE2::FullMatch("in 2020", r.value()->re("extra.in_year")));
  CHECK(r.value()->has("boilerplate.credit"));
}

}  // namespace
}  // namespace newsclaim
