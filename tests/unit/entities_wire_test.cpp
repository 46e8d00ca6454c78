// Entities stage on the conventions of financial wire copy: tickers in angle brackets, headlines
// in capitals, abbreviations written without their last period, names joined by '&'. One case
// per rule, on stories written for these tests.
#include <string>

#include "extract/entities.hpp"
#include "test_support.hpp"

namespace newsclaim {
namespace {

const Entity* with_mention(const Analysis& a, const std::string& text) {
  for (const auto& e : a.extraction.entities) {
    for (const Span& m : e.mentions) {
      if (test::text_of(a, m) == text) return &e;
    }
  }
  return nullptr;
}

TEST_CASE("the exchange code of a ticker is no name; the symbol stays the company's alias") {
  const auto a = test::analyze(
      "Harbour Freight Lines Ltd <HFL.AS> and Kestrel Mining Corp <KMC.TO> agreed to merge, the companies "
      "said.");
  CHECK(with_mention(a, "AS") == nullptr);
  CHECK(with_mention(a, "TO") == nullptr);
  const Entity* hfl = with_mention(a, "HFL");
  REQUIRE(hfl != nullptr);
  CHECK(hfl->name == "Harbour Freight Lines Ltd");
  CHECK(with_mention(a, "KMC") == with_mention(a, "Kestrel Mining Corp"));
}

TEST_CASE("a word that qualifies titles, or a rank before a word of no title, opens a name before 'of'") {
  const auto a = test::analyze(
      "The Federal Reserve Bank of Boston and the State Bank of India said rates would hold. Deputy "
      "Governor of the Bank of Ghana Kofi Mensah agreed.");
  const Entity* fed = with_mention(a, "Federal Reserve Bank of Boston");
  REQUIRE(fed != nullptr);
  CHECK(fed->type == EntityType::Org);
  CHECK(with_mention(a, "Boston") == nullptr);
  const Entity* sbi = with_mention(a, "State Bank of India");
  REQUIRE(sbi != nullptr);
  CHECK(sbi->type == EntityType::Org);
  const Entity* mensah = with_mention(a, "Kofi Mensah");  // a title with a modifier stays an office
  REQUIRE(mensah != nullptr);
  CHECK(mensah->type == EntityType::Person);
  // a rank opening a company's name: "General" then a word of no title
  const auto gm = test::analyze("General Motors of Canada Ltd said it would close a plant in Oshawa.");
  CHECK(with_mention(gm, "General Motors of Canada Ltd") != nullptr);
  CHECK(with_mention(gm, "Canada Ltd") == nullptr);
}

TEST_CASE("a dateline is the place filed from: no short form of a company, though a car bears its name") {
  const auto a = test::analyze(
      "VARNA STEEL SETS PLAN\n\nVARNA, Ark., March 3 - Varna Steel Corp said it would cut 500 jobs.\n\n"
      "PONTIAC, Mich., March 3 - Prices of cars rose 5 pct.");
  const Entity* varna = with_mention(a, "VARNA");
  REQUIRE(varna != nullptr);
  CHECK(varna->type == EntityType::Gpe);
  CHECK(varna != with_mention(a, "Varna Steel Corp"));
  const Entity* pontiac = with_mention(a, "PONTIAC");
  REQUIRE(pontiac != nullptr);
  CHECK(pontiac->type == EntityType::Gpe);
}

TEST_CASE("a district's name that opens a company's name and speaks is the company") {
  // "Delta" and "Gulf" are districts of the place list
  const auto a = test::analyze(
      "Delta Freight Lines Inc said March traffic fell 4 pct. Delta said it would add two routes.\n");
  const Entity* delta = with_mention(a, "Delta");
  REQUIRE(delta != nullptr);
  CHECK(delta == with_mention(a, "Delta Freight Lines Inc"));
  CHECK(delta->type == EntityType::Org);
  // written as a place too, it stays one; a country never is a company's short form
  const auto b = test::analyze(
      "Gulf Barge Co said rates rose. Tankers in the Gulf were delayed, Gulf said. Japan Rail Corp said "
      "traffic rose. Japan said it would cut tariffs.\n");
  REQUIRE(with_mention(b, "Gulf") != nullptr);
  CHECK(with_mention(b, "Gulf") != with_mention(b, "Gulf Barge Co"));
  REQUIRE(with_mention(b, "Japan") != nullptr);
  CHECK(with_mention(b, "Japan")->type == EntityType::Gpe);
}

TEST_CASE("a dotted abbreviation without its last period is the same place") {
  const auto a = test::analyze(
      "Ministers from the U.S, Canada and Mexico met on Friday. The U.K's envoy and U.S-based lawyers also "
      "came.");
  const Entity* us = with_mention(a, "U.S");
  REQUIRE(us != nullptr);
  CHECK(us->type == EntityType::Gpe);
  CHECK(with_mention(a, "U.") == nullptr);
  const Entity* uk = with_mention(a, "U.K");
  REQUIRE(uk != nullptr);
  CHECK(uk->type == EntityType::Gpe);
  CHECK(with_mention(a, "U.S-based") == nullptr);
}

TEST_CASE("an abbreviation glued to a word before it yields no lone initial") {
  const auto a = test::analyze("Trade with non-U.S. carriers and the U.K.-U.S. talks both slowed.");
  CHECK(with_mention(a, "S.") == nullptr);
  CHECK(with_mention(a, "U.K.") != nullptr);
}

TEST_CASE("an initial before a name is not read as an abbreviation") {
  const auto a = test::analyze("The report was written by A.O'Neary and J.Ruiz of the institute.");
  CHECK(with_mention(a, "A.O") == nullptr);
}

TEST_CASE("capitals joined by '&' make one name") {
  const auto a = test::analyze("Brandt said AT&T and P&O Ferries would share the cost of the cable.");
  const Entity* att = with_mention(a, "AT&T");
  REQUIRE(att != nullptr);
  CHECK(att->type == EntityType::Org);
  CHECK(with_mention(a, "AT") == nullptr);
  CHECK(with_mention(a, "P&O Ferries") != nullptr);
  CHECK(with_mention(a, "O Ferries") == nullptr);
  // the lists hold the common nouns written so
  const auto b = test::analyze("Spending on R&D rose after the Q&A with M&A bankers.");
  CHECK(b.extraction.entities.empty());
}

TEST_CASE("a listed name joined by 'and' ends at the next 'and'") {
  const auto a = test::analyze("Talks between AT and T and Kestrel Mining Corp ended without a deal.");
  CHECK(with_mention(a, "AT and T") != nullptr);
  CHECK(with_mention(a, "AT") == nullptr);
  CHECK(with_mention(a, "Kestrel Mining Corp") != nullptr);
}

TEST_CASE("the company before a ticker in a capitals headline is one name") {
  const auto a = test::analyze(
      "GENERAL ELECTRIC <GE> TO SELL SENSOR UNIT\n\n"
      "BRIDGEPORT, Conn., May 4 - General Electric Co said it agreed to sell its sensor unit to "
      "a group of investors.\n");
  const Entity* ge = with_mention(a, "GENERAL ELECTRIC");
  REQUIRE(ge != nullptr);
  CHECK(ge->type == EntityType::Org);
  CHECK(ge == with_mention(a, "General Electric Co"));
  CHECK(with_mention(a, "ELECTRIC") == nullptr);
}

TEST_CASE("the company a ticker follows starts where the ticker's letters do") {
  const auto a = test::analyze(
      "EXCHANGE SAYS SANTA FE <SFX> DECLINES COMMENT\n\n"
      "NEW YORK, May 4 - The exchange asked the railroad about trading in its shares.\n");
  const Entity* sf = with_mention(a, "SANTA FE");
  REQUIRE(sf != nullptr);
  CHECK(sf->type == EntityType::Org);
  CHECK(with_mention(a, "SAYS SANTA FE") == nullptr);
}

TEST_CASE("a known name's possessive in capitals is cut") {
  const auto a = test::analyze(
      "JAPAN'S CABINET BACKS CHIP PACT\n\nTOKYO, May 4 - The cabinet backed the pact with Washington.\n");
  const Entity* japan = with_mention(a, "JAPAN");
  REQUIRE(japan != nullptr);
  CHECK(japan->type == EntityType::Gpe);
  CHECK(with_mention(a, "JAPAN'S") == nullptr);
}

TEST_CASE("an ordinary word alone in a capitals headline needs the story to name it alone") {
  const auto a = test::analyze(
      "NEW BANK RULES TOUGHER THAN NEEDED, DEALERS SAY\n\n"
      "LONDON, May 4 - Dealers said rules proposed by the Bank of England and the Federal Reserve "
      "went too far.\n");
  CHECK(with_mention(a, "BANK") == nullptr);
  CHECK(with_mention(a, "NEW") == nullptr);
  CHECK(with_mention(a, "Bank of England") != nullptr);

  // the story writes "the Bank" alone: the headline's word names it
  const auto b = test::analyze(
      "BANK LIFTS RATES AGAIN\n\n"
      "LONDON, May 4 - The Bank of England raised rates. The Bank said inflation was too high.\n");
  CHECK(with_mention(b, "BANK") != nullptr);
}

TEST_CASE("words a list knows together keep each other in a headline, whatever each is alone") {
  const auto a = test::analyze(
      "DOLLAR ENDS WITH MODEST LOSSES IN NEW YORK\n\n"
      "CHICAGO, May 4 - The dollar slipped against the yen.\n");
  CHECK(with_mention(a, "NEW YORK") != nullptr);
  CHECK(with_mention(a, "YORK") == nullptr);
  const auto b = test::analyze("Gold Prices Slip In South Korea\n\nGold slipped on Monday.\n");
  CHECK(with_mention(b, "South Korea") != nullptr);
}

TEST_CASE("a label of ordinary words before a dash is no dateline") {
  const auto a =
      test::analyze("MARKET FOCUS - COPPER PRICES CLIMB\n\nLONDON, May 4 - Copper rose for a third day.\n");
  CHECK(with_mention(a, "MARKET FOCUS") == nullptr);
  const Entity* london = with_mention(a, "LONDON");
  REQUIRE(london != nullptr);
  CHECK(london->type == EntityType::Gpe);
}

TEST_CASE("a ticker types the company it follows, not the place closing 'X of Y'") {
  const auto a = test::analyze(
      "Veltro Motori SpA of Italy <VLTM.MI> and Dunmore Brewing <DUNB.L> signed the deal. H.K. and N.Z. "
      "banks lent the money.\n REUTER\n");
  const Entity* italy = with_mention(a, "Italy");
  REQUIRE(italy != nullptr);
  CHECK(italy->type == EntityType::Gpe);
  const Entity* brewer = with_mention(a, "Dunmore Brewing");
  REQUIRE(brewer != nullptr);
  CHECK(brewer->type == EntityType::Org);
  const Entity* hk = with_mention(a, "H.K.");
  REQUIRE(hk != nullptr);
  CHECK(hk->type == EntityType::Gpe);
  CHECK(with_mention(a, "REUTER") == nullptr);  // the wire's sign-off
}

TEST_CASE("the USSR is the Soviet Union; regional adjectives are groups") {
  const auto a = test::analyze(
      "The Soviet Union will buy the plant's output, officials said. The USSR also agreed to pay in dollars, "
      "and West African and Eastern European traders welcomed it.");
  const Entity* ussr = with_mention(a, "USSR");
  REQUIRE(ussr != nullptr);
  CHECK(ussr->type == EntityType::Gpe);
  CHECK(ussr == with_mention(a, "Soviet Union"));
  for (const char* group : {"West African", "Eastern European"}) {
    const Entity* g = with_mention(a, group);
    REQUIRE(g != nullptr);
    CHECK(g->type == EntityType::Norp);
  }
}

TEST_CASE("the portfolio before a minister or secretary is part of the role, not an organization") {
  const auto a = test::analyze(
      "Agriculture Minister Adamu Okafor said output would triple. West German Farm Minister Ignaz Vogt "
      "objected. But Belgian Research Minister Guy Maes agreed, and Trade and Industry Secretary Ann Hale "
      "said so too. Kestrel CEO Tom Ryder and Senate Leader Bob Dale welcomed it.");
  for (const char* junk : {"Agriculture", "West", "But", "Trade and Industry", "West German Farm"})
    CHECK(with_mention(a, junk) == nullptr);
  const Entity* okafor = with_mention(a, "Adamu Okafor");
  REQUIRE(okafor != nullptr);
  REQUIRE(okafor->roles.size() == 1);
  CHECK(okafor->roles[0] == "Agriculture Minister");
  const Entity* vogt = with_mention(a, "Ignaz Vogt");
  REQUIRE(vogt != nullptr);
  REQUIRE(vogt->roles.size() == 1);
  CHECK(vogt->roles[0] == "West German Farm Minister");
  const Entity* hale = with_mention(a, "Ann Hale");
  REQUIRE(hale != nullptr);
  REQUIRE(hale->roles.size() == 1);
  CHECK(hale->roles[0] == "Trade and Industry Secretary");
  // An organization word before a role still names one.
  const Entity* senate = with_mention(a, "Senate");
  REQUIRE(senate != nullptr);
  CHECK(senate->type == EntityType::Org);
}

TEST_CASE("'X and Y Inc' is one company unless the story names either side alone") {
  const auto a = test::analyze(
      "Brackley and Moss Inc said it would buy a stake in Kestrel Refining and Marketing Co, and Tallow and "
      "Fenwick Plc agreed to advise it.\n\n"
      "Separately, Orvane and Piedmont Aviation Inc agreed to merge. Orvane said the deal would close in "
      "May.");
  for (const char* name :
       {"Brackley and Moss Inc", "Kestrel Refining and Marketing Co", "Tallow and Fenwick Plc"}) {
    const Entity* e = with_mention(a, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Org);
  }
  CHECK(with_mention(a, "Orvane and Piedmont Aviation Inc") == nullptr);
  CHECK(with_mention(a, "Piedmont Aviation Inc") != nullptr);
}

TEST_CASE(
    "a currency word opening a sentence is the currency; an ordinary word before a ticker is the company") {
  const auto a = test::analyze(
      "LONDON, March 3 - Sterling rose against the dollar on Monday. Dealers bought sterling as rates "
      "rose.\n");
  CHECK(with_mention(a, "Sterling") == nullptr);
  const auto b = test::analyze(
      "HARVEST <HRV> SEEKS APPROVAL FOR NEW PLANT\n\nAKRON, Ohio, March 17 - Harvest said "
      "it filed the request.\n");
  CHECK(with_mention(b, "HARVEST") != nullptr);
  const auto c =
      test::analyze("HARVEST INC <HRV> 4TH QTR NET\n\nAKRON, Ohio, March 17 - Shr 1.27 dlrs vs 1.10 dlrs.\n");
  const Entity* e = with_mention(c, "HARVEST INC");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Org);
}

TEST_CASE("a group of nations named by its number is one organization") {
  const auto a = test::analyze(
      "PARIS, March 2 - Finance ministers of the Group of Seven met on Sunday, and the Group of Five and "
      "Canada agreed to hold talks.\n");
  for (const char* name : {"Group of Seven", "Group of Five"}) {
    const Entity* e = with_mention(a, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Org);
  }
  CHECK(with_mention(a, "Canada") != nullptr);
  CHECK(with_mention(a, "Five") == nullptr);
}

TEST_CASE("a name a legal suffix closes is a company's, even after a given name") {
  const auto a = test::analyze("AMSTERDAM, May 4 - Dorian Verzekeringen N.V. said its profit rose.\n");
  const Entity* e = with_mention(a, "Dorian Verzekeringen N.V.");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Org);
}

