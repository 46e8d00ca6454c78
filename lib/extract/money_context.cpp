#include "extract/money_context.hpp"

#include "extract/money_currency.hpp"
#include "patterns/pattern_file.hpp"
#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

// Evidence weights: a written-out foreign dollar settles it; a written-out US dollar, or a
// dateline, counts as much as several mentions of a country.
constexpr int kExplicitForeignDollar = 100;
constexpr int kExplicitUsDollar = 3;
constexpr int kDateline = 3;
constexpr int kMinimumEvidence = 2;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

DollarContext::DollarContext(const Gazetteer& cues, const RE2& dateline, const CurrencyTable& currencies)
    : dateline_(dateline), currencies_(currencies) {
  std::string alternation;
  for (const auto& row : cues.rows()) {
    if (row.size() < 2 || row[0].empty()) continue;
    cue_currency_[lower(row[0])] = row[1];
    if (!alternation.empty()) alternation += '|';
    alternation += RE2::QuoteMeta(row[0]);
  }
  // One combined matcher derived from the table (not a regex per entry).
  cue_re_ = std::make_unique<RE2>("(?i)(?:^|[^A-Za-z])(" + alternation + ")(?:[^A-Za-z]|$)", pattern_options());
}

void DollarContext::count_cues(std::string_view text, std::unordered_map<std::string, int>& weight) const {
  if (!cue_re_->ok()) return;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece cue;
  while (RE2::FindAndConsume(&input, *cue_re_, &cue)) {
    const auto it = cue_currency_.find(lower(std::string_view(cue.data(), cue.size())));
    if (it != cue_currency_.end()) ++weight[it->second];
    // The closing non-letter was consumed: step back so "Canada Canada" counts twice.
    if (input.data() > cue.data() + cue.size()) input = re2::StringPiece(cue.data() + cue.size(), input.size() + 1);
  }
}

// "OTTAWA, March 3 -" / "SYDNEY (Reuters) -" at the start of a paragraph.
void DollarContext::count_dateline(std::string_view text, std::unordered_map<std::string, int>& weight) const {
  size_t pos = 0;
  for (int paragraphs = 0; pos < text.size() && paragraphs < 6; ++paragraphs) {
    const size_t nl = text.find('\n', pos);
    const std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    std::string city;
    if (RE2::PartialMatch(line, dateline_, &city)) {
      while (!city.empty() && city.back() == ' ') city.pop_back();
      const auto it = cue_currency_.find(lower(city));
      if (it != cue_currency_.end()) weight[it->second] += kDateline;
      return;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
}

std::string DollarContext::decide(std::string_view text, const std::vector<Money>& explicit_money) const {
  std::unordered_map<std::string, int> weight;
  for (const Money& m : explicit_money) {
    if (m.currency.empty() || !currencies_.is_dollar_code(m.currency)) continue;
    weight[m.currency] += m.currency == "USD" ? kExplicitUsDollar : kExplicitForeignDollar;
  }
  count_cues(text, weight);
  count_dateline(text, weight);
  std::string best;
  int best_weight = 0;
  bool tie = false;
  for (const auto& [code, w] : weight) {
    if (w > best_weight) {
      best = code;
      best_weight = w;
      tie = false;
    } else if (w == best_weight) {
      tie = true;
    }
  }
  if (tie || best_weight < kMinimumEvidence) return {};
  return best;
}

}  // namespace newsclaim
