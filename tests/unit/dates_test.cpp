// Dates stage: TIMEX3 values of expressions in sentences written for these tests, anchored on
// a fixed publication date (Friday 2020-08-07 unless a case says otherwise).
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>

#include "test_support.hpp"

using namespace newsclaim;

namespace {

const char* kAnchor = "2020-08-07";  // a Friday, ISO week 32

// The date item covering exactly `text` in the sentence, if any.
std::optional<DateItem> date_of(const Analysis& a, std::string_view text) {
  for (const DateItem& d : a.extraction.dates)
    if (test::text_of(a, d.span) == text) return d;
  return std::nullopt;
}

std::string value_of(std::string_view sentence, std::string_view text, const char* anchor = kAnchor) {
  const Analysis a = test::analyze(sentence, anchor);
  auto d = date_of(a, text);
  return d ? d->value : "<none>";
}

std::string mod_of(std::string_view sentence, std::string_view text) {
  const Analysis a = test::analyze(sentence, kAnchor);
  auto d = date_of(a, text);
  return d ? d->mod : "<none>";
}

}  // namespace

TEST_CASE("absolute dates keep their stated parts") {
  CHECK(value_of("The deal was signed on July 15, 2020, in Ottawa.", "July 15, 2020") == "2020-07-15");
  CHECK(value_of("The deal was signed on 15 July 2020 in Ottawa.", "15 July 2020") == "2020-07-15");
  CHECK(value_of("The filing is dated 2020-07-15.", "2020-07-15") == "2020-07-15");
  CHECK(value_of("The plant closed in May 2008 after a fire.", "May 2008") == "2008-05");
  CHECK(value_of("The firm was founded in 1997 by two engineers.", "1997") == "1997");
  CHECK(value_of("Prices soared in the 1990s, she said.", "the 1990s") == "199");
  CHECK(value_of("It was the worst flood of the 20th century.", "the 20th century") == "19");
  CHECK(value_of("Sales fell in the third quarter of 2019, the company said.", "the third quarter of 2019") ==
        "2019-Q3");
  CHECK(value_of("Revenue rose in Q3 2020 on strong demand.", "Q3 2020") == "2020-Q3");
  CHECK(value_of("The agency expects a deficit in fiscal 2021.", "fiscal 2021") == "2021");
  CHECK(value_of("The agency expects a deficit in FY2021.", "FY2021") == "2021");
  CHECK(value_of("Profit doubled in the first half of 2019.", "the first half of 2019") == "2019-H1");
  // "the year" before a year is that year, not the anchor's
  CHECK(value_of("Prices will rise by the year 2030, he said.", "the year 2030") == "2030");
  CHECK(value_of("Costs peaked in the year 1999.", "the year 1999") == "1999");
  CHECK(value_of("Profit rose for the year\n\n2019 figures follow.", "the year") ==
        "2020");  // a paragraph apart
}

TEST_CASE("a month-day without a year takes the anchor's year unless tense pushes it") {
  CHECK(value_of("The award was dated Aug. 3, the records show.", "Aug. 3") == "2020-08-03");
  CHECK(value_of("The contract was awarded July 15.", "July 15") == "2020-07-15");
  // written in early January about late December: the previous year
  CHECK(value_of("The storm hit on Dec. 28, officials said.", "Dec. 28", "2021-01-05") == "2020-12-28");
  // a forward-looking sentence in December about January: the next year
  CHECK(value_of("The vote will be held on Jan. 12.", "Jan. 12", "2020-12-10") == "2021-01-12");
}

TEST_CASE("an irregular past tense before a date dates a reported event; a future passive does not") {
  // a future cue earlier in the sentence does not outweigh the verb of the date's own clause
  // (written in March: a January ahead would be next year's)
  CHECK(value_of("There will be a meeting to decide on the strikes that began on Jan. 19.", "Jan. 19",
                 "2020-03-13") == "2020-01-19");
  CHECK(value_of("Workers would repeat the action they took on Feb. 20 to stop the sale.", "Feb. 20",
                 "2020-03-13") == "2020-02-20");
  CHECK(value_of("The board said the deal was struck Monday.", "Monday") == "2020-08-03");
  CHECK(value_of("The payment will be made on Monday.", "Monday") == "2020-08-10");
}

TEST_CASE("months without a year follow the anchor and the tense") {
  CHECK(value_of("Politico reported in February that the firm had expanded.", "February") == "2020-02");
  CHECK(value_of("The talks collapsed in November, a spokesman said.", "November") == "2019-11");
  CHECK(value_of("The agency will decide in November.", "November") == "2020-11");
  CHECK(value_of("The office opened last November.", "last November") == "2019-11");
  CHECK(value_of("The law will take effect next March.", "next March") == "2021-03");
  CHECK(value_of("The case has stalled since March.", "March") == "2020-03");
}

TEST_CASE("May is a month only where it cannot be the verb") {
  const Analysis a = test::analyze("Officials May consider the bid, but it may take time.", kAnchor);
  CHECK(a.extraction.dates.empty());
  CHECK(value_of("The report came out in May.", "May") == "2020-05");
}

TEST_CASE("weekdays resolve around the anchor by tense") {
  CHECK(value_of("The newspaper first reported Thursday on the deal.", "Thursday") == "2020-08-06");
  CHECK(value_of("The agency could not respond Friday.", "Friday") == "2020-08-07");
  CHECK(value_of("The minister will visit Beijing on Monday.", "Monday") == "2020-08-10");
  CHECK(value_of("They met next Monday to sign it.", "next Monday") == "2020-08-10");
  CHECK(value_of("They met last Friday to sign it.", "last Friday") == "2020-07-31");
  CHECK(value_of("Shares fell sharply on Wednesday's news.", "Wednesday") == "2020-08-05");
}

