// Entities stage: phenomena of business and political news (well-known organizations, titles
// ending a run, products and events, names with inner function words), on sentences written
// for these tests.
#include <string>

#include "extract/entities.hpp"
#include "test_support.hpp"

namespace newsclaim {
namespace {

// The type of the entity with a mention of exactly this text, or nullopt.
std::optional<EntityType> type_of(const Analysis& a, const std::string& text) {
  for (const auto& e : a.extraction.entities) {
    for (const Span& m : e.mentions) {
      if (test::text_of(a, m) == text) return e.type;
    }
  }
  return std::nullopt;
}

bool has_mention(const Analysis& a, const std::string& text) { return type_of(a, text).has_value(); }

TEST_CASE("well-known companies shaped like a person or named like a city are organizations") {
  const auto a = test::analyze("Analysts at Morgan Stanley upgraded Lockheed Martin, while Toyota cut its forecast.");
  CHECK(type_of(a, "Morgan Stanley") == EntityType::Org);
  CHECK(type_of(a, "Lockheed Martin") == EntityType::Org);
  CHECK(type_of(a, "Toyota") == EntityType::Org);
}

TEST_CASE("a well-known company named by an ordinary word is kept at a sentence start") {
  const auto a = test::analyze("Apple plans a cheaper laptop for students. Apple Inc. did not comment on the plan.");
  CHECK(type_of(a, "Apple") == EntityType::Org);
  const Entity* e = nullptr;
  for (const auto& x : a.extraction.entities) {
    if (x.name == "Apple Inc.") e = &x;
  }
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 2);  // "Apple" joins "Apple Inc."
}

TEST_CASE("the building a government sits in is a place") {
  const auto a = test::analyze("Reporters waited outside the White House for the budget statement.");
  CHECK(type_of(a, "White House") == EntityType::Loc);
}

TEST_CASE("a run ending in a title keeps the holder of the office, not the title") {
  const auto a = test::analyze("Tomas Velde, the Northwind Freight Chief Executive, resigned. Ana Ruiz MP objected.");
  CHECK(has_mention(a, "Northwind Freight"));
  CHECK_FALSE(has_mention(a, "Northwind Freight Chief Executive"));
  CHECK(type_of(a, "Ana Ruiz") == EntityType::Person);  // a title after a name stays a role
}

}  // namespace
}  // namespace newsclaim
