// Quotes stage: quote spans (marks, splits, paragraphs, nesting), speakers and cues, scare quotes.
#include <chrono>
#include <string>

#include "test_support.hpp"

using newsclaim::Analysis;
using newsclaim::Quote;
using newsclaim::test::analyze;
using newsclaim::test::text_of;

namespace {

std::vector<std::string> quote_texts(const Analysis& a) {
  std::vector<std::string> out;
  for (const Quote& q : a.extraction.quotes) out.push_back(text_of(a, q.span));
  return out;
}

// The quote whose text contains needle; fails the test when there is none.
const Quote& quote_with(const Analysis& a, const std::string& needle) {
  for (const Quote& q : a.extraction.quotes) {
    if (text_of(a, q.span).find(needle) != std::string::npos) return q;
  }
  FAIL("no quote contains: " << needle);
  static const Quote none;
  return none;
}

// The name of the entity the quote's speaker points to, or "" when it points to none.
std::string speaker_name(const Analysis& a, const Quote& q) {
  return q.speaker ? a.extraction.entities.at(*q.speaker).name : "";
}

}  // namespace

TEST_CASE("curly quote with the speaker before the verb") {
  const auto a = analyze("\u201CWe will rebuild the pier,\u201D Maria Lopez said on Monday.");
  REQUIRE(a.extraction.quotes.size() == 1);
  const Quote& q = a.extraction.quotes[0];
  CHECK(text_of(a, q.span) == "\u201CWe will rebuild the pier,\u201D");
  CHECK(q.speaker_text == "Maria Lopez");
  CHECK(q.cue == "said");
  CHECK_FALSE(q.scare);
  REQUIRE(q.speaker_span);
  CHECK(text_of(a, *q.speaker_span) == "Maria Lopez");
}

TEST_CASE("straight quotes and the verb before the speaker") {
  const auto a = analyze("\"Prices will rise again,\" said Tomas Berg, an economist at the bank.");
  REQUIRE(a.extraction.quotes.size() == 1);
  CHECK(a.extraction.quotes[0].speaker_text == "Tomas Berg");
  CHECK(a.extraction.quotes[0].cue == "said");
}

TEST_CASE("the speaker before a cue is the subject of the cue's own clause") {
  const auto a = analyze(
      "Senator Ada Varga said the plan was a good start but she told the Harbour Times: \"I would go "
      "further.\"");
  const Quote& q = quote_with(a, "go further");
  CHECK(q.speaker_text == "she");
  CHECK(speaker_name(a, q) == "Ada Varga");
}

TEST_CASE("a place does not speak: the person in apposition to it does") {
  const auto a =
      analyze("The Bishop of Leeds, the Rt Rev Owen Hale, called the plan \"a fair start\" on Sunday.");
  const Quote& q = quote_with(a, "fair start");
  CHECK(q.speaker_text == "Owen Hale");
  CHECK(speaker_name(a, q) == "Owen Hale");
}

TEST_CASE("a name after a quote speaks though its appositive is not closed by a comma") {
  const auto a = analyze(
      "\"Demand will pick up in the spring,\" Rhona Vell, chief economist at Garrow Bank said.\n\n"
      "\"We expect no change,\" Tobias Kern, Ostland Telecom's finance director told Reuters.\n\n"
      "\"The terms are fair,\" Ivo Mraz, from the Harbour Shippers Association (HSA) told the paper.\n\n"
      "\"Rates will stay high,\" Corran, Webb and Co senior analyst Lena Sato told Reuters.\n\n"
      "\"It will pass,\" Meanwhile, the minister said.");
  CHECK(quote_with(a, "pick up").speaker_text == "Rhona Vell");
  CHECK(speaker_name(a, quote_with(a, "pick up")) == "Rhona Vell");
  CHECK(quote_with(a, "no change").speaker_text == "Tobias Kern");
  CHECK(quote_with(a, "terms are fair").speaker_text == "Ivo Mraz");
  // a comma inside a company's name, then a titled person: the person speaks
  CHECK(quote_with(a, "stay high").speaker_text == "Lena Sato");
  // a sentence adverb is no name
  CHECK(quote_with(a, "will pass").speaker_text == "the minister");
}

TEST_CASE("a person named before an organization and a comma speaks for it") {
  const auto a = analyze(
      "Wendell Orrin, Harbour Hotels Association said: \"We tried hard to keep the conference.\"\n\n"
      "Nadia Voss, Kestrel Rail Group chairman said: \"We will appeal.\"\n\n"
      "After Orrin, Kestrel Rail Group said: \"Nothing has changed.\"");
  const Quote& first = quote_with(a, "tried hard");
  CHECK(first.speaker_text == "Wendell Orrin");
  CHECK(speaker_name(a, first) == "Wendell Orrin");
  CHECK(speaker_name(a, quote_with(a, "will appeal")) == "Nadia Voss");
  // Only a name opening the sentence is the speaker's own.
  CHECK(speaker_name(a, quote_with(a, "Nothing has changed")) == "Kestrel Rail Group");
}

TEST_CASE("a person named with the organization they come from speaks, not the organization") {
  const auto a = analyze(
      "Markets were calm.\n\n\"Demand is steady,\" Lena Ortvik of Varna Securities said.\n\n"
      "\"Everything is going digital,\" Tomas Ek from the Nordic Gadget Association, told reporters.\n\n"
      "\"Rates will hold,\" the Reserve Bank of Orlandia said.\n\n"
      "\"Rates will stay,\" Reserve Bank of Orlandia governor Ada Kell said.");
  CHECK(quote_with(a, "Demand is steady").speaker_text == "Lena Ortvik");
  CHECK(quote_with(a, "going digital").speaker_text == "Tomas Ek");
  CHECK(quote_with(a, "will hold").speaker_text == "the Reserve Bank of Orlandia");
  CHECK(quote_with(a, "will stay").speaker_text == "Ada Kell");  // a title after the bank: the person
}

TEST_CASE("after the verb, whom an organization's or a country's possessive owns speaks") {
  const auto a = analyze(
      "Markets were calm.\n\n\"Demand is steady,\" said Varna Securities' Lena Ortvik.\n\n"
      "\"We will go on,\" said Orlandia's Prime Minister Ada Kell.\n\n"
      "\"It is over,\" said Kestrel's chief executive, Tomas Ek.\n\n"
      "\"It stands,\" said Kestrel's statement.");
  CHECK(quote_with(a, "Demand is steady").speaker_text == "Lena Ortvik");
  CHECK(quote_with(a, "We will go on").speaker_text == "Prime Minister Ada Kell");
  CHECK(quote_with(a, "It is over").speaker_text == "Tomas Ek");
  CHECK(quote_with(a, "It stands").speaker_text == "Kestrel");  // no name after the possessive
}

TEST_CASE("a name ending in 's before the verb after a quote speaks; one before a noun does not") {
  const auto a = analyze(
      "Ratings fell.\n\n\"The risk is higher,\" Kestrel's said.\n\n"
      "The council said Mr Varro's comments were \"highly irresponsible\".");
  CHECK(quote_with(a, "The risk is higher").speaker_text == "Kestrel's");
  CHECK(quote_with(a, "highly irresponsible").speaker_text != "Mr Varro's");
}

TEST_CASE("a nationality or a party before a description speaks through the one named after it") {
  const auto a = analyze(
      "Prices fell.\n\n\"It looks grim,\" said Swedish union leader Ulf Varga.\n\n"
      "Conservative co-chairman Ada Kell said: \"We are ready.\"\n\n"
      "Labour say a vote for them could help the Tories, while the Tories say the Liberal Democrats would "
      "mean \"higher taxes\".");
  CHECK(quote_with(a, "It looks grim").speaker_text == "Ulf Varga");
  CHECK(quote_with(a, "We are ready").speaker_text == "Ada Kell");
  CHECK(quote_with(a, "higher taxes").speaker_text != "Liberal Democrats");  // the verb stands between
}

