// Entities stage: one case per rule family (candidates, roles, typing, clustering), on
// sentences written for these tests.
#include "extract/entities.hpp"

#include <algorithm>
#include <string>

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

TEST_CASE("a role in apposition and a two-word title make the name a person") {
  const auto a = test::analyze("Norland's prime minister, Kenji Arata, met the attorney general Ilse Varga.");
  const Entity* arata = find(a, "Kenji Arata");
  REQUIRE(arata != nullptr);
  CHECK(arata->type == EntityType::Person);
  CHECK(contains(arata->roles, "prime minister"));
  const Entity* varga = find(a, "Ilse Varga");
  REQUIRE(varga != nullptr);
  CHECK(contains(varga->roles, "attorney general"));
}

TEST_CASE("a capitalized title with 'of' is cut off the name") {
  const auto a = test::analyze("A letter from Minister of Public Works Jean-Luc Tremblay arrived late.");
  const Entity* e = find(a, "Jean-Luc Tremblay");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(contains(e->roles, "Minister of Public Works"));
}

TEST_CASE("a minister's portfolio after 'for' stands between the office and the name") {
  const auto a = test::analyze("Last week vice minister for international affairs Tadao Kurenai said no.");
  const Entity* e = find(a, "Tadao Kurenai");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(contains(e->roles, "vice minister for international affairs"));
  // after other roles "for" names whom they work for, not a portfolio
  const auto b = test::analyze("A spokesman for distributor Haldane Pictures said no.");
  const Entity* h = find(b, "Haldane Pictures");
  REQUIRE(h != nullptr);
  CHECK(h->roles.empty());
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

TEST_CASE("a run made only of time words is no name, though one inside a name stays") {
  const auto a =
      test::analyze("The exchange shut at 09:30 GMT Friday. Sales fell in Oct and Nov. Theresa May spoke.");
  CHECK_FALSE(has_mention_text(a, "GMT Friday"));
  CHECK_FALSE(has_mention_text(a, "Oct"));
  CHECK_FALSE(has_mention_text(a, "Nov"));
  CHECK(has_mention_text(a, "Theresa May"));
}

TEST_CASE("a territory spelled like its people stays a place; a holiday is no name") {
  const auto a =
      test::analyze("Shoppers in Hong Kong and Bermuda spent more before Christmas, Somali traders said.");
  const Entity* hk = find(a, "Hong Kong");
  REQUIRE(hk != nullptr);
  CHECK(hk->type == EntityType::Gpe);
  const Entity* somali = find(a, "Somali");
  REQUIRE(somali != nullptr);
  CHECK(somali->type == EntityType::Norp);
  CHECK_FALSE(has_mention_text(a, "Christmas"));
}

TEST_CASE("a title after the name, and a place or body name run into a person's name") {
  const auto a = test::analyze("The bill was opposed by Farida Osei MP. Norway Ingrid Dahl said little.");
  const Entity* osei = find(a, "Farida Osei");
  REQUIRE(osei != nullptr);
  CHECK(osei->type == EntityType::Person);
  CHECK(contains(osei->roles, "MP"));
  CHECK(find(a, "Ingrid Dahl") != nullptr);
  CHECK(find(a, "Norway") != nullptr);
}

TEST_CASE("place names written without their accents are still places") {
  const auto a = test::analyze("Flights from Sao Paulo and Bogota to Malmo were cancelled.");
  for (const char* city : {"Sao Paulo", "Bogota", "Malmo"}) {
    const Entity* e = find(a, city);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Gpe);
  }
}

TEST_CASE("a place named after a saint is known with and without the dot of 'St'") {
  const auto a = test::analyze("Fans travelled from St Louis to St. Helens for the final.");
  for (const char* city : {"St Louis", "St. Helens"}) {
    const Entity* e = find(a, city);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Gpe);
  }
}

TEST_CASE("abbreviations of common nouns are no organizations") {
  const auto a = test::analyze("GDP grew while the IPO of Veltora Systems raised money for HIV research.");
  CHECK_FALSE(has_mention_text(a, "GDP"));
  CHECK_FALSE(has_mention_text(a, "IPO"));
  CHECK_FALSE(has_mention_text(a, "HIV"));
  CHECK(has_mention_text(a, "Veltora Systems"));
}

