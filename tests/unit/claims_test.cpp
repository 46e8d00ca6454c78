// Claims stage: which sentences become claims, their score order, links to earlier stages'
// items, source attribution, hedges and negation. Sentences are written for these tests.
#include <algorithm>

#include "claims_fixture.hpp"
#include "extract/claim_features.hpp"
#include "test_support.hpp"

using namespace newsclaim;
using newsclaim::test::StageFixture;

namespace {

// The claim covering the sentence that contains needle; fails the test when there is none.
const Claim& claim_with(const StageFixture& f, const std::string& needle) {
  for (const Claim& c : f.out.claims) {
    if (f.text(c.span).find(needle) != std::string::npos) return c;
  }
  FAIL("no claim contains: " << needle);
  static Claim none;
  return none;
}

bool has_claim_with(const StageFixture& f, const std::string& needle) {
  return std::any_of(f.out.claims.begin(), f.out.claims.end(),
                     [&](const Claim& c) { return f.text(c.span).find(needle) != std::string::npos; });
}

}  // namespace

TEST_CASE("score: numbers and comparisons outrank opinion, ceremony and questions") {
  ClaimFeatures fact;
  fact.words = 14, fact.numbers = 2, fact.comparisons = 1, fact.factual_verbs = 1, fact.names = 1;
  ClaimFeatures opinion;
  opinion.words = 14, opinion.opinion = 1, opinion.first_person = 1, opinion.names = 1;
  ClaimFeatures question = fact;
  question.question = true;
  ClaimFeatures thanks;
  thanks.words = 5, thanks.ceremony = 1, thanks.names = 1;
  CHECK(claim_score(fact) > 0.7);
  CHECK(claim_score(opinion) < 0.3);
  CHECK(claim_score(question) < claim_score(fact));
  CHECK(claim_score(thanks) < claim_score(opinion));
  for (const auto& f : {fact, opinion, question, thanks}) {
    CHECK(claim_score(f) >= 0.0);
    CHECK(claim_score(f) <= 1.0);
  }
}

TEST_CASE("score: hedges lower a claim, a source raises it") {
  ClaimFeatures plain;
  plain.words = 12, plain.numbers = 1, plain.factual_verbs = 1;
  ClaimFeatures hedged = plain;
  hedged.hedges = 1;
  ClaimFeatures sourced = plain;
  sourced.sourced = true;
  CHECK(claim_score(hedged) < claim_score(plain));
  CHECK(claim_score(sourced) > claim_score(plain));
}

TEST_CASE("a statistic is a claim that outranks an opinion; pure opinion is no claim") {
  StageFixture f(
      "The county spent 4 million dollars on new buses in 2019, more than any other county in the state.\n"
      "Frankly, I think it is a wonderful thing for all of us.\n"
      "It's extremely worrisome and sad.\n");
  f.run_claims();
  const Claim& fact = claim_with(f, "county spent");
  CHECK(fact.score > 0.6);
  CHECK_FALSE(has_claim_with(f, "worrisome"));
  if (has_claim_with(f, "wonderful")) CHECK(claim_with(f, "wonderful").score < fact.score);
}

TEST_CASE("claims link the entities, amounts and dates inside their sentence, in text order") {
  StageFixture f(
      "Harbourline Freight paid $6 million to the port authority on March 3.\n"
      "The Ferrisburg council voted 7 to 2 to approve the new terminal.\n");
  const size_t harbour = f.entity("Harbourline Freight", EntityType::Org);
  const size_t council = f.entity("Ferrisburg", EntityType::Gpe);
  const size_t six = f.money("$6 million", 6e6);
  const size_t march = f.date("March 3", "2021-03-03");
  f.run_claims();
  REQUIRE(f.out.claims.size() == 2);
  const Claim& first = f.out.claims[0];
  CHECK(first.entities == std::vector<size_t>{harbour});
  CHECK(first.money == std::vector<size_t>{six});
  CHECK(first.dates == std::vector<size_t>{march});
  CHECK(f.out.claims[1].entities == std::vector<size_t>{council});
  CHECK(f.out.claims[1].money.empty());
  CHECK(f.out.claims[0].span < f.out.claims[1].span);
}

