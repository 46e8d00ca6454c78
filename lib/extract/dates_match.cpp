// Finding temporal expressions: one leftmost-longest pattern joins every x_* family of
// patterns/dates/expressions.re2, so the text is scanned once; each match is then named by
// its family and checked against its surroundings (money, model numbers, weak words).
#include <re2/re2.h>

#include <cctype>
#include <stdexcept>
#include <string>

#include "extract/dates.hpp"
#include "extract/dates_internal.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {

namespace {

struct FamilyName {
  const char* rule;
  DateFamily family;
};

constexpr FamilyName kFamilies[] = {
    {"x_time", DateFamily::Time},           {"x_iso", DateFamily::Iso},
    {"x_numeric", DateFamily::Numeric},     {"x_month_day", DateFamily::MonthDay},
    {"x_day_month", DateFamily::DayMonth},  {"x_month_year", DateFamily::MonthYear},
    {"x_month", DateFamily::Month},         {"x_quarter", DateFamily::Quarter},
    {"x_quarter_rel", DateFamily::QuarterRel}, {"x_fiscal", DateFamily::Fiscal},
    {"x_year_range", DateFamily::YearRange}, {"x_year", DateFamily::Year},
    {"x_decade", DateFamily::Decade},       {"x_century", DateFamily::Century},
    {"x_relative", DateFamily::Relative},   {"x_day", DateFamily::Day},
    {"x_weekday", DateFamily::Weekday},     {"x_season", DateFamily::Season},
    {"x_season_bare", DateFamily::SeasonBare}, {"x_ago", DateFamily::Ago},
    {"x_set", DateFamily::Set},             {"x_duration", DateFamily::Duration},
    {"x_duration_bare", DateFamily::DurationBare}, {"x_ref", DateFamily::Ref},
};

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The lower-case word ending right before byte b (skipping spaces), or "".
std::string word_before(const std::string& t, uint32_t b) {
  size_t end = b;
  while (end > 0 && t[end - 1] == ' ') --end;
  size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(t[start - 1]))) --start;
  std::string w = t.substr(start, end - start);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

bool one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words)
    if (w == x) return true;
  return false;
}

// Digits that belong to money, codes or bigger numbers: "$2020", "COVID-19", "1,997", "2020%".
bool part_of_other_number(const std::string& t, Span s) {
  if (!std::isdigit(static_cast<unsigned char>(t[s.begin]))) return false;
  const char b1 = s.begin > 0 ? t[s.begin - 1] : ' ', b2 = s.begin > 1 ? t[s.begin - 2] : ' ';
  if (b1 == '$' || b1 == '#' || (s.begin >= 2 && t.compare(s.begin - 2, 2, "\xC2\xA3") == 0) ||
      (s.begin >= 3 && t.compare(s.begin - 3, 3, "\xE2\x82\xAC") == 0))
    return true;
  if ((b1 == '-' || b1 == '.' || b1 == ',' || b1 == '/' || b1 == ':') && is_word_char(b2)) return true;
  const char a1 = s.end < t.size() ? t[s.end] : ' ', a2 = s.end + 1 < t.size() ? t[s.end + 1] : ' ';
  if (a1 == '%') return true;
  return (a1 == '.' || a1 == ',' || a1 == ':' || a1 == '-' || a1 == '/') && std::isdigit(static_cast<unsigned char>(a2));
}

// Weak words need a signal before them: "in May" (not "May"), "in spring", "for years".
bool licensed(DateFamily f, const std::string& text, const std::string& signal) {
  switch (f) {
    case DateFamily::Month:
      return text != "May" ||
             one_of(signal, {"in", "since", "until", "by", "from", "through", "to", "during", "of",
                             "between", "and", "before", "after", "early", "late", "mid", "last", "next",
                             "this", "or", "till"});
    case DateFamily::SeasonBare:
      return one_of(signal, {"in", "during", "since", "by", "until", "through", "over", "before", "after", "this", "next", "last"});
    case DateFamily::DurationBare:
      return one_of(signal, {"for", "within", "in", "over", "after"});
    default:
      return true;
  }
}

}  // namespace

std::optional<DateFamily> family_of_rule(std::string_view name) {
  for (const auto& f : kFamilies)
    if (name == f.rule) return f.family;
  return std::nullopt;
}

DateExtractor::DateExtractor(const Ruleset& rules)
    : rules_(rules), lexicon_(rules.gazetteer("dates.words")) {
  std::string joined;
  for (const std::string& key : rules.keys_with_prefix("dates.x_")) {
    auto family = family_of_rule(std::string_view(key).substr(6));
    if (!family) throw std::logic_error("dates: rule " + key + " names no expression family");
    const RE2& re = rules.re(key);
    families_.emplace_back(&re, *family);
    joined += (joined.empty() ? "(?:" : "|(?:") + re.pattern() + ")";
  }
  if (families_.empty()) throw std::logic_error("dates: no x_* rules in patterns/dates");
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_longest_match(true);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  combined_ = std::make_unique<RE2>("\\b(?:" + joined + ")", o);
  if (!combined_->ok()) throw std::logic_error("dates: combined pattern: " + combined_->error());
  future_cue_ = &rules.re("dates.future_cue");
}

DateExtractor::~DateExtractor() = default;