TEST_CASE("a clause opened by 'that' after a verb is what is reported, not who speaks") {
  const auto a = analyze(
      "Games grow.\n\nDana Voss warned that developers still had to learn how to tell stories well. "
      "\"We are trying to forget about the hardware.\"\n\n"
      "The report said that official would resign. \"It is over,\" that official told reporters.");
  CHECK(quote_with(a, "forget about").speaker_text == "Dana Voss");
  CHECK(quote_with(a, "It is over").speaker_text == "that official");  // after a quote: a description
}

TEST_CASE("a date before the cue is no speaker") {
  const auto a = analyze("The app, released in March and dubbed \"Swift\" by fans, sold well, Orvane said.");
  const Quote& q = quote_with(a, "Swift");
  CHECK(q.speaker_text.empty());
  CHECK_FALSE(q.speaker_span);
}

TEST_CASE("'the mayor' may be named just after; 'a spokesman' and a statement in another sentence may not") {
  const auto a = analyze(
      "The council met on Tuesday to vote on the harbour plan after months of delay.\n\n"
      "\"We could not wait any longer,\" the mayor said. Mayor Ines Varga had pushed for the vote.\n\n"
      "\"The plan is too costly,\" a spokesman said. Harbour spokesman Pavel Dorn disagreed.\n\n"
      "Varga then left. According to a statement from the ministry, \"the works start in May.\"");
  CHECK(speaker_name(a, quote_with(a, "wait any longer")) == "Ines Varga");
  CHECK(speaker_name(a, quote_with(a, "too costly")).empty());
  CHECK(speaker_name(a, quote_with(a, "works start")).empty());
}

TEST_CASE("a quote split by its attribution keeps one speaker") {
  const auto a = analyze(
      "\u201CThe bridge is safe,\u201D Lopez said. \u201CWe inspected every cable twice this year.\u201D");
  REQUIRE(a.extraction.quotes.size() == 2);
  CHECK(a.extraction.quotes[0].speaker_text == "Lopez");
  CHECK(a.extraction.quotes[1].speaker_text == "Lopez");
  CHECK(text_of(a, a.extraction.quotes[1].span) == "\u201CWe inspected every cable twice this year.\u201D");
}

TEST_CASE("told, wrote, added and according to") {
  CHECK(quote_with(analyze("\"We are leaving the city,\" Anna Kowalski told Reuters."), "leaving").cue ==
        "told");
  CHECK(
      quote_with(analyze("\"The vote was rigged,\" Omar Haddad wrote on Twitter."), "rigged").speaker_text ==
      "Omar Haddad");
  CHECK(quote_with(analyze("\"It will take years,\" he added."), "years").cue == "added");
  const auto a = analyze("\"The plan failed in its first week,\" according to the Daily Ledger.");
  const Quote& q = quote_with(a, "plan failed");
  CHECK(q.cue == "according to");
  CHECK(q.speaker_text == "the Daily Ledger");
}

TEST_CASE("a possessive statement speaks for its owner") {
  const auto a = analyze("\"We regret the delay,\" Harbor Bank's statement said.");
  CHECK(quote_with(a, "regret").speaker_text == "Harbor Bank");
}

TEST_CASE("a description is kept as the speaker text") {
  const auto a = analyze("\"Nobody checked the scanners,\" the expert said.");
  const Quote& q = quote_with(a, "scanners");
  CHECK(q.speaker_text == "the expert");
  CHECK_FALSE(q.speaker);
  const auto b = analyze("\"We are reviewing the file,\" a spokeswoman for Halden Port Authority said.");
  CHECK(quote_with(b, "reviewing").speaker_text == "a spokeswoman for Halden Port Authority");
  const auto c = analyze("\"We will appeal,\" said the lawyer in a statement.");
  CHECK(quote_with(c, "appeal").speaker_text == "the lawyer");
}

TEST_CASE("a document that speaks is the speaker: a ruling, a book, an audit") {
  const auto a =
      analyze("\"The tender breached the rules,\" the ruling said. \"Costs doubled,\" the audit said.");
  CHECK(quote_with(a, "tender").speaker_text == "the ruling");
  CHECK(quote_with(a, "doubled").speaker_text == "the audit");
}

TEST_CASE("a passive verb names its agent as the speaker") {
  const auto a = analyze("The anthem \"Rivers of Home\" was written by Marta Kessler in 1998.");
  CHECK(quote_with(a, "Rivers").speaker_text == "Marta Kessler");
}

TEST_CASE("a gendered pronoun skips a nearer person whose given name is of the other sex") {
  const auto a = analyze("Robert Hale spoke after Linda Okoro. \"The vote is ours,\" he said.");
  const Quote& q = quote_with(a, "vote");
  REQUIRE(q.speaker);
  CHECK(a.extraction.entities[*q.speaker].name == "Robert Hale");
}

TEST_CASE("the story's own possessive outweighs the given-name list for a pronoun") {
  // "Beryl" is a woman's name in the list; the story calls this Beryl Aldana "his"
  const auto a = analyze(
      "Beryl Aldana, chairman of the port board, said tariffs would fall.\n\n"
      "Aldana repeated his call for lower fees.\n\n"
      "\"The harbour must stay open,\" he said.");
  const Quote& q = quote_with(a, "harbour must");
  REQUIRE(q.speaker);
  CHECK(a.extraction.entities[*q.speaker].name == "Beryl Aldana");
  // without the story's word the list decides: "he" is no Beryl
  const auto b = analyze(
      "Beryl Aldana, chairman of the port board, said tariffs would fall.\n\n"
      "\"The harbour must stay open,\" he said.");
  CHECK_FALSE(quote_with(b, "harbour must").speaker.has_value());
}

TEST_CASE("a pronoun resolves to the nearest person before it") {
  const auto a = analyze(
      "Maria Lopez visited the harbour in Oslo on Monday.\n\n"
      "\"The cranes are older than the workers,\" she said.");
  const Quote& q = quote_with(a, "cranes");
  CHECK(q.speaker_text == "she");
  CHECK(speaker_name(a, q).find("Lopez") != std::string::npos);
}

TEST_CASE("people named inside a quotation are not a pronoun's antecedent") {
  const auto a = analyze(
      "Maria Lopez spoke after the vote.\n\n"
      "\"I never trusted Peter Graves,\" she said.");
  CHECK(speaker_name(a, quote_with(a, "trusted")).find("Lopez") != std::string::npos);
}

TEST_CASE("a relative pronoun before a colon resolves to the person it follows") {
  const auto a = analyze(
      "The article quoted Jan Novak, a farmer from the valley, who said: "
      "\"The river has never been this low.\"");
  const Quote& q = quote_with(a, "river");
  CHECK(q.speaker_text == "who");
  CHECK(speaker_name(a, q).find("Novak") != std::string::npos);
}

TEST_CASE("a speech verb earlier in the sentence attributes a partial quote") {
  const auto a = analyze("Lopez said the deal was \"dead on arrival\" for the town.");
  const Quote& q = quote_with(a, "dead on");
  CHECK(q.speaker_text == "Lopez");
  CHECK_FALSE(q.scare);
  const auto b = analyze("Lopez said the plan was \"a mistake\" from the start.");
  CHECK_FALSE(quote_with(b, "mistake").scare);
  CHECK(quote_with(b, "mistake").speaker_text == "Lopez");
}