TEST_CASE("stock index names are not reported as organizations") {
  const auto a = test::analyze(
      "The Dow Jones slipped and the Nikkei fell, while Madrid's IBEX held and Berlin's DAX rose.");
  CHECK_FALSE(has_mention_text(a, "Dow Jones"));
  CHECK_FALSE(has_mention_text(a, "Nikkei"));
  CHECK_FALSE(has_mention_text(a, "DAX"));
  CHECK(has_mention_text(a, "Berlin"));
}

TEST_CASE("only a short currency code before a currency sign is dropped from a name") {
  const auto a = test::analyze("The Royal Navy $40 billion frigate plan grew. It cost US $9 million.");
  CHECK(has_mention_text(a, "Royal Navy"));
  CHECK_FALSE(has_mention_text(a, "US"));
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
  const auto a =
      test::analyze("The Coastal Fisheries Authority (CFA) issued a notice. Later the CFA withdrew it.");
  const Entity* e = find(a, "Coastal Fisheries Authority");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 3);
  CHECK(contains(e->aliases, "CFA"));
}

TEST_CASE("a known acronym joins its expansion elsewhere in the article") {
  const auto a =
      test::analyze("The International Monetary Fund cut its forecast. The IMF said growth slowed.");
  const Entity* e = find(a, "International Monetary Fund");
  REQUIRE(e != nullptr);
  CHECK(contains(e->aliases, "IMF"));
}

TEST_CASE("an undeclared acronym joins a company's name read without its legal suffix") {
  const auto a = test::analyze(
      "Northern Valley Telephone Corp said profits rose. NVT expects more growth. Ostrava Kovo Strojirny "
      "Co Ltd and OKS agreed terms.");
  const Entity* nvt = find(a, "Northern Valley Telephone Corp");
  REQUIRE(nvt != nullptr);
  CHECK(contains(nvt->aliases, "NVT"));  // "Corp" gives no letter
  const Entity* oks = find(a, "Ostrava Kovo Strojirny Co Ltd");
  REQUIRE(oks != nullptr);
  CHECK(contains(oks->aliases, "OKS"));  // two suffixes
}

TEST_CASE("a mixed-case acronym spells a name's capitals, its small letters the connectors") {
  const auto a = test::analyze(
      "The Council of Tarnow Mills met on Monday. The CoTM said prices would rise. The Office for "
      "Harbour Works agreed, and the OfHW set a date.");
  const Entity* council = find(a, "Council of Tarnow Mills");
  REQUIRE(council != nullptr);
  CHECK(contains(council->aliases, "CoTM"));
  const Entity* office = find(a, "Office for Harbour Works");
  REQUIRE(office != nullptr);
  CHECK(contains(office->aliases, "OfHW"));
  // a name with small letters other than connectors' spells nothing ("Tamco" is no "T...")
  const auto b = test::analyze("Tarnow Area Mining Company said so. Tamco agreed.");
  const Entity* tamc = find(b, "Tarnow Area Mining Company");
  REQUIRE(tamc != nullptr);
  CHECK_FALSE(contains(tamc->aliases, "Tamco"));
}

TEST_CASE("a party or firm named after a person the story titles stays apart from the person") {
  const auto a = test::analyze(
      "Daniel Okonjo-Reyes launched the Daniel Okonjo-Reyes Party on Monday. Mr Okonjo-Reyes said it "
      "would stand in every seat.");
  const Entity* person = find(a, "Daniel Okonjo-Reyes");
  REQUIRE(person != nullptr);
  CHECK(person->type == EntityType::Person);
  CHECK(contains(person->aliases, "Okonjo-Reyes"));
  const Entity* party = find(a, "Daniel Okonjo-Reyes Party");
  REQUIRE(party != nullptr);
  CHECK(party->type == EntityType::Org);
  // a role before the shorter name is no such evidence: "lead manager Harwell Boston" is the firm
  const auto b =
      test::analyze("Harwell Boston Corp priced the notes. The deal was run by lead manager Harwell Boston.");
  const Entity* firm = find(b, "Harwell Boston Corp");
  REQUIRE(firm != nullptr);
  CHECK(contains(firm->aliases, "Harwell Boston"));
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

TEST_CASE("a family name with two neighbouring letters swapped is the person's, whatever its guessed type") {
  const auto a = test::analyze(
      "Helga Marstrand spoke first. Marstrand said rates would hold. Later Masrtrand added that the "
      "krone was firm.");
  const Entity* e = find(a, "Helga Marstrand");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 3);
  CHECK(contains(e->aliases, "Masrtrand"));
  // one letter apart is no slip of a person's family name: two people of a team sheet
  const auto b = test::analyze("Tom Horgan scored. Horgan ran. Horan missed.");
  CHECK(find(b, "Tom Horgan")->mentions.size() == 2);
}

