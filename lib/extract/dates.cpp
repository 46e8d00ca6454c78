#include "extract/dates.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <tuple>
#include <utility>

#include "extract/dates_internal.hpp"
#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

namespace {

bool is_calendar(DateFamily f) {
  switch (f) {
    case DateFamily::Time:
    case DateFamily::Iso:
    case DateFamily::Numeric:
    case DateFamily::MonthDay:
    case DateFamily::DayMonth:
    case DateFamily::DayOfMonth:
    case DateFamily::MonthYear:
    case DateFamily::Month:
    case DateFamily::Quarter:
    case DateFamily::Fiscal:
    case DateFamily::Year:
    case DateFamily::Decade:
    case DateFamily::Century:
    case DateFamily::Anaphor:
    case DateFamily::SpokenYear:
      return true;
    default:
      return false;
  }
}

// Numbers the words left unplaced: "2020-07-15" and "Aug. 9" state their day as a plain number.
void place_numbers(DateFamily family, DateFacts& f) {
  const auto& n = f.small_numbers;
  if (family == DateFamily::Iso && n.size() >= 2)
    f.month = static_cast<int>(n[0]), f.day = static_cast<int>(n[1]);
  const bool day_family = family == DateFamily::MonthDay || family == DateFamily::DayMonth ||
                          family == DateFamily::DayOfMonth || family == DateFamily::Time;
  if (!day_family || f.day) return;
  if (f.ordinal) {  // "march first", "the twenty-third of May": the day in words
    const bool tens = f.number && (*f.number == 20 || *f.number == 30);
    f.day = f.ordinal + (tens ? static_cast<int>(*f.number) : 0);
  } else if ((f.month || family == DateFamily::DayOfMonth) && !n.empty()) {
    f.day = static_cast<int>(family == DateFamily::DayOfMonth ? n.front() : n.back());
  } else if (family == DateFamily::MonthDay && f.month && f.number && *f.number >= 1 && *f.number <= 9) {
    f.day = static_cast<int>(*f.number);  // "April Three", "July one 1988": the wires' day in words
  }
}

std::string signal_mod(const std::string& signal) {
  if (signal == "since") return "since";
  if (signal == "until" || signal == "till" || signal == "through") return "until";
  if (signal == "before") return "before";
  if (signal == "after") return "after";
  return "";
}

std::string item_mod(const DateFacts& f, const DateCandidate& c) {
  if (f.mod == "START") return "start";
  if (f.mod == "MID") return "mid";
  if (f.mod == "END") return "end";
  if (f.approx) return "approx";
  return signal_mod(c.signal);
}

// "2009-2010", "2015-16": two years, each its own item.
void split_year_range(const DateCandidate& c, std::string_view text, std::vector<DateItem>& out) {
  const size_t sep = text.find_first_of("-/");
  if (sep == std::string_view::npos || sep < 4) return;
  size_t second = sep + 1;
  while (second < text.size() && text[second] == ' ') ++second;
  const int first_year = std::stoi(std::string(text.substr(0, 4)));
  std::string tail(text.substr(second));
  const int second_number = std::stoi(tail);
  int second_year = second_number;
  if (tail.size() <= 2) second_year += first_year / 100 * 100;
  // "2005-6" is a range (the digit follows the year's last); "2015-3" a year and its month
  const bool next_digit = tail.size() == 1 && second_number == (first_year + 1) % 10;
  if (next_digit) second_year = first_year + 1;
  if (second_year <= first_year || (tail.size() == 1 && !next_digit)) {  // "2020-19" is not a range of years
    if (sep == 4 && second == 5 && second_number >= 1 && second_number <= 12)
      out.push_back(
          {c.span, DateType::Date, timex::format_month(first_year, second_number), ""});  // "2015-3"
    return;
  }
  out.push_back({{c.span.begin, c.span.begin + 4}, DateType::Date, timex::format_year(first_year), ""});
  out.push_back({{c.span.begin + static_cast<uint32_t>(second), c.span.end},
                 DateType::Date,
                 timex::format_year(second_year),
                 ""});
}

// "nineteen ninety-six" -> 1996, "twenty oh five" -> 2005 (the words after the century add up).
int spoken_year(const std::vector<std::string>& tokens, const DateLexicon& lex) {
  int century = 0, rest = 0;
  for (const std::string& t : tokens) {
    const WordInfo* w = lex.find(t);
    if (!w || !w->number || *w->number < 0 || w->month) continue;
    if (!century)
      century = static_cast<int>(*w->number);
    else
      rest += static_cast<int>(*w->number);
  }
  return century ? century * 100 + rest : 0;
}

// Remembers a calendar value (2020, 2020-07, 2020-07-15...) for later references to it.
// named: the text names the month itself (not "the same month a year ago").
void remember_date(const DateItem& item, bool named, ResolveState& st) {
  const bool wrapped = std::exchange(st.range_wrapped, false);
  const std::string& v = item.value;
  auto digits = [&](size_t from, size_t n) {
    if (v.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
    return true;
  };
  if (!digits(0, 4) || (v.size() > 4 && v[4] != '-')) return;
  const int y = atoi_ascii(v.c_str());
  st.last_ref_at = item.span.begin;
  if (named && v.size() >= 7 && v[4] == '-' && digits(5, 2)) {
    const int m = atoi_ascii(v.c_str() + 5);
    if (m >= 1 && m <= 12 && !wrapped) st.month_year[m] = y, st.month_at[m] = item.span.begin;
  }
  if (v.size() >= 10 && v[7] == '-' && digits(5, 2) && digits(8, 2)) {
    if (auto d = timex::parse_ymd(std::string_view(v).substr(0, 10))) {
      st.last_day = *d;
      st.last_day_end = item.span.end;
      st.last_ref = *d, st.last_ref_unit = 'D';
    }
  } else if (v.size() == 7 && digits(5, 2)) {
    st.last_ref = timex::Ymd{y, atoi_ascii(v.c_str() + 5), 1}, st.last_ref_unit = 'M';
  } else {
    st.last_ref = timex::Ymd{y, 1, 1}, st.last_ref_unit = 'Y';
  }
}

// Auto date order: the first numeric date with a number above 12 decides (25/06 day-first,
// 06/25 month-first); nullopt when none does.
std::optional<bool> text_prefers_day_first(const std::string& norm, const std::vector<DateCandidate>& cands) {
  for (const auto& c : cands) {
    if (c.family != DateFamily::Numeric) continue;
    const std::string text = norm.substr(c.span.begin, c.span.size());
    const int a = std::atoi(text.c_str());
    const size_t sep = text.find_first_of("/.");
    const int b = sep == std::string::npos ? 0 : std::atoi(text.c_str() + sep + 1);
    if (a > 12) return true;
    if (b > 12) return false;
  }
  return std::nullopt;
}

// Whether cands[i] is a month or month-day without a year that opens a range whose second end
// states one ("between February and October of 1986", "June 3 to July 9, 2019"): that end's
// year and month, else {0, 0}.
std::pair<int, int> range_end(const std::string& norm, const std::vector<DateCandidate>& cands, size_t i,
                              const DateLexicon& lex) {
  auto month_like = [](DateFamily f) {
    return f == DateFamily::Month || f == DateFamily::MonthDay || f == DateFamily::DayMonth ||
           f == DateFamily::MonthYear;
  };
  if (i + 1 >= cands.size() || !month_like(cands[i].family) || !month_like(cands[i + 1].family))
    return {0, 0};
  const Span a = cands[i].span, b = cands[i + 1].span;
  if (b.begin < a.end || b.begin - a.end > 12) return {0, 0};
  std::string gap = norm.substr(a.end, b.begin - a.end);
  while (!gap.empty() && gap.front() == ' ') gap.erase(0, 1);
  while (!gap.empty() && gap.back() == ' ') gap.pop_back();
  if (!one_of(gap, {"-", "to", "and", "through", "until", "till", "or", "into"})) return {0, 0};
  const DateFacts& second = facts_of(std::string_view(norm).substr(b.begin, b.size()), lex);
  if (!second.month) return {0, 0};
  // a month alone ends a range only across a range's word or "or" ("January-June", "July or
  // August"); "in both January and December" lists months, latest first, and "April or May
  // next year" states its year another way
  if (!second.year && (gap == "and" || second.has_year_relation)) return {0, 0};
  return {second.year, second.month};
}

// "14 a.d." -> 0014, "500 BC" -> BC0500 (TIMEX3 writes the era before a 4-digit year); "" when
// the words hold no era.
std::string era_year(const std::vector<std::string>& tokens, const DateFacts& f) {
  if (f.small_numbers.empty() || f.small_numbers[0] < 1 || f.small_numbers[0] > 9999) return "";
  bool bc = false, era = false;
  for (const std::string& t : tokens) {
    bc = bc || t == "bc" || t == "b.c" || t == "bce";
    era = era || t == "bc" || t == "b.c" || t == "bce" || t == "ad" || t == "a.d" || t == "ce";
  }
  if (!era) return "";
  const std::string year = timex::format_year(static_cast<int>(f.small_numbers[0]));
  return bc ? "BC" + year : year;
}

// "a quarter past 1pm", "half past 3 pm", "20 minutes to noon": the minutes the words before
// "past"/"to" add to the clock time after them (erased from tokens); 0 without such words.
int take_clock_offset(std::vector<std::string>& tokens) {
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i] != "past" && tokens[i] != "to") continue;
    const std::string& w = tokens[i - 1];
    int minutes = 0;
    if (w == "half" || w == "quarter")
      minutes = w == "half" ? 30 : 15;
    else if ((w == "minutes" || w == "minute") && i >= 2 &&
             std::isdigit(static_cast<unsigned char>(tokens[i - 2][0])))
      minutes = std::atoi(tokens[i - 2].c_str());
    else
      return 0;
    const bool past = tokens[i] == "past";
    tokens.erase(tokens.begin(), tokens.begin() + static_cast<long>(i) + 1);
    return past ? minutes : -minutes;
  }
  return 0;
}

