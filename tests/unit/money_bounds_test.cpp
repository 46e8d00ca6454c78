// money stage: bounds written after an amount ("or more", "or less", "or so"), ranges of
// prefixed amounts ("US$5m-US$10m"), units and sub-units joined into one amount ("six dollars
// and twelve cents"), wire-service fractions, currency forms (tokenized "u.s. $", "MSEK",
// glued names), bare dirhams decided by the document, and pairs sharing one unit ("ranging from 9
// to 12 dlrs", "between 4 and 5 pct", "from 1.5 to 2.5 billion stg"); currency names as the wires
// write them: bare names ICU gives only with a country ("forints"), before a possessive or a
// closing quote, in a headline's capitals; a price move and its new level ("down 4p to 567"), a
// currency name before a year ("Euro 2004").
#include "extract/money_currency.hpp"
#include "patterns/pattern_file.hpp"
#include "test_support.hpp"

using namespace newsclaim;

namespace {

Money only_money(std::string_view text) {
  const Analysis a = test::analyze(text);
  REQUIRE(a.extraction.money.size() == 1);
  return a.extraction.money[0];
}

}  // namespace

TEST_CASE("a bound after the amount") {
  CHECK(only_money("Each claim could cost $40 million or more.").approx == Approx::AtLeast);
  CHECK(only_money("Seats sell for $75 and up.").approx == Approx::AtLeast);
  CHECK(only_money("Fees will be 200 euros or less per student.").approx == Approx::UpTo);
  CHECK(only_money("The fix costs $3 million or so, engineers said.").approx == Approx::About);
  CHECK(only_money("The fix costs $3 million, engineers said.").approx == Approx::None);
}

TEST_CASE("a conversion in brackets takes the bound of the amount it restates") {
  const Analysis a = test::analyze(
      "Donors gave more than $150m (£80m; 120m euros) and the firm lost about $3bn (£1.6bn), then "
      "$2bn (£1bn).");
  const auto& m = a.extraction.money;
  REQUIRE(m.size() == 7);
  CHECK(m[0].approx == Approx::MoreThan);
  CHECK(m[1].approx == Approx::MoreThan);
  CHECK(m[2].approx == Approx::MoreThan);
  CHECK(m[3].approx == Approx::About);
  CHECK(m[4].approx == Approx::About);
  CHECK(m[5].approx == Approx::None);
  CHECK(m[6].approx == Approx::None);
}

