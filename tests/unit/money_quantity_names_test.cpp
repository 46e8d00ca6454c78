// money stage, quantities: a counted noun in Title Case that a name or a table row goes on
// after ("four Boeing Jets Corp planes", "218 End Stocks   195") is no count.
#include "test_support.hpp"

using namespace newsclaim;

TEST_CASE("a capitalized noun that a name goes on after is part of the name") {
  const auto a = test::analyze(
      "The airline will buy three McDonnell Douglas MD-80 jets. It holds 2,150,000 Acme Widgets Corp "
      "shares, and the top seed is 7 Anna Simons (Chile).");
  for (const Quantity& q : a.extraction.quantities) CHECK(q.unit != "Dougla");
  for (const Quantity& q : a.extraction.quantities) CHECK(q.unit != "Widget");
  for (const Quantity& q : a.extraction.quantities) CHECK(q.unit != "Simon");
  CHECK(a.extraction.quantities.empty());
}

TEST_CASE("a table's next row label after a figure is no counted noun") {
  const auto a = test::analyze("Imports     1.20    1.10      0.95    0.92 End Stocks   4.10    3.80\n");
  CHECK(a.extraction.quantities.empty());
}

TEST_CASE("capitalized counted nouns still count where the name ends") {
  const auto a = test::analyze(
      "The film won five Oscars, and 120 Britons were flown home. About 30,000 PCs a day are hit. Some 83 "
      "MPs Back Plan.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 4);
  CHECK(q[0].unit == "Oscar");
  CHECK(q[1].unit == "Briton");
  CHECK(q[2].unit == "PC");
  CHECK(q[3].unit == "MP");
}