TEST_CASE("a slash after one capital joins a company's name, but not an abbreviation's letters") {
  const auto a = test::analyze(
      "OSLO, May 4 - Fjordlys Verft A/S and R/T-Link Inc said the I/O boards and A/B tests were done, "
      "while N/A--not available figures came later.\n");
  for (const char* name : {"Fjordlys Verft A/S", "R/T-Link Inc"}) {
    const Entity* e = with_mention(a, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Org);
  }
  for (const char* part : {"I/O", "A/B", "N/A", "Fjordlys Verft A"}) CHECK(with_mention(a, part) == nullptr);
}

TEST_CASE("an apposition calling a name a subsidiary, unit or affiliate makes it a company") {
  const auto a = test::analyze(
      "Mark Halvorsen Verft, a wholly owned subsidiary of Norvik Holding, won the order. "
      "Dean Arlo, the Norvik unit's president, said so.\n");
  const Entity* yard = with_mention(a, "Mark Halvorsen Verft");
  REQUIRE(yard != nullptr);
  CHECK(yard->type == EntityType::Org);
  const Entity* president = with_mention(a, "Dean Arlo");
  REQUIRE(president != nullptr);
  CHECK(president->type == EntityType::Person);  // "the Norvik unit's president" is a person's role
}

TEST_CASE("dotted capitals where a sentence ends close the name") {
  const auto a = test::analyze(
      "MANAMA, May 4 - It bought a kiln from Varna Alumina B.S.C. Last year it bought two from the "
      "U.N. Last week K.T. Orlov and Co said so.\n");
  for (const char* name : {"Varna Alumina B.S.C.", "U.N.", "K.T. Orlov and Co"})
    CHECK(with_mention(a, name) != nullptr);
  CHECK(with_mention(a, "Varna Alumina B.S.C. Last") == nullptr);
  CHECK(with_mention(a, "U.N. Last") == nullptr);
}