TEST_CASE("a verb that characterizes in someone's words attributes the quote to its subject") {
  const auto a = analyze("Senator Ruth Ellison likened the new toll to \"a tax on getting to work.\"");
  CHECK(quote_with(a, "tax on").speaker_text == "Senator Ruth Ellison");
  const auto b = analyze("The mayor referred to the budget as \"a plan built on hope\" during the hearing.");
  CHECK(quote_with(b, "built on hope").speaker_text == "The mayor");
  const auto c = analyze("Tomas Berg has denied the report as \"pure fiction\" since March.");
  CHECK(quote_with(c, "pure fiction").speaker_text == "Tomas Berg");
  // A verb further down a list of verbs has the clause's subject.
  const auto e = analyze("Lopez in recent weeks has visited the mill, talked of a \"stolen vote\" and left.");
  CHECK(quote_with(e, "stolen vote").speaker_text == "Lopez");
  const auto f = analyze("The former U.S. envoy said the talks were \"a slow dance\" at best.");
  CHECK(quote_with(f, "slow dance").speaker_text == "The former U.S. envoy");
  // Passive: whoever was compared is not the one speaking.
  const auto d = analyze("The harbour plan was compared to \"a bridge to nowhere\" in the debate.");
  CHECK(quote_with(d, "bridge to").speaker_text.empty());
}

TEST_CASE("a possessive before a noun of saying names the speaker of a later quote") {
  const auto a = analyze(
      "Voters weighed Dana Whitfield's claim that the county had \"no debt at all\" before the vote.");
  CHECK(quote_with(a, "no debt").speaker_text == "Dana Whitfield");
  const auto b =
      analyze("Carl Mendes spoke first. Nobody believed his promise of \"a bridge every year\" in the end.");
  const Quote& q = quote_with(b, "bridge every");
  CHECK(q.speaker_text == "his");
  CHECK(speaker_name(b, q) == "Carl Mendes");
  // A possession that is no saying attributes nothing.
  const auto c = analyze("Dana Whitfield's office sat next to a shop called \"Corner Books\" for years.");
  CHECK(quote_with(c, "Corner Books").speaker_text.empty());
}

TEST_CASE("an attribution after a quote stays in the quote's sentence") {
  const auto a = analyze(
      "The candidate gave no figure, though he said \"budget reforms\" and new taxes would "
      "pay for it. The Institute for Fiscal Policy reported a cost of $5 trillion.");
  CHECK(quote_with(a, "budget reforms").speaker_text == "he");
  const auto b = analyze("\u201CWhy now?\u201D Carvin asked. Nobody answered.");
  CHECK(quote_with(b, "Why now").speaker_text == "Carvin");
}

TEST_CASE("\"the expert said\" goes back to the person quoted just before") {
  const auto a = analyze(
      "Harbour engineer Nadia Okafor reviewed the plans. \"The piles are too short,\" Okafor said. "
      "\"Nobody checked the soil,\" the expert said.");
  const Quote& q = quote_with(a, "soil");
  CHECK(q.speaker_text == "the expert");
  CHECK(speaker_name(a, q) == "Nadia Okafor");
  // An indefinite description is someone new.
  const auto b =
      analyze("\"The piles are too short,\" Nadia Okafor said. \"Nobody checked,\" an expert said.");
  CHECK_FALSE(quote_with(b, "Nobody").speaker);
}

TEST_CASE("scare quotes around one or two words are not speech") {
  const auto a = analyze("Analysts call it a \"geo-economic\" strategy of the region.");
  const Quote& q = quote_with(a, "geo-economic");
  CHECK(q.scare);
  CHECK(q.speaker_text.empty());
  CHECK_FALSE(q.speaker);
  CHECK(quote_with(analyze("The so-called \"reform\" passed."), "reform").scare);
  // Attributed, but modifying the next noun: still a scare quote.
  const auto b = analyze("Lopez said the town follows a \u201Cgreen growth\u201D plan.");
  CHECK(quote_with(b, "green").scare);
  CHECK(quote_with(b, "green").speaker_text == "Lopez");  // whose words they are
}

TEST_CASE("a quote nothing attributes belongs to the subject of its clause") {
  const auto a = analyze(
      "Maria Lopez spoke first. After a long debate, Lopez asked whether the \"tone set\" by the council was "
      "fair. "
      "But she praised its \"steady hand\". Fairtrack kept the plan on its \"watch list\". Fairtrack did not "
      "comment.");
  CHECK(speaker_name(a, quote_with(a, "tone set")) == "Maria Lopez");
  const Quote& she = quote_with(a, "steady hand");
  CHECK(she.speaker_text == "she");
  CHECK(speaker_name(a, she) == "Maria Lopez");
  CHECK(quote_with(a, "watch list").speaker_text == "Fairtrack");
  CHECK(quote_with(a, "watch list").cue.empty());
  // A quote inside the introductory phrase belongs to the subject after it.
  const auto b =
      analyze("Maria Lopez spoke first. After calling the plan \"far too costly,\" she voted against it.");
  CHECK(speaker_name(b, quote_with(b, "far too costly")) == "Maria Lopez");
}

TEST_CASE("no clause subject for a quote after 'It', a title or a possessive") {
  const auto a = analyze(
      "Tom Reyes spoke. It is \"unclear\" what happens next. Harbor Aid founder Tom Reyes praised the "
      "\"quiet\" "
      "work. Tom Reyes's shop sold \"Blue Moon\" records.");
  CHECK(quote_with(a, "unclear").speaker_text.empty());
  CHECK(quote_with(a, "quiet").speaker_text != "Harbor Aid");
  CHECK(quote_with(a, "Blue Moon").speaker_text.empty());
}

TEST_CASE("a quote over several paragraphs keeps its speaker") {
  const auto a = analyze(
      "\u201CThe first part of the statement goes on without a closing mark.\n\n"
      "\u201CThe second part ends here,\u201D Lopez said.\n\n"
      "\u201CAnd a third paragraph quotes her again.\u201D");
  REQUIRE(a.extraction.quotes.size() == 3);
  CHECK(text_of(a, a.extraction.quotes[0].span) ==
        "\u201CThe first part of the statement goes on without a closing mark.");
  for (const Quote& q : a.extraction.quotes) CHECK(q.speaker_text == "Lopez");
}

TEST_CASE("marks inside a quotation do not end it") {
  CHECK(quote_texts(analyze("\"He told me 'never again' and left,\" Lopez said.")) ==
        std::vector<std::string>{"\"He told me 'never again' and left,\""});
  CHECK(quote_texts(analyze("\"She said \u201Cno\u201D twice,\" Lopez said.")) ==
        std::vector<std::string>{"\"She said \u201Cno\u201D twice,\""});
  CHECK(quote_texts(analyze("\u201CWe will \u2026 review [the contracts] carefully,\u201D Lopez said.")) ==
        std::vector<std::string>{"\u201CWe will \u2026 review [the contracts] carefully,\u201D"});
}

TEST_CASE("guillemets and low-high quotes of other languages") {
  CHECK(quote_texts(analyze("\u00ABNous allons gagner\u00BB, a dit la ministre.")) ==
        std::vector<std::string>{"\u00ABNous allons gagner\u00BB"});
  CHECK(quote_texts(analyze("\u201EWir schaffen das\u201C, sagte sie.")) ==
        std::vector<std::string>{"\u201EWir schaffen das\u201C"});
  CHECK(quote_texts(analyze("\u00BBEr kommt nicht\u00AB, sagte sie.")) ==
        std::vector<std::string>{"\u00BBEr kommt nicht\u00AB"});
}

TEST_CASE("inch signs and stray closing marks are not quotations") {
  CHECK(quote_texts(analyze("He is 6'3\" tall and \"very fast,\" the coach said.")) ==
        std::vector<std::string>{"\"very fast,\""});
  CHECK(quote_texts(analyze("The doctor reviewed his systems\" and signed.")).empty());
  CHECK(quote_texts(analyze("A mark \"opens here and the paragraph ends.")).empty());
}

