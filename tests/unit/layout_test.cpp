// Layout: paragraphs (non-blank lines), sentences (ICU, refined for news abbreviations) and the
// lookups extractors use (sentence_at, paragraph_at, in_boilerplate).
#include "text/layout.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.hpp"

namespace newsclaim {
namespace {

struct Segmented {
  Document doc;
  Layout layout;
};

Segmented segment(std::string_view text) {
  static Segmenter segmenter;
  Segmented s{Document::from_bytes(text), {}};
  s.layout = segmenter.segment(s.doc, test::default_engine().rules());
  return s;
}

std::vector<std::string> sentences(std::string_view text) {
  const Segmented s = segment(text);
  std::vector<std::string> out;
  for (const Span span : s.layout.sentences) out.emplace_back(s.doc.norm_slice(span));
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("titles never end a sentence: Sen., Mr., Gov., Dr., Coun., Const.") {
  CHECK(sentences("Sen. Paul Lemieux objected. Mr. Jones agreed with Dr. Ana Ruiz. Gov. Lee left.") ==
        Strings{"Sen. Paul Lemieux objected.", "Mr. Jones agreed with Dr. Ana Ruiz.", "Gov. Lee left."});
  CHECK(sentences("Coun. Omar Haddad voted no. Const. Lee Park and Cllr. Ann Roe spoke.") ==
        Strings{"Coun. Omar Haddad voted no.", "Const. Lee Park and Cllr. Ann Roe spoke."});
}

TEST_CASE("U.S. inside a sentence does not end it; at the end before a capital it does") {
  CHECK(sentences("The U.S. government and U.S. officials met. They agreed.") ==
        Strings{"The U.S. government and U.S. officials met.", "They agreed."});
  CHECK(sentences("He moved to the U.S. Officials there agreed.") ==
        Strings{"He moved to the U.S.", "Officials there agreed."});
}

TEST_CASE("a dotted acronym before a capitalized name goes on; before a sentence opener it ends") {
  CHECK(sentences("Staff said the U.S. Customs and Border Protection agency agreed. It paid.") ==
        Strings{"Staff said the U.S. Customs and Border Protection agency agreed.", "It paid."});
  CHECK(sentences("The firm sold its plant in the U.K. The buyer was a rival.") ==
        Strings{"The firm sold its plant in the U.K.", "The buyer was a rival."});
  CHECK(sentences("The company is based in Ottawa Inc. Shares fell.").size() == 2);
}

TEST_CASE("'And' or 'Or' the wires capitalize after a dotted acronym goes on with the sentence") {
  CHECK(sentences("Trade between the U.S. And Japan grew. It slowed later.") ==
        Strings{"Trade between the U.S. And Japan grew.", "It slowed later."});
  CHECK(sentences("Talks in the U.K. Or West Germany may follow.").size() == 1);
}

TEST_CASE("initials of a name no list holds go on before a capital, even after an angle bracket") {
  CHECK(sentences("Analysts at K.T. Orlov and Co said H.J. Brennan Inc rose. It fell.") ==
        Strings{"Analysts at K.T. Orlov and Co said H.J. Brennan Inc rose.", "It fell."});
  CHECK(sentences("Brokers at <K.T. Orlov and Co> agreed.").size() == 1);
  // Before a word that commonly opens a sentence they end it.
  CHECK(sentences("It bought a kiln from Varna Alumina B.S.C. Last year it bought two.") ==
        Strings{"It bought a kiln from Varna Alumina B.S.C.", "Last year it bought two."});
}

TEST_CASE("month abbreviations, amounts and times") {
  CHECK(sentences("It opened on Aug. 9 in Ottawa. The deal was worth $6.8 million. Staff left at 5 p.m. The "
                  "mayor stayed.") == Strings{"It opened on Aug. 9 in Ottawa.",
                                              "The deal was worth $6.8 million.", "Staff left at 5 p.m.",
                                              "The mayor stayed."});
}

TEST_CASE("company suffixes, provinces and initials before lower-case words stay inside") {
  CHECK(
      sentences("Acme Inc. said it grew. The firm, based in Mississauga, Ont., hired 40 people. J. R. Ewing "
                "spoke.") == Strings{"Acme Inc. said it grew.",
                                     "The firm, based in Mississauga, Ont., hired 40 people.",
                                     "J. R. Ewing spoke."});
}

TEST_CASE("questions, exclamations and quoted sentences") {
  CHECK(sentences("Why now? Nobody knows! She said \"It is done.\" Then she left.") ==
        Strings{"Why now?", "Nobody knows!", "She said \"It is done.\"", "Then she left."});
}

TEST_CASE("paragraphs are non-blank lines, trimmed; sentences never cross them") {
  const Segmented s = segment("  First para without a stop\nSecond line.\r\n\r\n\t Third. Fourth.  \n\n");
  REQUIRE(s.layout.paragraphs.size() == 3);
  CHECK(s.doc.norm_slice(s.layout.paragraphs[0]) == "First para without a stop");
  CHECK(s.doc.norm_slice(s.layout.paragraphs[2]) == "Third. Fourth.");
  Strings got;
  for (const Span span : s.layout.sentences) got.emplace_back(s.doc.norm_slice(span));
  CHECK(got == Strings{"First para without a stop", "Second line.", "Third.", "Fourth."});
}

TEST_CASE("curly quotes and non-breaking spaces do not disturb splitting") {
  CHECK(sentences("\u201cWe won,\u201d said Mr.\u00a0Jones. \u201cIt was close.\u201d") ==
        Strings{"\"We won,\" said Mr. Jones.", "\"It was close.\""});
}

TEST_CASE("sentence_at and paragraph_at find the enclosing item") {
  const Segmented s = segment("One two. Three four.\n\nFive six.");
  const auto at = [&](std::string_view needle) { return static_cast<uint32_t>(s.doc.norm().find(needle)); };
  CHECK(s.layout.sentence_at(at("two")) == 0);
  CHECK(s.layout.sentence_at(at("Three")) == 1);
  CHECK(s.layout.sentence_at(at("six")) == 2);
  CHECK(s.layout.paragraph_at(at("four")) == 0);
  CHECK(s.layout.paragraph_at(at("Five")) == 1);
  CHECK(s.layout.paragraph_at(at("\n\n") + 1) == static_cast<size_t>(-1));  // the blank line
  CHECK(segment("").layout.sentence_at(0) == static_cast<size_t>(-1));
}

TEST_CASE("in_boilerplate is true for spans overlapping a region, false outside") {
  Layout layout;
  layout.boilerplate = {{{10, 20}, "credit"}, {{40, 50}, "related"}};
  CHECK(layout.in_boilerplate({12, 15}));
  CHECK(layout.in_boilerplate({5, 11}));   // overlaps the start
  CHECK(layout.in_boilerplate({19, 30}));  // overlaps the end
  CHECK(layout.in_boilerplate({0, 100}));  // covers a region
  CHECK(layout.in_boilerplate({45, 46}));
  CHECK_FALSE(layout.in_boilerplate({0, 10}));  // ends where the region starts
  CHECK_FALSE(layout.in_boilerplate({20, 40}));
  CHECK_FALSE(layout.in_boilerplate({50, 60}));
  CHECK_FALSE(Layout{}.in_boilerplate({0, 5}));
}

}  // namespace
}  // namespace newsclaim
