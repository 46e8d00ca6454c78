// Entities stage: people and the words around names in political news (public figures named
// by the family name alone, town names that are also family names, weekdays and contractions
// closing a name, section headings and lead-ins), on sentences written for these tests.
#include <algorithm>
#include <string>

#include "entity_mentions.hpp"

namespace newsclaim {
namespace {

using test::entity_of;
using test::has_mention;
using test::type_of;

TEST_CASE("given names of public figures the generated list lacks make a person") {
  const auto a = test::analyze("Donald Pellow and Walter Quist said the fund would close.");
  CHECK(type_of(a, "Donald Pellow") == EntityType::Person);
  CHECK(type_of(a, "Walter Quist") == EntityType::Person);
}

TEST_CASE("two titled people joined by 'and' are two names, though a surname is an ordinary word") {
  const auto a =
      test::analyze("Finance Minister Laura Baker and Trade Commissioner Peter Mills met in Oslo on Monday.");
  CHECK(type_of(a, "Laura Baker") == EntityType::Person);
  CHECK(type_of(a, "Peter Mills") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "Laura Baker and Trade Commissioner Peter Mills"));
  // partners' surnames before a company's suffix stay one firm
  const auto firm = test::analyze("Shares of Baker and Mills Ltd rose in London.");
  CHECK(type_of(firm, "Baker and Mills Ltd") == EntityType::Org);
}

TEST_CASE(
    "an honorific makes a nationality word or a place a surname; a role before a nationality does not") {
  const auto a = test::analyze(
      "Mr Irish said the council would cut 40 jobs. Baroness Scotland and Lady Hale agreed. The official "
      "Iraqi news agency said talks ended, and chief Colombian delegate Luis Ardila left.");
  CHECK(type_of(a, "Irish") == EntityType::Person);
  CHECK(type_of(a, "Scotland") == EntityType::Person);
  CHECK(type_of(a, "Hale") == EntityType::Person);
  CHECK(type_of(a, "Iraqi") == EntityType::Norp);
  CHECK(type_of(a, "Colombian") == EntityType::Norp);
}

TEST_CASE("a given name and a family name after an outlet word name a presenter, not the outlet") {
  const auto a = test::analyze(
      "Comedian and broadcaster Cyril Haddow has died. His fellow broadcaster Michael Tranter praised him "
      "to the broadcaster Rivermouth Radio and the magazine Mac Format.");
  CHECK(type_of(a, "Cyril Haddow") == EntityType::Person);
  CHECK(type_of(a, "Michael Tranter") == EntityType::Person);
  CHECK(type_of(a, "Rivermouth Radio") == EntityType::Org);
  CHECK(type_of(a, "Mac Format") == EntityType::Org);  // an ordinary word is no family name
}

TEST_CASE("an office in a body named after a place: the words after the place are the holder") {
  // neither given name is in the lists; the body is a name of its own too
  const auto a = test::analyze(
      "Governor of the Bank of Latvia Ostap Vilkoner said rates would rise. Deputy Governor of the "
      "Reserve Bank of India Tarsem Bhullar agreed. President of the World Bank Ian Colder spoke.");
  const Entity* vilkoner = entity_of(a, "Ostap Vilkoner");
  REQUIRE(vilkoner != nullptr);
  CHECK(vilkoner->type == EntityType::Person);
  CHECK(type_of(a, "Tarsem Bhullar") == EntityType::Person);
  CHECK(type_of(a, "Reserve Bank of India") == EntityType::Org);
  const Entity* colder = entity_of(a, "Ian Colder");  // "Bank" is in the given-name list
  REQUIRE(colder != nullptr);
  CHECK(std::find(colder->roles.begin(), colder->roles.end(), "President of the World Bank") !=
        colder->roles.end());
  CHECK(type_of(a, "World Bank") == EntityType::Org);
}

TEST_CASE("a given name that also names a country's region opens a person's name before 'of'") {
  // "Paul" is a region of Cape Verde in ISO 3166-2, "Nelson" one of New Zealand
  const auto a = test::analyze(
      "Paul Ostrander of Velmar Securities Inc said prices would rise. Nelson Quist of the University of "
      "Ostrava agreed, and Detective Inspector Paul Hebden of Kestrel Valley Police said so too.");
  CHECK(type_of(a, "Paul Ostrander") == EntityType::Person);
  CHECK(type_of(a, "Velmar Securities Inc") == EntityType::Org);
  CHECK(type_of(a, "Nelson Quist") == EntityType::Person);
  CHECK(type_of(a, "Paul Hebden") == EntityType::Person);
}

TEST_CASE("a role with modifiers of any kind in apposition makes an unknown name a person") {
  const auto a = test::analyze(
      "Rates will rise, said Hyon Tae Barek, chief US economist for Orlen Bank. Oru Dakesi, senior "
      "oil analyst at Varna Securities, agreed.");
  CHECK(type_of(a, "Hyon Tae Barek") == EntityType::Person);
  CHECK(type_of(a, "Oru Dakesi") == EntityType::Person);
  CHECK(type_of(a, "Orlen Bank") == EntityType::Org);
}

TEST_CASE("an artist's trade before a stage name makes it a person") {
  const auto a = test::analyze(
      "The award went to rapper Zorvex, and comedian Vokker hosted. Presenter Dalby Frone and "
      "novelist Orla Venn were there.");
  CHECK(type_of(a, "Zorvex") == EntityType::Person);
  CHECK(type_of(a, "Vokker") == EntityType::Person);
  CHECK(type_of(a, "Dalby Frone") == EntityType::Person);
  CHECK(type_of(a, "Orla Venn") == EntityType::Person);
}

TEST_CASE("a family name after a sentence-opening ordinary word is the person, not a longer name") {
  const auto a =
      test::analyze("The plan came from Walter Brown last year. Later Brown said it would cost more.");
  const Entity* brown = entity_of(a, "Walter Brown");
  REQUIRE(brown != nullptr);
  CHECK(brown->mentions.size() == 2);
  CHECK_FALSE(has_mention(a, "Later Brown"));
}

TEST_CASE("a one-word name a small town also bears is a person when it speaks") {
  // Paterson (New Jersey) is a city of under 200,000 people in places.tsv
  const auto a = test::analyze("Paterson said the vote was rigged, and Paterson's campaign agreed.");
  CHECK(type_of(a, "Paterson") == EntityType::Person);
  const auto b = test::analyze("Police in Paterson said the road was closed.");
  CHECK(type_of(b, "Paterson") == EntityType::Gpe);
  const auto c = test::analyze("Beijing said the talks would go on.");  // a capital speaks for its government
  CHECK(type_of(c, "Beijing") == EntityType::Gpe);
}

TEST_CASE("any place's name is a person when it speaks and the story names a person who bears it") {
  const auto a = test::analyze(
      "Analyst Dorrit Holland expects a loss. Holland said the bank would cut its dividend. A close "
      "Holland associate agreed.");
  const Entity* holland = entity_of(a, "Dorrit Holland");
  REQUIRE(holland != nullptr);
  CHECK(holland->type == EntityType::Person);
  CHECK(holland->mentions.size() == 3);  // the full name, the speaker and the other bare mention
  const auto b = test::analyze("Holland said the bank would cut its dividend.");
  CHECK(type_of(b, "Holland") == EntityType::Gpe);  // no such person: the country's government
}

TEST_CASE("a listed public figure named alone is a person and joins the full name") {
  CHECK(type_of(test::analyze("Merkel said the coalition would hold."), "Merkel") == EntityType::Person);
  const auto a = test::analyze("Merkel said the coalition would hold. Chancellor Angela Merkel spoke later.");
  const Entity* merkel = entity_of(a, "Angela Merkel");
  REQUIRE(merkel != nullptr);
  CHECK(merkel->type == EntityType::Person);
  CHECK(entity_of(a, "Merkel") == merkel);
}

TEST_CASE("a later family name joins a full name ending in a generational suffix") {
  const auto a = test::analyze("Harold P. Vance Jr. spoke first. Mr. Vance said the bill was dead.");
  const Entity* vance = entity_of(a, "Harold P. Vance Jr.");
  REQUIRE(vance != nullptr);
  CHECK(entity_of(a, "Vance") == vance);
}

TEST_CASE("a capital after a colon opens a clause and says nothing about a name") {
  const auto a =
      test::analyze("The question is simple: How much did the firm pay? The answer: Nothing at all.");
  CHECK(a.extraction.entities.empty());
}

TEST_CASE("a hyphenated word of ordinary words in a Title Case headline is no name") {
  const auto a = test::analyze(
      "Shake-Up at Northwind Fails to Calm Investors\n\nNorthwind named a new chief on Monday.");
  CHECK_FALSE(has_mention(a, "Shake-Up"));
  CHECK(has_mention(a, "Northwind"));
}

TEST_CASE("'Co-operation', 'Co-operative' are one word inside a name, and ordinary alone") {
  const auto a = test::analyze(
      "The Baltic Co-operation Council met the Organisation for Marine Co-ordination. The Tarrow "
      "Co-operative Bank lent more.");
  CHECK(has_mention(a, "Baltic Co-operation Council"));
  CHECK(has_mention(a, "Organisation for Marine Co-ordination"));
  CHECK(has_mention(a, "Tarrow Co-operative Bank"));
  CHECK_FALSE(has_mention(a, "Council"));
  const auto b = test::analyze("Co-operation between the ports improved. Co-ordination did not.");
  CHECK(b.extraction.entities.empty());
}

TEST_CASE("after 'ex-', 'anti-', 'pro-' or 'non-' a known name or an acronym is a mention of one word") {
  const auto a = test::analyze(
      "Non-OPEC output rose as an ex-BBC presenter joined anti-Baghdad Kurdish rebels and pro-Iranian "
      "groups. Clubs outside the non-League circuit backed anti-Semitism laws, as did the Ex-Im Bank.");
  CHECK(type_of(a, "OPEC") == EntityType::Org);
  CHECK(type_of(a, "BBC") == EntityType::Org);
  CHECK(type_of(a, "Baghdad") == EntityType::Gpe);
  CHECK(type_of(a, "Kurdish") == EntityType::Norp);
  CHECK(type_of(a, "Iranian") == EntityType::Norp);
  CHECK_FALSE(has_mention(a, "Non-OPEC"));
  CHECK_FALSE(has_mention(a, "Baghdad Kurdish"));
  // an unknown word after the prefix names nothing; a capitalized prefix before a word that is
  // no acronym opens a name
  CHECK_FALSE(has_mention(a, "League"));
  CHECK_FALSE(has_mention(a, "Semitism"));
  CHECK(has_mention(a, "Ex-Im Bank"));
}

TEST_CASE("a dotted C.E.O. before a name is a role") {
  const auto a = test::analyze("The incoming C.E.O. Tim Sloane met the board.");
  const Entity* e = entity_of(a, "Tim Sloane");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(std::find(e->roles.begin(), e->roles.end(), "C.E.O.") != e->roles.end());
}

TEST_CASE("a weekday closing a name is the date of the sentence; a named day is no name") {
  const auto a = test::analyze(
      "Officials told Congress Friday that the audit was over. Stores filled up on Black Friday.");
  CHECK(has_mention(a, "Congress"));
  CHECK_FALSE(has_mention(a, "Congress Friday"));
  CHECK_FALSE(has_mention(a, "Black Friday"));
  CHECK_FALSE(has_mention(a, "Black"));
  CHECK(has_mention(test::analyze("The Good Friday Agreement held."), "Good Friday Agreement"));
}

TEST_CASE("a titled person of a place is a person and a place") {
  const auto a = test::analyze("Reps. Elena Voss of Maryland and Carl Dunne of Ohio wrote to the agency.");
  const Entity* voss = entity_of(a, "Elena Voss");
  REQUIRE(voss != nullptr);
  CHECK(voss->type == EntityType::Person);
  CHECK(std::find(voss->roles.begin(), voss->roles.end(), "Reps.") != voss->roles.end());
  CHECK(type_of(a, "Maryland") == EntityType::Gpe);
}

TEST_CASE("section headings and Title Case lead-ins are no names") {
  const auto a = test::analyze(
      "Gender Equality.\n\nLimited Tools to Fight Poverty: The Norland Trust gave little, "
      "Tomas Ek said.\n\nNew York.\n\nThe office opened there.");
  CHECK_FALSE(has_mention(a, "Gender Equality"));
  CHECK_FALSE(has_mention(a, "Limited Tools"));
  CHECK_FALSE(has_mention(a, "Fight Poverty"));
  CHECK(has_mention(a, "Norland Trust"));
  CHECK(has_mention(a, "Tomas Ek"));
  CHECK(type_of(a, "New York") == EntityType::Gpe);  // a heading of names stays
}

TEST_CASE("a sentence whose only lower-case words are short is running text, not a Title Case headline") {
  // "met" and "saw" are no words Title Case leaves in lower case: the names keep their words.
  const auto a = test::analyze(
      "Talks\n\nMinisters met at the Varna Development Bank in Manila.\n\nDelegates saw the "
      "Orlen Economic Forum.\n\nBank Chiefs to Meet in Tokyo\n\nThe meeting is on Friday.");
  CHECK(type_of(a, "Varna Development Bank") == EntityType::Org);
  CHECK(has_mention(a, "Orlen Economic Forum"));
  CHECK_FALSE(has_mention(a, "Bank Chiefs"));  // a Title Case headline keeps its ordinary words out
}

TEST_CASE("a contraction ends a name") {
  const auto a = test::analyze("Marla Quist Won't Run Again\n\nMarla Quist said she would not run.");
  CHECK(type_of(a, "Marla Quist") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "Marla Quist Won't"));
}

