#include "extract/money.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

#include "extract/money_internal.hpp"
#include "extract/numbers.hpp"
#include "patterns/ruleset.hpp"
#include "text/ascii.hpp"

namespace newsclaim {
namespace {

constexpr size_t kApproxWindow = 60;  // bytes before an amount searched for "an estimated value of"
constexpr size_t kRateWindow = 40;    // bytes after an amount searched for "a year", "per share"
constexpr size_t kSubUnitReach = 40;  // bytes a row's "cents" carries to its bare figures

// "Shr", "Year shr", "Oper shr loss": a results-table row of per-share figures.
bool is_share_label(std::string_view label) {
  const std::string l = ascii_lower(label);
  return l.rfind("shr", 0) == 0 || l.find(" shr") != std::string::npos;
}

// "Final div", "Qtly div", "Dividend", "Net dividend": a row of dividends. Whether one of the
// first three words of the label opens with "div".
bool is_dividend_label(std::string_view label) {
  const std::string l = ascii_lower(label);
  size_t at = 0;
  for (int word = 0; word < 3 && at < l.size(); ++word) {
    if (l.compare(at, 3, "div") == 0) return true;
    at = l.find(' ', at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return false;
}

// "1985" of "(1985 full year 20.0)", "nine" of "for nine months": a figure no sub-unit carried
// to it measures, a year written alone or a count of a span of time.
bool year_or_span(std::string_view text, const NumberCore& core) {
  const std::string_view number = text.substr(core.number.begin, core.number.size());
  if (number.size() == 4 && std::all_of(number.begin(), number.end(), is_ascii_digit) && core.value >= 1900 &&
      core.value < 2100)
    return true;
  const std::string next = ascii_lower(text.substr(core.span.end, 8));
  for (const char* unit : {" month", " mths", " year", " yr", " week", " day"})
    if (next.starts_with(unit)) return true;
  return false;
}

// Rate follow-ups that mean a comparison, not a rate: "a year earlier", "a year ago".
bool is_comparison(std::string_view word) {
  const std::string w = ascii_lower(word);
  return w == "earlier" || w == "ago" || w == "before" || w == "later" || w == "after" || w == "previously";
}

// Whether s contains " vs", the cue of a results table: memchr finds the rare 'v' far faster
// than string_view::find, which stops at every space.
bool has_vs(std::string_view s) {
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    const void* v = std::memchr(s.data() + i, 'v', s.size() - 1 - i);
    if (!v) return false;
    i = static_cast<size_t>(static_cast<const char*>(v) - s.data());
    if (s[i - 1] == ' ' && s[i + 1] == 's') return true;
  }
  return false;
}

}  // namespace

MoneyExtractor::MoneyExtractor(const Ruleset& rules)
    : MoneyExtractor(rules, CurrencyTable(rules.gazetteer("money.currencies"),
                                          rules.gazetteer("money.currency_families"))) {}

MoneyExtractor::MoneyExtractor(const Ruleset& rules, CurrencyTable currencies)
    : currencies_(std::move(currencies)),
      history_(rules.gazetteer("money.currency_history")),
      scanner_(rules, currencies_),
      context_(rules.gazetteer("money.currency_countries"), rules.re("money.dateline"),
               rules.re("money.dateline_title"), currencies_),
      quantities_(rules),
      fraction_percents_(rules),
      approx_(rules.re("money.approx")),
      approx_after_(rules.re("money.approx_after")),
      exchange_rate_(rules.re("money.exchange_rate")),
      rate_(rules.re("money.rate")),
      rate_word_(rules.re("money.rate_word")),
      range_connector_(rules.re("money.range_connector")),
      range_opener_(rules.re("money.range_opener")),
      range_from_(rules.re("money.range_from")),
      change_before_(rules.re("money.change_before")),
      move_by_(rules.re("money.move_by")),
      compared_gap_(rules.lazy("money.compared_gap")),
      money_noun_after_(rules.lazy("money.money_noun_after")),
      percent_(rules.re("money.percent")),
      table_row_(rules.lazy("money.table_row")),
      table_label_(rules.lazy("money.table_label")) {
  for (const auto& row : rules.gazetteer("money.rates").rows())
    if (row.size() >= 2) rates_[ascii_lower(row[0])] = row[1];
}

void MoneyExtractor::run(const Context& ctx, Extraction& out) const {
  const std::string_view text = ctx.doc.norm();
  std::vector<NumberCore> cores = scanner_.scan(text);
  mark_table_rows(text, cores);
  std::vector<Money> money;
  std::vector<std::string> pending;         // per amount: the family of a bare name to decide, or empty
  std::vector<bool> cents;                  // per amount: a bare sub-unit ("15 cts", a row's figure after it)
  const NumberCore* last_amount = nullptr;  // the last single amount, for a figure compared with it
  const NumberCore* last_unit = nullptr;    // the last amount in a whole unit, for "7.2 mln in contracts"
  bool compared_count = false;              // the last quantity is such a figure
  for (size_t i = 0; i < cores.size(); ++i) {
    if (last_amount) carry_to_compared(text, *last_amount, cores[i]);
    carry_to_money_noun(text, last_unit, cores[i]);
    const NumberCore& a = cores[i];
    if (a.currency && a.currency->scale == 1) last_unit = &a;
    Money m;
    const CurrencyForm* form = a.currency;
    if (form) last_amount = nullptr;
    if (i + 1 < cores.size() && join_subunit(text, a, cores[i + 1], m)) {
      ++i;
    } else if (i + 1 < cores.size() && join_range(text, a, cores[i + 1], m)) {
      if (!form) form = cores[i + 1].currency;
      ++i;
    } else if (form) {
      if (is_exchange_rate(text, a)) continue;
      m = single(a);
      add_approx(text, m.span, m);
      if (i + 1 < cores.size()) carry_to_level(text, a, cores[i + 1]);
      last_amount = &a;
    } else if (const NumberCore* b = i + 1 < cores.size() ? &cores[i + 1] : nullptr;
               b && b->currency && !is_percentage(text, a) && shares_next_unit(text, a, *b)) {
      m = first_of_pair(text, a, *b);
      form = b->currency;
    } else {
      if (add_percentage(text, a, out) ||
          (i + 1 < cores.size() && add_first_percentage(text, a, cores[i + 1], out)))
        continue;
      // "one in five loans": a proportion, 20 percent
      if (const auto r = ratio_before(text, a);
          r && a.value > 0 && !a.joined && a.attached.empty() && !a.currency) {
        Percentage p;
        p.span = Span{r->begin, a.number.end};
        p.value = numbers::as_written(100.0 * r->numerator / r->denominator);
        out.percentages.push_back(p);
        continue;
      }
      if (auto q = quantities_.at(text, a)) {
        out.quantities.push_back(std::move(*q));
        compared_count = false;
      } else if (add_compared_quantity(text, a, compared_count, out)) {
        compared_count = true;
      }
      continue;
    }
    // "vs 756 mln" under "688 mln Swiss francs": the table decided the currency, not the figure.
    if (a.carried && m.basis == CurrencyBasis::Explicit) m.basis = CurrencyBasis::Context;
    add_rate(text, m);
    if (a.per_share && m.per.empty()) m.per = "share";
    pending.push_back(m.currency.empty() ? form->family : std::string());
    cents.push_back(m.currency.empty() && form->scale < 1);
    money.push_back(std::move(m));
  }
  resolve_bare(ctx, money, pending, cents);
  date_currencies(ctx, money);
  bound_conversions(text, money);
  const auto clean = [](std::optional<double>& v) {
    if (v) *v = numbers::as_written(*v);
  };
  for (auto& m : money) {
    clean(m.value);
    clean(m.min);
    clean(m.max);
    out.money.push_back(std::move(m));
  }
  const size_t percentages = out.percentages.size();
  fraction_percents_.find(text, out.percentages);
  if (out.percentages.size() > percentages)
    std::sort(out.percentages.begin(), out.percentages.end(),
              [](const Percentage& x, const Percentage& y) { return x.span < y.span; });
  quantities_.find_vague(text, out.quantities);
  std::sort(out.quantities.begin(), out.quantities.end(),
            [](const Quantity& x, const Quantity& y) { return x.span < y.span; });
  for (Quantity& q : out.quantities) q.value = numbers::as_written(q.value);
  for (Percentage& p : out.percentages) p.value = numbers::as_written(p.value);
}

void MoneyExtractor::bound_conversions(std::string_view text, std::vector<Money>& money) {
  bool in_brackets = false;  // the previous amount opened or went on a bracketed conversion
  for (size_t i = 1; i < money.size(); ++i) {
    const Money& before = money[i - 1];
    Money& after = money[i];
    if (after.span.begin < before.span.end) {
      in_brackets = false;
      continue;
    }
    const std::string_view gap = text.substr(before.span.end, after.span.begin - before.span.end);
    in_brackets = gap == " (" || gap == "(" || (in_brackets && (gap == "; " || gap == ", " || gap == " or "));
    if (!in_brackets || before.approx == Approx::None || after.approx != Approx::None || after.min ||
        after.max || before.min || before.max)
      continue;
    after.approx = before.approx;
  }
}

// A story published before a currency's redenomination wrote the old unit: its "bolivars" are
// VEB, not VES. An ISO code the amount writes itself ("PLN 40 million") stays as written.
void MoneyExtractor::date_currencies(const Context& ctx, std::vector<Money>& money) const {
  if (ctx.settings.anchor.empty()) return;
  for (Money& m : money) {
    if (m.currency.empty()) continue;
    const std::string_view then = history_.on(m.currency, ctx.settings.anchor);
    if (then != m.currency && ctx.doc.norm_slice(m.span).find(m.currency) == std::string_view::npos)
      m.currency = std::string(then);
  }
}

// In results tables ("Net 5,410,000 vs 4,870,000") bare figures are amounts in the currency the
// table writes (its row's, else the last one a row of the document wrote: "Working profit 487.5
// mln rand vs 559.6 mln / Net 264.3 mln vs 301.0 mln"), else in the report's dollar; percentages
// in them ("up 9 pct") stay percentages.
void MoneyExtractor::mark_table_rows(std::string_view text, std::vector<NumberCore>& cores) const {
  if (cores.empty() || !has_vs(text)) return;
  const CurrencyForm* dollar = currencies_.find("$");
  size_t line_end = 0, row_begin = 0;
  bool vs_line = false, table_line = false, per_share = false, dividends = false;
  const CurrencyForm* row_currency = nullptr;    // "Net loss 688 mln Swiss francs vs 756 mln"
  size_t row_form_end = 0;                       // where the row last wrote its form
  const CurrencyForm* table_currency = nullptr;  // the last row currency of the document
  for (NumberCore& core : cores) {
    if (core.number.begin >= line_end) {
      const size_t nl_before =
          core.number.begin == 0 ? std::string_view::npos : text.rfind('\n', core.number.begin - 1);
      const size_t line_begin = nl_before == std::string_view::npos ? 0 : nl_before + 1;
      const size_t nl = text.find('\n', core.number.begin);
      line_end = nl == std::string_view::npos ? text.size() : nl;
      const std::string_view line = text.substr(line_begin, line_end - line_begin);
      // The row test needs no capture (fast); only a row's own start is located.
      re2::StringPiece before_label;
      vs_line = has_vs(line);
      table_line = vs_line && RE2::PartialMatch(line, table_row_.get()) &&
                   RE2::PartialMatch(line.substr(0, 96), table_label_.get(), &before_label);
      row_begin = line_begin + before_label.size();
      row_currency = nullptr;
      per_share = table_line && is_share_label(text.substr(row_begin, 16));
      dividends = table_line && is_dividend_label(text.substr(row_begin, 24));
    }
    // "Dividend 1.20 marks vs 1.10": a compared amount outside a labelled row still says the
    // report's currency
    if (vs_line && !table_line && core.currency && core.currency->scale == 1) table_currency = core.currency;
    if (!table_line || core.number.begin < row_begin) continue;
    core.per_share = per_share;
    if (core.currency) {
      // "Shr 48.4 cents vs 40.6", "Div 11.5p making 19.0 vs 16.0": a row's bare figures are in
      // the form it wrote last, a sub-unit too; later rows only take a whole unit.
      row_currency = core.currency;
      row_form_end = core.span.end;
      if (core.currency->scale == 1) table_currency = core.currency;
      // "Shr 34.5p vs 24.5p / Pretax profit 178.1 mln vs 110.1 mln": a sub-unit of a known
      // currency (pence) says the table's unit when no row wrote one yet
      if (core.currency->scale < 1 && !core.currency->code.empty() && !table_currency)
        table_currency = currencies_.find_code(core.currency->code);
      continue;
    }
    if (core.joined || !core.attached.empty() || is_percentage(text, core)) continue;
    // A sub-unit carries to a plain figure close after it only: "82.38 mln" after "nine cents"
    // is no cents, nor "loss 10,000" a sentence later. Dividends are often in a sub-unit, so only
    // a form their row wrote decides them ("Final div 135 vs 125" under "Shr 516 cts vs 347").
    const CurrencyForm* row = row_currency;
    if (row && row->scale < 1 &&
        (core.magnitude || core.number.begin > row_form_end + kSubUnitReach || year_or_span(text, core)))
      row = nullptr;
    if (dividends && !row) continue;
    core.currency = row ? row : table_currency ? table_currency : dollar;
    core.value = in_currency_units(core.value, *core.currency);
    core.carried = core.currency != dollar;
  }
}

Money MoneyExtractor::single(const NumberCore& core) const {
  Money m;
  m.span = core.span;
  m.value = core.value;
  set_currency(*core.currency, m);
  return m;
}

// Bounds and approximations written before the amount, one regex group per kind, else after it.
void MoneyExtractor::add_approx(std::string_view text, Span amount, Money& m) const {
  const std::string_view w = window_before(text, amount.begin, kApproxWindow);
  re2::StringPiece g[6];
  if (!found(approx_, w) || !RE2::PartialMatch(w, approx_, &g[0], &g[1], &g[2], &g[3], &g[4], &g[5])) {
    add_approx_after(text, amount, m);
    return;
  }
  static constexpr Approx kKinds[6] = {Approx::About, Approx::MoreThan, Approx::LessThan,
                                       Approx::UpTo,  Approx::AtLeast,  Approx::Estimated};
  for (int k = 0; k < 6; ++k)
    if (g[k].data() != nullptr) m.approx = kKinds[k];
}

// "$10 million or more", "$5 or less", "$2 million or so".
void MoneyExtractor::add_approx_after(std::string_view text, Span amount, Money& m) const {
  const std::string_view w = window_after(text, amount.end, kRateWindow);
  // Cheap check first: every cue starts with "or" or "and" after spaces.
  const size_t first = w.find_first_not_of(' ');
  if (first == std::string_view::npos || (w[first] != 'o' && w[first] != 'a')) return;
  re2::StringPiece g[5];
  if (!approx_after_.Match(w, 0, w.size(), RE2::ANCHOR_START, g, 5) || !g[4].empty()) return;
  static constexpr Approx kKinds[3] = {Approx::AtLeast, Approx::UpTo, Approx::About};
  for (int k = 0; k < 3; ++k)
    if (!g[k + 1].empty()) m.approx = kKinds[k];
}

// "92.5 yen to the dollar", "1.85 marks per dollar": a price of one currency in another.
bool MoneyExtractor::is_exchange_rate(std::string_view text, const NumberCore& core) const {
  const std::string_view w = window_after(text, core.span.end, kRateWindow);
  // Cheap check first: every cue is " to", " against" or " per".
  const char c = w.size() > 1 && w[0] == ' ' ? static_cast<char>(w[1] | 0x20) : '\0';
  return (c == 't' || c == 'a' || c == 'p') && found(exchange_rate_, w, RE2::ANCHOR_START);
}

// "$40 million a year", "22 cts a share", "$300 monthly" -> per.
void MoneyExtractor::add_rate(std::string_view text, Money& m) const {
  const std::string_view w = window_after(text, m.span.end, kRateWindow);
  re2::StringPiece unit, next;  // views into w: no string per amount
  const bool rate = found(rate_, w) && RE2::PartialMatch(w, rate_, &unit, &next) &&
                    !is_comparison(std::string_view(next.data(), next.size()));
  if (rate && set_per(unit, m)) return;
  // "4.50 dlrs each and ...": the word after "each" is no rate unit; "each" alone is one.
  if (found(rate_word_, w) && RE2::PartialMatch(w, rate_word_, &unit)) set_per(unit, m);
}

bool MoneyExtractor::set_per(re2::StringPiece unit, Money& m) const {
  size_t letters = 0;  // the rate word that opens unit ("each" of "each and")
  while (letters < unit.size() && is_ascii_alpha(unit[letters])) ++letters;
  const auto it = rates_.find(ascii_lower(std::string_view(unit.data(), letters)));
  if (it == rates_.end()) return false;
  m.per = it->second;
  return true;
}

// The length of the percent sign or words after a bare number ("%", " per cent",
// " percentage points"), 0 when none; points tells percentage points.
size_t MoneyExtractor::percent_after(std::string_view text, const NumberCore& core, bool* points) const {
  const bool pc = core.attached == "pc" || core.attached == "PC";  // British "3pc"
  if (core.joined || (!core.attached.empty() && !pc)) return 0;
  const std::string_view w = window_after(text, core.number.end, 24);
  // Cheap check first: every percent form starts with "%" or "p"/"P" after a space or hyphen.
  const size_t first = !w.empty() && (w[0] == ' ' || w[0] == '-') ? 1 : 0;
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
  read_percent_sign(text, p);
  out.percentages.push_back(p);
  return true;
}

}  // namespace newsclaim
