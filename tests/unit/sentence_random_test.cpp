// SentenceBreaks (the UAX #29 rules and ICU's abbreviation filter without ICU) must find
// exactly the boundaries of ICU's "en_US@ss=standard" iterator: on hand-written tricky
// sentences, on thousands of random texts built from a vocabulary of what makes sentence
// breaking hard, and, for the filter alone, on random abbreviation lists given to both.
#include "text/sentence_breaks.hpp"

#include <doctest/doctest.h>
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>

#include <algorithm>
#include <array>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "text/sentence_icu.hpp"

namespace newsclaim {
namespace {

using Breaks = std::vector<uint32_t>;

bool blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Trimmed non-blank lines, as Layout's paragraphs.
std::vector<Span> paragraphs(std::string_view text) {
  std::vector<Span> out;
  uint32_t start = 0;
  while (start <= text.size()) {
    const size_t nl = text.find('\n', start);
    const auto end = static_cast<uint32_t>(nl == std::string_view::npos ? text.size() : nl);
    uint32_t b = start, e = end;
    while (b < e && blank(text[b])) ++b;
    while (e > b && blank(text[e - 1])) --e;
    if (b < e) out.push_back({b, e});
    start = end + 1;
  }
  return out;
}

struct Comparison {
  size_t paragraphs = 0;  // compared
  size_t refused = 0;     // left by SentenceBreaks to ICU on the paragraph alone
  size_t non_ascii = 0;   // not refused, holding a non-ASCII character
  size_t differing = 0;
};

struct Icu {
  IcuSentenceBreaks whole_text;  // the reference
  IcuSentenceBreaks paragraph;   // Segmenter's fallback
};

// Compares Segmenter's boundaries in every paragraph of text with ICU's over the whole text;
// reports the first few differences.
void compare(std::string_view text, Icu& icu, Comparison& c) {
  icu.whole_text.reset(text);
  icu.paragraph.reset(text);
  for (const Span para : paragraphs(text)) {
    Breaks expected, got;
    icu.whole_text.whole_text_boundaries(para, expected);
    ++c.paragraphs;
    if (!SentenceBreaks::instance().boundaries(text, para, got)) {
      ++c.refused;
      got.clear();
      icu.paragraph.boundaries(para, got);
    } else if (!std::all_of(text.begin() + para.begin, text.begin() + para.end,
                            [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
      ++c.non_ascii;
    }
    if (got == expected) continue;
    if (++c.differing <= 5) {
      INFO("paragraph: [", std::string(text.substr(para.begin, para.size())), "]");
      CHECK(got == expected);
    }
  }
}

// Boundaries of a one-paragraph text, as offsets.
Breaks ascii_breaks(std::string_view text) {
  Breaks out;
  REQUIRE(SentenceBreaks::instance().boundaries(text, paragraphs(text).at(0), out));
  return out;
}

TEST_CASE("ICU's data was read: the filter is usable and knows English abbreviations") {
  const AbbreviationFilter& filter = SentenceBreaks::instance().filter();
  REQUIRE(filter.usable());
  const auto& list = filter.abbreviations();
  CHECK(std::find(list.begin(), list.end(), "Mr.") != list.end());
  CHECK(list.size() > 50);
}

TEST_CASE("hand-written boundaries: terminators, closers, numbers, abbreviations") {
  CHECK(ascii_breaks("It rained. Then it stopped.") == Breaks{11});
  CHECK(ascii_breaks("Really?! Yes.") == Breaks{9});               // "?!" is one terminator run
  CHECK(ascii_breaks("He left.\" She stayed.") == Breaks{10});     // the quote stays before
  CHECK(ascii_breaks("It grew 3.5 percent. Sales fell.") == Breaks{21});
  CHECK(ascii_breaks("See the list, e.g. the one above.").empty());  // lower case goes on
  CHECK(ascii_breaks("Mr. Smith met Mrs. Jones.").empty());       // suppressed abbreviations
  // ICU keeps the boundary after "U.S." before a capital (Layout joins some such again).
  CHECK(ascii_breaks("The U.S. Army came.") == Breaks{9});
  CHECK(ascii_breaks("Stop... Go.") == Breaks{8});
  CHECK(ascii_breaks("They waited (a day). Then left.") == Breaks{21});
  // ICU quirk kept on purpose: "Lt." is also the start of "Lt.Cdr.", so only the forward
  // match would suppress it, and "Lt. " fails it.
  CHECK(ascii_breaks("Lt. Smith came.") == Breaks{4});
}

TEST_CASE("tricky sentences agree with ICU") {
  const std::vector<std::string> texts = {
      "Mr. and Mrs. Smith arrived at 5 p.m. on Jan. 3. They left at 6 a.m.",
      "He holds a Ph.D. from M.I.T. and works in Washington, D.C. Every day.",
      "Prices rose 2.5%. Then they fell... Or did they?! \"No,\" she said. (Really.) Yes.",
      "The U.S.A. team won. The U.S. team lost. U.S. officials said no.",
      "Call 555.1234 now. Version 2.0.1 ships. It is No. 1. See p. 5.",
      "He wrote: \"Go.\" 'Stop.' [Wait.] {Done.} end.",
      "Lt.Cdr. Jones, Hon.B.A., and S.p.A. staff met. Capt. Kirk too.",
      "a.b.c. d. E. f. G.h. i.J. K.L.M. N.o.P. Mr.Smith Mr.  Smith Mr.\tSmith",
      "vs. VS. etc. Etc. Inc. Corp. Co. Ltd. Jr. Sr. St. Ave. Blvd. Gen. Sen. Rep. Gov.",
      "Wait - what? Yes: no; maybe, he said. -- Then: nothing.",
      "\"Why?\" he asked. \"Because.\" She said.\n\n  Second paragraph. Mr.\nThird. Ph.",
      "1. First item. 2. Second item. 3) Third. 4.5.6. 7.. 8.,9",
      "x. . . y ... Z. ?? !! ?. .? !. (.) (a.) (A.) \"a.\" 'A.' end",
      "An www.example.com link. An e-mail: a.b@c.d. OK. Ok. ok.",
      "Mr.", "Mr. ", ".Mr. A", "He said.)", "(Hi.) (there.)", "E.G. X", "e.g. X", "I.e. X",
      "Dept. of Energy. Dept. Head. Dr. No. No. 5. Jan. 5. Sept. 11. Mar. 3.",
  };
  Icu icu;
  Comparison c;
  for (const std::string& t : texts) compare(t, icu, c);
  CHECK(c.paragraphs >= texts.size());
  CHECK(c.refused == 0);
  CHECK(c.differing == 0);
}

// Words and marks that make sentence breaking hard, joined by random gaps.
class RandomText {
 public:
  // With foreign, tokens also come from a list of non-ASCII words and marks.
  RandomText(const std::vector<std::string>& abbreviations, bool foreign)
      : abbreviations_(abbreviations), foreign_(foreign) {}

  std::string make(size_t tokens) {
    std::string out;
    for (size_t i = 0; i < tokens; ++i) {
      out += token();
      out += pick(kGaps);
    }
    return out;
  }

 private:
  static constexpr std::array<const char*, 40> kWords = {
      "the", "said", "He", "She", "It", "Smith", "a", "i", "X", "US", "3", "3.5", "1,000", "10",
      "2.0.1", "www.example.com", "e-mail", "OK", "ok", "am", "pm", "mid-term", "Jones", "de",
      "AB", "b", "x1", "$5", "5%", "#1", "@home", "and", "or", "to", "in", "D", "Z", "q", "Mr", "Ph"};
  static constexpr std::array<const char*, 40> kMarks = {
      ".", "?", "!", "?!", "!!", "...", ". . .", ".\"", "?\"", ".'", ".)", "?)", ".]", ".}", ".\")",
      ",", ";", ":", "-", "--", "\"", "'", "(", ")", "[", "]", "{", "}", ".,", ".-", ".:", ".;",
      "..", "!.", "?.", ".?", "(.)", "*", "&", "/"};
  static constexpr std::array<const char*, 31> kForeign = {
      "caf\u00e9", "\u00c9cole", "\u00bfQu\u00e9?", "\u00a1S\u00ed!", "\u00ab", "\u00bb", "\u201cHi.\u201d",
      "\u2026", "\u20ac5", "\u00a35.5", "\u4e2d\u6587\u3002", "\u3002", "\uff01", "e\u0301", "\u0301",
      "\u2028", "\u00a0", "\u2014", "\U0001F600", "\u05e9\u05dc\u05d5\u05dd", "\u00df", "\u0130",
      "\u00bd", "\u0664", "\u00c9.", "\u00e9.", "\u300d", "\u3001", "\uff0e", "\u2019", "\u201d"};
  static constexpr std::array<const char*, 12> kGaps = {
      " ", " ", " ", " ", " ", "", "", "  ", "\t", "\n", "\n\n", " \n "};

  uint32_t next() { return static_cast<uint32_t>(rng_()); }
  template <size_t N>
  const char* pick(const std::array<const char*, N>& a) { return a[next() % N]; }

  std::string token() {
    if (foreign_ && next() % 5 == 0) return pick(kForeign);
    switch (next() % 6) {
      case 0: case 1: return pick(kWords);
      case 2: return abbreviations_[next() % abbreviations_.size()];
      case 3: return std::string(1, static_cast<char>('A' + next() % 26)) + ".";  // an initial
      default: return pick(kMarks);
    }
  }

  std::mt19937 rng_{20240601};  // fixed seed: the same texts on every run
  const std::vector<std::string>& abbreviations_;
  bool foreign_;
};

std::vector<std::string> test_abbreviations() {
  std::vector<std::string> out = SentenceBreaks::instance().filter().abbreviations();
  for (const char* a : {"Sen.", "Gov.", "Inc.", "Corp.", "Co.", "Jr.", "St.", "e.g.", "i.e.", "p.m."})
    out.emplace_back(a);
  return out;
}

TEST_CASE("thousands of random ASCII texts agree with ICU") {
  REQUIRE(SentenceBreaks::instance().filter().usable());
  const std::vector<std::string> abbreviations = test_abbreviations();
  RandomText random(abbreviations, false);
  Icu icu;
  Comparison c;
  for (int i = 0; i < 20000; ++i) compare(random.make(4 + static_cast<size_t>(i % 40)), icu, c);
  MESSAGE("random paragraphs compared: ", c.paragraphs, ", differing: ", c.differing);
  CHECK(c.paragraphs > 100000);
  CHECK(c.refused == 0);
  CHECK(c.differing == 0);
}

TEST_CASE("random texts with non-ASCII words and marks agree with ICU, by the rules or by ICU on the paragraph") {
  const std::vector<std::string> abbreviations = test_abbreviations();
  RandomText random(abbreviations, true);
  Icu icu;
  Comparison c;
  for (int i = 0; i < 10000; ++i) compare(random.make(4 + static_cast<size_t>(i % 40)), icu, c);
  MESSAGE("random paragraphs compared: ", c.paragraphs, ", non-ASCII by the rules: ", c.non_ascii,
          ", left to ICU: ", c.refused);
  CHECK(c.non_ascii > 5000);
  CHECK(c.refused > 1000);  // combining marks and line separators
  CHECK(c.differing == 0);
}

}  // namespace
}  // namespace newsclaim
