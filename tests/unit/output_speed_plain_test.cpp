// output/json_text's fast paths: a string with no byte to escape is checked and copied in
// overlapping loads and stores chosen by its length (under 4, 4-7, 8-15, blocks of 16 with an
// overlapping last block), and falls back to the escaping loop at the first block holding a
// byte to escape; integers are written two digits at a time. Both are held to plain reference
// writers at every length and every position of an escape, and on random values.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "json_reference.hpp"
#include "output/json_text.hpp"

namespace newsclaim {
namespace {

using test::slow_json_string;

// s written by JsonText as the second element of an array after a number, as the reference
// writes it, or "mismatch" when the second and first elements disagree.
std::string written(std::string_view s) {
  std::string out;
  {
    JsonText j(out, false);
    j.begin_array();
    j.string(s);
    j.integer(7);
    j.string(s);
    j.end_array();
  }
  const std::string first = out.substr(1, (out.size() - 5) / 2);
  return out == "[" + first + ",7," + first + "]" ? first : "mismatch";
}

std::string written_integer(long long v) {
  std::string out;
  {
    JsonText j(out, false);
    j.integer(v);
  }
  return out;
}

}  // namespace

TEST_CASE("strings of every length up to 70 are copied as they are, or escaped at any position") {
  // Bytes right around the escape ranges: the last control, space, '"' and '\\' neighbours,
  // DEL and its neighbours, and UTF-8 bytes (never escaped).
  const std::vector<unsigned char> probes = {0x00, 0x08, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B,
                                             0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xE2, 0xFF};
  for (size_t n = 0; n <= 70; ++n) {
    std::string plain(n, 'x');
    for (size_t i = 0; i < n; ++i) plain[i] = static_cast<char>('a' + (i * 7) % 26);
    REQUIRE_MESSAGE(written(plain) == slow_json_string(plain), "length ", n);
    for (size_t at = 0; at < n; ++at) {
      for (const unsigned char c : probes) {
        std::string s = plain;
        s[at] = static_cast<char>(c);
        REQUIRE_MESSAGE(written(s) == slow_json_string(s), "length ", n, ", byte ", int{c}, " at ", at);
      }
    }
  }
}

TEST_CASE("random strings with escapes here and there match the byte-by-byte writer") {
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    const size_t n = rng() % (round % 10 == 0 ? 2000 : 40);  // past the buffer's piece size too
    std::string s;
    for (size_t i = 0; i < n; ++i) {
      const unsigned r = rng() % 100;
      s += static_cast<char>(r < 2    ? rng() % 0x20
                             : r < 4  ? "\"\\\x7f"[rng() % 3]
                             : r < 10 ? 0x80 + rng() % 0x80
                                      : 'A' + rng() % 58);
    }
    REQUIRE(written(s) == slow_json_string(s));
  }
}

TEST_CASE("integers: every power of ten and its neighbours, both signs, and random values") {
  for (long long p = 1;; p *= 10) {
    for (const long long v : {p - 1, p, p + 1}) {
      CHECK(written_integer(v) == std::to_string(v));
      CHECK(written_integer(-v) == std::to_string(-v));
    }
    if (p == 1000000000000000000LL) break;  // the largest power of ten a long long holds
  }
  for (const long long v :
       {0LL, 4294967295LL, 4294967296LL, -4294967296LL, 9223372036854775807LL, -9223372036854775807LL - 1}) {
    CHECK(written_integer(v) == std::to_string(v));
  }
  std::mt19937_64 rng(9);
  for (int i = 0; i < 100000; ++i) {
    const auto v = static_cast<long long>(rng() >> (rng() % 64));
    REQUIRE(written_integer(v) == std::to_string(v));
    REQUIRE(written_integer(-v) == std::to_string(-v));
  }
}

}  // namespace newsclaim
