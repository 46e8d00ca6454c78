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

TEST_CASE("a conjunction or relative pronoun opening another clause ends what is bought") {
  StageFixture f(
      "Ostrel Telecom won a $300 million contract to build a network in Varnia after regulators there "
      "cut its stake.\n"
      "Dunmore Aviation has won a contract for 12 trainer jets while a rival appeals.\n"
      "Halden Works won a contract for work on a dam which will be finished in 2030.\n"
      "Pellor Air signed an agreement with Vantor Aircraft to buy six jets for an undisclosed price.\n");
  f.entity("Ostrel Telecom", EntityType::Org);
  f.entity("Dunmore Aviation", EntityType::Org);
  f.entity("Halden Works", EntityType::Org);
  f.entity("Pellor Air", EntityType::Org);
  f.entity("Vantor Aircraft", EntityType::Org);
  f.money("$300 million", 3e8);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 4);
  CHECK(f.out.contracts[0].subject == "build a network in Varnia");
  CHECK(f.out.contracts[1].subject == "12 trainer jets");
  // a relative clause, or the price left unsaid, is no part of what is bought
  CHECK(f.out.contracts[2].subject == "work on a dam");
  CHECK(f.out.contracts[3].subject == "buy six jets");
}

TEST_CASE("after a possessive, the buyer is the party named, not its owner") {
  StageFixture f(
      "Harwell Power won a 20 mln dlr order to build a turbine hall for Ruritania's state-owned power "
      "company Elpro.\n"
      "Kestrel Drilling won a contract from Ruritania's state oil company Petroval to drill 12 wells.\n");
  f.entity("Harwell Power", EntityType::Org);
  const size_t ruritania = f.entity("Ruritania", EntityType::Gpe);
  const size_t elpro = f.entity("Elpro", EntityType::Org);
  f.entity("Kestrel Drilling", EntityType::Org);
  const size_t petroval = f.entity("Petroval", EntityType::Org);
  f.money("20 mln dlr", 2e7);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].buyer == elpro);
  CHECK(f.out.contracts[1].buyer == petroval);
  CHECK(f.out.contracts[0].buyer != ruritania);
}

TEST_CASE("the award's date is a date, not the contract's term or a span of time") {
  StageFixture f(
      "Halvard Marine said on March 4 it won a three-year $12 million contract to maintain harbour "
      "cranes, its second such award in nine months.\n"
      "Pellow Freight was awarded a five-year contract to run the depot.\n");
  f.entity("Halvard Marine", EntityType::Org);
  f.entity("Pellow Freight", EntityType::Org);
  const size_t march = f.date("March 4", "2022-03-04");
  f.date("three-year", "P3Y", DateType::Duration);
  f.date("nine months", "P9M", DateType::Duration);
  f.date("five-year", "P5Y", DateType::Duration);
  f.money("$12 million", 12e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].date == march);
  CHECK(f.out.contracts[0].subject == "maintain harbour cranes");
  CHECK_FALSE(f.out.contracts[1].date.has_value());
}

TEST_CASE("a vague reference is no award date, and the kind of contract is no subject") {
  StageFixture f(
      "On June 2 Corvale Drilling, a unit of Delta Rigs, said it has now received a contract for water "
      "injection wells.\n"
      "Pellow Motors said it has received a 23.5 mln dlr fixed-price contract to rebuild 900 cargo "
      "trucks.\n");
  f.entity("Corvale Drilling", EntityType::Org);
  f.entity("Pellow Motors", EntityType::Org);
  f.date("now", "PRESENT_REF");
  const size_t june = f.date("June 2", "2022-06-02");
  f.money("23.5 mln dlr", 23.5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].date == june);
  CHECK(f.out.contracts[1].subject == "rebuild 900 cargo trucks");
}