TEST_CASE("wire labels and adjectives are no names; the rating agency written with 'and' is one name") {
  const auto a = test::analyze(
      "NEW YORK, March 17 - Shr nine cts vs 12 cts\n\nQtly div 18 cts vs 22 cts prior\n\nThe notes are rated "
      "BBB by Standard and Poor's. Deposits rose to 17.55 billion N.Z. Dlrs. The deal blunted Congressional "
      "criticism.");
  CHECK_FALSE(with_mention(a, "Qtly"));
  CHECK_FALSE(with_mention(a, "N.Z. Dlrs"));
  CHECK_FALSE(with_mention(a, "Congressional"));
  CHECK(with_mention(a, "Standard and Poor's"));
  CHECK_FALSE(with_mention(a, "Poor's"));
}

TEST_CASE("a partnership's names split by commas are one firm; a listing of companies is not") {
  const auto a = test::analyze(
      "Halloran, Peabody and Co said the issue was priced at par. Managers were Voss, Tellam, Lamb and "
      "Dyer Inc and Orvane Freres and Co in Boston. On Thursday, Brill, Tavish and Co Inc sold bonds. Ford, "
      "Chrysler and General Motors Corp cut prices. An analyst at Peabody said demand was strong.");
  const Entity* halloran = with_mention(a, "Halloran, Peabody and Co");
  REQUIRE(halloran != nullptr);
  CHECK(halloran->type == EntityType::Org);
  CHECK(with_mention(a, "Peabody") == halloran);  // a partner's name alone is the firm
  CHECK(with_mention(a, "Voss, Tellam, Lamb and Dyer Inc"));
  CHECK(with_mention(a, "Orvane Freres and Co"));  // the firm after the suffix is its own
  CHECK(with_mention(a, "Brill, Tavish and Co Inc"));
  CHECK_FALSE(with_mention(a, "On Thursday, Brill, Tavish and Co Inc"));
  CHECK(with_mention(a, "General Motors Corp"));
  CHECK_FALSE(with_mention(a, "Ford, Chrysler and General Motors Corp"));
}

