// scan_capitalized_runs (entities_scan.hpp): runs are found wherever they sit relative to the
// eight-byte blocks the scan skips lower-case text by, ASCII and non-ASCII capitals alike.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/entities_scan.hpp"

namespace newsclaim {
namespace {

std::vector<std::string> runs_of(const std::string& text) {
  WordTable<bool> connectors;
  connectors["of"] = true;
  std::vector<std::string> out;
  for (const Span& s : scan_capitalized_runs(text, connectors)) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

TEST_CASE("scan: a run after any amount of lower-case text, at every offset") {
  for (size_t pad = 0; pad < 24; ++pad) {
    const std::string text = std::string(pad, 'x') + " said the Bank of Ostrava on friday and zelda";
    CAPTURE(pad);
    CHECK(runs_of(text) == std::vector<std::string>{"Bank of Ostrava"});
  }
}

TEST_CASE("scan: capitals outside ASCII and names inside words") {
  for (size_t pad = 0; pad < 16; ++pad) {
    const std::string text = std::string(pad, 'q') + " met \xC3\x98stergaard and \xC3\x89lodie, not macDonald";
    CAPTURE(pad);
    CHECK(runs_of(text) == std::vector<std::string>{"\xC3\x98stergaard", "\xC3\x89lodie"});
  }
  CHECK(runs_of("all lower case text with digits 12345 and symbols @[\\]^_` only").empty());
}

}  // namespace
}  // namespace newsclaim
