// Contracts stage: parties a company reports for itself and its units ("X said its energy
// subsidiary signed", "said its wholly-owned Y unit has won"), a name in parentheses, the
// follow-up sentence that calls the supplier "the company", the buyer of a deal signed "with"
// it to supply, and a supplier named as "a unit of" a company. Entities and amounts are placed
// by hand (claims_fixture.hpp); sentences are written for these tests.
#include "claims_fixture.hpp"
#include "test_support.hpp"

using namespace newsclaim;
using newsclaim::test::StageFixture;

TEST_CASE("a company reporting an award won or signed by its unnamed unit is the supplier") {
  StageFixture f(
      "Halvorsen Industries Inc said its energy subsidiary signed a 90 mln dlr contract to design two "
      "boilers.\n\n"
      "Kestrel Corp said its defense systems division based here, has been awarded production contracts "
      "totaling 46.9 mln dlrs.\n\n"
      "Tarvik Werke AG said its wholly-owned Ostrava Kessel GmbH subsidiary has won a 78 mln mark order to "
      "build a power station block.\n");
  const size_t halvorsen = f.entity("Halvorsen Industries Inc", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Corp", EntityType::Org);
  f.entity("Tarvik Werke AG", EntityType::Org);
  const size_t ostrava = f.entity("Ostrava Kessel GmbH", EntityType::Org);
  f.money("90 mln dlr", 90e6);
  f.money("46.9 mln dlrs", 46.9e6);
  f.money("78 mln mark", 78e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == halvorsen);
  CHECK(f.out.contracts[1].supplier == kestrel);
  CHECK(f.out.contracts[2].supplier == ostrava);  // a named unit is the supplier itself
}

TEST_CASE("a name in parentheses keeps its role") {
  StageFixture f(
      "(Orlen Terminal Inc) said it signed an agreement to manufacture ballot scanners for Brenmoor Corp.\n");
  const size_t orlen = f.entity("Orlen Terminal Inc", EntityType::Org);
  const size_t brenmoor = f.entity("Brenmoor Corp", EntityType::Org);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == orlen);
  CHECK(f.out.contracts[0].buyer == brenmoor);
}

TEST_CASE("'the company' of a follow-up sentence is the supplier already named") {
  StageFixture f(
      "Velmar Avionics Corp said it won a 4.2 mln dlr contract from the Navy to repair radar sets.\n\n"
      "The company also said it won an additional contract worth 500,000 dlrs.\n\n"
      "It said the company was being awarded a 1.9 mln dlr contract for spare parts.\n");
  const size_t velmar = f.entity("Velmar Avionics Corp", EntityType::Org);
  const size_t navy = f.entity("Navy", EntityType::Org);
  f.money("4.2 mln dlr", 4.2e6);
  f.money("500,000 dlrs", 5e5);
  f.money("1.9 mln dlr", 1.9e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == navy);
  CHECK(f.out.contracts[1].supplier == velmar);
  CHECK(f.out.contracts[2].supplier == velmar);
}

TEST_CASE("without an earlier award, 'the company' is the company the story names most") {
  StageFixture f(
      "Corlett Marine Inc posted higher profits. Corlett Marine shares rose on the Halden Stock Exchange.\n\n"
      "The company said it has received a 12 mln dlr order to build two ferries.\n");
  const size_t corlett = f.entity("Corlett Marine", EntityType::Org);
  f.entity("Halden Stock Exchange", EntityType::Org);
  f.money("12 mln dlr", 12e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].supplier == corlett);
}

TEST_CASE("the department that awards 'the company' a contract is the buyer") {
  StageFixture f(
      "Brenna Aerospace Co is being awarded a 53 mln dlr contract, the Defense Department said.\n\n"
      "The department also said it awarded the company a 3.2 mln dlr contract for work on two "
      "aircraft.\n");
  const size_t brenna = f.entity("Brenna Aerospace Co", EntityType::Org);
  const size_t department = f.entity("Defense Department", EntityType::Org);
  f.money("53 mln dlr", 53e6);
  f.money("3.2 mln dlr", 3.2e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[1].buyer == department);
  CHECK(f.out.contracts[1].supplier == brenna);
}