TEST_CASE("a courtesy title before a slip of a family name refers back to the person named in full") {
  const auto a = test::analyze(
      "Transport Commissioner Jacques Valrot said the plan needed checking. \"We must verify it,\" said Mr "
      "Valot. Trade Commissioner Helga Varn agreed.");
  const Entity* e = find(a, "Jacques Valrot");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 2);
  CHECK(contains(e->aliases, "Valot"));
  // without the title, one letter apart stays two people (a team sheet: "Horgan", "Horan")
  const auto b = test::analyze("Tom Horgan scored twice. Horan missed a penalty.");
  CHECK(find(b, "Tom Horgan")->mentions.size() == 1);
}

TEST_CASE("a founder named after his company stays a person; the company keeps its short form") {
  const auto a = test::analyze(
      "Kestrel NV said profits rose. Chairman Anton Kestrel, 71, will retire. Kestrel said sales in "
      "Spain grew.");
  const Entity* company = find(a, "Kestrel NV");
  const Entity* founder = find(a, "Anton Kestrel");
  REQUIRE(company != nullptr);
  REQUIRE(founder != nullptr);
  CHECK(company != founder);
  CHECK(company->mentions.size() == 2);
  CHECK(founder->type == EntityType::Person);
  // a line of business closes a company's name as a company word does
  CHECK(find(test::analyze("Varden Films and Orlo Telecommunications signed."), "Orlo Telecommunications")
            ->type == EntityType::Org);
}

