// Contracts stage: award sentences become contracts with supplier, buyer, value, date, count
// and subject; entities, amounts and dates are placed by hand (claims_fixture.hpp) so only this
// stage is under test. Sentences are written for these tests.
#include "claims_fixture.hpp"
#include "test_support.hpp"

using namespace newsclaim;
using newsclaim::test::StageFixture;

TEST_CASE("passive award with count, value, date, purpose and buyer") {
  StageFixture f(
      "Since 2016, Torvane Systems has been awarded three airport security contracts valued at $9.2 million, "
      "to provide baggage scanners to the Northern Airports Authority.\n");
  const size_t torvane = f.entity("Torvane Systems", EntityType::Org);
  const size_t authority = f.entity("Northern Airports Authority", EntityType::Org);
  f.date("Since 2016", "2016");
  const size_t value = f.money("$9.2 million", 9.2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  const Contract& c = f.out.contracts[0];
  CHECK(c.supplier == torvane);
  CHECK(c.buyer == authority);
  CHECK(c.value == value);
  CHECK(c.date == 0);
  CHECK(c.count == 3);
  CHECK(c.subject == "provide baggage scanners");
  CHECK(c.claim == 0);
}

TEST_CASE("buyer signs a contract with the supplier; the purpose is the subject") {
  StageFixture f(
      "The Coastal Transit Agency (CTA) has signed a $14.5 million contract with Brellow Rail Inc. "
      "to supply 30 electric buses, according to a notice posted on May 2.\n");
  const size_t agency = f.entity("Coastal Transit Agency", EntityType::Org);
  const size_t brellow = f.entity("Brellow Rail Inc", EntityType::Org);
  f.money("$14.5 million", 14.5e6);
  f.date("May 2", "2022-05-02");
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  const Contract& c = f.out.contracts[0];
  CHECK(c.buyer == agency);
  CHECK(c.supplier == brellow);
  CHECK(c.value == 0);
  CHECK(c.date == 0);
  CHECK_FALSE(c.count.has_value());
  CHECK(c.subject == "supply 30 electric buses");
}

TEST_CASE("the value is the amount next to the contract, not a bribe or a possible total") {
  StageFixture f(
      "Two officials allegedly took $1.1 million in bribes to help Delmont Works win a $30 million bridge contract.\n"
      "The city awarded a $5 million paving deal to Delmont Works, and the cost could rise to $8 million.\n");
  const size_t delmont = f.entity("Delmont Works", EntityType::Org);
  f.money("$1.1 million", 1.1e6);
  const size_t thirty = f.money("$30 million", 30e6);
  const size_t five = f.money("$5 million", 5e6);
  f.money("$8 million", 8e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == delmont);
  CHECK(f.out.contracts[0].value == thirty);
  CHECK(f.out.contracts[0].subject == "bridge");
  CHECK(f.out.contracts[1].supplier == delmont);
  CHECK(f.out.contracts[1].value == five);
}

TEST_CASE("'went to the same company' takes the previous contract's supplier and buyer") {
  StageFixture f(
      "The Ministry of Roads awarded a $2 million road contract to Kessel Paving in April.\n"
      "A second order worth $400,000 for line painting went to the same company in June.\n");
  const size_t ministry = f.entity("Ministry of Roads", EntityType::Org);
  const size_t kessel = f.entity("Kessel Paving", EntityType::Org);
  f.money("$2 million", 2e6);
  const size_t second = f.money("$400,000", 4e5);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].buyer == ministry);
  CHECK(f.out.contracts[0].supplier == kessel);
  CHECK(f.out.contracts[1].supplier == kessel);
  CHECK(f.out.contracts[1].buyer == ministry);
  CHECK(f.out.contracts[1].value == second);
  CHECK(f.out.contracts[1].subject == "line painting");
}

TEST_CASE("a nationality is never a supplier; winning without a deal is no contract") {
  StageFixture f(
      "Five contracts were awarded to a Portuguese engineering group last year.\n"
      "Marisol Teague won the county by 4,000 votes in 2018.\n");
  f.entity("Portuguese", EntityType::Norp);
  f.entity("Marisol Teague", EntityType::Person);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK_FALSE(f.out.contracts[0].supplier.has_value());
  CHECK(f.out.contracts[0].count == 5);
}