TEST_CASE("source: according to, X reported, documents show, inverted said") {
  StageFixture f(
      "According to the Valley Courier, the council approved 12 new permits last year.\n"
      "The mill laid off 300 workers in the spring, the Valley Courier reported.\n"
      "Court documents show the firm paid three consultants $40,000 each.\n"
      "The bridge will cost 90 million dollars to repair, said Marta Oyelaran.\n");
  const size_t courier = f.entity("Valley Courier", EntityType::Org);
  f.run_claims();
  const Claim& according = claim_with(f, "12 new permits");
  CHECK(according.source_text == "the Valley Courier");
  CHECK(according.source == courier);
  CHECK(claim_with(f, "laid off").source_text == "the Valley Courier");
  CHECK(claim_with(f, "consultants").source_text == "Court documents");
  CHECK(claim_with(f, "bridge").source_text == "Marta Oyelaran");
  CHECK_FALSE(claim_with(f, "bridge").source.has_value());
}

TEST_CASE("source: the source's entity written with commas gives its whole name") {
  StageFixture f("Analysts at Halloran, Peabody and Co said profits would rise 12 percent in 2021.\n");
  const size_t firm = f.entity("Halloran, Peabody and Co", EntityType::Org);
  f.run_claims();
  CHECK(claim_with(f, "profits").source == firm);
  CHECK(claim_with(f, "profits").source_text == "Halloran, Peabody and Co");  // the rule stops at the comma
}

TEST_CASE("source: a reporter's place and a sentence's opening conjunction are no part of it") {
  StageFixture f(
      "The Courier's Ama Osei in Accra says the port lost 8 million dollars last year.\n"
      "But Ravi Menon, a trader, said prices rose 12 percent in May.\n");
  const size_t osei = f.entity("Ama Osei", EntityType::Person);
  f.entity("Accra", EntityType::Gpe);
  f.run_claims();
  CHECK(claim_with(f, "port lost").source_text == "The Courier's Ama Osei");
  CHECK(claim_with(f, "port lost").source == osei);
  CHECK(claim_with(f, "prices rose").source_text == "Ravi Menon");
}

TEST_CASE("source: a group's whole name with 'of', no relative pronoun or preposition before it") {
  StageFixture f(
      "Exports rose 5 percent in March, provisional Bank of Ostrava figures show.\n"
      "The levy, which farm experts said would cost 40 million dollars, was dropped.\n"
      "Rents fell 3 percent, one of the sources said.\n"
      "But on Tuesday Prime Minister Ilse Varga said taxes would rise 2 percent.\n");
  const size_t bank = f.entity("Bank of Ostrava", EntityType::Org);
  const size_t varga = f.entity("Ilse Varga", EntityType::Person);
  f.run_claims();
  const Claim& exports = claim_with(f, "Exports rose");
  CHECK(exports.source_text == "Bank of Ostrava figures");
  CHECK(exports.source == bank);
  CHECK(claim_with(f, "levy").source_text == "farm experts");
  CHECK(claim_with(f, "Rents fell").source_text != "of the sources");
  const Claim& taxes = claim_with(f, "taxes would rise");
  CHECK(taxes.source_text == "Prime Minister Ilse Varga");
  CHECK(taxes.source == varga);
}

TEST_CASE("source: a dateline is no apposition; a wire's role before an inverted name stays out") {
  StageFixture f(
      "OSTRAVA, June 1 - Velmar Corp is raising 100 mln dlrs through an offering of notes due 2017, said "
      "lead manager Brandt Hollis and Co.\n"
      "The crown will fall 5 pct this year, said analyst Ilse Varga.\n");
  const size_t ostrava = f.entity("OSTRAVA", EntityType::Gpe);
  const size_t brandt = f.entity("Brandt Hollis and Co", EntityType::Org);
  const size_t varga = f.entity("Ilse Varga", EntityType::Person);
  f.run_claims();
  const Claim& notes = claim_with(f, "offering of notes");
  CHECK(notes.source != ostrava);
  CHECK(notes.source == brandt);
  CHECK(notes.source_text == "Brandt Hollis and Co");
  CHECK(claim_with(f, "crown will fall").source == varga);
}