TEST_CASE("a nationality before ordinary words is no person's") {
  const auto a = test::analyze(
      "Trade grew under the North American Free Trade Agreement and North American integration.");
  CHECK(type_of(a, "North American Free Trade Agreement") == EntityType::Org);
  CHECK(type_of(a, "North American") == EntityType::Norp);
}

TEST_CASE("a person's full name before a term of office stays a person after 'the'") {
  const auto a = test::analyze("Ottawa accepted the Walter P. Grange administration's request.");
  CHECK(type_of(a, "Walter P. Grange") == EntityType::Person);
}

TEST_CASE("a sentence-opening word stays out of the name the article writes elsewhere") {
  const auto a = test::analyze(
      "Say Mexico demanded proof. Unlike Redcliff, the firm has few backers. The miner Redcliff Coal "
      "failed.");
  CHECK(type_of(a, "Mexico") == EntityType::Gpe);
  CHECK_FALSE(has_mention(a, "Say Mexico"));
  CHECK_FALSE(has_mention(a, "Unlike Redcliff"));
  CHECK(has_mention(a, "Redcliff"));
}

TEST_CASE("a lead-in in capitals before a dash is neither a dateline nor a name") {
  const auto a = test::analyze(
      "The surgeon hosts a show.\n\nDOUBTFUL DIET CLAIMS - For years, Oz Ferrin was criticized.\n\n"
      "HE WAS WARNED - A panel heard him.");
  CHECK_FALSE(has_mention(a, "DOUBTFUL DIET CLAIMS"));
  CHECK_FALSE(has_mention(a, "HE WAS WARNED"));
  CHECK(has_mention(a, "Oz Ferrin"));
  const auto b = test::analyze("NEW YORK CITY - The council voted on Monday.");
  CHECK(type_of(b, "NEW YORK CITY") == EntityType::Gpe);
}