TEST_CASE("the Fed is the Federal Reserve, also before a title") {
  const auto a =
      test::analyze("Fed Chairman Alan Varro said the Federal Reserve would act. The Fed said so.");
  const Entity* fed = find(a, "Federal Reserve");
  REQUIRE(fed != nullptr);
  CHECK(fed->mentions.size() == 3);
  CHECK(find(a, "Alan Varro")->type == EntityType::Person);
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

namespace newsclaim {
namespace {

TEST_CASE("a dateline in capitals is still a place") {
  const auto a = test::analyze("NAIROBI - Officials in Kenya met on Tuesday.");
  REQUIRE(find(a, "NAIROBI") != nullptr);
  CHECK(find(a, "NAIROBI")->type == EntityType::Gpe);
}

TEST_CASE("'and' between two proper names separates them; between ordinary words it joins") {
  const auto a = test::analyze(
      "Talks between Volkora and General Motors stalled, the Council for Trade and Industry said.");
  CHECK(has_mention_text(a, "Volkora"));
  CHECK(has_mention_text(a, "General Motors"));
  CHECK(has_mention_text(a, "Council for Trade and Industry"));
}

TEST_CASE("a word that only ends organization names joins across 'and'; a complete name does not") {
  const auto a = test::analyze(
      "Marlow Holdings told the Securities and Exchange Commission that Kessel Securities and "
      "Brightwater Capital had advised it, and wrote to the Senate and House of Representatives.");
  CHECK(has_mention_text(a, "Securities and Exchange Commission"));
  CHECK_FALSE(has_mention_text(a, "Exchange Commission"));
  CHECK(has_mention_text(a, "Kessel Securities"));
  CHECK(has_mention_text(a, "Brightwater Capital"));
  CHECK(has_mention_text(a, "Senate"));
  CHECK(has_mention_text(a, "House of Representatives"));
}

TEST_CASE("a lone ordinary word opening a sentence is no name, even a frequent given name or a plural") {
  const auto a = test::analyze(
      "Talks in Arlen resumed. Even the mediators were tired. Exports fell again. Negotiators met "
      "Corvin Haldane. Any deal needs Haldane.");
  CHECK_FALSE(has_mention_text(a, "Even"));
  CHECK_FALSE(has_mention_text(a, "Exports"));
  CHECK_FALSE(has_mention_text(a, "Negotiators"));
  CHECK_FALSE(has_mention_text(a, "Any"));
  CHECK(has_mention_text(a, "Corvin Haldane"));
  CHECK(has_mention_text(a, "Haldane"));
}

TEST_CASE("a sentence-initial word the article also writes in lower case, or after a label, is no name") {
  const auto a = test::analyze(
      "Holvik Marine raised its dividend again.\n\nDividend payments start in June.\n\n"
      "NOTE: Prior results were restated.\n\nHolvik Marine said so.");
  CHECK(has_mention_text(a, "Holvik Marine"));
  CHECK_FALSE(has_mention_text(a, "Dividend"));
  CHECK_FALSE(has_mention_text(a, "Prior"));
}

TEST_CASE("an office with 'of' before a person's name is the person's role, at a sentence start too") {
  const std::string lead =
      "The ministers met on Monday after a long week of talks in the capital, aides said.\n\n";
  const auto a = test::analyze(
      lead +
      "Secretary of State Ilse Varga said the talks would go on. She met Governor of the Bank of Norland "
      "Mark Halvorsen and President of France Anne Marchand, while Speaker Tomas Brenner stayed home. "
      "Chairman of the Kessel Stock Exchange was a post nobody wanted.");
  const Entity* varga = find(a, "Ilse Varga");
  REQUIRE(varga != nullptr);
  CHECK(varga->type == EntityType::Person);
  CHECK(contains(varga->roles, "Secretary of State"));
  const Entity* halvorsen = find(a, "Mark Halvorsen");
  REQUIRE(halvorsen != nullptr);
  CHECK(contains(halvorsen->roles, "Governor of the Bank of Norland"));
  REQUIRE(find(a, "Anne Marchand") != nullptr);
  CHECK(contains(find(a, "Anne Marchand")->roles, "President of France"));
  CHECK(has_mention_text(a, "France"));  // a known name inside the office is a mention too
  REQUIRE(find(a, "Tomas Brenner") != nullptr);
  CHECK(contains(find(a, "Tomas Brenner")->roles, "Speaker"));
  CHECK(has_mention_text(
      a, "Kessel Stock Exchange"));  // no person after the office: the name is the organization
}

TEST_CASE("a name opening with a known organization's name is an organization") {
  const auto a = test::analyze(
      "The notes were sold through Merrill Lynch Capital Markets and Morgan Stanley Asia, dealers said.");
  const Entity* e = find(a, "Merrill Lynch Capital Markets");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Org);
}

TEST_CASE("a name before 'administration' or 'presidency' is a person, even after 'the'") {
  const auto a = test::analyze("Talks stalled on Monday. The Halvard administration rejected the offer.");
  const Entity* e = find(a, "Halvard");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
}

TEST_CASE("model numbers and stock indices are not entities") {
  const auto a =
      test::analyze("Skyreach ordered the Skyreach Z450 as the Dow Jones Industrial Average rose.");
  CHECK(has_mention_text(a, "Skyreach"));
  CHECK_FALSE(has_mention_text(a, "Skyreach Z450"));
  CHECK_FALSE(has_mention_text(a, "Dow Jones Industrial Average"));
}

TEST_CASE("a guessed person shortened like a company becomes an organization") {
  const auto a = test::analyze("Kestrel Dynamics won the tender. Kestrel said deliveries start soon.");
  const Entity* e = find(a, "Kestrel Dynamics");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Org);
  CHECK(e->mentions.size() == 2);
}

TEST_CASE("a country name in an organization does not join the country") {
  const auto a = test::analyze("Singapore Airlines flew to Singapore.");
  REQUIRE(find(a, "Singapore") != nullptr);
  CHECK(find(a, "Singapore")->type == EntityType::Gpe);
  REQUIRE(find(a, "Singapore Airlines") != nullptr);
  CHECK(find(a, "Singapore Airlines")->type == EntityType::Org);
}

}  // namespace
}  // namespace newsclaim