// Forward-looking when a future cue stands near the expression in its sentence, unless a
// reporting verb right before it dates it ("said Thursday"); "since" looks back, "until" ahead.
bool DateExtractor::is_future(const Context& ctx, Span span, const std::string& signal) const {
  const std::string& t = ctx.doc.norm();
  if (one_of(signal, {"since", "ago", "last"})) return false;  // "since March" lies behind
  if (one_of(signal, {"until", "till", "by", "next"})) return true;
  if (t.compare(span.end, 2, "'s") == 0) return false;  // "Wednesday's ruling" has happened
  std::string before = word_before(t, span.begin);
  if (before == "on") before = word_before(t, span.begin - 3);
  if (one_of(before, {"said", "says", "told", "announced", "reported", "added", "confirmed", "last"})) return false;
  uint32_t from = span.begin > 80 ? span.begin - 80 : 0, to = std::min<uint32_t>(span.end + 40, t.size());
  const size_t si = ctx.layout.sentence_at(span.begin);
  if (si != static_cast<size_t>(-1) && si < ctx.layout.sentences.size()) {
    const Span s = ctx.layout.sentences[si];
    from = std::max(from, s.begin);
    to = std::min(to, std::max(s.end, span.end));
  }
  if (from >= to) return false;
  return RE2::PartialMatch(std::string_view(t).substr(from, to - from), *future_cue_);
}

// "a 10-hour flight": TIMEX3 leaves the article out when digits follow it.
void trim_article(const std::string& t, DateCandidate& c) {
  for (const char* article : {"a ", "an ", "A ", "An "}) {
    const size_t n = std::char_traits<char>::length(article);
    if (t.compare(c.span.begin, n, article) == 0 && c.span.begin + n < c.span.end &&
        std::isdigit(static_cast<unsigned char>(t[c.span.begin + n]))) {
      c.span.begin += static_cast<uint32_t>(n);
      return;
    }
  }
}

// "a year" is a stretch of time after "for", "in", "about"...; after "flights" or "$5 million"
// it is a rate ("four flights a week"), which TimeML does not mark.
bool article_duration_ok(const std::string& text, const std::string& signal) {
  const bool article = text.rfind("a ", 0) == 0 || text.rfind("an ", 0) == 0 || text.rfind("A ", 0) == 0;
  if (!article) return true;
  if (text.find("second") != std::string::npos) return false;  // "a second term"
  return signal.empty() ||
         one_of(signal, {"for", "in", "within", "over", "after", "about", "nearly", "almost", "than", "only",
                         "just", "least", "most", "of", "under", "take", "takes", "took", "taken", "lasted",
                         "last", "spent", "roughly", "around", "some", "mere", "by", "to", "up", "once",
                         "half", "barely", "through", "during", "than", "past", "next", "first"});
}

// "daily", "quarterly" as adjectives ("a quarterly dividend", "the party daily Granma") are not sets.
bool set_word_ok(const std::string& t, const DateCandidate& c, const std::string& text) {
  if (text.size() < 5 || text.compare(text.size() - 2, 2, "ly") != 0) return true;
  if (one_of(c.signal, {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "average", "first",
                        "party", "s"}))
    return false;
  const size_t next = c.span.end + 1;
  return !(next < t.size() && t[c.span.end] == ' ' && std::isupper(static_cast<unsigned char>(t[next])));
}

bool DateExtractor::keep(const Context& ctx, DateCandidate& c) const {
  const std::string& t = ctx.doc.norm();
  if (part_of_other_number(t, c.span)) return false;
  if (c.family == DateFamily::Duration) trim_article(t, c);
  const std::string text = t.substr(c.span.begin, c.span.size());
  c.signal = word_before(t, c.span.begin);
  c.after = t.substr(c.span.end, std::min<size_t>(12, t.size() - c.span.end));
  if (!licensed(c.family, text, c.signal)) return false;
  const std::string_view rest = c.after;
  switch (c.family) {
    case DateFamily::Season:
      if (rest.substr(0, 4) == " of ") return false;  // "the fall of Rome"
      break;
    case DateFamily::Duration:
      if (rest.rfind("-old", 0) == 0 || rest.rfind(" old", 0) == 0 || rest.rfind(" and older", 0) == 0 ||
          rest.rfind(" or older", 0) == 0)
        return false;  // ages
      if (!article_duration_ok(text, c.signal)) return false;
      break;
    case DateFamily::Set:
      if (!set_word_ok(t, c, text)) return false;
      break;
    case DateFamily::Ref:
      if ((text == "soon" || text == "Soon") && (c.signal == "as" || rest.rfind(" after", 0) == 0 || rest.rfind("-", 0) == 0))
        return false;  // "as soon as", "soon after", "soon-to-open"
      break;
    default:
      break;
  }
  c.future = is_future(ctx, c.span, c.signal);
  return true;
}

std::vector<DateCandidate> DateExtractor::find(const Context& ctx) const {
  std::vector<DateCandidate> out;
  const std::string& t = ctx.doc.norm();
  re2::StringPiece piece;
  size_t pos = 0;
  while (pos < t.size() && combined_->Match(t, pos, t.size(), RE2::UNANCHORED, &piece, 1)) {
    const std::string_view match(piece.data(), piece.size());
    const size_t begin = match.data() - t.data(), end = begin + match.size();
    pos = end > begin ? end : begin + 1;
    DateCandidate c;
    c.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    bool named = false;
    for (const auto& [re, family] : families_) {
      if (RE2::FullMatch(match, *re)) {
        c.family = family;
        named = true;
        break;
      }
    }
    if (named && keep(ctx, c)) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace newsclaim