TEST_CASE("day words and units relative to the anchor") {
  CHECK(value_of("I have today directed officials to review it.", "today") == "2020-08-07");
  CHECK(value_of("The vote was held yesterday.", "yesterday") == "2020-08-06");
  CHECK(value_of("The vote is tomorrow.", "tomorrow") == "2020-08-08");
  CHECK(value_of("This week the ministry posted details.", "This week") == "2020-W32");
  CHECK(value_of("The ministry posted details last week.", "last week") == "2020-W31");
  CHECK(value_of("Exports fell last month.", "last month") == "2020-07");
  CHECK(value_of("Exports fell last year.", "last year") == "2019");
  CHECK(value_of("Exports will recover next year.", "next year") == "2021");
  CHECK(value_of("The firm was sold two years ago.", "two years ago") == "2018");
  CHECK(value_of("The firm was sold 11 days ago.", "11 days ago") == "2020-07-27");
  CHECK(value_of("The plan was drafted earlier this year.", "earlier this year") == "2020");
  CHECK(value_of("The pool reopens this summer.", "this summer") == "2020-SU");
  CHECK(value_of("The pool closed last winter.", "last winter") == "2019-WI");
  CHECK(value_of("Prices doubled over the past decade.", "the past decade") == "201");
  CHECK(value_of("Prices doubled over the weekend.", "the weekend") == "2020-W31-WE");
}

TEST_CASE("symbolic references stay unresolved") {
  CHECK(value_of("The company recently won a contract.", "recently") == "PAST_REF");
  CHECK(value_of("We are currently looking into it.", "currently") == "PRESENT_REF");
  CHECK(value_of("Prices will rise in the future.", "the future") == "FUTURE_REF");
  CHECK(value_of("Prices are above current levels.", "current") == "PRESENT_REF");
}

TEST_CASE("the wires' days one to nine in words after a capitalized month") {
  CHECK(value_of("The bonds will be redeemed on April Three.", "April Three") == "2021-04-03");  // ahead
  CHECK(value_of("The rights expire July one 1988, the company said.", "July one 1988") == "1988-07-01");
  CHECK(value_of("Service could begin by July One, 2021.", "July One, 2021") == "2021-07-01");
  CHECK(value_of("Its backlog at March One was 13.6 mln dlrs.", "March One") == "2020-03-01");
  // A number counting the plural noun after it leaves the month alone.
  CHECK(value_of("In March two firms merged.", "March") == "2020-03");
  CHECK(value_of("In March two firms merged.", "March two") == "<none>");
  // Nothing may stand between: "August. Five were" is a month, then a count.
  CHECK(value_of("The raids were in August. Five were at night.", "August") == "2020-08");
}

TEST_CASE("a number with a decimal part after a month is no day of it") {
  CHECK(value_of("Output rose in March 3.2 pct from February.", "March") == "2020-03");
  CHECK(value_of("Output rose in March 3.2 pct from February.", "March 3") == "<none>");
  CHECK(value_of("Shipments were Mar 24.5, Apr 3.2 tonnes.", "Apr 3") == "<none>");
  // A full stop that ends the sentence leaves the day.
  CHECK(value_of("The talks end on March 3. Two sides agree.", "March 3") == "2020-03-03");
}

TEST_CASE("a date word in a news outlet's name is part of the title") {
  CHECK(value_of("He told the Sunday Times that he would stay.", "Sunday") == "<none>");
  CHECK(value_of("Figures quoted in China Daily showed a rise.", "Daily") == "<none>");
  CHECK(value_of("A survey by Aviation Weekly found delays.", "Weekly") == "<none>");
  // the paper's day outside its name is a date
  CHECK(value_of("The Observer reported it on Sunday.", "Sunday") != "<none>");
}

TEST_CASE("a month opening a person's name after a word that opens no date is no date") {
  CHECK(value_of("He wrote the song with June Carter Cash.", "June") == "<none>");
  CHECK(value_of("He met analyst June Page.", "June") == "<none>");
  // After a word that opens dates, or opening its sentence, the month stays a date.
  CHECK(value_of("The board will elect in April John Johnstone as chief.", "April") == "2021-04");
  CHECK(value_of("The June Treasury bond fell.", "June") != "<none>");
}

TEST_CASE("start, beginning and middle put a mod on a date only with of or a hyphen") {
  CHECK(mod_of("Prices rose at the start of May.", "the start of May") == "start");
  CHECK(mod_of("Output peaked in start-2020.", "start-2020") == "start");
  // "beginning June 28": a verb, then the date
  CHECK(value_of("Prices rise on shipments beginning June 28.", "June 28") == "2020-06-28");
  CHECK(value_of("Trading will start March 20.", "March 20") == "2021-03-20");
}

TEST_CASE("current as a term of accounts is no time") {
  for (const char* s :
       {"The current account deficit widened.", "Japan's current-account surplus fell.",
        "Current assets rose while current liabilities fell.", "She hosts a current affairs show.",
        "ARDONIA CURRENT ACCOUNT DEFICIT NARROWS", "ARDONIA HAS CURRENT PAYMENTS SURPLUS",
        "The minister froze current expenditure and current transfers."})
    CHECK(test::analyze(s, kAnchor).extraction.dates.empty());
}

TEST_CASE("a quarter as a fraction is no time, a quarter of the year is") {
  for (const char* s :
       {"Nearly a quarter of the staff quit.", "The board holds three-quarters of the votes.",
        "The bank raised its rate by a quarter point.", "Rates rose by a quarter of a percentage point.",
        "More than a quarter said they would vote.", "The plan was criticised in some quarters.",
        "About three quarters of this year's crop was sold.", "Exports fell by a quarter in May.",
        "The reservoir is only one-quarter full.",
        "He reached the quarter-final for a quarter-point gain."}) {
    const Analysis a = test::analyze(s, kAnchor);
    CHECK_MESSAGE(std::none_of(a.extraction.dates.begin(), a.extraction.dates.end(),
                               [](const DateItem& d) { return d.value.find('Q') != std::string::npos; }),
                  std::string(s));
  }
  CHECK(value_of("Sales rose in the first three quarters of the year.", "the first three quarters") == "P3Q");
  CHECK(value_of("Profit grew for four quarters of steady demand.", "four quarters") == "P4Q");
  CHECK(value_of("It sold more bills in a quarter than ever.", "a quarter") == "P1Q");
  CHECK(value_of("Margins beat the preceding three quarters.", "three quarters") == "P3Q");
}

