#include "extract/money_currency.hpp"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "patterns/ruleset.hpp"

namespace newsclaim {
namespace {

std::string to_utf8(const UChar* s, int32_t len) {
  std::string out;
  icu::UnicodeString(s, len).toUTF8String(out);
  return out;
}

// ICU's English display name of a currency: long name, plural "other"/"one", or symbol.
std::string icu_name(const char* code, UCurrNameStyle style) {
  UChar ucode[4];
  for (int i = 0; i < 4; ++i) ucode[i] = static_cast<UChar>(code[i]);
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = false;
  int32_t len = 0;
  const UChar* name = ucurr_getName(ucode, "en", style, &is_choice, &len, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || !name) return {};
  return to_utf8(name, len);
}

std::string icu_plural(const char* code, const char* count) {
  UChar ucode[4];
  for (int i = 0; i < 4; ++i) ucode[i] = static_cast<UChar>(code[i]);
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = false;
  int32_t len = 0;
  const UChar* name = ucurr_getPluralName(ucode, "en", &is_choice, count, &len, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || !name) return {};
  return to_utf8(name, len);
}

// Forms longer than this ("São Tomé & Príncipe dobras") are left to their ISO code.
constexpr int kMaxWords = 3;

// A word without the punctuation that may follow it in running text ("dlrs.", "U.S.").
std::string_view strip_closers(std::string_view w) {
  while (w.size() > 1 && (w.back() == '.' || w.back() == ',' || w.back() == ';' || w.back() == ':' ||
                          w.back() == ')' || w.back() == '!' || w.back() == '?'))
    w.remove_suffix(1);
  return w;
}

int count_words(std::string_view key) {
  return 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

}  // namespace

void currency_key(std::string_view text, std::string& out) {
  out.clear();
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
}

CurrencyTable::CurrencyTable(const Gazetteer& news_forms) {
  add_icu();
  for (const auto& row : news_forms.rows()) add_row(row);
}

void CurrencyTable::add_icu() {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_ALL, &status);
  if (U_FAILURE(status)) return;
  while (const char* code = uenum_next(codes, nullptr, &status)) {
    if (U_FAILURE(status) || std::string_view(code).size() != 3) break;
    const std::string iso(code);
    CurrencyForm form{iso, false, 1, true, true, {}};
    const std::string name = icu_name(code, UCURR_LONG_NAME);
    if (name.size() > 7 && name.compare(name.size() - 6, 6, "Dollar") == 0) dollar_codes_.insert(iso);
    // Names after the number only: "20 Swiss francs", "5 Canadian dollars".
    CurrencyForm named = form;
    named.before = false;
    for (const std::string& n : {name, icu_plural(code, "other"), icu_plural(code, "one")})
      if (!n.empty() && n != iso) add(n, named);
    const std::string symbol = icu_name(code, UCURR_SYMBOL_NAME);
    if (!symbol.empty() && symbol != "$" && symbol != iso) add(symbol, form);
    CurrencyForm upper = form;
    upper.exact = iso;  // codes count only in capitals: "EUR 20", never "eur"
    add(iso, upper);
  }
  uenum_close(codes);
}

void CurrencyTable::add(std::string_view text, CurrencyForm form) {
  std::string key;
  currency_key(text, key);
  if (key.empty()) return;
  max_words_ = std::min(kMaxWords, std::max(max_words_, count_words(key)));
  first_words_.insert(std::string(strip_closers(std::string_view(key).substr(0, key.find(' ')))));
  last_words_.insert(std::string(strip_closers(std::string_view(key).substr(key.rfind(' ') + 1))));
  forms_.insert_or_assign(std::move(key), std::move(form));
}

// A table row: form, currency ("$" dollar family, "-" unknown, "!" not a currency), scale,
// where (before|after|both), case (exact|any).
void CurrencyTable::add_row(const std::vector<std::string>& row) {
  if (row.size() < 5) return;
  std::string key;
  currency_key(row[0], key);
  if (row[1] == "!") {
    forms_.erase(key);
    return;
  }
  CurrencyForm form;
  form.dollar = row[1] == "$";
  if (row[1] != "$" && row[1] != "-") form.code = row[1];
  form.scale = std::strtod(row[2].c_str(), nullptr);
  if (form.scale <= 0) form.scale = 1;
  form.before = row[3] != "after";
  form.after = row[3] != "before";
  if (row[4] == "exact") form.exact = row[0];
  add(row[0], std::move(form));
}

const CurrencyForm* CurrencyTable::find(std::string_view text) const {
  thread_local std::string key;
  currency_key(text, key);
  const auto it = forms_.find(key);
  if (it == forms_.end()) return nullptr;
  const CurrencyForm& f = it->second;
  if (!f.exact.empty()) {
    std::string collapsed;
    for (char c : text) collapsed.push_back(c == '\t' || c == '\n' ? ' ' : c);
    if (collapsed != f.exact) return nullptr;
  }
  return &f;
}

bool CurrencyTable::has_word(const std::unordered_set<std::string>& words, std::string_view word) {
  word = strip_closers(word);
  if (word.empty() || word.size() > 40) return false;
  thread_local std::string key;
  currency_key(word, key);
  return words.count(key) > 0;
}

const CurrencyForm* CurrencyTable::find_code(std::string_view letters) const {
  if (letters.size() != 3) return nullptr;
  std::string key(letters);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const auto it = forms_.find(key);
  if (it == forms_.end() || it->second.code.empty()) return nullptr;
  std::string upper = key;
  for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
  return it->second.exact == upper ? &it->second : nullptr;
}

}  // namespace newsclaim