// "2010 gmt", "0900 local time": four digits before a zone or "local time" are hours and
// minutes of a 24-hour clock ("20:10"), not a year.
void military_clock(std::vector<std::string>& tokens) {
  if (tokens.size() < 2 || tokens[0].size() != 4 || !all_digits(tokens[0])) return;
  tokens[0] = tokens[0].substr(0, 2) + ':' + tokens[0].substr(2);
  if (tokens[1] == "hours" || tokens[1] == "hrs") tokens.erase(tokens.begin() + 1);
}

}  // namespace

void resolve_candidate(const DateCandidate& c, std::string_view text, const DateLexicon& lex,
                       ResolveState& st, std::vector<DateItem>& out) {
  if (c.family == DateFamily::YearRange) return split_year_range(c, text, out);
  if (c.family == DateFamily::DayRange) return split_day_range(c, text, lex, st, out);
  // The words themselves are read again only by the families that need them; a clock time
  // drops its "a quarter past" before its facts are read.
  std::vector<std::string> tokens;
  int clock_offset = 0;
  DateFacts f;
  if (c.family == DateFamily::Time) {
    tokens = date_tokens(text);
    military_clock(tokens);
    clock_offset = take_clock_offset(tokens);
    f = read_facts(tokens, lex);
  } else {
    f = facts_of(text, lex);
  }
  if (c.family == DateFamily::SpokenYear) f.year = spoken_year(date_tokens(text), lex);
  if (!f.year && text.find('\'') != std::string_view::npos) {  // "April '87", "since '82"
    if (const int y = apostrophe_year(text, st)) {
      f.year = y;
      if (!f.small_numbers.empty()) f.small_numbers.pop_back();  // its digits are no day
    }
  }
  if (c.family == DateFamily::Time) {
    hour_from_words(tokens, lex, f);
    hour_from_part_of_day(f);
    if (clock_offset && f.hour >= 0) {
      const int minutes = ((f.hour * 60 + f.minute + clock_offset) % 1440 + 1440) % 1440;
      f.hour = minutes / 60, f.minute = minutes % 60;
      f.minute_stated = true;
    }
  }
  place_numbers(c.family, f);
  if (!f.year && f.month && st.range_end_year)  // "from April through December 1986": April 1986
    f.year = f.month > st.range_end_month ? st.range_end_year - 1 : st.range_end_year;
  DateItem item;
  item.span = c.span;
  const std::string lower = ascii_lower(text);
  st.at = c.span.begin;
  if (lower.find("and a half") != std::string::npos) f.half_more = true;  // "an hour and a half"
  if (c.family == DateFamily::Anaphor && lower.find(" after") != std::string::npos) f.later = true;
  if (c.family == DateFamily::Anaphor && lower.rfind("the same ", 0) == 0 &&
      lower.find(" year") != std::string::npos)
    f.same_period_year_before = true;
  if (c.family == DateFamily::Year && !f.year) {  // "14 a.d.", "500 BC": a year of any size
    item.value = era_year(date_tokens(text), f);
    if (!item.value.empty()) out.push_back(std::move(item));
    return;
  }
  bool ok = c.family == DateFamily::Holiday ? resolve_holiday(c, lower, lex, st, item)
            : c.family == DateFamily::Week  ? resolve_week(c, lower, lex, st, item)
            : is_calendar(c.family)         ? resolve_calendar(c, f, st, item)
                                            : resolve_relative(c, f, lower, lex, st, item);
  if (!ok && c.family == DateFamily::Anaphor && lower.rfind("that", 0) != 0) {
    DateCandidate relative = c;  // "the following year" with no date before it: the anchor's
    relative.family = DateFamily::Relative;
    ok = resolve_relative(relative, f, lower, lex, st, item);
  }
  if (!ok || item.value.empty()) return;
  item.mod = item_mod(f, c);
  remember_date(item, c.family != DateFamily::Anaphor, st);
  out.push_back(std::move(item));
}

