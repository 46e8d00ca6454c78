// Boilerplate detection: each kind of page furniture is marked as whole paragraphs, the article
// prose around it is not, and a paragraph repeated verbatim is marked on its second copy.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.hpp"
#include "text/boilerplate.hpp"

namespace newsclaim {
namespace {

// The regions of text as "kind: [text]" lines (readable when a check fails).
std::string regions(std::string_view text) {
  const Analysis a = test::analyze(text);
  std::string out;
  for (const auto& b : a.extraction.boilerplate) out += b.kind + ": [" + test::text_of(a, b.span) + "]\n";
  return out;
}

// The expected form of regions(): {kind, text} pairs.
std::string Regions(std::initializer_list<std::pair<std::string, std::string>> items) {
  std::string out;
  for (const auto& [kind, text] : items) out += kind + ": [" + text + "]\n";
  return out;
}

// The kind of the first region.
std::string first_kind(std::string_view text) {
  const std::string r = regions(text);
  return r.substr(0, r.find(':'));
}
const std::string kProse =
    "The regional transit authority approved a new fare plan on Tuesday after a long debate.\n\n";

TEST_CASE("article prose alone has no boilerplate") {
  CHECK(regions(kProse + "Riders will pay less at off-peak hours, the authority said.\n").empty());
}

TEST_CASE("a related-stories heading marks itself and the list after it") {
  CHECK(regions(kProse + "Related Stories\nBridge repairs delayed again\nCouncil weighs parking fees\n") ==
        Regions({{"related", "Related Stories\nBridge repairs delayed again\nCouncil weighs parking fees"}}));
  CHECK(first_kind(kProse + "Read more:\nBus drivers vote to strike\n") == "related");
}

TEST_CASE("a related list stops at a different notice, which keeps its own kind") {
  CHECK(regions(kProse + "More from the Ledger\nFerry fares rise\n\u00a9 2024 Ledger Media Inc.\n") ==
        Regions({{"related", "More from the Ledger\nFerry fares rise"}, {"copyright", "\u00a9 2024 Ledger Media Inc."}}));
}

TEST_CASE("a trending heading marks its bullet items and headline-like lines, not the prose after") {
  const std::string text = kProse +
                           "Trending Now\n\u2022 Snowstorm closes highway\n* Local team wins final\n"
                           "Mayor unveils budget plan\n"
                           "The authority also said it would hire forty new drivers before the winter season begins.\n";
  CHECK(regions(text) == Regions({{"trending",
                                  "Trending Now\n\u2022 Snowstorm closes highway\n* Local team wins final\n"
                                  "Mayor unveils budget plan"}}));
}

TEST_CASE("single-paragraph notices: credit, copyright, cookie, share") {
  CHECK(regions(kProse + "\u2014 With files from The Canadian Press\n") ==
        Regions({{"credit", "\u2014 With files from The Canadian Press"}}));
  CHECK(first_kind(kProse + "(Reporting by Ana Ruiz; Editing by Tom Park)\n") == "credit");
  CHECK(first_kind(kProse + "Copyright 2021 The Daily Item. All rights reserved.\n") == "copyright");
  CHECK(first_kind(kProse + "We use cookies to improve your experience. By continuing you agree to our terms.\n") == "cookie");
  CHECK(first_kind(kProse + "Sign up for our morning newsletter\n") == "share");
  CHECK(first_kind(kProse + "Share this article\n") == "share");
}

TEST_CASE("prose that merely mentions cookies or copyright is not boilerplate") {
  CHECK(regions(kProse + "The bakery sold 4,000 cookies at the fair, and its owner said sales doubled from the "
                         "previous year because of the new location near the station, which opened last spring "
                         "after a long delay caused by permits, a copyright dispute over the logo and a flood "
                         "that damaged the basement in March. We use cookies, she joked, as our main product "
                         "and we agree they are the best in town, though critics disagree strongly.\n")
            .empty());
}

TEST_CASE("a paragraph repeated verbatim is a duplicate on its second copy only") {
  const std::string para = "The plan cuts fares by 10% for students and seniors starting in September.";
  CHECK(regions(para + "\n\nOther news follows here.\n\n" + para + "\n") == Regions({{"duplicate", para}}));
  // Short lines (datelines, section labels) may repeat.
  CHECK(regions("Ottawa\n\nMore text here.\n\nOttawa\n").empty());
}

TEST_CASE("adjacent paragraphs of one kind merge into one region") {
  const std::string r = regions(kProse + "Photo: City of Halifax\nPhoto credit: Jane Roe\nPhoto by Ann Lee\n");
  CHECK(r == Regions({{"credit", "Photo: City of Halifax\nPhoto credit: Jane Roe\nPhoto by Ann Lee"}}));
}

TEST_CASE("regions are in text order and do not overlap") {
  const Analysis a = test::analyze("Related\nOne story\n\nCopyright 2020 X Media.\n\n" + kProse +
                                   "Share this article\n");
  const auto& b = a.extraction.boilerplate;
  REQUIRE(b.size() >= 2);
  for (size_t i = 1; i < b.size(); ++i) CHECK(b[i - 1].span.end <= b[i].span.begin);
}

}  // namespace
}  // namespace newsclaim