namespace newsclaim {
namespace {

TEST_CASE("an acronym spelling the whole run keeps 'and' inside one name") {
  const auto a =
      test::analyze("Funds came from Rivers and Harbours Canada (RHC) last year. RHC declined comment.");
  const Entity* e = find(a, "Rivers and Harbours Canada");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 3);
  CHECK(contains(e->aliases, "RHC"));
}

TEST_CASE("currency codes and province abbreviations") {
  const auto a = test::analyze("The firm, based in Moncton, N.B., and Kingston, Ont., paid 40 CHF per unit.");
  CHECK_FALSE(has_mention_text(a, "CHF"));
  REQUIRE(find(a, "Ont.") != nullptr);
  CHECK(find(a, "Ont.")->type == EntityType::Gpe);
}

}  // namespace
}  // namespace newsclaim

namespace newsclaim {
namespace {

TEST_CASE("an office of an organization names the organization; a suffix then a given name splits") {
  const auto a = test::analyze(
      "He met the Chief Executive Officer of Northwind Airways. Tessaro LLC Maria Lund signed.");
  CHECK(has_mention_text(a, "Northwind Airways"));
  CHECK_FALSE(has_mention_text(a, "Chief Executive Officer of Northwind Airways"));
  CHECK(has_mention_text(a, "Tessaro LLC"));
  REQUIRE(find(a, "Maria Lund") != nullptr);
  CHECK(find(a, "Maria Lund")->type == EntityType::Person);
}

TEST_CASE("a capital after an opening quote or an -ly opener is not a name") {
  const auto a = test::analyze("He said: \"Whatever happens, we stay.\" Additionally, Ravel Mining left.");
  CHECK_FALSE(has_mention_text(a, "Whatever"));
  CHECK_FALSE(has_mention_text(a, "Additionally"));
  CHECK(has_mention_text(a, "Ravel Mining"));
}

}  // namespace
}  // namespace newsclaim

namespace newsclaim {
namespace {

TEST_CASE("a sentence-initial content word followed by a capitalized word starts a name") {
  const auto a = test::analyze("Orchard Computer grew fast. When Orchard Computer failed, investors left.");
  const Entity* e = find(a, "Orchard Computer");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 2);
  CHECK_FALSE(has_mention_text(a, "When Orchard Computer"));
}

}  // namespace
}  // namespace newsclaim

namespace newsclaim {
namespace {

TEST_CASE("a government department named by ordinary words and a country stays whole") {
  const auto a = test::analyze("Fisheries and Oceans Canada declined to comment on the Tarn Agency report.");
  REQUIRE(find(a, "Fisheries and Oceans Canada") != nullptr);
  CHECK(find(a, "Fisheries and Oceans Canada")->type == EntityType::Org);
}

TEST_CASE("an abbreviation of a common noun after a name is cut off") {
  const auto a = test::analyze("Ostrava GDP grew while Verrin TV reported that the Mobile PC sold well.");
  CHECK(find(a, "Ostrava") != nullptr);
  CHECK(find(a, "Verrin") != nullptr);
  CHECK(!has_mention_text(a, "Ostrava GDP"));
  CHECK(!has_mention_text(a, "Verrin TV"));
  CHECK(!has_mention_text(a, "Mobile"));  // an ordinary word is all that is left
  const auto b = test::analyze("Forty Verrin MPs voted against the bill.");
  CHECK(has_mention_text(b, "Verrin"));
  CHECK(!has_mention_text(b, "Verrin MPs"));
}

TEST_CASE("a sentence-opening plural of an ordinary word opens no name") {
  const auto a = test::analyze("Commissioners Halvard Tennerud and Osric Vale voted against the plan.");
  const Entity* e = find(a, "Halvard Tennerud");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(!has_mention_text(a, "Commissioners Halvard Tennerud"));
}

}  // namespace
}  // namespace newsclaim

