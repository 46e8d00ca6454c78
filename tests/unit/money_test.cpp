// money stage: amounts, currencies and their basis, ranges, bounds, rates, quantities, percentages.
#include <optional>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

// The single money item of a sentence (fails the test when there is not exactly one).
Money only_money(const Analysis& a) {
  REQUIRE(a.extraction.money.size() == 1);
  return a.extraction.money[0];
}

Money money_of(std::string_view text) { return only_money(test::analyze(text)); }

}  // namespace

TEST_CASE("dollar amounts with magnitudes, however written") {
  CHECK(*money_of("The deal is worth $6.8 million.").value == 6.8e6);
  CHECK(*money_of("It won a $55-million scanner contract.").value == 55e6);
  CHECK(*money_of("Revenue reached $1.2bn last year.").value == 1.2e9);
  CHECK(*money_of("The club paid $300m for the site.").value == 300e6);
  CHECK(*money_of("She raised $5k online.").value == 5e3);
  CHECK(*money_of("Congress approved $2 trillion in aid.").value == 2e12);
  CHECK(*money_of("The town owes 1,250,000 dollars.").value == 1250000);
}

TEST_CASE("a scaled amount is the decimal the text wrote, exactly as a literal of it") {
  // 16.1 * 1e6 is 16100000.000000002 in binary; the amount is 16.1e6 (16100000).
  CHECK(*money_of("The film took $16.1m on its opening weekend.").value == 16.1e6);
  CHECK(*money_of("Sales reached $261.9 million in the year.").value == 261.9e6);
  CHECK(*money_of("The stamp costs 62.85 cents now.").value == 0.6285);
  const Money range = money_of("It will cost between $4.1m and $8.3m to build.");
  CHECK(*range.min == 4.1e6);
  CHECK(*range.max == 8.3e6);
}

TEST_CASE("the text of an amount covers the currency and the number") {
  const auto a = test::analyze("They spent US$ 40 billion on tankers.");
  const Money m = only_money(a);
  CHECK(test::text_of(a, m.span) == "US$ 40 billion");
  CHECK(m.currency == "USD");
  CHECK(m.basis == CurrencyBasis::Explicit);
}

TEST_CASE("currency symbols and codes decide the currency explicitly") {
  CHECK(money_of("A ticket costs C$25.").currency == "CAD");
  CHECK(money_of("Shares sold for A$3.10 each.").currency == "AUD");
  CHECK(money_of("The flat was listed at HK$8 million.").currency == "HKD");
  CHECK(money_of("The fine was €500.").currency == "EUR");
  CHECK(money_of("The fine was £500.").currency == "GBP");
  CHECK(money_of("The bill came to EUR 125.").currency == "EUR");
  CHECK(money_of("Fees rose to 115USD per month.").currency == "USD");
  CHECK(money_of("The phone sells for Rs. 9,999 in Delhi.").currency == "INR");
  CHECK(money_of("Exports rose to 500 mln yen.").currency == "JPY");
}

TEST_CASE("currency names in words") {
  CHECK(money_of("He was fined 10,000 Swiss francs.").currency == "CHF");
  CHECK(money_of("The aid totals 40 million Canadian dollars.").currency == "CAD");
  CHECK(money_of("She paid 300 pounds sterling for it.").currency == "GBP");
  CHECK(money_of("Output was worth 100 billion yuan.").currency == "CNY");
  const Money words = money_of("The grant was twelve million euros.");
  CHECK(*words.value == 12e6);
  CHECK(words.currency == "EUR");
}

TEST_CASE("Indian lakh and crore") {
  CHECK(*money_of("The loan was 35 lakh rupees.").value == 3.5e6);
  CHECK(*money_of("The project costs Rs 4 crore.").value == 4e7);
}

TEST_CASE("wire-service forms") {
  const Money dlrs = money_of("Net income rose to 15 mln dlrs.");
  CHECK(*dlrs.value == 15e6);
  const Money cents = money_of("Profit was 22 cts a share.");
  CHECK(*cents.value == doctest::Approx(0.22));
  CHECK(cents.per == "share");
  CHECK(money_of("The bid was 300 mln stg.").currency == "GBP");
  const Money punts = money_of("Ireland's debt reached 24.3 billion punts.");
  CHECK(*punts.value == 24.3e9);
  CHECK(punts.currency == "IEP");
  // a country's adjective before the wires' forms
  CHECK(money_of("Statoil paid 600 mln Danish crowns.").currency == "DKK");
  CHECK(money_of("SAS PAID 1.5 BILLION NORWEGIAN CROWNS.").currency == "NOK");
  CHECK(money_of("The bank lent 300 mln Luxembourg francs.").currency == "LUF");
  CHECK(money_of("It sold 300 mln H.K. dlrs of notes.").currency == "HKD");
  CHECK(money_of("It issued a 100 mln ECU eurobond.").currency == "XEU");
  const Money cfa = money_of("Bread costs 50 CFA francs.");
  CHECK(*cfa.value == 50);
  CHECK(cfa.currency.empty());  // two currencies share the name
  const auto table = test::analyze("Shr 22 cts vs 20 cts");
  REQUIRE(table.extraction.money.size() == 2);
  CHECK(*table.extraction.money[1].value == doctest::Approx(0.20));
  CHECK(table.extraction.money[1].per == "share");
}

