// output/json_text's own buffer: text reaches the output string in pieces, and a string longer
// than a buffer's worth of escapes is escaped piece by piece. Both must give what one-shot
// escaping (append_json_string) and a plain byte-by-byte writer give, whatever the lengths.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "json_reference.hpp"
#include "output/json_text.hpp"

namespace newsclaim {
namespace {

using test::slow_json_string;

// About n random bytes, mostly letters and spaces, with escapes and whole UTF-8 sequences (a
// long string's pieces may split them) mixed in at rate 1 / escape_every.
std::string random_text(std::mt19937& rng, size_t n, unsigned escape_every) {
  static const std::vector<std::string> kSpecial = {"\"",   "\\",   "\n",       "\t",          "\x01",
                                                    "\x1f", "\x7f", "\xc3\xa9", "\xe2\x80\x9c"};
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    if (rng() % escape_every == 0)
      s += kSpecial[rng() % kSpecial.size()];
    else
      s += static_cast<char>(rng() % 4 == 0 ? ' ' : 'a' + static_cast<int>(rng() % 26));
  }
  return s;
}

}  // namespace

TEST_CASE("strings of every length around the piece size are written as one-shot escaping writes them") {
  std::mt19937 rng(7);
  for (size_t n = 0; n < 2200; n += (n < 600 ? 37 : 1)) {
    for (const unsigned escape_every : {1u, 3u, 50u, 1000000u}) {
      const std::string s = random_text(rng, n, escape_every);
      std::string out = "[";
      {
        JsonText j(out, false);
        j.begin_array();
        j.string(s);
        j.string(s);
        j.end_array();
      }
      std::string one_shot = "[[";
      append_json_string(one_shot, s);
      one_shot += ",";
      append_json_string(one_shot, s);
      one_shot += "]";
      REQUIRE_MESSAGE(out == one_shot, "length ", n, ", an escape in ", escape_every);
      REQUIRE(out == "[[" + slow_json_string(s) + "," + slow_json_string(s) + "]");
    }
  }
}

TEST_CASE("a record many times the buffer's size is complete and in order, compact and pretty") {
  std::mt19937 rng(11);
  std::vector<std::string> texts;
  for (size_t i = 0; i < 3000; ++i) texts.push_back(random_text(rng, rng() % (i % 100 == 0 ? 9000 : 60), 20));
  auto render = [&](bool pretty) {
    std::string out = "head ";  // text already in the output stays in front
    {
      JsonText j(out, pretty);
      j.begin_object();
      j.key("items");
      j.begin_array();
      for (size_t i = 0; i < texts.size(); ++i) {
        j.begin_object();
        j.key("start");
        j.integer(static_cast<long long>(i) * 1000003);
        j.key("text");
        j.string(texts[i]);
        j.key("score");
        j.number(static_cast<double>(i) / 8);
        j.key("empty");
        j.string_or_null("");
        j.end_object();
      }
      j.end_array();
      j.end_object();
    }
    return out;
  };
  std::string expected = "head {\"items\":[";
  for (size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) expected += ",";
    std::string score = std::to_string(static_cast<double>(i) / 8);
    score.erase(score.find_last_not_of('0') + 1);
    if (score.back() == '.') score.pop_back();
    expected += "{\"start\":" + std::to_string(static_cast<long long>(i) * 1000003) +
                ",\"text\":" + slow_json_string(texts[i]) + ",\"score\":" + score + ",\"empty\":null}";
  }
  expected += "]}";
  const std::string compact = render(false);
  CHECK(compact.size() > 100000);
  CHECK(compact == expected);
  const std::string pretty = render(true);
  REQUIRE(pretty.starts_with("head {\n  \"items\": [\n    {\n      \"start\": 0,"));
  CHECK(nlohmann::json::parse(pretty.substr(5)) == nlohmann::json::parse(compact.substr(5)));
}

}  // namespace newsclaim