TEST_CASE("the word after a company's initials is its short form; a place's initials give none") {
  const auto a = test::analyze(
      "Shearson made an offer to the E.F. Hutton Group Inc, which was rejected by Hutton. U.S. Steel Corp "
      "was not involved, and Steel, a trade journal, said so.");
  const Entity* hutton = with_mention(a, "E.F. Hutton Group Inc");
  REQUIRE(hutton != nullptr);
  CHECK(with_mention(a, "Hutton") == hutton);
  const Entity* steel = with_mention(a, "U.S. Steel Corp");
  REQUIRE(steel != nullptr);
  CHECK(with_mention(a, "Steel") != steel);
}

TEST_CASE("a one-letter slip of an organization's short form joins the organization; a plural does not") {
  const auto a = test::analyze(
      "Brellmann Lehman Brothers Inc is a unit of the bank. Brellmann said profits rose, and the options "
      "could improve Brellman's access to capital. Talks with Brellmanns, the other family firm, went on.");
  const Entity* firm = with_mention(a, "Brellmann Lehman Brothers Inc");
  REQUIRE(firm != nullptr);
  CHECK(with_mention(a, "Brellmann") == firm);
  CHECK(with_mention(a, "Brellman") == firm);
  CHECK(with_mention(a, "Brellmanns") != firm);
}