namespace newsclaim {
namespace {

TEST_CASE("an ordinary word with a number is a label, not a name") {
  const auto a =
      test::analyze("The carrier Velto Air filed for Chapter 11 protection under Section 363 rules.");
  CHECK_FALSE(has_mention_text(a, "Chapter"));
  CHECK_FALSE(has_mention_text(a, "Section"));
  CHECK(has_mention_text(a, "Velto Air"));
}

}  // namespace
TEST_CASE("an all-caps wire headline yields only names the article vouches for") {
  const auto a = test::analyze(
      "KELDON FOODS <KLDN> POSTS LOWER SECOND QUARTER PROFIT\n\n"
      "Keldon Foods Inc said its second quarter profit fell on weaker grain prices.\n");
  CHECK(find(a, "KELDON") == nullptr);
  CHECK(!has_mention_text(a, "KLDN"));
  CHECK(!has_mention_text(a, "POSTS"));
  const Entity* e = find(a, "Keldon Foods Inc");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Org);
  CHECK(e->mentions.size() == 2);  // "KELDON FOODS" in the headline joins it
}

TEST_CASE("a wire dateline is one place and joins the same place in normal case") {
  const auto a = test::analyze(
      "SAN DIEGO, April 4 - Harbor officials met on Friday. The meeting in San Diego lasted an hour.\n");
  const Entity* e = find(a, "San Diego");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Gpe);
  CHECK(e->mentions.size() == 2);
  CHECK(!has_mention_text(a, "DIEGO"));
}

TEST_CASE("an unknown all-caps place before a dash is a dateline") {
  const auto a = test::analyze("LAKE MERRIN \xE2\x80\x94 Town council approved the new budget on Monday.\n");
  const Entity* e = find(a, "LAKE MERRIN");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Gpe);
  CHECK(!has_mention_text(a, "MERRIN"));
}

TEST_CASE("a dateline opens the story with a short place and a date; a headline is none") {
  const auto a = test::analyze(
      "MAYOR SETS LIMIT ON HARBOR FEES, PAPER SAYS\n\nPORT ELLIS, Ore., June 3 - The mayor capped fees.\n\n"
      "Fees rose 3 pct.\n\nNOTE - Figures are unaudited.\n");
  const Entity* e = find(a, "PORT ELLIS");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Gpe);
  CHECK(!has_mention_text(a, "MAYOR SETS LIMIT ON HARBOR FEES"));
  CHECK(!has_mention_text(a, "NOTE"));
}

TEST_CASE("one word after a dated dateline opens the story's sentence") {
  const auto a = test::analyze(
      "PORT ELLIS, Ore., June 3 - Plans to widen the harbor were shelved.\n\n"
      "VESTRA, June 4 - Kessel, Marlow and Co said it sold the unit.\n");
  CHECK(!has_mention_text(a, "Plans"));
  CHECK(has_mention_text(a, "Kessel, Marlow and Co"));  // a partnership's first name stays in it
}

TEST_CASE("a state abbreviation in capitals after a dateline city is a place") {
  const auto a = test::analyze("ROSEMONT, ILL., June 3 - Kessel Corp said it sold a unit.\n");
  CHECK(find(a, "ILL") != nullptr);
  CHECK(find(a, "ILL")->type == EntityType::Gpe);
  // "Ill" alone is a word, not a state
  CHECK_FALSE(has_mention_text(test::analyze("Ill health forced him out, Kessel said.\n"), "Ill"));
}

TEST_CASE("a state abbreviation without its period after a capitalized city is a place") {
  const auto a = test::analyze(
      "BRANDVALE, Mass, June 29 - Kessel Corp said it sold a unit. Orlen Labs of Marwood, Ill, recalled "
      "a lot of pumps. His brother, Mo, said nothing.\n");
  REQUIRE(find(a, "Mass") != nullptr);
  CHECK(find(a, "Mass")->type == EntityType::Gpe);
  REQUIRE(find(a, "Ill") != nullptr);
  CHECK(find(a, "Ill")->type == EntityType::Gpe);
  // after a lower-case word the same letters are a name
  REQUIRE(find(a, "Mo") != nullptr);
  CHECK(find(a, "Mo")->type != EntityType::Gpe);
}