TEST_CASE("source: a group speaking from a place, not the place") {
  StageFixture f(
      "Foreign banking sources in Manila said reserves fell 8 percent in May.\n"
      "Output rose 4 percent, the paper said, after traders in Oslo said stocks were low.\n"
      "Officials at the Harbour Board said 40 ships docked in May.\n");
  const size_t manila = f.entity("Manila", EntityType::Gpe);
  const size_t board = f.entity("Harbour Board", EntityType::Org);
  f.run_claims();
  const Claim& reserves = claim_with(f, "reserves fell");
  CHECK(reserves.source_text == "Foreign banking sources in Manila");
  CHECK(reserves.source != manila);
  // "after" ends the group's words; an organization after "at" stays the source
  CHECK(claim_with(f, "stocks were low").source_text != "after traders in Oslo");
  CHECK(claim_with(f, "ships docked").source == board);
}

TEST_CASE("source: 'told', a person inside a titled name, and a place after a preposition") {
  StageFixture f(
      "Harbour Mills expects profit to rise 50 percent in 2021, president Ola Brandt told reporters.\n"
      "Office of Budget Planning Director Ines Varga said the deficit fell 3 percent last year.\n"
      "Mayor Tom Reece's Council of Advisers said rents rose 9 percent in May.\n"
      "A grain trader in Tallinn said exports fell 20 percent in April.\n"
      "A spokesman for Kestrel Union said 400 jobs were cut in March.\n");
  const size_t brandt = f.entity("Ola Brandt", EntityType::Person);
  f.entity("Office of Budget Planning", EntityType::Org);
  const size_t varga = f.entity("Ines Varga", EntityType::Person);
  const size_t reece = f.entity("Tom Reece", EntityType::Person);
  const size_t council = f.entity("Council of Advisers", EntityType::Org);
  const size_t tallinn = f.entity("Tallinn", EntityType::Gpe);
  const size_t kestrel = f.entity("Kestrel Union", EntityType::Org);
  f.run_claims();
  CHECK(claim_with(f, "profit to rise").source == brandt);
  CHECK(claim_with(f, "deficit fell").source == varga);  // the person, not the office around the name
  CHECK(claim_with(f, "rents rose").source != reece);    // a possessor is no head
  CHECK(claim_with(f, "rents rose").source == council);
  CHECK(claim_with(f, "exports fell").source != tallinn);   // where the trader is
  CHECK(claim_with(f, "jobs were cut").source == kestrel);  // whom the spokesman speaks for
}

TEST_CASE("source: a clause's conjunction inside the sentence is no part of it") {
  StageFixture f("The bank declined to comment, but trade sources said exports fell 8 percent in May.\n");
  f.run_claims();
  CHECK(claim_with(f, "exports fell").source_text == "trade sources");
}

TEST_CASE("source: a pronoun is no source") {
  StageFixture f("He said the tunnel cost 40 million dollars more than planned.\n");
  f.run_claims();
  CHECK(claim_with(f, "tunnel").source_text.empty());
}

TEST_CASE("source: 'he said' is the person the pronoun refers to, by subject and sex") {
  StageFixture f(
      "Mary Olsen met Peter Rask on Monday.\n"
      "Tomas Grell handed the report to Ines Varro. He said the tunnel cost 40 million dollars more than "
      "planned.\n"
      "She said the 2019 audit found 14 faults in the pumps.\n");
  f.entity("Mary Olsen", EntityType::Person);
  f.entity("Peter Rask", EntityType::Person);
  const size_t grell = f.entity("Tomas Grell", EntityType::Person);
  const size_t varro = f.entity("Ines Varro", EntityType::Person);
  f.run_claims();
  // the subject of the sentence before, not the person named last
  CHECK(claim_with(f, "tunnel").source == grell);
  CHECK(claim_with(f, "tunnel").source_text == "Tomas Grell");
  // "she": the nearest woman (the subject, Tomas Grell, is a man)
  CHECK(claim_with(f, "audit").source == varro);
}