TEST_CASE("a month and a day in words are a date, no name") {
  const auto a = test::analyze(
      "Purchases are expected to start around May Four, and the offer expires April Three. March Nine "
      "is the record date.");
  CHECK_FALSE(with_mention(a, "May Four"));
  CHECK_FALSE(with_mention(a, "April Three"));
  CHECK_FALSE(with_mention(a, "March Nine"));
  // A given name that is a month still names a person before a surname.
  const auto b = test::analyze("The board named April Jones chairman.");
  CHECK(with_mention(b, "April Jones"));
}

TEST_CASE("a conjunction the wires capitalize after U.S. is no name, nor is IT") {
  const auto a = test::analyze(
      "Savings are higher than in the U.S., Although rates are lower. In the U.S., Where loans are popular, "
      "banks gained. He worked in IT for years. The Senate agreed, However, the House did not.");
  const auto b = test::analyze("Trade between the U.S. And Soviet Union grew, the U.K. And Norway said.");
  CHECK_FALSE(with_mention(b, "U.S. And Soviet Union"));
  CHECK(with_mention(b, "Soviet Union"));
  CHECK(with_mention(b, "Norway"));
  for (const char* word : {"Although", "Where", "IT", "However"}) {
    CAPTURE(word);
    CHECK_FALSE(with_mention(a, word));
  }
  CHECK(with_mention(a, "Senate"));
}

TEST_CASE("a conjunction or determiner opening a sentence is no word of the name after it") {
  const auto a = test::analyze(
      "Japan applied alone. But Hong Kong Rugby Football Union officials disagreed. And Genentech Inc rose. "
      "Its Amoco Canada Petroleum unit was sold. When Congress returns, it will vote.");
  for (const char* name :
       {"Hong Kong Rugby Football Union", "Genentech Inc", "Amoco Canada Petroleum", "Congress"})
    CHECK(with_mention(a, name));
  for (const char* gone : {"But Hong Kong Rugby Football Union", "And Genentech Inc",
                           "Its Amoco Canada Petroleum", "When Congress", "But", "When"})
    CHECK_FALSE(with_mention(a, gone));
  // A title opening with such a word keeps it.
  CHECK(with_mention(test::analyze("The band So Solid Crew won an award."), "So Solid Crew"));
}