TEST_CASE("a family name two people share goes to the one named last") {
  const auto a = test::analyze(
      "Bill Vardy spoke first. Vardy praised the plan. Hanna Vardy spoke on Tuesday. Vardy said it was "
      "late.");
  const Entity* bill = entity_of(a, "Bill Vardy");
  const Entity* hanna = entity_of(a, "Hanna Vardy");
  REQUIRE(bill != nullptr);
  REQUIRE(hanna != nullptr);
  CHECK(bill != hanna);
  CHECK(bill->mentions.size() == 2);
  CHECK(hanna->mentions.size() == 2);
}

TEST_CASE("a lone sentence opener a given-name list holds is the ordinary word the article also writes") {
  // "Early" and "Cash" are in the given-name list; the article writes both in lower case.
  const auto a = test::analyze(
      "Orders came in early this week. Early estimates put the cost high. Cash flow improved, and the "
      "firm held more cash. Grant said the plan works. Aid grant talks ended.");
  CHECK_FALSE(has_mention(a, "Early"));
  CHECK_FALSE(has_mention(a, "Cash"));
  CHECK(has_mention(a, "Grant"));  // written in lower case too, but no ordinary word of the word list
}

TEST_CASE("a sentence-opening word in -ing before a preposition opens a clause, not a name") {
  const auto a = test::analyze(
      "The minister resigned in May. Remarking on the vote, he said it was fair. Later Tessa Harding "
      "spoke. Harding at first declined.");
  CHECK_FALSE(has_mention(a, "Remarking"));
  CHECK(has_mention(a, "Tessa Harding"));
  CHECK(entity_of(a, "Harding") == entity_of(a, "Tessa Harding"));  // a name in -ing stays
}

TEST_CASE("a title before a family name with particles makes the person, who joins the full name") {
  const auto a = test::analyze(
      "President Joaquim Bento da Rocha met investors. Critics of President da Rocha were quiet, and "
      "Mr da Rocha smiled. Minister Elise van der Molen spoke; Ms van der Molen agreed. Director of "
      "Banco do Norte Paulo Reis resigned.");
  const Entity* rocha = entity_of(a, "Joaquim Bento da Rocha");
  REQUIRE(rocha != nullptr);
  CHECK(rocha->type == EntityType::Person);
  CHECK(rocha->mentions.size() == 3);
  CHECK(entity_of(a, "da Rocha") == rocha);
  CHECK(std::find(rocha->roles.begin(), rocha->roles.end(), "President") != rocha->roles.end());
  CHECK_FALSE(has_mention(a, "President da Rocha"));
  CHECK(entity_of(a, "van der Molen") == entity_of(a, "Elise van der Molen"));
  CHECK_FALSE(has_mention(a, "do Norte"));  // after "Director of", an organization's inner particle
}

TEST_CASE("a family name with a capitalized particle joins the full name it ends") {
  const auto a = test::analyze(
      "Finance Minister Ronnie De Varnek said rates would fall. De Varnek added that exports grew. "
      "The actor Roberto Van Tessel agreed, and Van Tessel smiled.");
  const Entity* varnek = entity_of(a, "Ronnie De Varnek");
  REQUIRE(varnek != nullptr);
  CHECK(entity_of(a, "De Varnek") == varnek);
  CHECK(entity_of(a, "Van Tessel") == entity_of(a, "Roberto Van Tessel"));
}

TEST_CASE("a full name with and without a middle initial is one person") {
  const auto a = test::analyze("Loretta E. Lyall testified. Later Loretta Lyall left the room.");
  CHECK(entity_of(a, "Loretta E. Lyall") == entity_of(a, "Loretta Lyall"));
}