TEST_CASE("whole pipeline: an award sentence yields a contract tied to its claim") {
  const auto a = test::analyze(
      "The Canadian Coast Guard has signed a $12.5 million contract with Ostrander Marine Ltd. "
      "to supply four patrol boats, officials said on Tuesday.\n",
      "2022-03-10");
  const Extraction& x = a.extraction;
  REQUIRE(x.contracts.size() == 1);
  const Contract& c = x.contracts[0];
  REQUIRE(c.value.has_value());
  CHECK(test::text_of(a, x.money[*c.value].span) == "$12.5 million");
  REQUIRE(c.supplier.has_value());
  CHECK(x.entities[*c.supplier].name.find("Ostrander") != std::string::npos);
  REQUIRE(c.buyer.has_value());
  CHECK(x.entities[*c.buyer].name.find("Coast Guard") != std::string::npos);
  CHECK(c.subject == "supply four patrol boats");
  CHECK(x.claims[c.claim].score > 0.7);
}

TEST_CASE("wire style: the subject of 'said' won it from the buyer, or the buyer awarded it") {
  StageFixture f(
      "Velmar Systems Inc said it won a 4.2 mln dlr contract from the Coastal Guard.\n\n"
      "Ardent Corp said the Harbour Authority awarded it a 7.5 mln dlr dredging contract.\n");
  const size_t velmar = f.entity("Velmar Systems Inc", EntityType::Org);
  const size_t guard = f.entity("Coastal Guard", EntityType::Org);
  const size_t ardent = f.entity("Ardent Corp", EntityType::Org);
  const size_t harbour = f.entity("Harbour Authority", EntityType::Org);
  f.money("4.2 mln dlr", 4.2e6);
  f.money("7.5 mln dlr", 7.5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == guard);
  CHECK(f.out.contracts[0].subject.empty());  // "mln dlr" is the amount's, not what is bought
  CHECK(f.out.contracts[1].supplier == ardent);
  CHECK(f.out.contracts[1].buyer == harbour);
  CHECK(f.out.contracts[1].subject == "dredging");
}

TEST_CASE("court orders and film awards are no contracts; a number inside an amount counts none") {
  StageFixture f(
      "Lena Marsh has won a restraining order against two photographers.\n\n"
      "The drama won four awards including best film.\n\n"
      "The ministry awarded 176.7 mln dlrs in contracts to Orvane Ltd.\n");
  f.entity("Lena Marsh", EntityType::Person);
  const size_t orvane = f.entity("Orvane Ltd", EntityType::Org);
  f.money("176.7 mln dlrs", 176.7e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == orvane);
  CHECK_FALSE(f.out.contracts[0].count);
}

TEST_CASE("agreements of finance and takeovers are no contracts; a buyer may have an inner 'of the'") {
  StageFixture f(
      "Tarvel Inc said it signed a definitive agreement to buy Orvane Ltd for 90 mln dlrs.\n\n"
      "Tarvel said it entered into a credit agreement with its banks for 200 mln dlrs.\n\n"
      "Velmar Inc said the Systems Division of the Coastal Guard awarded it a 4.2 mln dlr contract.\n");
  f.entity("Tarvel Inc", EntityType::Org);
  f.entity("Orvane Ltd", EntityType::Org);
  const size_t velmar = f.entity("Velmar Inc", EntityType::Org);
  const size_t division = f.entity("Systems Division of the Coastal Guard", EntityType::Org);
  f.money("90 mln dlrs", 90e6);
  f.money("200 mln dlrs", 200e6);
  f.money("4.2 mln dlr", 4.2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == division);
}

TEST_CASE("a conversion in parentheses is not the value; the one supplied is the buyer") {
  StageFixture f(
      "Harwick Aero won a US$40 billion (GB £20.1 billion) contract to supply the Coastal Air Command with "
      "179 tankers at a rate of 15 a year.\n");
  f.entity("Harwick Aero", EntityType::Org);
  const size_t command = f.entity("Coastal Air Command", EntityType::Org);
  const size_t dollars = f.money("US$40 billion", 40e9);
  f.money("GB £20.1 billion", 20.1e9);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  const Contract& c = f.out.contracts[0];
  CHECK(c.value == dollars);
  CHECK(c.buyer == command);
  CHECK(c.subject == "supply the Coastal Air Command with 179 tankers at a rate of 15 a year");
}

TEST_CASE("who signs to purchase is the buyer, and whom it buys from the supplier") {
  StageFixture f(
      "Orla Airlines stated on Thursday that it had signed a contract to purchase 20 regional jets from "
      "Venner Aircraft for 9.9 billion yuan.\n");
  const size_t orla = f.entity("Orla Airlines", EntityType::Org);
  const size_t venner = f.entity("Venner Aircraft", EntityType::Org);
  f.money("9.9 billion yuan", 9.9e9);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  const Contract& c = f.out.contracts[0];
  CHECK(c.buyer == orla);
  CHECK(c.supplier == venner);
  CHECK(c.value == 0);
  CHECK(c.subject == "purchase 20 regional jets from Venner Aircraft");
}