TEST_CASE("a transcript label names the speaker") {
  const auto a = analyze("\"HOST: Welcome back to the programme.\n\n\"GUEST: Thank you for having me.");
  REQUIRE(a.extraction.quotes.size() == 2);
  CHECK(a.extraction.quotes[0].speaker_text == "HOST");
  CHECK(a.extraction.quotes[1].speaker_text == "GUEST");
}

TEST_CASE("many unpaired marks stay linear") {
  std::string text(1 << 20, ' ');
  for (size_t i = 0; i < text.size(); i += 3) text[i] = '"', text[i + 1] = 'a';
  std::string curly;
  for (int i = 0; i < 200000; ++i) curly += "\u201C";
  const auto start = std::chrono::steady_clock::now();
  const auto a = analyze(text);
  const auto b = analyze(curly + " said Lopez");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(a.extraction.quotes.size() > 1000);
  CHECK(b.extraction.quotes.empty());
  CHECK(seconds < 10.0);
}

TEST_CASE("an organization and a title before the person after an inverted verb") {
  const auto a = analyze("\"We are ready for winter,\" said Halvard Freight president Ken Moreau.");
  CHECK(quote_with(a, "winter").speaker_text == "Ken Moreau");
  const auto b = analyze("\"We will appeal,\" said spokesman Josh Carrow on Monday.");
  CHECK(quote_with(b, "appeal").speaker_text == "Josh Carrow");
}

TEST_CASE("a participle cue takes the subject of its clause") {
  const auto a = analyze(
      "In a speech on Friday, Nora Vidal attacked the council for its budget, saying, "
      "\"They have lost control of the numbers.\"");
  CHECK(quote_with(a, "lost control").speaker_text == "Nora Vidal");
}

TEST_CASE("according to X later in the sentence attributes the quote") {
  const auto a =
      analyze("Hiring stayed \"steady but slow,\" with modest wage gains, according to the Harlow Survey.");
  CHECK(quote_with(a, "steady").cue == "according to");
  CHECK(quote_with(a, "steady").speaker_text == "the Harlow Survey");
}

TEST_CASE("a short fragment after an attributed quote of the same sentence is speech") {
  const auto a = analyze(
      "Mayor Ines Daro condemned the vote as \"reckless and cynical\" and a \"grave mistake\" for the city.");
  const Quote& q = quote_with(a, "grave");
  CHECK_FALSE(q.scare);
  CHECK(q.speaker_text == "Mayor Ines Daro");
}

TEST_CASE("a participle inside an appositive takes the name before it") {
  const auto a = analyze("Mr. Okafor, noting that the fund \"was never audited,\" called for an inquiry.");
  CHECK(quote_with(a, "audited").speaker_text == "Mr. Okafor");
}

TEST_CASE("a full name right after a description's head noun is the speaker") {
  const auto a = analyze("Her roommate Tamsin Achebe, a nursing student, chimed in. \"Nobody asked us.\"");
  const Quote& q = quote_with(a, "Nobody");
  CHECK(q.speaker_text == "Tamsin Achebe");
  CHECK(speaker_name(a, q) == "Tamsin Achebe");
  // One capitalized word after the noun is not taken for a name ("Tuesday", a place).
  const auto b = analyze("\"We will rebuild,\" the spokesman Tuesday said.");
  CHECK(quote_with(b, "rebuild").speaker_text == "the spokesman");
}

TEST_CASE("a speaker with an age and an appositive before the verb of the sentence before") {
  const auto a = analyze(
      "Her friend Dana Quell, 20, a history student from Leeds, chimed in. \"I never thought I would vote "
      "for them. Now I will.\"");
  CHECK(speaker_name(a, quote_with(a, "I never thought")) == "Dana Quell");
}

TEST_CASE("a participle after \"said,\" takes the speaker of that verb") {
  const auto a = analyze(
      "\"We need change,\" the Ohio businessman said, arguing that he would bring a \"plain and fair\" "
      "approach.");
  const Quote& q = quote_with(a, "plain and fair");
  CHECK(q.speaker_text == "the Ohio businessman");
}

TEST_CASE("an inverted cue ending the sentence before a quote gives the name after it") {
  const auto a = analyze(
      "So phone players will vanish into clothing, says Mr Orrin Bale. \"Fabric can hold the battery.\" "
      "Lena Voss, a director at Tallow, said the firm had grown. \"We are hiring.\" Ivo Grant, who asked "
      "not to be named, told Reuters. \"Nothing is decided.\"");
  CHECK(quote_with(a, "Fabric can hold").speaker_text == "Mr Orrin Bale");
  CHECK(speaker_name(a, quote_with(a, "We are hiring")) == "Lena Voss");       // a clause follows "said"
  CHECK(speaker_name(a, quote_with(a, "Nothing is decided")) == "Ivo Grant");  // "told" names its listener
  // a description after the name: the name still speaks, not the subject before the cue
  const auto b = analyze(
      "Mayor Reyes could pick a cheaper bid, said Mira Costa, budget analyst for the Harbour Trust. "
      "\"It would save a year.\"");
  CHECK(quote_with(b, "It would save").speaker_text == "Mira Costa");
}

TEST_CASE("a second verb after a conjunction takes the subject of its clause") {
  // The words before "and said" are the first verb's object, even when they hold a listed noun.
  const auto a = analyze(
      "In a letter, Mr. Orrin Bale denied the existence of an inquiry into his firm and said that the "
      "reports were \"a smear from start to finish\".");
  CHECK(quote_with(a, "smear").speaker_text == "Mr. Orrin Bale");
  // A description whose head noun leads it still speaks.
  const auto b = analyze(
      "A Harbour Trust spokeswoman confirmed the sale of the ferry and added: \"We will buy two more.\"");
  CHECK(quote_with(b, "two more").speaker_text == "A Harbour Trust spokeswoman");
}

TEST_CASE("the clause subject of a participle: appositive, description, title before the name") {
  const auto a = analyze(
      "Ada Lindqvist, the former secretary of Trade, attacked the plan on Monday, calling it \"a gift to "
      "smugglers\".");
  CHECK(quote_with(a, "smugglers").speaker_text == "Ada Lindqvist");
  const auto b =
      analyze("In Tallow, the mayor toured the flooded streets, promising \"every house rebuilt\".");
  CHECK(quote_with(b, "every house").speaker_text == "the mayor");
  const auto c =
      analyze("Shadow home secretary Peter Quarles attacked the bill, saying it was \"rushed and unfair\".");
  CHECK(quote_with(c, "rushed").speaker_text == "Peter Quarles");
  // an article before a name with no listed noun is no description: the name speaks
  const auto d = analyze("On Friday, a visibly angry Corran attacked the board, calling it \"a cartel\".");
  CHECK(quote_with(d, "cartel").speaker_text == "Corran");
}

TEST_CASE("a pronoun speaker refers to a recent sentence's subject, not to the person named last") {
  // the person named last is the object of a preposition
  const auto a = analyze(
      "Rafael Ortiz dedicated the win to Marco Bellini, his former coach. \"I owe him everything,\" he "
      "said.");
  CHECK(speaker_name(a, quote_with(a, "owe him")) == "Rafael Ortiz");
  // a possessive is no subject; the name before the speech verb is
  const auto b = analyze(
      "Tomas Grell spoke first. Lena Varro's plan was praised, but Tomas Grell said it came too late. "
      "\"We needed it a year ago,\" he said.");
  CHECK(speaker_name(b, quote_with(b, "a year ago")) == "Tomas Grell");
  // a name with a relative clause after it is that clause's subject, even after "for"
  const auto c = analyze(
      "Ines Marlow won the lead role. It is also a first nomination for Dora Quist, 49, who told "
      "reporters she was stunned. \"I cannot believe it,\" she said.");
  CHECK(speaker_name(c, quote_with(c, "cannot believe")) == "Dora Quist");
  // an inverted attribution: the name before "said" speaks, wherever it stands
  const auto d = analyze(
      "If Mr Pell did not want a debate, the channels could cancel it, Lord Harwick said. \"It is up to "
      "him,\" he said.");
  CHECK(speaker_name(d, quote_with(d, "up to")) == "Harwick");
}