TEST_CASE("a relative of a listed public figure is a person whatever the given name") {
  const auto a = test::analyze("Ivana Trump and Chelsea Clinton attended the gala.");
  CHECK(type_of(a, "Ivana Trump") == EntityType::Person);
  CHECK(type_of(a, "Chelsea Clinton") == EntityType::Person);
}

TEST_CASE("a legislator's party and state tag is no name") {
  const auto a = test::analyze("Rep. Jason Corvo (R-Utah) and Sen. Ed Malloy (D-Mass.) wrote to the agency.");
  CHECK(type_of(a, "Jason Corvo") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "R-Utah"));
  CHECK_FALSE(has_mention(a, "D-Mass"));
}

TEST_CASE("a party's word that is also a given name, before a full name, is the party's member") {
  const auto a = test::analyze(
      "Tory Alan Preston lost his appeal. Democrat Ed Malloy objected. Designer Tory Lenz opened a shop.");
  CHECK(type_of(a, "Alan Preston") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "Tory Alan Preston"));
  CHECK(type_of(a, "Ed Malloy") == EntityType::Person);
  CHECK(type_of(a, "Tory Lenz") == EntityType::Person);  // a given name alone before the surname
}

TEST_CASE("\"the man behind\" in apposition makes an unlisted name a person") {
  // "San" alone would make the name a company's (a place's word, no given name before it)
  const auto a = test::analyze("Kel San, the man behind the Harbex label, spoke.");
  CHECK(type_of(a, "Kel San") == EntityType::Person);
}

TEST_CASE("a nationality before a full name no list holds is split off the person") {
  const auto a = test::analyze(
      "The record of Moroccan Hicham El Zerrouki stood. Texan Harlan J. Voss was second. The Japanese "
      "Tamashiro Ltd said so.");
  CHECK(type_of(a, "Hicham El Zerrouki") == EntityType::Person);
  CHECK(type_of(a, "Moroccan") == EntityType::Norp);
  CHECK(type_of(a, "Harlan J. Voss") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "Moroccan Hicham El Zerrouki"));
  CHECK_FALSE(has_mention(a, "Tamashiro Ltd"));  // a company suffix keeps the whole name
}

TEST_CASE("a hyphenated Korean given name stays whole after the family name") {
  const auto a = test::analyze(
      "Ban Ki-moon met Kim Jong-un, while U.S.-led talks stalled and the bond kept its A-plus rating.");
  CHECK(type_of(a, "Ban Ki-moon") == EntityType::Person);
  CHECK(type_of(a, "Kim Jong-un") == EntityType::Person);
  CHECK(type_of(a, "U.S.") == EntityType::Gpe);
  CHECK_FALSE(has_mention(a, "A-plus"));
}

TEST_CASE("a mountain or lake named after its kind is a place; a hospital named after one is not") {
  const auto a = test::analyze(
      "Hikers left Mount Kerrow for Lake Ardley. Doctors at Mount Ardley Medical Center agreed.");
  CHECK(type_of(a, "Mount Kerrow") == EntityType::Loc);
  CHECK(type_of(a, "Lake Ardley") == EntityType::Loc);
  CHECK(type_of(a, "Mount Ardley Medical Center") == EntityType::Org);
}

TEST_CASE("a news agency tag after a dateline place is no acronym of the place") {
  const auto a =
      test::analyze("BAGHDAD, Iraq (AP) -- Talks resumed. The Associated Press and Iraq's ministry agreed.");
  const Entity* ap = entity_of(a, "AP");
  REQUIRE(ap != nullptr);
  CHECK(entity_of(a, "Iraq") != ap);
  CHECK(entity_of(a, "Associated Press") == ap);
}

TEST_CASE("a hyphenated title before a name is a role") {
  const auto a = test::analyze("U.N. Secretary-General Kofi Annan arrived on Monday.");
  const Entity* e = entity_of(a, "Kofi Annan");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::Person);
  CHECK(std::find(e->roles.begin(), e->roles.end(), "Secretary-General") != e->roles.end());
  CHECK(type_of(a, "U.N.") == EntityType::Org);
}

TEST_CASE("a hyphenated title inside a run is a role too, and alone no name") {
  const auto a = test::analyze(
      "He met Ostravan Vice-Premier Tian Varnek on Monday. Tian said prices would rise. The Varnish "
      "Reserve Board Vice-Chairman Manuel Tessaro agreed, and the Vice-Chairman of the bank resigned.");
  const Entity* tian = entity_of(a, "Tian Varnek");
  REQUIRE(tian != nullptr);
  CHECK(tian->type == EntityType::Person);
  CHECK(entity_of(a, "Tian") == tian);
  CHECK(type_of(a, "Manuel Tessaro") == EntityType::Person);
  CHECK(type_of(a, "Varnish Reserve Board") == EntityType::Org);
  CHECK_FALSE(has_mention(a, "Vice-Chairman"));
}

TEST_CASE("a broadcast sign-off splits the reporter from the network") {
  const auto a = test::analyze("This is Lisa Starke ABC News, Washington. I'm Sachi Kotoh in Atlanta.");
  CHECK(type_of(a, "Lisa Starke") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "Lisa Starke ABC News"));
  CHECK(type_of(a, "Sachi Kotoh") == EntityType::Person);
  CHECK(type_of(test::analyze("Ana Ruiz MP and Karl Dorn III came."), "Karl Dorn III") == EntityType::Person);
}

TEST_CASE("wire and treebank quote marks and an underscore dateline open sentences") {
  const auto a = test::analyze(
      "WASHINGTON _ Following are the statements. The aide said on Thursday ``Without a doubt, we agree.''");
  CHECK(type_of(a, "WASHINGTON") == EntityType::Gpe);
  CHECK_FALSE(has_mention(a, "Following"));
  CHECK_FALSE(has_mention(a, "Without"));
}

TEST_CASE("an initial without its period and a family name is a person, not after an ampersand") {
  const auto a =
      test::analyze("The side: full-back G Murphy, then S Taylor and D Quillan. P&O Cruises sailed.");
  CHECK(type_of(a, "G Murphy") == EntityType::Person);
  CHECK(type_of(a, "S Taylor") == EntityType::Person);
  CHECK(type_of(a, "D Quillan") == EntityType::Person);
  CHECK(type_of(a, "O Cruises") != EntityType::Person);
}