TEST_CASE("source: 'he said' after a comma, closing or inside the sentence, is the pronoun's person") {
  StageFixture f(
      "Finance Minister Karl Dorn said the budget was sound.\n"
      "The deficit will fall to 3 percent of output in 2022, he said.\n"
      "Exports, he added, rose 12 percent in May.\n"
      "Imports rose too, the shed and he said little.\n");
  const size_t dorn = f.entity("Karl Dorn", EntityType::Person);
  f.run_claims();
  CHECK(claim_with(f, "deficit will fall").source == dorn);
  CHECK(claim_with(f, "Exports").source == dorn);
  // "and he said": no comma right before the pronoun, no attribution
  CHECK_FALSE(claim_with(f, "Imports rose").source.has_value());
}

TEST_CASE("source: a pronoun's subject two wire paragraphs back, past a blank line and 'U.S. And'") {
  StageFixture f(
      "Energy Minister Karl Dorn said output was within the ceiling.\n\n"
      "He told reporters after meeting with President Tomas Varga that demand fell in the U.S. And "
      "Europe.\n\n"
      "Stocks had also been drawn down by 4 percent, he said.\n");
  const size_t dorn = f.entity("Karl Dorn", EntityType::Person);
  f.entity("Tomas Varga", EntityType::Person);
  f.entity("Europe", EntityType::Loc);
  f.run_claims();
  CHECK(claim_with(f, "drawn down").source == dorn);  // not the president named as an object
}

TEST_CASE("hedges are listed once each, lower-cased; plain statements have none") {
  StageFixture f(
      "Allegedly, the mayor received $200,000 from a builder and allegedly hid it offshore.\n"
      "The plant is believed to employ 1,200 people, an estimated 40 percent of the town.\n"
      "The plant employs 1,200 people.\n");
  f.run_claims();
  CHECK(claim_with(f, "mayor").hedges == std::vector<std::string>{"allegedly"});
  CHECK(claim_with(f, "believed").hedges == std::vector<std::string>{"is believed to", "an estimated"});
  CHECK(claim_with(f, "plant employs").hedges.empty());
}

TEST_CASE("a speaker's guess or opinion hedges a claim") {
  StageFixture f(
      "I reckon the stadium will cost maybe $40 million.\n"
      "The levy will arguably raise 2 billion dollars, we think.\n"
      "The stadium will cost $40 million.\n");
  f.run_claims();
  CHECK(claim_with(f, "reckon").hedges == std::vector<std::string>{"reckon", "maybe"});
  CHECK(claim_with(f, "levy").hedges == std::vector<std::string>{"arguably", "we think"});
  CHECK(claim_with(f, "The stadium will cost").hedges.empty());
}

TEST_CASE("the subject opening a sentence that denies, insists, admits or warns is its source") {
  StageFixture f(
      "Police denied that officers had fired 12 shots at the car.\n"
      "But Harwell Builders insisted it had paid the $4 million in full.\n"
      "Norland insisted on a ceasefire by 2019, Kestrel Obeng told the council.\n"
      "If found guilty, the builder could face a $2 million fine.\n"
      "I'll admit the $3 million bid was too low.\n");
  f.run_claims();
  CHECK(claim_with(f, "Police denied").source_text == "Police");
  CHECK(claim_with(f, "insisted it had paid").source_text == "Harwell Builders");
  // the verb of a reported clause is not the source's: the inverted "X told" is
  CHECK(claim_with(f, "ceasefire").source_text == "Kestrel Obeng");
  // an opening conjunction or a speaker's "I'll" names no source
  CHECK(claim_with(f, "found guilty").source_text.empty());
  CHECK(claim_with(f, "bid was too low").source_text.empty());
}

TEST_CASE("open questions and rumours hedge a claim; 'not clear whether' negates nothing") {
  StageFixture f(
      "It was not clear whether the council paid $3 million for the land.\n"
      "It is unclear how many of the 400 jobs will go.\n"
      "The builder is rumoured to have paid $40,000 to two officials.\n"
      "The council did not pay $3 million for the land.\n");
  f.run_claims();
  CHECK(claim_with(f, "not clear").hedges == std::vector<std::string>{"not clear whether"});
  CHECK_FALSE(claim_with(f, "not clear").negated);
  CHECK(claim_with(f, "unclear").hedges == std::vector<std::string>{"unclear how"});
  CHECK(claim_with(f, "rumoured").hedges == std::vector<std::string>{"rumoured"});
  CHECK(claim_with(f, "did not pay").negated);
}