TEST_CASE("a speaker and verb closing the sentence attribute a quote they do not follow directly") {
  const auto a = analyze("The ferry plan was \"dead in the water\" by March, the port director said.");
  CHECK(quote_with(a, "dead in the water").speaker_text == "the port director");
  const auto b = analyze("The new code is \"so loosely drafted\" no-one can enforce it, rural MPs say.");
  CHECK(quote_with(b, "loosely drafted").speaker_text == "rural MPs");
}

TEST_CASE("a verb of telling in the passive names the listener, not the speaker") {
  const auto a =
      analyze("A Tallow farmer had been told he could use his dogs to \"scare off strays\" on his land.");
  CHECK(quote_with(a, "scare off").speaker_text.empty());
  const auto b = analyze("Contestant Ivo Ranke was asked: \"Why do you want to be a judge?\"");
  CHECK(quote_with(b, "Why do you want").speaker_text.empty());
  // the wire's inverted opening names the speaker after "Said"
  const auto c = analyze("Said another Halvard official: \"There are no problems.\"");
  CHECK(quote_with(c, "no problems").speaker_text == "another Halvard official");
}

TEST_CASE("an age as a noun describes the speaker and refers to the person the story is about") {
  const auto a = analyze(
      "Odile Varenne won the final in Lyon. \"I have waited ten years for this,\" said the 30-year-old, who "
      "retires next year.");
  const Quote& q = quote_with(a, "waited ten years");
  CHECK(q.speaker_text == "the 30-year-old");
  CHECK(speaker_name(a, q) == "Odile Varenne");
  // an age opening a clause is no description of the speaker named later
  const auto b = analyze(
      "The 28-year-old has been training in Lyon and Tomas Grell said: \"He comes back on Tuesday.\"");
  CHECK(quote_with(b, "comes back").speaker_text == "Tomas Grell");
  // "one dealer", "predicted one dealer": listed nouns and inverted verbs of the wire
  const auto c = analyze("\"The dollar will drift lower,\" predicted one dealer at a Frankfurt bank.");
  CHECK(quote_with(c, "drift lower").speaker_text == "one dealer");
}

TEST_CASE("a nationality noun after \"the\" refers to the person the story is about; the nation does not") {
  const auto a = analyze(
      "Odile Varenne won the final in Lyon. \"I have waited ten years for this,\" the Frenchwoman said. "
      "Tomas Grell lost in Oslo. The Swede added: \"It was not my day.\"");
  CHECK(speaker_name(a, quote_with(a, "waited ten years")) == "Odile Varenne");
  CHECK(speaker_name(a, quote_with(a, "not my day")) == "Tomas Grell");
  // "the Dutch" is the nation
  const auto b = analyze("The Dutch won the final. \"We deserved it,\" the Dutch said.");
  CHECK(speaker_name(b, quote_with(b, "deserved it")) == "Dutch");
}

TEST_CASE("a rejected description before the cue gives way to the pronoun after it") {
  // "the conference he" is no description; the retry must move past the space it opens with
  const auto a = analyze("At the conference he said \"It is not Brazil that has to adjust.\"");
  CHECK(quote_with(a, "not Brazil").speaker_text == "he");
  // descriptions with a listed head, a plural in -ies, an acronym in parentheses
  const auto b = analyze(
      "The long-running presenter said: \"I would like to thank everyone.\" The two companies said in papers "
      "that Tallow Lines \"could collapse in days.\"");
  CHECK(quote_with(b, "thank everyone").speaker_text == "The long-running presenter");
  CHECK(quote_with(b, "could collapse").speaker_text == "The two companies");
}

TEST_CASE("a name never starts inside a hyphenated word; Arabic particles join a name") {
  const auto a = analyze(
      "Opening the meeting, Ahmed al-Tayer, the minister of state, said the deals were \"increasingly "
      "linking\" the six states.");
  CHECK(quote_with(a, "increasingly").speaker_text == "Ahmed al-Tayer");
  // "the ex-Wallaby" is no "Wallaby"
  const auto b = analyze("And the ex-Wallaby added: \"They would be in turmoil.\"");
  CHECK(quote_with(b, "turmoil").speaker_text != "Wallaby");
}

TEST_CASE("after 'with', a name right before a participle cue is its subject; titles after an organization") {
  const auto a = analyze(
      "Orrin Bale recovered from injury, with Rovers boss Mark Tallis claiming it had been \"an emotional "
      "time\" for the player.");
  CHECK(quote_with(a, "emotional time").speaker_text == "Mark Tallis");
  // elsewhere a name before a participle is an object: the clause's subject speaks
  const auto b =
      analyze("Dana Whitfield issued a statement through Arsenal describing the reports as \"flattering\".");
  CHECK(quote_with(b, "flattering").speaker_text == "Dana Whitfield");
  const auto c = analyze("\"The show will be huge,\" said Cebit organiser Gabriele Dorn.");
  CHECK(quote_with(c, "show will be").speaker_text == "Gabriele Dorn");
}

TEST_CASE("an organization named with its article speaks itself; a role that looks like a name does not") {
  // the head noun of "The National Association of Ferry Officers" sits inside the name: the
  // organization is the speaker, not a person described by it
  const auto a = analyze(
      "Fares rose again. The National Association of Ferry Officers said the move would be \"a "
      "disaster for the islands\".");
  CHECK(speaker_name(a, quote_with(a, "disaster")) == "National Association of Ferry Officers");
  // "the Bank" is the short form of the bank named before, whatever was named in between
  const auto b = analyze(
      "The Bank of Norland raised rates in March, following the Federal Reserve. The Bank said "
      "\"inflation remains too high\" in its statement.");
  CHECK(speaker_name(b, quote_with(b, "inflation")) == "Bank of Norland");
}

TEST_CASE("a full name in apposition to a description speaks; a weekday is no part of the speaker") {
  const auto a = analyze(
      "The chairman of the Fenwick Group, Anna Marsh, said the deal was \"a good one\". \"We will appeal,\" "
      "the spokesman for Acme Corp, Tom Reid, said. But director of the Victims of Theft Trust, Nora "
      "Brenner, accused the court of \"contempt for victims\".");
  CHECK(speaker_name(a, quote_with(a, "good one")) == "Anna Marsh");
  CHECK(speaker_name(a, quote_with(a, "appeal")) == "Tom Reid");
  CHECK(speaker_name(a, quote_with(a, "contempt")) == "Nora Brenner");
  // an appositive that is no name leaves the description the speaker
  const auto b = analyze("The union, a body of six branches, said the offer was \"an insult\".");
  CHECK(quote_with(b, "insult").speaker_text == "The union");
  // when it was said stands between the speaker and the verb, or before the name
  const auto c = analyze(
      "The vice-chairman of the Liberal Party, Lionel Fenn, on Saturday called him \"a failure of "
      "historic size\". In a statement issued on Wednesday Lord Harwell said: \"We have no doubt.\"");
  CHECK(quote_with(c, "historic size").speaker_text == "Lionel Fenn");
  CHECK(quote_with(c, "no doubt").speaker_text == "Lord Harwell");
  // an object before "yesterday," is no subject: the name before the appositive is
  const auto d = analyze(
      "Mira Castell, speaking to the National Assembly yesterday, said of the debt, \"Lenders must share "
      "the cost.\"");
  CHECK(speaker_name(d, quote_with(d, "Lenders must")) == "Mira Castell");
}