TEST_CASE("guessed names in a team sheet are players; clubs in parentheses and labels are not") {
  const auto a = test::analyze(
      "Harbour Rovers won 2-1.\n\n"
      "Rovers: Pete Calloway, Daniel Ferraro, Terrence, Gallion (Ostrava 74), Mark Bellamy, Scott Wendle, "
      "Varnak, Ian Corbett (capt).\n\n"
      "Subs Not Used: Kevin Dorsett, Luke Hanley, Brent Waller, Tom Pryce, Sandor.\n\n"
      "Lenders: Orvane, Kestrel Holdings, Daiwa Trust, Tessaro, Marlow Bank.\n");
  CHECK(type_of(a, "Terrence") == EntityType::Person);
  CHECK(type_of(a, "Gallion") == EntityType::Person);
  CHECK(type_of(a, "Varnak") == EntityType::Person);
  CHECK(type_of(a, "Sandor") == EntityType::Person);
  CHECK(type_of(a, "Ostrava") != EntityType::Person);  // a club in parentheses
  CHECK(type_of(a, "Subs Not Used") != EntityType::Person);
  // a line of names that are no people keeps their types
  CHECK(type_of(a, "Orvane") != EntityType::Person);
  CHECK(type_of(a, "Tessaro") != EntityType::Person);
}

TEST_CASE("a team sheet by family names alone is a line of players when three are the story's people") {
  const auto a = test::analyze(
      "Dermot Kelleway scored twice before Ross Tamblyn and Gary Oduya added goals for the visitors.\n\n"
      "Kelleway, Marnock, Tevlin, Oduya, Brassel, Tamblyn (Quorrie 70), Ardeen.\n\n"
      "Tessaro, Orvane, Kestrel Holdings, Kelleway Group, Marlow Bank.\n");
  CHECK(type_of(a, "Marnock") == EntityType::Person);
  CHECK(type_of(a, "Tevlin") == EntityType::Person);
  CHECK(type_of(a, "Ardeen") == EntityType::Person);
  // one family name among a list of companies makes no team sheet
  CHECK(type_of(a, "Tessaro") != EntityType::Person);
  CHECK(type_of(a, "Orvane") != EntityType::Person);
}

TEST_CASE("nouns of nationality are NORP and stand apart from the name after them") {
  const auto a = test::analyze(
      "Frenchman Arnaud Clavel beat Briton Tim Hensley, and the Londoners cheered. Ideally, both play.");
  CHECK(type_of(a, "Frenchman") == EntityType::Norp);
  CHECK(type_of(a, "Arnaud Clavel") == EntityType::Person);
  CHECK(type_of(a, "Briton") == EntityType::Norp);
  CHECK(type_of(a, "Tim Hensley") == EntityType::Person);
  CHECK(type_of(a, "Londoners") == EntityType::Norp);
  CHECK_FALSE(has_mention(a, "Ideally"));
}

TEST_CASE("a party's word stands apart from a person's name whose words are also a place's or ordinary") {
  const auto a = test::analyze(
      "Republican Nancy Korvel voted no, Tory Fiona Baker agreed and Democrat Mary Smith abstained. The "
      "Alaskan North Slope was named. British Land Co fell.");
  CHECK(type_of(a, "Republican") == EntityType::Norp);
  CHECK(type_of(a, "Nancy Korvel") == EntityType::Person);  // Nancy is a French city too
  CHECK(type_of(a, "Fiona Baker") == EntityType::Person);   // baker is an ordinary word
  CHECK(type_of(a, "Mary Smith") == EntityType::Person);
  CHECK(type_of(a, "North Slope") != EntityType::Person);  // a compass point opens a place's name
  CHECK(type_of(a, "British Land Co") == EntityType::Org);
}

TEST_CASE("a place or a chamber before a party's member word stands apart; a party's name is an ORG") {
  const auto a = test::analyze(
      "Rep. Dana Marsh, an Ohio Democrat, and Senate Republicans backed the bill. The majority "
      "Christian Democrats and a Christian Democrat deputy opposed it.");
  CHECK(type_of(a, "Ohio") == EntityType::Gpe);
  CHECK(type_of(a, "Democrat") == EntityType::Norp);
  CHECK(type_of(a, "Senate") == EntityType::Org);
  CHECK(type_of(a, "Republicans") == EntityType::Norp);
  CHECK_FALSE(has_mention(a, "Ohio Democrat"));
  CHECK_FALSE(has_mention(a, "Senate Republicans"));
  CHECK(type_of(a, "Christian Democrats") == EntityType::Org);
  CHECK(type_of(a, "Christian Democrat") == EntityType::Org);
  // cut from a longer run at its "and" too
  const auto b = test::analyze("He said House Republicans and Democrats agreed.");
  CHECK(type_of(b, "House") == EntityType::Org);
  CHECK(type_of(b, "Republicans") == EntityType::Norp);
}

TEST_CASE("two words of nationality or faith are a group of people") {
  const auto a = test::analyze(
      "Many British Muslims and Irish Americans voted, as did Greek Cypriot families in the city.");
  CHECK(type_of(a, "British Muslims") == EntityType::Norp);
  CHECK(type_of(a, "Irish Americans") == EntityType::Norp);
  CHECK(type_of(a, "Greek Cypriot") == EntityType::Norp);
  // a political camp's word is a group's too
  const auto b = test::analyze("The party's Eurosceptics clashed with its Europhiles again.");
  CHECK(type_of(b, "Eurosceptics") == EntityType::Norp);
  CHECK(type_of(b, "Europhiles") == EntityType::Norp);
}

TEST_CASE("singular and plural nouns of nationality the demonym data lacks are NORP too") {
  const auto a = test::analyze(
      "Swede Jonas Varnby beat Spaniard Iker Tessaro, and Frenchwoman Odile Varenne lost. The Poles and "
      "the Turks cheered.");
  CHECK(type_of(a, "Swede") == EntityType::Norp);
  CHECK(type_of(a, "Jonas Varnby") == EntityType::Person);
  CHECK(type_of(a, "Spaniard") == EntityType::Norp);
  CHECK(type_of(a, "Iker Tessaro") == EntityType::Person);
  CHECK(type_of(a, "Frenchwoman") == EntityType::Norp);
  CHECK(type_of(a, "Odile Varenne") == EntityType::Person);
  CHECK(type_of(a, "Poles") == EntityType::Norp);
  CHECK(type_of(a, "Turks") == EntityType::Norp);
}

