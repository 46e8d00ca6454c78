// Publication dates: parsing the many shapes a feed or a page writes them in, and finding a
// date line or dateline near the top of an article. Deliberately strict: every word must be
// part of a date (a month, a weekday, a time, a zone), so running text never parses as one.
#include "extract/anchor.hpp"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <vector>

#include "extract/timex.hpp"

namespace newsclaim {

namespace {

struct Token {
  std::string text;  // lower case
  bool digits = false;
  char sep_before = ' ';  // the first separator character before it
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  char sep = ' ';
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!std::isalnum(c)) {
      if (sep == ' ' || c != ' ') sep = static_cast<char>(c);
      ++i;
      continue;
    }
    Token t;
    t.digits = std::isdigit(c) != 0;
    t.sep_before = sep;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])) &&
           (std::isdigit(static_cast<unsigned char>(s[i])) != 0) == t.digits)
      t.text += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
    out.push_back(std::move(t));
    sep = ' ';
  }
  return out;
}

int month_of(std::string_view w) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (w == full || w == full.substr(0, 3) || (m == 8 && w == "sept")) return m + 1;
  }
  return 0;
}

// Words a date line may hold besides the month: weekdays, time words, zones, ordinal suffixes.
bool date_filler(std::string_view w) {
  static const char* kWords[] = {
      "mon",  "tue",       "tues",    "wed",       "thu",      "thur",   "thurs",    "fri",    "sat",
      "sun",  "monday",    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am",
      "pm",   "a",         "p",       "m",         "t",        "z",      "utc",      "gmt",    "est",
      "edt",  "cst",       "cdt",     "mst",       "mdt",      "pst",    "pdt",      "bst",    "cet",
      "cest", "et",        "st",      "nd",        "rd",       "th",     "at",       "on",     "of",
      "the",  "published", "updated", "posted",    "date",     "last"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::optional<std::string> make(int y, int m, int d) {
  if (y < 1000 || y > 2999 || !timex::valid({y, m, d})) return std::nullopt;
  return timex::format_date({y, m, d});
}

// Numbers up to the first clock time ("10:00"), which belongs to the time, not the date.
std::vector<const Token*> date_numbers(const std::vector<Token>& tokens) {
  std::vector<const Token*> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].digits) continue;
    if (i + 1 < tokens.size() && tokens[i + 1].sep_before == ':') break;
    if (tokens[i].sep_before == '+' ||
        (tokens[i].sep_before == '-' && tokens[i].text.size() == 4 && !out.empty() && out.size() >= 3))
      break;  // "+0000" zone offsets
    out.push_back(&tokens[i]);
  }
  return out;
}

std::optional<std::string> parse_numeric(const std::vector<const Token*>& n) {
  if (n.size() == 1 && n[0]->text.size() == 8) {  // 20200807
    const std::string& s = n[0]->text;
    return make(to_int(s.substr(0, 4)), to_int(s.substr(4, 2)), to_int(s.substr(6, 2)));
  }
  if (n.size() == 1 && (n[0]->text.size() == 9 || n[0]->text.size() == 10)) {  // Unix seconds
    long seconds = 0;
    std::from_chars(n[0]->text.data(), n[0]->text.data() + n[0]->text.size(), seconds);
    const timex::Ymd d = timex::civil_from_days(seconds / 86400);
    return make(d.y, d.m, d.d);
  }
  if (n.size() < 3) return std::nullopt;
  const int a = to_int(n[0]->text), b = to_int(n[1]->text), c = to_int(n[2]->text);
  if (n[0]->text.size() == 4) return make(a, b, c);  // 2020-08-07, 2020/08/07
  if (n[2]->text.size() != 4) return std::nullopt;
  // 08/07/2020 is month/day (US feeds); 07.08.2020 and 15/07/2020 day/month
  const bool day_first = n[1]->sep_before == '.' || a > 12;
  return day_first ? make(c, b, a) : make(c, a, b);
}

}  // namespace

std::optional<std::string> parse_publication_date(std::string_view s) {
  const std::vector<Token> tokens = tokenize(s);
  int month = 0;
  for (const Token& t : tokens) {
    if (t.digits) continue;
    if (int m = month_of(t.text); m && !month)
      month = m;
    else if (!date_filler(t.text))
      return std::nullopt;
  }
  const std::vector<const Token*> numbers = date_numbers(tokens);
  if (!month) return parse_numeric(numbers);
  int year = 0, day = 0;
  for (const Token* t : numbers) {
    if (t->text.size() == 4 && !year)
      year = to_int(t->text);
    else if (t->text.size() <= 2 && !day)
      day = to_int(t->text);
  }
  return make(year, month, day);
}

namespace {

// A dateline "OTTAWA, Aug. 7, 2020 (Reuters) -" or a date line "Published: Aug 7, 2020 10:30 am":
// the part before any "(", " - ", "--" or "|", without a leading place name in capitals.
std::string_view date_part(std::string_view line) {
  size_t cut = line.size();
  for (std::string_view stop : {"(", " - ", "--", "|", "\xE2\x80\x94", " /"})
    cut = std::min(cut, line.find(stop));
  line = line.substr(0, cut);
  const size_t comma = line.find(',');
  if (comma != std::string_view::npos && comma > 1) {
    bool capitals = true;
    for (char c : line.substr(0, comma))
      if (std::islower(static_cast<unsigned char>(c))) capitals = false;
    if (capitals && !parse_publication_date(line.substr(0, comma))) line = line.substr(comma + 1);
  }
  return line;
}

}  // namespace

std::optional<std::string> find_publication_date_in_text(const Document& doc, const Layout& layout) {
  const size_t kParagraphs = 6, kBytes = 1500, kLine = 90;
  for (size_t i = 0; i < layout.paragraphs.size() && i < kParagraphs; ++i) {
    const Span p = layout.paragraphs[i];
    if (p.begin > kBytes) break;
    std::string_view line = doc.norm_slice(p);
    if (line.size() > kLine) line = line.substr(0, kLine);
    if (auto d = parse_publication_date(date_part(line))) return d;
  }
  return std::nullopt;
}

}  // namespace newsclaim