TEST_CASE("a number's comma does not end what is bought") {
  StageFixture f("Dorrance Motors signed a contract to supply 30,000 delivery vans to the Postal Service.\n");
  f.entity("Dorrance Motors", EntityType::Org);
  f.entity("Postal Service", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].subject == "supply 30,000 delivery vans");
}

TEST_CASE("who says it has awarded a contract is the buyer; 'It also said' speaks for the same buyer") {
  StageFixture f(
      "The Harbour Authority said it has awarded contracts worth 61.2 mln dlrs to Halvorsen Marine Corp.\n\n"
      "The Harbour Authority said it awarded Kestrel Boatworks Inc a 40.5 mln dlr contract for 12 pilot boats.\n\n"
      "It also said it has awarded Halvorsen Marine Corp 20.7 mln dlrs for two contracts.\n");
  const size_t authority = f.entity("Harbour Authority", EntityType::Org);
  const size_t halvorsen = f.entity("Halvorsen Marine Corp", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Boatworks Inc", EntityType::Org);
  f.money("61.2 mln dlrs", 61.2e6);
  f.money("40.5 mln dlr", 40.5e6);
  f.money("20.7 mln dlrs", 20.7e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].buyer == authority);
  CHECK(f.out.contracts[0].supplier == halvorsen);
  CHECK(f.out.contracts[1].buyer == authority);
  CHECK(f.out.contracts[1].supplier == kestrel);
  CHECK(f.out.contracts[1].subject == "12 pilot boats");
  CHECK(f.out.contracts[2].buyer == authority);
  CHECK(f.out.contracts[2].supplier == halvorsen);
  CHECK(f.out.contracts[2].count == 2);  // not the "7" of "20.7"
}

TEST_CASE("who reports a passive award is the buyer; what a contract is for is the subject") {
  StageFixture f(
      "Tarvik Fuels Inc has been awarded a 9.1 mln dlr contract for 30.5 mln gallons of diesel fuel, the "
      "Supply Agency said.\n\n"
      "Orlen Systems Corp has been awarded a 3.2 mln dlr contract for the Supply Agency.\n");
  const size_t agency = f.entity("Supply Agency", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Fuels Inc", EntityType::Org);
  f.entity("Orlen Systems Corp", EntityType::Org);
  f.money("9.1 mln dlr", 9.1e6);
  f.money("3.2 mln dlr", 3.2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == tarvik);
  CHECK(f.out.contracts[0].buyer == agency);
  CHECK(f.out.contracts[0].subject == "30.5 mln gallons of diesel fuel");
  CHECK(f.out.contracts[1].subject.empty());  // a party is no subject
}

TEST_CASE("a contract's length is no subject, and a name that qualifies a noun buys nothing") {
  StageFixture f(
      "Brenna Labs has been awarded a contract for three years to maintain pumps for the Willow Point plant.\n");
  f.entity("Brenna Labs", EntityType::Org);
  f.entity("Willow Point", EntityType::Gpe);
  f.date("three years", "P3Y");
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].subject == "maintain pumps");
  CHECK_FALSE(f.out.contracts[0].buyer.has_value());
}