TEST_CASE("political movements named by their members are NORP") {
  const auto a = test::analyze(
      "The Gaullists and the Centrists met in Ostrava, while Islamists and the Sandinistas protested. "
      "The Greens agreed.");
  for (const char* group : {"Gaullists", "Centrists", "Islamists", "Sandinistas", "Greens"}) {
    CAPTURE(group);
    CHECK(type_of(a, group) == EntityType::Norp);
  }
  // the adjective of a regime's followers too; the genocide it committed is an event, no entity
  const auto b =
      test::analyze("He wore a Nazi uniform at a party in Ostrava before a visit to a Holocaust museum.");
  CHECK(type_of(b, "Nazi") == EntityType::Norp);
  CHECK_FALSE(has_mention(b, "Holocaust"));
}

TEST_CASE("an organization word after an office's possessive continues the name") {
  const auto a = test::analyze(
      "A spokeswoman for the Information Commissioner's Office said so, and Britain's Labour Party agreed. "
      "Later Education Secretary Ruth Kellan spoke.");
  CHECK(type_of(a, "Information Commissioner's Office") == EntityType::Org);
  CHECK(type_of(a, "Britain") == EntityType::Gpe);
  CHECK(type_of(a, "Labour Party") == EntityType::Org);
  const Entity* e = entity_of(a, "Ruth Kellan");
  REQUIRE(e != nullptr);
  CHECK(std::find(e->roles.begin(), e->roles.end(), "Education Secretary") != e->roles.end());
}

TEST_CASE("a sentence-opening industry word before a company noun and a name is no name") {
  const auto a = test::analyze("Telecoms firm Eirvox rose. Glasgow firm Weirmont fell.");
  CHECK_FALSE(has_mention(a, "Telecoms"));
  CHECK(has_mention(a, "Eirvox"));
  CHECK(type_of(a, "Glasgow") == EntityType::Gpe);
}

TEST_CASE("a titled person before 'and' ends a name, even with an ordinary surname") {
  const auto a = test::analyze(
      "The envoys flew home after talks. They were received by President George Bush and First Lady Laura "
      "Bush on Monday, and by Attorney General Ann Reed and Deputy Attorney General Sal Yates.");
  CHECK(type_of(a, "George Bush") == EntityType::Person);
  CHECK(type_of(a, "Laura Bush") == EntityType::Person);
  CHECK(type_of(a, "Ann Reed") == EntityType::Person);
  CHECK(type_of(a, "Sal Yates") == EntityType::Person);
}

TEST_CASE("hyphenated American groups are nationalities; Election Day names no one") {
  const auto a = test::analyze("African-American voters and Native Americans turned out on Election Day.");
  CHECK(type_of(a, "African-American") == EntityType::Norp);
  CHECK(type_of(a, "Native Americans") == EntityType::Norp);
  CHECK_FALSE(has_mention(a, "Election Day"));
}

// The entities stage reads the holidays of the dates stage's word list (patterns/dates/words.tsv).
TEST_CASE("a holiday the dates stage knows names no one; the date is found") {
  const auto a = test::analyze(
      "Shops in Harwick closed on Boxing Day, reopened after Memorial Day and stayed shut on Christmas Eve.");
  CHECK_FALSE(has_mention(a, "Boxing Day"));
  CHECK_FALSE(has_mention(a, "Memorial Day"));
  CHECK_FALSE(has_mention(a, "Christmas Eve"));
  CHECK(has_mention(a, "Harwick"));
  CHECK(a.extraction.dates.size() == 3);
}

TEST_CASE("a titled name, 'and', then another title are two people") {
  const auto a =
      test::analyze("Prices rose. He met General Banks and General Amara Diallo in Kano on Friday.");
  CHECK(type_of(a, "Banks") == EntityType::Person);
  CHECK(type_of(a, "Amara Diallo") == EntityType::Person);
  CHECK(entity_of(a, "Banks") != entity_of(a, "Amara Diallo"));
}

TEST_CASE("a listed role after a hyphenated modifier prefix is that role") {
  const auto a = test::analyze(
      "The plan was backed by vice-director Pan Rulin and ex-minister Odile Varenne, said co-chairman Tomas "
      "Grell.");
  const auto* pan = entity_of(a, "Pan Rulin");
  REQUIRE(pan != nullptr);
  CHECK(pan->type == EntityType::Person);
  CHECK(pan->roles == std::vector<std::string>{"vice-director"});
  const auto* varenne = entity_of(a, "Odile Varenne");
  REQUIRE(varenne != nullptr);
  CHECK(varenne->roles == std::vector<std::string>{"ex-minister"});
  const auto* grell = entity_of(a, "Tomas Grell");
  REQUIRE(grell != nullptr);
  CHECK(grell->roles == std::vector<std::string>{"co-chairman"});
}

TEST_CASE(
    "a nationality before a name the story titles elsewhere, or before a name with a particle, stands "
    "apart") {
  // "Crosby" is a town's name too, so only "Mr Crosby" later tells that the run is a person
  const auto a = test::analyze(
      "The paper said Australian Lynford Crosby told the leader to focus on marginal seats. Mr Crosby "
      "denied it. The Welsh Assembly Government and the English National Ballet were not involved.");
  CHECK(type_of(a, "Australian") == EntityType::Norp);
  CHECK(type_of(a, "Lynford Crosby") == EntityType::Person);
  CHECK(entity_of(a, "Lynford Crosby") == entity_of(a, "Crosby"));
  CHECK(has_mention(a, "Welsh Assembly Government"));
  CHECK(has_mention(a, "English National Ballet"));
  // a nationality noun stands apart from a name of any length
  const auto b = test::analyze("Dutchman Pieter van Brakel scored twice and Frenchman Luc de Marsac once.");
  CHECK(type_of(b, "Dutchman") == EntityType::Norp);
  CHECK(type_of(b, "Pieter van Brakel") == EntityType::Person);
  CHECK(type_of(b, "Luc de Marsac") == EntityType::Person);
}

TEST_CASE("a name after a relative of someone's is a person; a sister company or dam is not") {
  const auto a = test::analyze(
      "The feud between Mr Varsani and his brother Mukund grew. His wife Nilima attended, as did her late "
      "husband, Rajan. Work on its sister Xelodu dam went on.");
  CHECK(type_of(a, "Mukund") == EntityType::Person);
  CHECK(type_of(a, "Nilima") == EntityType::Person);
  CHECK(type_of(a, "Rajan") == EntityType::Person);
  CHECK_FALSE(type_of(a, "Xelodu") == EntityType::Person);
}

