// Contracts stage on wire-copy phrasing: names in angle brackets and followed by their ticker
// ("<Tarvik Data>", "Kestrel Telefon <KEST ST>"), a company described between its name and its
// verb (", a unit of ...,"), the passive "is being awarded" of daily procurement lists, the buyer
// of a contract won "with" it, deals still sought, and an award told again by its supplier.
// Entities and amounts are placed by hand (claims_fixture.hpp); sentences are written for these
// tests.
#include "claims_fixture.hpp"
#include "test_support.hpp"

using namespace newsclaim;
using newsclaim::test::StageFixture;

TEST_CASE("'is being awarded' names the supplier; the agency whose contract it is, the buyer") {
  StageFixture f(
      "Halvorsen Fuels Inc is being awarded a 12.5 mln dlr Fuel Supply Agency contract for jet fuel, "
      "the Defense Department said.\n");
  const size_t halvorsen = f.entity("Halvorsen Fuels Inc", EntityType::Org);
  f.entity("Defense Department", EntityType::Org);
  const size_t agency = f.entity("Fuel Supply Agency", EntityType::Org);
  f.money("12.5 mln dlr", 12.5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == halvorsen);
  // the agency named as the contract's modifier awards it; the department only reports it
  CHECK(f.out.contracts[0].buyer == agency);
  CHECK(f.out.contracts[0].subject == "jet fuel");
}

TEST_CASE("without an agency's name on the contract, the reporting department is the buyer") {
  StageFixture f(
      "Halvorsen Fuels Inc is being awarded a 12.5 mln dlr contract for jet fuel, the Defense "
      "Department said.\n");
  const size_t halvorsen = f.entity("Halvorsen Fuels Inc", EntityType::Org);
  const size_t department = f.entity("Defense Department", EntityType::Org);
  f.money("12.5 mln dlr", 12.5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == halvorsen);
  CHECK(f.out.contracts[0].buyer == department);
}

TEST_CASE("a company described between its name and its verb keeps its role") {
  StageFixture f(
      "Orlen Avionics Inc, wholly-owned by Tarvik Holdings Ltd, said it received a contract worth six mln "
      "dlrs to build a flight simulator.\n\n"
      "Brenmoor Stores Inc, a unit of Halden Corp, awarded a 40 mln dlr order to Velmar Systems for "
      "checkout terminals.\n\n"
      "Corlett Telephone Co, the second largest pay phone firm in the state, said it signed a five-year "
      "contract with the Dunmore Corp.\n");
  const size_t orlen = f.entity("Orlen Avionics Inc", EntityType::Org);
  f.entity("Tarvik Holdings Ltd", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Stores Inc", EntityType::Org);
  f.entity("Halden Corp", EntityType::Org);
  const size_t velmar = f.entity("Velmar Systems", EntityType::Org);
  const size_t corlett = f.entity("Corlett Telephone Co", EntityType::Org);
  const size_t dunmore = f.entity("Dunmore Corp", EntityType::Org);
  f.money("six mln dlrs", 6e6);
  f.money("40 mln dlr", 40e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == orlen);
  CHECK(f.out.contracts[1].buyer == brenmoor);
  CHECK(f.out.contracts[1].supplier == velmar);
  CHECK(f.out.contracts[2].supplier == corlett);
  CHECK(f.out.contracts[2].buyer == dunmore);
}

TEST_CASE("a person described as the company's officer is no party of what 'it' won") {
  StageFixture f("Dana Whitfield, the company's chief executive, said it won a contract to repair bridges.\n");
  const size_t whitfield = f.entity("Dana Whitfield", EntityType::Person);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier != whitfield);
}