TEST_CASE("half a billion dollars and other word amounts") {
  CHECK(*money_of("They asked for half a billion dollars.").value == 5e8);
  CHECK(*money_of("It cost a quarter million US dollars.").value == 2.5e5);
  CHECK(*money_of("It cost thirteen dollars forty-five cents.").value == doctest::Approx(13.45));
}

TEST_CASE("ranges give min and max and no point value") {
  const Money between = money_of("It will cost between $5 million and $10 million.");
  CHECK_FALSE(between.value);
  CHECK(*between.min == 5e6);
  CHECK(*between.max == 10e6);
  const Money dash = money_of("Estimates run at $5-10 million.");
  CHECK(*dash.min == 5e6);
  CHECK(*dash.max == 10e6);
  const Money to = money_of("Repairs could cost $5 to $7 billion.");
  CHECK(*to.min == 5e9);
  CHECK(*to.max == 7e9);
}

TEST_CASE("a change from one amount to another is not a range") {
  const auto a = test::analyze("Sales rose from $5 million to $7 million.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(*a.extraction.money[0].value == 5e6);
}

TEST_CASE("bounds and approximations") {
  CHECK(money_of("It has an estimated value of $6.8 million.").approx == Approx::Estimated);
  CHECK(money_of("It costs about $90 million.").approx == Approx::About);
  CHECK(money_of("They spent more than $3 billion.").approx == Approx::MoreThan);
  CHECK(money_of("It sold for less than $10.").approx == Approx::LessThan);
  CHECK(money_of("Fines of up to $500 apply.").approx == Approx::UpTo);
  CHECK(money_of("It will cost at least $2 million.").approx == Approx::AtLeast);
  CHECK(money_of("Nearly $4 million was lost.").approx == Approx::About);
  CHECK(money_of("The firm paid $4 million.").approx == Approx::None);
}

TEST_CASE("rates") {
  CHECK(money_of("The contract pays $40 million a year.").per == "year");
  CHECK(money_of("Workers earn $15 an hour.").per == "hour");
  CHECK(money_of("Rent is $2,000 per month.").per == "month");
  CHECK(money_of("The levy raises $5 million annually.").per == "year");
  CHECK(money_of("Sales were $1.2 billion a year earlier.").per.empty());
}

TEST_CASE("a bare dollar takes a Canadian document's dollar from context") {
  const auto a =
      test::analyze("OTTAWA - Canada will buy scanners for $6.8 million, Canadian officials said.");
  const Money m = only_money(a);
  CHECK(m.currency == "CAD");
  CHECK(m.basis == CurrencyBasis::Context);
}

TEST_CASE("\"US\" without dots is a cue for the US dollar, as \"U.S.\" is") {
  const auto a = test::analyze(
      "The US carmaker earned $5m in the quarter, its US sales rising. It also builds cars in Sydney.");
  CHECK(only_money(a).currency == "USD");
  CHECK(money_of("Sales at the US box office may reach $9.4 billion, a US record.").currency == "USD");
  // The pronoun is no cue: it is never capitalized inside a sentence.
  CHECK(money_of("Tell us about the $4 million patent.").currency.empty());
}

TEST_CASE("an explicit foreign dollar elsewhere decides a bare dollar") {
  const auto a = test::analyze("The bid was C$12 million. A rival offered $10 million.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(a.extraction.money[1].currency == "CAD");
  CHECK(a.extraction.money[1].basis == CurrencyBasis::Context);
}

TEST_CASE("a bare dollar with nothing to decide it stays unknown") {
  const Money m = money_of("The firm paid $4 million for the patent.");
  CHECK(m.currency.empty());
  CHECK(m.basis == CurrencyBasis::Unknown);
}

TEST_CASE("not money: years, codes, phone numbers, times") {
  const auto a = test::analyze("COVID-19 hit the G7 in 1997. Call 555-1234 24/7 or at 10:30.");
  CHECK(a.extraction.money.empty());
  CHECK(a.extraction.quantities.empty());
  CHECK(a.extraction.percentages.empty());
}

TEST_CASE("quantities with their singular unit") {
  const auto a = test::analyze(
      "Scanners went to 170 Canadian embassies. It signed five contracts. Police said 8 soldiers died "
      "30 km from the border, and millions of Europeans were affected.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 5);
  CHECK(q[0].value == 170);
  CHECK(q[0].unit == "embassy");
  CHECK(q[1].unit == "contract");
  CHECK(q[1].value == 5);
  CHECK(q[2].unit == "soldier");
  CHECK(q[3].unit == "km");
  CHECK(q[4].value == 1e6);
  CHECK(q[4].unit == "European");
}

TEST_CASE(
    "a title-case number word before a capitalized noun is a name; 'hundreds of millions' counts nothing") {
  const auto a = test::analyze(
      "Wales lost two games in the Six Nations near Three Rivers Park. Seven Spanish banks and five million "
      "Germans lent hundreds of millions of euros. FOUR PLANTS CLOSE.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 4);
  CHECK(test::text_of(a, q[0].span) == "two games");
  CHECK(test::text_of(a, q[1].span) == "Seven Spanish banks");
  CHECK(q[2].unit == "German");
  CHECK(q[2].value == 5e6);
  CHECK(test::text_of(a, q[3].span) == "FOUR PLANTS");
}

TEST_CASE("a unit joined to its number by a hyphen, as a modifier") {
  const auto a = test::analyze(
      "The council sold a 45-acre plot beside the six-mile bypass and a 3-inch-thick steel plate for the "
      "1,200-tonne barge. Its 5-MW2 turbine and 2-for-1 offer are no measures.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 4);
  CHECK(test::text_of(a, q[0].span) == "45-acre");
  CHECK(q[0].value == 45);
  CHECK(q[0].unit == "acre");
  CHECK(q[1].value == 6);
  CHECK(q[1].unit == "mile");
  CHECK(test::text_of(a, q[2].span) == "3-inch");
  CHECK(q[3].value == 1200);
  CHECK(q[3].unit == "tonne");
}

TEST_CASE("units of more than one word, squared units and temperatures") {
  const auto a = test::analyze(
      "The 1,400 sq km reserve and a 52,000 square foot depot hold 3.5 mln cubic metres of gas; the "
      "190 km2 lake lies 12 miles per hour away at 90 km/h. It was 40C at noon, minus 20C at night, "
      "98.6\u00b0F indoors and minus 7 degrees Celsius on the pass. The Comet 4C jet and Statement No. 4F "
      "stay "
      "apart.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 10);
  CHECK(test::text_of(a, q[0].span) == "1,400 sq km");
  CHECK(q[0].unit == "sq km");
  CHECK(test::text_of(a, q[1].span) == "52,000 square foot");
  CHECK(q[1].unit == "square foot");
  CHECK(q[2].unit == "cubic metre");
  CHECK(q[2].value == 3.5e6);
  CHECK(test::text_of(a, q[3].span) == "190 km2");
  CHECK(q[3].unit == "sq km");
  CHECK(test::text_of(a, q[4].span) == "12 miles per hour");
  CHECK(q[4].unit == "mph");
  CHECK(test::text_of(a, q[5].span) == "90 km/h");
  CHECK(q[5].unit == "km/h");
  CHECK(test::text_of(a, q[6].span) == "40C");
  CHECK(q[6].unit == "degree Celsius");
  CHECK(q[6].value == 40);
  CHECK(test::text_of(a, q[7].span) == "minus 20C");
  CHECK(q[7].value == -20);
  CHECK(q[8].unit == "degree Fahrenheit");
  CHECK(q[8].value == 98.6);
  CHECK(test::text_of(a, q[9].span) == "minus 7 degrees Celsius");
  CHECK(q[9].value == -7);
}

TEST_CASE("singulars of nouns whose plural adds -es, and of -che nouns the spelling cannot tell") {
  const auto a = test::analyze(
      "The bank sold three tranches, opened 12 branches, gave out 4 prizes, shipped 20 boxes and ran 2 "
      "quizzes.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 5);
  CHECK(q[0].unit == "tranche");
  CHECK(q[1].unit == "branch");
  CHECK(q[2].unit == "prize");
  CHECK(q[3].unit == "box");
  CHECK(q[4].unit == "quiz");
}

TEST_CASE("the counted noun is the last plural before a verb") {
  const auto a =
      test::analyze("It won four border security and customs warehouse contracts valued at $6.5 million.");
  REQUIRE(a.extraction.quantities.size() == 1);
  CHECK(a.extraction.quantities[0].value == 4);
  CHECK(a.extraction.quantities[0].unit == "contract");
}

TEST_CASE("a preposition ends the counted noun phrase") {
  const auto a = test::analyze(
      "The studio filed 60 lawsuits against owners of the sites and sold 900,000 common shares through "
      "underwriters, 14 points behind rivals.");
  REQUIRE(a.extraction.quantities.size() == 3);
  CHECK(a.extraction.quantities[0].unit == "lawsuit");
  CHECK(a.extraction.quantities[1].unit == "share");
  CHECK(a.extraction.quantities[2].unit == "point");
  CHECK(test::text_of(a, a.extraction.quantities[1].span) == "900,000 common shares");
}

TEST_CASE("percentages and percentage points") {
  const auto a = test::analyze(
      "Sales rose 12% and costs 12 per cent; margins fell twelve percent, or 2 percentage points, and 9 "
      "pct.");
  const auto& p = a.extraction.percentages;
  REQUIRE(p.size() == 5);
  CHECK(p[0].value == 12);
  CHECK(p[1].value == 12);
  CHECK(p[2].value == 12);
  CHECK_FALSE(p[2].points);
  CHECK(p[3].value == 2);
  CHECK(p[3].points);
  CHECK(test::text_of(a, p[3].span) == "2 percentage points");
  CHECK(p[4].value == 9);
}

TEST_CASE("values are exact decimals, not binary approximations") {
  CHECK(*money_of("Profit was 57 cts.").value == 0.57);
  const auto a = test::analyze("It sold 8.2 mln units.");
  REQUIRE(a.extraction.quantities.size() == 1);
  CHECK(a.extraction.quantities[0].value == 8200000);
}

TEST_CASE("a currency glued to its rate by a slash") {
  const Money m = money_of("Light crude is posted at 17.35 dlrs/bbl.");
  CHECK(*m.value == 17.35);
  CHECK(m.per == "barrel");
}

TEST_CASE("a verb or a second noun after 'and' ends the counted noun phrase") {
  const auto a = test::analyze("One analyst said objections grew. It gained 40 points and money rates fell.");
  REQUIRE(a.extraction.quantities.size() == 1);
  CHECK(a.extraction.quantities[0].unit == "point");
}

TEST_CASE("bare figures in a results table are amounts, share counts are not") {
  const auto a = test::analyze(
      "Acme Corp said quarterly net rose 12 pct.\n\nNet 4,125,000 vs 3,760,000\nRevs 51.2 mln vs 48.9 "
      "mln\nAvg shrs 7.1 mln vs 7.0 mln\n");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 4);
  CHECK(*m[0].value == 4125000);
  CHECK(*m[3].value == 48900000);
  CHECK(m[3].basis == CurrencyBasis::Unknown);
  REQUIRE(a.extraction.percentages.size() == 1);
}

TEST_CASE("a converted amount in parentheses is no evidence for the bare dollar before it") {
  const auto a = test::analyze("The firm paid $5.6 million (C$7.5 million) for the mine.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(a.extraction.money[0].currency.empty());
  CHECK(a.extraction.money[0].basis == CurrencyBasis::Unknown);
  CHECK(a.extraction.money[1].currency == "CAD");
}

TEST_CASE("--currency-default decides a bare dollar nothing else decides") {
  EngineOptions options;
  options.currency_default = "USD";
  auto engine = Engine::create(options);
  REQUIRE(engine.ok());
  const auto a = test::analyze("The firm paid $4 million for the patent.", "", engine.value().get());
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(a.extraction.money[0].currency == "USD");
  CHECK(a.extraction.money[0].basis == CurrencyBasis::Default);
}

TEST_CASE("a hyphenated magnitude carries over to the low end of a range") {
  const Money m = money_of("Bids ranged from a low of $5 to $7-million.");
  CHECK(*m.min == 5e6);
  CHECK(*m.max == 7e6);
}

TEST_CASE("bare francs and pesos take their family's currency from the document") {
  const auto swiss = test::analyze("GENEVA, May 3 - A Swiss court fined the bank 95 francs per client.");
  REQUIRE(swiss.extraction.money.size() == 1);
  CHECK(swiss.extraction.money[0].currency == "CHF");
  CHECK(swiss.extraction.money[0].basis == CurrencyBasis::Context);
  const auto mexico = test::analyze("Mexico raised the minimum wage in Mexico City to 250 pesos a day.");
  REQUIRE(mexico.extraction.money.size() == 1);
  CHECK(mexico.extraction.money[0].currency == "MXN");
  const auto none = test::analyze("The ticket cost 95 francs.");
  REQUIRE(none.extraction.money.size() == 1);
  CHECK(none.extraction.money[0].currency.empty());
}

TEST_CASE("a results table row keeps the currency written in it, after a dateline too") {
  const auto a = test::analyze("BASEL, May 2 - Net profit 410 mln Swiss francs vs 388 mln\n");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 2);
  CHECK(*m[1].value == 388e6);
  CHECK(m[1].currency == "CHF");
  CHECK(m[0].basis == CurrencyBasis::Explicit);
  CHECK(m[1].basis == CurrencyBasis::Context);  // the row decided it
}

TEST_CASE("a results table's later rows keep the currency an earlier row wrote") {
  const auto a = test::analyze(
      "JOHANNESBURG, May 2 - Gold Fields of South Africa reported:\nWorking profit 487.5 mln rand vs 559.6 "
      "mln\nTax 274.3 mln vs 302.2 mln\n"
      "Net 264.3 mln vs 301.0 mln\n");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 6);
  for (const Money& x : m) CHECK(x.currency == "ZAR");
  CHECK(m[5].basis == CurrencyBasis::Context);
}

TEST_CASE("a results table's pence say its later rows' unit, unless a row writes one") {
  const auto a =
      test::analyze("LONDON, March 24 - Shr 34.5p vs 24.5p\nPretax profit 178.1 mln vs 110.1 mln\n");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 4);
  CHECK(m[2].currency == "GBP");
  CHECK(m[2].basis == CurrencyBasis::Context);
  CHECK(*m[2].value == 178.1e6);
  // US cents name no currency: the dollar rules decide those tables
  const auto b =
      test::analyze("Shr 34 cts vs 24 cts\nNet 1.2 mln vs 1.1 mln\nRevs 8.4 mln rand vs 7.9 mln\n");
  REQUIRE(b.extraction.money.size() == 6);
  CHECK(b.extraction.money[2].currency != "GBP");
}

TEST_CASE("table labels with a qualifier, pretax rows, and a compared amount outside a label") {
  const auto a = test::analyze(
      "OSAKA, May 2 - Half year to March 31\n\nGroup shr 41.20 yen vs 38.75\n\nPre-tax 12.40 billion vs "
      "11.90 "
      "billion\n\nWorld group sales 240.5 billion vs 228.1 billion\n");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 6);
  for (const Money& x : m) CHECK(x.currency == "JPY");  // the first row's yen
  CHECK(m[0].basis == CurrencyBasis::Explicit);
  CHECK(m[5].basis == CurrencyBasis::Context);
  // "Bonus 1.20 marks vs 1.10" is no labelled row, but says what the table's bare rows are in
  const auto b = test::analyze("ESSEN, May 2 - Bonus 1.20 marks vs 1.10\n\nNet 54.6 mln vs 43.8 mln\n");
  REQUIRE(b.extraction.money.size() == 3);
  CHECK(b.extraction.money[2].currency == "DEM");
}

TEST_CASE("a results row's bare figures take the form it wrote last, cents too, and dividends are rows") {
  const auto a = test::analyze(
      "PERTH, May 2 - Shr 48.4 cents vs 40.6\n\nFinal div 30 cents vs 10, making 40 vs 12\n\n"
      "Shr profit six cents vs loss 10\n\nNet 5,590,000 vs 3,721,000\n");
  std::vector<std::pair<std::string, double>> got;
  for (const Money& m : a.extraction.money) got.emplace_back(test::text_of(a, m.span), m.value.value_or(-1));
  const std::vector<std::pair<std::string, double>> want = {
      {"48.4 cents", 0.484}, {"40.6", 0.406}, {"30 cents", 0.3},
      {"10", 0.1},           {"40", 0.4},     {"12", 0.12},
      {"six cents", 0.06},   {"10", 0.1},     {"5,590,000", 5590000},
      {"3,721,000", 3721000}};
  CHECK(got == want);
  for (const Money& m : a.extraction.money) CHECK(m.currency == "AUD");
  // A dividend row in pence or marks: its bare figures are pence and marks.
  const auto b = test::analyze("LONDON, May 2 - Div 11.5p making 19.0 vs 16.0\n");
  REQUIRE(b.extraction.money.size() == 3);
  CHECK(*b.extraction.money[2].value == 0.16);
  CHECK(b.extraction.money[2].currency == "GBP");
  const auto c = test::analyze("ESSEN, May 2 - Dividend 1.20 marks vs 1.10\n");
  REQUIRE(c.extraction.money.size() == 2);
  CHECK(*c.extraction.money[1].value == 1.1);
  CHECK(c.extraction.money[1].currency == "DEM");
  // A dividend row that writes no form has no amounts: its figures may be cents or dollars.
  CHECK(
      test::analyze("DURBAN, May 2 - Shr 516 cts vs 347\n\nFinal div 135 vs 125\n").extraction.money.size() ==
      2);
  CHECK(test::analyze("NOTE - Div pay May 27. Nine months net is after tax.\n").extraction.money.empty());
  // Percentages in a dividend row stay percentages.
  const auto d = test::analyze("MILAN, May 2 - Div 34 pct vs 30 pct\n");
  CHECK(d.extraction.money.empty());
  CHECK(d.extraction.percentages.size() == 2);
}

TEST_CASE("a Title Case dateline with its date decides like one in capitals") {
  const auto a = test::analyze("Toronto, April 1 - The company said it sold the unit for 12 mln dlrs.\n");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(a.extraction.money[0].currency == "CAD");
  // A city name with an inner capital, and the dash right after the day.
  for (const char* text :
       {"LaFox, Ill., April 3 - Shr 20 cts vs 18 cts\n", "McAllen, Texas, May 2- Shr 20 cts vs 18 cts\n"}) {
    const auto b = test::analyze(text);
    REQUIRE(b.extraction.money.size() == 2);
    CHECK(b.extraction.money[0].currency == "USD");
  }
}

TEST_CASE("the plural kronor is the Swedish krona") {
  const auto a = test::analyze("Operating profit rose to 9.5bn kronor from 6.3bn kronor.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(a.extraction.money[0].currency == "SEK");
  CHECK(a.extraction.money[0].basis == CurrencyBasis::Explicit);
}

TEST_CASE("a US dateline with a state decides a bare dollar") {
  const auto a = test::analyze("DAYTON, Ohio, March 5 - The company sold the unit for 12 mln dlrs.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(a.extraction.money[0].currency == "USD");
  CHECK(a.extraction.money[0].basis == CurrencyBasis::Context);
}

TEST_CASE("hyphenated and British percent forms") {
  const auto a = test::analyze("It bought a 12-percent stake as prices rose 3pc.");
  const auto& p = a.extraction.percentages;
  REQUIRE(p.size() == 2);
  CHECK(p[0].value == 12);
  CHECK(test::text_of(a, p[1].span) == "3pc");
}

TEST_CASE("a hyphenated pound is a weight, a hyphenated yen is money") {
  CHECK(test::analyze("A 300-pound safe fell.").extraction.money.empty());
  CHECK(*money_of("It made a one-yen bid.").value == 1);
}

TEST_CASE("pounds that weigh are no money: a weighing verb before, a weighed thing after") {
  CHECK(test::analyze("Customs officers found 12 pounds of heroin.").extraction.money.empty());
  CHECK(test::analyze("The champion weighed nearly 240 pounds.").extraction.money.empty());
  CHECK(test::analyze("Keep the tyres at 32 pounds per square inch.").extraction.money.empty());
  const auto paid = money_of("The club paid 12 million pounds for the striker.");
  CHECK(*paid.value == 12000000);
  CHECK(paid.currency == "GBP");
}

TEST_CASE("text without spaces stays linear and yields no amounts") {
  std::string glued;
  for (int i = 0; i < 100000; ++i) glued += "1a";
  const auto a = test::analyze(glued);
  CHECK(a.extraction.money.empty());
  CHECK(a.extraction.quantities.empty());
}

TEST_CASE("a price move and the new level are two amounts, not a range") {
  const auto a = test::analyze(
      "Halvik shares fell 12 cents to 3.40 dlrs, and reserves rose 291 mln dlrs to 32.4 billion dlrs.");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 4);
  CHECK(m[0].value == doctest::Approx(0.12));
  CHECK(m[1].value == doctest::Approx(3.40));
  CHECK_FALSE(m[0].min.has_value());
  // a range of the move itself stays one: "rose three to four billion dlrs", "cut by $2 to $3 million"
  CHECK(money_of("Imports rose three to four billion dlrs last year.").min.has_value());
  CHECK(money_of("The plan cuts costs by $2 to $3 million.").min.has_value());
}

TEST_CASE("a move after \"by\" and the new level are two amounts; a bare level keeps its own magnitude") {
  const auto a = test::analyze(
      "Banknotes in circulation rose by 834 mln Swiss francs to 24.79 billion, the bank said, and "
      "the budget would rise by $19bn to $419.3bn. Loans fell 572 mln dlrs to 64.3 billion.");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 6);
  CHECK(m[0].value == doctest::Approx(834e6));
  CHECK_FALSE(m[0].min.has_value());
  CHECK(m[1].value == doctest::Approx(24.79e9));  // in the move's currency, in its own magnitude
  CHECK(m[1].currency == "CHF");
  CHECK(m[1].basis == CurrencyBasis::Context);
  CHECK(m[2].value == doctest::Approx(19e9));  // far below the next: the move
  CHECK(m[3].value == doctest::Approx(419.3e9));
  CHECK(m[5].value == doctest::Approx(64.3e9));
  CHECK(m[5].currency == "USD");
  // close ends after "by" stay a range: "cut its profits by $3.8m to $4.9m"
  CHECK(money_of("The move would cut its profits by $3.8m to $4.9m this year.").min.has_value());
  // a level in millions after a move in pence is no level
  CHECK(test::analyze("Halvik shares fell 12p to 1.2 mln.").extraction.money.size() == 1);
}

TEST_CASE("a range of a bare and a written-out dollar keeps the written-out one") {
  const Money m = money_of("Analysts expect $5 to US$7 billion in the Ottawa sale, Canada said.");
  CHECK(m.currency == "USD");
  CHECK(m.basis == CurrencyBasis::Explicit);
  CHECK(*m.min == 5e9);
}

TEST_CASE(
    "bare dollars converting another currency in parentheses are US dollars, and so are the story's others") {
  const auto a =
      test::analyze("Kessel lost 7.5bn yen ($71.5m; £38.4m) in the quarter, then paid $5m for a unit.");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 4);
  CHECK(m[1].currency == "USD");  // the conversion of the yen
  CHECK(m[1].basis == CurrencyBasis::Default);
  CHECK(m[2].currency == "GBP");
  CHECK(m[3].currency == "USD");  // the writer's other bare dollars are the same dollars
  CHECK(m[3].basis == CurrencyBasis::Default);
  // A conversion of another dollar is left to the document: "C$7.5 million ($5.6 million)".
  const auto b = test::analyze("Orvane paid C$7.5 million ($5.6 million) for it.");
  REQUIRE(b.extraction.money.size() == 2);
  CHECK(b.extraction.money[1].basis != CurrencyBasis::Default);
}

TEST_CASE("a bare dollar beside a pound conversion of an undecided or local currency is a US dollar") {
  // "1bn CFA francs" decides no country; the dollar beside the pounds is still the press's USD.
  const auto a = test::analyze("Graft has cost the ministry 1bn CFA francs ($2m; £1m) a month.");
  REQUIRE(a.extraction.money.size() == 3);
  CHECK(a.extraction.money[1].currency == "USD");
  CHECK(a.extraction.money[1].basis == CurrencyBasis::Default);
  // "Australian dollars ($1bn; £550m)": the dollar converting them is no Australian one.
  const auto b = test::analyze("The Perth miner made 1.33bn Australian dollars ($1bn; £550m) in 2004.");
  REQUIRE(b.extraction.money.size() == 3);
  CHECK(b.extraction.money[1].currency == "USD");
  // a singular currency name after a magnitude: "a 1bn rouble claim"
  const auto c = test::analyze("The unit faces a 1bn rouble ($35.7m; £19.1m) tax claim.");
  REQUIRE(c.extraction.money.size() == 3);
  CHECK(c.extraction.money[0].currency == "RUB");
  CHECK(c.extraction.money[1].currency == "USD");
}

TEST_CASE(
    "a bare dollar amount converted to or from pounds is in US dollars in a story about a dollar country") {
  const auto a = test::analyze(
      "Canadian miner Orvane, based in Toronto, Ontario, said it earned $434m (£231m) in Canada. Its "
      "shares fell from 97p ($1.87) in London. Toronto and Ottawa welcomed the news.");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 4);
  CHECK(m[0].currency == "USD");
  CHECK(m[0].basis == CurrencyBasis::Default);
  CHECK(m[1].currency == "GBP");
  CHECK(m[3].currency == "USD");  // the conversion of the pence
  // a bare dollar no pound converts keeps the story's dollar
  const auto b =
      test::analyze("Canadian miner Orvane, based in Toronto, Ontario, said it earned $434m in Canada.");
  REQUIRE(b.extraction.money.size() == 1);
  CHECK(b.extraction.money[0].currency == "CAD");
}

TEST_CASE(
    "the wires' dlrs are US dollars, the story's other bare dollars too, unless it is a dollar country's") {
  const auto a = test::analyze(
      "BRASILIA, March 3 - Brazil owes 110 billion dlrs to foreign banks and 2 billion dollars more.");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 2);
  CHECK(m[0].currency == "USD");
  CHECK(m[0].basis == CurrencyBasis::Default);
  CHECK(m[1].currency == "USD");  // the same writer's other dollars
  CHECK(m[1].basis == CurrencyBasis::Default);
  // A results table under "dlrs" figures: its bare figures and cents are the same dollars.
  const auto t =
      test::analyze("Shr 1.52 dlrs vs 17 cts\nNet 1,306,000 vs 144,000\nRevs 758,000 vs 670,000\n");
  REQUIRE(t.extraction.money.size() == 6);
  for (const Money& x : t.extraction.money) CHECK(x.currency == "USD");
  const Money c = money_of("SYDNEY, March 3 - Qantas earned 90 mln dlrs, Australia's airline said.");
  CHECK(c.currency == "AUD");
}

