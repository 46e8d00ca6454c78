#include "extract/dates_lexicon.hpp"

#include <atomic>
#include <cctype>
#include <charconv>

#include "patterns/ruleset.hpp"

namespace newsclaim {

namespace {

void add_meaning(WordInfo& w, const std::string& kind, const std::string& value) {
  auto as_int = [&] {
    long v = 0;
    std::from_chars(value.data(), value.data() + value.size(), v);
    return v;
  };
  if (kind == "month")
    w.month = static_cast<int>(as_int());
  else if (kind == "weekday")
    w.weekday = static_cast<int>(as_int());
  else if (kind == "ordinal")
    w.ordinal = static_cast<int>(as_int());
  else if (kind == "number")
    w.number = value == "X" ? -1 : as_int();
  else if (kind == "relation")
    w.relation = static_cast<int>(as_int());
  else if (kind == "season")
    w.season = value;
  else if (kind == "part")
    w.part = value;
  else if (kind == "unit" || kind == "units") {
    w.unit = value;
    w.plural_unit = kind == "units";
  } else if (kind == "zone")
    w.zone = value;
  else if (kind == "mod")
    w.mod = value;
  else if (kind == "approx")
    w.approx = true;
  else if (kind == "ref")
    w.ref = value;
  else if (kind == "set")
    w.set = value;
  else if (kind == "holiday")
    w.holiday = value;
  else if (kind == "level")
    w.level = true;
}

bool is_split_char(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '-' || c == ',' || c == '/' || c == '(' || c == ')';
}

}  // namespace

DateLexicon::DateLexicon(const Gazetteer& words) {
  static std::atomic<uint64_t> next{1};
  serial_ = next.fetch_add(1, std::memory_order_relaxed);
  const size_t kind = words.column("kind").value_or(1), value = words.column("value").value_or(2);
  for (const auto& row : words.rows()) {
    if (row.size() <= value) continue;
    add_meaning(words_[row[0]], row[kind], row[value]);
  }
}

const WordInfo* DateLexicon::find(std::string_view word) const {
  auto it = words_.find(word);
  return it == words_.end() ? nullptr : &it->second;
}

std::vector<std::string> date_tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (cur.size() >= 2 && cur.compare(cur.size() - 2, 2, "'s") == 0) cur.resize(cur.size() - 2);
    if (!cur.empty() && cur.front() == '\'') cur.erase(0, 1);
    if (cur == "a.m." || cur == "a.m") cur = "am";
    if (cur == "p.m." || cur == "p.m") cur = "pm";
    while (!cur.empty() && cur.back() == '.') cur.pop_back();
    if (cur == "m" && !out.empty() && (out.back() == "a" || out.back() == "p"))
      out.back() += cur;  // "3 p m": a spaced "pm"
    else if (!cur.empty())
      out.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // "2 1/2 years": keep the fraction whole (a slash elsewhere separates date parts)
    const bool fraction = c == '/' && cur == "1" && i + 1 < text.size() && text[i + 1] == '2' &&
                          (i + 2 == text.size() || text[i + 2] == ' ');
    // "1,000": a thousands comma joins digit groups
    const bool thousands = c == ',' && !cur.empty() && std::isdigit(static_cast<unsigned char>(cur.back())) &&
                           i + 3 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
                           std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
                           std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
                           (i + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
    if (thousands) continue;
    if (is_split_char(c) && !fraction)
      flush();
    else
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  flush();
  return out;
}

std::optional<long> token_number(const DateLexicon& lex, std::string_view token) {
  if (!token.empty() && std::isdigit(static_cast<unsigned char>(token[0]))) {
    long v = 0;
    auto [p, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    if (ec != std::errc()) return std::nullopt;
    return v;
  }
  const WordInfo* w = lex.find(token);
  if (w && w->number) return w->number;
  return std::nullopt;
}

}  // namespace newsclaim