TEST_CASE("'following' without an article is a preposition, not part of the duration") {
  CHECK(value_of("The pact came following two days of talks.", "two days") == "P2D");
  CHECK(value_of("The firm grew following a year of restructuring.", "a year") == "P1Y");
  CHECK(value_of("Sales should rise in the following two weeks.", "the following two weeks") == "P2W");
}

TEST_CASE("modifiers from signals and early/mid/late") {
  CHECK(mod_of("Since 2017, the firm has won four contracts.", "2017") == "since");
  CHECK(mod_of("The offer stands until March.", "March") == "until");
  CHECK(mod_of("The bridge was built before 2010.", "2010") == "before");
  CHECK(mod_of("Output should recover by the end of 2021.", "the end of 2021") == "end");
  CHECK(value_of("Output should recover by the end of 2021.", "the end of 2021") == "2021");
  CHECK(value_of("Sales slowed at the end of last year.", "the end of last year") == "2019");
  CHECK(mod_of("Sales slowed at the end of last year.", "the end of last year") == "end");
  CHECK(mod_of("Growth stalled in mid-2019.", "mid-2019") == "mid");
  CHECK(mod_of("Growth resumed in early 2021.", "early 2021") == "start");
  CHECK(mod_of("The deal closed about two years ago.", "about two years ago") == "approx");
}

TEST_CASE("ranges give two dates") {
  const Analysis a = test::analyze("The program ran from 2015 to 2018, and again in 2009-2010.", kAnchor);
  CHECK(date_of(a, "2015").value().value == "2015");
  CHECK(date_of(a, "2018").value().value == "2018");
  CHECK(date_of(a, "2009").value().value == "2009");
  CHECK(date_of(a, "2010").value().value == "2010");
  CHECK(value_of("Sales peaked between May and July.", "July") == "2020-07");
}

TEST_CASE("a hyphenated measure before its noun is marked alone, without article or preposition") {
  CHECK(value_of("The 14-day waiting period ended.", "14-day") == "P14D");
  CHECK(value_of("Prices rose over the three-month average.", "three-month") == "P3M");
  CHECK(value_of("It repays the loan over a three-year period.", "three-year") == "P3Y");
  CHECK(value_of("Under the five-year plan, output rose.", "five-year") == "P5Y");
  // not hyphenated: "over" bounds the stretch, and the article stays
  CHECK(value_of("The strike is likely to last over a week.", "over a week") == "P1W");
  CHECK(value_of("Output fell over the past two years.", "the past two years") == "P2Y");
}

TEST_CASE("durations and sets") {
  const Analysis a = test::analyze("He served three years and then worked for 18 months abroad.", kAnchor);
  CHECK(date_of(a, "three years").value().type == DateType::Duration);
  CHECK(date_of(a, "three years").value().value == "P3Y");
  CHECK(date_of(a, "18 months").value().value == "P18M");
  CHECK(value_of("The talks lasted five hours.", "five hours") == "PT5H");
  CHECK(value_of("It took 2 1/2 years to build.", "2 1/2 years") == "P2Y6M");
  CHECK(value_of("She signed a 30-year lease.", "30-year") == "P30Y");
  CHECK(value_of("It has been there for a few days.", "a few days") == "PXD");
  CHECK(value_of("The board meets every year in Geneva.", "every year") == "P1Y");
  CHECK(value_of("The report is published annually.", "annually") == "XXXX");  // most TimeBank gold
  CHECK(value_of("The team meets weekly.", "weekly") == "P1W");
  CHECK(value_of("The club meets each Thursday.", "each Thursday") == "XXXX-WXX-4");
  CHECK(date_of(test::analyze("The board meets every year.", kAnchor), "every year").value().type ==
        DateType::Set);
}

TEST_CASE("rates, ages, tables and adjectives are not durations or sets") {
  CHECK(value_of("Output was 125,000\n\nYear ago 98,000", "125,000\n\nYear") == "<none>");
  CHECK(value_of("The board raised its quarterly dividend.", "quarterly") == "<none>");
  CHECK(value_of("The fall in prices hurt growers.", "The fall") == "<none>");
  CHECK(value_of("Oil output reached 2 million barrels per day.", "per day") == "<none>");
  CHECK(value_of("The airline runs four flights a week.", "a week") == "<none>");
  CHECK(value_of("A 12-year-old boy was hurt.", "12-year") == "<none>");
  CHECK(value_of("Children 6 months and older can get the shot.", "6 months") == "<none>");
}

TEST_CASE("times keep the day and the zone") {
  const Analysis a = test::analyze("The vote closes at 3 p.m. and results follow at 15:30 GMT.", kAnchor);
  CHECK(date_of(a, "3 p.m.").value().type == DateType::Time);
  CHECK(date_of(a, "3 p.m.").value().value == "2020-08-07T15");
  CHECK(date_of(a, "15:30 GMT").value().value == "2020-08-07T15:30Z");
  CHECK(value_of("The fire started Saturday morning.", "Saturday morning") == "2020-08-01TMO");
  CHECK(value_of("They left at 9 a.m. Tuesday.", "9 a.m. Tuesday") == "2020-08-04T09");
}