TEST_CASE("a listed company's name with its suffix after 'and' is a company of its own") {
  const auto a = test::analyze(
      "The issue is led by Merrill Lynch Capital Markets and Salomon Brothers Inc, dealers said. Shares of "
      "Ford and "
      "General Motors Corp fell. Smith and Wesson Corp rose.");
  CHECK(with_mention(a, "Merrill Lynch Capital Markets"));
  CHECK(with_mention(a, "Salomon Brothers Inc"));
  CHECK(with_mention(a, "General Motors Corp"));
  CHECK_FALSE(with_mention(a, "Ford and General Motors Corp"));
  // Two surnames joined into one firm stay one.
  CHECK(with_mention(a, "Smith and Wesson Corp"));
}

TEST_CASE("a Romance organization word before a particle opens an organization's name") {
  const auto a = test::analyze(
      "Banco do Brasil raised its rates. Caisse des Depots bought shares, and Banque de Neuflize sold. "
      "Jean du Pont said so.");
  for (const char* bank : {"Banco do Brasil", "Caisse des Depots", "Banque de Neuflize"}) {
    CAPTURE(bank);
    REQUIRE(with_mention(a, bank));
    CHECK(with_mention(a, bank)->type == EntityType::Org);
  }
  REQUIRE(with_mention(a, "Jean du Pont"));
  CHECK(with_mention(a, "Jean du Pont")->type == EntityType::Person);
}

TEST_CASE("a month opening a run of capitals is a date before the name") {
  const auto a = test::analyze(
      "The February Paris accord held. The June Venice summit opens. Sales in the April-June quarter rose. "
      "Between January and May Ecuador sold oil. The June Canadian dollar fell, as did June RBD oil.");
  for (const char* gone : {"February Paris", "June Venice", "April-June", "January and May Ecuador",
                           "June Canadian", "June RBD"})
    CHECK_FALSE(with_mention(a, gone));
  CHECK(with_mention(a, "Paris"));
  CHECK(with_mention(a, "Venice"));
  CHECK(with_mention(a, "Ecuador"));
  // A month that is a given name keeps a surname, and a company's words, after it.
  const auto b = test::analyze(
      "He sang with June Carter Cash. The unit is run by August Busch III. It bought May Department Stores.");
  CHECK(with_mention(b, "June Carter Cash"));
  CHECK(with_mention(b, "August Busch III"));
  CHECK(with_mention(b, "May Department Stores"));
}

TEST_CASE(
    "an organization's word opening a sentence is the ordinary word where the story mostly writes it so") {
  // "Oil" stands capitalized only inside "Kestrel Oil Co" and at sentence starts; "oil" three times
  const auto a = test::analyze(
      "Kestrel Oil Co said oil output rose. Oil stocks fell as oil demand grew and oil prices eased.");
  CHECK(with_mention(a, "Kestrel Oil Co"));
  CHECK_FALSE(with_mention(a, "Oil"));
  const auto b = test::analyze(
      "The Kestrel Stock Exchange said exchange fees, exchange hours and exchange rules changed. Exchange "
      "membership is open.");
  CHECK_FALSE(with_mention(b, "Exchange"));
  // an office after the word makes it the story's institution
  const auto c = test::analyze(
      "The Kestrel Stock Exchange said exchange fees, exchange hours and exchange rules changed. Exchange "
      "officials said so.");
  CHECK(with_mention(c, "Exchange"));
}

TEST_CASE("a body's word after a plural's possessive continues the name; a company's department does not") {
  const auto a = test::analyze(
      "The Varran Coffee Growers' Federation set no limit, the Harbour Employees' Union said, and the "
      "National Cattlemen's Association agreed.");
  CHECK(with_mention(a, "Varran Coffee Growers' Federation"));
  CHECK(with_mention(a, "Harbour Employees' Union"));
  CHECK(with_mention(a, "National Cattlemen's Association"));
  CHECK_FALSE(with_mention(a, "Federation"));
  const auto b =
      test::analyze("He heads Kessler Brothers' Capital markets desk. The Philippines' Senate voted.");
  CHECK(with_mention(b, "Kessler Brothers"));
  CHECK_FALSE(with_mention(b, "Kessler Brothers' Capital"));
  CHECK(with_mention(b, "Philippines"));
  CHECK_FALSE(with_mention(b, "Philippines' Senate"));
}