TEST_CASE("whom a deal to supply is signed with is the buyer") {
  StageFixture f(
      "Medora Health Inc said its Tarvik Mail Services Inc subsidiary signed a contract with Orlen Benefits "
      "Corp to provide mail order prescription services.\n\n"
      "A Dunmore wood products company has signed a 13 mln dlr contract with Kestrel Lumber Ltd to supply "
      "finished lumber.\n");
  f.entity("Medora Health Inc", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Mail Services Inc", EntityType::Org);
  const size_t orlen = f.entity("Orlen Benefits Corp", EntityType::Org);
  f.entity("Dunmore", EntityType::Gpe);
  const size_t kestrel = f.entity("Kestrel Lumber Ltd", EntityType::Org);
  f.money("13 mln dlr", 13e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == tarvik);
  CHECK(f.out.contracts[0].buyer == orlen);
  CHECK(f.out.contracts[1].buyer == kestrel);
}

TEST_CASE("a contract awarded to 'a unit of' a company goes to that company") {
  StageFixture f(
      "Halden Aircraft Corp said it awarded a contract valued at 28 mln dlrs to a unit of Velmar Corp to "
      "develop flight control surfaces.\n");
  const size_t halden = f.entity("Halden Aircraft Corp", EntityType::Org);
  const size_t velmar = f.entity("Velmar Corp", EntityType::Org);
  f.money("28 mln dlrs", 28e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].buyer == halden);
  CHECK(f.out.contracts[0].supplier == velmar);
}

TEST_CASE("a company speaking through its unit, or of 'one of its units', is the supplier") {
  StageFixture f(
      "Brenmoor Electronics Corp's government systems division said it also received a 35.9 mln dlr contract "
      "from the Navy.\n\n"
      "Orvell AB said one of its units had won a contract worth 8.7 mln dlrs to provide a radio network.\n\n"
      "Dunmore Services Inc said it has entered into an agreement to provide billing services to a large "
      "carrier.\n");
  const size_t brenmoor = f.entity("Brenmoor Electronics Corp", EntityType::Org);
  f.entity("Navy", EntityType::Org);
  const size_t orvell = f.entity("Orvell AB", EntityType::Org);
  const size_t dunmore = f.entity("Dunmore Services Inc", EntityType::Org);
  f.money("35.9 mln dlr", 35.9e6);
  f.money("8.7 mln dlrs", 8.7e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 3);
  CHECK(f.out.contracts[0].supplier == brenmoor);
  CHECK(f.out.contracts[1].supplier == orvell);
  CHECK(f.out.contracts[2].supplier == dunmore);
}

TEST_CASE("a company that says it awarded contracts is their buyer though it names no supplier") {
  StageFixture f(
      "Ferro Aircraft Corp said it awarded two contracts totaling 284 mln dlrs for landing gear.\n");
  const size_t ferro = f.entity("Ferro Aircraft Corp", EntityType::Org);
  f.money("284 mln dlrs", 284e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].buyer == ferro);
  CHECK_FALSE(f.out.contracts[0].supplier.has_value());
}