TEST_CASE("bare dollars converted into pounds or euros are US dollars, and so are the story's others") {
  const auto a = test::analyze(
      "The film took $90m (£48m) in its first month and cost $70m to make. A signed poster fetched $2,115.");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 4);
  CHECK(m[0].currency == "USD");
  CHECK(m[0].basis == CurrencyBasis::Default);
  CHECK(m[1].currency == "GBP");
  CHECK(m[2].currency == "USD");
  CHECK(m[3].currency == "USD");
  // Without a conversion nothing tells whose dollars they are.
  CHECK(money_of("The film took $90m in its first month.").currency.empty());
  // A story placed in a dollar country keeps that country's dollars.
  const auto b =
      test::analyze("SYDNEY, March 3 - The film took $90m (£48m) at home, Australia's distributor said.");
  REQUIRE(b.extraction.money.size() == 2);
  CHECK(b.extraction.money[0].currency == "AUD");
}

TEST_CASE("a plural number before a capitalized singular 'Cent' is a name, not money") {
  const auto a = test::analyze("50 Cent is no stranger to feuds, and stamps cost 50 cents.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(test::text_of(a, a.extraction.money[0].span) == "50 cents");
}

TEST_CASE("the wires' crowns are the krona or krone of the story's country") {
  const auto se =
      test::analyze("STOCKHOLM, March 3 - Volvo earned 7.53 billion crowns and won a 400 mln crown order.");
  REQUIRE(se.extraction.money.size() == 2);
  CHECK(se.extraction.money[0].currency == "SEK");
  CHECK(se.extraction.money[0].basis == CurrencyBasis::Context);
  CHECK(se.extraction.money[1].currency == "SEK");
  CHECK(money_of("OSLO, March 3 - Statoil placed orders worth 6.6 billion crowns.").currency == "NOK");
  CHECK(money_of("Denmark's reserves rose to 49.5 billion crowns, the Danish central bank said.").currency ==
        "DKK");
  CHECK(money_of("REYKJAVIK, March 3 - The state bank is worth 600 mln crowns.").currency == "ISK");
  // Without a country the crowns stay undecided, and "the Crown" is no currency.
  CHECK(money_of("The bank lost 600 mln crowns.").currency.empty());
  CHECK(test::analyze("Five Crown witnesses spoke.").extraction.money.empty());
}

TEST_CASE("a wire headline with a comma is no dateline; the dateline under it decides") {
  const Money paris = money_of(
      "PARIBAS TO SEEK SHARE, MARKET ISSUES\n\nPARIS, March 19 - Paribas will raise 2.33 billion francs.\n");
  CHECK(paris.currency == "FRF");
  CHECK(paris.basis == CurrencyBasis::Context);
  const Money us = money_of(
      "US SAYS CANADIAN, ISRAELI PACTS HELP\n\nWASHINGTON, Oct 19 - Trade grew by 156 billion dlrs.\n");
  CHECK(us.currency == "USD");
  CHECK(us.basis == CurrencyBasis::Context);
  // A dateline of a place that decides nothing ends the search: a later city is no dateline.
  CHECK(money_of("LAGOS, March 19 - Shell will spend 2.33 billion francs.\n\nPARIS, March 3 - More.\n")
            .currency.empty());
}

TEST_CASE("a currency name glued to digits is a name; codes and symbols glued are money") {
  const auto a = test::analyze("Viewers tuned in to Euro1080 during Euro2000, and tickets cost euro40.");
  CHECK(a.extraction.money.empty());
  CHECK(money_of("The fee was EUR1080 in all.").currency == "EUR");
  CHECK(*money_of("The fee was EUR1080 in all.").value == 1080);
  CHECK(money_of("The fee was Rs500 in all.").currency == "INR");
  CHECK(money_of("The fee was Euro 1,080 in all.").currency == "EUR");
}

TEST_CASE("pre-euro currencies, singular after a magnitude; a 'mark' milestone is no currency") {
  CHECK(money_of("Ostwerk won a 22 mln mark order for cranes.").currency == "DEM");
  CHECK(money_of("The bank issued a 250 mln guilder bond.").currency == "NLG");
  CHECK(money_of("Profit fell to 61 billion schillings.").currency == "ATS");
  CHECK(money_of("Debt reached 594 billion pesetas.").currency == "ESP");
  CHECK(money_of("The state sold 40 mln escudos of notes.").currency == "PTE");
  CHECK(money_of("Exports were 6.38 billion markkaa.").currency == "FIM");
  CHECK(*money_of("The 500 mln mark surplus shrank.").value == 500e6);
  const auto a =
      test::analyze("Users passed the 100 million mark. Sales broke the 20 billion mark before May.");
  CHECK(a.extraction.money.empty());
  const auto d = test::analyze("Sales broke through the $4 trillion mark for the first time.");
  const Money m = only_money(d);
  CHECK(m.currency != "DEM");  // the dollar sign's family stays
  CHECK(test::text_of(d, m.span) == "$4 trillion");
}

TEST_CASE("a bare figure with a magnitude before 'in' and a noun of money is an amount") {
  // the report's dollar, decided by the dateline
  const Money m = money_of("NEW YORK, March 3 - Orvel Optics Inc said it received 7.2 mln in contracts.");
  CHECK(*m.value == 7.2e6);
  CHECK(m.currency == "USD");
  CHECK(m.basis == CurrencyBasis::Context);
  // the currency the paragraph wrote last
  const auto yen =
      test::analyze("Tamura repaid 124 billion yen of old loans and 153 billion in loans to its units.");
  REQUIRE(yen.extraction.money.size() == 2);
  CHECK(yen.extraction.money[1].currency == "JPY");
  CHECK(*yen.extraction.money[1].value == 153e9);
  // a determiner between: no phrase of money; nor a state like negative equity
  CHECK(test::analyze("The fund holds 479 equity positions and 614 in the debt area.")
            .extraction.money.empty());
  CHECK(test::analyze("Prices fell and 1.2 million in negative equity felt it.").extraction.money.empty());
}

TEST_CASE("a bare figure with a magnitude before a deal noun is an amount") {
  const Money navy =
      money_of("BOSTON, May 4 - Harlow Systems Inc said it won a 37.5 mln Navy contract to build radars.");
  CHECK(*navy.value == 37.5e6);
  CHECK(navy.currency == "USD");
  const auto plain = test::analyze("Coryn Power signed a 21 mln contract and a 4 billion yen order.");
  REQUIRE(plain.extraction.money.size() == 2);
  CHECK(test::text_of(plain, plain.extraction.money[0].span) == "21 mln");
  CHECK(*plain.extraction.money[0].value == 21e6);
  // a unit or a lower-case noun between is something else counted
  CHECK(test::analyze("It sold a 2 mln share block and a 5 mln tonne grain order.").extraction.money.empty());
}