TEST_CASE("one unknown name's possessive before a body's word ending the name is one organization") {
  const auto a = test::analyze("The bill was backed by the Halvorsen's Society and Age Concern.");
  CHECK(with_mention(a, "Halvorsen's Society"));
  CHECK_FALSE(with_mention(a, "Society"));
  // not a body of something, a title's holder's, a month's or a given name's
  const auto b = test::analyze(
      "Tamura's Ministry of Trade met. Prime Minister Rao Kell's Congress won. October's Council met. "
      "John's Trust paid.");
  CHECK(with_mention(b, "Ministry of Trade"));
  CHECK(with_mention(b, "Congress"));
  CHECK_FALSE(with_mention(b, "October's Council"));
  CHECK_FALSE(with_mention(b, "John's Trust"));
}

TEST_CASE("a one-word company in capitals is the same company written with inner capitals") {
  const auto a = test::analyze(
      "VARNEKCORP <VNK> SELLS STORES\n\nOSTRAVA, April 2 - VarnekCorp said it sold its stores to Tessaro "
      "Ltd, which VarnekCorp had supplied.");
  const Entity* caps = with_mention(a, "VARNEKCORP");
  REQUIRE(caps != nullptr);
  CHECK(caps == with_mention(a, "VarnekCorp"));
}

TEST_CASE("a name with a region or word in parentheses before a company suffix is one company") {
  const auto a = test::analyze(
      "LONDON, April 2 - Orvane Trading (U.K.) Ltd said it will sell mowers. Its parent, Orvane Group Plc, "
      "owns Orvane Trading (Asia) Ltd too. Kessel Tang (Holdings) Ltd rose, and Kessel Tang said profit "
      "doubled. The Bank of Ostrava (Europe) SA arranged the loan.");
  for (const char* company : {"Orvane Trading (U.K.) Ltd", "Orvane Trading (Asia) Ltd",
                              "Kessel Tang (Holdings) Ltd", "Bank of Ostrava (Europe) SA"}) {
    CAPTURE(company);
    const Entity* e = with_mention(a, company);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::Org);
  }
  // the words inside are no place or organization of their own
  CHECK(with_mention(a, "U.K.") == nullptr);
  CHECK(with_mention(a, "Asia") == nullptr);
  CHECK(with_mention(a, "Holdings") == nullptr);
  // a word in parentheses is part of the legal name: the name without it is the same company;
  // a region names a subsidiary, no other name of the group
  CHECK(with_mention(a, "Kessel Tang") == with_mention(a, "Kessel Tang (Holdings) Ltd"));
  CHECK(with_mention(a, "Orvane Trading (U.K.) Ltd") != with_mention(a, "Orvane Trading (Asia) Ltd"));
  // empty parentheses, or a text ending inside them, join nothing
  const auto b = test::analyze("Orvane Trading () Ltd said so. Kessel Tang (Holdings");
  CHECK(with_mention(b, "Orvane Trading () Ltd") == nullptr);
  CHECK(with_mention(b, "Orvane Trading") != nullptr);
}

TEST_CASE("a company's legal word, 'of' and its country or state are one name") {
  const auto a = test::analyze(
      "Tessaro Metals Co of America said sales rose, and Tessaro Metals Co expects more. Harmon "
      "Guaranty Trust Co of New Mexico lent the money; Harmon Guaranty was the agent. Tessaro Metals "
      "Co shares fell in America.");
  const Entity* metals = with_mention(a, "Tessaro Metals Co of America");
  REQUIRE(metals != nullptr);
  CHECK(metals->type == EntityType::Org);
  // the name without the country is the same company; the country alone is a place
  CHECK(with_mention(a, "Tessaro Metals Co") == metals);
  const Entity* america = with_mention(a, "America");
  REQUIRE(america != nullptr);
  CHECK(america->type == EntityType::Gpe);
  // a given name opening it makes no person of a company
  const Entity* harmon = with_mention(a, "Harmon Guaranty Trust Co of New Mexico");
  REQUIRE(harmon != nullptr);
  CHECK(harmon->type == EntityType::Org);
  CHECK(with_mention(a, "Harmon Guaranty") == harmon);
  CHECK(with_mention(a, "New Mexico") == nullptr);
}

TEST_CASE("a place, a word that is also a given name and a company suffix are one company") {
  const auto a = test::analyze(
      "SINGAPORE, May 4 - Singapore Land Ltd and Cardiff Bell Telephone Co said profits rose. Shares of "
      "Hongkong and Shanghai Banking Corp fell in Hongkong. Britain Tony Blair spoke later.\n");
  for (const char* company :
       {"Singapore Land Ltd", "Cardiff Bell Telephone Co", "Hongkong and Shanghai Banking Corp"}) {
    const Entity* e = with_mention(a, company);
    REQUIRE_MESSAGE(e != nullptr, company);
    CHECK(e->type == EntityType::Org);
  }
  // the Reuters spelling of Hong Kong is the place; a place and a person's full name stay two names
  const Entity* hongkong = with_mention(a, "Hongkong");
  REQUIRE(hongkong != nullptr);
  CHECK(hongkong->type == EntityType::Gpe);
  const Entity* blair = with_mention(a, "Tony Blair");
  REQUIRE(blair != nullptr);
  CHECK(blair->type == EntityType::Person);
}

