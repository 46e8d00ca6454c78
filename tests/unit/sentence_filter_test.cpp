// AbbreviationFilter must drop exactly the boundaries ICU's filtered sentence iterator drops
// for the same abbreviation list: random lists (abbreviations with inner stops, prefixes of
// each other) given to both, on random texts made of them.
#include "text/sentence_filter.hpp"

#include <doctest/doctest.h>
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "text/sentence_rules.hpp"

namespace newsclaim {
namespace {

using Breaks = std::vector<uint32_t>;

// ICU's plain English sentence iterator filtered by list, as the "ss=standard" one is by its data.
std::unique_ptr<icu::BreakIterator> icu_filtered(const std::vector<std::string>& list) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  for (const std::string& a : list) builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), status);
  std::unique_ptr<icu::BreakIterator> it(
      builder->build(icu::BreakIterator::createSentenceInstance(icu::Locale("en_US"), status), status));
  REQUIRE(U_SUCCESS(status));
  return it;
}

// Boundaries inside the ASCII one-line text, by ICU.
Breaks icu_breaks(icu::BreakIterator& it, const std::string& text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  it.setText(u);
  Breaks out;
  for (int32_t b = it.following(0); b != icu::BreakIterator::DONE && b < u.length(); b = it.following(b))
    out.push_back(static_cast<uint32_t>(b));
  return out;
}

// The same by the rules and the filter.
Breaks our_breaks(const SentenceRules& rules, const AbbreviationFilter& filter, const std::string& text) {
  Breaks plain, out;
  REQUIRE(rules.boundaries(text, Span{0, static_cast<uint32_t>(text.size())}, plain));
  for (const uint32_t b : plain)
    if (!filter.suppresses(text, b)) out.push_back(b);
  return out;
}

class Random {
 public:
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(rng_()) % n; }
  // "Ab.", "A.b.", "Ab.C.d.": one to three letter groups, each closed by a stop.
  std::string abbreviation() {
    std::string a;
    for (uint32_t g = 0, groups = 1 + below(3); g < groups; ++g) {
      for (uint32_t l = 0, letters = 1 + below(2); l < letters; ++l) a += "AbC"[below(3)];
      a += '.';
    }
    return a;
  }
  std::string text(const std::vector<std::string>& list) {
    static const char* const kOther[] = {"Ab", "b", "C", "x", "Yes", "no", "3", ".", "?", "\"", ")", ","};
    std::string t = "Go";
    for (uint32_t i = 0, n = 3 + below(10); i < n; ++i) {
      t += below(5) ? " " : below(2) ? "" : "  ";
      t += below(2) ? list[below(static_cast<uint32_t>(list.size()))] : kOther[below(12)];
    }
    return t;
  }

 private:
  std::mt19937 rng_{7};  // fixed seed: the same lists and texts on every run
};

TEST_CASE("a filter built from a list behaves as the list says") {
  const SentenceRules rules;
  const AbbreviationFilter filter({"Mr.", "Ph.D.", "Ph.", "U.S."});
  REQUIRE(filter.usable());
  CHECK(our_breaks(rules, filter, "Mr. Smith came. He went.") == Breaks{16});
  // "Ph." is also the start of "Ph.D.", so it is only looked up forwards, where "Ph. " matches
  // neither: the boundary stays.
  CHECK(our_breaks(rules, filter, "A Ph. Then more.") == Breaks{6});
  // Only the part up to the first stop of "Ph.D." is looked up backwards, so this one stays too.
  CHECK(our_breaks(rules, filter, "A Ph.D. Then more.") == Breaks{8});
  // "U.S." has an inner stop: its backward entry is only "U.", so a boundary after "U.S." stays.
  CHECK(our_breaks(rules, filter, "To the U.S. Then more.") == Breaks{12});
  CHECK(!AbbreviationFilter({"Mr"}).usable());  // no final stop: suppresses() cannot find it
}

TEST_CASE("random abbreviation lists: the filter drops what ICU's filter drops") {
  const SentenceRules rules;
  Random random;
  size_t texts = 0;
  for (int list_no = 0; list_no < 60; ++list_no) {
    std::vector<std::string> list;
    for (uint32_t i = 0, n = 1 + random.below(12); i < n; ++i) list.push_back(random.abbreviation());
    const AbbreviationFilter filter(list);
    REQUIRE(filter.usable());
    const auto icu = icu_filtered(filter.abbreviations());
    for (int t = 0; t < 100; ++t, ++texts) {
      const std::string text = random.text(list);
      INFO("list ", list_no, " text [", text, "]");
      REQUIRE(our_breaks(rules, filter, text) == icu_breaks(*icu, text));
    }
  }
  CHECK(texts == 6000);
}

}  // namespace
}  // namespace newsclaim
