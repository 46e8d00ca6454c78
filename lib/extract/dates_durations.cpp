// Durations (P3Y, PT2.5H, P1Y6M, PXD): an amount of units, a part of one unit ("half an
// hour"), or several amounts of falling units ("2 hours and 15 minutes").
#include <cctype>
#include <cstdio>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "extract/dates_internal.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

namespace {

// Whether the first number of text has exactly four digits ("2200 hrs", "0600 hours").
bool four_digits_first(std::string_view text) {
  const size_t from = text.find_first_of("0123456789");
  if (from == std::string_view::npos) return false;
  const size_t to = text.find_first_not_of("0123456789", from);
  return (to == std::string_view::npos ? text.size() : to) - from == 4;
}

std::string duration_value(const DateFacts& f) {
  long n = f.number.value_or(1);
  const std::string& unit = f.unit;
  if (unit.empty()) return "";
  if (!f.number && f.plural_unit) return timex::format_duration("", unit);  // "recent weeks"
  const bool plain_unit =
      unit == "Y" || unit == "M" || unit == "W" || unit == "D" || unit == "H" || unit == "TM" || unit == "S";
  if (!f.decimal.empty() && plain_unit && !f.half_more) {  // "2.5 hours" -> PT2.5H
    const bool clock = unit == "H" || unit == "TM" || unit == "S";
    return std::string(clock ? "PT" : "P") + f.decimal + (unit == "TM" ? "M" : unit);
  }
  if (f.half_more) {  // "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
    const char* format = unit == "Y"    ? "P%ldY6M"
                         : unit == "H"  ? "PT%ldH30M"
                         : unit == "TM" ? "PT%ldM30S"
                         : unit == "D"  ? "P%ldDT12H"
                                        : nullptr;
    if (format) {
      char buf[32];
      std::snprintf(buf, sizeof buf, format, n);
      return buf;
    }
  }
  return timex::format_duration(n < 0 ? "" : std::to_string(n), unit);
}

// "half a century", "a quarter century", "half an hour": a part of one unit, in the next
// smaller unit that counts it whole (P50Y, P25Y, PT30M); "" when the part is not one of those.
std::string fraction_of_unit(const DateCandidate& c, const DateFacts& f) {
  const bool half = c.signal == "half" && f.number == 1 && !f.plural_unit;
  const bool quarter_century = f.unit == "Q" && f.number == 1 &&
                               (c.after.rfind(" century", 0) == 0 || c.after.rfind("-century", 0) == 0);
  if (quarter_century) return "P25Y";
  if (!half) return "";
  if (f.unit == "100Y") return "P50Y";
  if (f.unit == "10Y") return "P5Y";
  if (f.unit == "Y") return "P6M";
  if (f.unit == "D") return "PT12H";
  if (f.unit == "H") return "PT30M";
  return "";
}

// The (amount, unit) pairs of "2 hours and 15 minutes", "1 year, 6 months", in order; empty
// unless there are two or more and each unit is smaller than the one before (Y M W D H TM S).
std::vector<std::pair<long, std::string>> compound_parts(std::string_view text, const DateLexicon& lex) {
  static constexpr std::string_view kOrder[] = {"Y", "M", "W", "D", "H", "TM", "S"};
  auto rank = [](std::string_view u) {
    for (size_t i = 0; i < std::size(kOrder); ++i)
      if (kOrder[i] == u) return static_cast<int>(i);
    return -1;
  };
  std::vector<std::pair<long, std::string>> parts;
  long amount = -1;  // the amount read last, not yet given its unit
  for (const std::string& t : date_tokens(text)) {
    const WordInfo* w = lex.find(t);
    if (w && !w->unit.empty() && amount >= 0 && rank(w->unit) >= 0) {
      if (!parts.empty() && rank(w->unit) <= rank(parts.back().second)) return {};
      parts.emplace_back(amount, w->unit);
      amount = -1;
    } else if (auto n = token_number(lex, t); n && *n >= 0) {
      amount = *n;
    }
  }
  if (parts.size() < 2) parts.clear();
  return parts;
}

// "2 hours and 15 minutes" -> PT2H15M, "1 year, 6 months" -> P1Y6M.
std::string compound_value(const std::vector<std::pair<long, std::string>>& parts) {
  std::string date = "P", time;
  for (const auto& [n, unit] : parts) {
    const bool clock = unit == "H" || unit == "TM" || unit == "S";
    (clock ? time : date) += std::to_string(n) + (unit == "TM" ? "M" : unit);
  }
  return time.empty() ? date : date + "T" + time;
}

}  // namespace

bool is_compound_duration(std::string_view text, const DateLexicon& lex) {
  return !compound_parts(text, lex).empty();
}

size_t compound_tail_end(std::string_view t, size_t end, const DateLexicon& lex) {
  auto word_end = [&](size_t from, bool digits) {
    while (from < t.size() && (digits ? is_ascii_alnum(t[from]) : std::isalpha(static_cast<unsigned char>(t[from]))))
      ++from;
    return from;
  };
  size_t pos = end;
  for (int parts = 0; parts < 4; ++parts) {  // ", and 15 minutes": comma, "and", an amount, a unit
    size_t p = pos < t.size() && t[pos] == ',' ? pos + 1 : pos;
    if (p >= t.size() || t[p] != ' ') break;
    ++p;
    if (t.compare(p, 4, "and ") == 0) p += 4;
    const size_t amount_end = word_end(p, true);
    if (amount_end == p || amount_end >= t.size() || t[amount_end] != ' ' ||
        !token_number(lex, ascii_lower(t.substr(p, amount_end - p))))
      break;
    const size_t unit_end = word_end(amount_end + 1, false);
    const WordInfo* unit = lex.find(ascii_lower(t.substr(amount_end + 1, unit_end - amount_end - 1)));
    if (!unit || unit->unit.empty()) break;
    pos = unit_end;
  }
  return pos;
}

bool resolve_duration(const DateCandidate& c, const DateFacts& f, std::string_view text,
                      const DateLexicon& lex, DateItem& item) {
  if (f.year || (f.number && *f.number >= 1000 && !f.plural_unit))
    return false;  // "the 1986 year", "125,000 year": a year named, a table column
  if (f.unit == "H" && f.number && *f.number <= 2359 && *f.number % 100 < 60 && four_digits_first(text))
    return false;  // "at 2200 hrs", "0600 hours": a clock time on the 24-hour dial
  if (c.family == DateFamily::DurationBare && c.after.size() > 1 && c.after[0] == ' ' &&
      std::isdigit(static_cast<unsigned char>(c.after[1])))
    return false;  // "for the years 1981 to 1985": the years that follow are the dates
  item.type = DateType::Duration;
  if (const auto parts = compound_parts(text, lex); !parts.empty())
    item.value = compound_value(parts);
  else
    item.value = duration_value(f);
  if (c.family == DateFamily::DurationBare) item.value = timex::format_duration("", f.unit);
  if (std::string part = fraction_of_unit(c, f); !part.empty()) item.value = std::move(part);
  return !item.value.empty();
}

}  // namespace newsclaim