TEST_CASE("a statement after a fragment another speaker's clause quotes goes on the sentence's statement") {
  const auto a = analyze(
      "\"There is new evidence in the case,\" Halvorsen said, though Reyes and other officials have not "
      "said the bureau is \"reopening\" its inquiry. \"Remember, a warrant needs probable cause.\"");
  CHECK(quote_with(a, "Remember").speaker_text == "Halvorsen");
  // a fragment alone before the statement: the statement goes on the fragment's speaker
  const auto b = analyze(
      "\"We ship in May,\" said Ines Varga. Mr Dorsey said players were \"ravenous\" for speed. \"They "
      "always want more power from every chip.\"");
  CHECK(quote_with(b, "always want").speaker_text == "Mr Dorsey");
}

TEST_CASE("'it said' refers to a company or a country a sentence is about, not a place named in passing") {
  const auto a = analyze(
      "Harlow Drilling said it signed an agreement to drill three wells on its sites in Nevada. \"We expect "
      "first results in May,\" it said.");
  CHECK(speaker_name(a, quote_with(a, "first results")) == "Harlow Drilling");
  const auto b = analyze(
      "The strategist helped Australia's prime minister win four elections. \"We will keep going,\" it "
      "added.");
  CHECK(speaker_name(b, quote_with(b, "keep going")).empty());
  // "which" is what it follows, a preposition before it or not
  const auto c = analyze(
      "The paper cited remarks by the Bank of Norland, which said the deficit was caused by \"capital "
      "outflows\".");
  CHECK(speaker_name(c, quote_with(c, "capital outflows")) == "Bank of Norland");
}

TEST_CASE("an advert, a petition or a resolution speaks its words; 'last year' may stand before the verb") {
  const auto a = analyze(
      "Fans paid for a newspaper advert. The advert described the show as a \"cultural icon\". The "
      "resolution said \"the ministry should act at once\".");
  CHECK(quote_with(a, "cultural icon").speaker_text == "The advert");
  CHECK(quote_with(a, "act at once").speaker_text == "The resolution");
  const auto b = analyze(
      "The posters were part of a trend, and party chairman Ian Marlow last year described him as a "
      "\"modern Fagin\".");
  CHECK(quote_with(b, "modern Fagin").speaker_text == "Ian Marlow");
}

TEST_CASE("the wires' unnamed speakers: one arbitrager, a delegate, the mill") {
  const auto a = analyze(
      "\"The bid could go higher,\" said one arbitrager, who declined to be named. \"We reached a fair "
      "deal,\" "
      "a consumer delegate said. \"It cannot continue,\" the mill warned planters.");
  CHECK(quote_with(a, "bid could").speaker_text == "one arbitrager");
  CHECK(quote_with(a, "fair deal").speaker_text == "a consumer delegate");
  CHECK(quote_with(a, "cannot continue").speaker_text == "the mill");
}

TEST_CASE("in a compound of speaker nouns the last one heads the description") {
  const auto a = analyze(
      "\"We will appeal,\" the company spokesman said. \"Rates will fall,\" a budget bureau official said. "
      "\"Demand is weak,\" the Tokyo brokerage house economist said. \"No comment,\" the firm said in a "
      "statement.");
  CHECK(quote_with(a, "appeal").speaker_text == "the company spokesman");
  CHECK(quote_with(a, "Rates").speaker_text == "a budget bureau official");
  CHECK(quote_with(a, "Demand").speaker_text == "the Tokyo brokerage house economist");
  CHECK(quote_with(a, "No comment").speaker_text == "the firm");
}

TEST_CASE("an unnamed spokesman speaks for the organization named before the noun, or for the company") {
  const auto a = analyze(
      "Halden Foods Inc sold its bakery unit. \"We are pleased,\" a company spokesman said. \"It helps us,\" "
      "a Corvane Motors spokeswoman said. \"Fine,\" a bank economist said.");
  CHECK(speaker_name(a, quote_with(a, "pleased")) == "Halden Foods Inc");
  CHECK(speaker_name(a, quote_with(a, "helps us")) == "Corvane Motors");
  CHECK(speaker_name(a, quote_with(a, "Fine")).empty());
}

TEST_CASE("a passive verb of calling before a quote takes the agent after it as the speaker") {
  const auto a = analyze(
      "The posters were labelled a \"big misjudgement\" by the Liberal Party. The plan was described as "
      "\"reckless\" by Finance Minister Ola Berg.");
  const Quote& q = quote_with(a, "big misjudgement");
  CHECK(q.speaker_text == "the Liberal Party");
  CHECK(speaker_name(a, quote_with(a, "reckless")) == "Ola Berg");
  CHECK(quote_with(a, "reckless").cue == "described");
}

TEST_CASE(
    "a person before a title and its organization speaks when the apposition's closing comma is missing") {
  const auto a = analyze(
      "Tessa Grund, director of investor relations at Calloway Timber Co said \"the rumor is false.\" "
      "\"Sales will recover,\" Omar Pike, chairman and chief executive officer of Brenton Paper said. "
      "Ivo Lask, analyst with Harwell Securities said \"margins are thin.\"");
  CHECK(quote_with(a, "rumor").speaker_text == "Tessa Grund");
  CHECK(quote_with(a, "recover").speaker_text == "Omar Pike");
  CHECK(quote_with(a, "margins").speaker_text == "Ivo Lask");
}

TEST_CASE("no apposition: a conjunction, a dateline's dash or a headline before the organization") {
  const auto a = analyze(
      "KESTREL SAYS NO DEAL\n\nOSLO, March 18 - An official of Kestrel Co said it would not make "
      "\"give-away\" "
      "deals. The head of the Grain Board, Ann Vik, and the chairman of Tarn Wheat said \"we want talks.\"");
  CHECK(quote_with(a, "give-away").speaker_text == "Kestrel Co");
  CHECK(quote_with(a, "we want talks").speaker_text != "Ann Vik");
}

TEST_CASE("the wires' trade and institutional speakers: a refiner, an underwriter, the staff, the jury") {
  const auto a = analyze(
      "One Japanese refiner said, \"Prices are soft.\" \"Issuers are waiting,\" said an underwriter with a "
      "large firm. However, the staff concluded, \"The risks are high.\" \"The film is bold,\" the festival "
      "jury declared.");
  CHECK(quote_with(a, "soft").speaker_text == "One Japanese refiner");
  CHECK(quote_with(a, "waiting").speaker_text == "an underwriter");
  CHECK(quote_with(a, "risks").speaker_text == "the staff");
  CHECK(quote_with(a, "bold").speaker_text == "the festival jury");
}

TEST_CASE("a listed noun inside a capitalized name does not head the description") {
  const auto a = analyze(
      "\"We will review it,\" a Department for Transport and Roads spokeswoman said. \"No comment,\" a "
      "General Motors spokesman said. \"It is fraud,\" the Securities and Exchange Commission said. "
      "\"Rates may rise,\" Treasury Secretary Jon Baird said.");
  CHECK(quote_with(a, "review").speaker_text == "a Department for Transport and Roads spokeswoman");
  CHECK(quote_with(a, "No comment").speaker_text == "a General Motors spokesman");
  CHECK(quote_with(a, "fraud").speaker_text == "the Securities and Exchange Commission");
  CHECK(speaker_name(a, quote_with(a, "Rates may")) == "Jon Baird");
}

TEST_CASE("'rates' is a noun before a quote, no verb of saying") {
  const auto a = analyze(
      "Board member Lena Vos also told a Forex Association meeting current exchange rates \"can be viewed "
      "as fair.\"");
  CHECK(speaker_name(a, quote_with(a, "viewed")) == "Lena Vos");
}

TEST_CASE("an organization's name with 'of' keeps its head; a relative pronoun after a name speaks") {
  const auto a = analyze(
      "\"Fees will rise,\" the National Union of Students said. They turned to the Dunmore Police "
      "Department which reported \"400 break-ins\" last year. \"It will help,\" said an official who "
      "asked not to be named.");
  CHECK(quote_with(a, "Fees").speaker_text == "the National Union of Students");
  CHECK(quote_with(a, "400").speaker_text == "which");
  CHECK(quote_with(a, "help").speaker_text == "an official");
}