TEST_CASE("a place before a sports role names the team") {
  const auto a = test::analyze(
      "Former Leeds manager Tom Varley praised the side. Roma defender Luca Venturi signed on Monday. "
      "Hong Kong forward rates rose.\n");
  REQUIRE(find(a, "Leeds") != nullptr);
  CHECK(find(a, "Leeds")->type == EntityType::Org);
  REQUIRE(find(a, "Roma") != nullptr);
  CHECK(find(a, "Roma")->type == EntityType::Org);
  // "forward" is also a market's word
  REQUIRE(find(a, "Hong Kong") != nullptr);
  CHECK(find(a, "Hong Kong")->type == EntityType::Gpe);
}

TEST_CASE("an organization named for a list of portfolios keeps its comma") {
  const auto a = test::analyze(
      "A spokesman for the Department for Culture, Media and Sport said the plan was dropped. The Bank "
      "of Norland, Kessel and Marlow met on Monday.\n");
  CHECK(find(a, "Department for Culture, Media and Sport") != nullptr);
  CHECK_FALSE(has_mention_text(a, "Media and Sport"));
  // the tail of a list of names stays apart
  CHECK(find(a, "Bank of Norland") != nullptr);
}

TEST_CASE("a city opening a clause with a plural verb is its team") {
  const auto a = test::analyze(
      "Ashbury won at home. Blackburn have rejected a third bid for the midfielder, while Burnley have "
      "signed two players.\n");
  REQUIRE(find(a, "Blackburn") != nullptr);
  CHECK(find(a, "Blackburn")->type == EntityType::Org);
  REQUIRE(find(a, "Burnley") != nullptr);
  CHECK(find(a, "Burnley")->type == EntityType::Org);
  // a country's national side stays the country; a city after a preposition or in a list is the place
  const auto b =
      test::analyze("England are favourites. Rents in Leeds are rising. Blackburn and Burnley are towns.\n");
  REQUIRE(find(b, "England") != nullptr);
  CHECK(find(b, "England")->type == EntityType::Gpe);
  REQUIRE(find(b, "Leeds") != nullptr);
  CHECK(find(b, "Leeds")->type == EntityType::Gpe);
  REQUIRE(find(b, "Burnley") != nullptr);
  CHECK(find(b, "Burnley")->type == EntityType::Gpe);
}

TEST_CASE("a city against another in a fixture is its club; countries stay countries") {
  const auto a =
      test::analyze("Fifth round draw:\n\nBurnley v Blackburn\nWatford vs. Wolverhampton\nCyprus v France\n");
  for (const char* club : {"Burnley", "Blackburn", "Watford", "Wolverhampton"}) {
    REQUIRE(find(a, club) != nullptr);
    CHECK(find(a, club)->type == EntityType::Org);
  }
  REQUIRE(find(a, "Cyprus") != nullptr);
  CHECK(find(a, "Cyprus")->type == EntityType::Gpe);
  REQUIRE(find(a, "France") != nullptr);
  CHECK(find(a, "France")->type == EntityType::Gpe);
}

TEST_CASE("a month or weekday at a name's edge is the date next to it, not part of it") {
  const auto a = test::analyze(
      "Dealers await U.S. February trade data. Coffee fell under New York May futures. The agency said on "
      "Friday Iran had seized boats. Theresa May spoke. He writes for the Sunday Times.\n");
  for (const char* name : {"U.S.", "New York", "Iran", "Theresa May", "Sunday Times"}) {
    CAPTURE(name);
    CHECK(find(a, name) != nullptr);
  }
  CHECK(find(a, "U.S. February") == nullptr);
  CHECK(find(a, "New York May") == nullptr);
  CHECK(find(a, "Friday Iran") == nullptr);
}

TEST_CASE("months and table words in a headline in capitals split it") {
  const auto a = test::analyze(
      "NORVIK MARCH EXPORTS RISE\n\nKELDON 3RD QTR FEB 28 NET\n\nNorvik said exports rose in March.\n");
  CHECK(!has_mention_text(a, "NORVIK MARCH"));
  CHECK(!has_mention_text(a, "QTR FEB"));
  CHECK(!has_mention_text(a, "FEB"));
}