// "with June Carter Cash", "analyst June Page", "acquisition of May Department Stores": a month
// word opening the name of a person, or of an organization of three words or more, is no date
// after a word that opens no date ("June Treasury bonds" stays a contract month; so does "in
// April" or a month opening its sentence, whatever name the entities stage made of what follows).
bool opens_a_name(std::string_view text, const std::vector<Entity>& entities, const DateCandidate& c) {
  const std::string_view month = text.substr(c.span.begin, c.span.size());
  if (c.family != DateFamily::Month || c.signal.empty() || (month.size() > 1 && is_ascii_upper(month[1])) ||
      signals_month(c.signal) || one_of(c.signal, {"on", "each", "every", "the", "a", "an", "for", "end"}))
    return false;
  return std::any_of(entities.begin(), entities.end(), [&](const Entity& e) {
    if (e.type != EntityType::Person && e.type != EntityType::Org) return false;
    return std::any_of(e.mentions.begin(), e.mentions.end(), [&](Span m) {
      if (m.begin != c.span.begin || m.end <= c.span.end) return false;
      return e.type == EntityType::Person ||
             std::count(text.begin() + m.begin, text.begin() + m.end, ' ') >= 2;
    });
  });
}

// "the Sunday Times", "China Daily", "Entertainment Weekly", "GWINNETT DAILY NEWS": the mentions
// of organizations that a news outlet's word ends, whose date words are part of the title (found
// once per document; most have none).
static std::vector<Span> outlet_titles(std::string_view text, const std::vector<Entity>& entities,
                                       const std::vector<std::string>& outlet_words) {
  std::vector<Span> out;
  for (const Entity& e : entities) {
    if (e.type != EntityType::Org) continue;
    for (const Span m : e.mentions) {
      const std::string_view name = text.substr(m.begin, m.size());
      const size_t space = name.rfind(' ');
      if (space == std::string_view::npos) continue;
      const std::string_view last = name.substr(space + 1);
      if (std::any_of(outlet_words.begin(), outlet_words.end(),
                      [&](const std::string& w) { return ascii_equal_lower(last, w); }))
        out.push_back(m);
    }
  }
  return out;
}