TEST_CASE("a contract or order received reports an award; prizes received do not") {
  StageFixture f(
      "Velmar Corp said it received a 3.2 mln dlr contract from the Coastal Authority to supply radios.\n\n"
      "Its unit, Brenmoor Pumps Ltd, received five mln dlrs in orders for fire pumps.\n\n"
      "The film Quiet Harbour has received 12 nominations for the Lumen film awards.\n");
  const size_t velmar = f.entity("Velmar Corp", EntityType::Org);
  const size_t authority = f.entity("Coastal Authority", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Pumps Ltd", EntityType::Org);
  f.entity("Quiet Harbour", EntityType::Org);
  f.money("3.2 mln dlr", 3.2e6);
  f.money("five mln dlrs", 5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == authority);
  CHECK(f.out.contracts[0].subject == "supply radios");
  CHECK(f.out.contracts[1].supplier == brenmoor);
  CHECK(f.out.contracts[1].value == 1);
}

TEST_CASE("buying a company, a part of one or a stake in one is a takeover, not a contract") {
  StageFixture f(
      "Orvell Group said it signed an agreement to buy Tenby Insurance Co for 10 mln dlrs.\n\n"
      "Marlow Press signed a deal to acquire a 26% stake in Jagran Media.\n\n"
      "Kestrel Air signed a contract to buy Halden Aircraft jets for 90 mln dlrs.\n");
  f.entity("Orvell Group", EntityType::Org);
  f.entity("Tenby Insurance Co", EntityType::Org);
  f.entity("Marlow Press", EntityType::Org);
  f.entity("Jagran Media", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Air", EntityType::Org);
  f.entity("Halden Aircraft", EntityType::Org);
  f.money("10 mln dlrs", 10e6);
  f.money("90 mln dlrs", 90e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);  // the jets are bought, not the company
  CHECK(f.out.contracts[0].buyer == kestrel);
  CHECK(f.out.contracts[0].value == 1);
}

TEST_CASE("a buyer named by its kind is the last entity before whose name holds the noun") {
  StageFixture f(
      "The Harbour Supply Department opened bids in May.\n\n"
      "Kestrel Marine Corp has been awarded a 12 mln dlr contract for six tugs, the department said.\n");
  const size_t department = f.entity("Harbour Supply Department", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Marine Corp", EntityType::Org);
  f.money("12 mln dlr", 12e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == kestrel);
  CHECK(f.out.contracts[0].buyer == department);
  CHECK(f.out.contracts[0].subject == "six tugs");
}

TEST_CASE("prizes won are no contracts; who has awarded a contract is its buyer") {
  StageFixture f(
      "Mara Quill won the best song award and two other awards on Sunday.\n\n"
      "The Lumen Film Council has awarded a contract worth 11.5m pounds to Halden Screens.\n");
  f.entity("Mara Quill", EntityType::Person);
  const size_t council = f.entity("Lumen Film Council", EntityType::Org);
  const size_t halden = f.entity("Halden Screens", EntityType::Org);
  f.money("11.5m pounds", 11.5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].buyer == council);
  CHECK(f.out.contracts[0].supplier == halden);
}

TEST_CASE("who strikes a deal to supply is the supplier; who signs to import buys from the country named") {
  StageFixture f(
      "Orvell Motors has struck a deal to supply French car maker Brenet with 30,000 vans.\n\n"
      "Kestria has signed a $4bn deal to import natural gas from Tavolia.\n");
  const size_t orvell = f.entity("Orvell Motors", EntityType::Org);
  const size_t brenet = f.entity("Brenet", EntityType::Org);
  f.entity("French", EntityType::Norp);
  const size_t kestria = f.entity("Kestria", EntityType::Gpe);
  const size_t tavolia = f.entity("Tavolia", EntityType::Gpe);
  f.money("$4bn", 4e9);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == orvell);
  CHECK(f.out.contracts[0].buyer == brenet);
  CHECK(f.out.contracts[1].buyer == kestria);
  CHECK(f.out.contracts[1].supplier == tavolia);
}

TEST_CASE("an apposition with abbreviations, an amount of several words, and 'signed a contract with'") {
  StageFixture f(
      "Velmar Ltd, a unit of U.K. group Orvell Plc, has been awarded a contract worth around 15 mln stg for "
      "the design of a smelter.\n\n"
      "Brenna Corp said it has signed a 12-year contract with Kestrel Airlines to lease it a simulator.\n");
  const size_t velmar = f.entity("Velmar Ltd", EntityType::Org);
  f.entity("Orvell Plc", EntityType::Org);
  const size_t brenna = f.entity("Brenna Corp", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Airlines", EntityType::Org);
  f.money("15 mln stg", 15e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].subject == "the design of a smelter");
  CHECK(f.out.contracts[1].supplier == brenna);
  CHECK(f.out.contracts[1].buyer == kestrel);
}

TEST_CASE("a headline restating an award told with its parties is the same award") {
  StageFixture f(
      "TARVIK WINS 1.5 MLN DLR CONTRACT\n\n"
      "Tarvik Corp said it won a 1.5 mln dlr contract from the Harbour Board.\n");
  const size_t tarvik = f.entity("Tarvik Corp", EntityType::Org);
  f.entity("Harbour Board", EntityType::Org);
  f.money("1.5 MLN DLR", 1.5e6);
  f.money("1.5 mln dlr", 1.5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == tarvik);
  CHECK(f.out.contracts[0].value == 1);
}

TEST_CASE("the Korean won is no award, and a debt relief deal no contract") {
  StageFixture f(
      "The agreement will see some 12 trillion won of debt turned into shares.\n\n"
      "The minister has signed a debt relief deal with Tavolia worth 1 billion pounds.\n");
  f.entity("Tavolia", EntityType::Gpe);
  f.money("12 trillion won", 12e12);
  f.money("1 billion pounds", 1e9);
  f.run_contracts();
  CHECK(f.out.contracts.empty());
}

TEST_CASE("who announces a deal to buy is the buyer, whom it buys from the supplier") {
  StageFixture f("Orvell recently announced a deal to buy display panels from rival Kestrel Labs.\n");
  const size_t orvell = f.entity("Orvell", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Labs", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].buyer == orvell);
  CHECK(f.out.contracts[0].supplier == kestrel);
}