TEST_CASE("four digits before a zone, 'local time' or 'hours' are a 24-hour clock, not a year") {
  const Analysis a = test::analyze(
      "The match is shown from 2010 GMT. The quake struck at 0940 local time. Troops moved at 1600 hours. "
      "The film came out in 2010.",
      kAnchor);
  REQUIRE(date_of(a, "2010 GMT"));
  CHECK(date_of(a, "2010 GMT")->type == DateType::Time);
  CHECK(date_of(a, "2010 GMT")->value == "2020-08-07T20:10Z");
  CHECK(value_of("The quake struck at 0940 local time.", "0940 local time") == "2020-08-07T09:40");
  CHECK(value_of("Troops moved at 1600 hours.", "1600 hours") == "2020-08-07T16:00");
  CHECK(date_of(a, "2010")->value == "2010");  // the year at the end stays a year
}

TEST_CASE("without an anchor relative values are placeholders, never invented") {
  const Analysis a = test::analyze("The contract was awarded July 15 and reported Thursday.");
  CHECK(a.extraction.published.empty());
  CHECK(date_of(a, "July 15").value().value == "XXXX-07-15");
  CHECK(date_of(a, "Thursday").value().value == "XXXX-WXX-4");
  const Analysis b = test::analyze("Exports fell last year but rose in 2012.");
  CHECK(date_of(b, "last year").value().value == "XXXX");
  CHECK(date_of(b, "2012").value().value == "2012");
}

TEST_CASE("numbers that are not dates") {
  const Analysis a = test::analyze(
      "COVID-19 cases rose at 7-Eleven stores; a Boeing 737 landed; it cost $2020; the score was 3-1; "
      "version 2.1.2020 shipped; unemployment hit 2020%.",
      kAnchor);
  for (const DateItem& d : a.extraction.dates) FAIL_CHECK("unexpected date: " << test::text_of(a, d.span));
}

TEST_CASE("numeric dates follow the date order") {
  CHECK(value_of("The memo is dated 07/15/2020.", "07/15/2020") == "2020-07-15");
  CHECK(value_of("The memo is dated 15/07/2020.", "15/07/2020") == "2020-07-15");
  // the text decides: 25/06/2020 shows day-first writing, so 03/04/2020 is 3 April
  CHECK(value_of("Filed 25/06/2020, amended 03/04/2020.", "03/04/2020") == "2020-04-03");
  EngineOptions options;
  options.date_order = DateOrder::Dmy;
  auto engine = Engine::create(options);
  REQUIRE(engine.ok());
  const Analysis a = test::analyze("The memo is dated 03/04/2020.", kAnchor, engine.value().get());
  CHECK(date_of(a, "03/04/2020").value().value == "2020-04-03");
}

TEST_CASE("earnings quarters chain to 'a year earlier'") {
  const Analysis a = test::analyze(
      "Net income rose 5% in the third quarter from a year earlier. Sales in the quarter rose too.",
      "2019-10-24");
  CHECK(date_of(a, "the third quarter").value().value == "2019-Q3");
  CHECK(date_of(a, "a year earlier").value().value == "2018-Q3");
  CHECK(date_of(a, "the quarter").value().value == "2019-Q3");
}

TEST_CASE("dates that point back at the date mentioned before") {
  const Analysis a = test::analyze(
      "He fled in June 1998 and returned later that year. On March 3, 2015, the plant closed; "
      "the same day, workers protested. The following year it reopened.",
      kAnchor);
  CHECK(date_of(a, "later that year").value().value == "1998");
  CHECK(date_of(a, "the same day").value().value == "2015-03-03");
  CHECK(date_of(a, "The following year").value().value == "2016");
  // with no date before it, "that year" is no date at all
  CHECK(value_of("People remember that year fondly.", "that year") == "<none>");
  CHECK(value_of("Prices rose in the fourth quarter of 2005 and fell for the entire year.",
                 "the entire year") == "2005");
}

TEST_CASE("years said aloud in transcripts") {
  CHECK(value_of("Atlanta, nineteen ninety-six: a bomb went off.", "nineteen ninety-six") == "1996");
  CHECK(value_of("It began in January nineteen ninety-seven.", "January nineteen ninety-seven") == "1997-01");
}

TEST_CASE("a numeric date nothing disambiguates is marked") {
  const Analysis a = test::analyze("The memo is dated 03/04/2020.", kAnchor);
  CHECK(date_of(a, "03/04/2020").value().value == "2020-03-04");
  CHECK(date_of(a, "03/04/2020").value().ambiguous);
  const Analysis b = test::analyze("Filed 07/15/2020, amended 03/04/2020.", kAnchor);
  CHECK_FALSE(date_of(b, "03/04/2020").value().ambiguous);  // 07/15 shows month-first writing
}

TEST_CASE("holidays follow their calendar rule in the year the anchor points to") {
  CHECK(value_of("Shops will stay open late before Christmas.", "Christmas") == "2020-12-25");
  CHECK(value_of("The family will gather on Thanksgiving Day.", "Thanksgiving Day") == "2020-11-26");
  CHECK(value_of("Voters head to the polls on Election Day.", "Election Day") == "2020-11-03");
  CHECK(value_of("The park reopened after Memorial Day.", "Memorial Day") == "2020-05-25");
  CHECK(value_of("Fireworks lit the harbour on New Year's Day.", "New Year's Day") == "2020-01-01");
  // past reporting in January looks back at last November's holiday
  CHECK(value_of("Sales slumped after Thanksgiving Day.", "Thanksgiving Day", "2021-01-10") == "2020-11-26");
  CHECK(value_of("The church was full at Easter.", "Easter", "2019-05-02") == "2019-04-21");
  CHECK(value_of("Markets close early on Good Friday.", "Good Friday", "2024-03-01") == "2024-03-29");
  CHECK(value_of("The office shut on Christmas Eve.", "Christmas Eve", "") == "XXXX-12-24");
  // a holiday modifying a noun is not the day itself
  CHECK(value_of("She wrapped a Christmas present for him.", "Christmas") == "<none>");
}