TEST_CASE("bracketed names, tickers, A/S and 'und' stay whole") {
  StageFixture f(
      "<Tarvik Data Sogeti> said it has won a five mln franc contract to develop a billing system.\n\n"
      "Kestrel Telefon <KEST ST> said it had signed a contract worth nearly 400 mln crowns with the Valdorian "
      "Ministry of Posts.\n\n"
      "Brenna Industrier A/S won a 300 mln crown contract to build a platform deck.\n\n"
      "Orvell Halden und Cie <ORVH.Z> said it won an order to supply turbochargers.\n");
  const size_t tarvik = f.entity("Tarvik Data Sogeti", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Telefon", EntityType::Org);
  const size_t ministry = f.entity("Valdorian Ministry of Posts", EntityType::Org);
  const size_t brenna = f.entity("Brenna Industrier A/S", EntityType::Org);
  const size_t orvell = f.entity("Orvell Halden", EntityType::Org);
  f.entity("Cie", EntityType::Org);
  f.money("five mln franc", 5e6);
  f.money("400 mln crowns", 400e6);
  f.money("300 mln crown", 300e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 4);
  CHECK(f.out.contracts[0].supplier == tarvik);
  CHECK(f.out.contracts[1].supplier == kestrel);
  CHECK(f.out.contracts[1].buyer == ministry);
  CHECK(f.out.contracts[2].supplier == brenna);
  CHECK(f.out.contracts[3].supplier == orvell);
}

TEST_CASE("the party a contract is won 'with' is the buyer") {
  StageFixture f("Velmar Corp said its Velmar Defense unit won a 29.4 mln dlr contract with the Air Force to build "
                 "hangars.\n");
  const size_t unit = f.entity("Velmar Defense", EntityType::Org);
  const size_t air_force = f.entity("Air Force", EntityType::Org);
  f.entity("Velmar Corp", EntityType::Org);
  f.money("29.4 mln dlr", 29.4e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == unit);
  CHECK(f.out.contracts[0].buyer == air_force);
}

TEST_CASE("a deal still sought is no award") {
  StageFixture f(
      "A team from Orvell Corp will visit the ministry on Monday in an attempt to win a 2.5 billion guilder "
      "helicopter order.\n\n"
      "Tarvik is bidding to win a contract to build the bridge.\n");
  f.entity("Orvell Corp", EntityType::Org);
  f.entity("Tarvik", EntityType::Org);
  f.money("2.5 billion guilder", 2.5e9);
  f.run_contracts();
  CHECK(f.out.contracts.empty());
}

TEST_CASE("'contract' as a verb reports no award") {
  StageFixture f(
      "The state pays in advance the farmers who contract to supply grain at a fixed price.\n\n"
      "Growers that contracted to deliver cane were paid late.\n");
  f.run_contracts();
  CHECK(f.out.contracts.empty());
}

TEST_CASE("an award naming only a supplier named before tells that award again") {
  StageFixture f(
      "Tarvik Corp said it won a major contract from Brenmoor Motor Co to build a switching network.\n\n"
      "The value of the contract, awarded to Tarvik Corp's unit in Halden, was not disclosed.\n\n"
      "Velmar Inc said it received a contract to paint the bridge.\n");
  const size_t tarvik = f.entity("Tarvik Corp", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Motor Co", EntityType::Org);
  const size_t velmar = f.entity("Velmar Inc", EntityType::Org);
  f.entity("Halden", EntityType::Gpe);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == tarvik);
  CHECK(f.out.contracts[0].buyer == brenmoor);
  CHECK(f.out.contracts[1].supplier == velmar);
}

TEST_CASE("appositions with 'the ... unit of' and two in a row; a unit's name before ', was awarded'") {
  StageFixture f(
      "Orlen Corp, the U.S. unit of Tarvik Holdings of Valdoria, said it won a 1.4 mln dlr contract for radios.\n\n"
      "Brenna Drilling Inc, a unit of Halden Industries Inc, formerly Brenna Inc, said it has received two "
      "contracts for water wells.\n\n"
      "Velmar said its services subsidiary, Velmar Facilities Corp, was awarded a 2.1 mln dlr contract.\n");
  const size_t orlen = f.entity("Orlen Corp", EntityType::Org);
  f.entity("Tarvik Holdings", EntityType::Org);
  const size_t brenna = f.entity("Brenna Drilling Inc", EntityType::Org);
  f.entity("Halden Industries Inc", EntityType::Org);
  const size_t facilities = f.entity("Velmar Facilities Corp", EntityType::Org);
  f.money("1.4 mln dlr", 1.4e6);
  f.money("2.1 mln dlr", 2.1e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == orlen);
  CHECK(f.out.contracts[1].supplier == brenna);
  CHECK(f.out.contracts[2].supplier == facilities);
}

TEST_CASE("joint winners, a contract signed to operate, and an agreement with the buyer to supply") {
  StageFixture f(
      "Orvell Trading and Kestrel Heavy Industries have jointly won an order to build 200 tram cars.\n\n"
      "Westvale signed a four billion dlr contract three weeks ago to operate the plant for five years.\n\n"
      "Halden Signal Corp said it signed a supply agreement with Brenmoor Rail Inc to deliver signal boxes.\n");
  const size_t orvell = f.entity("Orvell Trading", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Heavy Industries", EntityType::Org);
  const size_t westvale = f.entity("Westvale", EntityType::Org);
  const size_t halden = f.entity("Halden Signal Corp", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Rail Inc", EntityType::Org);
  f.money("four billion dlr", 4e9);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK((f.out.contracts[0].supplier == orvell || f.out.contracts[0].supplier == kestrel));
  CHECK(f.out.contracts[1].supplier == westvale);
  CHECK(f.out.contracts[2].supplier == halden);
  CHECK(f.out.contracts[2].buyer == brenmoor);
}

TEST_CASE("a deal lost or not yet awarded is no award") {
  StageFixture f(
      "The British firm failed to win a four billion dlr deal to supply radios to the army.\n\n"
      "The contract to develop the Halden field has not yet been awarded.\n");
  f.money("four billion dlr", 4e9);
  f.entity("Halden", EntityType::Loc);
  f.run_contracts();
  CHECK(f.out.contracts.empty());
}

TEST_CASE("joint ventures, loans, reschedulings, aid and buying an estate are no contracts; a licence purchase is") {
  StageFixture f(
      "Orlen Corp said it signed a joint venture agreement with Tarvik to build a solar panel plant.\n\n"
      "Mr Orvell's deal to buy the singer's estate gives him control of the mansion.\n\n"
      "Valdoria signed an agreement to borrow 150 billion yen from the Halden Export Bank.\n\n"
      "Tavolia and Valdoria signed an agreement to reschedule 26 mln marks of loan payments.\n\n"
      "Brenmoor Corp signed a multi-license purchase agreement valued at one mln dlrs for design software.\n");
  f.entity("Orlen Corp", EntityType::Org);
  f.entity("Tarvik", EntityType::Org);
  f.entity("Valdoria", EntityType::Gpe);
  f.entity("Tavolia", EntityType::Gpe);
  f.entity("Halden Export Bank", EntityType::Org);
  f.entity("Brenmoor Corp", EntityType::Org);
  f.money("150 billion yen", 150e9);
  f.money("26 mln marks", 26e6);
  f.money("one mln dlrs", 1e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].value == 2);
}

TEST_CASE("who says it signed an agreement to provide is the supplier; a state in apposition is skipped") {
  StageFixture f(
      "Velmar Radio Corp said it has signed a seven-year agreement to provide Brenmoor Stores with radio "
      "programs.\n\n"
      "Hunt Paving Corp of El Paso, Texas, has received a 31.7 mln dlr contract for runway repairs.\n\n"
      "Orlen Cit has won a 15 mln franc contract.\n");
  const size_t velmar = f.entity("Velmar Radio Corp", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Stores", EntityType::Org);
  const size_t hunt = f.entity("Hunt Paving Corp", EntityType::Org);
  f.entity("El Paso", EntityType::Gpe);
  f.entity("Texas", EntityType::Gpe);
  const size_t orlen = f.entity("Orlen Cit", EntityType::Org);
  f.money("31.7 mln dlr", 31.7e6);
  f.money("15 mln franc", 15e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == brenmoor);
  CHECK(f.out.contracts[1].supplier == hunt);
  CHECK(f.out.contracts[1].subject == "runway repairs");
  CHECK(f.out.contracts[2].supplier == orlen);
  CHECK(f.out.contracts[2].subject.empty());  // "franc" is the amount's
}

TEST_CASE("a winner reported by others is the supplier") {
  StageFixture f(
      "Halden Drilling is reported by the agency to have won a contract to develop the Orvell field.\n\n"
      "A Valdorian company, named Tarvik, is said to have won the contract to run the Kestrel field.\n");
  const size_t halden = f.entity("Halden Drilling", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik", EntityType::Org);
  f.entity("Orvell", EntityType::Loc);
  f.entity("Kestrel", EntityType::Loc);
  f.entity("Valdorian", EntityType::Norp);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == halden);
  CHECK(f.out.contracts[1].supplier == tarvik);
}

TEST_CASE("who signs a contract under which another will provide is the buyer; buying shares from a firm buys no contract") {
  StageFixture f(
      "Springvale Software Inc said it signed a contract under which Tarvik Staffing Corp will provide programmers "
      "and testers.\n\n"
      "Orlen signed a 30.6 mln dlr deal to buy from Brenna Gold Corp 5,456,000 Brenna shares.\n");
  const size_t springvale = f.entity("Springvale Software Inc", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Staffing Corp", EntityType::Org);
  f.entity("Orlen", EntityType::Org);
  f.entity("Brenna Gold Corp", EntityType::Org);
  f.money("30.6 mln dlr", 30.6e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].buyer == springvale);
  CHECK(f.out.contracts[0].supplier == tarvik);
}

TEST_CASE("what a contract buys: after its buyer, after a purpose verb, past a dotted abbreviation") {
  StageFixture f(
      "Orlen Avionics Inc said it received a four mln dlr contract from Tarvik Holdings Ltd for the design "
      "of "
      "a cockpit display.\n\n"
      "Brenmoor Stores Inc said it won a contract to sell 40 checkout terminals to Halden Corp.\n\n"
      "Velmar Systems said it was awarded a contract to repair radar sets on U.S. Navy frigates.\n\n"
      "Corlett Telephone Co said it received an order from Dunmore Corp for about three mln dlrs.\n\n"
      "Kestrel Data said it won two contracts totaling five mln dlrs for mapping software.\n");
  f.entity("Orlen Avionics Inc", EntityType::Org);
  f.entity("Tarvik Holdings Ltd", EntityType::Org);
  f.entity("Brenmoor Stores Inc", EntityType::Org);
  f.entity("Halden Corp", EntityType::Org);
  f.entity("Velmar Systems", EntityType::Org);
  f.entity("U.S. Navy", EntityType::Org);
  f.entity("Corlett Telephone Co", EntityType::Org);
  f.entity("Dunmore Corp", EntityType::Org);
  f.entity("Kestrel Data", EntityType::Org);
  f.money("four mln dlr", 4e6);
  f.money("about three mln dlrs", 3e6);
  f.money("five mln dlrs", 5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 5);
  CHECK(f.out.contracts[0].subject == "the design of a cockpit display");
  CHECK(f.out.contracts[1].subject == "sell 40 checkout terminals");
  CHECK(f.out.contracts[2].subject == "repair radar sets on U.S. Navy frigates");
  CHECK(f.out.contracts[3].subject.empty());  // the price is no subject
  CHECK(f.out.contracts[4].subject == "mapping software");
}

TEST_CASE("a subject that opens a serial list keeps the whole list; a plain comma still ends it") {
  StageFixture f(
      "Orlen Avionics Inc said it received a contract for design, testing and repair of cockpit displays, "
      "the "
      "company said.\n\n"
      "Brenmoor Stores Inc said it won a contract to supply scanners, printers, cables or spare parts to "
      "Halden Corp.\n\n"
      "Velmar Systems said it was awarded a contract to repair radar sets, the Navy said.\n\n"
      "Kestrel Data said it won a four mln dlr contract for mapping software, which it will deliver in "
      "May.\n");
  f.entity("Orlen Avionics Inc", EntityType::Org);
  f.entity("Brenmoor Stores Inc", EntityType::Org);
  f.entity("Halden Corp", EntityType::Org);
  f.entity("Velmar Systems", EntityType::Org);
  f.entity("Navy", EntityType::Org);
  f.entity("Kestrel Data", EntityType::Org);
  f.money("four mln dlr", 4e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 4);
  CHECK(f.out.contracts[0].subject == "design, testing and repair of cockpit displays");
  CHECK(f.out.contracts[1].subject == "supply scanners, printers, cables or spare parts");
  CHECK(f.out.contracts[2].subject == "repair radar sets");
  CHECK(f.out.contracts[3].subject == "mapping software");
}

TEST_CASE(
    "'contract for' a capitalized product outranks the deal's modifier; a party or 'under a' is no subject") {
  StageFixture f(
      "Velmar Systems has been awarded a 3.5 billion dlr military procurement contract for Sentinel "
      "air-defense missiles, the Army said.\n\n"
      "Orlen Avionics Inc said it received a 16 mln dlr order from Tarvik Air for KX-50 engines.\n\n"
      "Halden Corp is being awarded 31.3 mln dlrs under a contract, the Defense Department said.\n\n"
      "Kestrel Data said it signed a contract for Dunmore Corp.\n\n"
      "Brenmoor Stores Inc said it won a 12 mln dlr scanner contract.\n");
  f.entity("Velmar Systems", EntityType::Org);
  f.entity("Army", EntityType::Org);
  f.entity("Orlen Avionics Inc", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Air", EntityType::Org);
  f.entity("Halden Corp", EntityType::Org);
  f.entity("Defense Department", EntityType::Org);
  f.entity("Kestrel Data", EntityType::Org);
  f.entity("Dunmore Corp", EntityType::Org);
  f.entity("Brenmoor Stores Inc", EntityType::Org);
  f.money("3.5 billion dlr", 3.5e9);
  f.money("16 mln dlr", 16e6);
  f.money("31.3 mln dlrs", 31.3e6);
  f.money("12 mln dlr", 12e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 5);
  CHECK(f.out.contracts[0].subject == "Sentinel air-defense missiles");
  CHECK(f.out.contracts[1].subject == "KX-50 engines");
  CHECK(f.out.contracts[1].buyer == tarvik);
  CHECK(f.out.contracts[2].subject.empty());
  CHECK(f.out.contracts[3].subject.empty());
  CHECK(f.out.contracts[4].subject == "scanner");
}

TEST_CASE("'secured' and 'won' report an award only before what is won; collateral and bids report none") {
  StageFixture f(
      "Kestrel Data secures giant Tarvik order.\n\n"
      "Orlen Avionics Inc said it has won over 40 orders for the jet.\n\n"
      "The loan of six mln dlrs is partially secured by a first mortgage on the plant.\n\n"
      "It will also convert 30 mln dlrs of secured bank debt under the agreement.\n\n"
      "The issue includes 90 mln dlrs of notes secured by sales contracts of Halden Corp.\n\n"
      "Velmar Systems said it has joined Dunmore Corp on a bid for a two billion dlr contract to build a "
      "network.\n");
  const size_t kestrel = f.entity("Kestrel Data", EntityType::Org);
  f.entity("Tarvik", EntityType::Org);
  const size_t orlen = f.entity("Orlen Avionics Inc", EntityType::Org);
  f.entity("Halden Corp", EntityType::Org);
  f.entity("Velmar Systems", EntityType::Org);
  f.entity("Dunmore Corp", EntityType::Org);
  f.money("six mln dlrs", 6e6);
  f.money("30 mln dlrs", 30e6);
  f.money("90 mln dlrs", 90e6);
  f.money("two billion dlr", 2e9);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == kestrel);
  CHECK(f.out.contracts[1].supplier == orlen);
}

TEST_CASE(
    "selling a company's part is no contract; a subject ends before a relative clause's verb and its price") {
  StageFixture f(
      "Halden Corp said it signed an agreement to sell its Brenmoor Plastics subsidiary for 30 mln dlrs.\n\n"
      "Velmar Systems said it signed an agreement to buy 40 pct of Dunmore Corp for 12 mln dlrs.\n\n"
      "Kestrel Data said it signed a contract to provide services that will enable the city to run a "
      "port.\n\n"
      "Orlen Avionics Inc said its agreement to supply radar parts was binding.\n\n"
      "The awards include an extension of a contract for repair and testing services and 1.1 mln dlrs in "
      "smaller contracts.\n\n"
      "Tarvik Marine signed a contract for a 290 mln dlr processing plant.\n");
  f.entity("Halden Corp", EntityType::Org);
  f.entity("Brenmoor Plastics", EntityType::Org);
  f.entity("Velmar Systems", EntityType::Org);
  f.entity("Dunmore Corp", EntityType::Org);
  f.entity("Kestrel Data", EntityType::Org);
  f.entity("Orlen Avionics Inc", EntityType::Org);
  f.entity("Tarvik Marine", EntityType::Org);
  f.money("30 mln dlrs", 30e6);
  f.money("12 mln dlrs", 12e6);
  f.money("1.1 mln dlrs", 1.1e6);
  f.money("290 mln dlr", 290e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 4);
  CHECK(f.out.contracts[0].subject == "provide services");
  CHECK(f.out.contracts[1].subject == "supply radar parts");
  CHECK(f.out.contracts[2].subject == "repair and testing services");
  CHECK(f.out.contracts[3].subject.empty());
}

TEST_CASE("a purpose may open with a list of verbs") {
  StageFixture f(
      "Kestrel Data said it won a contract to design, build and operate a data center in Dunmore.\n\n"
      "Velmar Systems said it received a contract to design, develop, test and install dispatching "
      "systems.\n");
  f.entity("Kestrel Data", EntityType::Org);
  f.entity("Dunmore", EntityType::Gpe);
  f.entity("Velmar Systems", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].subject == "design, build and operate a data center in Dunmore");
  CHECK(f.out.contracts[1].subject == "design, develop, test and install dispatching systems");
}

TEST_CASE("a subject after a deal's price may open with a decimal number") {
  StageFixture f("Kestrel Grain Corp said it won an order worth 12 mln dlrs for 1.5 mln tonnes of barley.\n");
  f.entity("Kestrel Grain Corp", EntityType::Org);
  f.money("12 mln dlrs", 12e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].subject == "1.5 mln tonnes of barley");
}

TEST_CASE("a price after any hedge the money stage reads is no subject") {
  StageFixture f(
      "Corlett Telephone Co said it received an order from Dunmore Corp for about three mln dlrs.\n\n"
      "Kestrel Data said it received an order from Halden Corp for at least five mln dlrs.\n\n"
      "Velmar Systems said it won an order from Tarvik Ltd for an estimated two mln dlrs.\n\n"
      "Orlen Avionics said it won an order from Brenmoor Inc for spare parts at about one mln dlrs.\n");
  for (const char* name : {"Corlett Telephone Co", "Dunmore Corp", "Kestrel Data", "Halden Corp",
                           "Velmar Systems", "Tarvik Ltd", "Orlen Avionics", "Brenmoor Inc"})
    f.entity(name, EntityType::Org);
  f.money("three mln dlrs", 3e6);
  f.money("five mln dlrs", 5e6);
  f.money("two mln dlrs", 2e6);
  f.money("one mln dlrs", 1e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 4);
  CHECK(f.out.contracts[0].subject.empty());
  CHECK(f.out.contracts[1].subject.empty());
  CHECK(f.out.contracts[2].subject.empty());
  CHECK(f.out.contracts[3].subject == "spare parts");  // words before the hedge are what is bought
}

TEST_CASE("a gift in the award's sentence is not its value") {
  StageFixture f(
      "Lord Pemberly, whose firm Velmar Systems won contracts to supply flu vaccine, gave £400,000 to the "
      "party in December.\n");
  f.entity("Velmar Systems", EntityType::Org);
  f.money("£400,000", 400000);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK_FALSE(f.out.contracts[0].value.has_value());
  CHECK(f.out.contracts[0].subject == "supply flu vaccine");
}

TEST_CASE("an agreement with a partner to establish a company reports no award") {
  StageFixture f(
      "The Dunmore Ports Authority signed an agreement with the Hamburg-based Velmar Lines to establish a "
      "national shipping line, with an initial capital of 100 mln shillings.\n");
  f.entity("Dunmore Ports Authority", EntityType::Org);
  f.entity("Velmar Lines", EntityType::Org);
  f.money("100 mln shillings", 100e6);
  f.run_contracts();
  CHECK(f.out.contracts.empty());
}

TEST_CASE("a unit named as its owner's apposition says it won: the unit is the supplier") {
  StageFixture f(
      "Halden Group Inc unit, Orlen Mills Inc, said it won a 24 mln dlrs contract from Brenmoor Paper Co.\n");
  f.entity("Halden Group Inc", EntityType::Org);
  const size_t orlen = f.entity("Orlen Mills Inc", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Paper Co", EntityType::Org);
  f.money("24 mln dlrs", 24e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == orlen);
  CHECK(f.out.contracts[0].buyer == brenmoor);
}

TEST_CASE(
    "a contract to sell goods to a company names it the buyer; a longer gap before 'for' keeps the subject") {
  StageFixture f(
      "Velmar Systems Inc said it won a contract to sell 150 telephone systems to Orlen Credit Co.\n\n"
      "Brenmoor Labs Inc said it received a research contract worth over one mln dlrs from Halden Corp "
      "for the development of fuel cells.\n\n"
      "Tarvik Aero said it was awarded a contract valued at more than 10 mln dlrs to continue production "
      "of engine covers.\n");
  const size_t velmar = f.entity("Velmar Systems Inc", EntityType::Org);
  const size_t orlen = f.entity("Orlen Credit Co", EntityType::Org);
  f.entity("Brenmoor Labs Inc", EntityType::Org);
  const size_t halden = f.entity("Halden Corp", EntityType::Org);
  f.entity("Tarvik Aero", EntityType::Org);
  f.money("one mln dlrs", 1e6);
  f.money("10 mln dlrs", 10e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == orlen);
  CHECK(f.out.contracts[1].buyer == halden);
  CHECK(f.out.contracts[1].subject == "the development of fuel cells");
  CHECK(f.out.contracts[2].subject == "continue production of engine covers");
}

TEST_CASE("a party after 'from' or 'to' ends the subject; the seller after it still supplies") {
  StageFixture f(
      "<Orlen Motors Ltd> said it signed an agreement to import 100,000 small cars from <Tarvik Auto Co "
      "Ltd> of Valdoria between 1988 and 1993.\n\n"
      "Brenmoor Data Corp said it won a contract to supply band printers to <Halden AG> of Varnia.\n");
  const size_t orlen = f.entity("Orlen Motors Ltd", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Auto Co Ltd", EntityType::Org);
  f.entity("Valdoria", EntityType::Gpe);
  const size_t brenmoor = f.entity("Brenmoor Data Corp", EntityType::Org);
  const size_t halden = f.entity("Halden AG", EntityType::Org);
  f.entity("Varnia", EntityType::Gpe);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].buyer == orlen);  // who signs to import is the buyer
  CHECK(f.out.contracts[0].supplier == tarvik);
  CHECK(f.out.contracts[0].subject == "import 100,000 small cars");
  CHECK(f.out.contracts[1].supplier == brenmoor);
  CHECK(f.out.contracts[1].buyer == halden);
  CHECK(f.out.contracts[1].subject == "supply band printers");
}

TEST_CASE("a public agency or NASA before the deal word is the buyer") {
  StageFixture f("Orbital Data Corp said it won a 3.2 mln dlr NASA contract for tracking software.\n");
  const size_t orbital = f.entity("Orbital Data Corp", EntityType::Org);
  const size_t nasa = f.entity("NASA", EntityType::Org);
  f.money("3.2 mln dlr", 3.2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == orbital);
  CHECK(f.out.contracts[0].buyer == nasa);
}