TEST_CASE("a verb before its speaker closing the sentence of a quote that does not end it") {
  const auto a = analyze(
      "\"Shipments were very strong\" after a weak January, said Ulla Wren of Wren and Co. Games appeal to "
      "\"hardcore\" players, said a panel of experts. Prices are \"firm\" in Europe, says Kobe analyst Ito "
      "Sato. The deal is \"fair\" to both sides, said Marsh Ross's Pell.");
  CHECK(speaker_name(a, quote_with(a, "Shipments")) == "Ulla Wren");
  CHECK(quote_with(a, "hardcore").speaker_text == "a panel");
  CHECK(speaker_name(a, quote_with(a, "firm")) == "Ito Sato");
  CHECK(quote_with(a, "fair").speaker_text == "Pell");
}

TEST_CASE("no inverted speaker where 'said' opens a clause") {
  const auto a = analyze(
      "The sources, all unnamed \"allies\" of Mr Lowe, said the prime minister felt the war had "
      "undermined him.");
  CHECK(quote_with(a, "allies").speaker_text != "the prime minister");
}

TEST_CASE("an inverted description keeps a dotted acronym, and sport and media nouns head descriptions") {
  const auto a = analyze(
      "\"We want a deal,\" said a senior U.S. trade official. \"I ran well,\" said the two-time "
      "champion. \"It will help,\" said the radio station. \"We like it,\" said 20-year-old student "
      "Nia Vale. \"It hurt,\" said the Ealing North MP.");
  CHECK(quote_with(a, "deal").speaker_text == "a senior U.S. trade official");
  CHECK(quote_with(a, "ran well").speaker_text == "the two-time champion");
  CHECK(quote_with(a, "help").speaker_text == "the radio");
  CHECK(speaker_name(a, quote_with(a, "like it")) == "Nia Vale");
  CHECK(quote_with(a, "hurt").speaker_text == "the Ealing North MP");
}

TEST_CASE("more verbs before their speaker after a quote; a month after a participle is no speaker") {
  const auto a = analyze(
      "\"Bonds are cheap,\" agreed one bond trader. \"We have seen it,\" explains Dr Ida Carr. \"It is "
      "hard,\" stated Joe Sahn, head of tracing. The aide said no talks were set \"to defend the price\" "
      "agreed in December.");
  CHECK(quote_with(a, "cheap").speaker_text == "one bond trader");
  CHECK(speaker_name(a, quote_with(a, "seen it")) == "Ida Carr");
  CHECK(speaker_name(a, quote_with(a, "hard")) == "Joe Sahn");
  CHECK(quote_with(a, "defend").speaker_text == "The aide");
}

TEST_CASE("after its verb, a title with lower-case words before it still leads to the person named last") {
  const auto a = analyze(
      "\"We are watching it closely,\" said Ostrava race director Ivo Petrov. \"The side has the pace,\" "
      "said Varnia sevens coach Tom Dale.");
  CHECK(speaker_name(a, quote_with(a, "watching it")) == "Ivo Petrov");
  CHECK(speaker_name(a, quote_with(a, "the pace")) == "Tom Dale");
}

TEST_CASE("a place inside a hyphenated modifier does not speak for the organization after it") {
  const auto a = analyze(
      "Kestrel Corp cut output. A spokesman for San Francisco-based Kestrel said, \"The ruling is long.\"");
  CHECK(speaker_name(a, quote_with(a, "ruling")) == "Kestrel Corp");
}

TEST_CASE("a dateline is where the story was written, never what 'it' refers to") {
  const auto a = analyze(
      "BANKS TOLD TO DISCLOSE STAKES\n\nOSTRAVA, March 11 - Banks must disclose large stakes, a letter to "
      "the finance ministry showed.\n\n\"The claim of power is wrong,\" it said.");
  CHECK_FALSE(quote_with(a, "claim of power").speaker.has_value());
}

TEST_CASE("right after a quote, the object before 'but said' is not the verb's subject") {
  const auto a = analyze(
      "A Varna party source told the Ostrava Herald that Mr Dale would \"effectively front\" the election "
      "media campaign but said he would have no formal title. The actress stopped to sign autographs and "
      "joked: \"It is tight but I love it.\"");
  CHECK(quote_with(a, "effectively front").speaker_text == "A Varna party source");
  CHECK(quote_with(a, "tight but").speaker_text == "The actress");
}

TEST_CASE("a statement alone opening its paragraph goes on the reported speech of the paragraph before") {
  const auto a = analyze(
      "Freight rates rose in May, the Varna Shippers Council said on Monday.\n\n"
      "Council chairman Ivo Petrov told a news conference that the rise would last into the autumn.\n\n"
      "\"We expect rates to stay high until the harvest is shipped.\"\n\n"
      "Port traffic fell in June.\n\n"
      "\"Nobody knows what the harvest will bring this year.\"");
  const Quote& high = quote_with(a, "stay high");
  CHECK(speaker_name(a, high) == "Ivo Petrov");
  CHECK(high.cue == "told");
  // a paragraph without a speech verb lends no speaker
  CHECK_FALSE(quote_with(a, "Nobody knows").speaker.has_value());
}

TEST_CASE("a title, 'of' and the office are one name with the person after them, who speaks") {
  const auto a = analyze(
      "\"Talks are over,\" said Secretary of State Ilse Varga. Former Minister of Trade Piet Dorn told "
      "reporters that \"prices will rise\" soon. \"We are ready,\" said Ostrava Metals Chairman Karel "
      "Hanak.");
  const Quote& over = quote_with(a, "Talks are over");
  CHECK(over.speaker_text == "Secretary of State Ilse Varga");
  CHECK(speaker_name(a, over) == "Ilse Varga");
  const Quote& rise = quote_with(a, "prices will rise");
  CHECK(rise.speaker_text == "Minister of Trade Piet Dorn");
  CHECK(speaker_name(a, rise) == "Piet Dorn");
  // a name holding a company and a person: the person speaks
  CHECK(speaker_name(a, quote_with(a, "We are ready")) == "Karel Hanak");
}

TEST_CASE("whom a report quotes as saying speaks, unless the verb of quoting is passive") {
  const auto a = analyze(
      "State radio quoted Defence Minister Omar Haddad as saying \"the raid was repelled\" at dawn.\n\n"
      "Lena Brandt chairs the port board. \"We will not sell the docks,\" the Harbour Gazette quoted "
      "her as saying.\n\n"
      "\"Grain stocks are ample,\" the agency quoted officials of the farm ministry as saying.\n\n"
      "Piet Kolar was quoted by the Courier as saying \"the mine will reopen.\"\n\n"
      "\"No vote is planned,\" Ivo Petrov was quoted in the Morning Star as saying.");
  const Quote& raid = quote_with(a, "raid was repelled");
  CHECK(raid.speaker_text == "Defence Minister Omar Haddad");
  CHECK(speaker_name(a, raid) == "Omar Haddad");
  const Quote& docks = quote_with(a, "sell the docks");
  CHECK(docks.speaker_text == "her");
  CHECK(speaker_name(a, docks) == "Lena Brandt");
  CHECK(quote_with(a, "Grain stocks").speaker_text == "officials");
  // passive: the subject speaks, not the paper that quoted him
  CHECK(speaker_name(a, quote_with(a, "mine will reopen")) == "Piet Kolar");
  const Quote& vote = quote_with(a, "No vote");
  CHECK(vote.speaker_text == "Ivo Petrov");
  CHECK(speaker_name(a, vote) == "Ivo Petrov");
}