TEST_CASE("the day, the day before and the next day follow the last date or the anchor") {
  CHECK(value_of("The vote came on March 3. Protests began the day before.", "the day before") ==
        "2020-03-02");
  CHECK(value_of("The vote came on March 3. Results arrived the next day.", "the next day") == "2020-03-04");
  CHECK(value_of("Crowds gathered early, and the day ended quietly.", "the day") == "2020-08-07");
  // "the day before the vote": TIMEX3 marks "the day", the rest names an event
  const Analysis a = test::analyze("He resigned the day before the vote.", kAnchor);
  CHECK(date_of(a, "the day"));
  CHECK_FALSE(date_of(a, "the day before"));
  CHECK(value_of("He dreamt of the day that the club would win.", "the day") == "<none>");
}

TEST_CASE("a half added to a duration") {
  CHECK(value_of("The climb took a minute and a half.", "a minute and a half") == "PT1M30S");
  CHECK(value_of("The trial lasted two and a half years.", "two and a half years") == "P2Y6M");
  CHECK(value_of("The meeting ran an hour and a half.", "an hour and a half") == "PT1H30M");
}

TEST_CASE("planned events without a year lie ahead of the anchor") {
  const char* nov = "2020-11-20";
  CHECK(value_of("The court fixed a trial date of April 20.", "April 20", nov) == "2021-04-20");
  CHECK(value_of("The permit expires Feb. 2, officials said.", "Feb. 2", nov) == "2021-02-02");
  CHECK(value_of("The hearing is set for January 9.", "January 9", nov) == "2021-01-09");
  // plain past reporting keeps the anchor's year
  CHECK(value_of("The company sold the plant on March 14.", "March 14", nov) == "2020-03-14");
  // a dividend payable, and a wire headline's infinitive, lie ahead; a period "TO" a month does not
  CHECK(value_of("The dividend is payable March 2 to holders of record.", "March 2", nov) == "2021-03-02");
  CHECK(value_of("KELDON CHIEF TO RETIRE IN JUNE\n\nThe chief will go.", "JUNE", nov) == "2021-06");
  CHECK(value_of("KELDON NINE MONTHS TO JUNE 30\n\nShr 2 cts.", "JUNE 30", nov) == "2020-06-30");
}

TEST_CASE("present-tense event verbs and fronted dates with a plan look ahead") {
  CHECK(value_of("Finance ministers meet Monday in Brussels.", "Monday") == "2020-08-10");
  CHECK(value_of("On Tuesday, the union plans to hold a rally.", "Tuesday") == "2020-08-11");
  // a relative clause's "will" does not move a fronted date
  CHECK(value_of("In March, the board hired a director, who will stay on.", "March") == "2020-03");
  // a reporting verb before the date dates the report, whatever the clause before says
  CHECK(value_of("Prices will rise, the bank predicted Wednesday.", "Wednesday") == "2020-08-05");
  CHECK(value_of("The merger will close soon, it was announced Tuesday.", "Tuesday") == "2020-08-04");
}

TEST_CASE("a bare 'the week' keeps its week unspecified, as TimeBank gold does") {
  CHECK(value_of("Shares gained 3% for the week.", "the week") == "2020-WXX");
  CHECK(value_of("Shares gained 3% this week.", "this week") == "2020-W32");
}

TEST_CASE("an offset compared with 'than' is a stretch of time, and sets before a preposition") {
  CHECK(value_of("The harvest began a week earlier than expected.", "a week") == "P1W");
  CHECK(value_of("Repairs could take as long as a month.", "a month") == "P1M");
  CHECK(value_of("Fans queue daily outside the stadium.", "daily") == "P1D");
  CHECK(value_of("Readers of the weekly magazine wrote in.", "weekly") == "<none>");
}

TEST_CASE("the same period a year back follows the date named last") {
  CHECK(value_of("Car sales rose in March. In the same month a year earlier they fell.",
                 "the same month a year earlier") == "2019-03");
  CHECK(value_of("Exports grew in 2019, faster than in the same period last year.",
                 "the same period last year") == "2018");
  // the month named again later keeps its own year
  const Analysis a = test::analyze(
      "Car sales rose in March. In the same month a year earlier they fell. March was warm.", kAnchor);
  int marches = 0;
  for (const DateItem& d : a.extraction.dates) {
    if (test::text_of(a, d.span) != "March") continue;
    CHECK(d.value == "2020-03");
    ++marches;
  }
  CHECK(marches == 2);
}

TEST_CASE("the second end of a month range does not fall before the first") {
  // written in March: a bare June in past reporting would be last year's, but it closes a range
  // that opened in February
  CHECK(value_of("Imports grew from February to June, the office said.", "June", "2020-03-10") == "2020-06");
  CHECK(value_of("The plant was shut from Nov. 20 to Jan. 4.", "Jan. 4", "2020-01-20") == "2020-01-04");
  CHECK(value_of("The plant was shut from Nov. 20 to Jan. 4.", "Nov. 20", "2020-01-20") == "2019-11-20");
  // "to" after a weekday is no range of months: the default policy holds
  CHECK(value_of("A revision on Friday to December's figures was small.", "December", "2020-02-07") ==
        "2019-12");
}

TEST_CASE("a range written with a hyphen or slash between months wraps into the next year") {
  // written in June: a bare November in past reporting would be last year's
  CHECK(value_of("The oats are for shipment August 15-November 30.", "November 30", "2020-06-02") ==
        "2020-11-30");
  CHECK(value_of("Quotas for the November/February period were cut.", "February", "2020-10-10") == "2021-02");
  CHECK(value_of("Output in the April-March year rose.", "March", "2020-05-04") == "2021-03");
  // a spaced dash is a dateline's, no range: "SALEM, Oct 19 - Sept 30 end"
  CHECK(value_of("SALEM, Oct 19 - Sept 30 end of the quarter.", "Sept 30", "2020-10-19") == "2020-09-30");
}