TEST_CASE("two people's full names joined by an ampersand are two people; a firm's stays one") {
  const auto a = test::analyze("The show stars Matt Lucas & David Walliams. Johnson & Johnson rose.");
  CHECK(type_of(a, "Matt Lucas") == EntityType::Person);
  CHECK(type_of(a, "David Walliams") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "Matt Lucas & David Walliams"));
  CHECK(type_of(a, "Johnson & Johnson") == EntityType::Org);
}

TEST_CASE("a member's title after one word leaves the party or the seat; counsel's title marks a person") {
  const auto a = test::analyze(
      "The Labour MP for Dunmore spoke first. The Salford MP disagreed. Jane Orrin MP and Hadley QC "
      "argued the case.");
  CHECK(type_of(a, "Labour") == EntityType::Org);
  CHECK(type_of(a, "Salford") == EntityType::Gpe);
  CHECK_FALSE(has_mention(a, "Labour MP"));
  CHECK_FALSE(has_mention(a, "Salford MP"));
  const Entity* orrin = entity_of(a, "Jane Orrin");
  REQUIRE(orrin != nullptr);
  CHECK(std::find(orrin->roles.begin(), orrin->roles.end(), "MP") != orrin->roles.end());
  CHECK(type_of(a, "Hadley") == EntityType::Person);
  CHECK_FALSE(has_mention(a, "Hadley QC"));
}

TEST_CASE("a title and a given name after an organization's name end it: the organization and the person") {
  const auto a = test::analyze(
      "Bank of Varrow Governor Anton Kessel said rates would hold. Institute of Orlo Finance Managing "
      "Director Helga Marstrand agreed, and Varrow Department of Energy Secretary John Orrin did too.");
  CHECK(type_of(a, "Bank of Varrow") == EntityType::Org);
  CHECK(type_of(a, "Anton Kessel") == EntityType::Person);
  CHECK(type_of(a, "Institute of Orlo Finance") == EntityType::Org);
  const Entity* m = entity_of(a, "Helga Marstrand");
  REQUIRE(m != nullptr);
  CHECK(std::find(m->roles.begin(), m->roles.end(), "Managing Director") != m->roles.end());
  CHECK(type_of(a, "Varrow Department of Energy") == EntityType::Org);
  CHECK(type_of(a, "John Orrin") == EntityType::Person);
  // "and" before a title is no part of a name
  const auto b = test::analyze("He spoke of a feud between Gordon Brown and Prime Minister Tony Blair.");
  CHECK(type_of(b, "Gordon Brown") == EntityType::Person);
  // a full name no given-name list holds; a title opening with "Prime" is no portfolio after "of"
  const auto c = test::analyze(
      "Bank of Varrow Governor Satoshi Kuroiwa spoke. The Social Democratic Party of Prime Minister Kalevi "
      "Sorsa won.");
  CHECK(type_of(c, "Bank of Varrow") == EntityType::Org);
  CHECK(type_of(c, "Satoshi Kuroiwa") == EntityType::Person);
  CHECK(type_of(c, "Social Democratic Party") == EntityType::Org);
  CHECK(type_of(c, "Kalevi Sorsa") == EntityType::Person);
}

TEST_CASE("after Mr or Ms a word also listed as a title is a surname; after Lord it is an office") {
  const auto a = test::analyze(
      "Rates rise\n\nThe Varna central bank raised rates on Thursday. Its governor, Ivo King, said "
      "inflation was rising. Mr King added that growth was strong. The Lord Chancellor agreed.");
  const Entity* king = entity_of(a, "Ivo King");
  REQUIRE(king != nullptr);
  CHECK(entity_of(a, "King") == king);
  CHECK_FALSE(has_mention(a, "Chancellor"));
}

TEST_CASE("one word with a Gaelic surname's prefix is a person, unless it opens a company's name") {
  const auto a = test::analyze(
      "Ulster: Varney, O'Tessary, McVarnish, MacOstrava. O'Tessary scored twice and McVarnish was "
      "injured. Shares of McTessa Aviation Corp rose; McTessa said orders grew. Visitors to MacWorld "
      "queued.");
  CHECK(type_of(a, "O'Tessary") == EntityType::Person);
  CHECK(type_of(a, "McVarnish") == EntityType::Person);
  CHECK(type_of(a, "MacOstrava") == EntityType::Person);
  // the short form of a company named in full, and an ordinary word after "Mac", stay ORG
  CHECK(type_of(a, "McTessa") == EntityType::Org);
  CHECK(entity_of(a, "McTessa") == entity_of(a, "McTessa Aviation Corp"));
  CHECK(type_of(a, "MacWorld") == EntityType::Org);
}

TEST_CASE("an honorific after a title is no part of the role; after 'and' it opens the next person") {
  const auto a = test::analyze(
      "Senior Conservative MP Sir Tobias Wren warned the party. Labour leader Lord Pellow said so, and "
      "the Rt Rev Dr Ansel Brook agreed.\n\nLater Mr Green and Mr Hunt spoke, and Sir Ray Wood and Dr "
      "Colquhoun left, as did Mr and Mrs Ferrow.");
  const Entity* wren = entity_of(a, "Tobias Wren");
  REQUIRE(wren != nullptr);
  CHECK(wren->roles == std::vector<std::string>{"Conservative MP"});
  const Entity* pellow = entity_of(a, "Pellow");
  REQUIRE(pellow != nullptr);
  CHECK(pellow->roles == std::vector<std::string>{"leader"});
  // honorifics with no title before them stay whole
  const Entity* brook = entity_of(a, "Ansel Brook");
  REQUIRE(brook != nullptr);
  CHECK(brook->roles == std::vector<std::string>{"Rt Rev Dr"});
  CHECK(type_of(a, "Green") == EntityType::Person);
  CHECK(type_of(a, "Hunt") == EntityType::Person);
  CHECK(entity_of(a, "Green and Mr Hunt") == nullptr);
  CHECK(type_of(a, "Ray Wood") == EntityType::Person);
  CHECK(type_of(a, "Colquhoun") == EntityType::Person);
  CHECK(type_of(a, "Ferrow") == EntityType::Person);
}