TEST_CASE("negation: not, never, denied, n't; a plain statement is not negated") {
  StageFixture f(
      "The ministry has not purchased any scanners from the supplier since 2018.\n"
      "The company denied paying 2 officials in 2015.\n"
      "The agency didn't publish the 2019 audit.\n"
      "The ministry purchased 14 scanners from the supplier in 2018.\n");
  f.run_claims();
  CHECK(claim_with(f, "has not purchased").negated);
  CHECK(claim_with(f, "denied").negated);
  CHECK(claim_with(f, "didn't").negated);
  CHECK_FALSE(claim_with(f, "purchased 14").negated);
}

TEST_CASE("negation: 'not only', 'no more than', 'No. 2' negate nothing; a real cue beside them does") {
  StageFixture f(
      "Exports rose not only in March but in April, by 12 percent.\n"
      "The bank will lend no more than 3 million dollars in 2021.\n"
      "The No. 2 producer sold 40 percent more in 2020.\n"
      "The firm did not only fail to pay 2 million dollars; it never paid 5 million dollars.\n");
  f.run_claims();
  CHECK_FALSE(claim_with(f, "not only in March").negated);
  CHECK_FALSE(claim_with(f, "no more than").negated);
  CHECK_FALSE(claim_with(f, "No. 2").negated);
  CHECK(claim_with(f, "never paid").negated);
}

TEST_CASE("negation: a number written 'No 10' without its period negates nothing either") {
  StageFixture f(
      "No 10 said the plan would cost 2 million pounds in 2021.\n"
      "The single went to No 1 in 12 countries in 2020.\n"
      "No minister backed the 3 million pound plan in 2021.\n");
  f.run_claims();
  CHECK_FALSE(claim_with(f, "No 10 said").negated);
  CHECK_FALSE(claim_with(f, "No 1 in 12").negated);
  CHECK(claim_with(f, "No minister").negated);
}

TEST_CASE("negation: a source's anonymity negates nothing it says; a real cue after it does") {
  StageFixture f(
      "An official, who asked not to be named, said exports rose 12 percent in 2021.\n"
      "A trader who declined to be identified said the mill bought 3 million tonnes in 2020.\n"
      "A banker who did not want to be named said rates would fall 2 percent in 2022.\n"
      "An aide, who asked not to be named, said the firm never paid the 5 million dollars.\n");
  f.run_claims();
  CHECK_FALSE(claim_with(f, "exports rose").negated);
  CHECK_FALSE(claim_with(f, "mill bought").negated);
  CHECK_FALSE(claim_with(f, "rates would fall").negated);
  CHECK(claim_with(f, "never paid").negated);
}

TEST_CASE("boilerplate and short fragments yield no claims (whole pipeline)") {
  const auto a = test::analyze(
      "Officials said 45 schools closed on Tuesday because of the smoke.\n"
      "June 9, 2023\n"
      "© 2023 Example Ledger Media Inc. All rights reserved.\n",
      "2023-06-09");
  REQUIRE(a.extraction.claims.size() == 1);
  CHECK(test::text_of(a, a.extraction.claims[0].span).find("45 schools") != std::string::npos);
}

TEST_CASE("source: according to a possessive name's noun is the noun, not the name") {
  StageFixture f(
      "According to Dunmore's agent, the striker turned down 3 offers last month.\n"
      "According to the Port Authority's latest Freight Review report, volumes fell 8 percent.\n"
      "According to Kenford's Department of Mines, output rose 4 percent.\n");
  f.entity("Dunmore", EntityType::Person);
  f.entity("Port Authority", EntityType::Org);
  f.run_claims();
  CHECK(claim_with(f, "turned down").source_text == "Dunmore's agent");
  CHECK_FALSE(claim_with(f, "turned down").source.has_value());  // the agent speaks, not Dunmore
  CHECK(claim_with(f, "volumes fell").source_text == "the Port Authority's latest Freight Review report");
  CHECK(claim_with(f, "output rose").source_text == "Kenford's Department of Mines");  // a name goes on
}

