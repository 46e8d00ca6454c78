// Contracts stage: who is the buyer and who the supplier in wire and newspaper phrasing ("X said
// it has awarded", ", the department said", "struck a deal to supply", "signed a deal to
// import"), and what is no procurement award (prizes, takeovers, debt deals, headlines restating
// an award). Entities, amounts and dates are placed by hand (claims_fixture.hpp); sentences are
// written for these tests.
#include "claims_fixture.hpp"
#include "test_support.hpp"

using namespace newsclaim;
using newsclaim::test::StageFixture;

TEST_CASE("who says it has awarded a contract is the buyer; 'It also said' speaks for the same buyer") {
  StageFixture f(
      "The Harbour Authority said it has awarded contracts worth 61.2 mln dlrs to Halvorsen Marine Corp.\n\n"
      "The Harbour Authority said it awarded Kestrel Boatworks Inc a 40.5 mln dlr contract for 12 pilot "
      "boats.\n\n"
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

TEST_CASE("a subject runs past 'related to', and a short purpose ends at the verb of its clause") {
  StageFixture f(
      "Harlan Optics Inc has been awarded a 6.2 mln dlr contract for work related to the Polar Relay "
      "Program, the Navy said.\n\n"
      "A contract to run it was awarded to Dunmore Leasing Corp.\n");
  f.entity("Harlan Optics Inc", EntityType::Org);
  f.entity("Navy", EntityType::Org);
  f.entity("Dunmore Leasing Corp", EntityType::Org);
  f.money("6.2 mln dlr", 6.2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].subject == "work related to the Polar Relay Program");
  CHECK(f.out.contracts[1].subject == "run it");
}

TEST_CASE("a contract's length is no subject, and a name that qualifies a noun buys nothing") {
  StageFixture f(
      "Brenna Labs has been awarded a contract for three years to maintain pumps for the Willow Point "
      "plant.\n");
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

TEST_CASE("whom a contract is received from before the contract is its buyer, also through a division") {
  StageFixture f(
      "Velmar Corp said it received from a division of Brenmoor Industries Inc, a contract to design "
      "an escape slide.\n");
  const size_t velmar = f.entity("Velmar Corp", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Industries Inc", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == brenmoor);
  CHECK(f.out.contracts[0].subject == "design an escape slide");
}

TEST_CASE("a company reporting that another signed a purchase agreement for its product is the supplier") {
  StageFixture f(
      "Velmar Inc said Brenmoor Steel Corp signed a multi-site purchase agreement valued at over two mln "
      "dlrs for Velmar's test system.\n");
  const size_t velmar = f.entity("Velmar Inc", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Steel Corp", EntityType::Org);
  f.money("two mln dlrs", 2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == brenmoor);
  CHECK(f.out.contracts[0].value == 0);
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

TEST_CASE("'won' counts as an award only before what is won") {
  StageFixture f(
      "Any honours won at Halden would be cheapened by the bid to buy success.\n\n"
      "Tarvik won control of Brenmoor with a tender offer.\n\n"
      "Tarvik won a 3 mln dlr contract from the Harbour Board.\n");
  const size_t tarvik = f.entity("Tarvik", EntityType::Org);
  f.entity("Halden", EntityType::Gpe);
  f.entity("Brenmoor", EntityType::Org);
  f.entity("Harbour Board", EntityType::Org);
  f.money("3 mln dlr", 3e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == tarvik);
}

TEST_CASE("a deal still negotiated, expected or competed for, and a deal of credit, are no award") {
  StageFixture f(
      "Orvell is negotiating a similar deal to supply Brenna Motors with engine castings.\n\n"
      "Kestrel Leasing was close to signing an agreement to buy 27 jets.\n\n"
      "Halden Heavy Industries is likely to win an order for refinery pumps worth about 600 mln yen.\n\n"
      "Two teams of contractors are competing for a contract to develop a prototype fighter.\n\n"
      "Valdoria has secured agreement to defer payments on a 500 mln dlr syndicated loan.\n\n"
      "Tavolia and Valdoria have signed an agreement on rescheduling 145 mln marks of credits.\n\n"
      "Dunmore Savings Corp said it signed an agreement with the Tarvik Bank for a 35 mln dlr mortgage "
      "credit line.\n");
  f.entity("Orvell", EntityType::Org);
  f.entity("Brenna Motors", EntityType::Org);
  f.entity("Kestrel Leasing", EntityType::Org);
  f.entity("Halden Heavy Industries", EntityType::Org);
  f.entity("Valdoria", EntityType::Gpe);
  f.entity("Tavolia", EntityType::Gpe);
  f.entity("Dunmore Savings Corp", EntityType::Org);
  f.entity("Tarvik Bank", EntityType::Org);
  f.money("600 mln yen", 600e6);
  f.money("500 mln dlr", 500e6);
  f.money("145 mln marks", 145e6);
  f.money("35 mln dlr", 35e6);
  f.run_contracts();
  for (const Contract& c : f.out.contracts) CHECK(f.text(f.out.claims[c.claim].span) == "");
  CHECK(f.out.contracts.empty());
}

TEST_CASE("talks before an award, and a credit line beside one, leave the award") {
  StageFixture f(
      "After talks in Halden, Orvell Corp won a 5 mln dlr contract to build a bridge.\n\n"
      "Brenna Corp said it won a 9 mln dlr contract to build a school, financed by a credit line from the "
      "Tarvik Bank.\n");
  const size_t orvell = f.entity("Orvell Corp", EntityType::Org);
  const size_t brenna = f.entity("Brenna Corp", EntityType::Org);
  f.entity("Halden", EntityType::Gpe);
  f.entity("Tarvik Bank", EntityType::Org);
  f.money("5 mln dlr", 5e6);
  f.money("9 mln dlr", 9e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == orvell);
  CHECK(f.out.contracts[1].supplier == brenna);
}

TEST_CASE("an owner apposition left open before the verb leaves the unit the supplier") {
  StageFixture f(
      "Halvard Marine Inc, a subsidiary of Corran Industries Inc <CORR> won a 12.5 mln dlr contract "
      "to build patrol boats.\n\n"
      "Tellis Yard, a unit of Bramwell Group has won a 30 mln dlr order to repair two ferries.\n");
  const size_t halvard = f.entity("Halvard Marine Inc", EntityType::Org);
  f.entity("Corran Industries Inc", EntityType::Org);
  const size_t tellis = f.entity("Tellis Yard", EntityType::Org);
  f.entity("Bramwell Group", EntityType::Org);
  f.money("12.5 mln dlr", 12.5e6);
  f.money("30 mln dlr", 30e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == halvard);
  CHECK(f.out.contracts[1].supplier == tellis);
}

TEST_CASE("a share of ownership in the apposition leaves the company the supplier") {
  StageFixture f(
      "Norsk Kabelverk AS, 35 pct-owned by Vestre Holding ASA, said it won a 40 mln crown contract to lay "
      "cable.\n\n"
      "Pellham Rail, 49 percent owned by Dunmore Group, has won a 7 mln dlr order for twelve coaches.\n");
  const size_t kabelverk = f.entity("Norsk Kabelverk AS", EntityType::Org);
  f.entity("Vestre Holding ASA", EntityType::Org);
  const size_t pellham = f.entity("Pellham Rail", EntityType::Org);
  f.entity("Dunmore Group", EntityType::Org);
  f.money("40 mln crown", 40e6);
  f.money("7 mln dlr", 7e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == kabelverk);  // the owner is no party
  CHECK(f.out.contracts[1].supplier == pellham);
}

TEST_CASE("an adverb between a party and its verb: 'also won', 'today signed'") {
  StageFixture f(
      "Orvell Systems Inc also won a 4 mln dlr order from the Harbour Authority.\n\n"
      "Kestrel Petroleum today signed a 10-year agreement to supply crude oil to the refinery.\n");
  const size_t orvell = f.entity("Orvell Systems Inc", EntityType::Org);
  const size_t authority = f.entity("Harbour Authority", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Petroleum", EntityType::Org);
  f.money("4 mln dlr", 4e6);
  f.date("10-year", "P10Y", DateType::Duration);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == orvell);
  CHECK(f.out.contracts[0].buyer == authority);
  CHECK(f.out.contracts[1].supplier == kestrel);
}

TEST_CASE("an adverb before the auxiliary: 'also has won', 'also received', 'also was awarded'") {
  StageFixture f(
      "Orvell Systems Inc makes radar parts.\n\n"
      "The company also has won a 4 mln dlr order from the Harbour Authority.\n\n"
      "Kestrel Marine also received a 9 mln dlr contract.\n\n"
      "Tarvik Werke AG recently was awarded a 2 mln mark order.\n");
  const size_t orvell = f.entity("Orvell Systems Inc", EntityType::Org);
  f.entity("Harbour Authority", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Marine", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Werke AG", EntityType::Org);
  f.money("4 mln dlr", 4e6);
  f.money("9 mln dlr", 9e6);
  f.money("2 mln mark", 2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == orvell);  // "the company": the one the story named
  CHECK(f.out.contracts[1].supplier == kestrel);
  CHECK(f.out.contracts[2].supplier == tarvik);
}

TEST_CASE("a place before an organization in a role says where it is from; the organization is the party") {
  StageFixture f(
      "The U.S. Airline Kestrel Air, a unit of Orvell Inc, signed an agreement with Tarvik Aero AB to "
      "buy five aircraft.\n");
  f.entity("U.S.", EntityType::Gpe);
  const size_t kestrel = f.entity("Kestrel Air", EntityType::Org);
  f.entity("Orvell Inc", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Aero AB", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].buyer == kestrel);
  CHECK(f.out.contracts[0].supplier == tarvik);
}

TEST_CASE("a regulator's rate order is no purchase") {
  StageFixture f("Harbour Power Co received a disappointing rate order from the state commission.\n");
  f.entity("Harbour Power Co", EntityType::Org);
  f.run_contracts();
  CHECK(f.out.contracts.empty());
}

TEST_CASE(
    "who places an order is the buyer, whom it is placed with the supplier; market orders are no deals") {
  StageFixture f(
      "Harbour Terminals Ltd said it has placed a 164 mln dlr order for seven cranes with Japan's Kestrel "
      "Heavy Industries Co.\n\n"
      "The central bank placed buy orders at that level.\n");
  const size_t terminals = f.entity("Harbour Terminals Ltd", EntityType::Org);
  f.entity("Japan", EntityType::Gpe);
  const size_t kestrel = f.entity("Kestrel Heavy Industries Co", EntityType::Org);
  f.money("164 mln dlr", 164e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].buyer == terminals);
  CHECK(f.out.contracts[0].supplier == kestrel);
  CHECK(f.out.contracts[0].subject == "seven cranes");
}

TEST_CASE(
    "a name read as one party is not the other: who signs a deal to sell supplies, whom it sells to buys") {
  StageFixture f("Veltra Aero Corp has signed a 200 mln dlr contract to sell 12 jets to Norvik Airways.\n");
  const size_t veltra = f.entity("Veltra Aero Corp", EntityType::Org);
  const size_t norvik = f.entity("Norvik Airways", EntityType::Org);
  f.money("200 mln dlr", 200e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == veltra);
  CHECK(f.out.contracts[0].buyer == norvik);
}

TEST_CASE(
    "a contract for the supply of goods to a party: who signs supplies; for a maker's products: who signs "
    "buys") {
  StageFixture f(
      "Kestrel Turbines Ltd signed a 40 mln dlr contract for the supply of three turbines to Varna Power "
      "Co.\n\n"
      "Norvik Airways said it signed a contract for four <Veltra Aero Corp> V-310 jets.\n");
  const size_t kestrel = f.entity("Kestrel Turbines Ltd", EntityType::Org);
  const size_t varna = f.entity("Varna Power Co", EntityType::Org);
  const size_t norvik = f.entity("Norvik Airways", EntityType::Org);
  const size_t veltra = f.entity("Veltra Aero Corp", EntityType::Org);
  f.money("40 mln dlr", 40e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == kestrel);
  CHECK(f.out.contracts[0].buyer == varna);
  CHECK(f.out.contracts[1].buyer == norvik);
  CHECK(f.out.contracts[1].supplier == veltra);
}
