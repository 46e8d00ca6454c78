#include "extract/money.hpp"

#include <algorithm>

#include "extract/numbers.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

constexpr size_t kApproxWindow = 60;  // bytes before an amount searched for "an estimated value of"
constexpr size_t kRateWindow = 40;    // bytes after an amount searched for "a year", "per share"
constexpr size_t kOpenerWindow = 12;  // bytes before a range searched for "between"

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The text before pos, at most n bytes, not reaching back over a line break.
std::string_view window_before(std::string_view text, size_t pos, size_t n) {
  const size_t start = pos > n ? pos - n : 0;
  std::string_view w = text.substr(start, pos - start);
  const size_t nl = w.rfind('\n');
  return nl == std::string_view::npos ? w : w.substr(nl + 1);
}

std::string_view window_after(std::string_view text, size_t pos, size_t n) {
  std::string_view w = text.substr(std::min(pos, text.size()), n);
  const size_t nl = w.find('\n');
  return nl == std::string_view::npos ? w : w.substr(0, nl);
}

bool is_whole(double v) { return v == static_cast<double>(static_cast<long long>(v)); }

// Whether the text at pos ends a clause (punctuation, line end or text end).
bool ends_clause(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  const char c = text[pos];
  return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == '\n';
}

void set_currency(const CurrencyForm& form, Money& m) {
  m.currency = form.code;
  m.basis = form.code.empty() ? CurrencyBasis::Unknown : CurrencyBasis::Explicit;
}

// Rate follow-ups that mean a comparison, not a rate: "a year earlier", "a year ago".
bool is_comparison(std::string_view word) {
  const std::string w = lower(word);
  return w == "earlier" || w == "ago" || w == "before" || w == "later" || w == "after" || w == "previously";
}

}  // namespace

MoneyExtractor::MoneyExtractor(const Ruleset& rules)
    : rules_(rules),
      currencies_(rules.gazetteer("money.currencies")),
      scanner_(rules.re("money.number"), currencies_),
      dollars_(rules.gazetteer("money.dollar_countries"), rules.re("money.dateline"), currencies_),
      quantities_(rules),
      approx_(rules.re("money.approx")),
      rate_(rules.re("money.rate")),
      rate_word_(rules.re("money.rate_word")),
      range_connector_(rules.re("money.range_connector")),
      range_opener_(rules.re("money.range_opener")),
      percent_(rules.re("money.percent")),
      table_row_(rules.re("money.table_row")) {
  for (const auto& row : rules.gazetteer("money.rates").rows())
    if (row.size() >= 2) rates_[lower(row[0])] = row[1];
}

void MoneyExtractor::run(const Context& ctx, Extraction& out) const {
  const std::string_view text = ctx.doc.norm();
  std::vector<NumberCore> cores = scanner_.scan(text);
  mark_table_rows(text, cores);
  std::vector<Money> money;
  std::vector<bool> pending;  // a bare dollar the document must decide
  for (size_t i = 0; i < cores.size(); ++i) {
    const NumberCore& a = cores[i];
    Money m;
    const CurrencyForm* form = a.currency;
    if (i + 1 < cores.size() && join_subunit(text, a, cores[i + 1], m)) {
      ++i;
    } else if (i + 1 < cores.size() && join_range(text, a, cores[i + 1], m)) {
      if (!form) form = cores[i + 1].currency;
      ++i;
    } else if (form) {
      m = single(a);
      add_approx(text, m.span, m);
    } else {
      if (!add_percentage(text, a, out))
        if (auto q = quantities_.at(text, a)) out.quantities.push_back(std::move(*q));
      continue;
    }
    add_rate(text, m);
    money.push_back(std::move(m));
    pending.push_back(m.currency.empty() && form->dollar);
  }
  resolve_dollars(ctx, 0, money, pending);
  for (auto& m : money) out.money.push_back(std::move(m));
  quantities_.find_vague(text, out.quantities);
  std::sort(out.quantities.begin(), out.quantities.end(),
            [](const Quantity& x, const Quantity& y) { return x.span < y.span; });
}