TEST_CASE("a generic institution opening a sentence is not a name") {
  const auto a = test::analyze(
      "Council delays vote on library plan\n\n"
      "City council voted on Monday to delay the plan. The city will hold a hearing, and the council "
      "will vote again in May.\n");
  CHECK(!has_mention_text(a, "Council"));
  CHECK(!has_mention_text(a, "City"));
}

TEST_CASE("an abbreviated month is not an organization") {
  const auto a = test::analyze("The report was released on Wednesday, Feb. 8, 2023, by Arlo Vance.");
  CHECK(!has_mention_text(a, "Feb"));
  CHECK(!has_mention_text(a, "Feb."));
}

TEST_CASE("an abbreviated council title becomes the person's role") {
  const auto a = test::analyze("Cllr. Priya Nandakumar said the plan was rushed. Ald. Tom Becker agreed.");
  const Entity* e = find(a, "Priya Nandakumar");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(contains(e->roles, "Cllr."));
  CHECK(!has_mention_text(a, "Cllr"));
  CHECK(!has_mention_text(a, "Ald"));
  CHECK(find(a, "Tom Becker") != nullptr);
}

TEST_CASE("labels of an indented wire results table are not names") {
  const auto a = test::analyze(
      "Marlow Steel Corp reported results.\n\n    Shr 14 cts vs 11 cts\n    Revs 9.1 mln vs 8.4 mln\n");
  CHECK(!has_mention_text(a, "Shr"));
  CHECK(!has_mention_text(a, "Revs"));
}

TEST_CASE("a newspaper named with a foreign article or after 'the newspaper' is an organization") {
  const auto a = test::analyze(
      "According to the newspaper Hamburger Abendblatt, the port will expand. Die Zeitung also said the "
      "work starts soon, and La Voce reported the same.");
  for (const char* name : {"Hamburger Abendblatt", "Die Zeitung", "La Voce"}) {
    const Entity* e = find(a, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Org);
  }
}

TEST_CASE("a two-word name with company context is an organization") {
  const auto a = test::analyze("Tavrin Holloway shares rose 4% after the contract was announced.");
  const Entity* e = find(a, "Tavrin Holloway");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Org);
}

TEST_CASE("a name joined to a known company by 'and' or written after 'the' is an organization") {
  const auto a = test::analyze(
      "Marion Kettering and Siemens AG won the bid. The Marion Kettering team will build the plant.");
  const Entity* e = find(a, "Marion Kettering");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Org);
}

TEST_CASE("a person with a given name coordinated with an organization stays a person") {
  const auto a = test::analyze("Voters turned against the Vestry Party and Tomas Hallam in the spring.");
  const Entity* e = find(a, "Tomas Hallam");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
}

TEST_CASE("a numbered ordinary word after a name is not part of it") {
  const auto a = test::analyze("Passengers of Nordavia Airlines Flight 2271 were rebooked on Sunday.");
  CHECK(find(a, "Nordavia Airlines") != nullptr);
  CHECK(!has_mention_text(a, "Nordavia Airlines Flight"));
}

TEST_CASE("an ordinary word that starts a name elsewhere keeps its name alone at a sentence start") {
  const auto a = test::analyze(
      "Lantern Software is hiring. The firm grew fast last year. Lantern engineers moved to a new office.");
  const Entity* e = find(a, "Lantern Software");
  REQUIRE(e != nullptr);
  CHECK(has_mention_text(a, "Lantern"));
}

TEST_CASE("an unknown name after 'mayor of' or 'the town of' is a place") {
  const auto a = test::analyze("The mayor of Drellingford resigned. Drellingford will vote in June.");
  const Entity* e = find(a, "Drellingford");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Gpe);
}

TEST_CASE("ordinary words on both sides of 'and' make one name") {
  const auto a =
      test::analyze("Inspectors from Harbor Safety and Marine Inspection visited the dock on Friday.");
  CHECK(find(a, "Harbor Safety and Marine Inspection") != nullptr);
  CHECK(!has_mention_text(a, "Marine Inspection"));
}

}  // namespace newsclaim
