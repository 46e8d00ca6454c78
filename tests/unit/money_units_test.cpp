// money stage: units that are also everyday words ("grand", "dime", "buck"), amounts counted by
// an article ("a dollar"), number words opened by "a" ("a hundred bucks") and single-letter
// magnitudes before a currency name ("10m euros"), magnitudes misspelled in wire copy ("bilion").
#include "test_support.hpp"

using namespace newsclaim;

namespace {

// The money items of a sentence as (text, value) pairs.
std::vector<std::pair<std::string, double>> amounts(std::string_view text) {
  const Analysis a = test::analyze(text);
  std::vector<std::pair<std::string, double>> out;
  for (const Money& m : a.extraction.money) out.emplace_back(test::text_of(a, m.span), m.value.value_or(-1));
  return out;
}

using Amounts = std::vector<std::pair<std::string, double>>;

}  // namespace

TEST_CASE("an article counts one unit of money when no noun follows the unit") {
  CHECK(amounts("The vendor charged a dollar for each cup.") == Amounts{{"a dollar", 1}});
  CHECK(amounts("Rides cost a buck an hour at the fair.") == Amounts{{"a buck", 1}});
  CHECK(amounts("He would not give a dime.") == Amounts{{"a dime", 0.1}});
  CHECK(amounts("The stock fell a cent a share.") == Amounts{{"a cent", 0.01}});
  CHECK(amounts("Repairs set her back a grand, she said.") == Amounts{{"a grand", 1000}});
}

TEST_CASE("an article before a unit used as a noun modifier is no amount") {
  CHECK(amounts("Traders feared a dollar slump after the vote.").empty());
  CHECK(amounts("A grand jury heard the case on Monday.").empty());
  CHECK(amounts("The town hopes a nickel smelter will reopen.").empty());
  CHECK(amounts("Exporters now face a dollar that buys fewer yen.").empty());
  CHECK(amounts("She wants a dollar figure on the damage.").empty());
}

TEST_CASE("grand after a number is a thousand, in lower case and at the end of its phrase") {
  CHECK(amounts("He lost 20 grand at the casino.") == Amounts{{"20 grand", 20000}});
  CHECK(amounts("The bike went for five grand.") == Amounts{{"five grand", 5000}});
  CHECK(amounts("She has won two grand slam titles.").empty());
  CHECK(amounts("The Formula One Grand Prix starts today.").empty());
}

TEST_CASE("counted coins") {
  CHECK(amounts("The boy found six dimes under the couch.") == Amounts{{"six dimes", 0.6}});
  CHECK(amounts("Add three nickels to the jar.") == Amounts{{"three nickels", 0.15}});
  CHECK(amounts("The region has four nickel mines.").empty());
}