// In results tables ("Net 5,410,000 vs 4,870,000") bare figures are amounts in the report's
// dollar; percentages in them ("up 9 pct") stay percentages.
void MoneyExtractor::mark_table_rows(std::string_view text, std::vector<NumberCore>& cores) const {
  if (text.find(" vs ") == std::string_view::npos) return;
  const CurrencyForm* dollar = currencies_.find("$");
  size_t next = 0;
  for (NumberCore& core : cores) {
    if (core.currency || core.joined || !core.attached.empty() || core.number.begin < next) continue;
    const size_t line_begin = text.rfind('\n', core.number.begin) == std::string_view::npos
                                  ? 0
                                  : text.rfind('\n', core.number.begin) + 1;
    const size_t nl = text.find('\n', core.number.begin);
    const size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (line.find(" vs ") == std::string_view::npos || !RE2::PartialMatch(line, table_row_)) {
      next = line_end;  // the rest of this line is no table row either
      continue;
    }
    if (is_percentage(text, core)) continue;
    core.currency = dollar;
  }
}

Money MoneyExtractor::single(const NumberCore& core) const {
  Money m;
  m.span = core.span;
  m.value = core.value;
  set_currency(*core.currency, m);
  return m;
}

// "$5-10 million", "$5 to $7 billion", "between 10 and 20 dollars": one amount with min and
// max. "from $5 million to $7 million" is a change, not a range, and stays two amounts.
bool MoneyExtractor::join_range(std::string_view text, const NumberCore& a, const NumberCore& b,
                                Money& out) const {
  const CurrencyForm* form = a.currency ? a.currency : b.currency;
  if (!form || b.span.begin < a.span.end) return false;
  if (a.currency && b.currency && a.currency->code != b.currency->code) {
    // "US$16 million to $28 million": a bare dollar takes the written-out one.
    const CurrencyForm* bare = a.currency->dollar ? a.currency : b.currency->dollar ? b.currency : nullptr;
    const CurrencyForm* coded = bare == a.currency ? b.currency : a.currency;
    if (!bare || bare->scale != coded->scale || !currencies_.is_dollar_code(coded->code)) return false;
    form = coded;
  }
  std::string connector;
  if (!RE2::FullMatch(text.substr(a.span.end, b.span.begin - a.span.end), range_connector_, &connector))
    return false;
  std::string opener;
  const std::string_view before = window_before(text, a.span.begin, kOpenerWindow);
  RE2::PartialMatch(before, range_opener_, &opener);
  const std::string op = lower(opener);
  if (op == "from" || ((connector == "and" || connector == "AND") && op != "between")) return false;
  if (!b.currency && RE2::PartialMatch(window_after(text, b.number.end, 20), percent_)) return false;
  double lo = a.value * (a.currency ? 1 : form->scale);
  const double hi = b.value * (b.currency ? 1 : form->scale);
  if (!a.magnitude && b.magnitude)
    lo *= numbers::trailing_magnitude(text.substr(b.number.begin, b.number.size())).value_or(1);
  if (!(lo < hi)) return false;
  const size_t begin =
      op == "between" ? a.span.begin - (before.size() - before.rfind(opener.front())) : a.span.begin;
  out.span = Span{static_cast<uint32_t>(begin), b.span.end};
  out.min = lo;
  out.max = hi;
  set_currency(*form, out);
  add_approx(text, out.span, out);
  return true;
}

// "thirteen dollars forty-five cents", "$20 and 43c", "15 dollars 50.": units and sub-units
// written as one amount.
bool MoneyExtractor::join_subunit(std::string_view text, const NumberCore& a, const NumberCore& b,
                                  Money& out) const {
  if (!a.currency || a.currency->scale != 1 || a.magnitude || b.magnitude || b.span.begin < a.span.end)
    return false;
  const double cents = b.currency ? b.value * 100 : b.value;
  if (!is_whole(a.value) || !is_whole(cents) || cents >= 100) return false;
  const std::string_view between = text.substr(a.span.end, b.span.begin - a.span.end);
  const bool with_and = lower(between) == " and ";
  if (!with_and && between != " ") return false;
  if (b.currency) {
    if (b.currency->scale != 0.01 || !b.currency_after) return false;
  } else if (!ends_clause(text, b.span.end) && (with_and || !a.currency_after)) {
    return false;  // "$5 and 10 other items" is no "$5.10"
  }
  out = single(a);
  out.value = a.value + cents / 100;
  out.span.end = b.span.end;
  add_approx(text, out.span, out);
  return true;
}