TEST_CASE("a report quoting someone as saying gives the person quoted, before or after the quote") {
  const auto a = analyze(
      "\"Grain stocks are ample,\" the agency reported, quoting a farm ministry official as saying.\n\n"
      "The paper ran a story quoting Omar Haddad as saying \"the port will reopen.\"\n\n"
      "\"We sold,\" said Ann Lee, who was quoting the rules.");
  CHECK(quote_with(a, "Grain stocks").speaker_text == "a farm ministry official");
  CHECK(quote_with(a, "port will reopen").speaker_text == "Omar Haddad");
  // quoting a text is no speech of its own: the speaker stays
  CHECK(quote_with(a, "We sold").speaker_text == "Ann Lee");
}

TEST_CASE("the subject of a passive verb of saying is its target, unless an infinitive follows") {
  const auto a = analyze(
      "The Harbour Board has been criticised for its \"reckless\" dredging.\n\n"
      "Envoy Kenji Abe told reporters that the mood was \"very tense\" in the port.\n\n"
      "Mr Dorn is alleged to have said that the docks were \"a lost cause\" in 2001.");
  // the board is what was criticised; nobody in the sentence says "reckless"
  CHECK(quote_with(a, "reckless").speaker_text.empty());
  // "Abe" ends in "be" but is no form of the verb
  CHECK(speaker_name(a, quote_with(a, "very tense")) == "Kenji Abe");
  CHECK(quote_with(a, "a lost cause").speaker_text == "Mr Dorn");
}

TEST_CASE("a term quoted, and the words listed after it, are scare quotes even in an attributed sentence") {
  const auto a = analyze(
      "Lena Park said viewers know words like \"streaming\" and \"on demand\" by now. Tomas Berg said "
      "the phrase \"soft landing\" was overused.");
  CHECK(quote_with(a, "streaming").scare);
  CHECK(quote_with(a, "on demand").scare);
  CHECK(quote_with(a, "soft landing").scare);
  // Whose word it is stays: the speaker found for the sentence.
  CHECK(quote_with(a, "soft landing").speaker_text == "Tomas Berg");
  // A word or two said, with no term before it, stays partial speech.
  const auto b = analyze("Tomas Berg said the plan was \"not ready\" and left.");
  CHECK_FALSE(quote_with(b, "not ready").scare);
}

TEST_CASE(
    "a verb of saying between commas with a name after it gives that name, not the sentence's pronoun") {
  const auto a = analyze(
      "Owen Hale runs the network. It matters, said Mr Hale, that people know the words \"catch-up\" "
      "and \"playlist\" by now.");
  CHECK(quote_with(a, "catch-up").speaker_text == "Mr Hale");
  CHECK(speaker_name(a, quote_with(a, "catch-up")) == "Owen Hale");
}

TEST_CASE("a speaker's name cut short by the rule is written as the linked entity's whole mention") {
  const auto a = analyze(
      "\"There are no plans to sell the channel,\" a spokesman for the Department for Culture, Media and "
      "Sport said. \"Demand will hold up,\" said Lena Park, analyst at Varga, Holm and Co.");
  CHECK(quote_with(a, "no plans").speaker_text == "Department for Culture, Media and Sport");
  CHECK(speaker_name(a, quote_with(a, "no plans")) == "Department for Culture, Media and Sport");
  // a name the rule read whole stays as read
  CHECK(quote_with(a, "Demand").speaker_text == "Lena Park");
}

TEST_CASE("an analyst named before 'of' and the firm the rule found speaks, not the firm") {
  const auto a = analyze(
      "Kessel Corp shares fell. \"The big number is the debt,\" analyst Tomas Berg of Varga Holm and Co told "
      "the agency.");
  CHECK(quote_with(a, "big number").speaker_text == "Tomas Berg");
  CHECK(speaker_name(a, quote_with(a, "big number")) == "Tomas Berg");
}

TEST_CASE("a description speaks for the organization the story names with its noun") {
  const auto a = analyze(
      "The singer topped the list of weekly magazine Velvet Groove, ahead of acts signed to Marlow Records "
      "Ltd. "
      "\"It was a year of comebacks,\" the magazine reported.");
  CHECK(quote_with(a, "comebacks").speaker_text == "the magazine");
  CHECK(speaker_name(a, quote_with(a, "comebacks")) == "Velvet Groove");
}

TEST_CASE("'the bank' is the bank the story names; 'the government' never merely the nearest organization") {
  const auto a = analyze(
      "Profits at Harlow Savings Bank rose, helped by fees from Tarrant Leasing Inc. \"Bad debts will "
      "fall,\" "
      "the bank said.\n\n"
      "The charity Hope Trust backed the plan. \"We will fund the schools,\" the government said.");
  CHECK(speaker_name(a, quote_with(a, "Bad debts")) == "Harlow Savings Bank");
  CHECK(quote_with(a, "fund the schools").speaker_text == "the government");
  CHECK(speaker_name(a, quote_with(a, "fund the schools")).empty());
  // the organization that spoke last goes on speaking, before one named with the noun
  const auto b = analyze(
      "Meridian News Network aired the show first. Ads ran longer, Corvel Broadcasting Co said. \"Ads will "
      "be "
      "shorter,\" the network said.");
  CHECK(speaker_name(b, quote_with(b, "Ads will")) == "Corvel Broadcasting Co");
}

TEST_CASE("in 'what X called', X speaks, not the words before 'what'") {
  const auto a = analyze(
      "Navy ships shelled one platform and raided another in what the administration called a \"measured "
      "response\" to the attacks.");
  CHECK(quote_with(a, "measured").speaker_text == "the administration");
  const auto b = analyze("The firm said it would move its staff into what it called \"a smarter office\".");
  CHECK(quote_with(b, "smarter").speaker_text == "it");
}

TEST_CASE("a pronoun after an unnamed speaker is that speaker, for whom only the organization is known") {
  const auto a = analyze(
      "Tomas Berg said the Harbour Board should act. A Harbour Board spokesman said the rules had been "
      "tightened. \"We are working hard on it,\" he added.");
  CHECK(speaker_name(a, quote_with(a, "working hard")) == "Harbour Board");
  const auto b = analyze(
      "Tomas Berg said prices would rise. Another economist said the rise was priced in. \"It will not "
      "last,\" "
      "he said. A U.S. official said talks went on. \"We are close,\" he said.");
  CHECK(quote_with(b, "not last").speaker_text == "he");
  CHECK(speaker_name(b, quote_with(b, "not last")).empty());
  CHECK(speaker_name(b, quote_with(b, "are close")).empty());
  // the person named after the unnamed speaker is who the pronoun means
  const auto c =
      analyze("An analyst said prices would rise. Tomas Berg disagreed. \"It will not last,\" he said.");
  CHECK(speaker_name(c, quote_with(c, "not last")) == "Tomas Berg");
}

TEST_CASE("an organization before a person's noun and a name describes the person, who speaks") {
  const auto a = analyze(
      "\"This is typical,\" said Harbour Party housing spokeswoman Dana Orme. Harbour Party peer Lord Tolvan "
      "called for observers, saying there could be \"months of challenges\". Kestrel Motor Co praised "
      "President Alvar Brenn's choice, saying he had \"a sound record\".");
  CHECK(speaker_name(a, quote_with(a, "typical")) == "Dana Orme");
  CHECK(speaker_name(a, quote_with(a, "months of")) == "Tolvan");
  // a verb between them: the organization speaks
  CHECK(speaker_name(a, quote_with(a, "sound record")) == "Kestrel Motor Co");
  // a preposition: the person speaks for the organization after it ("Koos Ten Have of Staal")
  const auto b = analyze("\"Prices are low,\" Ivo Tessel of Marlow Bankiers said.");
  CHECK(speaker_name(b, quote_with(b, "Prices are low")) == "Ivo Tessel");
}
