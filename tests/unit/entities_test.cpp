// Entities stage: one case per rule family (candidates, roles, typing, clustering), on
// sentences written for these tests.
#include <algorithm>
#include <string>

#include "extract/entities.hpp"
#include "test_support.hpp"

namespace newsclaim {
namespace {

// The entity with this canonical name, or nullptr.
const Entity* find(const Analysis& a, const std::string& name) {
  for (const auto& e : a.extraction.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool has_mention_text(const Analysis& a, const std::string& text) {
  for (const auto& e : a.extraction.entities) {
    for (const Span& m : e.mentions) {
      if (test::text_of(a, m) == text) return true;
    }
  }
  return false;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST_CASE("a lower-case role before a name becomes the person's role") {
  const auto a = test::analyze("The deal was signed by former president Maria Okonkwo on Tuesday.");
  const Entity* e = find(a, "Maria Okonkwo");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(contains(e->roles, "former president"));
}

TEST_CASE("a capitalized title with 'of' is cut off the name") {
  const auto a = test::analyze("A letter from Minister of Public Works Jean-Luc Tremblay arrived late.");
  const Entity* e = find(a, "Jean-Luc Tremblay");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(contains(e->roles, "Minister of Public Works"));
}

TEST_CASE("organization cues type a name as ORG") {
  const auto a = test::analyze(
      "Officials at the Ministry of Transport met staff of Redwood Analytics Inc. and the Northern "
      "Water Agency.");
  for (const char* name : {"Ministry of Transport", "Redwood Analytics Inc.", "Northern Water Agency"}) {
    const Entity* e = find(a, name);
    REQUIRE_MESSAGE(e != nullptr, name);
    CHECK(e->type == EntityType::Org);
  }
}

TEST_CASE("countries, cities and nationalities come from the gazetteers") {
  const auto a = test::analyze("Kenyan officials flew from Nairobi to Germany, then on to Asia.");
  REQUIRE(find(a, "Kenyan") != nullptr);
  CHECK(find(a, "Kenyan")->type == EntityType::Norp);
  REQUIRE(find(a, "Nairobi") != nullptr);
  CHECK(find(a, "Nairobi")->type == EntityType::Gpe);
  REQUIRE(find(a, "Germany") != nullptr);
  CHECK(find(a, "Germany")->type == EntityType::Gpe);
  REQUIRE(find(a, "Asia") != nullptr);
  CHECK(find(a, "Asia")->type == EntityType::Loc);
}

TEST_CASE("sentence-initial common words and weekdays are not names") {
  const auto a = test::analyze("However, the plan failed. Meanwhile Lagos grew. On Friday it rained.");
  CHECK_FALSE(has_mention_text(a, "However"));
  CHECK_FALSE(has_mention_text(a, "Meanwhile"));
  CHECK_FALSE(has_mention_text(a, "Friday"));
  CHECK(has_mention_text(a, "Lagos"));
}

TEST_CASE("a possessive is not part of the mention and -based marks a place") {
  const auto a = test::analyze("Rinaldi's office said the Lisbon-based firm Veltora would reply.");
  CHECK(has_mention_text(a, "Rinaldi"));
  CHECK_FALSE(has_mention_text(a, "Rinaldi's"));
  REQUIRE(find(a, "Lisbon") != nullptr);
  CHECK(find(a, "Lisbon")->type == EntityType::Gpe);
}

TEST_CASE("particle and non-ASCII names stay whole") {
  const auto a = test::analyze("The court heard Pieter van der Berg and then Zoë Łukasiewicz testify.");
  CHECK(has_mention_text(a, "Pieter van der Berg"));
  CHECK(has_mention_text(a, "Zoë Łukasiewicz"));
}

TEST_CASE("a parenthesized acronym and its later use join the full name") {
  const auto a = test::analyze(
      "The Coastal Fisheries Authority (CFA) issued a notice. Later the CFA withdrew it.");
  const Entity* e = find(a, "Coastal Fisheries Authority");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 3);
  CHECK(contains(e->aliases, "CFA"));
}

TEST_CASE("a known acronym joins its expansion elsewhere in the article") {
  const auto a = test::analyze("The International Monetary Fund cut its forecast. The IMF said growth slowed.");
  const Entity* e = find(a, "International Monetary Fund");
  REQUIRE(e != nullptr);
  CHECK(contains(e->aliases, "IMF"));
}

TEST_CASE("a later surname joins the full name and keeps its role") {
  const auto a = test::analyze(
      "Historian Ingrid Halvorsen studied the archive. Halvorsen said the files were incomplete.");
  const Entity* e = find(a, "Ingrid Halvorsen");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(e->mentions.size() == 2);
  CHECK(contains(e->aliases, "Halvorsen"));
}

TEST_CASE("a company name with its suffix and a one-letter misspelling join one entity") {
  const auto a = test::analyze(
      "Brantex won the bid. Brantex Company later signed. Critics said Brantex overcharged. "
      "Branntex did not respond.");
  const Entity* e = find(a, "Brantex Company");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 4);
  CHECK(contains(e->aliases, "Branntex"));
}

TEST_CASE("a role word before a place name makes it a person") {
  const auto a = test::analyze("The award went to coach Jordan on Monday.");
  REQUIRE(find(a, "Jordan") != nullptr);
  CHECK(find(a, "Jordan")->type == EntityType::Person);
  const auto b = test::analyze("Talks were held in Jordan on Monday.");
  REQUIRE(find(b, "Jordan") != nullptr);
  CHECK(find(b, "Jordan")->type == EntityType::Gpe);
}

TEST_CASE("entity_at finds the entity whose mention covers a span") {
  const auto a = test::analyze("Officials in Peru met Anika Brandt.");
  const auto& es = a.extraction.entities;
  REQUIRE(es.size() == 2);
  const Span brandt = es[1].mentions[0];
  CHECK(entity_at(es, {brandt.begin + 1, brandt.begin + 3}) == std::optional<size_t>(1));
  CHECK_FALSE(entity_at(es, {0, 3}).has_value());
}

}  // namespace
}  // namespace newsclaim