TEST_CASE("source: a name apposed to a description; a named outlet; a group is no entity") {
  StageFixture f(
      "His lawyer, Ines Barrow, said the firm repaid 3 loans in 2020.\n"
      "According to the newspaper Harbour Gazette, the port lost 8 million dollars.\n"
      "According to Ruritanian prosecutors, the minister took 2 bribes.\n");
  const size_t barrow = f.entity("Ines Barrow", EntityType::Person);
  const size_t gazette = f.entity("Harbour Gazette", EntityType::Org);
  f.entity("Ruritanian", EntityType::Norp);
  f.run_claims();
  CHECK(claim_with(f, "repaid").source == barrow);
  CHECK(claim_with(f, "repaid").source_text == "Ines Barrow");
  CHECK(claim_with(f, "port lost").source == gazette);
  CHECK(claim_with(f, "port lost").source_text == "the newspaper Harbour Gazette");
  CHECK(claim_with(f, "bribes").source_text == "Ruritanian prosecutors");
  CHECK_FALSE(claim_with(f, "bribes").source.has_value());
}

TEST_CASE("source: a capitals headline that ends with who says it") {
  StageFixture f(
      "WORLD STEEL OUTPUT LIKELY TO RISE 5 PCT, KESTREL SAYS\n\n"
      "Steel output in Valdoria rose 12 percent in March, the ministry said.\n");
  f.run_claims();
  CHECK(claim_with(f, "STEEL OUTPUT").source_text == "KESTREL");
}

TEST_CASE(
    "source: the person a sentence's quotation is attributed to, before the firm after the name (whole "
    "pipeline)") {
  const auto a = test::analyze(
      "\"Growth will stay fragile this year because rates are rising and oil costs 9 pct more,\" Lena Varga, "
      "from Norvik Capital told the agency.\n",
      "2023-06-09");
  REQUIRE(a.extraction.claims.size() == 1);
  const Claim& c = a.extraction.claims[0];
  REQUIRE(c.source);
  CHECK(a.extraction.entities[*c.source].name == "Lena Varga");
  CHECK(c.source_text == "Lena Varga");
}

TEST_CASE("negation: 'with no' describes a noun and negates nothing") {
  StageFixture f(
      "The notes settle on April 27 with no accrued interest, 4 dealers said.\n"
      "The bank said there was no plan to cut 40 jobs in 2021.\n");
  f.run_claims();
  CHECK_FALSE(claim_with(f, "accrued interest").negated);
  CHECK(claim_with(f, "no plan").negated);
}

TEST_CASE(
    "negation: a cue in a concessive or conditional clause opening the sentence negates not its claim") {
  StageFixture f(
      "Although no target was set for 2021, the bank said it will lend 3 billion dollars.\n"
      "If the council does not cut the levy by 2 percent, 40 shops will close.\n"
      "The council did not cut the levy in 2020, the mayor said.\n");
  f.run_claims();
  CHECK_FALSE(claim_with(f, "no target").negated);
  CHECK_FALSE(claim_with(f, "does not cut").negated);
  CHECK(claim_with(f, "did not cut").negated);
}

TEST_CASE("hedges: 'could not' states an inability and hedges nothing") {
  StageFixture f(
      "The bank could not fix the rate at 35 dollars in 2020.\n"
      "Prices could rise 4 percent in 2021.\n");
  f.run_claims();
  CHECK(claim_with(f, "could not").hedges.empty());
  CHECK(claim_with(f, "could rise").hedges == std::vector<std::string>{"could"});
}

TEST_CASE("a table's row, a lone figure or a period label is no claim; a figure with its label is") {
  StageFixture f(
      "Exports     225     225       178     178\n"
      "38,153\n"
      "12 mths\n"
      "Net 4,834,000 vs 2,052,000\n"
      "Three hundred percent.\n");
  f.run_claims();
  CHECK_FALSE(has_claim_with(f, "Exports"));
  CHECK_FALSE(has_claim_with(f, "38,153"));
  CHECK_FALSE(has_claim_with(f, "mths"));
  CHECK(has_claim_with(f, "Net 4,834,000"));
  CHECK(has_claim_with(f, "Three hundred"));
}
