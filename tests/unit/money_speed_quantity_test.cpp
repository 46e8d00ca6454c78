// Money stage fast path: the quantity tables (units, irregular plurals, noun stops) are looked
// up only for words their one-bit filter may hold. Every row of each table, written in lower
// case, in capitals and capitalized, must still be found: as the unit after a number, glued to
// it, as the singular of a plural, and as the stop that ends the noun phrase.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/money_quantity.hpp"
#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

using namespace newsclaim;

namespace {

const Ruleset& rules() {
  static const auto set = Ruleset::load("").value();
  return *set;
}

char upper_of(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// The word in lower case, in capitals and capitalized.
std::vector<std::string> spellings(const std::string& word) {
  std::string upper = word, title = word;
  for (char& c : upper) c = upper_of(c);
  title[0] = upper_of(title[0]);
  return {word, upper, title};
}

bool letters_only(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!is_ascii_alpha(c)) return false;
  return true;
}

// The number core of "12" at offset begin of a text, bare; attached: letters glued to it.
NumberCore core_at(uint32_t begin, std::string_view attached = {}) {
  NumberCore core;
  core.span = core.number = Span{begin, begin + 2};
  core.value = 12;
  core.attached = attached;
  return core;
}

// The table's first column (lower-cased) -> second column, for rows of letters only.
std::vector<std::pair<std::string, std::string>> rows_of(const char* table) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& row : rules().gazetteer(table).rows())
    if (!row.empty() && letters_only(row[0]))
      out.emplace_back(ascii_lower(row[0]), row.size() > 1 ? row[1] : "");
  return out;
}

bool in_table(const char* table, const std::string& w) {
  for (const auto& [form, unused] : rows_of(table))
    if (form == w) return true;
  return false;
}
bool is_unit(const std::string& w) { return in_table("money.units", w); }

// The unit of the quantity core starts in text, or "<none>".
std::string unit_at(const QuantityFinder& finder, std::string_view text, const NumberCore& core) {
  const auto q = finder.at(text, core);
  return q ? q->unit : "<none>";
}

}  // namespace

TEST_CASE("every unit is found after a number and glued to it, in any case") {
  const QuantityFinder finder(rules());
  const auto units = rows_of("money.units");
  REQUIRE(units.size() > 10);
  for (const auto& [form, unit] : units) {
    for (const std::string& w : spellings(form)) {
      const std::string spaced = "It ran 12 " + w + " today.";
      CAPTURE(spaced);
      CHECK(unit_at(finder, spaced, core_at(7)) == unit);
      const std::string glued = "It ran 12" + w + " today.";
      CHECK(unit_at(finder, glued, core_at(7, std::string_view(glued).substr(9, w.size()))) == unit);
    }
  }
}

TEST_CASE("every irregular plural gives its singular, in any case") {
  const QuantityFinder finder(rules());
  int checked = 0;
  for (const auto& [plural, singular] : rows_of("money.plurals")) {
    if (is_unit(plural) || in_table("money.noun_stops", plural) || plural.ends_with("ed") ||
        plural.ends_with("ing") || plural.ends_with("ly"))
      continue;
    for (const std::string& w : spellings(plural)) {
      const std::string text = "Then 12 " + w + ".";
      CAPTURE(text);
      CHECK(unit_at(finder, text, core_at(5)) == singular);
      ++checked;
    }
  }
  CHECK(checked > 30);
}

TEST_CASE("every noun stop ends the phrase before a plural, in any case") {
  const QuantityFinder finder(rules());
  int checked = 0;
  for (const auto& [stop, unused] : rows_of("money.noun_stops")) {
    if (is_unit(stop)) continue;
    for (const std::string& w : spellings(stop)) {
      const std::string text = "Then 12 " + w + " boxes.";
      CAPTURE(text);
      CHECK(unit_at(finder, text, core_at(5)) == "<none>");
      ++checked;
    }
  }
  CHECK(checked > 100);
  // Words in none of the tables still read as the counted noun.
  CHECK(unit_at(finder, "Then 12 Boxes.", core_at(5)) == "Box");
  CHECK(unit_at(finder, "Then 12 wooden crates.", core_at(5)) == "crate");
}