TEST_CASE("a month after a split year opens in the split year's first year") {
  CHECK(value_of("Exports in 2019/20 (October-September) rose.", "October", "2020-03-09") == "2019-10");
  CHECK(value_of("Exports in 2019/20 (October-September) rose.", "September", "2020-03-09") == "2020-09");
  CHECK(value_of("Sales will fall in the 2019-20 November-October season.", "November", "2020-03-31") ==
        "2019-11");
  // a range end that wrapped is no year for the same month named again later
  CHECK(value_of("The 2020/21 (April-March) plan was set. Credit grew in the year to March 13.", "March 13",
                 "2020-04-02") == "2020-03-13");
}

TEST_CASE("the second weekday of a range or forward listing follows the first") {
  // told on Tuesday 2020-08-04 (the anchor below is a Tuesday)
  CHECK(value_of("Talks ran from Monday to Thursday in Oslo.", "Thursday", "2020-08-04") == "2020-08-06");
  CHECK(value_of("The council meets on Monday and Tuesday.", "Tuesday", "2020-08-04") == "2020-08-11");
  CHECK(value_of("If talks fail tomorrow and Friday, he quits.", "Friday", "2020-08-04") == "2020-08-07");
  // a listing in the past may go back
  CHECK(value_of("Prices rose yesterday and Sunday.", "Sunday", "2020-08-04") == "2020-08-02");
  CHECK(value_of("The sale tomorrow and Friday's cut help.", "Friday", "2020-08-04") == "2020-07-31");
}

TEST_CASE("the previous and the following weekday count from the story's day") {
  const char* text =
      "The index closed at a record on Friday, Aug. 14. It had been lower the previous Friday.";
  CHECK(value_of(text, "the previous Friday", "2020-08-19") == "2020-08-07");
  CHECK(value_of("They said last Friday that it was over.", "last Friday", "2020-08-19") == "2020-08-14");
}

TEST_CASE("ahead of a date looks forward") {
  // Monday 2020-08-10: the weekend ahead is that of ISO week 33, Thursday the 13th
  CHECK(value_of("Traders sold shares ahead of the weekend.", "the weekend", "2020-08-10") == "2020-W33-WE");
  CHECK(value_of("Stocks slipped ahead of Thursday's vote.", "Thursday", "2020-08-10") == "2020-08-13");
  CHECK(value_of("Stocks slipped after Thursday's vote.", "Thursday", "2020-08-10") == "2020-08-06");
}

TEST_CASE("two-digit decades after a possessive or a level are ages and prices") {
  CHECK(value_of("The driver, a man in his 50s, was unhurt.", "50s") == "<none>");
  CHECK(value_of("Analysts see a price in the low 90s.", "90s") == "<none>");
  CHECK(value_of("The band played hits of the '60s and the 1970s.", "60s") == "196");
}

TEST_CASE("parts of a unit: half a century, a quarter century") {
  CHECK(value_of("It was the first loss in a quarter century.", "a quarter") == "P25Y");
  CHECK(value_of("The mill ran for half a century.", "a century") == "P50Y");
  CHECK(value_of("The hearing lasted half an hour.", "an hour") == "PT30M");
}

TEST_CASE("year-on-year comparisons are no dates") {
  CHECK(value_of("The year-on-year rise in prices was 3%.", "The year") == "<none>");
}

TEST_CASE("a year earlier compares with the quarter reported, not a forecast one") {
  const char* text =
      "Profit rose in the third quarter. Analysts say losses will persist through the first quarter "
      "of 2021. A year earlier, the firm had earned less.";
  CHECK(value_of(text, "A year earlier", "2020-11-05") == "2019-Q3");
}

TEST_CASE("a quarter with its year after it is one expression") {
  CHECK(value_of("Output fell in fourth quarter 2019, the agency said.", "fourth quarter 2019") == "2019-Q4");
  CHECK(value_of("Output fell in the first quarter last year.", "the first quarter last year") == "2019-Q1");
}

TEST_CASE("the year before counts back from the year the story is at") {
  CHECK(value_of("Sales rose in 2016 to 9 tonnes from 7 tonnes the year before.", "the year") == "2015");
  CHECK(value_of("Profit grew in the second quarter from the year before, it said.", "the year") ==
        "2019-Q2");
  // "the year before the war": a year anchored on an event, not the year before the anchor
  CHECK(value_of("The story happened the year before the war.", "the year") == "2020");
}

TEST_CASE("a present-tense event verb with in puts a month ahead") {
  CHECK(value_of("The new season starts in April.", "April", "2020-02-10") == "2020-04");
  CHECK(value_of("The new season started in April.", "April", "2020-02-10") == "2019-04");
}

TEST_CASE("future before a noun is a reference ahead, not a bare noun") {
  CHECK(value_of("The charge covers future losses at the unit.", "future") == "FUTURE_REF");
  CHECK(value_of("Its future is bright, the coach said.", "future") == "<none>");
  CHECK(value_of("They debated the future of the mine.", "the future") == "<none>");
}

TEST_CASE("mid afternoon with a space is a part of the day") {
  CHECK(value_of("By mid afternoon the crowd had left.", "mid afternoon") == "2020-08-07TAF");
}

TEST_CASE("a month named with a past year does not carry that year to later bare mentions") {
  const char* text = "Exports rose 5 pct in February from February 2019. In February, imports fell.";
  const Analysis a = test::analyze(text, "2020-03-15");
  REQUIRE(a.extraction.dates.size() == 3);
  CHECK(a.extraction.dates[1].value == "2019-02");
  CHECK(a.extraction.dates[2].value == "2020-02");
}

