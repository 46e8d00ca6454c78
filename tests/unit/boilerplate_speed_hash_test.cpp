// The repeated-paragraph test hashes a paragraph by its length and three of its 8-byte words
// only: paragraphs alike in all of those must still be told apart by their other bytes, and
// exact copies still found, whatever their length.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "test_support.hpp"

namespace newsclaim {
namespace {

// The texts of the regions marked "duplicate".
std::vector<std::string> duplicates(const std::string& text) {
  const Analysis a = test::analyze(text);
  std::vector<std::string> out;
  for (const auto& b : a.extraction.boilerplate)
    if (b.kind == "duplicate") out.push_back(test::text_of(a, b.span));
  return out;
}

// A paragraph of n bytes of words in lower case, ending in a period.
std::string paragraph(std::mt19937& rng, size_t n) {
  std::string p;
  while (p.size() + 1 < n)
    p += (rng() % 6 == 0 && !p.empty() && p.back() != ' ') ? ' ' : static_cast<char>('a' + rng() % 26);
  if (p.back() == ' ') p.back() = 'x';
  return p + ".";
}

}  // namespace

TEST_CASE("paragraphs that differ only between the hashed words are no duplicates; copies are") {
  std::mt19937 rng(13);
  for (size_t n = 40; n < 260; n += 7) {
    const std::string p = paragraph(rng, n);
    std::string q = p;
    // Change one byte outside the first, middle and last 8 bytes.
    const size_t at = 8 + rng() % (n / 2 - 12);
    q[at] = q[at] == 'q' ? 'z' : 'q';
    REQUIRE(q != p);
    const std::string text = "Lead sentence of the story here.\n\n" + p + "\n\n" + q + "\n\n";
    CHECK_MESSAGE(duplicates(text).empty(), q);
    CHECK(duplicates(text + q + "\n") == std::vector<std::string>{q});
    CHECK(duplicates(text + p + "\n\n" + q + "\n") == std::vector<std::string>{p + "\n\n" + q});
  }
}

}  // namespace newsclaim