TEST_CASE("a knight called by the given name alone is the knight named in full") {
  const auto a = test::analyze(
      "Sir Aldous Penrith opened the gallery with Paul Meade. Sir Paul Carrow sang, and later Sir "
      "Aldous thanked Sir Paul.");
  const Entity* penrith = entity_of(a, "Aldous Penrith");
  REQUIRE(penrith != nullptr);
  CHECK(penrith->mentions.size() == 2);
  // the knight of that name, not the other Paul; "Paul" alone is no place here
  const Entity* carrow = entity_of(a, "Paul Carrow");
  REQUIRE(carrow != nullptr);
  CHECK(carrow->mentions.size() == 2);
  const Entity* meade = entity_of(a, "Paul Meade");
  REQUIRE(meade != nullptr);
  CHECK(meade->mentions.size() == 1);
  CHECK(entity_of(a, "Paul") == carrow);
}

TEST_CASE("an initial before an ordinary word in a team sheet is a player") {
  const auto a = test::analyze(
      "The selectors named Lars Cohen for the charity match on Friday.\n\nC Paterson (Varna), B Cohen "
      "(Ostrava), O Brandt (Brno).\n\nHe beat B Cohen.");
  const Entity* cohen = entity_of(a, "B Cohen");
  REQUIRE(cohen != nullptr);
  CHECK(cohen->type == EntityType::Person);
  CHECK(type_of(a, "C Paterson") == EntityType::Person);
}

TEST_CASE("a player's position or a manager's 'boss' before a name is a role") {
  const auto a = test::analyze(
      "Flanker Tomas Brisk was dropped. Rovers boss Ivo Kral agreed, and fly-half Dan Orwell kicked "
      "the goals.");
  const Entity* brisk = entity_of(a, "Tomas Brisk");
  REQUIRE(brisk != nullptr);
  CHECK(brisk->type == EntityType::Person);
  CHECK(brisk->roles == std::vector<std::string>{"Flanker"});
  const Entity* kral = entity_of(a, "Ivo Kral");
  REQUIRE(kral != nullptr);
  CHECK(kral->roles == std::vector<std::string>{"boss"});
  const Entity* orwell = entity_of(a, "Dan Orwell");
  REQUIRE(orwell != nullptr);
  CHECK(orwell->roles == std::vector<std::string>{"fly-half"});
}

TEST_CASE("a treasurer, an undersecretary, an ombudsman or a sheikh before a name is a role") {
  const auto a = test::analyze(
      "Exports will carry growth, Treasurer Aldo Brenn said here. Brenn said demand could fall. "
      "Undersecretary Mira Tolvan and Ombudsman Jon Arbel agreed, as did Sheikh Kamal bin Rashid.");
  const Entity* brenn = entity_of(a, "Aldo Brenn");
  REQUIRE(brenn != nullptr);
  CHECK(brenn->type == EntityType::Person);
  CHECK(brenn->roles == std::vector<std::string>{"Treasurer"});
  CHECK(entity_of(a, "Brenn") == brenn);
  const Entity* tolvan = entity_of(a, "Mira Tolvan");
  REQUIRE(tolvan != nullptr);
  CHECK(tolvan->roles == std::vector<std::string>{"Undersecretary"});
  const Entity* arbel = entity_of(a, "Jon Arbel");
  REQUIRE(arbel != nullptr);
  CHECK(arbel->roles == std::vector<std::string>{"Ombudsman"});
  const Entity* kamal = entity_of(a, "Kamal bin Rashid");
  REQUIRE(kamal != nullptr);
  CHECK(kamal->type == EntityType::Person);
  // the titles written without their period ("Sen", "Col"), also after "Lt"
  const auto b = test::analyze("Sen Mara Voss and Lt Col Ivo Brandt spoke. Voss said the vote was close.");
  const Entity* voss = entity_of(b, "Mara Voss");
  REQUIRE(voss != nullptr);
  CHECK(voss->type == EntityType::Person);
  CHECK(entity_of(b, "Voss") == voss);
  const Entity* brandt = entity_of(b, "Ivo Brandt");
  REQUIRE(brandt != nullptr);
  CHECK(brandt->type == EntityType::Person);
}

TEST_CASE("an Arabic family name with its article glued on ends the person's name") {
  const auto a = test::analyze(
      "Oil Minister Karim Nasser al-Hadi met Omar el-Tayeb on Monday. Later al-Hadi said output would "
      "hold.");
  const Entity* hadi = entity_of(a, "Karim Nasser al-Hadi");
  REQUIRE(hadi != nullptr);
  CHECK(hadi->type == EntityType::Person);
  CHECK(entity_of(a, "al-Hadi") == hadi);
  const Entity* tayeb = entity_of(a, "Omar el-Tayeb");
  REQUIRE(tayeb != nullptr);
  CHECK(tayeb->type == EntityType::Person);
}

TEST_CASE("after a title and a full name, 'of' and a place say where the person is from; a peer keeps it") {
  const auto a = test::analyze(
      "Senate Republican Leader Tomas Varga of Kansas met Chancellor Ilse Brenner of West Germany and Lord "
      "Arden of Lairg. Varga said talks went well.");
  const Entity* varga = entity_of(a, "Tomas Varga");
  REQUIRE(varga != nullptr);
  CHECK(varga->type == EntityType::Person);
  CHECK(entity_of(a, "Varga") == varga);
  CHECK(entity_of(a, "Tomas Varga of Kansas") == nullptr);
  CHECK(type_of(a, "Kansas") == EntityType::Gpe);
  CHECK(entity_of(a, "Ilse Brenner") != nullptr);
  CHECK(type_of(a, "West Germany") == EntityType::Gpe);
  CHECK(entity_of(a, "Arden of Lairg") != nullptr);
}

TEST_CASE("a sheikh is called by the given name; a portfolio goes with an undersecretary too") {
  const auto a = test::analyze(
      "Oil Minister Sheikh Nasser bin Hamad al-Rumi met Greek Foreign Affairs Undersecretary Ilan Brook. "
      "Sheikh Nasser said output would hold.");
  const Entity* nasser = entity_of(a, "Nasser bin Hamad al-Rumi");
  REQUIRE(nasser != nullptr);
  CHECK(entity_of(a, "Nasser") == nasser);
  CHECK(entity_of(a, "Greek Foreign Affairs") == nullptr);
  const Entity* brook = entity_of(a, "Ilan Brook");
  REQUIRE(brook != nullptr);
  CHECK(brook->roles == std::vector<std::string>{"Greek Foreign Affairs Undersecretary"});
}

}  // namespace
}  // namespace newsclaim