TEST_CASE("a minimum, initial or additional contract names its kind, not what it buys") {
  StageFixture f(
      "Corvale Optics said its Lensworks division was awarded a 250,000 dlr minimum contract by Delta Rigs.\n"
      "Pellow Motors said it won a 3 mln dlr additional maintenance contract from Delta Rigs.\n");
  f.entity("Lensworks", EntityType::Org);
  f.entity("Delta Rigs", EntityType::Org);
  f.entity("Pellow Motors", EntityType::Org);
  f.money("250,000 dlr", 250e3);
  f.money("3 mln dlr", 3e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].subject.empty());
  CHECK(f.out.contracts[1].subject == "maintenance");
}

TEST_CASE("the value is the amount next to the contract, not a bribe or a possible total") {
  StageFixture f(
      "Two officials allegedly took $1.1 million in bribes to help Delmont Works win a $30 million bridge "
      "contract.\n"
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

TEST_CASE("a change to a contract is not its value; the subject's own contract names it the supplier") {
  StageFixture f(
      "Delmont Works said its contract to repair bridges for the city has been increased by $2 million to "
      "$9 million.\n");
  const size_t delmont = f.entity("Delmont Works", EntityType::Org);
  f.money("$2 million", 2e6);
  const size_t total = f.money("$9 million", 9e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == delmont);
  CHECK(f.out.contracts[0].value == total);
  CHECK(f.out.contracts[0].subject == "repair bridges for the city");
  // the verb's other forms too: "agreed to lower the price by $1 million"
  StageFixture g(
      "Delmont Works, which won the contract, agreed to lower the price by $1 million to $8 million.\n");
  g.entity("Delmont Works", EntityType::Org);
  g.money("$1 million", 1e6);
  const size_t lowered = g.money("$8 million", 8e6);
  g.run_contracts();
  REQUIRE(g.out.contracts.size() == 1);
  CHECK(g.out.contracts[0].value == lowered);
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

TEST_CASE("whole pipeline: a deal to buy shares is no procurement") {
  const auto a = test::analyze(
      "VANCOUVER, March 17 - Kestrel Gold Corp said it filed for an offering.\n\n"
      "The company said it will use about 30 mln dlrs of the proceeds to buy from Tarvel Gold Corp <TRVGF> "
      "4,100,000 Tarvel shares at 5.60 U.S. dlrs each, and Tarvel will use about 25 mln dlrs of its proceeds "
      "from that deal to buy 9,000,000 shares of <Orvane Resources Inc> at 2.70 dlrs each.\n",
      "1987-03-17");
  CHECK(a.extraction.contracts.empty());
  CHECK(a.extraction.money.size() >= 4);  // the amounts stay facts
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
  CHECK(c.subject == "purchase 20 regional jets");  // the seller is a party, not what is bought
}

TEST_CASE("a number's comma does not end what is bought") {
  StageFixture f("Dorrance Motors signed a contract to supply 30,000 delivery vans to the Postal Service.\n");
  f.entity("Dorrance Motors", EntityType::Org);
  f.entity("Postal Service", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].subject == "supply 30,000 delivery vans");
}

TEST_CASE("what is bought after an order with the supplier, up to the price") {
  StageFixture f(
      "Tasman Air has placed a firm order with Corvane Aircraft Co for six 900-series jets at a cost of "
      "40 mln dlrs each.\n");
  f.entity("Tasman Air", EntityType::Org);
  f.entity("Corvane Aircraft Co", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].subject == "six 900-series jets");
}

TEST_CASE("a unit price is not the value of the award; a rate per period is") {
  StageFixture f(
      "Harwell Grain Co won a contract to supply 40,000 tonnes of barley priced at 88.50 dlrs per tonne.\n"
      "Ostler Mills won a contract worth 2.4 mln dlrs to supply 25,000 tonnes at 96 dlrs a tonne.\n"
      "Pellan Security won a contract worth $3 million a year to guard the port.\n");
  f.entity("Harwell Grain Co", EntityType::Org);
  f.entity("Ostler Mills", EntityType::Org);
  f.entity("Pellan Security", EntityType::Org);
  const size_t price = f.money("88.50 dlrs", 88.5);
  const size_t worth = f.money("2.4 mln dlrs", 2.4e6);
  const size_t second_price = f.money("96 dlrs", 96);
  const size_t yearly = f.money("$3 million", 3e6);
  f.out.money[price].per = "tonne";
  f.out.money[second_price].per = "tonne";
  f.out.money[yearly].per = "year";
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK_FALSE(f.out.contracts[0].value.has_value());
  CHECK(f.out.contracts[0].subject == "supply 40,000 tonnes of barley");
  CHECK(f.out.contracts[1].value == worth);
  CHECK(f.out.contracts[2].value == yearly);
}

TEST_CASE("who awards a named company a contract is the buyer, the company the supplier") {
  StageFixture f(
      "The Harbour Authority awarded Quillon Marine a $12 million contract to dredge the channel.\n"
      "The State Rail Board has awarded Tessaly Works two contracts worth $8 million.\n");
  const size_t authority = f.entity("Harbour Authority", EntityType::Org);
  const size_t quillon = f.entity("Quillon Marine", EntityType::Org);
  const size_t board = f.entity("State Rail Board", EntityType::Org);
  const size_t tessaly = f.entity("Tessaly Works", EntityType::Org);
  f.money("$12 million", 12e6);
  f.money("$8 million", 8e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].buyer == authority);
  CHECK(f.out.contracts[0].supplier == quillon);
  CHECK(f.out.contracts[1].buyer == board);
  CHECK(f.out.contracts[1].supplier == tessaly);
  CHECK(f.out.contracts[1].count == 2);
}