TEST_CASE("a place before a column's title of ordinary words and a dash is the place alone") {
  const auto a = test::analyze(
      "OMAHA TRUCK PRICES - USDA\n\nAPRIL 7 - Prices for supplies delivered to Omaha were steady.\n\n"
      "PERU CROP REPORT -- USDA\n\nWASHINGTON, April 7 - Rain fell in the north.");
  CHECK(with_mention(a, "OMAHA TRUCK PRICES") == nullptr);
  const Entity* omaha = with_mention(a, "OMAHA");
  REQUIRE(omaha != nullptr);
  CHECK(omaha->type == EntityType::Gpe);
  CHECK(with_mention(a, "PERU CROP REPORT") == nullptr);
  CHECK(with_mention(a, "PERU") != nullptr);
}

TEST_CASE("a word two companies' names open is the short form of one of them, never a bridge") {
  const auto a = test::analyze(
      "Corvane Industries Inc said its Corvane Leasing Co unit sold two jets. Corvane said the sale "
      "closed in May. Corvane Leasing Co will keep four jets, Corvane said.");
  const Entity* parent = with_mention(a, "Corvane Industries Inc");
  const Entity* unit = with_mention(a, "Corvane Leasing Co");
  REQUIRE(parent != nullptr);
  REQUIRE(unit != nullptr);
  CHECK(parent != unit);
  CHECK(with_mention(a, "Corvane") == parent);
}

TEST_CASE("'and Co' goes with the legal word; a bank's country with its name, unless that names another") {
  const auto a = test::analyze(
      "Halvern Brothers and Co Inc will manage the offer, and Halvern Brothers expects fees of two mln dlrs. "
      "Kestrel Bank of Canada lent the money. Kestrel Bank said rates would rise. The Federal Reserve Bank "
      "of New York and the Federal Reserve made no comment.");
  const Entity* halvern = with_mention(a, "Halvern Brothers and Co Inc");
  REQUIRE(halvern != nullptr);
  CHECK(with_mention(a, "Halvern Brothers") == halvern);
  const Entity* kestrel = with_mention(a, "Kestrel Bank of Canada");
  REQUIRE(kestrel != nullptr);
  CHECK(with_mention(a, "Kestrel Bank") == kestrel);
  const Entity* fed = with_mention(a, "Federal Reserve");
  REQUIRE(fed != nullptr);
  CHECK(with_mention(a, "Federal Reserve Bank of New York") != fed);
}

TEST_CASE(
    "'Conference' and 'Journal' open a body's name before 'of' or 'on'; alone at a sentence's start a word") {
  const auto a = test::analyze(
      "The rules are set by the Conference of Postal and Telecommunications Administrations. Conference "
      "calls were held. The Conference on Maritime Safety met in Oslo.");
  const Entity* body = with_mention(a, "Conference of Postal and Telecommunications Administrations");
  REQUIRE(body != nullptr);
  CHECK(body->type == EntityType::Org);
  CHECK(with_mention(a, "Telecommunications Administrations") == nullptr);
  const Entity* safety = with_mention(a, "Conference on Maritime Safety");
  REQUIRE(safety != nullptr);
  CHECK(safety->type == EntityType::Org);
  CHECK(with_mention(a, "Conference") == nullptr);
  // so does "Journal", which also ends a paper's name
  const auto b = test::analyze(
      "A study in the Northern Journal of Medicine and a report in the Journal of Commerce agreed, the "
      "Harbor Street Journal said.");
  const Entity* study = with_mention(b, "Northern Journal of Medicine");
  REQUIRE(study != nullptr);
  CHECK(study->type == EntityType::Org);
  CHECK(with_mention(b, "Medicine") == nullptr);
  CHECK(with_mention(b, "Journal of Commerce") != nullptr);
  CHECK(with_mention(b, "Harbor Street Journal") != nullptr);
}

TEST_CASE("a label that dots lead to its row's figures is no name") {
  const auto a = test::analyze(
      "Spot prices in dlrs a barrel.\nGRADE.........MAR 27.....MAR 20\nKESTREL HEAVY......16.63......16.73\n"
      "VARNA LIGHT.......18.09......18.21\n\nKestrel Oil Corp sells both grades.");
  CHECK(with_mention(a, "KESTREL HEAVY") == nullptr);
  CHECK(with_mention(a, "VARNA LIGHT") == nullptr);
  CHECK(with_mention(a, "Kestrel Oil Corp") != nullptr);
}

}  // namespace
}  // namespace newsclaim