// Bounds and approximations written before the amount, one regex group per kind.
void MoneyExtractor::add_approx(std::string_view text, Span amount, Money& m) const {
  const std::string_view w = window_before(text, amount.begin, kApproxWindow);
  re2::StringPiece g[6];
  if (!RE2::PartialMatch(w, approx_, &g[0], &g[1], &g[2], &g[3], &g[4], &g[5])) return;
  static constexpr Approx kKinds[6] = {Approx::About, Approx::MoreThan, Approx::LessThan,
                                       Approx::UpTo,  Approx::AtLeast,  Approx::Estimated};
  for (int k = 0; k < 6; ++k)
    if (g[k].data() != nullptr) m.approx = kKinds[k];
}

// "$40 million a year", "22 cts a share", "$300 monthly" -> per.
void MoneyExtractor::add_rate(std::string_view text, Money& m) const {
  const std::string_view w = window_after(text, m.span.end, kRateWindow);
  std::string unit, next;
  if (!RE2::PartialMatch(w, rate_, &unit, &next) || is_comparison(next))
    if (!RE2::PartialMatch(w, rate_word_, &unit)) return;
  const auto it = rates_.find(lower(unit));
  if (it != rates_.end()) m.per = it->second;
}

// Bare dollars take the document's dollar (context), else --currency-default, else nothing.
void MoneyExtractor::resolve_dollars(const Context& ctx, size_t first, std::vector<Money>& money,
                                     const std::vector<bool>& pending) const {
  if (std::find(pending.begin(), pending.end(), true) == pending.end()) return;
  const std::string code = dollars_.decide(ctx.doc.norm(), money);
  for (size_t i = first; i < money.size(); ++i) {
    if (!pending[i]) continue;
    if (!code.empty()) {
      money[i].currency = code;
      money[i].basis = CurrencyBasis::Context;
    } else if (!ctx.settings.currency_default.empty()) {
      money[i].currency = ctx.settings.currency_default;
      money[i].basis = CurrencyBasis::Default;
    } else {
      money[i].basis = CurrencyBasis::Unknown;
    }
  }
}

// The length of the percent sign or words after a bare number ("%", " per cent",
// " percentage points"), 0 when none; points tells percentage points.
size_t MoneyExtractor::percent_after(std::string_view text, const NumberCore& core, bool* points) const {
  if (core.joined || !core.attached.empty()) return 0;
  const std::string_view w = window_after(text, core.number.end, 24);
  // Cheap check first: every percent form starts with "%" or "p"/"P" after at most one space.
  const size_t first = !w.empty() && w[0] == ' ' ? 1 : 0;
  if (first >= w.size() || (w[first] != '%' && w[first] != 'p' && w[first] != 'P')) return 0;
  re2::StringPiece g[3];
  if (!percent_.Match(w, 0, w.size(), RE2::ANCHOR_START, g, 3)) return 0;
  if (points) *points = !g[1].empty() || !g[2].empty();
  return g[0].size();
}

bool MoneyExtractor::is_percentage(std::string_view text, const NumberCore& core) const {
  return percent_after(text, core, nullptr) > 0;
}

// "12%", "12 per cent", "twelve percent", "0.5 percentage point" after a bare number.
bool MoneyExtractor::add_percentage(std::string_view text, const NumberCore& core, Extraction& out) const {
  bool points = false;
  const size_t length = percent_after(text, core, &points);
  if (length == 0) return false;
  Percentage p;
  p.span = Span{core.number.begin, static_cast<uint32_t>(core.number.end + length)};
  p.value = core.value;
  p.points = points;
  out.percentages.push_back(p);
  return true;
}

}  // namespace newsclaim