TEST_CASE("a comparison after the amount is no bound on it") {
  const Analysis a = test::analyze("Bids ranged from $7 or more than $12 a seat.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(a.extraction.money[0].approx == Approx::None);
}

TEST_CASE("units and sub-units in words join into one amount") {
  const Analysis a = test::analyze("The toll is six dollars and twelve cents now.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(test::text_of(a, a.extraction.money[0].span) == "six dollars and twelve cents");
  CHECK(*a.extraction.money[0].value == doctest::Approx(6.12));
  CHECK(*only_money("He found $8 and 57 cents in the till.").value == doctest::Approx(8.57));
  CHECK(*only_money("Postage is 2 dollars 14 cents.").value == doctest::Approx(2.14));
}

TEST_CASE("a million and a half dollars") {
  CHECK(*only_money("The charity raised a million and a half dollars.").value == 1.5e6);
}

TEST_CASE("tokenized wire text: u.s. $ before the number") {
  const Money m = only_money("the firm paid u.s. $ 12 million for it");
  CHECK(m.currency == "USD");
  CHECK(*m.value == 12e6);
}

TEST_CASE("tokenized wire text: the s of a split possessive is no Singapore prefix") {
  const Analysis a = test::analyze("the bank ' s $ 40 million reserve");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(test::text_of(a, a.extraction.money[0].span) == "$ 40 million");
  CHECK(a.extraction.money[0].currency != "SGD");
  CHECK(only_money("a loan of s $ 3 million").currency == "SGD");
}

TEST_CASE("bare dirhams take the Gulf country of the document") {
  const Money m = only_money("DUBAI, May 2 - A local builder sold the tower for 90 million dirhams.");
  CHECK(m.currency == "AED");
  CHECK(m.basis == CurrencyBasis::Context);
  CHECK(only_money("Rents rose to 9,000 dirhams a month.").basis == CurrencyBasis::Unknown);
}

TEST_CASE("wire-service fractions: a whole number and a fraction before a currency or percent") {
  const Analysis a = test::analyze("The stock rose to 41-3/4 dlrs from 40-1/8 dlrs.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(test::text_of(a, a.extraction.money[0].span) == "41-3/4 dlrs");
  CHECK(*a.extraction.money[0].value == 41.75);
  CHECK(*only_money("Bids rose to 62-1/2 cts a lb.").value == doctest::Approx(0.625));
  const Analysis p = test::analyze("It bought a 17-1/2 pct stake.");
  REQUIRE(p.extraction.percentages.size() == 1);
  CHECK(p.extraction.percentages[0].value == 17.5);
  // A fraction with no currency or percent after it is not joined to the number.
  CHECK(test::analyze("The trip takes 4 1/2 days.").extraction.money.empty());
}

TEST_CASE("U.S. cents and millions of a currency code") {
  const Money c = only_money("Prices fell to 64 U.S. cts per pound.");
  CHECK(c.currency == "USD");
  CHECK(*c.value == doctest::Approx(0.64));
  const Money m = only_money("The unit sold for 37.5 MSEK last year.");
  CHECK(m.currency == "SEK");
  CHECK(*m.value == 37.5e6);
}

TEST_CASE("a hyphen between two prefixed amounts makes a range, the prefix kept") {
  const Analysis a = test::analyze("Analysts see a loss of US$20m-US$30m this year.");
  REQUIRE(a.extraction.money.size() == 1);
  const Money& m = a.extraction.money[0];
  CHECK(test::text_of(a, m.span) == "US$20m-US$30m");
  CHECK(*m.min == 20e6);
  CHECK(*m.max == 30e6);
  CHECK(m.currency == "USD");
}

TEST_CASE("currency names typed without their space") {
  CHECK(only_money("He owes me 30 qataririyals.").currency == "QAR");
  CHECK(only_money("She sent 75 swissfrancs.").currency == "CHF");
}

TEST_CASE("an exchange rate is no amount of money") {
  CHECK(test::analyze("The yen firmed to 131.40 yen to the dollar in Tokyo.").extraction.money.empty());
  CHECK(test::analyze("The bank set 2.05 marks per dollar, the lowest in weeks.").extraction.money.empty());
  // A price by weight, and a currency word opening a noun phrase, stay money.
  CHECK(*only_money("Aluminium rose 4 cts per pound.").value == doctest::Approx(0.04));
  CHECK(*only_money("She gave 30 euros to the dollar store owner.").value == 30);
}

TEST_CASE("number words joined by and are two numbers unless after a hundred or a magnitude") {
  const Analysis a = test::analyze("The plant will cost between three and four billion dollars.");
  REQUIRE(a.extraction.money.size() == 1);
  CHECK(*a.extraction.money[0].min == 3e9);
  CHECK(*a.extraction.money[0].max == 4e9);
  CHECK(*only_money("He left them two hundred and ten dollars.").value == 210);
  const Analysis p = test::analyze("Margins fell by six and eight pct.");
  REQUIRE(p.extraction.percentages.size() == 1);
  CHECK(p.extraction.percentages[0].value == 8);
}

TEST_CASE("after a verb of range, 'from X to Y' is one range; without one it is a change") {
  const Money ranged = only_money("Bids were ranging from 9.50 to 12.25 dlrs a tonne.");
  CHECK_FALSE(ranged.value);
  CHECK(*ranged.min == 9.5);
  CHECK(*ranged.max == 12.25);
  CHECK(ranged.per == "tonne");
  const Analysis priced = test::analyze("Seats are priced from $40 to $95 this season.");
  REQUIRE(priced.extraction.money.size() == 1);
  CHECK(test::text_of(priced, priced.extraction.money[0].span) == "from $40 to $95");
  const Analysis change = test::analyze("The deficit rose from 1.5 to 2.5 billion stg.");
  REQUIRE(change.extraction.money.size() == 2);
  CHECK(test::text_of(change, change.extraction.money[0].span) == "1.5");
  CHECK(*change.extraction.money[0].value == 1.5e9);
  CHECK(change.extraction.money[0].currency == "GBP");
  CHECK(*change.extraction.money[1].value == 2.5e9);
}

TEST_CASE("a magnitude carries to the first number only when it brings it nearer the second") {
  const Money low = only_money("A used machine costs 500,000 to one mln dlrs less.");
  CHECK(*low.min == 500000);
  CHECK(*low.max == 1e6);
  const Money scaled = only_money("Repairs will cost between 3 and 4.5 billion dlrs.");
  CHECK(*scaled.min == 3e9);
}

TEST_CASE("the first number of a percent pair is a percentage too, but no year or day is") {
  const Analysis a = test::analyze(
      "Growth will be between 4 and 5 pct, then 2-3% and three to 3.5 percent. It grew 3 pct in 1986 and "
      "6 pct in 1987.");
  const auto& p = a.extraction.percentages;
  REQUIRE(p.size() == 8);
  CHECK(p[0].value == 4);
  CHECK(test::text_of(a, p[0].span) == "4");
  CHECK(p[1].value == 5);
  CHECK(p[2].value == 2);
  CHECK(p[3].value == 3);
  CHECK(p[4].value == 3);
  CHECK(p[5].value == 3.5);
  CHECK(p[6].value == 3);
  CHECK(p[7].value == 6);
  const Analysis day = test::analyze("Reserves fell on March 10 to 2.8 billion dlrs.");
  REQUIRE(day.extraction.money.size() == 1);
  CHECK(*day.extraction.money[0].value == 2.8e9);
}

TEST_CASE("a bare name of a currency one country uses is that currency") {
  const Money forints = only_money("The state deficit reached 12.5 billion forints last year.");
  CHECK(*forints.value == 12.5e9);
  CHECK(forints.currency == "HUF");
  CHECK(forints.basis == CurrencyBasis::Explicit);
  CHECK(only_money("The mill will cost about 9 billion bolivars.").currency == "VES");
  CHECK(only_money("Reserves fell to 310.5 mln kyats in June.").currency == "MMK");
  CHECK(only_money("The bread price rose to 40 zloties a loaf.").currency == "PLN");
}

TEST_CASE("a currency is the code its name had on the day the story was published") {
  const auto code_on = [](std::string_view text, std::string published) {
    const Analysis a = test::analyze(text, std::move(published));
    REQUIRE(a.extraction.money.size() == 1);
    return a.extraction.money[0].currency;
  };
  const std::string_view mill = "The mill will cost about 9 billion bolivars.";
  CHECK(code_on(mill, "1987-04-01") == "VEB");
  CHECK(code_on(mill, "2007-12-31") == "VEB");
  CHECK(code_on(mill, "2008-01-01") == "VEF");  // the day of the change writes the new unit
  CHECK(code_on(mill, "2019-03-01") == "VES");
  CHECK(code_on(mill, "") == "VES");  // no date: today's code
  const std::string_view loss = "Officials said about 600 mln roubles were lost each year.";
  CHECK(code_on(loss, "1987-03-18") == "SUR");
  CHECK(code_on(loss, "1995-06-01") == "RUR");
  CHECK(code_on(loss, "2003-06-01") == "RUB");
  CHECK(code_on("The bank earned 12.9 billion Turkish lira last year.", "1987-04-02") == "TRL");
  CHECK(code_on("The price will rise to 5,500 zlotys a tonne.", "1987-05-01") == "PLZ");
  // a family the document decides: a Zambia story's kwacha, before the 2013 kwacha
  CHECK(code_on("LUSAKA, April 1 - The central bank sold dollars at 20.75 kwacha.", "1987-04-01") == "ZMK");
  // a currency no change touched, and one the amount names by its code, stay as they are
  CHECK(code_on("The bid was 4.5 billion yen.", "1987-04-01") == "JPY");
  CHECK(code_on("The note pays PLN 40 million.", "1990-01-01") == "PLN");
}

TEST_CASE("a currency history skips malformed rows and ends on a cycle") {
  // an override file: a lower-case code, a date in another form, a row without its date, and
  // two codes that name each other
  auto table = parse_gazetteer_file(PatternFile{"money/currency_history.tsv",
                                                "code\tpredecessor\tsince\n"
                                                "VES\tVEF\t2018-08-20\n"
                                                "vef\tVEB\t2008-01-01\n"
                                                "TRY\tTRL\t1/1/2005\n"
                                                "PLN\tPLZ\n"
                                                "AAA\tBBB\t2000-01-01\n"
                                                "BBB\tAAA\t2000-01-01\n",
                                                "test"});
  REQUIRE_MESSAGE(table.ok(), table.error().to_string());
  GazetteerTable& t = table.value();
  const CurrencyHistory history(Gazetteer(std::move(t.text), std::move(t.columns), std::move(t.cells)));
  CHECK(history.on("VES", "2000-01-01") == "VEF");  // the malformed "vef" row is no link
  CHECK(history.on("VES", "2020-01-01") == "VES");
  CHECK(history.on("TRY", "1990-01-01") == "TRY");
  CHECK(history.on("PLN", "1990-01-01") == "PLN");
  const std::string_view looped = history.on("AAA", "1990-01-01");
  CHECK((looped == "AAA" || looped == "BBB"));
  CHECK(history.on("VES", "") == "VES");
}

TEST_CASE("currencies gone before their names had a code of their own keep theirs") {
  CHECK(only_money("The support price for maize went to 180 Australs per tonne.").currency == "ARA");
  CHECK(only_money("A room now costs 1,500 cruzados a month.").currency == "BRC");
  CHECK(only_money("The firms expect a deficit of 8 billion intis.").currency == "PEI");
  // ICU's bare "Sucres" is a clearing unit (XSU); the news means Ecuador's sucre.
  CHECK(only_money("Petrol will cost 120 sucres a gallon.").currency == "ECS");
}

TEST_CASE("a bare name several countries use is decided by the story's country") {
  const Money kenya = only_money("NAIROBI, May 4 - The board borrowed 65 billion shillings from banks.");
  CHECK(*kenya.value == 65e9);
  CHECK(kenya.currency == "KES");
  CHECK(kenya.basis == CurrencyBasis::Context);
  CHECK(only_money("LUSAKA, May 4 - The miner lost 450 mln kwacha in the year.").currency == "ZMW");
  const Money nowhere = only_money("The board borrowed 65 billion shillings from banks.");
  CHECK(*nowhere.value == 65e9);
  CHECK(nowhere.basis == CurrencyBasis::Unknown);
}

TEST_CASE("a currency name before a possessive or a closing quote") {
  const Analysis worth = test::analyze("The fund sold 12 mln dlrs' worth of notes.");
  REQUIRE(worth.extraction.money.size() == 1);
  CHECK(test::text_of(worth, worth.extraction.money[0].span) == "12 mln dlrs");
  CHECK(*worth.extraction.money[0].value == 12e6);
  CHECK(*only_money("The bank will sell 4.5 billion francs' worth of bills.").value == 4.5e9);
  const Analysis quoted = test::analyze("\"The barrel should fetch 21 dlrs,\" the trader said.");
  REQUIRE(quoted.extraction.money.size() == 1);
  CHECK(test::text_of(quoted, quoted.extraction.money[0].span) == "21 dlrs");
}

TEST_CASE("a headline in capitals writes lower-case currency words in capitals") {
  const Money marks = only_money("BONN RAISES 3.5 BILLION MARKS IN TENDER");
  CHECK(*marks.value == 3.5e9);
  CHECK(marks.currency == "DEM");
  const Money bond = only_money("CITY OF OSLO PLANS 250 MLN MARK EUROBOND");
  CHECK(*bond.value == 250e6);
  CHECK(bond.currency == "DEM");
  // Title case stays a name, and letters in capitals stay letters.
  CHECK(test::analyze("He sold 5 Marks and Spencer shares.").extraction.money.empty());
  CHECK(test::analyze("It was 43C in the shade.").extraction.money.empty());
}

TEST_CASE("a price move and its new level are two amounts, the level in the move's currency") {
  const Analysis down = test::analyze("Pearson shares were down 4p to 567 after the news.");
  REQUIRE(down.extraction.money.size() == 2);
  CHECK(*down.extraction.money[0].value == doctest::Approx(0.04));
  CHECK(test::text_of(down, down.extraction.money[1].span) == "567");
  CHECK(*down.extraction.money[1].value == doctest::Approx(5.67));
  CHECK(down.extraction.money[1].currency == "GBP");
  CHECK(down.extraction.money[1].basis == CurrencyBasis::Context);
  // No verb: a level far above the move is no range's end.
  const Analysis listed = test::analyze("Dixons 6p to 412, while Boots held at 230p.");
  REQUIRE(listed.extraction.money.size() == 3);
  CHECK_FALSE(listed.extraction.money[0].min.has_value());
  CHECK(*listed.extraction.money[1].value == doctest::Approx(4.12));
  // The level takes the move's magnitude.
  const Analysis profit = test::analyze("Profit declined 12.5 mln dlrs to 88.0, it said.");
  REQUIRE(profit.extraction.money.size() == 2);
  CHECK(*profit.extraction.money[1].value == 88e6);
  // Ends close together stay a range.
  const Money rents = only_money("Rents were 20 dlrs to 30.");
  CHECK(*rents.min == 20);
  CHECK(*rents.max == 30);
}

TEST_CASE("a bare number after an amount is no sub-unit when a percent follows it") {
  const Analysis b = test::analyze("Staff earning up to 3,000 francs 15 pct more.");
  REQUIRE(b.extraction.money.size() == 1);
  CHECK(*b.extraction.money[0].value == 3000);
  REQUIRE(b.extraction.percentages.size() == 1);
  CHECK(b.extraction.percentages[0].value == 15);
  CHECK(*only_money("It cost 5 dollars 25.").value == 5.25);
}

TEST_CASE("a currency name before a year names a tournament") {
  CHECK(test::analyze("Fans flocked to Euro 2008 in Austria.").extraction.money.empty());
  CHECK(test::analyze("England went out of the Euro 1996 semi-final.").extraction.money.empty());
  CHECK(only_money("The fee is EUR 2004.").currency == "EUR");
  CHECK(*only_money("The prize was 2,000 euros.").value == 2000);
}

TEST_CASE("a day after its month opens no range") {
  const Analysis a = test::analyze("Balances rose on April 1 to 4.25 billion dlrs from 3.9 billion dlrs.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(test::text_of(a, a.extraction.money[0].span) == "4.25 billion dlrs");
  CHECK(*a.extraction.money[0].value == 4.25e9);
  const Money q = only_money("Profit in the quarter ended Jan 31 to 120 mln dlrs");
  CHECK(*q.value == 120e6);
  CHECK_FALSE(q.min.has_value());
  // Other capitalized words before a pair still open ranges.
  CHECK(*only_money("Some 70 to 80 mln marks were lost.").min == 70e6);
}

TEST_CASE("as low as and as little as set a floor") {
  CHECK(only_money("Fares to Denver are as low as $89 each way.").approx == Approx::AtLeast);
  CHECK(only_money("Songs sell for as little as 60p each.").approx == Approx::AtLeast);
  CHECK(only_money("Prices could rise as high as $30.").approx == Approx::UpTo);
}

TEST_CASE("each, bushels and hundredweights are rate units") {
  CHECK(only_money("It sold two mln shares at 14.25 dlrs each.").per == "item");
  CHECK(only_money("It sold two mln shares at 14.25 dlrs each and kept the rest.").per == "item");
  CHECK(only_money("The loan rate is 2.40 dlrs per bushel for wheat.").per == "bushel");
  CHECK(only_money("Steers brought 61.50 dlrs per cwt.").per == "cwt");
  CHECK(only_money("They swapped goods worth 75 mln dlrs each way.").per.empty());
  CHECK(only_money("Dues rise by 20 dlrs each year.").per == "year");
}

TEST_CASE("a bare amount compared with the one before it is in that amount's currency") {
  const Analysis a = test::analyze(
      "The Halden shipyard's order book grew to 4.2 billion stg in May from 3.9 billion in April "
      "and 2.8 billion a year earlier. Its loss was 610 mln stg in 1986, after a restated 540 mln loss. "
      "Rent rose from 2 mln stg to 3 mln.");
  const auto& money = a.extraction.money;
  REQUIRE(money.size() == 7);
  CHECK(test::text_of(a, money[1].span) == "3.9 billion");
  CHECK(*money[1].value == 3.9e9);
  CHECK(money[1].basis == CurrencyBasis::Context);
  CHECK(money[1].currency == "GBP");
  CHECK(test::text_of(a, money[2].span) == "2.8 billion");  // "and" goes on from a compared figure
  CHECK(test::text_of(a, money[4].span) == "540 mln");
  CHECK(*money[4].value == 540e6);
  CHECK(test::text_of(a, money[6].span) == "3 mln");
}

TEST_CASE("a bare amount that counts something or is not compared keeps its own reading") {
  const Analysis a = test::analyze(
      "Varna Foods earned 5 mln dlrs and 7 mln were spent. It earned 9 mln dlrs from 2 mln customers.");
  REQUIRE(a.extraction.money.size() == 2);
  CHECK(test::text_of(a, a.extraction.money[1].span) == "9 mln dlrs");
  REQUIRE(a.extraction.quantities.size() == 1);
  CHECK(a.extraction.quantities[0].unit == "customer");
}

TEST_CASE("a bare count compared with the count before it counts the same thing") {
  const Analysis a = test::analyze(
      "Wheat exports fell to 3.6 mln tonnes from 4.1 mln in 1985 and 4.4 mln in 1984. "
      "Stocks rose to 12 mln barrels, against a revised 11.5 mln the week before.");
  const auto& q = a.extraction.quantities;
  REQUIRE(q.size() == 5);
  CHECK(test::text_of(a, q[1].span) == "4.1 mln");
  CHECK(q[1].unit == "tonne");
  CHECK(q[1].value == 4.1e6);
  CHECK(test::text_of(a, q[2].span) == "4.4 mln");
  CHECK(q[2].unit == "tonne");
  CHECK(test::text_of(a, q[4].span) == "11.5 mln");
  CHECK(q[4].unit == "barrel");
  CHECK(a.extraction.money.empty());
}

TEST_CASE("only a currency the story writes is evidence for its bare dollars") {
  // Three bare figures carried from one written amount in US dollars must not outweigh the
  // Australian dollars the story names for its own bare "dlrs".
  const Analysis a = test::analyze(
      "SYDNEY, March 3 - Reserves fell to 8.5 billion U.S. Dlrs from 9.1 billion, against 9.3 billion "
      "and 9.6 billion. In Australian dollar terms, the Australian reserves fell by 1.2 billion dlrs.");
  const auto& money = a.extraction.money;
  REQUIRE(money.size() == 5);
  CHECK(money[1].currency == "USD");
  CHECK(test::text_of(a, money[4].span) == "1.2 billion dlrs");
  CHECK(money[4].currency == "AUD");
}

TEST_CASE("a sign or 'minus' before a percentage makes it negative, not a tolerance or a range") {
  const Analysis a = test::analyze(
      "Output showed a rate of -0.3%, compared with minus 2.5 pct a year ago, in bands of plus or minus 15 "
      "pct; rents rose 3-4% and the quota minus 5 pct was cut.");
  const auto& p = a.extraction.percentages;
  REQUIRE(p.size() == 6);
  CHECK(test::text_of(a, p[0].span) == "-0.3%");
  CHECK(p[0].value == -0.3);
  CHECK(test::text_of(a, p[1].span) == "minus 2.5 pct");
  CHECK(p[1].value == -2.5);
  CHECK(p[2].value == 15);
  CHECK(p[3].value == 3);
  CHECK(p[4].value == 4);
  CHECK(p[5].value == 5);
}
