// Money stage: the currency of bare names ("$", "dollars", "francs", "crowns"), decided once per
// document and family: by the document's places and explicit amounts (money_context), by
// --currency-default, or as US dollars when the writer shows they write them (conversions to
// and from bare dollars, the wires' "dlrs"); else left unknown.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/money.hpp"
#include "extract/money_context.hpp"
#include "text/ascii.hpp"

namespace newsclaim {

// The text between two amounts, empty when they touch or overlap.
static std::string_view gap_between(std::string_view text, Span a, Span b) {
  return a.end < b.begin ? text.substr(a.end, b.begin - a.end) : std::string_view();
}

// "($71.5m; £38.4m)": two conversions of one amount side by side.
static bool sibling_gap(std::string_view gap) { return gap == "; " || gap == ", " || gap == " / "; }

// Whether money[k] is in a currency other than dollars: a known code, or a bare name of another
// family the story leaves undecided ("1bn CFA francs").
static bool other_than_dollars(const CurrencyTable& currencies, const std::vector<Money>& money,
                               const std::vector<std::string>& pending, size_t k) {
  if (money[k].currency.empty()) return !pending[k].empty() && pending[k] != "dollar";
  return !currencies.in_family(money[k].currency, "dollar");
}

// Whether money[i] converts an amount in another currency than dollars before it, in
// parentheses ("7.5bn yen ($71.5m; £38.4m)": also after a sibling conversion).
static bool converts_other_currency(std::string_view text, const CurrencyTable& currencies,
                                    const std::vector<Money>& money, const std::vector<std::string>& pending,
                                    size_t i) {
  for (size_t k = i; k > 0; --k) {
    if (sibling_gap(gap_between(text, money[k - 1].span, money[k].span))) continue;
    return other_than_dollars(currencies, money, pending, k - 1) &&
           is_conversion(text, money[k - 1].span, money[k].span);
  }
  return false;
}

// Whether the dollar amount i is converted into another currency after it: "$800m (£428m)",
// "$150 (€120)", or stands beside such a conversion in one parenthesis ("($2m; £1m)"). The
// British and European press write "$" for US dollars and convert them.
static bool converted_to_other_currency(std::string_view text, const CurrencyTable& currencies,
                                        const std::vector<Money>& money,
                                        const std::vector<std::string>& pending, size_t i) {
  if (i + 1 >= money.size() || !other_than_dollars(currencies, money, pending, i + 1)) return false;
  if (is_conversion(text, money[i].span, money[i + 1].span)) return true;
  const Span s = money[i].span;
  return sibling_gap(gap_between(text, s, money[i + 1].span)) && s.begin > 0 && text[s.begin - 1] == '(';
}

// "4.9 mln dlrs", "15 DLRS": the wire services' abbreviation, which they write for US dollars
// ("Canadian dlrs", "C$" otherwise); "ten dimes", "two nickels": the US coins' names (a
// Canadian story, which has them too, decides its dollar before this is read).
static bool us_dollar_word(std::string_view amount) {
  const size_t sp = amount.rfind(' ');
  const std::string_view w = sp == std::string_view::npos ? amount : amount.substr(sp + 1);
  for (const std::string_view word : {"dlrs", "dlr", "dime", "dimes", "nickel", "nickels"})
    if (ascii_equal_lower(w, word)) return true;
  return false;
}

// Bare names take the document's currency of their family ("$" a Canadian article's CAD,
// "francs" a Swiss one's CHF), else --currency-default for dollars, else nothing.
void MoneyExtractor::resolve_bare(const Context& ctx, std::vector<Money>& money,
                                  const std::vector<std::string>& pending,
                                  const std::vector<bool>& cents) const {
  std::unordered_map<std::string, std::string> decided;  // family -> code, once per document
  // A writer who converts a bare "$" amount into pounds or euros, converts another currency into
  // bare dollars, or writes the wires' "dlrs", writes US dollars: the story's other bare dollars
  // ("$5m", a results table's "Net 2,313,000 vs 2,285,000", "10 cts") are theirs too.
  const std::string_view text = ctx.doc.norm();
  // a bare dollar amount i converted into, or converting, another currency
  const auto in_conversion = [&](size_t i) {
    return pending[i] == "dollar" && (converted_to_other_currency(text, currencies_, money, pending, i) ||
                                      converts_other_currency(text, currencies_, money, pending, i));
  };
  bool us_dollars = false;
  for (size_t i = 0; i < money.size() && !us_dollars; ++i)
    us_dollars =
        in_conversion(i) || (pending[i] == "dollar" && us_dollar_word(ctx.doc.norm_slice(money[i].span)));
  // Whether the dateline is the country of the decided dollar (one code per story: read once).
  std::optional<bool> filed_there;
  const auto filed_in = [&](const std::string& code) {
    if (!filed_there) filed_there = context_.dateline_in(text, code);
    return *filed_there;
  };
  // The currency of bare cents where no dollar is decided (read once, and only then).
  std::optional<std::string> cents_code;
  const auto local_cents = [&]() -> const std::string& {
    if (!cents_code) cents_code = context_.cents_currency(text, money);
    return *cents_code;
  };
  for (size_t i = 0; i < money.size(); ++i) {
    if (pending[i].empty()) continue;
    auto it = decided.find(pending[i]);
    if (it == decided.end()) it = decided.emplace(pending[i], context_.decide(text, money, pending[i])).first;
    // "$291 million (£152 million)", "97p ($1.87)" in a story about New Zealand or Canada: an
    // amount the writer converts to or from pounds or euros is in US dollars, whatever dollar
    // the story's places suggest (a local dollar is written "A$", "C$" or in words), unless
    // the story is filed from that dollar's country ("SYDNEY, March 3 -": a local writer)
    if (!it->second.empty() && it->second != "USD" && in_conversion(i) && !filed_in(it->second)) {
      money[i].currency = "USD";
      money[i].basis = CurrencyBasis::Default;
    } else if (!it->second.empty()) {
      money[i].currency = it->second;
      money[i].basis = CurrencyBasis::Context;
    } else if (pending[i] == "dollar" && !ctx.settings.currency_default.empty()) {
      money[i].currency = ctx.settings.currency_default;
      money[i].basis = CurrencyBasis::Default;
    } else if (pending[i] == "dollar" && us_dollars) {
      // "7.5bn yen ($71.5m; £38.4m)", "$800m (£428m)": the press converts to and from US dollars;
      // "110 billion dlrs" of a Brazil story: the wires' "dlrs" are US dollars wherever no dollar
      // country is the story's
      money[i].currency = "USD";
      money[i].basis = CurrencyBasis::Default;
    } else if (cents[i] && !local_cents().empty()) {
      // "JOHANNESBURG, March 12 - Shr 616 cts vs 481": the rand's cents, no dollar's (where the
      // writer's dollars are US dollars, so are the cents: "coffee fell to 94 cents a pound")
      money[i].currency = local_cents();
      money[i].basis = CurrencyBasis::Context;
    } else {
      money[i].basis = CurrencyBasis::Unknown;
    }
  }
}

}  // namespace newsclaim