void DateExtractor::run(const Context& ctx, Extraction& out) const {
  std::vector<DateCandidate> cands = find(ctx);
  const std::vector<Span> titles = outlet_titles(ctx.doc.norm(), out.entities, outlet_words_);
  std::erase_if(cands, [&](const DateCandidate& c) {
    return opens_a_name(ctx.doc.norm(), out.entities, c) ||
           std::any_of(titles.begin(), titles.end(), [&](Span m) {
             return m.begin <= c.span.begin && c.span.end <= m.end && m.size() != c.span.size();
           });
  });
  ResolveState st;
  st.anchor = timex::parse_ymd(ctx.settings.anchor);
  if (ctx.settings.date_order == DateOrder::Auto) {
    const std::optional<bool> day_first = text_prefers_day_first(ctx.doc.norm(), cands);
    st.day_first = day_first.value_or(false);
    st.order_known = day_first.has_value();
  } else {
    st.day_first = ctx.settings.date_order == DateOrder::Dmy;
    st.order_known = true;
  }
  for (size_t i = 0; i < cands.size(); ++i) {
    std::tie(st.range_end_year, st.range_end_month) = range_end(ctx.doc.norm(), cands, i, lexicon_);
    resolve_candidate(cands[i], ctx.doc.norm_slice(cands[i].span), lexicon_, st, out.dates);
  }
}

}  // namespace newsclaim