TEST_CASE("due to a cause is no schedule") {
  CHECK(value_of("Prices fell due to a freeze that began on Feb. 4.", "Feb. 4", "2020-03-19") ==
        "2020-02-04");
  CHECK(value_of("The minister is due to arrive on Feb. 4.", "Feb. 4", "2020-03-19") == "2021-02-04");
}

TEST_CASE("am and pm written onto the digits") {
  CHECK(value_of("Polls closed at 8pm.", "8pm") == "2020-08-07T20");
  CHECK(value_of("Polls closed at 8:30PM.", "8:30PM") == "2020-08-07T20:30");
  CHECK(value_of("Polls opened at 7am.", "7am") == "2020-08-07T07");
  CHECK(value_of("The strike began at 12am.", "12am") == "2020-08-07T00");
}

TEST_CASE("a time keeps the precision it was written with") {
  // hour grain is ISO 8601 reduced precision; stated minutes, even ":00", are minute grain
  CHECK(value_of("Polls closed at 8 pm.", "8 pm") == "2020-08-07T20");
  CHECK(value_of("Polls closed at 8:00 pm.", "8:00 pm") == "2020-08-07T20:00");
  CHECK(value_of("The vote closed at 19:00 GMT.", "19:00 GMT") == "2020-08-07T19:00Z");
  CHECK(value_of("Talks resume at half past three pm.", "half past three pm") == "2020-08-07T15:30");
  CHECK(value_of("The siren sounded at noon.", "noon") == "2020-08-07T12");
}

TEST_CASE("a weekday written with a month-day picks the year it fits") {
  // 2021-05-25 is a Tuesday, 2020-05-25 a Monday
  CHECK(value_of("On Monday, May 25, the park reopened.", "Monday, May 25", "2021-03-01") == "2020-05-25");
  CHECK(value_of("On Tuesday, May 25, the park reopened.", "Tuesday, May 25", "2021-03-01") == "2021-05-25");
}

TEST_CASE("fall and spring are seasons only where a time is meant") {
  CHECK(value_of("Nothing could stop the fall, the broker said.", "the fall") == "<none>");
  CHECK(value_of("The plant will reopen in the fall.", "the fall") == "2020-FA");
  CHECK(value_of("Rain helped farmers in winter wheat areas.", "winter") == "<none>");
  CHECK(value_of("The lake freezes in winter and thaws in spring.", "winter") == "2019-WI");
}

TEST_CASE("by a month looks ahead unless its clause is in the past") {
  CHECK(value_of("Deposits had reached 12 billion by April, the bank said.", "April", "2020-06-01") ==
        "2020-04");
  CHECK(value_of("Output rose 5 pct by the end of April.", "the end of April", "2020-06-01") == "2020-04");
  CHECK(value_of("The plant will be finished by April.", "April", "2020-06-01") == "2021-04");
  CHECK(value_of("The deal should close by April.", "April", "2020-06-01") == "2021-04");
}

TEST_CASE("futures months lie ahead") {
  CHECK(value_of("Traders sold June bonds after the report.", "June", "2020-03-10") == "2020-06");
  CHECK(value_of("The September contract fell 2 cents.", "September", "2020-03-10") == "2020-09");
  CHECK(value_of("Sales fell in September, the firm said.", "September", "2020-03-10") == "2019-09");
  // a traded commodity after the month, then punctuation or a word of the trading report
  CHECK(value_of("A trade house bought 600 contracts of July soymeal, brokers said.", "July", "2020-04-07") ==
        "2020-07");
  CHECK(value_of("Brokers said May and July oats again set new highs.", "July", "2020-04-07") == "2020-07");
  // a statistic's noun after the commodity keeps the month past
  CHECK(value_of("July wheat exports fell 3 pct, the ministry said.", "July", "2020-04-07") == "2019-07");
  CHECK(value_of("JANUARY CRUDE OIL MOVEMENTS FALL", "JANUARY", "2020-03-04") == "2020-01");
}

TEST_CASE("a range of months in forward-looking text that has begun is this year's") {
  const char* text = "A team will visit in July to review results for the January-June period.";
  CHECK(value_of(text, "January", "2020-06-02") == "2020-01");
  CHECK(value_of(text, "June", "2020-06-02") == "2020-06");
  // a range still ahead, and one whose end states the next year, keep the future's year
  CHECK(value_of("Talks will be held in April or May next year.", "April", "2020-06-02") == "2021-04");
  CHECK(value_of("The firm will ship in the October-December period.", "October", "2020-06-02") == "2020-10");
}

TEST_CASE("what is expected in a month lies ahead") {
  CHECK(value_of("The firm said approval of the sale is expected in December.", "December", "2020-10-19") ==
        "2020-12");
  CHECK(value_of("Completion is now expected in the third quarter.", "the third quarter", "2020-03-19") ==
        "2020-Q3");
}

TEST_CASE("a present perfect before by sets a deadline ahead") {
  CHECK(value_of("The regulator has required all exchanges by July 1 to keep records.", "July 1",
                 "2020-03-10") == "2020-07-01");
}

TEST_CASE("the month is the month just named") {
  const char* text = "Exports rose in January, the ministry said. Imports in the month fell 3 pct.";
  CHECK(value_of(text, "the month", "2020-03-17") == "2020-01");
  CHECK(value_of("Imports in the month fell 3 pct.", "the month", "2020-03-17") == "2020-03");
  CHECK(value_of("Exports rose in January. A deal is due by the end of the month.", "the end of the month",
                 "2020-03-17") == "2020-03");
}