TEST_CASE("the buyer as the deal's armed-forces modifier, after 'from' past an amount, or reporting") {
  StageFixture f(
      "Velmar Systems Inc said it was awarded a 37.5 mln dlr Navy contract to provide engineering "
      "services.\n\n"
      "Orlen Data Inc said it won a contract valued at 2.6 mln dlrs from Brenna Stone Products to run a data "
      "center.\n\n"
      "Kestrel Building Corp has received a 31.7 mln dlr contract for family housing, the Coast Guard "
      "said.\n\n"
      "Tarvik Oil Co said a contract has been awarded to <Dunmore Engineering Inc> for a drilling "
      "platform.\n");
  const size_t velmar = f.entity("Velmar Systems Inc", EntityType::Org);
  const size_t navy = f.entity("Navy", EntityType::Org);
  f.entity("Orlen Data Inc", EntityType::Org);
  const size_t brenna = f.entity("Brenna Stone Products", EntityType::Org);
  const size_t kestrel = f.entity("Kestrel Building Corp", EntityType::Org);
  const size_t guard = f.entity("Coast Guard", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Oil Co", EntityType::Org);
  const size_t dunmore = f.entity("Dunmore Engineering Inc", EntityType::Org);
  f.money("37.5 mln dlr", 37.5e6);
  f.money("2.6 mln dlrs", 2.6e6);
  f.money("31.7 mln dlr", 31.7e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 4);
  CHECK(f.out.contracts[0].supplier == velmar);
  CHECK(f.out.contracts[0].buyer == navy);
  CHECK(f.out.contracts[1].buyer == brenna);
  CHECK(f.out.contracts[2].supplier == kestrel);
  CHECK(f.out.contracts[2].buyer == guard);
  CHECK(f.out.contracts[3].buyer == tarvik);
  CHECK(f.out.contracts[3].supplier == dunmore);
}

TEST_CASE("a company before the deal word is no buyer, nor is a person reporting a contract won") {
  StageFixture f(
      "Halden Air said it placed a 100 mln dlr Velmar order.\n\n"
      "Orvell Corp won a 12 mln dlr contract to build a bridge, Dana Whitfield said.\n");
  const size_t halden = f.entity("Halden Air", EntityType::Org);
  const size_t velmar = f.entity("Velmar", EntityType::Org);
  const size_t orvell = f.entity("Orvell Corp", EntityType::Org);
  f.entity("Dana Whitfield", EntityType::Person);
  f.money("100 mln dlr", 100e6);
  f.money("12 mln dlr", 12e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  // who placed the order buys; the company named before "order" does not
  CHECK(f.out.contracts[0].buyer == halden);
  CHECK(f.out.contracts[0].buyer != velmar);
  CHECK_FALSE(f.out.contracts[1].buyer.has_value());
  CHECK(f.out.contracts[1].supplier == orvell);
}

TEST_CASE("a party introduced by a possessive is the party, not its owner") {
  StageFixture f(
      "Orlen Rail Ltd has won an order for 54 railway cars worth 69.6 mln dlrs from Valdoria's Harbour "
      "Transit "
      "Commission.\n\n"
      "Brenna Disc Corp said it received 1.5 mln dlrs in orders for hard discs from Tarvik Corp's <TRVK> "
      "Tarvik Singapore Ltd affiliate.\n");
  const size_t orlen = f.entity("Orlen Rail Ltd", EntityType::Org);
  f.entity("Valdoria", EntityType::Gpe);
  const size_t commission = f.entity("Harbour Transit Commission", EntityType::Org);
  f.entity("Brenna Disc Corp", EntityType::Org);
  const size_t tarvik = f.entity("Tarvik Corp", EntityType::Org);
  f.entity("TRVK", EntityType::Org);
  f.entity("Tarvik Singapore Ltd", EntityType::Org);
  f.money("69.6 mln dlrs", 69.6e6);
  f.money("1.5 mln dlrs", 1.5e6);
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 2);
  CHECK(f.out.contracts[0].supplier == orlen);
  CHECK(f.out.contracts[0].buyer == commission);
  CHECK(f.out.contracts[1].buyer == tarvik);  // the name ends at its ticker, which is no party
}

TEST_CASE("a subject that closes a quotation loses the quotation mark") {
  StageFixture f("\"The king will name the firm with which the kingdom will sign a deal to buy them.\"\n");
  f.run_contracts();
  REQUIRE(f.out.contracts.size() == 1);
  CHECK(f.out.contracts[0].subject == "buy them");
}
