// Entities stage: capitalized words that name nothing (list markers, plurals of abbreviations,
// an organization's closing word opening a sentence), on sentences written for these tests.
#include <string>

#include "entity_mentions.hpp"
#include "extract/entities.hpp"

namespace newsclaim {
namespace {

using test::entity_of;
using test::has_mention;
using test::type_of;

TEST_CASE("a capital after a list item's number or letter opens a clause, not a name") {
  const auto a = test::analyze(
      "The plan has two flaws: 1) If rates rise, costs grow. If they fall, savers lose. "
      "(b) Where the money goes is unclear.");
  CHECK_FALSE(has_mention(a, "If"));
  CHECK_FALSE(has_mention(a, "Where"));
}

TEST_CASE("a word that only opens sentences is left out of the name after it") {
  const auto a = test::analyze(
      "Neither Baker Street nor the council would comment. During Harvest Week the shops shut. "
      "Despite Kessel Corp denials, shares fell. Whilst Halvern Radio said so, few agreed.");
  CHECK(has_mention(a, "Baker Street"));
  CHECK_FALSE(has_mention(a, "Neither Baker Street"));
  CHECK(has_mention(a, "Harvest Week"));
  CHECK(has_mention(a, "Kessel Corp"));
  CHECK(has_mention(a, "Halvern Radio"));
  CHECK_FALSE(has_mention(a, "Whilst Halvern Radio"));
  // "Yesterday", "Tomorrow", "Tonight" too (nine letters are no longer too many)
  const auto b = test::analyze("Yesterday Kessel Motors cut prices. Tonight Halvern Radio goes off air.");
  CHECK(has_mention(b, "Kessel Motors"));
  CHECK(has_mention(b, "Halvern Radio"));
}

TEST_CASE("God is of none of the entity types; a name holding the word stays") {
  const auto a = test::analyze("\"I just thank God nobody was hurt,\" she said. The Party of God denied it.");
  CHECK_FALSE(has_mention(a, "God"));
  CHECK(has_mention(a, "Party of God"));
}

TEST_CASE("a list marker does not hide a real name after it") {
  const auto a = test::analyze("Two bidders remain: 1) Halvorsen Shipping and 2) Kestrel Marine.");
  CHECK(type_of(a, "Halvorsen Shipping") == EntityType::Org);
  CHECK(type_of(a, "Kestrel Marine") == EntityType::Org);
}

TEST_CASE("the plural of an abbreviation is a common noun") {
  const auto a = test::analyze("Sales of CDs and DVDs fell, while SUVs sold well and the PACs spent more.");
  for (const char* w : {"CDs", "DVDs", "SUVs", "PACs"}) CHECK_FALSE(has_mention(a, w));
}

TEST_CASE("a Roman numeral alone names nothing; after a name it is part of it") {
  const auto a = test::analyze(
      "Kessel Corp began a phase III study of the drug. Holders of series II warrants may convert. "
      "The fund was set up by Harlan Voss III, who also runs Tallis Income Fund II.");
  CHECK_FALSE(has_mention(a, "III"));
  CHECK_FALSE(has_mention(a, "II"));
  CHECK(has_mention(a, "Harlan Voss III"));
  CHECK(has_mention(a, "Tallis Income Fund II"));
}

TEST_CASE("compass words are regions, and Central alone is no place") {
  const auto a = test::analyze(
      "TAIPEI, March 3 - Central bank governor Lin Tse-min spoke. Most of the banks are now in the "
      "West, and the Central Bank of China agreed.");
  CHECK_FALSE(has_mention(a, "Central"));
  CHECK(type_of(a, "West") == EntityType::Loc);
  CHECK(type_of(a, "Central Bank of China") == EntityType::Org);
}

TEST_CASE("a football line-up's label is no name") {
  // after a quotation left open, as match reports often leave one, the label was a name
  const auto a = test::analyze(
      "He said: \"We deserved the win. Kesterton: Vale, Ormond, Pike. Subs Not Used: Lund, Tarrant. "
      "Booked: Pike.");
  CHECK_FALSE(has_mention(a, "Subs Not Used"));
  CHECK_FALSE(has_mention(a, "Subs"));
}

TEST_CASE("abbreviations of trade and finance terms are no organizations") {
  const auto a = test::analyze(
      "The loan pays 50 basis points over Libor. Wheat was offered at 120 dlrs FOB and 131 dlrs CIF. "
      "Kessel Corp switched to LIFO accounting and issued PIK notes. Net was 3 mln vs NA.");
  for (const char* w : {"Libor", "FOB", "CIF", "LIFO", "PIK", "NA"}) CHECK_FALSE(has_mention(a, w));
  CHECK(has_mention(a, "Kessel Corp"));
}

TEST_CASE("an abbreviation in the singular stays a name") {
  const auto a = test::analyze("The NSPCC said the NHS would respond.");
  CHECK(has_mention(a, "NSPCC"));
  CHECK(has_mention(a, "NHS"));
}

TEST_CASE("an organization's closing word opening a sentence is the ordinary word") {
  const auto a = test::analyze(
      "Research shows most staff check email at night. The study was paid for by Tallis Research. "
      "Software now logs every keystroke, says Quillmark Software.");
  CHECK_FALSE(has_mention(a, "Research"));
  CHECK_FALSE(has_mention(a, "Software"));
  CHECK(type_of(a, "Tallis Research") == EntityType::Org);
  CHECK(type_of(a, "Quillmark Software") == EntityType::Org);
}

TEST_CASE("a word the story also uses to open a name keeps its capital at a sentence start") {
  const auto a =
      test::analyze("Research In Motion makes phones. Analysts said Research In Motion would grow.");
  CHECK(has_mention(a, "Research In Motion"));
}

TEST_CASE("a frequent word and a weekday or month open the sentence, not a company's name") {
  const auto a = test::analyze(
      "On Monday Halvorsen Marine Corp won the tender. In March Kestrel Boatworks Inc lost one. "
      "Black Friday Sales Ltd said nothing.");
  CHECK(type_of(a, "Halvorsen Marine Corp") == EntityType::Org);
  CHECK(type_of(a, "Kestrel Boatworks Inc") == EntityType::Org);
  CHECK(type_of(a, "Black Friday Sales Ltd") == EntityType::Org);
  CHECK_FALSE(has_mention(a, "On Monday Halvorsen Marine Corp"));
}

TEST_CASE("a company division is an organization, even after a word that is also a military rank") {
  const auto a =
      test::analyze("Yesterday the Pentagon said General Dynamics Land Systems Division would build it.");
  CHECK(type_of(a, "General Dynamics Land Systems Division") == EntityType::Org);
  const auto b = test::analyze("The award went to Okafor Chemical Division, a unit of Tenby Group.");
  CHECK(type_of(b, "Okafor Chemical Division") == EntityType::Org);
}

TEST_CASE("abstract nouns no list holds join across 'and' into one body; a name or a coined word does not") {
  const auto a = test::analyze(
      "The Halden Aeronautics and Space Administration hired the Measurement and Control Division, a unit of "
      "Ressler Corp. Talks between Spectra-Optics and Tarrow Group Holdings and between Okonkwo and "
      "Finance Ministry staff went on.");
  CHECK(has_mention(a, "Halden Aeronautics and Space Administration"));
  CHECK(has_mention(a, "Measurement and Control Division"));
  CHECK_FALSE(has_mention(a, "Control Division"));
  CHECK(has_mention(a, "Tarrow Group Holdings"));
  CHECK_FALSE(has_mention(a, "Spectra-Optics and Tarrow Group Holdings"));
  CHECK_FALSE(has_mention(a, "Okonkwo and Finance Ministry"));
}

TEST_CASE("a title before one unlisted abstract noun opens a company's name, not a rank before a surname") {
  const auto a = test::analyze(
      "General Telemetrics said sales rose. Analysts expect General Telemetrics to gain. General Okafor "
      "said the army would buy radios.");
  CHECK(type_of(a, "General Telemetrics") == EntityType::Org);
  CHECK_FALSE(has_mention(a, "Telemetrics"));
  CHECK(type_of(a, "Okafor") == EntityType::Person);
}

TEST_CASE("a rank before an ordinary abstract noun opens a company's name too; an election is no name") {
  const auto a = test::analyze(
      "Shares rose. General Acquisition said its offer for Halvern Corp stood. Analysts said General "
      "Acquisition could raise it before the General Election.");
  CHECK(type_of(a, "General Acquisition") == EntityType::Org);
  CHECK_FALSE(has_mention(a, "Acquisition"));
  CHECK_FALSE(has_mention(a, "General Election"));
  CHECK_FALSE(has_mention(a, "Election"));
}

TEST_CASE("a rank before a word ending companies' names opens a company's name, also in capitals") {
  const auto a = test::analyze(
      "VARNEK TO SELL GENERAL TIRE\n\nOSTRAVA, June 2 - General Tire, a unit of Varnek, said sales rose. "
      "General Brown said troops left.");
  CHECK(type_of(a, "General Tire") == EntityType::Org);
  CHECK_FALSE(has_mention(a, "Tire"));
  CHECK_FALSE(has_mention(a, "TIRE"));
  CHECK(type_of(a, "Brown") == EntityType::Person);  // a rank before a surname
}

TEST_CASE("an opener before a name the story writes mid-sentence is an ordinary word, not part of it") {
  const auto a = test::analyze(
      "The shipyard said on a call with analysts that orders at Halvern Marine Systems had fallen for a "
      "third month as buyers waited for steel prices to ease.\n\nHowever Halvern Marine Systems said its "
      "order book was still full until the end of the year.\n\nBut Halvern Marine Systems also said it "
      "would cut some jobs at its older yard in the north.");
  CHECK(has_mention(a, "Halvern Marine Systems"));
  CHECK_FALSE(has_mention(a, "However Halvern Marine Systems"));
  CHECK_FALSE(has_mention(a, "But Halvern Marine Systems"));
}

TEST_CASE("a frequent word opening a company's run does not vouch for itself as a name elsewhere") {
  const auto a = test::analyze(
      "Copper prices rose on Monday as traders bought ahead of the holiday in several markets.\n\n"
      "But Halvern Mining Corp said output would fall this year at its main mine.\n\nBut traders said "
      "stocks were still high and prices could fall again before the end of the month.");
  CHECK_FALSE(has_mention(a, "But"));
}

TEST_CASE("a given name that is also an ordinary word opens a sentence as the word when a time follows") {
  const auto a = test::analyze(
      "Early last week, Dorvane Foods said it would close a plant. Early in December the board met. "
      "Early Wynn pitched in Cleveland.");
  CHECK_FALSE(has_mention(a, "Early"));
  CHECK(has_mention(a, "Dorvane Foods"));
  CHECK(has_mention(a, "Early Wynn"));
}

TEST_CASE("a given name that is also an ordinary word opens a sentence as the word before a degree word") {
  const auto a = test::analyze(
      "The handset is old. Far better, he said, to buy a new one. \"Far from helping, it hurt.\" Far too "
      "little was done.");
  CHECK_FALSE(has_mention(a, "Far"));
}

TEST_CASE("an ordinary word the story capitalizes only inside longer names opens a sentence as the word") {
  const auto a = test::analyze(
      "Prices fell as delegates from the International Tea Council met in Lisbon.\n\n"
      "Tea stocks in consuming countries were high, the Council said.\n\n"
      "Treasury Secretary Margaret Baker spoke at the meeting. Baker said prices would recover.\n\n"
      "Ostrander Holdings Inc's Meridian Airlines unit cut its fares. Meridian said more cuts could "
      "follow.");
  CHECK_FALSE(has_mention(a, "Tea"));
  CHECK(has_mention(a, "International Tea Council"));
  CHECK(entity_of(a, "Baker") != nullptr);  // the last word of a name
  CHECK(entity_of(a, "Baker") == entity_of(a, "Margaret Baker"));
  CHECK(has_mention(a, "Meridian"));  // opens a name after a possessive
}

TEST_CASE("an ordinary word opening a sentence before the noun it qualifies is no name") {
  const auto a = test::analyze(
      "Output at the Harlan mine fell again in May.\n\n"
      "Securities analysts said the mine would close. Police investigating the fire found no cause. "
      "Early redemption is not allowed. Bank spokesman Arne Lund said talks would go on.\n\n"
      "Congress set the limit in 1974. Senate budget writers met. Shell lost 10p at 1,223.");
  CHECK_FALSE(has_mention(a, "Securities"));  // a plural noun and a verb follow
  CHECK_FALSE(has_mention(a, "Police"));      // a participle follows
  CHECK_FALSE(has_mention(a, "Early"));
  // an institution's word before an office is its short name
  CHECK(type_of(a, "Bank") == EntityType::Org);
  // a verb after the word leaves it the subject, a name ("set" and "lost" are no words in -ed)
  CHECK(has_mention(a, "Congress"));
  CHECK(has_mention(a, "Shell"));
  CHECK(has_mention(a, "Senate"));  // no listed verb after the noun it qualifies
}

TEST_CASE("the Budget is no organization; a committee named after it is") {
  const auto a = test::analyze(
      "The Chancellor's Budget was sound, analysts said. The Budget cuts income tax. Members of the House "
      "Budget Committee disagreed.");
  CHECK_FALSE(has_mention(a, "Budget"));
  CHECK(type_of(a, "House Budget Committee") == EntityType::Org);
}

TEST_CASE("a rarer dictionary word opening a sentence is the word; inside a name it stays a name") {
  const auto a = test::analyze(
      "Rates were cut on Monday.\n\n"
      "Underwriters are Varney Securities and Tessaro Capital. Economists polled last week expected "
      "the cut. Indefinite detention is wrong, she said.\n\n"
      "The cut was welcomed by Gad Varnesh, a deputy minister. Shares of Norsk Tessaro and Saga "
      "Varnish rose. Data from the Ostrava Oceanic and Atmospheric Agency showed rain.");
  CHECK_FALSE(has_mention(a, "Underwriters"));
  CHECK_FALSE(has_mention(a, "Economists"));
  CHECK_FALSE(has_mention(a, "Indefinite"));
  CHECK(type_of(a, "Varney Securities") == EntityType::Org);
  // a rare word is no evidence of an ordinary phrase: a given name, two companies, one agency
  CHECK(type_of(a, "Gad Varnesh") == EntityType::Person);
  CHECK(has_mention(a, "Norsk Tessaro"));
  CHECK(has_mention(a, "Saga Varnish"));
  CHECK(has_mention(a, "Ostrava Oceanic and Atmospheric Agency"));
}

}  // namespace
}  // namespace newsclaim