TEST_CASE("counted dimes and nickels are US coins unless the story names another dollar") {
  for (const char* text : {"The boy found six dimes under the couch.", "Add three nickels to the jar."}) {
    const Analysis a = test::analyze(text);
    REQUIRE(a.extraction.money.size() == 1);
    CHECK(a.extraction.money[0].currency == "USD");
    CHECK(a.extraction.money[0].basis == CurrencyBasis::Default);
  }
  const Analysis a = test::analyze("In Toronto, a Canadian boy found six dimes under the couch.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(a.extraction.money[0].currency == "CAD");
  // cents are no coin's name: a bare "50 cents" stays undecided
  const Analysis cents = test::analyze("The stamp costs 50 cents.");
  REQUIRE(cents.extraction.money.size() == 1);
  CHECK(cents.extraction.money[0].basis == CurrencyBasis::Unknown);
}

TEST_CASE("an article opens a hundred or a dozen, and a bound before it still counts") {
  const Analysis a = test::analyze("Tickets cost about a hundred dollars each.");
  REQUIRE(a.extraction.money.size() == 1);
  const Money& m = a.extraction.money[0];
  CHECK(test::text_of(a, m.span) == "a hundred dollars");
  CHECK(*m.value == 100);
  CHECK(m.approx == Approx::About);
  CHECK(amounts("The repair ran to a hundred and twenty bucks.") == Amounts{{"a hundred and twenty bucks", 120}});
}

TEST_CASE("a single-letter magnitude before a currency name scales the number") {
  const Analysis a = test::analyze("The club spent 45m euros on two players.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(test::text_of(a, a.extraction.money[0].span) == "45m euros");
  CHECK(*a.extraction.money[0].value == 45e6);
  CHECK(a.extraction.money[0].currency == "EUR");
  CHECK(amounts("Fans raised 3k dollars for the shelter.") == Amounts{{"3k dollars", 3000}});
  // Without a currency the letter stays a unit: no money.
  CHECK(amounts("The wall is 10m high.").empty());
}

TEST_CASE("the names of precious metals are no currencies, their codes are") {
  CHECK(amounts("The relay team took two gold and one silver.").empty());
  CHECK(amounts("He ran the 100m gold race in Rome.").empty());
  CHECK(amounts("The fund holds 400 XAU in bars.") == Amounts{{"400 XAU", 400}});
}

TEST_CASE("won is money only after a magnitude") {
  const Analysis a = test::analyze("The chipmaker booked 7.4 trillion won in profit.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(a.extraction.money[0].currency == "KRW");
  CHECK(*a.extraction.money[0].value == 7.4e12);
  CHECK(amounts("Of the 40 riders, 12 won a stage.").empty());
}

TEST_CASE("rupiah and shekel symbols used in their countries' news") {
  const Analysis a = test::analyze("The budget adds Rp 12 trillion, and NIS 300 million goes to roads.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(a.extraction.money[0].currency == "IDR");
  CHECK(a.extraction.money[1].currency == "ILS");
}

TEST_CASE("a magnitude misspelled in wire copy still scales the number") {
  CHECK(amounts("Exports reached 3.9 bilion dlrs last year.") == Amounts{{"3.9 bilion dlrs", 3.9e9}});
  CHECK(amounts("Turnover rose to 2.75 billon guilders.") == Amounts{{"2.75 billon guilders", 2.75e9}});
  CHECK(amounts("Sales were 142.6 mlnm dlrs in the quarter.") == Amounts{{"142.6 mlnm dlrs", 142.6e6}});
  // A results table's bare figure takes the magnitude too.
  CHECK(amounts("Net 12.1 mln dlrs vs 9.8 mlln") == Amounts{{"12.1 mln dlrs", 12.1e6}, {"9.8 mlln", 9.8e6}});
}

TEST_CASE("a named dollar's cents are that dollar's sub-unit, written out or abbreviated") {
  const Analysis a = test::analyze(
      "It paid 12 Canadian cts a share, 7 Australian cents, 1 New Zealand cent, 21.6 H.K. Cents and 5 U.S. "
      "ct.");
  std::vector<std::tuple<std::string, double, std::string>> got;
  for (const Money& m : a.extraction.money)
    got.emplace_back(test::text_of(a, m.span), m.value.value_or(-1), m.currency);
  const std::vector<std::tuple<std::string, double, std::string>> want = {{"12 Canadian cts", 0.12, "CAD"},
                                                                          {"7 Australian cents", 0.07, "AUD"},
                                                                          {"1 New Zealand cent", 0.01, "NZD"},
                                                                          {"21.6 H.K. Cents", 0.216, "HKD"},
                                                                          {"5 U.S. ct", 0.05, "USD"}};
  CHECK(got == want);
  for (const Money& m : a.extraction.money) CHECK(m.basis == CurrencyBasis::Explicit);
}

TEST_CASE(
    "pfennigs, kopecks and paise are sub-units; a level in hundredths after a pfennig move is in marks") {
  CHECK(amounts("The dollar lost two pfennigs in New York.") == Amounts{{"two pfennigs", 0.02}});
  CHECK(amounts("Bread rose by 20 kopecks.") == Amounts{{"20 kopecks", 0.2}});
  CHECK(amounts("The rebate is 50 paise per kilo.") == Amounts{{"50 paise", 0.5}});
  // A bond's price after a move in pfennigs is no amount in pfennigs; a share price after pence is.
  CHECK(amounts("The loan stock fell 10 pfennigs to 103.20.") == Amounts{{"10 pfennigs", 0.1}});
  CHECK(amounts("Bass dipped 13p to 879.") == Amounts{{"13p", 0.13}, {"879", 8.79}});
}

TEST_CASE("pounds of a thing are a weight; pounds of money, spending or debt are money") {
  CHECK(amounts("The agency bought 2.3 mln pounds of peanut products for 2.1 mln dlrs.") ==
        Amounts{{"2.1 mln dlrs", 2.1e6}});
  CHECK(amounts("The mine produced 777,000 pounds of lead.").empty());
  CHECK(amounts("The plan adds five billion pounds of public spending.") ==
        Amounts{{"five billion pounds", 5e9}});
  CHECK(amounts("It wrote off two mln pounds of bad debt.") == Amounts{{"two mln pounds", 2e6}});
  CHECK(amounts("He paid 20 pounds for the ticket.") == Amounts{{"20 pounds", 20}});
}