TEST_CASE(
    "leasing, producing and installing are work a supplier contracts to do; the clause's verb ends it") {
  StageFixture f(
      "Orlen Cranes said it received a contract to lease two harbour cranes to the Port of Tessby.\n"
      "Vantor Optics said it signed an agreement with Halloway Air to install cabin cameras.\n"
      "The contract to dredge the Keel Channel is worth $4 million, officials said.\n");
  const size_t orlen = f.entity("Orlen Cranes", EntityType::Org);
  const size_t port = f.entity("Port of Tessby", EntityType::Org);
  const size_t vantor = f.entity("Vantor Optics", EntityType::Org);
  const size_t halloway = f.entity("Halloway Air", EntityType::Org);
  f.entity("Keel Channel", EntityType::Loc);
  f.money("$4 million", 4e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == orlen);
  CHECK(f.out.contracts[0].buyer == port);
  CHECK(f.out.contracts[0].subject == "lease two harbour cranes");
  CHECK(f.out.contracts[1].supplier == vantor);
  CHECK(f.out.contracts[1].buyer == halloway);
  CHECK(f.out.contracts[1].subject == "install cabin cameras");
  CHECK(f.out.contracts[2].subject == "dredge the Keel Channel");
}

TEST_CASE("two clauses joined by 'while' that each report an award are two awards") {
  StageFixture f(
      "Marrow Avionics was given a $40 million contract to build radar masts, while Dunmore Works was "
      "awarded a $12 million contract to install the masts.\n"
      "Kelso Freight won a $3 million contract, while its rivals lost money.\n");
  const size_t marrow = f.entity("Marrow Avionics", EntityType::Org);
  const size_t dunmore = f.entity("Dunmore Works", EntityType::Org);
  const size_t kelso = f.entity("Kelso Freight", EntityType::Org);
  const size_t forty = f.money("$40 million", 40e6);
  const size_t twelve = f.money("$12 million", 12e6);
  const size_t three = f.money("$3 million", 3e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == marrow);
  CHECK(f.out.contracts[0].value == forty);
  CHECK(f.out.contracts[0].subject == "build radar masts");
  CHECK(f.out.contracts[1].supplier == dunmore);
  CHECK(f.out.contracts[1].value == twelve);
  CHECK(f.out.contracts[1].subject == "install the masts");
  CHECK(f.out.contracts[0].claim == f.out.contracts[1].claim);
  // a clause with no award of its own leaves the sentence one award
  CHECK(f.out.contracts[2].supplier == kelso);
  CHECK(f.out.contracts[2].value == three);
}