TEST_CASE("last year's figure after a quarter's is that quarter a year back") {
  const char* text = "Sales in the third quarter rose to $2 billion from last year's $1.8 billion.";
  CHECK(value_of(text, "last year", "2020-10-20") == "2019-Q3");
  CHECK(value_of("Sales rose to $2 billion from last year's $1.8 billion.", "last year", "2020-10-20") ==
        "2019");
}

TEST_CASE("the first half hour is no half of a year") {
  CHECK(value_of("Most trades came in the first half hour of trading.", "the first half") == "<none>");
  CHECK(value_of("Profit rose in the first half, the bank said.", "the first half") == "2020-H1");
}

TEST_CASE("the same day in a stated year") {
  const char* text = "Reserves stood at 8 billion on Dec. 31, down from 9 billion on the same day in 2018.";
  CHECK(value_of(text, "the same day", "2020-02-10") == "2018-12-31");
  const char* month = "Exports rose in January from the same month of 2018.";
  CHECK(value_of(month, "the same month", "2020-02-10") == "2018-01");
}

TEST_CASE("expect with an object before to looks ahead") {
  CHECK(value_of("Analysts expect the slump to last into the fourth quarter.", "the fourth quarter",
                 "2020-05-10") == "2020-Q4");
  CHECK(value_of("Analysts expect profits to rise in September.", "September", "2020-05-10") == "2020-09");
}

TEST_CASE("over the years is an unspecified stretch of years") {
  CHECK(value_of("The club has changed a lot over the years.", "the years") == "PXY");
  CHECK(value_of("He described the years of war.", "the years") == "<none>");
}

TEST_CASE("a forecast quarter is the context only when no quarter was reported") {
  const char* plan = "The firm plans to build 500 cars in the fourth quarter, against 450 a year ago.";
  CHECK(value_of(plan, "a year ago", "2020-08-07") == "2019-Q4");
  const char* report =
      "Profit rose in the second quarter. Analysts expect the slump to last into the fourth quarter. "
      "In the year-ago quarter the firm lost money.";
  CHECK(value_of(report, "the year-ago quarter", "2020-08-07") == "2019-Q2");
}

TEST_CASE("the years before stated years, the month after a dated comparison") {
  CHECK(value_of("He was minister for the years 2001 to 2005.", "the years") == "<none>");
  const char* text = "Exports fell from 9 billion in February 2019. Imports for the month rose.";
  CHECK(value_of(text, "the month", "2020-03-17") == "2020-03");
}

TEST_CASE("weekdays in any case, month names in lower case unless they are common words") {
  // kAnchor is a Friday (2020-08-07).
  CHECK(value_of("the ferry sails again on tuesday from the north pier.", "tuesday") == "2020-08-04");
  CHECK(value_of("TRADING HALTED MONDAY AS SYSTEMS FAILED", "MONDAY") == "2020-08-03");
  CHECK(value_of("the levy was first charged in january 1986 by the port.", "january 1986") == "1986-01");
  CHECK(value_of("the board meets again on october 12 to vote.", "october 12") == "2020-10-12");
  // "march", "may" and "august" in lower case are words, not months.
  CHECK_FALSE(date_of(test::analyze("Crowds may march to the august hall.", kAnchor), "may"));
  CHECK_FALSE(date_of(test::analyze("Crowds may march to the august hall.", kAnchor), "march"));
}

TEST_CASE("the first end of a range takes the year its second end states") {
  CHECK(value_of("Prices rose between February and October of 1986, the agency said.", "February") ==
        "1986-02");
  CHECK(value_of("The plant ran from April through December 1986.", "April") == "1986-04");
  CHECK(value_of("Talks ran from November to March 2019 without a deal.", "November") == "2018-11");
  CHECK(value_of("Sales rose in May and June 2019.", "May") == "2019-05");
  // Not a range: the connector is no range word.
  CHECK(value_of("In April, sales fell; by December 1986 they had recovered.", "April") != "1986-04");
}

TEST_CASE("a half of something other than a year or a month is no date") {
  CHECK(value_of("The week was the second half of a two-week statement period.", "the second half") ==
        "<none>");
  CHECK(value_of("He scored twice in the first half of the match.", "the first half") == "<none>");
  // a year, a fiscal year or a month after "of" keeps it; so does a year the phrase holds
  CHECK(value_of("Earnings rose in the second half of the company's fiscal year.", "the second half") !=
        "<none>");
  CHECK(value_of("Output rose in the first half of 1986.", "the first half of 1986") == "1986-H1");
  CHECK(value_of("Sales rose in the second half of this month.", "the second half") != "<none>");
  // a quarter of an event's noun stays the quarter the event fell in
  CHECK(value_of("It booked a gain on the sale in the fourth quarter of a stake in a mine.",
                 "the fourth quarter") != "<none>");
}

TEST_CASE("a half or a quarter of a fiscal year named after it takes that year") {
  CHECK(value_of("Output will rise 7 pct after falling in the second half of fiscal 1986.", "the second half",
                 "1987-03-16") == "1986-H2");
  CHECK(value_of("It expects record earnings in the second half of fiscal 1987.", "the second half",
                 "1987-06-29") == "1987-H2");
  CHECK(value_of("Sales were weak in the first quarter of fiscal year 1988.", "the first quarter",
                 "1987-06-29") == "1988-Q1");
}

TEST_CASE("a past verb before 'in' or 'on' dates the event behind; a participle after 'be' is planned") {
  // kAnchor is a Friday (2020-08-07).
  CHECK(value_of("The firm will release details of the deal, first announced in March.", "March") ==
        "2020-03");
  CHECK(value_of("It will resume the payments it stopped in January.", "January") == "2020-01");
  CHECK(value_of("It missed a payment that was due in early January and will pay soon.", "early January") ==
        "2020-01");
  CHECK(value_of("Results will be announced on Tuesday.", "Tuesday") == "2020-08-11");
  CHECK(value_of("The notes will be redeemed October 12 at par.", "October 12") == "2020-10-12");
}
